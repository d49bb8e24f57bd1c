package nl.werkmatch.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.werkmatch.geo.GeoPoint;
import nl.werkmatch.geo.LabourMarketRegion;
import nl.werkmatch.geo.Municipality;
import nl.werkmatch.geo.Netherlands;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Location;
import nl.werkmatch.model.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code SampleGenerator.national}: the whole country by population, deterministic by seed. */
class NationalSampleTest {
  private static final Netherlands NL = Netherlands.builtIn();

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes(@TempDir Path dir) throws Exception {
    SampleGenerator.national(7).writeTo(dir.resolve("a"), 500, 50);
    SampleGenerator.national(7).writeTo(dir.resolve("b"), 500, 50);
    SampleGenerator.national(8).writeTo(dir.resolve("c"), 500, 50);
    for (String f : List.of("candidates.jsonl", "vacancies.jsonl")) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
      assertNotEquals(Files.readString(dir.resolve("a").resolve(f)), Files.readString(dir.resolve("c").resolve(f)), f);
    }
    // the regional generator is another data set for the same seed
    assertNotEquals(new SampleGenerator(7).candidates(5).toList(), SampleGenerator.national(7).candidates(5).toList());
  }

  @Test
  void candidatesAreSpreadByPopulationOverAllRegions() throws Exception {
    int n = 10_000;
    Map<String, Integer> perRegion = new TreeMap<>();
    for (Candidate c : (Iterable<Candidate>) SampleGenerator.national(42).candidates(n)::iterator) {
      Municipality m = NL.municipality(c.municipality()).orElseThrow(() -> new AssertionError(c.municipality()));
      assertEquals(m.region(), c.region(), c.id());
      Location home = c.home();
      assertTrue(home.hasCoordinates(), c.id());
      assertNull(home.postcode(), c.id());
      assertTrue(m.centre().distanceKm(new GeoPoint(home.lat(), home.lon())) <= 8.0 + 1e-6, c.id());
      perRegion.merge(c.region(), 1, Integer::sum);
      if (perRegion.values().stream().mapToInt(Integer::intValue).sum() <= 300) {
        assertEquals(c, Json.mapper().readValue(Json.mapper().writeValueAsString(c), Candidate.class), c.id());
      }
    }
    assertEquals(35, perRegion.size(), "every labour-market region has candidates: " + perRegion.keySet());
    for (LabourMarketRegion r : NL.regions()) {
      double expected = n * (double) r.population() / NL.population();
      double got = perRegion.get(r.name());
      // binomial: within 5 standard deviations, plus rounding
      assertEquals(expected, got, 5 * Math.sqrt(expected) + 1, r.name());
    }
    // far from the dense stress case: the biggest regions hold 7 to 8% of the people each, not all
    assertTrue(perRegion.get("Groot Amsterdam") < 0.12 * n && perRegion.get("Twente") < 0.05 * n, perRegion.toString());
  }

  @Test
  void vacanciesTooAndAllInTheNetherlands() {
    Map<String, Integer> perRegion = new TreeMap<>();
    for (Vacancy v : SampleGenerator.national(42).vacancies(4000).toList()) {
      assertEquals("NL", v.location().country(), v.id());
      assertTrue(v.location().hasCoordinates(), v.id());
      assertTrue(NL.municipality(v.location().municipality()).isPresent(), v.id());
      perRegion.merge(NL.municipality(v.location().municipality()).orElseThrow().region(), 1, Integer::sum);
    }
    assertEquals(35, perRegion.size(), perRegion.toString());
  }
}
