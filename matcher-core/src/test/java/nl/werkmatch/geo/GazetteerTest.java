package nl.werkmatch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.werkmatch.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  private final Gazetteer g = Gazetteer.builtIn();

  private GeoPoint at(String name) {
    return g.place(name).orElseThrow().point();
  }

  @Test
  void knownDistances() {
    double enschedeHengelo = at("Enschede").distanceKm(at("Hengelo"));
    assertTrue(enschedeHengelo > 8 && enschedeHengelo < 9, "Enschede-Hengelo " + enschedeHengelo);
    // straight line; the road distance is about 90 km
    double almeloAssen = at("Almelo").distanceKm(at("Assen"));
    assertTrue(almeloAssen > 68 && almeloAssen < 76, "Almelo-Assen " + almeloAssen);
    double enschedeGronau = at("Enschede").distanceKm(at("Gronau"));
    assertTrue(enschedeGronau > 7 && enschedeGronau < 12, "Enschede-Gronau " + enschedeGronau);
    assertEquals(0.0, at("Almelo").distanceKm(at("Almelo")), 1e-9);
  }

  @Test
  void haversineAgainstOneDegreeOfLatitude() {
    double d = new GeoPoint(52, 6).distanceKm(new GeoPoint(53, 6));
    assertEquals(Math.PI * GeoPoint.EARTH_RADIUS_KM / 180, d, 1e-9);
  }

  @Test
  void coversAllRequiredMunicipalities() {
    Set<String> municipalities = g.places().stream().map(Place::municipality).collect(Collectors.toSet());
    for (String m : List.of("Almelo", "Borne", "Dinkelland", "Enschede", "Haaksbergen", "Hellendoorn", "Hengelo",
        "Hof van Twente", "Losser", "Oldenzaal", "Rijssen-Holten", "Tubbergen", "Twenterand", "Wierden", "Assen",
        "Aa en Hunze", "Tynaarlo")) {
      assertTrue(municipalities.contains(m), m);
      assertTrue(g.place(m).isPresent(), m);
    }
    long twente = g.places().stream().filter(p -> p.region().equals("Twente")).map(Place::municipality).distinct().count();
    assertEquals(14, twente);
  }

  @Test
  void resolveOrder() {
    // own coordinates first
    assertEquals(new GeoPoint(52.1, 6.1), g.resolve(new Location("7511", 52.1, 6.1, "Enschede", "NL")).orElseThrow());
    // PC4 owned by a built-in town; the narrowest range wins (Glanerbrug inside Enschede)
    assertEquals(at("Enschede"), g.resolve(new Location("7511AB", null, null, null, null)).orElseThrow());
    assertEquals(at("Glanerbrug"), g.resolve(new Location("7532", null, null, null, null)).orElseThrow());
    assertEquals(at("Assen"), g.resolve(new Location("9403", null, null, null, null)).orElseThrow());
    assertEquals(at("Nordhorn"), g.resolve(new Location("48529", null, null, null, "DE")).orElseThrow());
    // then the municipality by name, case-insensitive
    assertEquals(at("Goor"), g.resolve(new Location("1011", null, null, "HOF VAN TWENTE", null)).orElseThrow());
    assertEquals(at("Beilen"), g.resolve(new Location(null, null, null, "midden-drenthe", null)).orElseThrow());
    assertFalse(g.resolve(new Location("1011", null, null, null, null)).isPresent());
    assertFalse(g.resolve(null).isPresent());
    assertEquals("Nijverdal", g.placeOfPostcode("7441", "NL").orElseThrow().name());
  }

  @Test
  void pc4TableTakesPrecedenceOverTowns(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("pc4.csv");
    Files.writeString(csv, "postcode,lat,lon\n1011,52.3731,4.9005\n\n7511,52.2200,6.9000\n");
    Gazetteer withTable = g.withPc4(csv);
    assertEquals(2, withTable.pc4Count());
    assertEquals(new GeoPoint(52.3731, 4.9005), withTable.resolve(new Location("1011AB", null, null, null, null)).orElseThrow());
    assertEquals(new GeoPoint(52.22, 6.9), withTable.resolve(new Location("7511", null, null, null, null)).orElseThrow());
    assertEquals(0, g.pc4Count(), "built-in stays unchanged");
  }

  @Test
  void pc4LoaderNamesFileLineAndField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.loadPc4(
        new ByteArrayInputStream("postcode,lat,lon\n7511,52.2,6.9\n7512,abc,6.9\n".getBytes(StandardCharsets.UTF_8)), "pc4.csv"));
    assertTrue(e.getMessage().startsWith("pc4.csv:3: field 'lat'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> g.loadPc4(
        new ByteArrayInputStream("postcode,lat,lon\n0751,52.2,6.9\n".getBytes(StandardCharsets.UTF_8)), "x.csv"));
    assertTrue(e.getMessage().startsWith("x.csv:2: field 'postcode'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> g.loadPc4(
        new ByteArrayInputStream("postcode,lat,lon\n7511,95,6.9\n".getBytes(StandardCharsets.UTF_8)), "x.csv"));
    assertTrue(e.getMessage().contains("x.csv:2: field 'lat' must be between -90 and 90"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> g.loadPc4(
        new ByteArrayInputStream("pc,lat,lon\n".getBytes(StandardCharsets.UTF_8)), "x.csv"));
    assertTrue(e.getMessage().startsWith("x.csv:1: header"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> g.loadPc4(
        new ByteArrayInputStream("postcode,lat,lon\n7511;52.2;6.9\n".getBytes(StandardCharsets.UTF_8)), "x.csv"));
    assertTrue(e.getMessage().startsWith("x.csv:2: expected 3 fields"), e.getMessage());
  }

  @Test
  void everyTownOwnsCodesAndEveryNlCodeIsFour() {
    for (Place p : g.places()) {
      if (p.kind() == Place.Kind.TOWN) {
        assertFalse(p.postcodes().isEmpty(), p.name());
        for (PostcodeRange r : p.postcodes()) {
          assertTrue(p.country().equals("DE") ? r.from() >= 10000 : r.to() <= 9999, p.name());
        }
      }
    }
  }
}
