package nl.werkmatch.geo;

import java.util.List;

/**
 * One of the 35 Dutch labour-market regions (arbeidsmarktregio's) with its municipalities; the
 * unit werkmatch shards by (docs/scaling.md).
 *
 * @param name the region's name, e.g. {@code Twente}, {@code Groot Amsterdam}
 * @param centre the centrumgemeente (hosting the regional werkgeversservicepunt)
 * @param municipalities the region's municipalities in gazetteer order, at least one
 */
public record LabourMarketRegion(String name, String centre, List<Municipality> municipalities) {

  /** Copies the list and checks the fields. */
  public LabourMarketRegion {
    municipalities = List.copyOf(municipalities);
    if (name == null || name.isBlank() || municipalities.isEmpty()) {
      throw new IllegalArgumentException("labour-market region " + name + ": a name and municipalities are required");
    }
  }

  /** The number of inhabitants of the region's municipalities together (approximate). */
  public long population() {
    long sum = 0;
    for (Municipality m : municipalities) {
      sum += m.population();
    }
    return sum;
  }

  /**
   * The straight-line distance from {@code point} to the nearest centre of one of the region's
   * municipalities, in km.
   *
   * @param point a point
   * @return the distance, 0 or more
   */
  public double distanceKm(GeoPoint point) {
    double best = Double.POSITIVE_INFINITY;
    for (Municipality m : municipalities) {
      best = Math.min(best, m.centre().distanceKm(point));
    }
    return best;
  }
}
