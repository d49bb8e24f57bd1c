package nl.werkmatch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignificanceAndMovementTest {
  @Test
  void identicalInputsGiveZeroDeltaAndPOfExactlyOne() {
    double[] a = {0.1, 0.5, 0.9, 0.0, 0.3};
    Significance.Comparison c = Significance.compare("map", a, a.clone(), Significance.DEFAULT_SEED);
    assertEquals(0.0, c.delta());
    assertEquals(1.0, c.p());
    assertEquals(new Significance.Interval(0, 0), c.ci());
    assertEquals(0, c.wins());
    assertEquals(0, c.losses());
    assertEquals(5, c.ties());
  }

  @Test
  void aConsistentImprovementIsSignificantAndDeterministic() {
    int n = 30;
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = (i % 7) / 10.0;
      b[i] = a[i] + 0.05 + (i % 3) / 100.0;
    }
    double p = Significance.randomisation(a, b, 10_000, 1L);
    // every one of the 2^30 sign patterns but the observed one (and its mirror) gives a smaller |mean|;
    // so only the +1 of the observed statistic remains, p = 1/10001
    assertEquals(1.0 / 10_001, p, 1e-12);
    assertEquals(p, Significance.randomisation(a, b, 10_000, 1L));
    Significance.Interval ci = Significance.bootstrap(a, b, 10_000, 1L);
    assertTrue(ci.low() > 0.05 && ci.high() < 0.07 && ci.low() <= ci.high(), ci.toString());
    Significance.Comparison c = Significance.compare("x", a, b, 1L);
    assertEquals(n, c.wins());
  }

  @Test
  void noiseIsNotSignificant() {
    double[] a = {0.2, 0.4, 0.6, 0.8, 0.5, 0.3};
    double[] b = {0.4, 0.2, 0.8, 0.6, 0.3, 0.5}; // each pair swapped: mean difference 0
    assertEquals(1.0, Significance.randomisation(a, b, 10_000, 7L));
    Significance.Interval ci = Significance.bootstrap(a, b, 10_000, 7L);
    assertTrue(ci.low() < 0 && ci.high() > 0, ci.toString());
  }

  @Test
  void overlapTauRbo() {
    List<String> a = List.of("a", "b", "c", "d");
    assertEquals(1.0, RankingMovement.overlap(a, a, 3));
    assertEquals(1.0, RankingMovement.kendallTau(a, a, 4));
    assertEquals(1.0, RankingMovement.rbo(a, a, 0.9), 1e-12);
    assertEquals(-1.0, RankingMovement.kendallTau(a, List.of("d", "c", "b", "a"), 4), 1e-12);
    assertEquals(0.0, RankingMovement.rbo(a, List.of("w", "x", "y", "z"), 0.9), 1e-12);
    assertEquals(2.0 / 3, RankingMovement.overlap(a, List.of("a", "x", "b"), 3), 1e-12);
    // tau-b, k = 2: A = a b, B = a x; union a b x; ranks A (1,2,3), B (1,3,2)
    // pairs: (a,b) concordant, (a,x) concordant, (b,x) discordant -> (2-1)/sqrt(3*3) = 1/3
    assertEquals(1.0 / 3, RankingMovement.kendallTau(List.of("a", "b"), List.of("a", "x"), 2), 1e-12);
    // k = 1 with different tops: union a x; A ranks (1,2), B (2,1): discordant -> -1
    assertEquals(-1.0, RankingMovement.kendallTau(List.of("a"), List.of("x"), 1), 1e-12);
  }

  @Test
  void rboExtHandComputed() {
    // S = a b c, L = b a d, p = 0.5, equal lengths s = l = 3
    // X1 = 0, X2 = 2, X3 = 2; sum X_d/d p^d = 0 + 1 * 0.25 + (2/3) * 0.125 = 0.333333
    // RBO_ext = (1-p)/p * 0.333333 + X3/3 * p^3 = 0.333333 + 0.083333 = 0.416667
    assertEquals(0.416667, RankingMovement.rbo(List.of("a", "b", "c"), List.of("b", "a", "d"), 0.5), 1e-6);
    // uneven: S = a, L = a b, p = 0.5: s = 1, l = 2, X1 = 1, X2 = 1, Xs = 1
    // sum_d X_d/d p^d = 0.5 + 0.5 * 0.25 = 0.625; extra sum d = 2: Xs (2-1)/(1*2) p^2 = 0.125
    // (1-p)/p * 0.75 = 0.75; + ((X2 - Xs)/2 + Xs/1) p^2 = 0.25 -> 1.0 (S is a prefix of L)
    assertEquals(1.0, RankingMovement.rbo(List.of("a"), List.of("a", "b"), 0.5), 1e-12);
  }
}
