package nl.werkmatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast path (Lucene retrieval, then exact rescoring) against the exhaustive reference, over the
 * whole sample data: top-20 recall of at least 0.99 in both directions, and identical scores for
 * every shared result.
 */
class FastPathRecallTest {
  private static MatchIndex index;
  private static Matcher matcher;

  @BeforeAll
  static void setUp() {
    index = SampleData.index();
    matcher = Matcher.builder(index).today(LocalDate.of(2026, 11, 22)).build();
  }

  @AfterAll
  static void tearDown() {
    index.close();
  }

  @Test
  void vacancyToCandidatesRecallAtTwenty() {
    double[] r = new double[] {0, 0, 1, 0};
    for (Vacancy v : SampleData.vacancies()) {
      compare(matcher.candidatesFor(v.id(), Matcher.Mode.FAST), matcher.candidatesFor(v.id(), Matcher.Mode.EXHAUSTIVE), r);
    }
    report("vacancy -> candidates", r);
  }

  /**
   * A beschut-werk shortlist is the waiting list (indication date first), which the approximate
   * score does not see; the fast path selects those vacancies' candidates in waiting-list order, so
   * it must return exactly the reference's shortlist, in the same order.
   */
  @Test
  void waitingListShortlistIsExact() {
    // the default depth, and a shallow one (shortlist 3, depth 3: a selection of 15 of the 128
    // indicated people) where the order of selection decides who is rescored at all
    MatchProfile d = MatchProfile.defaults();
    MatchProfile shallow = new MatchProfile(d.name(), d.weights(), d.travelDecay(), d.recencyDecay(), d.substitution(),
        d.missingNeutral(), d.minScore(), d.minSkillFit(), 3, 3, d.travelCeilingMinutesPerDay(), d.boosts());
    Matcher shallowMatcher = Matcher.builder(index).today(LocalDate.of(2026, 11, 22)).profile(shallow).build();
    int checked = 0;
    for (Matcher m : java.util.List.of(matcher, shallowMatcher)) {
      for (Vacancy v : SampleData.vacancies()) {
        if (v.kind() != nl.werkmatch.model.VacancyKind.BESCHUT_WERK) {
          continue;
        }
        MatchResult fast = m.candidatesFor(v.id(), Matcher.Mode.FAST);
        MatchResult exact = m.candidatesFor(v.id(), Matcher.Mode.EXHAUSTIVE);
        assertEquals(exact.matches().stream().map(r -> r.score()).toList(),
            fast.matches().stream().map(r -> r.score()).toList(), v.id() + " with topK " + m.profile().topK());
        checked += exact.matches().isEmpty() ? 0 : 1;
      }
    }
    assertTrue(checked > 2, "sample data holds beschut-werk vacancies with eligible candidates");
  }

  /**
   * A vacancy that a rule on the vacancy alone refuses (displacement, a proefplaatsing's prospect or
   * length) has no eligible candidate; the fast path reads none and counts every candidate in the
   * index as excluded by that rule, where the exhaustive path evaluates each of them.
   */
  @Test
  void aVacancyRefusedOnItsOwnReadsNoCandidate() {
    int candidates = SampleData.candidates().size();
    int refused = 0;
    for (Vacancy v : SampleData.vacancies()) {
      MatchResult exact = matcher.candidatesFor(v.id(), Matcher.Mode.EXHAUSTIVE);
      String rule = vacancyRule(exact);
      if (rule == null) {
        continue;
      }
      refused++;
      MatchResult fast = matcher.candidatesFor(v.id(), Matcher.Mode.FAST);
      assertEquals(0, exact.eligible(), v.id());
      assertTrue(fast.matches().isEmpty(), v.id());
      assertEquals(0, fast.eligible(), v.id());
      assertEquals(candidates, fast.considered(), v.id());
      assertEquals(Map.of(rule, candidates), fast.excludedByRule(), v.id());
    }
    assertTrue(refused > 0, "sample data holds vacancies refused on their own");
  }

  /** The rule on the vacancy alone that the exhaustive path found excluding every candidate, or null. */
  private static String vacancyRule(MatchResult exact) {
    for (String id : java.util.List.of("displacement.origin", "kind.proefplaatsing-perspectief", "kind.proefplaatsing-duur")) {
      if (exact.excludedByRule().getOrDefault(id, 0) == exact.considered() && exact.considered() > 0) {
        return id;
      }
    }
    return null;
  }

  @Test
  void candidateToVacanciesRecallAtTwenty() {
    double[] r = new double[] {0, 0, 1, 0};
    for (Candidate c : SampleData.candidates()) {
      compare(matcher.vacanciesFor(c.id(), Matcher.Mode.FAST), matcher.vacanciesFor(c.id(), Matcher.Mode.EXHAUSTIVE), r);
    }
    report("candidate -> vacancies", r);
  }

  /** r = {sum of recall, queries, min recall, shared results}. */
  private static void compare(MatchResult fast, MatchResult exact, double[] r) {
    Map<String, MatchScore> fastById = new HashMap<>();
    for (RankedMatch m : fast.matches()) {
      fastById.put(m.itemId(fast.direction()), m.score());
    }
    if (exact.matches().isEmpty()) {
      assertTrue(fast.matches().isEmpty(), "fast path found matches the reference did not: " + fast.queryId());
      return;
    }
    int hit = 0;
    for (RankedMatch m : exact.matches()) {
      MatchScore f = fastById.get(m.itemId(exact.direction()));
      if (f != null) {
        hit++;
        assertEquals(m.score(), f, "same pair, same exact score: " + exact.queryId());
      }
    }
    double recall = (double) hit / exact.matches().size();
    r[0] += recall;
    r[1]++;
    r[2] = Math.min(r[2], recall);
    r[3] += hit;
  }

  private static void report(String what, double[] r) {
    double mean = r[0] / r[1];
    System.out.printf("%s: mean top-20 recall %.4f over %d queries (min %.2f, %d shared results)%n", what, mean,
        (int) r[1], r[2], (int) r[3]);
    assertTrue(mean >= 0.99, what + ": mean top-20 recall " + mean + " < 0.99");
  }
}
