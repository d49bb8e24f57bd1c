package nl.werkmatch.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.RankedMatch;

/**
 * Rankings by query, with scores: what a system returned. Read from and written as a TREC run
 * ({@code qid Q0 docid rank score tag}), or built from werkmatch {@link MatchResult}s.
 *
 * <p>Every ranking is ordered as trec_eval orders it: by score descending, ties broken by item id
 * in <em>descending</em> {@code strcmp} order (trec_eval's {@code comp_sim_docno}); the rank column
 * of a run file is ignored, as trec_eval ignores it. Immutable.
 */
public final class Run {
  /**
   * One retrieved item.
   *
   * @param itemId the item (TREC: docid)
   * @param score its score; higher is better
   */
  public record Entry(String itemId, double score) {
    /** Checks the id. */
    public Entry {
      if (itemId == null || itemId.isEmpty() || itemId.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("item id must be non-empty without whitespace, got '" + itemId + "'");
      }
      if (Double.isNaN(score)) {
        throw new IllegalArgumentException("score of " + itemId + " is NaN");
      }
    }
  }

  /** trec_eval's order: score descending, then id descending (byte order, as strcmp). */
  static final Comparator<Entry> TREC_ORDER = (a, b) -> {
    int c = Double.compare(b.score(), a.score());
    return c != 0 ? c : compareBytes(b.itemId(), a.itemId());
  };

  private final String tag;
  private final SortedMap<String, List<Entry>> rankings;

  private Run(String tag, SortedMap<String, List<Entry>> rankings) {
    this.tag = tag;
    this.rankings = rankings;
  }

