package nl.werkmatch.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
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
  private static final java.util.concurrent.ConcurrentHashMap<String, Set<String>> LABEL_TERMS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * {@link #terms} of a taxonomy label, analysed once per label and shared (unmodifiable): every
   * prepared record repeats the same few hundred labels. Not for free text, which is unbounded.
   */
  static Set<String> labelTerms(String label) {
    if (label == null) {
      return terms(null);
    }
    return LABEL_TERMS.computeIfAbsent(label, l -> java.util.Collections.unmodifiableSet(terms(l)));
  }

  /** The analysed terms of {@code text}, sorted; empty for null. */
  static Set<String> terms(String text) {
    TreeSet<String> out = new TreeSet<>();
    if (text == null || text.isBlank()) {
      return out;
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
    return out;
  }

  /**
   * Whether {@code candidate} covers most of {@code required}: at least half of the required terms
   * and at least one, by overlap of analysed terms.
   */
  static boolean covers(Set<String> candidate, Set<String> required) {
    if (required.isEmpty() || candidate.isEmpty()) {
      return false;
    }
    int hit = 0;
    for (String t : required) {
      if (candidate.contains(t)) {
        hit++;
      }
    }
    return hit * 2 >= required.size() && hit > 0;
  }
}
