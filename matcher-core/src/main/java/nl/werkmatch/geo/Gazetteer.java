package nl.werkmatch.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.werkmatch.model.Location;

/**
 * Turns a {@link Location} into coordinates.
 *
 * <p>The built-in gazetteer ({@link #builtIn()}) knows the 14 Twente municipalities, Assen, Aa en
 * Hunze and Tynaarlo with their main towns, some neighbouring towns and the German border towns
 * used for GrensWerk, each with its centre, municipality, province, labour-market region and the
 * PC4 ranges it owns. For national coverage an embedder plugs in a PC4 centroid table with
 * {@link #withPc4(Path)} or {@link #loadPc4(InputStream, String)}.
 *
 * <p>Instances are immutable and thread-safe; the {@code with}/{@code load} methods return a new
 * gazetteer.
 */
public final class Gazetteer {
  private static final String RESOURCE = "places.csv";
  private static final Gazetteer BUILT_IN = loadBuiltIn();

  private final List<Place> places;
  private final Map<String, Place> byName;
  private final Map<String, Place> byMunicipality;
  private final Map<Integer, GeoPoint> pc4;

  private Gazetteer(List<Place> places, Map<Integer, GeoPoint> pc4) {
    this.places = List.copyOf(places);
    Map<String, Place> names = new TreeMap<>();
    Map<String, Place> municipalities = new TreeMap<>();
    for (Place p : places) {
      names.putIfAbsent(key(p.name()), p);
    }
    for (Place p : places) {
      // a municipality resolves to its own entry, else to its first town in file order
      if (p.kind() == Place.Kind.MUNICIPALITY || key(p.name()).equals(key(p.municipality()))) {
        municipalities.put(key(p.municipality()), p);
      } else {
        municipalities.putIfAbsent(key(p.municipality()), p);
      }
    }
    this.byName = Collections.unmodifiableMap(names);
    this.byMunicipality = Collections.unmodifiableMap(municipalities);
    this.pc4 = Collections.unmodifiableMap(new TreeMap<>(pc4));
  }

  /** The built-in gazetteer of Twente, the Assen region and neighbours, without a PC4 table. */
  public static Gazetteer builtIn() {
    return BUILT_IN;
  }

  /**
   * The built-in gazetteer extended with every Dutch municipality of {@link Netherlands#builtIn()}
   * (one {@link Place.Kind#MUNICIPALITY} entry at its approximate centre, region = its labour-market
   * region, no postcodes) for the municipalities the built-in one does not know; without a PC4
   * table. A location with only a municipality name then resolves anywhere in the country; a loaded
   * PC4 table ({@link #withPc4}) still takes precedence for a postcode.
   *
   * @return the national gazetteer
   */
  public static Gazetteer national() {
    return National.INSTANCE;
  }

  /** Lazily built: most embedders never need it. */
  private static final class National {
    static final Gazetteer INSTANCE = build();

    private static Gazetteer build() {
      List<Place> all = new ArrayList<>(BUILT_IN.places);
      for (Municipality m : Netherlands.builtIn().municipalities()) {
        if (!BUILT_IN.byMunicipality.containsKey(key(m.name()))) {
          all.add(new Place(m.name(), Place.Kind.MUNICIPALITY, m.name(), m.province(), m.region(), "NL", m.centre(),
              List.of()));
        }
      }
      return new Gazetteer(all, Map.of());
    }
  }

