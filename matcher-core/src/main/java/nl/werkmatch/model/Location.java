package nl.werkmatch.model;

import java.util.regex.Pattern;

/**
 * A place: a Dutch postcode (PC4 such as {@code 7602} or PC6 such as {@code 7602AB}) or a German
 * five-digit Postleitzahl, optional WGS84 coordinates, municipality and country ({@code NL} or
 * {@code DE}; absent means NL).
 *
 * @param postcode PC4 or PC6 (NL) or 5 digits (DE)
 * @param lat latitude in degrees, given together with {@code lon}
 * @param lon longitude in degrees, given together with {@code lat}
 * @param municipality municipality name (gemeente)
 * @param country ISO 3166 alpha-2 country code, {@code NL} or {@code DE}
 */
public record Location(String postcode, Double lat, Double lon, String municipality, String country) {
  private static final Pattern NL_POSTCODE = Pattern.compile("[1-9][0-9]{3}( ?[A-Z]{2})?");
  private static final Pattern DE_POSTCODE = Pattern.compile("[0-9]{5}");

  /** Validates postcode format against the country and the coordinate ranges. */
  public Location {
    if (country != null && !country.equals("NL") && !country.equals("DE")) {
      throw new ValidationException("country", "must be NL or DE, got '" + Check.clip(country) + "'");
    }
    if (postcode != null) {
      boolean de = "DE".equals(country);
      if (!(de ? DE_POSTCODE : NL_POSTCODE).matcher(postcode).matches()) {
        throw new ValidationException("postcode", de
            ? "must be a 5-digit German postcode, got '" + Check.clip(postcode) + "'"
            : "must be a Dutch PC4 (1234) or PC6 (1234AB) postcode, got '" + Check.clip(postcode) + "'");
      }
    }
    if ((lat == null) != (lon == null)) {
      throw new ValidationException(lat == null ? "lat" : "lon", "lat and lon must be given together");
    }
    Check.range("lat", lat, -90, 90);
    Check.range("lon", lon, -180, 180);
    Check.text("municipality", municipality);
  }

  /** Whether coordinates are known. */
  public boolean hasCoordinates() {
    return lat != null;
  }

  /** The four-digit PC4 part of a Dutch postcode, or {@code null}. */
  public String pc4() {
    return postcode == null || "DE".equals(country) ? null : postcode.substring(0, 4);
  }
}
