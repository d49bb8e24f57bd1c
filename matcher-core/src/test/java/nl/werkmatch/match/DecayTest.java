package nl.werkmatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecayTest {
  @Test
  void everyFunctionIsOneInsideTheOffsetAndDecayAtOffsetPlusScale() {
    for (Decay d : new Decay[] {Decay.gauss(0, 30, 10, 0.5), Decay.exp(0, 30, 10, 0.5), Decay.linear(0, 30, 10, 0.5)}) {
      assertEquals(1.0, d.apply(0), 1e-12, d.toString());
      assertEquals(1.0, d.apply(10), 1e-12, d.toString());
      assertEquals(0.5, d.apply(40), 1e-12, d.toString());
      assertEquals(d.apply(25), d.apply(-25), 1e-12, "symmetric around origin");
    }
  }

  @Test
  void elasticsearchReferenceValues() {
    // ES docs: gauss with scale 30, decay 0.5: sigma^2 = -30^2 / (2 ln 0.5); at 15 -> exp(-225 / (2 sigma^2))
    double sigma2 = -900 / (2 * Math.log(0.5));
    assertEquals(Math.exp(-225 / (2 * sigma2)), Decay.gauss(0, 30, 0, 0.5).apply(15), 1e-12);
    assertEquals(Math.pow(0.5, 0.5), Decay.exp(0, 30, 0, 0.5).apply(15), 1e-12);
    assertEquals(0.75, Decay.linear(0, 30, 0, 0.5).apply(15), 1e-12);
    assertEquals(0.0, Decay.linear(0, 30, 0, 0.5).apply(60), 1e-12, "linear reaches 0 at scale / (1 - decay)");
    assertEquals(0.0, Decay.linear(0, 30, 0, 0.5).apply(1000), 1e-12);
  }

  @Test
  void nonIncreasingWithDistance() {
    for (Decay d : new Decay[] {Decay.gauss(0, 35, 10, 0.5), Decay.exp(0, 8, 2, 0.5), Decay.linear(5, 20, 0, 0.1)}) {
      double prev = 2;
      for (double x = 5; x < 300; x += 0.5) {
        double v = d.apply(x);
        assertTrue(v <= prev + 1e-15 && v >= 0 && v <= 1, d + " at " + x);
        prev = v;
      }
    }
  }

  @Test
  void rejectsParametersOutsideTheirDomain() {
    assertThrows(IllegalArgumentException.class, () -> Decay.gauss(0, 0, 0, 0.5));
    assertThrows(IllegalArgumentException.class, () -> Decay.gauss(0, 10, -1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> Decay.gauss(0, 10, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> Decay.exp(0, 10, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> Decay.linear(Double.NaN, 10, 0, 0.5));
  }
}
