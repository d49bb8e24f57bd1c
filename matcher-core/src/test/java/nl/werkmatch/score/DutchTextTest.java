package nl.werkmatch.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Dutch analysis of skill labels, and the overlap test the scorer credits free text by. */
class DutchTextTest {
  @Test
  void coversMeansAtLeastHalfOfTheRequiredTermsAndOne() {
    assertTrue(DutchText.covers(DutchText.terms("heftruck rijden"), DutchText.terms("rijden met een heftruck")));
    assertTrue(DutchText.covers(DutchText.terms("vloeren schoonmaken"), DutchText.terms("schoonmaken van kantoren")));
    assertFalse(DutchText.covers(DutchText.terms("koken"), DutchText.terms("schoonmaken van kantoren en toiletten")));
    assertFalse(DutchText.covers(DutchText.terms("koken"), DutchText.terms(null)));
    assertFalse(DutchText.covers(DutchText.terms(null), DutchText.terms("koken")));
  }

  /**
   * On random sets of words, a few hundred of which share a signature bit, {@code covers} says what
   * counting the shared words says.
   */
  @Test
  void coversAgreesWithCountingSharedTermsOnRandomTexts() {
    Random random = new Random(17);
    String[] words = new String[300];
    for (int i = 0; i < words.length; i++) {
      words[i] = "woord" + Integer.toString(i, 36) + "x";
    }
    int covered = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(5); k >= 0; k--) {
        a.append(words[random.nextInt(12)]).append(' ');
      }
      for (int k = random.nextInt(4); k >= 0; k--) {
        b.append(words[random.nextInt(random.nextBoolean() ? 12 : words.length)]).append(' ');
      }
      DutchText.Terms candidate = DutchText.terms(a.toString());
      DutchText.Terms required = DutchText.terms(b.toString());
      Set<String> has = terms(candidate);
      Set<String> asked = terms(required);
      long hit = asked.stream().filter(has::contains).count();
      boolean expected = hit > 0 && hit * 2 >= asked.size();
      assertEquals(expected, DutchText.covers(candidate, required), a + " / " + b);
      covered += expected ? 1 : 0;
    }
    assertTrue(covered > 2_000 && covered < 18_000, "both outcomes are exercised: " + covered);
  }

  @Test
  void labelTermsAreAnalysedOnceAndShared() {
    assertSame(DutchText.labelTerms("Heftruck rijden"), DutchText.labelTerms("Heftruck rijden"));
    assertEquals(DutchText.terms("Heftruck rijden"), DutchText.labelTerms("Heftruck rijden"));
    assertTrue(DutchText.labelTerms(null).isEmpty());
  }

  private static Set<String> terms(DutchText.Terms t) {
    String s = t.toString();
    Set<String> out = new HashSet<>();
    for (String w : s.substring(1, s.length() - 1).split(", ")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
