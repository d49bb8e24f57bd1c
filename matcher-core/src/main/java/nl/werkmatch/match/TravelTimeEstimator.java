package nl.werkmatch.match;

import nl.werkmatch.geo.GeoPoint;
import nl.werkmatch.model.TravelMode;

/**
 * Estimates one-way door-to-door travel time. The default is {@link #speedModel()}, a model of
 * distance, mode speeds, detour factors and public-transport overheads; an embedder can plug in a
 * real router (OpenTripPlanner, a public-transport API) by implementing this interface, and wrap
 * any estimator in {@link #cached(TravelTimeEstimator, long)}.
 *
 * <p>Implementations must be thread-safe and deterministic for the same inputs.
 */
@FunctionalInterface
public interface TravelTimeEstimator {

  /**
   * One-way travel minutes from {@code from} to {@code to} by {@code mode}, or {@link Double#NaN}
   * when the trip is not possible by that mode.
   */
  double minutes(GeoPoint from, GeoPoint to, TravelMode mode);

  /** The default speed model. */
  static TravelTimeEstimator speedModel() {
    return SpeedModelEstimator.DEFAULT;
  }

  /**
   * Wraps {@code estimator} in a bounded Caffeine cache of at most {@code maximumSize} entries keyed
   * by (from, to, mode), coordinates rounded to about 10 m.
   */
  static TravelTimeEstimator cached(TravelTimeEstimator estimator, long maximumSize) {
    return new CachingTravelTimeEstimator(estimator, maximumSize);
  }
}
