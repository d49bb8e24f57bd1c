package nl.werkmatch.geo;

import java.util.List;

/**
 * A named place of the built-in gazetteer: a town (kern) or a municipality, with the coordinates of
 * its centre.
 *
 * @param name the place name, e.g. {@code Nijverdal}
 * @param kind whether the entry is a town or a municipality
 * @param municipality the municipality it belongs to (its own name for a municipality)
 * @param province province (NL) or Land (DE)
 * @param region labour-market region, e.g. {@code Twente}, {@code Drenthe}
 * @param country ISO 3166 alpha-2 code, {@code NL} or {@code DE}
 * @param point coordinates of the centre (4 decimals)
 * @param postcodes the postcode ranges the town owns (PC4 in NL, five-digit PLZ in DE); empty for a
 *     municipality entry whose towns own the codes
 */
public record Place(String name, Kind kind, String municipality, String province, String region, String country,
    GeoPoint point, List<PostcodeRange> postcodes) {

  /** Whether a gazetteer entry is a town or a municipality. */
  public enum Kind {
    /** A town or village (kern, woonplaats). */
    TOWN,
    /** A municipality (gemeente) whose name is not also a town entry; located at its seat. */
    MUNICIPALITY
  }

  /** Copies the list and checks the required fields. */
  public Place {
    if (name == null || name.isBlank() || kind == null || municipality == null || region == null
        || country == null || point == null) {
      throw new IllegalArgumentException("place " + name + ": name, kind, municipality, region, country and point are required");
    }
    postcodes = List.copyOf(postcodes == null ? List.of() : postcodes);
  }

  /** Whether the place owns the numeric postcode {@code code}. */
  public boolean owns(int code) {
    for (PostcodeRange r : postcodes) {
      if (r.contains(code)) {
        return true;
      }
    }
    return false;
  }
}
