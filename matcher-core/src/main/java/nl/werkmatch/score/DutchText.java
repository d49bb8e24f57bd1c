package nl.werkmatch.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Dutch analysis of free text (lower-casing, stop words, Snowball stemming) for skill labels. */
final class DutchText {
  private static final Analyzer ANALYZER = new DutchAnalyzer();

  private DutchText() {}

  /** Terms of taxonomy labels, a closed set analysed once (see {@link #labelTerms}). */
  private static final java.util.concurrent.ConcurrentHashMap<String, Terms> LABEL_TERMS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * {@link #terms} of a taxonomy label, analysed once per label and shared (unmodifiable): every
   * prepared record repeats the same few hundred labels. Not for free text, which is unbounded.
   */
  static Terms labelTerms(String label) {
    if (label == null) {
      return Terms.NONE;
    }
    return LABEL_TERMS.computeIfAbsent(label, DutchText::terms);
  }

  /** The analysed terms of {@code text}; none for null. */
  static Terms terms(String text) {
    TreeSet<String> out = new TreeSet<>();
    if (text == null || text.isBlank()) {
      return Terms.NONE;
    }
    try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Terms(out.toArray(String[]::new));
  }

  /**
   * Whether {@code candidate} covers most of {@code required}: at least half of the required terms
   * and at least one, by overlap of analysed terms. Pairs without a term in common, most of them,
   * are told apart by their signatures alone.
   */
  static boolean covers(Terms candidate, Terms required) {
    if (required.isEmpty() || candidate.isEmpty() || (candidate.signature & required.signature) == 0) {
      return false;
    }
    int hit = 0;
    int i = 0;
    int j = 0;
    while (i < candidate.sorted.length && j < required.sorted.length) {
      int c = candidate.sorted[i].compareTo(required.sorted[j]);
      if (c == 0) {
        hit++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return hit * 2 >= required.sorted.length && hit > 0;
  }

  /**
   * The analysed terms of a text, distinct and sorted, with a signature of one bit per term (of 64,
   * by hash), so that two sets without a bit in common have no term in common. Immutable.
   */
  static final class Terms {
    /** No terms. */
    static final Terms NONE = new Terms(new String[0]);

    private final String[] sorted;
    private final long signature;

    private Terms(String[] sorted) {
      this.sorted = sorted;
      long bits = 0;
      for (String t : sorted) {
        bits |= 1L << ((t.hashCode() * 0x9E3779B9) >>> 26);
      }
      this.signature = bits;
    }

    boolean isEmpty() {
      return sorted.length == 0;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Terms t && java.util.Arrays.equals(t.sorted, sorted);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(sorted);
    }

    @Override
    public String toString() {
      return java.util.Arrays.toString(sorted);
    }
  }
}
