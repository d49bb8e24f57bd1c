package nl.werkmatch.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far a ranking moved between two systems, without judgments: top-k overlap, Kendall's tau and
 * rank-biased overlap. Lists are item ids, best first, without duplicates.
 */
public final class RankingMovement {
  private RankingMovement() {}

  /**
   * The share of the top k that both lists hold: |A@k &cap; B@k| / max(|A@k|, |B@k|). Two empty
   * lists give 1.
   *
   * @param a the first ranking
   * @param b the second ranking
   * @param k the depth, at least 1
   * @return in [0, 1]
   */
  public static double overlap(List<String> a, List<String> b, int k) {
    List<String> ta = top(a, k);
    List<String> tb = top(b, k);
    int size = Math.max(ta.size(), tb.size());
    if (size == 0) {
      return 1.0;
    }
    Set<String> s = new HashSet<>(ta);
    long common = tb.stream().filter(s::contains).count();
    return (double) common / size;
  }

  /**
   * Kendall's tau-b between two top-k lists on their union: an item absent from one list's top k is
   * placed at rank k + 1 of that list, tied with the other absent items (Fagin, Kumar and Sivakumar
   * 2003's "k + 1" convention); tau-b corrects for those ties. Identical lists give 1, reversed
   * lists -1. When the union has fewer than two items, or one side is all ties, the result is 1
   * if the top-k lists are equal and 0 otherwise.
   *
   * @param a the first ranking
   * @param b the second ranking
   * @param k the depth, at least 1
   * @return in [-1, 1]
   */
  public static double kendallTau(List<String> a, List<String> b, int k) {
    List<String> ta = top(a, k);
    List<String> tb = top(b, k);
    LinkedHashSet<String> union = new LinkedHashSet<>(ta);
    union.addAll(tb);
    Map<String, Integer> ra = ranks(ta);
    Map<String, Integer> rb = ranks(tb);
    String[] items = union.toArray(new String[0]);
    int n = items.length;
    int[] x = new int[n];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = ra.getOrDefault(items[i], k + 1);
      y[i] = rb.getOrDefault(items[i], k + 1);
    }
    long concordant = 0;
    long discordant = 0;
    long tiesX = 0;
    long tiesY = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int dx = Integer.compare(x[i], x[j]);
        int dy = Integer.compare(y[i], y[j]);
        if (dx == 0 && dy == 0) {
          continue;
        } else if (dx == 0) {
          tiesX++;
        } else if (dy == 0) {
          tiesY++;
        } else if (dx == dy) {
          concordant++;
        } else {
          discordant++;
        }
      }
    }
    double denom = Math.sqrt((double) (concordant + discordant + tiesX) * (concordant + discordant + tiesY));
    if (n < 2 || denom == 0) {
      return ta.equals(tb) ? 1.0 : 0.0;
    }
    return (concordant - discordant) / denom;
  }

  /**
   * Extrapolated rank-biased overlap, RBO<sub>ext</sub> (Webber, Moffat and Zobel 2010, equation
   * 32, which handles lists of different lengths): with s and l the lengths of the shorter and
   * longer list, X_d the overlap at depth d (for d &gt; s, of the whole shorter list with the longer
   * list's top d) and A_d = X_d / d,
   * <pre>
   * RBO_ext = (1-p)/p * ( sum_{d=1..l} X_d/d * p^d + sum_{d=s+1..l} X_s (d-s)/(s d) * p^d )
   *         + ( (X_l - X_s)/l + X_s/s ) * p^l
   * </pre>
   * It assumes the agreement seen at the end of the lists continues beyond them. Identical lists
   * give 1, disjoint lists 0; two empty lists give 1 and one empty list 0.
   *
   * @param a the first ranking
   * @param b the second ranking
   * @param p persistence in (0, 1), e.g. 0.9 (the top 10 carry about 86% of the weight)
   * @return in [0, 1]
   */
  public static double rbo(List<String> a, List<String> b, double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must be in (0, 1), got " + p);
    }
    if (a.isEmpty() && b.isEmpty()) {
      return 1.0;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    int s = shorter.size();
    int l = longer.size();
    Set<String> seenS = new HashSet<>();
    Set<String> seenL = new HashSet<>();
    int overlap = 0;
    int xs = 0;
    double sum = 0;
    double pd = 1;
    for (int d = 1; d <= l; d++) {
      pd *= p;
      String fromL = longer.get(d - 1);
      if (d <= s) {
        String fromS = shorter.get(d - 1);
        if (fromS.equals(fromL)) {
          overlap++;
        } else {
          if (seenL.contains(fromS)) {
            overlap++;
          }
          if (seenS.contains(fromL)) {
            overlap++;
          }
        }
        seenS.add(fromS);
        seenL.add(fromL);
        if (d == s) {
          xs = overlap;
        }
      } else {
        if (seenS.contains(fromL)) {
          overlap++;
        }
        seenL.add(fromL);
        sum += (double) xs * (d - s) / ((double) s * d) * pd;
      }
      sum += (double) overlap / d * pd;
    }
    int xl = overlap;
    double result = (1 - p) / p * sum + ((double) (xl - xs) / l + (double) xs / s) * pd;
    return Math.max(0.0, Math.min(1.0, result));
  }

  private static List<String> top(List<String> list, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
    return list.subList(0, Math.min(k, list.size()));
  }

  private static Map<String, Integer> ranks(List<String> list) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      if (m.putIfAbsent(list.get(i), i + 1) != null) {
        throw new IllegalArgumentException("item " + list.get(i) + " appears twice in a ranking");
      }
    }
    return m;
  }
}
