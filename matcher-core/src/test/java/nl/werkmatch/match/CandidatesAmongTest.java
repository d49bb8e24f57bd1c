package nl.werkmatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.sample.SampleGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link Matcher#candidatesAmong}: over every candidate it is the exhaustive shortlist, and ranking
 * the union of the shortlists of disjoint pools (an engine's shards) gives the same shortlist.
 */
class CandidatesAmongTest {
  @Test
  void theWholePoolIsTheExhaustiveShortlistAndShardShortlistsMergeExactly() {
    List<Candidate> candidates = SampleData.candidates();
    List<Vacancy> all = SampleData.vacancies();
    List<Vacancy> vacancies = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 5) { // every fifth: all kinds, a seventh of the time
      vacancies.add(all.get(i));
    }
    try (MatchIndex index = MatchIndex.inMemory()) {
      candidates.forEach(index::upsert);
      index.commit();
      Matcher matcher = Matcher.builder(index).today(SampleGenerator.TODAY).build();
      int shards = 5;
      int nonEmpty = 0;
      for (Vacancy v : vacancies) {
        MatchResult exhaustive = matcher.candidatesFor(v, Matcher.Mode.EXHAUSTIVE);
        assertEquals(exhaustive.matches(), matcher.candidatesAmong(v, candidates).matches(), v.id());
        Map<Integer, List<Candidate>> pools = new HashMap<>();
        for (Candidate c : candidates) {
          pools.computeIfAbsent(Math.floorMod(c.id().hashCode(), shards), s -> new ArrayList<>()).add(c);
        }
        Map<String, Candidate> byId = new HashMap<>();
        candidates.forEach(c -> byId.put(c.id(), c));
        List<Candidate> union = new ArrayList<>();
        for (List<Candidate> pool : pools.values()) {
          for (RankedMatch m : matcher.candidatesAmong(v, pool).matches()) {
            union.add(byId.get(m.score().candidateId()));
          }
        }
        assertEquals(exhaustive.matches(), matcher.candidatesAmong(v, union).matches(), v.id() + " merged");
        nonEmpty += exhaustive.matches().isEmpty() ? 0 : 1;
      }
      assertTrue(nonEmpty > vacancies.size() / 2, "shortlists with someone: " + nonEmpty);
    }
  }
}
