package nl.werkmatch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.sample.SampleGenerator;
import org.junit.jupiter.api.Test;

class SyntheticJudgmentsTest {
  @Test
  void deterministicGradedAndNotTheDefaultProfile() {
    try (MatchIndex idx = MatchIndex.inMemory()) {
      SampleGenerator g = new SampleGenerator(3);
      idx.upsertCandidates(g.candidates(400));
      idx.upsertVacancies(g.vacancies(8));
      idx.commit();
      LocalDate d = SampleGenerator.TODAY;
      List<Judgment> a = SyntheticJudgments.generate(idx, d, 50, 10, 99L);
      List<Judgment> b = SyntheticJudgments.generate(idx, d, 50, 10, 99L);
      assertEquals(a, b);
      // every vacancy gets its shortlist (at most 50, fewer when few pass the rules and minimum score)
      // plus 10 random candidates
      assertEquals(8, a.stream().map(Judgment::queryId).distinct().count());
      assertTrue(a.size() >= 8 * 10, "at least the 10 random per vacancy: " + a.size());
      Map<Integer, Integer> byGrade = new TreeMap<>();
      a.forEach(j -> byGrade.merge(j.grade(), 1, Integer::sum));
      assertTrue(byGrade.keySet().size() >= 3, "need a spread of grades: " + byGrade);
      assertTrue(a.stream().allMatch(j -> j.source() == Judgment.Source.SYNTHETIC));
      // the default profile is not the truth: its own ranking is not perfect against these judgments
      Qrels q = Qrels.of(a);
      nl.werkmatch.match.Matcher m = nl.werkmatch.match.Matcher.builder(idx)
          .profile(nl.werkmatch.match.MatchProfile.defaults().withTopK(100)).today(d).build();
      List<nl.werkmatch.match.MatchResult> results = idx.vacancies()
          .map(v -> m.candidatesFor(v, nl.werkmatch.match.Matcher.Mode.EXHAUSTIVE)).toList();
      Evaluation e = Metrics.evaluate(Run.fromResults("default", results), q, Metrics.Options.defaults());
      double ndcg = e.mean().get("ndcg_cut_10");
      assertTrue(ndcg > 0.0 && ndcg < 0.999, "ndcg " + ndcg);
    }
  }
}
