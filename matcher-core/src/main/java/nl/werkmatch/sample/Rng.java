package nl.werkmatch.sample;

import java.util.List;
import java.util.SplittableRandom;

/** Small helpers over a {@link SplittableRandom}: weighted choice, chance, ranges. */
final class Rng {
  private final SplittableRandom r;

  Rng(long seed) {
    this.r = new SplittableRandom(seed);
  }

  /** The stream of record {@code index} of kind {@code stream} under {@code seed}. */
  static Rng of(long seed, long stream, long index) {
    return new Rng(mix(mix(seed) ^ mix(stream * 0x9E3779B97F4A7C15L + index)));
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  boolean chance(double p) {
    return r.nextDouble() < p;
  }

  /** Uniform in [lo, hi] inclusive. */
  int between(int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  double nextDouble() {
    return r.nextDouble();
  }

  double gaussian() {
    // Box-Muller from two uniforms, deterministic
    double u1 = 1.0 - r.nextDouble();
    double u2 = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  <T> T pick(List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  @SafeVarargs
  final <T> T pick(T... items) {
    return items[r.nextInt(items.length)];
  }

  /** Index chosen with probability proportional to {@code weights[i]}. */
  int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** {@code items.get(i)} chosen with weight {@code weights[i]}. */
  <T> T weighted(List<T> items, double[] weights) {
    return items.get(weighted(weights));
  }
}
