package nl.werkmatch.match;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.VacancyKind;
import nl.werkmatch.rules.PolicyConfig;
import nl.werkmatch.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** The beschut-werk waiting list and municipal priority groups. */
class PolicyOrderingTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void beschutWerkShortlistsPutEarlierIndicationsFirst() {
    try (MatchIndex index = SampleData.index()) {
      Matcher m = Matcher.builder(index).today(TODAY).build();
      int lists = 0;
      for (Vacancy v : SampleData.vacancies()) {
        if (v.kind() != VacancyKind.BESCHUT_WERK) {
          continue;
        }
        for (Matcher.Mode mode : Matcher.Mode.values()) {
          MatchResult r = m.candidatesFor(v.id(), mode);
          LocalDate prev = LocalDate.MIN;
          for (RankedMatch x : r.matches()) {
            Candidate c = SampleData.candidate(x.score().candidateId());
            assertTrue(c.beschutIndicationDate() != null, "only indicated candidates are eligible: " + c.id());
            assertTrue(!c.beschutIndicationDate().isBefore(prev), v.id() + ": " + c.id() + " indicated "
                + c.beschutIndicationDate() + " after " + prev);
            prev = c.beschutIndicationDate();
          }
          if (r.matches().size() > 1) {
            lists++;
          }
        }
      }
      assertTrue(lists > 0, "no beschut-werk shortlist with more than one candidate in the sample data");
    }
  }

  @Test
  void priorityGroupsAreNamedBoostsVisibleInTheScore() {
    try (MatchIndex index = SampleData.index()) {
      Matcher plain = Matcher.builder(index).today(TODAY).build();
      Matcher hengelo = Matcher.builder(index).rules(new RuleSet(PolicyConfig.bundled("hengelo"))).today(TODAY).build();
      int boosted = 0;
      for (Vacancy v : SampleData.vacancies().subList(0, 30)) {
        for (RankedMatch x : hengelo.candidatesFor(v.id(), Matcher.Mode.EXHAUSTIVE).matches()) {
          MatchScore base = plain.score(v, SampleData.candidate(x.score().candidateId()));
          if (x.score().boosts().stream().anyMatch(b -> b.contains("priority group"))) {
            assertTrue(x.score().total() >= base.total(), "a priority boost raises the score");
            boosted++;
          } else {
            assertTrue(Math.abs(x.score().total() - base.total()) < 1e-12);
          }
        }
      }
      assertTrue(boosted > 0, "no Hengelo priority-group member reached a shortlist");
    }
  }
}
