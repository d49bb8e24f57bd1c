package nl.werkmatch.bench;

import java.util.List;
import java.util.Locale;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.batch.BatchMatcher;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.sample.SampleGenerator;

/**
 * The batch target, timed once by the wall clock: every vacancy stored beside {@code size}
 * candidates (10,000 at a million) to its top-20 candidates, fast path, with {@link BatchMatcher}'s
 * per-query diagnostics, on {@code threads} threads.
 *
 * <pre>java -Xmx6g -cp benchmarks.jar nl.werkmatch.bench.BatchRun 1000000 2</pre>
 *
 * Prints: size, vacancies, threads, seconds, vacancies/s, matches, garbage collector ({@code G1GC}, the
 * JVM's default, {@code ParallelGC}, or the collectors' names).
 */
public final class BatchRun {
  private BatchRun() {}

  /** The garbage collector of this JVM: ParallelGC, G1GC, or the names of its collectors. */
  static String collector() {
    List<String> names = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(java.lang.management.GarbageCollectorMXBean::getName).toList();
    if (names.stream().anyMatch(n -> n.startsWith("PS "))) {
      return "ParallelGC";
    }
    if (names.stream().anyMatch(n -> n.startsWith("G1 "))) {
      return "G1GC";
    }
    return String.join("+", names).replace(' ', '_');
  }

  /** Entry point: size, threads (default 2). */
  public static void main(String[] args) {
    int size = Integer.parseInt(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    try (MatchIndex index = BenchData.candidates(size)) {
      Matcher matcher = Matcher.builder(index).today(SampleGenerator.TODAY).build();
      BatchMatcher batch = BatchMatcher.builder(matcher, index).direction(Direction.VACANCY_TO_CANDIDATES)
          .threads(threads).mode(Matcher.Mode.FAST)
          .progress((done, total) -> {
            if (done % 1000 == 0) {
              System.err.printf(Locale.ROOT, "%d/%d%n", done, total);
            }
          }).build();
      long[] matches = {0};
      BatchMatcher.Summary s = batch.run((result, diagnostics) -> matches[0] += result.matches().size());
      double secs = s.elapsedNanos() / 1e9;
      System.out.printf(Locale.ROOT, "batch\t%d\t%d\t%d\t%.1f\t%.1f\t%d\t%s%n", size, s.queries(), threads, secs,
          s.queries() / secs, matches[0], collector());
    }
  }
}
