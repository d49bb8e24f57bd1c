package nl.werkmatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.sample.SampleGenerator;

/**
 * Top-20 recall of the fast path against the exhaustive reference, vacancy to candidates, over the
 * first {@code queries} generated vacancies and the benchmark index of {@code size} candidates
 * (the definition of {@code FastPathRecallTest}: per query, the share of the exhaustive top-20 that
 * the fast top-20 holds; queries without exhaustive matches count only if the fast path also finds
 * none); with {@code --candidates} first, candidate to vacancies, over the first {@code queries}
 * generated candidates and the benchmark index of {@code size} vacancies. Also checks that every
 * shared pair has the identical score. Not a timing benchmark.
 *
 * <pre>java -Xmx20g -cp benchmarks.jar nl.werkmatch.bench.Recall [--candidates] 1000000 200 2 [maxSeconds]</pre>
 *
 * Prints {@code recall} (or {@code recall-candidates}), size, queries, mean recall, min recall,
 * queries below 1, score mismatches, seconds, mean
 * score gap at the last rank (the exhaustive k-th score minus the fast k-th score, 0 when the fast
 * path found k results as good; a fast list shorter than the exhaustive one counts its missing
 * k-th score as 0), and the mean ratio of the fast list's summed scores to the exhaustive list's
 * (1.0 when the fast path found results as good, also when they are different records with equal
 * scores: how much of the exact quality the misses cost). With
 * {@code maxSeconds}, no new query is started after that time and only finished queries count (the
 * printed number of queries says how many).
 *
 * <p>With {@code -Dwerkmatch.bench.recallReference=FILE} the exhaustive top 20 of each query is
 * read from {@code FILE} where it is there, and computed and added to it where it is not: the first
 * run pays for the exhaustive path (about 6 minutes at 1M on 2 cores), later runs of a changed fast
 * path take about a minute and need no cache of every candidate. The file is valid only while the
 * exact scorer, the rules and the generator are unchanged: delete it after changing them. Scores
 * from the file are totals, so the mismatch check then compares totals, not whole scores.
 */
public final class Recall {
  private Recall() {}