  /**
   * A copy of this gazetteer that also uses the PC4 centroid table in {@code csv} (header
   * {@code postcode,lat,lon}, comma separated, UTF-8). Entries replace earlier ones for the same
   * code.
   *
   * @param csv the table file
   * @return the extended gazetteer
   * @throws IllegalArgumentException naming file, line and field when a line is malformed
   * @throws UncheckedIOException when the file cannot be read
   */
  public Gazetteer withPc4(Path csv) {
    try (InputStream in = Files.newInputStream(csv)) {
      return loadPc4(in, csv.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PC4 table " + csv + ": " + e.getMessage(), e);
    }
  }

  /**
   * A copy of this gazetteer that also uses the PC4 centroid table read from {@code in}.
   *
   * @param in the table, UTF-8, header {@code postcode,lat,lon}; blank lines are skipped
   * @param name the name used in error messages (usually the file name)
   * @return the extended gazetteer
   * @throws IllegalArgumentException naming file, line and field when a line is malformed
   * @throws UncheckedIOException when the stream cannot be read
   */
  public Gazetteer loadPc4(InputStream in, String name) {
    Map<Integer, GeoPoint> table = new TreeMap<>(pc4);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header != null && header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      if (header == null || !header.strip().equalsIgnoreCase("postcode,lat,lon")) {
        throw new IllegalArgumentException(name + ":1: header must be 'postcode,lat,lon', got "
            + (header == null ? "an empty file" : "'" + clip(header) + "'"));
      }
      String line;
      int lineNo = 1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length != 3) {
          throw new IllegalArgumentException(name + ":" + lineNo + ": expected 3 fields (postcode,lat,lon), got "
              + f.length + " in '" + clip(line) + "'");
        }
        String code = f[0].strip();
        if (!code.matches("[1-9][0-9]{3}")) {
          throw new IllegalArgumentException(name + ":" + lineNo + ": field 'postcode' must be a PC4 code such as 7511, got '"
              + clip(code) + "'");
        }
        double lat = number(name, lineNo, "lat", f[1], -90, 90);
        double lon = number(name, lineNo, "lon", f[2], -180, 180);
        table.put(Integer.parseInt(code), new GeoPoint(lat, lon));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PC4 table " + name + ": " + e.getMessage(), e);
    }
    return new Gazetteer(places, table);
  }

  /**
   * Coordinates for a location: its own coordinates if present; else the centroid of its PC4 from
   * the loaded table; else the centre of the built-in town owning that postcode (PC4, or PLZ for
   * {@code DE}); else the town or municipality named by {@code location.municipality()}
   * (case-insensitive).
   *
   * @param location the location, may be {@code null}
   * @return the coordinates, or empty when nothing is known
   */
  public Optional<GeoPoint> resolve(Location location) {
    if (location == null) {
      return Optional.empty();
    }
    if (location.hasCoordinates()) {
      return Optional.of(new GeoPoint(location.lat(), location.lon()));
    }
    String pc = location.pc4();
    if (pc != null) {
      GeoPoint p = pc4.get(Integer.parseInt(pc));
      if (p != null) {
        return Optional.of(p);
      }
      Place owner = ownerOf(Integer.parseInt(pc), "NL");
      if (owner != null) {
        return Optional.of(owner.point());
      }
    } else if ("DE".equals(location.country()) && location.postcode() != null) {
      Place owner = ownerOf(Integer.parseInt(location.postcode()), "DE");
      if (owner != null) {
        return Optional.of(owner.point());
      }
    }
    if (location.municipality() != null) {
      return place(location.municipality()).map(Place::point);
    }
    return Optional.empty();
  }

  /**
   * The built-in town owning a postcode: the place whose range contains it, the narrowest range
   * winning.
   *
   * @param postcode a PC4/PC6 code (NL) or five-digit PLZ (DE)
   * @param country {@code NL} or {@code DE} ({@code null} means NL)
   * @return the owning town, or empty
   */
  public Optional<Place> placeOfPostcode(String postcode, String country) {
    if (postcode == null) {
      return Optional.empty();
    }
    boolean de = "DE".equals(country);
    String digits = de ? postcode.strip() : postcode.strip().length() >= 4 ? postcode.strip().substring(0, 4) : "";
    if (!digits.matches(de ? "[0-9]{5}" : "[1-9][0-9]{3}")) {
      return Optional.empty();
    }
    return Optional.ofNullable(ownerOf(Integer.parseInt(digits), de ? "DE" : "NL"));
  }

  private Place ownerOf(int code, String country) {
    Place best = null;
    int bestSize = Integer.MAX_VALUE;
    for (Place p : places) {
      if (!p.country().equals(country)) {
        continue;
      }
      for (PostcodeRange r : p.postcodes()) {
        if (r.contains(code) && r.size() < bestSize) {
          best = p;
          bestSize = r.size();
        }
      }
    }
    return best;
  }

  /**
   * A place by name, case-insensitive: a town or municipality entry of that name, else the main
   * town of the municipality of that name.
   *
   * @param name a town or municipality name, e.g. {@code "hof van twente"}
   * @return the place, or empty
   */
  public Optional<Place> place(String name) {
    if (name == null) {
      return Optional.empty();
    }
    Place p = byName.get(key(name));
    return Optional.ofNullable(p != null ? p : byMunicipality.get(key(name)));
  }

  /** All places in gazetteer order (the order of the built-in resource). */
  public List<Place> places() {
    return places;
  }

  /** Number of PC4 centroids loaded from tables. */
  public int pc4Count() {
    return pc4.size();
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  private static double number(String file, int line, String field, String text, double min, double max) {
    double v;
    try {
      v = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ":" + line + ": field '" + field + "' is not a number: '" + clip(text) + "'");
    }
    if (!(v >= min && v <= max)) {
      throw new IllegalArgumentException(file + ":" + line + ": field '" + field + "' must be between "
          + (int) min + " and " + (int) max + ", got " + text.strip());
    }
    return v;
  }

  private static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }

  private static Gazetteer loadBuiltIn() {
    InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("built-in gazetteer resource nl/werkmatch/geo/" + RESOURCE + " is missing");
    }
    List<Place> list = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(";", -1);
        String where = RESOURCE + ":" + lineNo + ": ";
        if (f.length != 9) {
          throw new IllegalStateException(where + "expected 9 fields, got " + f.length);
        }
        try {
          List<PostcodeRange> ranges = new ArrayList<>();
          for (String part : f[8].strip().split("\\s+")) {
            if (!part.isEmpty()) {
              ranges.add(PostcodeRange.parse(part));
            }
          }
          list.add(new Place(f[0].strip(), Place.Kind.valueOf(f[1].strip()), f[2].strip(), f[3].strip(), f[4].strip(),
              f[5].strip(), new GeoPoint(Double.parseDouble(f[6]), Double.parseDouble(f[7])), ranges));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(where + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Gazetteer(list, Map.of());
  }
}
