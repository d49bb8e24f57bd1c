package nl.werkmatch.eval;

import java.util.Arrays;
import java.util.Random;

/**
 * Paired significance tests over queries for "is system B different from system A?".
 * Both are deterministic: the same inputs and seed give the same result ({@link Random}, whose
 * algorithm is specified, so results agree across JDKs).
 */
public final class Significance {
  /** Differences smaller than this count as ties (floating-point noise). */
  static final double EPS = 1e-12;

  /** The default number of permutations and bootstrap resamples. */
  public static final int DEFAULT_SAMPLES = 10_000;

  /** The default seed. */
  public static final long DEFAULT_SEED = 20_091_102L;

  private Significance() {}

  /**
   * A confidence interval.
   *
   * @param low the lower bound
   * @param high the upper bound
   */
  public record Interval(double low, double high) {}

  /**
   * A paired comparison of one metric between A and B.
   *
   * @param metric the metric name
   * @param meanA the mean of A
   * @param meanB the mean of B
   * @param delta {@code meanB - meanA}
   * @param p two-sided p-value of the paired randomisation test
   * @param ci bootstrap 95% interval of the delta
   * @param wins queries where B scores higher than A
   * @param losses queries where B scores lower than A
   * @param ties queries where they are equal
   */
  public record Comparison(String metric, double meanA, double meanB, double delta, double p, Interval ci,
      int wins, int losses, int ties) {}

  /**
   * Compares paired per-query values with {@link #DEFAULT_SAMPLES} permutations and resamples.
   *
   * @param metric the metric name (for the record)
   * @param a A's values, one per query
   * @param b B's values for the same queries in the same order
   * @param seed the random seed
   * @return means, delta, p-value, interval, wins, losses, ties
   */
  public static Comparison compare(String metric, double[] a, double[] b, long seed) {
    check(a, b);
    int wins = 0;
    int losses = 0;
    int ties = 0;
    for (int i = 0; i < a.length; i++) {
      double d = b[i] - a[i];
      if (d > EPS) {
        wins++;
      } else if (d < -EPS) {
        losses++;
      } else {
        ties++;
      }
    }
    double ma = mean(a);
    double mb = mean(b);
    return new Comparison(metric, ma, mb, mb - ma, randomisation(a, b, DEFAULT_SAMPLES, seed),
        bootstrap(a, b, DEFAULT_SAMPLES, seed), wins, losses, ties);
  }

  /**
   * The paired randomisation (permutation) test, two-sided: under the null hypothesis A and B are
   * exchangeable per query, so each permutation swaps each query's pair with probability 1/2 (flips
   * the sign of its difference). The p-value is (1 + the number of permutations whose |mean
   * difference| is at least the observed one) / (1 + permutations). Identical inputs give exactly 1;
   * an empty input gives 1.
   *
   * @param a A's values
   * @param b B's values, paired with {@code a}
   * @param permutations how many random permutations, at least 1
   * @param seed the random seed
   * @return the p-value in (0, 1]
   */
  public static double randomisation(double[] a, double[] b, int permutations, long seed) {
    check(a, b);
    if (permutations < 1) {
      throw new IllegalArgumentException("permutations must be >= 1");
    }
    int n = a.length;
    if (n == 0) {
      return 1.0;
    }
    double[] d = new double[n];
    double observed = 0;
    for (int i = 0; i < n; i++) {
      d[i] = b[i] - a[i];
      observed += d[i];
    }
    observed = Math.abs(observed / n);
    Random rnd = new Random(seed);
    long atLeast = 0;
    for (int p = 0; p < permutations; p++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += rnd.nextBoolean() ? d[i] : -d[i];
      }
      if (Math.abs(s / n) >= observed - EPS) {
        atLeast++;
      }
    }
    return (atLeast + 1.0) / (permutations + 1.0);
  }

  /**
   * The percentile bootstrap 95% interval of the mean difference {@code b - a}: resample queries
   * with replacement, take the 2.5th and 97.5th percentiles of the resampled mean differences.
   * Identical inputs give [0, 0]; an empty input gives [0, 0].
   *
   * @param a A's values
   * @param b B's values, paired with {@code a}
   * @param resamples how many resamples, at least 1
   * @param seed the random seed
   * @return the interval
   */
  public static Interval bootstrap(double[] a, double[] b, int resamples, long seed) {
    check(a, b);
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be >= 1");
    }
    int n = a.length;
    if (n == 0) {
      return new Interval(0, 0);
    }
    Random rnd = new Random(seed);
    double[] means = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        int j = rnd.nextInt(n);
        s += b[j] - a[j];
      }
      means[r] = s / n;
    }
    Arrays.sort(means);
    int lo = (int) Math.floor(0.025 * (resamples - 1));
    int hi = (int) Math.ceil(0.975 * (resamples - 1));
    return new Interval(means[lo], means[hi]);
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return x.length == 0 ? 0 : s / x.length;
  }

  private static void check(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("paired values must have the same length, got " + a.length + " and " + b.length);
    }
  }
}
