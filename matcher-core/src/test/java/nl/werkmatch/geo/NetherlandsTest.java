package nl.werkmatch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.werkmatch.model.Location;
import org.junit.jupiter.api.Test;

/** Invariants of the national gazetteer (docs/geography.md). */
class NetherlandsTest {
  private final Netherlands nl = Netherlands.builtIn();

  @Test
  void everyMunicipalityOnceWithAUniqueCode() {
    assertEquals(342, nl.municipalities().size(), "municipalities of 2024-2025");
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Municipality m : nl.municipalities()) {
      assertTrue(codes.add(m.code()), "code twice: " + m.code());
      assertTrue(names.add(m.name().toLowerCase(java.util.Locale.ROOT)), "name twice: " + m.name());
    }
  }

  @Test
  void thirtyFiveRegionsEachMunicipalityInExactlyOneAndInOneOfTwelveProvinces() {
    assertEquals(35, nl.regions().size());
    Map<String, Integer> seen = new HashMap<>();
    for (LabourMarketRegion r : nl.regions()) {
      assertFalse(r.municipalities().isEmpty(), r.name());
      assertTrue(r.municipalities().stream().anyMatch(m -> m.name().equals(r.centre())), r.name() + " centre");
      for (Municipality m : r.municipalities()) {
        assertEquals(r.name(), m.region(), m.name());
        seen.merge(m.code(), 1, Integer::sum);
      }
    }
    assertEquals(nl.municipalities().size(), seen.size());
    assertTrue(seen.values().stream().allMatch(n -> n == 1), "a municipality in more than one region");
    Set<String> provinces = new HashSet<>();
    nl.municipalities().forEach(m -> provinces.add(m.province()));
    assertEquals(Set.of("Groningen", "Friesland", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
        "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg"), provinces);
    assertEquals(14, nl.region("twente").orElseThrow().municipalities().size());
  }

  @Test
  void centresInsideTheNetherlandsAndPopulationAboutRight() {
    for (Municipality m : nl.municipalities()) {
      GeoPoint p = m.centre();
      assertTrue(p.lat() >= 50.75 && p.lat() <= 53.56 && p.lon() >= 3.35 && p.lon() <= 7.23, m.name() + " at " + p);
    }
    // CBS: 17.9 million inhabitants on 1 January 2024
    assertEquals(17.9e6, nl.population(), 0.05 * 17.9e6);
    assertEquals(nl.population(), nl.regions().stream().mapToLong(LabourMarketRegion::population).sum());
    assertTrue(nl.municipality("Amsterdam").orElseThrow().population() > 800_000);
  }

  @Test
  void agreesWithTheBuiltInGazetteer() {
    for (Place p : Gazetteer.builtIn().places()) {
      if (!p.country().equals("NL")) {
        continue;
      }
      Municipality m = nl.municipality(p.municipality()).orElseThrow(() -> new AssertionError(p.municipality()));
      assertEquals(p.region(), m.region(), p.name());
      assertEquals(p.province(), m.province(), p.name());
      assertTrue(p.point().distanceKm(m.centre()) < 15, p.name() + " is " + p.point().distanceKm(m.centre())
          + " km from the centre of " + m.name());
    }
  }

  @Test
  void lookupsNearestAndReach() {
    assertEquals("Enschede", nl.municipality("GM0153").orElseThrow().name());
    assertEquals("GM0153", nl.municipality("enschede").orElseThrow().code());
    for (Municipality m : nl.municipalities()) {
      assertEquals(m.region(), nl.nearest(m.centre()).region(), m.name());
    }
    GeoPoint enschede = nl.municipality("Enschede").orElseThrow().centre();
    List<String> reach = nl.regionsInReach(enschede, 67);
    assertTrue(reach.containsAll(List.of("Twente", "Achterhoek", "Regio Zwolle")), reach.toString());
    assertFalse(reach.contains("Zeeland") || reach.contains("Zuid-Limburg") || reach.contains("Groot Amsterdam"),
        reach.toString());
    assertEquals(List.of("Twente"), nl.regionsInReach(nl.municipality("Losser").orElseThrow().centre(), 0));
    assertTrue(nl.regionsInReach(enschede, 1000).size() == 35);
  }

  @Test
  void theNationalGazetteerLocatesEveryMunicipalityByName() {
    Location maastricht = new Location(null, null, null, "Maastricht", "NL");
    assertTrue(Gazetteer.builtIn().resolve(maastricht).isEmpty(), "the built-in gazetteer stays regional");
    assertEquals(nl.municipality("Maastricht").orElseThrow().centre(), Gazetteer.national().resolve(maastricht).orElseThrow());
    for (Municipality m : nl.municipalities()) {
      assertTrue(Gazetteer.national().place(m.name()).isPresent(), m.name());
    }
    // the built-in towns keep their own entries and postcodes
    assertEquals(Gazetteer.builtIn().place("Hengelo"), Gazetteer.national().place("Hengelo"));
    assertEquals(Gazetteer.builtIn().placeOfPostcode("7602", "NL"), Gazetteer.national().placeOfPostcode("7602", "NL"));
  }
}
