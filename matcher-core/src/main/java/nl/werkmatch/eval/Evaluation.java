package nl.werkmatch.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of {@link Metrics#evaluate}: every metric per query and its mean.
 *
 * @param metrics the metric names, in output order
 * @param perQuery query id (sorted) to metric name to value
 * @param mean metric name to the mean over the evaluated queries (0 when there are none)
 */
public record Evaluation(List<String> metrics, SortedMap<String, Map<String, Double>> perQuery, Map<String, Double> mean) {
  /** Copies the collections. */
  public Evaluation {
    metrics = List.copyOf(metrics);
    SortedMap<String, Map<String, Double>> p = new TreeMap<>();
    perQuery.forEach((q, m) -> p.put(q, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
    perQuery = Collections.unmodifiableSortedMap(p);
    mean = Collections.unmodifiableMap(new LinkedHashMap<>(mean));
  }

  /**
   * One metric's values by query, in query id order (for paired tests).
   *
   * @param metric a name from {@link #metrics()}
   * @return the values
   */
  public double[] values(String metric) {
    if (!metrics.contains(metric)) {
      throw new IllegalArgumentException("unknown metric " + metric + "; known: " + metrics);
    }
    return perQuery.values().stream().mapToDouble(m -> m.get(metric)).toArray();
  }

  /**
   * trec_eval's text form: lines {@code metric<TAB>qid<TAB>value} with 4 decimals, per query (when
   * asked) then the mean under query id {@code all}, preceded by {@code num_q}.
   *
   * @param withPerQuery whether to print per-query lines (trec_eval {@code -q})
   * @return the text, lines ending in {@code \n}
   */
  public String toTrecText(boolean withPerQuery) {
    StringBuilder b = new StringBuilder();
    if (withPerQuery) {
      perQuery.forEach((q, m) -> {
        for (String n : metrics) {
          b.append(String.format(Locale.ROOT, "%-22s\t%s\t%.4f%n", n, q, m.get(n)));
        }
      });
    }
    b.append(String.format(Locale.ROOT, "%-22s\tall\t%d%n", "num_q", perQuery.size()));
    for (String n : metrics) {
      b.append(String.format(Locale.ROOT, "%-22s\tall\t%.4f%n", n, mean.get(n)));
    }
    return b.toString().replace(System.lineSeparator(), "\n");
  }
}
