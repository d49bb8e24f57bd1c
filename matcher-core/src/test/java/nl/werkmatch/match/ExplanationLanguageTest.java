package nl.werkmatch.match;

import nl.werkmatch.match.Explanation;
import nl.werkmatch.explain.Explanations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.text.Phrase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Explanations are Dutch by default, English on request, worded in one place per text. */
class ExplanationLanguageTest {
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

  /** English words that have no place in a Dutch explanation (Dutch legal terms are not among them). */
  static final List<String> ENGLISH = List.of("below", "missing", "not recorded", "employer", "vacancy", "meets",
      "needs", "years", " by ", "skills", "hours", "experience", "estimate", "unknown", "limit", "requirements",
      "accepts", "desired", "travel", "available", "fits", "course", "obtain", "renew", "eligible",
      "excluded", "failed", "rule ");

  @Test
  void aPhraseIsDutchUnlessEnglishIsAskedFor() {
    Phrase p = Phrase.of("geen taaleisen", "no language requirements");
    assertEquals("geen taaleisen", p.in(null));
    assertEquals("geen taaleisen", p.in(Phrase.DUTCH));
    assertEquals("geen taaleisen", p.in(Locale.GERMAN));
    assertEquals("no language requirements", p.in(Locale.ENGLISH));
    assertEquals("no language requirements", p.in(Locale.UK));
    assertEquals("geen taaleisen", p.toString());
    assertEquals(p, Phrase.of(nl -> nl ? "geen taal" + "eisen" : "no language requirements"));
    assertNotEquals(p, Phrase.of("geen taaleisen", "none"));
    assertEquals(Phrase.ENGLISH, Phrase.language("EN"));
    assertEquals(Phrase.DUTCH, Phrase.language("nl"));
    assertEquals("--lang must be nl or en, got 'fr'",
        assertThrows(IllegalArgumentException.class, () -> Phrase.language("fr")).getMessage());
  }

  @Test
  void everyEvidenceRuleReasonNoteAndGapCloserOfTheSampleDataIsWordedInDutch() {
    List<String> english = new ArrayList<>();
    List<Candidate> people = new ArrayList<>(SampleData.candidates().subList(0, 40));
    SampleData.candidates().stream().filter(c -> c.id().startsWith("persona-")).forEach(people::add);
    int pairs = 0;
    for (Candidate c : people) {
      List<String> vacancies = new ArrayList<>();
      matcher.vacanciesFor(c, Matcher.Mode.EXHAUSTIVE).matches().forEach(m -> vacancies.add(m.score().vacancyId()));
      // and some the rules exclude, for their reasons
      SampleData.vacancies().stream().skip(c.id().hashCode() & 127).limit(6).forEach(v -> vacancies.add(v.id()));
      for (String vid : vacancies) {
        Explanation e = matcher.explain(index.vacancy(vid).orElseThrow(), c);
        pairs++;
        List<Phrase> texts = new ArrayList<>();
        e.score().categories().forEach(cs -> texts.addAll(cs.evidence()));
        e.gapClosers().forEach(g -> texts.add(g.description()));
        // rule reasons and notes; what they quote in brackets (field names, the deciding data) is data
        e.rules().stream().filter(r -> r.reason() != null).forEach(r -> texts.add(r.reason()));
        for (Phrase p : texts) {
          String text = p.nl().replaceAll("\\([^()]*\\)", "").toLowerCase(Locale.ROOT);
          for (String w : ENGLISH) {
            if (text.contains(w)) {
              english.add(p.nl() + " [" + w.trim() + "]");
            }
          }
        }
      }
    }
    assertTrue(pairs > 100, "pairs " + pairs);
    assertEquals(List.of(), english.stream().distinct().sorted().toList());
  }

  @Test
  void theTextOfAnExplanationFollowsTheLocaleAndDefaultsToDutch() {
    Candidate jaap = SampleData.candidate("persona-jaap");
    Vacancy v = SampleData.vacancy("vac-almelo-catering-bedrijfsrestaurant");
    Explanation e = matcher.explain(v, jaap);
    String nl = Explanations.text(e, Phrase.DUTCH);
    String en = Explanations.text(e, Locale.ENGLISH);
    assertEquals(nl, Explanations.text(e));
    assertTrue(nl.contains("komt in aanmerking") && nl.contains("essentiële vaardigheden aanwezig")
        && nl.contains("reistijd: ") && nl.contains("per fiets"), nl);
    assertTrue(en.contains("eligible") && en.contains("essential skills met") && en.contains("travel: ")
        && en.contains("by bike"), en);
    // the same facts: numbers and ids are the same in both
    assertEquals(nl.replaceAll("[^0-9.]+", " ").trim(), en.replaceAll("[^0-9.]+", " ").trim());
    // JSON keys stay; only the text changes
    assertEquals(Explanations.json(e, Phrase.DUTCH).findValuesAsText("score"),
        Explanations.json(e, Locale.ENGLISH).findValuesAsText("score"));
    assertEquals(Explanations.json(e), Explanations.json(e, Phrase.DUTCH));
  }

  @Test
  void aWhyNotAnswerFollowsTheLocale() {
    WhyNot w = matcher.whyNot("vac-almelo-catering-bedrijfsrestaurant", "persona-julia");
    assertTrue(Explanations.text(w).startsWith("vac-almelo-catering-bedrijfsrestaurant x persona-julia: Uitgesloten door"
        + " regel kind.doelgroepregister"), Explanations.text(w));
    assertTrue(Explanations.text(w, Locale.ENGLISH).contains(": Excluded by rule kind.doelgroepregister"),
        Explanations.text(w, Locale.ENGLISH));
    assertEquals(Explanations.json(w, Phrase.DUTCH).get("excludedBy").get(0).get("ruleId").asText(),
        Explanations.json(w, Locale.ENGLISH).get("excludedBy").get(0).get("ruleId").asText());
  }
}
