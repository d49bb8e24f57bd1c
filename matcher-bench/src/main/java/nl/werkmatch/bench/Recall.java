package nl.werkmatch.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.sample.SampleGenerator;

/**
 * Top-20 recall of the fast path against the exhaustive reference, vacancy to candidates, over the
 * first {@code queries} generated vacancies and the benchmark index of {@code size} candidates
 * (the definition of {@code FastPathRecallTest}: per query, the share of the exhaustive top-20 that
 * the fast top-20 holds; queries without exhaustive matches count only if the fast path also finds
 * none). Also checks that every shared pair has the identical score. Not a timing benchmark.
 *
 * <pre>java -Xmx20g -cp benchmarks.jar nl.werkmatch.bench.Recall 1000000 200 2 [maxSeconds]</pre>
 *
 * Prints: size, queries, mean recall, min recall, queries below 1, score mismatches, seconds, mean
 * score gap at the last rank (the exhaustive k-th score minus the fast k-th score, 0 when the fast
 * path found k results as good; a fast list shorter than the exhaustive one counts its missing
 * k-th score as 0), and the mean ratio of the fast list's summed scores to the exhaustive list's
 * (1.0 when the fast path found results as good, also when they are different records with equal
 * scores: how much of the exact quality the misses cost). With
 * {@code maxSeconds}, no new query is started after that time and only finished queries count (the
 * printed number of queries says how many).
 */
public final class Recall {
  private Recall() {}

  /** Entry point: size, queries (default 200), threads (default 2). */
  public static void main(String[] args) throws Exception {
    int size = Integer.parseInt(args[0]);
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    long deadline = args.length > 3 ? System.nanoTime() + Long.parseLong(args[3]) * 1_000_000_000L : Long.MAX_VALUE;
    long t0 = System.nanoTime();
    try (MatchIndex index = BenchData.candidates(size)) {
      // a cache that holds every candidate, so the exhaustive path decodes each record once
      Matcher matcher = Matcher.builder(index).today(SampleGenerator.TODAY).cacheSize(size + 1L).build();
      List<Vacancy> vacancies = new SampleGenerator(BenchData.SEED).vacancies(queries).toList();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<double[]>> out = vacancies.stream().map(v -> pool.submit(() -> System.nanoTime() > deadline
          ? null
          : compare(matcher.candidatesFor(v, Matcher.Mode.FAST), matcher.candidatesFor(v, Matcher.Mode.EXHAUSTIVE))))
          .toList();
      double sum = 0;
      double gap = 0;
      double ratio = 0;
      double min = 1;
      int counted = 0;
      int below = 0;
      int mismatches = 0;
      int i = 0;
      for (Future<double[]> f : out) {
        double[] r = f.get();
        if (r == null) {
          continue;
        }
        mismatches += (int) r[1];
        if (!Double.isNaN(r[0])) {
          gap += r[2];
          ratio += r[3];
          sum += r[0];
          min = Math.min(min, r[0]);
          counted++;
          if (r[0] < 1) {
            below++;
          }
        }
        if (++i % 20 == 0) {
          System.err.printf(Locale.ROOT, "%d/%d queries, mean recall so far %.4f%n", i, queries, sum / counted);
        }
      }
      pool.shutdown();
      System.out.printf(Locale.ROOT, "recall\t%d\t%d\t%.4f\t%.2f\t%d\t%d\t%.0f\t%.4f\t%.4f%n", size, counted, sum / counted,
          min, below, mismatches, (System.nanoTime() - t0) / 1e9, gap / counted, ratio / counted);
    }
  }

  /** {recall or NaN when neither path found anything, number of shared pairs whose scores differ}. */
  static double[] compare(MatchResult fast, MatchResult exact) {
    java.util.Map<String, RankedMatch> fastById = new java.util.HashMap<>();
    for (RankedMatch m : fast.matches()) {
      fastById.put(m.itemId(Direction.VACANCY_TO_CANDIDATES), m);
    }
    if (exact.matches().isEmpty()) {
      return new double[] {fast.matches().isEmpty() ? Double.NaN : 0, 0, 0, 1};
    }
    int hit = 0;
    int mismatch = 0;
    Set<String> seen = new HashSet<>();
    for (RankedMatch m : exact.matches()) {
      String id = m.itemId(Direction.VACANCY_TO_CANDIDATES);
      RankedMatch f = fastById.get(id);
      if (f != null && seen.add(id)) {
        hit++;
        if (!f.score().equals(m.score())) {
          mismatch++;
        }
      }
    }
    double exactSum = 0;
    for (RankedMatch m : exact.matches()) {
      exactSum += m.score().total();
    }
    double fastSum = 0;
    for (RankedMatch m : fast.matches()) {
      fastSum += m.score().total();
    }
    double exactLast = exact.matches().get(exact.matches().size() - 1).score().total();
    double fastLast = fast.matches().size() < exact.matches().size() ? 0
        : fast.matches().get(exact.matches().size() - 1).score().total();
    return new double[] {(double) hit / exact.matches().size(), mismatch, exactLast - fastLast, fastSum / exactSum};
  }
}
