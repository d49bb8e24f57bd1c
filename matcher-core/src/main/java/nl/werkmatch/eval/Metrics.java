package nl.werkmatch.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Ranking metrics with trec_eval's definitions and names: {@code map}, {@code recip_rank},
 * {@code P_k}, {@code recall_k}, {@code ndcg_cut_k}, plus {@code err_k} (Chapelle et al. 2009).
 *
 * <p>Per query, with the ranking in trec_eval's order (score descending, ties by item id
 * descending) and {@code rel(r)} the grade of the item at rank {@code r} (unjudged = 0), an item is
 * relevant when its grade is at least 1, and {@code R} is the number of relevant items judged for the
 * query (retrieved or not):
 * <ul>
 *   <li>{@code map} = (sum over relevant retrieved ranks r of P@r) / R, over the whole ranking;
 *   <li>{@code recip_rank} = 1 / rank of the first relevant item, 0 if none;
 *   <li>{@code P_k} = relevant items in the top k / k (k, not the number retrieved);
 *   <li>{@code recall_k} = relevant items in the top k / R;
 *   <li>{@code ndcg_cut_k} = DCG@k / IDCG@k with DCG@k = sum over r &le; k of rel(r) / log2(r + 1)
 *       (linear gain, as trec_eval) and IDCG@k the same over all judged grades of the query sorted
 *       descending;
 *   <li>{@code err_k} = sum over r &le; k of (1/r) &middot; R(r) &middot; product over i &lt; r of
 *       (1 - R(i)), with R(r) = (2^g - 1) / 2^3 and g = min(rel(r), 3).
 * </ul>
 * A query with no relevant judged item scores 0 on every metric. Queries in the run without any
 * judgment are ignored; the mean is over the queries in both run and qrels, or with
 * {@link Options#allQueries()} (trec_eval {@code -c}) over every judged query, an unretrieved one
 * scoring 0.
 */
public final class Metrics {
  private Metrics() {}

  /** What to do with retrieved items that have no judgment. */
  public enum Unjudged {
    /** Count them as non-relevant and keep their rank (trec_eval's default). */
    SKIP,
    /** Remove them from the ranking first, closing the gaps (Sakai's condensed lists; trec_eval {@code -J}). */
    CONDENSED
  }

  /**
   * Evaluation options.
   *
   * @param cutoffs the k of {@code P_k}, {@code recall_k}, {@code ndcg_cut_k} and {@code err_k}, each at least 1
   * @param unjudged how to treat unjudged retrieved items
   * @param allQueries whether judged queries absent from the run count (as 0), like trec_eval {@code -c}
   */
  public record Options(List<Integer> cutoffs, Unjudged unjudged, boolean allQueries) {
    /** Checks and copies the cutoffs (sorted, without duplicates). */
    public Options {
      if (cutoffs == null || cutoffs.isEmpty()) {
        throw new IllegalArgumentException("at least one cutoff is required");
      }
      for (int k : cutoffs) {
        if (k < 1) {
          throw new IllegalArgumentException("cutoffs must be >= 1, got " + k);
        }
      }
      cutoffs = List.copyOf(new TreeSet<>(cutoffs));
      if (unjudged == null) {
        throw new IllegalArgumentException("unjudged is required");
      }
    }

    /** Cutoffs 5 and 10, unjudged skipped, queries as trec_eval without {@code -c}. */
    public static Options defaults() {
      return new Options(List.of(5, 10), Unjudged.SKIP, false);
    }
  }

  /**
   * The metric names computed under {@code options}, in output order.
   *
   * @param options the options
   * @return e.g. {@code map, recip_rank, P_5, P_10, recall_5, ...}
   */
  public static List<String> names(Options options) {
    List<String> n = new ArrayList<>(List.of("map", "recip_rank"));
    for (String prefix : List.of("P_", "recall_", "ndcg_cut_", "err_")) {
      for (int k : options.cutoffs()) {
        n.add(prefix + k);
      }
    }
    return List.copyOf(n);
  }

  /**
   * Evaluates a run against qrels.
   *
   * @param run the rankings
   * @param qrels the judgments
   * @param options cutoffs, unjudged treatment and query set
   * @return per query and mean
   */
  public static Evaluation evaluate(Run run, Qrels qrels, Options options) {
    TreeSet<String> queries = new TreeSet<>();
    for (String q : run.queryIds()) {
      if (qrels.queryIds().contains(q)) {
        queries.add(q);
      }
    }
    if (options.allQueries()) {
      queries.addAll(qrels.queryIds());
    }
    List<String> names = names(options);
    SortedMap<String, Map<String, Double>> perQuery = new TreeMap<>();
    for (String q : queries) {
      perQuery.put(q, query(run.ranking(q), qrels.grades(q), options));
    }
    Map<String, Double> mean = new LinkedHashMap<>();
    for (String n : names) {
      double s = 0;
      for (Map<String, Double> m : perQuery.values()) {
        s += m.get(n);
      }
      mean.put(n, perQuery.isEmpty() ? 0.0 : s / perQuery.size());
    }
    return new Evaluation(names, perQuery, mean);
  }

  /**
   * The metrics of one ranking.
   *
   * @param ranking item ids, best first
   * @param grades the query's judged items and grades
   * @param options cutoffs and unjudged treatment
   * @return metric name to value, in {@link #names} order
   */
  public static Map<String, Double> query(List<String> ranking, Map<String, Integer> grades, Options options) {
    List<Integer> rels = new ArrayList<>(ranking.size());
    for (String item : ranking) {
      Integer g = grades.get(item);
      if (g == null) {
        if (options.unjudged() == Unjudged.CONDENSED) {
          continue;
        }
        g = 0;
      }
      rels.add(g);
    }
    List<Integer> ideal = new ArrayList<>(grades.values());
    ideal.sort((a, b) -> Integer.compare(b, a));
    long numRel = ideal.stream().filter(g -> g >= 1).count();

    Map<String, Double> out = new LinkedHashMap<>();
    double apSum = 0;
    double rr = 0;
    int relSoFar = 0;
    for (int i = 0; i < rels.size(); i++) {
      if (rels.get(i) >= 1) {
        relSoFar++;
        apSum += (double) relSoFar / (i + 1);
        if (rr == 0) {
          rr = 1.0 / (i + 1);
        }
      }
    }
    out.put("map", numRel == 0 ? 0.0 : apSum / numRel);
    out.put("recip_rank", numRel == 0 ? 0.0 : rr);
    for (int k : options.cutoffs()) {
      out.put("P_" + k, numRel == 0 ? 0.0 : relIn(rels, k) / (double) k);
    }
    for (int k : options.cutoffs()) {
      out.put("recall_" + k, numRel == 0 ? 0.0 : relIn(rels, k) / (double) numRel);
    }
    for (int k : options.cutoffs()) {
      double idcg = dcg(ideal, k);
      out.put("ndcg_cut_" + k, idcg == 0 ? 0.0 : dcg(rels, k) / idcg);
    }
    for (int k : options.cutoffs()) {
      out.put("err_" + k, numRel == 0 ? 0.0 : err(rels, k));
    }
    return out;
  }

  private static int relIn(List<Integer> rels, int k) {
    int n = 0;
    for (int i = 0; i < Math.min(k, rels.size()); i++) {
      if (rels.get(i) >= 1) {
        n++;
      }
    }
    return n;
  }

  private static double dcg(List<Integer> gains, int k) {
    double s = 0;
    for (int i = 0; i < Math.min(k, gains.size()); i++) {
      int g = gains.get(i);
      if (g > 0) {
        s += g / log2(i + 2);
      }
    }
    return s;
  }

  private static double err(List<Integer> rels, int k) {
    double s = 0;
    double notStopped = 1;
    double max = 1 << Judgment.MAX_GRADE;
    for (int i = 0; i < Math.min(k, rels.size()); i++) {
      int g = Math.min(rels.get(i), Judgment.MAX_GRADE);
      double r = ((1 << g) - 1) / max;
      s += notStopped * r / (i + 1);
      notStopped *= 1 - r;
    }
    return s;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
