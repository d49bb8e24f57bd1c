package nl.werkmatch.match;

import nl.werkmatch.score.CachingTravelTimeEstimator;
import nl.werkmatch.score.SpeedModelEstimator;
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

  /**
   * The farthest straight-line distance in km that any mode covers in {@code minutes}; never less
   * than the truth. The fast path leaves out records beyond it before it computes any travel time,
   * so a close bound makes the searched area smaller. The default assumes no trip is faster than
   * 100 km/h in a straight line; the speed model knows its own bound.
   */
  default double maxReachKm(double minutes) {
    return Math.max(0, minutes) / 60.0 * 100;
  }

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
