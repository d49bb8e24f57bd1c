package nl.werkmatch.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import nl.werkmatch.match.Direction;

/**
 * Relevance judgments by query: for each query id, the judged item ids and their grades. Built from
 * werkmatch {@link Judgment}s or read from a TREC qrels file ({@code qid 0 docid rel}), and written
 * as TREC qrels, so judgments move between werkmatch and trec_eval, ranx or Anserini.
 *
 * <p>When several judgments name the same query and item (an interview, later a placement), the
 * latest date wins, and on the same date the highest grade. Immutable; iteration is by id.
 */
public final class Qrels {
  private final SortedMap<String, SortedMap<String, Integer>> grades;
  private final Map<String, Direction> directions;

  private Qrels(SortedMap<String, SortedMap<String, Integer>> grades, Map<String, Direction> directions) {
    this.grades = grades;
    this.directions = directions;
  }

  /**
   * Qrels from werkmatch judgments.
   *
   * @param judgments any number, in any order
   * @return the qrels, remembering each query's direction
   * @throws IllegalArgumentException when one query id is judged in both directions
   */
  public static Qrels of(Collection<Judgment> judgments) {
    Map<String, Map<String, Judgment>> latest = new HashMap<>();
    Map<String, Direction> dirs = new HashMap<>();
    for (Judgment j : judgments) {
      Direction before = dirs.putIfAbsent(j.queryId(), j.direction());
      if (before != null && before != j.direction()) {
        throw new IllegalArgumentException("query " + j.queryId() + " is judged both as " + before + " and as " + j.direction());
      }
      latest.computeIfAbsent(j.queryId(), q -> new HashMap<>()).merge(j.itemId(), j, (a, b) -> {
        int c = a.date().compareTo(b.date());
        if (c != 0) {
          return c > 0 ? a : b;
        }
        return a.grade() >= b.grade() ? a : b;
      });
    }
    SortedMap<String, SortedMap<String, Integer>> g = new TreeMap<>();
    latest.forEach((q, items) -> {
      SortedMap<String, Integer> m = new TreeMap<>();
      items.forEach((item, j) -> m.put(item, j.grade()));
      g.put(q, m);
    });
    return new Qrels(g, Map.copyOf(dirs));
  }

  /**
   * Qrels from a map of query id to item id to grade (without directions).
   *
   * @param grades the grades, non-negative
   * @return the qrels
   */
  public static Qrels of(Map<String, ? extends Map<String, Integer>> grades) {
    SortedMap<String, SortedMap<String, Integer>> g = new TreeMap<>();
    grades.forEach((q, items) -> {
      items.values().forEach(v -> {
        if (v < 0) {
          throw new IllegalArgumentException("query " + q + ": grades must be >= 0, got " + v);
        }
      });
      g.put(q, new TreeMap<>(items));
    });
    return new Qrels(g, Map.of());
  }

