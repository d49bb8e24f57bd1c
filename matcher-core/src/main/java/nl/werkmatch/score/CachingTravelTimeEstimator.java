package nl.werkmatch.score;

import nl.werkmatch.match.TravelTimeEstimator;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.werkmatch.geo.GeoPoint;
import nl.werkmatch.model.TravelMode;

/** A bounded Caffeine cache in front of another estimator. */
public final class CachingTravelTimeEstimator implements TravelTimeEstimator {
  private final TravelTimeEstimator delegate;
  private final Cache<Key, Double> cache;

  private record Key(long from, long to, TravelMode mode) {}

  public CachingTravelTimeEstimator(TravelTimeEstimator delegate, long maximumSize) {
    if (maximumSize < 1) {
      throw new IllegalArgumentException("maximumSize must be at least 1, got " + maximumSize);
    }
    this.delegate = delegate;
    this.cache = Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run).build();
  }

  @Override
  public double maxReachKm(double minutes) {
    return delegate.maxReachKm(minutes);
  }

  @Override
  public double minutes(GeoPoint from, GeoPoint to, TravelMode mode) {
    // computed from the rounded points, so the value is a function of the key alone (deterministic
    // whatever order the cache was filled in)
    return cache.get(new Key(pack(from), pack(to), mode),
        k -> delegate.minutes(unpack(k.from()), unpack(k.to()), k.mode()));
  }

  private static GeoPoint unpack(long packed) {
    return new GeoPoint((packed >>> 32) / 10_000.0 - 90, (packed & 0xFFFFFFFFL) / 10_000.0 - 180);
  }

  /** Packs coordinates rounded to 1e-4 degrees (about 10 m) into one long. */
  private static long pack(GeoPoint p) {
    long lat = Math.round((p.lat() + 90) * 10_000);
    long lon = Math.round((p.lon() + 180) * 10_000);
    return lat << 32 | lon;
  }
}