  /**
   * A run from entries by query; each list is sorted into trec_eval's order.
   *
   * @param tag the run's name (TREC: the last column), without whitespace ({@link #tagOf} makes one
   *     of any name)
   * @param entries query id to retrieved items, in any order
   * @return the run
   * @throws IllegalArgumentException when a query lists an item twice
   */
  public static Run of(String tag, Map<String, ? extends Collection<Entry>> entries) {
    checkTag(tag);
    SortedMap<String, List<Entry>> m = new TreeMap<>();
    entries.forEach((q, list) -> {
      List<Entry> sorted = new ArrayList<>(list);
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Entry e : sorted) {
        if (!seen.add(e.itemId())) {
          throw new IllegalArgumentException("query " + q + " lists item " + e.itemId() + " twice");
        }
      }
      sorted.sort(TREC_ORDER);
      m.put(q, List.copyOf(sorted));
    });
    return new Run(tag, m);
  }

  /**
   * A run from werkmatch shortlists: each result's query, its matches and their total scores.
   *
   * @param tag the run's name
   * @param results one result per query
   * @return the run
   */
  public static Run fromResults(String tag, Collection<MatchResult> results) {
    Map<String, List<Entry>> m = new HashMap<>();
    for (MatchResult r : results) {
      List<Entry> list = new ArrayList<>();
      for (RankedMatch rm : r.matches()) {
        list.add(new Entry(rm.itemId(r.direction()), rm.score().total()));
      }
      if (m.put(r.queryId(), list) != null) {
        throw new IllegalArgumentException("query " + r.queryId() + " appears twice");
      }
    }
    return of(tag, m);
  }

  /**
   * Reads a TREC run file.
   *
   * @param file lines of {@code qid Q0 docid rank score tag}
   * @return the run, tagged with the first line's tag (or the file name when empty)
   * @throws IllegalArgumentException on a bad line, naming file and line
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Run readTrec(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readTrec(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a TREC run: one retrieved document per line, {@code qid Q0 docid rank score tag},
   * whitespace-separated; blank lines and lines starting with '#' (comments, as in trec_eval) are skipped. The rank is checked to be an integer but not
   * used (trec_eval sorts by score). A document twice in one query is an error, as in trec_eval.
   *
   * @param in the text
   * @param displayName the name used in errors
   * @return the run
   * @throws IllegalArgumentException on a bad line, naming the input, line and field
   * @throws IOException when the input cannot be read
   */
  public static Run readTrec(Reader in, String displayName) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    Map<String, List<Entry>> m = new HashMap<>();
    Map<String, Long> seen = new HashMap<>();
    String tag = null;
    String line;
    long no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      String t = line.strip();
      if (t.isEmpty() || line.startsWith("#")) {
        continue; // as trec_eval: a line starting with '#' is a comment ('#' inside a docid is data)
      }
      String[] f = t.split("\\s+");
      if (f.length != 6) {
        throw new IllegalArgumentException(displayName + ":" + no
            + ": expected 6 fields 'qid Q0 docid rank score tag', got " + f.length);
      }
      try {
        Long.parseLong(f[3]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(displayName + ":" + no + ": field rank: not an integer: '" + f[3] + "'");
      }
      double score;
      try {
        score = Double.parseDouble(f[4]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(displayName + ":" + no + ": field score: not a number: '" + f[4] + "'");
      }
      if (Double.isNaN(score)) {
        throw new IllegalArgumentException(displayName + ":" + no + ": field score: NaN");
      }
      Long first = seen.putIfAbsent(f[0] + " " + f[2], no);
      if (first != null) {
        throw new IllegalArgumentException(displayName + ":" + no + ": query " + f[0] + " retrieves document " + f[2]
            + " twice (first on line " + first + ")");
      }
      if (tag == null) {
        tag = f[5];
      }
      m.computeIfAbsent(f[0], q -> new ArrayList<>()).add(new Entry(f[2], score));
    }
    return of(tag == null ? "run" : tag, m);
  }

  /**
   * Writes the run as TREC run lines, by query id, each ranking in order with ranks from 1; scores
   * are written in the shortest decimal form that reads back to the same double.
   *
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void writeTrec(Writer out) throws IOException {
    for (Map.Entry<String, List<Entry>> q : rankings.entrySet()) {
      int rank = 1;
      for (Entry e : q.getValue()) {
        out.write(q.getKey() + " Q0 " + e.itemId() + " " + rank++ + " "
            + BigDecimal.valueOf(e.score()).stripTrailingZeros().toPlainString() + " " + tag + "\n");
      }
    }
    out.flush();
  }

  /**
   * Writes the run to a file (replacing it).
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

  /** The run's name. */
  public String tag() {
    return tag;
  }

  /** The query ids, sorted. */
  public SortedSet<String> queryIds() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(rankings.keySet()));
  }

  /**
   * One query's ranking in trec_eval's order.
   *
   * @param queryId the query
   * @return the entries, best first; empty for an unknown query
   */
  public List<Entry> entries(String queryId) {
    return rankings.getOrDefault(queryId, List.of());
  }

  /**
   * One query's ranked item ids.
   *
   * @param queryId the query
   * @return the item ids, best first; empty for an unknown query
   */
  public List<String> ranking(String queryId) {
    return entries(queryId).stream().map(Entry::itemId).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Run r && tag.equals(r.tag) && rankings.equals(r.rankings);
  }

  @Override
  public int hashCode() {
    return tag.hashCode() * 31 + rankings.hashCode();
  }

  @Override
  public String toString() {
    return "Run[" + tag + ", " + rankings.size() + " queries]";
  }

  /**
   * A valid run tag for any name, such as a scoring profile's ("Hengelo proef 2027"): blanks and
   * control characters around it are dropped, every run of whitespace, space separators or control
   * characters inside becomes one {@code _}, and a name that is absent or left empty becomes
   * {@code werkmatch}. A valid tag is returned unchanged, so {@code tagOf(tagOf(x)) == tagOf(x)}.
   *
   * @param name any name, or null
   * @return a tag that {@link #of} and {@link #fromResults} accept
   */
  public static String tagOf(String name) {
    if (name == null) {
      return DEFAULT_TAG;
    }
    StringBuilder b = new StringBuilder(name.length());
    boolean gap = false;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        gap = b.length() > 0;
      } else {
        if (gap) {
          b.append('_');
          gap = false;
        }
        b.appendCodePoint(c);
      }
    }
    return b.length() == 0 ? DEFAULT_TAG : b.toString();
  }

  /** The tag of a run whose name is absent or blank. */
  private static final String DEFAULT_TAG = "werkmatch";

  private static void checkTag(String tag) {
    if (tag == null || tag.isEmpty() || tag.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("run tag must be non-empty without whitespace, got '" + tag + "'");
    }
  }

  static int compareBytes(String a, String b) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] y = b.getBytes(StandardCharsets.UTF_8);
    return java.util.Arrays.compareUnsigned(x, y);
  }
}
