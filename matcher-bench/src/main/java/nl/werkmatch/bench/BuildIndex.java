package nl.werkmatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import nl.werkmatch.sample.SampleGenerator;

/**
 * Builds (or reuses) the benchmark data of the given sizes and reports, for every index it builds,
 * the wall-clock time, the records per second and the peak heap in use. Run it under
 * {@code -Xmx2g} to check the build target.
 *
 * <pre>java -Xmx2g -cp benchmarks.jar nl.werkmatch.bench.BuildIndex candidates 1000000</pre>
 *
 * Arguments: {@code candidates|vacancies|generate} followed by sizes. {@code generate} only draws the
 * records (no index), to separate generation from indexing cost. Prints one tab-separated line per
 * size: kind, size, seconds, process CPU seconds, records/s, peak heap MB, max heap MB, "built" or
 * "reused" with the figures recorded when the data was built.
 */
public final class BuildIndex {
  private BuildIndex() {}

  /** Entry point. */
  public static void main(String[] args) {
    String kind = args[0];
    for (int i = 1; i < args.length; i++) {
      int size = Integer.parseInt(args[i]);
      long t0 = System.nanoTime();
      String what;
      int records;
      switch (kind) {
        case "candidates" -> {
          Path dir = BenchData.candidateDir(size);
          if (BenchData.candidatesBuilt(size)) {
            what = "reused " + marker(dir);
          } else {
            BenchData.build(dir, size, BenchData.batchVacancies(size));
            what = "built";
          }
          records = size + BenchData.batchVacancies(size);
        }
        case "vacancies" -> {
          Path dir = BenchData.vacancyDir(size);
          if (java.nio.file.Files.exists(dir.resolve("COMPLETE"))) {
            what = "reused " + marker(dir);
          } else {
            BenchData.build(dir, 0, size);
            what = "built";
          }
          records = size;
        }
        case "generate" -> {
          SampleGenerator g = BenchData.generator();
          long n = g.candidates(size).count();
          what = "generated " + n;
          records = size;
        }
        default -> throw new IllegalArgumentException("unknown kind " + kind + " (candidates|vacancies|generate)");
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "%s\t%d\t%.1f\t%.1f\t%.0f\t%d\t%d\t%s%n", kind, size, s, cpuSeconds(), records / s,
          peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20, what);
    }
  }

  /** CPU seconds used by this process so far (all threads), or NaN when unknown. */
  static double cpuSeconds() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }

  private static String marker(Path dir) {
    try {
      return java.nio.file.Files.readString(dir.resolve("COMPLETE")).strip();
    } catch (java.io.IOException e) {
      return "(no marker)";
    }
  }

  static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }
}
