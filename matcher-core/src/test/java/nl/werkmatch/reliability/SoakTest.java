package nl.werkmatch.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.index.TestRecords;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.TravelTimeEstimator;
import nl.werkmatch.model.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bounded-time run of mixed queries and updates ({@code -Dwerkmatch.soak.seconds}, default 20)
 * that samples the used heap after {@link System#gc()} once per interval and fails on a growth
 * trend: the least-squares slope over the run (first sample excluded as warm-up), times the run's
 * length, must stay under 2% of the maximum heap (41 MB of 2 GB). The workload is built to expose an unbounded cache: the candidates are a sliding
 * window of ever new ids (each upsert is a new record, so a new key of the prepared-record cache,
 * which is keyed by the stored bytes), and coordinates vary so the travel-time cache sees new keys
 * too. The caches are bounded by {@code Matcher.Builder.cacheSize} (here 2,000 candidates, 500
 * vacancies) and {@code TravelTimeEstimator.cached(estimator, 20_000)}.
 */
class SoakTest {
  static final int WINDOW = 2_000;
  static final int VACANCIES = 100;

  @Test
  @Timeout(value = 2, unit = TimeUnit.HOURS)
  void noHeapGrowthUnderMixedLoad() throws Exception {
    long seconds = Long.getLong("werkmatch.soak.seconds", 20);
    int intervals = (int) Math.max(5, Math.min(60, seconds / 2));
    long intervalMs = TimeUnit.SECONDS.toMillis(seconds) / intervals;
    try (MatchIndex index = MatchIndex.inMemory()) {
      for (int i = 0; i < WINDOW; i++) {
        index.upsert(TestRecords.generated(i));
      }
      for (int v = 0; v < VACANCIES; v++) {
        index.upsert(Versioned.vacancy(String.format("v-%03d", v), 0));
      }
      index.commit();
      Matcher matcher = Matcher.builder(index).today(LocalDate.of(2026, 6, 1)).cacheSize(2_000)
          .travelTimes(TravelTimeEstimator.cached(TravelTimeEstimator.speedModel(), 20_000)).build();

      AtomicBoolean stop = new AtomicBoolean();
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      AtomicLong updates = new AtomicLong();
      AtomicLong queries = new AtomicLong();
      List<Thread> threads = new ArrayList<>();
      threads.add(Thread.ofPlatform().name("soak-writer").start(() -> {
        try {
          SplittableRandom rnd = new SplittableRandom(7);
          int next = WINDOW;
          long vversion = 0;
          while (!stop.get()) {
            index.upsert(TestRecords.generated(next));
            index.deleteCandidate(TestRecords.generated(next - WINDOW).id());
            next++;
            if (next % 10 == 0) {
              index.upsert(Versioned.vacancy(String.format("v-%03d", rnd.nextInt(VACANCIES)), ++vversion));
            }
            if (next % 200 == 0) {
              index.refresh();
            }
            if (next % 5_000 == 0) {
              index.commit();
            }
            updates.incrementAndGet();
          }
        } catch (Throwable t) {
          failures.add(t);
          stop.set(true);
        }
      }));
      for (int r = 0; r < 2; r++) {
        int reader = r;
        threads.add(Thread.ofPlatform().name("soak-reader-" + r).start(() -> {
          try {
            SplittableRandom rnd = new SplittableRandom(100 + reader);
            while (!stop.get()) {
              String vid = String.format("v-%03d", rnd.nextInt(VACANCIES));
              matcher.candidatesFor(vid);
              Candidate c = index.candidates().skip(rnd.nextInt(WINDOW / 2)).findFirst().orElse(null);
              if (c != null) {
                matcher.vacanciesFor(c, Matcher.Mode.FAST);
                matcher.explain(index.vacancy(vid).orElseThrow(), c);
              }
              queries.incrementAndGet();
            }
          } catch (Throwable t) {
            failures.add(t);
            stop.set(true);
          }
        }));
      }
      long start = System.nanoTime();
      List<double[]> samples = new ArrayList<>(); // {seconds since start, used MB}
      for (int i = 0; i < intervals && !stop.get(); i++) {
        Thread.sleep(intervalMs);
        double used = usedHeapAfterGc();
        double t = (System.nanoTime() - start) / 1e9;
        samples.add(new double[] {t, used / (1 << 20)});
        System.out.printf("soak t=%5.1fs used heap after GC %7.1f MB, %d updates, %d query rounds%n",
            t, used / (1 << 20), updates.get(), queries.get());
      }
      stop.set(true);
      for (Thread t : threads) {
        t.join(60_000);
      }
      if (!failures.isEmpty()) {
        throw new AssertionError("a soak thread failed", failures.peek());
      }
      // Trend over the samples after the first (warm-up) one.
      List<double[]> trend = samples.subList(1, samples.size());
      double slope = slope(trend); // MB per second
      double span = trend.get(trend.size() - 1)[0] - trend.get(0)[0];
      double maxHeapMb = Runtime.getRuntime().maxMemory() / (double) (1 << 20);
      System.out.printf("soak: %.0f s, %d updates, %d query rounds, %d heap samples, slope %.3f MB/s "
          + "= %.1f MB over the run (%.2f%% of the %.0f MB max heap)%n", span + samples.get(0)[0], updates.get(),
          queries.get(), samples.size(), slope, slope * span, 100 * slope * span / maxHeapMb, maxHeapMb);
      assertTrue(updates.get() > 1_000 && queries.get() > 10, "the load ran");
      assertTrue(slope * span < 0.02 * maxHeapMb,
          "heap grows " + slope + " MB/s, " + slope * span + " MB over the run");
    }
  }

  private static double usedHeapAfterGc() {
    var bean = ManagementFactory.getMemoryMXBean();
    System.gc();
    System.gc();
    return bean.getHeapMemoryUsage().getUsed();
  }

  private static double slope(List<double[]> xy) {
    double n = xy.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (double[] p : xy) {
      sx += p[0];
      sy += p[1];
      sxx += p[0] * p[0];
      sxy += p[0] * p[1];
    }
    double d = n * sxx - sx * sx;
    return d == 0 ? 0 : (n * sxy - sx * sy) / d;
  }
}
