package nl.werkmatch.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The national geography: every Dutch municipality (342, the division of 2024-2025) with its CBS
 * code, province, labour-market region, approximate centre and rounded population, and the 35
 * labour-market regions (arbeidsmarktregio's).
 *
 * <p>The data are resources ({@code municipalities.csv}, {@code labour-market-regions.csv} in this
 * package), written from general knowledge and documented as approximate in
 * {@code docs/geography.md}: good for synthetic national data, for routing records to the shard of
 * their region and for a conservative "may be in reach" test; not a source of official figures. The
 * coordinates of real records come from their postcode through a PC4 table
 * ({@link Gazetteer#withPc4}), which takes precedence over a municipality centre in
 * {@link Gazetteer#resolve}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Netherlands {
  /**
   * How far (km) a point of a municipality may lie from its centre, at most, for
   * {@link #regionsInReach}: about the half-width of the largest municipalities (Súdwest-Fryslân,
   * Het Hogeland, Hollands Kroon).
   */
  public static final double MUNICIPALITY_RADIUS_KM = 25.0;

  private static final String MUNICIPALITIES = "municipalities.csv";
  private static final String REGIONS = "labour-market-regions.csv";
  private static final Netherlands BUILT_IN = load();

  private final List<Municipality> municipalities;
  private final List<LabourMarketRegion> regions;
  private final Map<String, Municipality> byKey;
  private final Map<String, LabourMarketRegion> regionByName;

  private Netherlands(List<Municipality> municipalities, List<LabourMarketRegion> regions) {
    this.municipalities = List.copyOf(municipalities);
    this.regions = List.copyOf(regions);
    Map<String, Municipality> keys = new TreeMap<>();
    for (Municipality m : municipalities) {
      keys.put(key(m.code()), m);
      keys.put(key(m.name()), m);
    }
    this.byKey = Collections.unmodifiableMap(keys);
    Map<String, LabourMarketRegion> rs = new TreeMap<>();
    for (LabourMarketRegion r : regions) {
      rs.put(key(r.name()), r);
    }
    this.regionByName = Collections.unmodifiableMap(rs);
  }

  /** The built-in national geography. */
  public static Netherlands builtIn() {
    return BUILT_IN;
  }

  /** Every municipality, in resource order (grouped by province). */
  public List<Municipality> municipalities() {
    return municipalities;
  }

  /** The 35 labour-market regions in resource order (roughly north to south). */
  public List<LabourMarketRegion> regions() {
    return regions;
  }

  /**
   * A municipality by CBS code ({@code GM0153}) or name ({@code enschede}), case-insensitive.
   *
   * @param codeOrName the code or name
   * @return the municipality, or empty
   */
  public Optional<Municipality> municipality(String codeOrName) {
    return codeOrName == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(codeOrName)));
  }

  /**
   * A labour-market region by name, case-insensitive.
   *
   * @param name the region's name, e.g. {@code Twente}
   * @return the region, or empty
   */
  public Optional<LabourMarketRegion> region(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(regionByName.get(key(name)));
  }

  /**
   * The municipality whose centre is nearest to {@code point} (ties: the first in resource order):
   * the home municipality of a point when nothing better is known.
   *
   * @param point a point
   * @return the nearest municipality
   */
  public Municipality nearest(GeoPoint point) {
    Municipality best = null;
    double bestKm = Double.POSITIVE_INFINITY;
    for (Municipality m : municipalities) {
      double d = m.centre().distanceKm(point);
      if (d < bestKm) {
        best = m;
        bestKm = d;
      }
    }
    return best;
  }

  /**
   * The regions that may hold a point within {@code km} of {@code point}: those with a municipality
   * centre within {@code km + }{@link #MUNICIPALITY_RADIUS_KM}, in resource order. Conservative (it
   * may name a region that has no point in reach, never leaves out one that has, as long as every
   * point of a municipality lies within {@link #MUNICIPALITY_RADIUS_KM} of its centre).
   *
   * @param point the centre of the disc, e.g. a vacancy's location
   * @param km the radius, e.g. the farthest reach of the travel model
   * @return the region names, never empty
   */
  public List<String> regionsInReach(GeoPoint point, double km) {
    List<String> out = new ArrayList<>();
    for (LabourMarketRegion r : regions) {
      if (r.distanceKm(point) <= km + MUNICIPALITY_RADIUS_KM) {
        out.add(r.name());
      }
    }
    if (out.isEmpty()) {
      out.add(nearest(point).region());
    }
    return out;
  }

  /** Total population of all municipalities (approximate). */
  public long population() {
    long sum = 0;
    for (Municipality m : municipalities) {
      sum += m.population();
    }
    return sum;
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  private static Netherlands load() {
    List<Municipality> ms = new ArrayList<>();
    for (String[] f : rows(MUNICIPALITIES, 7)) {
      String where = f[f.length - 1];
      try {
        ms.add(new Municipality(f[0], f[1], f[2], f[3], new GeoPoint(Double.parseDouble(f[4]), Double.parseDouble(f[5])),
            Integer.parseInt(f[6])));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(where + e.getMessage(), e);
      }
    }
    Map<String, List<Municipality>> members = new LinkedHashMap<>();
    Map<String, String> centres = new LinkedHashMap<>();
    for (String[] f : rows(REGIONS, 2)) {
      if (members.put(f[0], new ArrayList<>()) != null) {
        throw new IllegalStateException(f[2] + "region " + f[0] + " is listed twice");
      }
      centres.put(f[0], f[1]);
    }
    for (Municipality m : ms) {
      List<Municipality> list = members.get(m.region());
      if (list == null) {
        throw new IllegalStateException(MUNICIPALITIES + ": " + m.code() + " " + m.name() + " has region '" + m.region()
            + "', which is not in " + REGIONS);
      }
      list.add(m);
    }
    List<LabourMarketRegion> regions = new ArrayList<>();
    for (Map.Entry<String, List<Municipality>> e : members.entrySet()) {
      String centre = centres.get(e.getKey());
      if (e.getValue().stream().noneMatch(m -> m.name().equals(centre))) {
        throw new IllegalStateException(REGIONS + ": the centrumgemeente " + centre + " of " + e.getKey()
            + " is not one of its municipalities");
      }
      regions.add(new LabourMarketRegion(e.getKey(), centre, e.getValue()));
    }
    return new Netherlands(ms, regions);
  }

  /** The data rows of a resource, split on ';', each with "file:line: " appended as last element. */
  private static List<String[]> rows(String resource, int fields) {
    InputStream in = Netherlands.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("national gazetteer resource nl/werkmatch/geo/" + resource + " is missing");
    }
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(";", -1);
        if (f.length != fields) {
          throw new IllegalStateException(resource + ":" + lineNo + ": expected " + fields + " fields, got " + f.length);
        }
        String[] row = new String[fields + 1];
        for (int i = 0; i < fields; i++) {
          row[i] = f[i].strip();
        }
        row[fields] = resource + ":" + lineNo + ": ";
        out.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
