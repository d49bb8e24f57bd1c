package nl.werkmatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.werkmatch.index.Fields;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.sample.SampleGenerator;

/**
 * On-disk benchmark data, built once per seed and size from {@link SampleGenerator} and reused
 * across runs. Layout: {@code <root>/<size>/seed-<seed>-candidates/} is a {@link MatchIndex} with
 * {@code size} candidates and {@link #batchVacancies(int)} vacancies (the batch workload);
 * {@code <root>/<size>/seed-<seed>-vacancies/} holds {@code size} vacancies and no candidates. A
 * directory counts as built only when its {@code COMPLETE} marker exists, so an interrupted build is
 * redone. The root is {@code -Dwerkmatch.bench.data} (default {@code matcher-bench/target/data}, or
 * {@code target/data} when run from inside the module).
 */
public final class BenchData {
  /** The seed of every benchmark data set. */
  public static final long SEED = 20261122L;
  /** Number of query records (vacancies or candidates) benchmarks cycle through. */
  public static final int QUERIES = 200;
  private static final String MARKER = "COMPLETE";
  /**
   * Threads that generate and index records ({@code -Dwerkmatch.bench.buildThreads}, default 1: two
   * indexing threads were twice as slow on 2 cores, see RESULTS.md).
   */
  static final int BUILD_THREADS = Integer.getInteger("werkmatch.bench.buildThreads", 1);

  /**
   * Where the generated people live ({@code -Dwerkmatch.bench.geography}): {@code dense} (default:
   * the regional generator, everyone in the 50 places of Twente and the Assen region, the stress
   * case) or {@code national} ({@link SampleGenerator#national}: spread over the 342 municipalities by
   * population, about the density of a real region). The national data sit in their own directories.
   */
  public static final String GEOGRAPHY = System.getProperty("werkmatch.bench.geography", "dense");

  private BenchData() {}

  /** The generator of every benchmark record, for {@link #GEOGRAPHY}. */
  public static SampleGenerator generator() {
    return switch (GEOGRAPHY) {
      case "dense" -> new SampleGenerator(SEED);
      case "national" -> SampleGenerator.national(SEED);
      default -> throw new IllegalArgumentException("-Dwerkmatch.bench.geography must be dense or national, got '"
          + GEOGRAPHY + "'");
    };
  }

  /** The part of a data directory's name that tells the geography ("" for the dense default). */
  private static String geographyTag() {
    generator(); // refuses an unknown geography
    return GEOGRAPHY.equals("dense") ? "" : "-" + GEOGRAPHY;
  }

  /** The data root. */
  public static Path root() {
    String p = System.getProperty("werkmatch.bench.data");
    if (p != null) {
      return Path.of(p);
    }
    Path module = Path.of("matcher-bench");
    return Files.isDirectory(module) ? module.resolve("target/data") : Path.of("target/data");
  }

  /** Vacancies stored beside {@code size} candidates: 1 per 100 candidates, 100 to 10,000. */
  public static int batchVacancies(int size) {
    return Math.max(100, Math.min(10_000, size / 100));
  }

  /** The directory of the candidate index of this size (per index format, so a new format rebuilds). */
  public static Path candidateDir(int size) {
    return root().resolve(Integer.toString(size)).resolve("seed-" + SEED + geographyTag() + "-format-" + Fields.FORMAT_VERSION
        + "-candidates");
  }

  /** The directory of the vacancy index of this size (per index format, so a new format rebuilds). */
  public static Path vacancyDir(int size) {
    return root().resolve(Integer.toString(size)).resolve("seed-" + SEED + geographyTag() + "-format-" + Fields.FORMAT_VERSION
        + "-vacancies");
  }

  /** Whether the candidate index of this size is built. */
  public static boolean candidatesBuilt(int size) {
    return Files.exists(candidateDir(size).resolve(MARKER));
  }

  /** Opens the candidate index of this size, building it first if needed. */
  public static MatchIndex candidates(int size) {
    Path dir = candidateDir(size);
    if (!Files.exists(dir.resolve(MARKER))) {
      build(dir, size, batchVacancies(size));
    }
    return MatchIndex.open(dir);
  }

  /** Opens the vacancy index of this size, building it first if needed. */
  public static MatchIndex vacancies(int size) {
    Path dir = vacancyDir(size);
    if (!Files.exists(dir.resolve(MARKER))) {
      build(dir, 0, size);
    }
    return MatchIndex.open(dir);
  }

  /**
   * Builds an index of the first {@code candidates} and {@code vacancies} generated records into
   * {@code dir} (emptied first), commits it and merges each side into one segment ({@link MatchIndex#forceMerge}); returns
   * the elapsed nanoseconds, merge included.
   */
  public static long build(Path dir, int candidates, int vacancies) {
    try {
      deleteTree(dir);
      Files.createDirectories(dir);
      SampleGenerator gen = generator();
      long t0 = System.nanoTime();
      try (MatchIndex index = MatchIndex.open(dir)) {
        // MatchIndex is thread-safe: generate and index on BUILD_THREADS threads
        ForkJoinPool pool = new ForkJoinPool(BUILD_THREADS);
        try {
          if (BUILD_THREADS == 1) {
            index.upsertCandidates(gen.candidates(candidates));
            index.upsertVacancies(gen.vacancies(vacancies));
          } else {
            pool.submit(() -> gen.candidates(candidates).parallel().forEach(index::upsert)).get();
            pool.submit(() -> gen.vacancies(vacancies).parallel().forEach(index::upsert)).get();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("building " + dir + " failed: " + e.getCause(), e.getCause());
        } finally {
          pool.shutdown();
        }
        // loaded in bulk, then only searched: one segment per side
        index.forceMerge();
      }
      long elapsed = System.nanoTime() - t0;
      Files.writeString(dir.resolve(MARKER), "seed=" + SEED + " candidates=" + candidates + " vacancies=" + vacancies
          + " seconds=" + String.format(java.util.Locale.ROOT, "%.1f", elapsed / 1e9) + " cpuSeconds="
          + String.format(java.util.Locale.ROOT, "%.1f", BuildIndex.cpuSeconds()) + " peakHeapMb="
          + BuildIndex.peakHeapMb() + " maxHeapMb=" + (Runtime.getRuntime().maxMemory() >> 20) + "\n",
          StandardCharsets.UTF_8);
      return elapsed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The query vacancies: the first {@link #QUERIES} generated ones. */
  public static List<Vacancy> queryVacancies() {
    return generator().vacancies(QUERIES).toList();
  }

  /** The query candidates: the first {@link #QUERIES} generated ones. */
  public static List<Candidate> queryCandidates() {
    return generator().candidates(QUERIES).toList();
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
