package nl.werkmatch.geo;

/**
 * A point on the earth in WGS84 degrees.
 *
 * @param lat latitude in degrees, -90..90
 * @param lon longitude in degrees, -180..180
 */
public record GeoPoint(double lat, double lon) {
  /** Mean earth radius in kilometres (IUGG mean radius R1). */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  /** Validates the coordinate ranges. */
  public GeoPoint {
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("lat must be between -90 and 90, got " + lat);
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("lon must be between -180 and 180, got " + lon);
    }
  }

  /**
   * Great-circle distance to {@code other} in kilometres (haversine formula, radius
   * {@value #EARTH_RADIUS_KM} km).
   *
   * @param other the other point
   * @return distance in kilometres, 0 or more
   */
  public double distanceKm(GeoPoint other) {
    double phi1 = Math.toRadians(lat);
    double phi2 = Math.toRadians(other.lat);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.lon - lon);
    double sinPhi = Math.sin(dPhi / 2);
    double sinLambda = Math.sin(dLambda / 2);
    double h = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