  /**
   * Reads judgments in either format: werkmatch JSON Lines when the file name ends in
   * {@code .jsonl}, {@code .ndjson} or {@code .json}, or its first non-blank character is
   * <code>{</code>; TREC qrels otherwise.
   *
   * @param file the judgments file
   * @return the qrels
   * @throws nl.werkmatch.io.RecordFormatException on a bad JSON record
   * @throws IllegalArgumentException on a bad TREC line, naming file and line
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Qrels read(Path file) {
    return isJsonLines(file) ? of(Judgment.read(file)) : readTrec(file);
  }

  /**
   * Whether {@code file} holds werkmatch JSON judgments rather than TREC qrels (by extension, else by
   * content).
   *
   * @param file the file
   * @return true for JSON
   */
  public static boolean isJsonLines(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return true;
    }
    try {
      int c = Judgment.firstChar(file);
      return c == '{' || c == '[';
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a TREC qrels file.
   *
   * @param file lines of {@code qid iter docid rel}, whitespace-separated
   * @return the qrels
   * @throws IllegalArgumentException on a bad line, naming file and line
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Qrels readTrec(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readTrec(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads TREC qrels: one judgment per line, {@code qid iter docid rel}, whitespace-separated; the
   * iteration field is ignored; blank lines and lines starting with '#' (comments, as in trec_eval) are skipped. A negative relevance (trec_eval: "in the
   * pool but not judged") leaves the pair unjudged. The same query and document twice is an error,
   * as in trec_eval.
   *
   * @param in the text
   * @param displayName the name used in errors
   * @return the qrels
   * @throws IllegalArgumentException on a bad line, naming the input and line
   * @throws IOException when the input cannot be read
   */
  public static Qrels readTrec(Reader in, String displayName) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    SortedMap<String, SortedMap<String, Integer>> g = new TreeMap<>();
    Map<String, Long> seen = new HashMap<>();
    String line;
    long no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      String t = line.strip();
      if (t.isEmpty() || line.startsWith("#")) {
        continue; // as trec_eval: a line starting with '#' is a comment ('#' inside a docid is data)
      }
      String[] f = t.split("\\s+");
      if (f.length != 4) {
        throw new IllegalArgumentException(displayName + ":" + no + ": expected 4 fields 'qid iter docid rel', got "
            + f.length);
      }
      int rel;
      try {
        rel = Integer.parseInt(f[3]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(displayName + ":" + no + ": field rel: not an integer: '" + f[3] + "'");
      }
      Long first = seen.putIfAbsent(f[0] + " " + f[2], no);
      if (first != null) {
        throw new IllegalArgumentException(displayName + ":" + no + ": query " + f[0] + " document " + f[2]
            + " is judged twice (first on line " + first + ")");
      }
      SortedMap<String, Integer> m = g.computeIfAbsent(f[0], q -> new TreeMap<>());
      if (rel >= 0) {
        m.put(f[2], rel);
      }
    }
    return new Qrels(g, Map.of());
  }

  /**
   * Writes TREC qrels, {@code qid 0 docid rel}, by query id then item id.
   *
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void writeTrec(Writer out) throws IOException {
    for (Map.Entry<String, SortedMap<String, Integer>> q : grades.entrySet()) {
      for (Map.Entry<String, Integer> e : q.getValue().entrySet()) {
        out.write(q.getKey() + " 0 " + e.getKey() + " " + e.getValue() + "\n");
      }
    }
    out.flush();
  }

  /**
   * Writes TREC qrels to a file (replacing it).
   *
   * @param file the file
   * @throws UncheckedIOException when writing fails
   */
  public void writeTrec(Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeTrec(w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The judged query ids, sorted. */
  public SortedSet<String> queryIds() {
    return Collections.unmodifiableSortedSet(new java.util.TreeSet<>(grades.keySet()));
  }

  /**
   * The judged items of one query and their grades.
   *
   * @param queryId the query
   * @return item id to grade, sorted by item id; empty for an unknown query
   */
  public SortedMap<String, Integer> grades(String queryId) {
    SortedMap<String, Integer> m = grades.get(queryId);
    return m == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(m);
  }

  /**
   * The grade of one pair.
   *
   * @param queryId the query
   * @param itemId the item
   * @return the grade, or empty when the pair is unjudged
   */
  public OptionalInt grade(String queryId, String itemId) {
    Integer g = grades(queryId).get(itemId);
    return g == null ? OptionalInt.empty() : OptionalInt.of(g);
  }

  /**
   * The direction of a query, known when the qrels came from werkmatch judgments.
   *
   * @param queryId the query
   * @return its direction, or empty (TREC qrels carry none)
   */
  public Optional<Direction> direction(String queryId) {
    return Optional.ofNullable(directions.get(queryId));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Qrels q && grades.equals(q.grades);
  }

  @Override
  public int hashCode() {
    return grades.hashCode();
  }

  @Override
  public String toString() {
    return "Qrels[" + grades.size() + " queries]";
  }
}