  /** Entry point: [--candidates], size, queries (default 200), threads (default 2), [maxSeconds]. */
  public static void main(String[] args) throws Exception {
    boolean byCandidate = args.length > 0 && args[0].equals("--candidates");
    String[] a = byCandidate ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
    int size = Integer.parseInt(a[0]);
    int queries = a.length > 1 ? Integer.parseInt(a[1]) : 200;
    int threads = a.length > 2 ? Integer.parseInt(a[2]) : 2;
    long deadline = a.length > 3 ? System.nanoTime() + Long.parseLong(a[3]) * 1_000_000_000L : Long.MAX_VALUE;
    long t0 = System.nanoTime();
    Direction direction = byCandidate ? Direction.CANDIDATE_TO_VACANCIES : Direction.VACANCY_TO_CANDIDATES;
    String referencePath = System.getProperty("werkmatch.bench.recallReference");
    Path referenceFile = referencePath == null ? null : Path.of(referencePath);
    SampleGenerator generator = BenchData.generator();
    List<Vacancy> vacancies = byCandidate ? List.of() : generator.vacancies(queries).toList();
    List<Candidate> candidates = byCandidate ? generator.candidates(queries).toList() : List.of();
    List<String> ids = byCandidate ? candidates.stream().map(Candidate::id).toList()
        : vacancies.stream().map(Vacancy::id).toList();
    Map<String, List<Top>> reference = referenceFile == null ? new ConcurrentHashMap<>()
        : readReference(referenceFile, size, direction);
    boolean allKnown = ids.stream().allMatch(reference::containsKey);
    int known = reference.size();
    try (MatchIndex index = byCandidate ? BenchData.vacancies(size) : BenchData.candidates(size)) {
      // without a complete reference, a cache that holds every record, so the exhaustive path
      // decodes each once (the matcher keeps a quarter of its cache size for vacancies)
      Matcher.Builder builder = Matcher.builder(index).today(SampleGenerator.TODAY);
      Matcher matcher = (allKnown ? builder : builder.cacheSize((byCandidate ? 4L : 1L) * (size + 1L))).build();
      java.util.function.BiFunction<Integer, Matcher.Mode, MatchResult> match = byCandidate
          ? (i, mode) -> matcher.vacanciesFor(candidates.get(i), mode)
          : (i, mode) -> matcher.candidatesFor(vacancies.get(i), mode);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<double[]>> out = new ArrayList<>();
      for (int q = 0; q < ids.size(); q++) {
        int i = q;
        out.add(pool.submit(() -> {
          if (System.nanoTime() > deadline) {
            return null;
          }
          MatchResult fast = match.apply(i, Matcher.Mode.FAST);
          List<Top> exact = reference.get(ids.get(i));
          if (exact == null) {
            exact = tops(match.apply(i, Matcher.Mode.EXHAUSTIVE));
            reference.put(ids.get(i), exact);
          }
          return compare(tops(fast), exact);
        }));
      }
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
      if (referenceFile != null && reference.size() > known) {
        writeReference(referenceFile, size, direction, ids, reference);
      }
      System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%.4f\t%.2f\t%d\t%d\t%.0f\t%.4f\t%.4f%n",
          byCandidate ? "recall-candidates" : "recall", size, counted, sum / counted,
          min, below, mismatches, (System.nanoTime() - t0) / 1e9, gap / counted, ratio / counted);
    }
  }

  /** One entry of a top 20: the candidate or vacancy, its total, and the whole score when known (not from a file). */
  record Top(String id, double total, MatchScore score) {}

  static List<Top> tops(MatchResult result) {
    List<Top> out = new ArrayList<>();
    for (RankedMatch m : result.matches()) {
      out.add(new Top(m.itemId(result.direction()), m.score().total(), m.score()));
    }
    return out;
  }

  /**
   * {recall or NaN when neither path found anything, number of shared pairs whose scores differ
   * (whole scores, or totals where the exhaustive side is from a reference file), score gap at the
   * last rank, fast-to-exhaustive summed score}.
   */
  static double[] compare(List<Top> fast, List<Top> exact) {
    Map<String, Top> fastById = new HashMap<>();
    for (Top t : fast) {
      fastById.put(t.id(), t);
    }
    if (exact.isEmpty()) {
      return new double[] {fast.isEmpty() ? Double.NaN : 0, 0, 0, 1};
    }
    int hit = 0;
    int mismatch = 0;
    Set<String> seen = new HashSet<>();
    for (Top e : exact) {
      Top f = fastById.get(e.id());
      if (f != null && seen.add(e.id())) {
        hit++;
        boolean same = e.score() != null ? f.score().equals(e.score()) : f.total() == e.total();
        if (!same) {
          mismatch++;
        }
      }
    }
    double exactSum = exact.stream().mapToDouble(Top::total).sum();
    double fastSum = fast.stream().mapToDouble(Top::total).sum();
    double exactLast = exact.get(exact.size() - 1).total();
    double fastLast = fast.size() < exact.size() ? 0 : fast.get(exact.size() - 1).total();
    return new double[] {(double) hit / exact.size(), mismatch, exactLast - fastLast, fastSum / exactSum};
  }

  private static String header(int size, Direction direction) {
    return "# werkmatch recall reference: exhaustive top 20 per "
        + (direction == Direction.VACANCY_TO_CANDIDATES ? "vacancy" : "candidate") + ", size=" + size + " seed="
        + BenchData.SEED;
  }

  /** Reads a reference file (empty when it does not exist); one line per query: id, then result=total per rank. */
  static Map<String, List<Top>> readReference(Path file, int size, Direction direction) throws IOException {
    Map<String, List<Top>> out = new ConcurrentHashMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(header(size, direction))) {
      throw new IllegalArgumentException(file + ":1: not a recall reference for size " + size + " and seed "
          + BenchData.SEED + " (expected the line '" + header(size, direction) + "'); delete it or name another file");
    }
    for (int i = 1; i < lines.size(); i++) {
      String[] parts = lines.get(i).split("\t");
      List<Top> tops = new ArrayList<>();
      for (int k = 1; k < parts.length; k++) {
        int eq = parts[k].lastIndexOf('=');
        try {
          tops.add(new Top(parts[k].substring(0, eq), Double.parseDouble(parts[k].substring(eq + 1)), null));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": query " + parts[0] + ", rank " + k
              + ": expected id=total, got '" + parts[k] + "'", e);
        }
      }
      out.put(parts[0], List.copyOf(tops));
    }
    return out;
  }

  /** Writes every query of {@code ids} the reference holds, in their order (whole file, atomically). */
  static void writeReference(Path file, int size, Direction direction, List<String> ids,
      Map<String, List<Top>> reference) throws IOException {
    StringBuilder sb = new StringBuilder(header(size, direction)).append('\n');
    Set<String> written = new HashSet<>();
    for (String id : ids) {
      List<Top> tops = reference.get(id);
      if (tops != null && written.add(id)) {
        sb.append(id);
        for (Top t : tops) {
          sb.append('\t').append(t.id()).append('=').append(t.total());
        }
        sb.append('\n');
      }
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, sb, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
