package nl.werkmatch.match;

import nl.werkmatch.explain.Explanations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.text.Phrase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every shortlist, fast path or exhaustive, accounts for the records it did not list. */
class FunnelTest {
  static MatchIndex index;
  static Matcher matcher;

  @BeforeAll
  static void open() {
    index = SampleData.index();
    matcher = Matcher.builder(index).today(LocalDate.of(2026, 11, 22)).build();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static int sum(java.util.Map<String, Integer> m) {
    return m.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Test
  void aShortFastListCountsWhatTheIndexFiltersLeftOutPerRule() {
    int shortLists = 0;
    List<Candidate> people = new java.util.ArrayList<>(SampleData.candidates().subList(0, 60));
    SampleData.candidates().stream().filter(c -> c.id().startsWith("persona-")).forEach(people::add);
    for (Candidate c : people) {
      MatchResult fast = matcher.vacanciesFor(c, Matcher.Mode.FAST);
      MatchResult all = matcher.vacanciesFor(c, Matcher.Mode.EXHAUSTIVE);
      assertEquals(all.considered(), all.searched(), c.id());
      assertEquals(java.util.Map.of(), all.filteredByRule(), c.id());
      assertEquals(all.searched(), fast.searched(), c.id());
      // nothing counted twice: filtered, considered and not retrieved add up to the index
      assertTrue(fast.searched() - fast.considered() - fast.filtered() >= 0, c.id() + " " + fast);
      assertEquals(fast.searched(), fast.considered() + fast.filtered() + fast.notRetrieved(), c.id());
      if (fast.matches().size() < matcher.profile().topK()) {
        shortLists++;
        // every record a filter left out fails a rule: the exhaustive path excludes at least as many
        assertTrue(fast.filtered() + sum(fast.excludedByRule()) <= sum(all.excludedByRule()),
            c.id() + ": fast " + fast.filteredByRule() + " + " + fast.excludedByRule() + ", exhaustive "
                + all.excludedByRule());
        for (String rule : fast.filteredByRule().keySet()) {
          assertTrue(matcher.rules().rule(rule) != null, rule);
        }
      } else {
        assertEquals(java.util.Map.of(), fast.filteredByRule(), c.id());
      }
    }
    assertTrue(shortLists >= 5, "short lists: " + shortLists);
  }

  @Test
  void jaapsTwoConsideredVacanciesComeWithTheRulesThatLeftOutTheRest() {
    MatchResult r = matcher.vacanciesFor(SampleData.candidate("persona-jaap"), Matcher.Mode.FAST);
    assertTrue(r.matches().size() < matcher.profile().topK(), r.toString());
    assertEquals(r.searched(), r.considered() + r.filtered() + r.notRetrieved());
    assertTrue(r.filtered() > r.considered(), r.toString());
    String nl = Explanations.funnelText(r, matcher.profile().minScore(), Phrase.DUTCH);
    String en = Explanations.funnelText(r, matcher.profile().minScore(), Locale.ENGLISH);
    assertTrue(nl.contains("Vooraf buiten beschouwing door de indexfilters van de regels:") && nl.contains("eronder"), nl);
    assertTrue(en.contains("Left out before retrieval by the rules' index filters:") && en.contains("below it"), en);
    for (var e : r.filteredByRule().entrySet()) {
      assertTrue(nl.contains(" " + e.getKey() + "=" + e.getValue()), nl);
    }
  }

  @Test
  void aVacancyRefusedByARuleOnItsOwnCountsEveryCandidate() {
    for (var v : SampleData.vacancies()) {
      MatchResult fast = matcher.candidatesFor(v, Matcher.Mode.FAST);
      if (fast.considered() == fast.searched() && fast.eligible() == 0 && !fast.excludedByRule().isEmpty()) {
        assertEquals(fast.searched(), sum(fast.excludedByRule()), v.id());
        return;
      }
    }
  }
}
