package nl.werkmatch.score;

import nl.werkmatch.match.TravelTimeEstimator;
import nl.werkmatch.geo.GeoPoint;
import nl.werkmatch.model.TravelMode;

/**
 * Travel time from straight-line distance: distance x detour factor / speed + fixed overhead, per
 * mode. Public transport has a fixed overhead for walking to the stop, waiting and walking from the
 * stop, and a lower average speed; for short trips walking is used when it is faster.
 *
 * <p>Figures (Dutch averages, documented in docs/scoring.md): walk 5 km/h, detour 1.25; bike 15
 * km/h, detour 1.25; e-bike 20 km/h, detour 1.25; car 60 km/h, detour 1.3, 5 min parking; public
 * transport 35 km/h, detour 1.35, 15 min overhead.
 */
public final class SpeedModelEstimator implements TravelTimeEstimator {
  public static final SpeedModelEstimator DEFAULT = new SpeedModelEstimator();

  @Override
  public double minutes(GeoPoint from, GeoPoint to, TravelMode mode) {
    double km = from.distanceKm(to);
    return switch (mode) {
      case WALK -> walk(km);
      case BIKE -> km * 1.25 / 15.0 * 60.0;
      case EBIKE -> km * 1.25 / 20.0 * 60.0;
      case CAR -> km * 1.3 / 60.0 * 60.0 + 5.0;
      case PUBLIC_TRANSPORT -> Math.min(walk(km), km * 1.35 / 35.0 * 60.0 + 15.0);
    };
  }

  /**
   * The farthest any mode gets in {@code minutes} (by car, past a handful of minutes), inverting
   * each mode's formula, with 1% and 100 m to spare for rounding (the caching estimator rounds
   * coordinates to about 10 m) and for another haversine's Earth radius.
   */
  @Override
  public double maxReachKm(double minutes) {
    double walk = minutes / 60.0 * 5.0 / 1.25;
    double bike = minutes / 60.0 * 20.0 / 1.25;
    double car = (minutes - 5.0) / 60.0 * 60.0 / 1.3;
    double publicTransport = (minutes - 15.0) / 60.0 * 35.0 / 1.35;
    double km = Math.max(Math.max(walk, bike), Math.max(car, publicTransport));
    return Math.max(0, km) * 1.01 + 0.1;
  }

  private static double walk(double km) {
    return km * 1.25 / 5.0 * 60.0;
  }
}
