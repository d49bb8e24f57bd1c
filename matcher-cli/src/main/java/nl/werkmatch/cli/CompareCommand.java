package nl.werkmatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.eval.Evaluation;
import nl.werkmatch.eval.Metrics;
import nl.werkmatch.eval.Qrels;
import nl.werkmatch.eval.RankingMovement;
import nl.werkmatch.eval.Run;
import nl.werkmatch.eval.Significance;
import nl.werkmatch.io.Json;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.rules.Audience;
import nl.werkmatch.model.Vacancy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compare}: two scoring profiles on the same index and queries; per metric A, B, delta, a
 * paired randomisation-test p-value, a bootstrap 95% interval, wins/losses/ties; and how far the
 * rankings moved (overlap@k, Kendall's tau-b, RBO_ext), as a table, JSON and a self-contained HTML page.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare two scoring profiles: metrics with significance (with --judgments) and ranking movement.",
        "Without --judgments the queries are the index's vacancies (the first N with --queries)."})
public final class CompareCommand implements Callable<Integer> {
  /** RBO persistence. */
  static final double RBO_P = 0.9;
  /** How many most-moved queries to list. */
  static final int MOVED_MOST = 10;

  @Spec
  CommandSpec spec;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory (from 'index').")
  Path index;

  @Option(names = "--profile-a", paramLabel = "FILE", description = "Baseline profile JSON (default: the built-in default).")
  Path profileA;

  @Option(names = "--profile-b", required = true, paramLabel = "FILE", description = "Changed profile JSON.")
  Path profileB;

  @Option(names = "--policy", paramLabel = "FILE", description = "Municipal policy JSON (default: national defaults).")
  Path policy;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", defaultValue = ReferenceDate.DEFAULT,
      converter = ReferenceDate.class, description = ReferenceDate.DESCRIPTION)
  LocalDate date;

  @Option(names = "--judgments", paramLabel = "FILE", description = "Judgments (JSON Lines or TREC qrels); without them only ranking movement is shown.")
  Path judgments;

  @Option(names = "--direction", paramLabel = "DIR", defaultValue = "VACANCY_TO_CANDIDATES",
      description = "Direction for TREC qrels, which carry none (default ${DEFAULT-VALUE}).")
  Direction direction;

  @Option(names = "--k", paramLabel = "K", defaultValue = "10", description = "Cutoff for the metrics and overlap/tau (default ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--unjudged", paramLabel = "skip|condensed", defaultValue = "skip", description = "Unjudged items (default ${DEFAULT-VALUE}).")
  String unjudged;

  @Option(names = "--queries", paramLabel = "N", description = "Without --judgments: only the first N vacancies (by id).")
  Integer queries;

  @Option(names = "--exhaustive", description = "Score every record exactly instead of the fast path.")
  boolean exhaustive;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "20091102", description = "Seed of the randomisation test and bootstrap (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the comparison as JSON.")
  Path jsonFile;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write the comparison as a self-contained HTML page.")
  Path htmlFile;

  /** A command ready for picocli. */
  public CompareCommand() {}

  /** One query's movement between A and B. */
  record Moved(String query, double overlap, double tau, double rbo) {}

  @Override
  public Integer call() throws Exception {
    if (k < 1) {
      throw new IllegalArgumentException("--k must be at least 1");
    }
    if (queries != null && queries < 1) {
      throw new IllegalArgumentException("--queries must be at least 1");
    }
    MatchProfile a = (profileA == null ? MatchProfile.defaults() : MatchProfile.load(profileA)).withTopK(Math.max(k, 100));
    MatchProfile b = MatchProfile.load(profileB).withTopK(Math.max(k, 100));
    Qrels qrels = judgments == null ? null : Qrels.read(judgments);
    Run runA;
    Run runB;
    List<EvalCommand.Query> qs = new ArrayList<>();
    try (MatchIndex idx = MatchOptions.openIndex(index)) {
      if (qrels != null) {
        for (String q : qrels.queryIds()) {
          qs.add(new EvalCommand.Query(q, qrels.direction(q).orElse(direction)));
        }
      } else {
        var ids = idx.vacancies().map(Vacancy::id);
        if (queries != null) {
          ids = ids.limit(queries);
        }
        ids.forEach(id -> qs.add(new EvalCommand.Query(id, Direction.VACANCY_TO_CANDIDATES)));
      }
      runA = EvalCommand.runAll(MatchOptions.matcher(idx, a, policy, date, Audience.INTERNAL), qs, exhaustive, "A");
      runB = EvalCommand.runAll(MatchOptions.matcher(idx, b, policy, date, Audience.INTERNAL), qs, exhaustive, "B");
    }
    List<Significance.Comparison> comparisons = new ArrayList<>();
    if (qrels != null) {
      Metrics.Options options = new Metrics.Options(List.of(k), EvalCommand.unjudged(unjudged), true);
      Evaluation ea = Metrics.evaluate(runA, qrels, options);
      Evaluation eb = Metrics.evaluate(runB, qrels, options);
      for (String m : ea.metrics()) {
        comparisons.add(Significance.compare(m, ea.values(m), eb.values(m), seed));
      }
    }
    List<Moved> moved = new ArrayList<>();
    for (EvalCommand.Query q : qs) {
      List<String> la = runA.ranking(q.id());
      List<String> lb = runB.ranking(q.id());
      moved.add(new Moved(q.id(), RankingMovement.overlap(la, lb, k), RankingMovement.kendallTau(la, lb, k),
          RankingMovement.rbo(la, lb, RBO_P)));
    }
    String nameA = profileA == null ? "default" : profileA.getFileName().toString();
    String nameB = profileB.getFileName().toString();
    PrintWriter out = spec.commandLine().getOut();
    out.print(table(nameA, nameB, comparisons, moved));
    out.flush();
    if (jsonFile != null) {
      Files.writeString(jsonFile, Json.mapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(json(nameA, nameB, comparisons, moved)) + "\n", StandardCharsets.UTF_8);
    }
    if (htmlFile != null) {
      Files.writeString(htmlFile, html(nameA, nameB, comparisons, moved), StandardCharsets.UTF_8);
    }
    return 0;
  }

  static List<Moved> movedMost(List<Moved> moved) {
    return moved.stream().sorted(Comparator.comparingDouble(Moved::rbo).thenComparing(Moved::query))
        .limit(MOVED_MOST).toList();
  }

  static double mean(List<Moved> moved, java.util.function.ToDoubleFunction<Moved> f) {
    return moved.isEmpty() ? 0 : moved.stream().mapToDouble(f).sum() / moved.size();
  }

  private String table(String nameA, String nameB, List<Significance.Comparison> cs, List<Moved> moved) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "A = %s, B = %s, %d queries, k = %d%n", nameA, nameB, moved.size(), k));
    if (cs.isEmpty()) {
      s.append("(no --judgments: ranking movement only)\n");
    } else {
      s.append(String.format(Locale.ROOT, "%n%-14s %8s %8s %8s %8s  %-19s %5s %6s %5s%n",
          "metric", "A", "B", "delta", "p", "95% CI of delta", "wins", "losses", "ties"));
      for (Significance.Comparison c : cs) {
        s.append(String.format(Locale.ROOT, "%-14s %8.4f %8.4f %+8.4f %8.4f  [%+.4f, %+.4f] %5d %6d %5d%n",
            c.metric(), c.meanA(), c.meanB(), c.delta(), c.p(), c.ci().low(), c.ci().high(), c.wins(), c.losses(), c.ties()));
      }
    }
    s.append(String.format(Locale.ROOT, "%nranking movement (mean over queries): overlap@%d %.4f  kendall_tau_b@%d %.4f  rbo_ext(p=0.9) %.4f%n",
        k, mean(moved, Moved::overlap), k, mean(moved, Moved::tau), mean(moved, Moved::rbo)));
    List<Moved> most = movedMost(moved);
    if (!most.isEmpty()) {
      s.append(String.format(Locale.ROOT, "%nmoved most (lowest RBO):%n%-24s %10s %10s %8s%n", "query", "overlap@" + k, "tau@" + k, "rbo"));
      for (Moved m : most) {
        s.append(String.format(Locale.ROOT, "%-24s %10.4f %10.4f %8.4f%n", m.query(), m.overlap(), m.tau(), m.rbo()));
      }
    }
    return s.toString().replace(System.lineSeparator(), "\n");
  }

  private ObjectNode json(String nameA, String nameB, List<Significance.Comparison> cs, List<Moved> moved) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("profileA", nameA);
    o.put("profileB", nameB);
    o.put("k", k);
    o.put("queries", moved.size());
    o.put("judged", judgments != null);
    o.put("unjudged", EvalCommand.unjudged(unjudged).name().toLowerCase(Locale.ROOT));
    o.put("seed", seed);
    o.put("permutations", Significance.DEFAULT_SAMPLES);
    o.put("bootstrapResamples", Significance.DEFAULT_SAMPLES);
    ArrayNode ms = o.putArray("metrics");
    for (Significance.Comparison c : cs) {
      ObjectNode m = ms.addObject();
      m.put("metric", c.metric());
      m.put("a", c.meanA());
      m.put("b", c.meanB());
      m.put("delta", c.delta());
      m.put("p", c.p());
      m.put("ciLow", c.ci().low());
      m.put("ciHigh", c.ci().high());
      m.put("wins", c.wins());
      m.put("losses", c.losses());
      m.put("ties", c.ties());
    }
    ObjectNode mv = o.putObject("movement");
    mv.put("overlap", mean(moved, Moved::overlap));
    mv.put("kendallTauB", mean(moved, Moved::tau));
    mv.put("rbo", mean(moved, Moved::rbo));
    mv.put("rboP", RBO_P);
    ArrayNode most = o.putArray("movedMost");
    for (Moved m : movedMost(moved)) {
      ObjectNode x = most.addObject();
      x.put("query", m.query());
      x.put("overlap", m.overlap());
      x.put("kendallTauB", m.tau());
      x.put("rbo", m.rbo());
    }
    ArrayNode all = o.putArray("perQuery");
    for (Moved m : moved) {
      ObjectNode x = all.addObject();
      x.put("query", m.query());
      x.put("overlap", m.overlap());
      x.put("kendallTauB", m.tau());
      x.put("rbo", m.rbo());
    }
    return o;
  }

  private String html(String nameA, String nameB, List<Significance.Comparison> cs, List<Moved> moved) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>werkmatch compare: ")
        .append(esc(nameA)).append(" vs ").append(esc(nameB)).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}\n")
        .append("table{border-collapse:collapse;margin:1em 0}\n")
        .append("th,td{border:1px solid #ccc;padding:4px 10px;text-align:right}\n")
        .append("th:first-child,td:first-child{text-align:left}\n")
        .append("th{background:#f0f0f0}\n.better{color:#176117;font-weight:bold}\n.worse{color:#a11;font-weight:bold}\n")
        .append(".note{color:#666;font-size:90%}\n</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(nameA)).append(" (A) vs ").append(esc(nameB)).append(" (B)</h1>\n");
    h.append(String.format(Locale.ROOT, "<p>%d queries, k = %d, seed %d.</p>%n", moved.size(), k, seed));
    if (cs.isEmpty()) {
      h.append("<p class=\"note\">No judgments: ranking movement only.</p>\n");
    } else {
      h.append("<h2>Metrics</h2>\n<table>\n<tr><th>metric</th><th>A</th><th>B</th><th>delta</th><th>p</th>"
          + "<th>95% CI of delta</th><th>wins</th><th>losses</th><th>ties</th></tr>\n");
      for (Significance.Comparison c : cs) {
        String cls = c.p() < 0.05 ? (c.delta() > 0 ? " class=\"better\"" : " class=\"worse\"") : "";
        h.append(String.format(Locale.ROOT,
            "<tr><td>%s</td><td>%.4f</td><td>%.4f</td><td%s>%+.4f</td><td>%.4f</td><td>[%+.4f, %+.4f]</td><td>%d</td><td>%d</td><td>%d</td></tr>%n",
            esc(c.metric()), c.meanA(), c.meanB(), cls, c.delta(), c.p(), c.ci().low(), c.ci().high(), c.wins(), c.losses(), c.ties()));
      }
      h.append("</table>\n<p class=\"note\">p: two-sided paired randomisation test, ").append(Significance.DEFAULT_SAMPLES)
          .append(" permutations; CI: percentile bootstrap over queries, ").append(Significance.DEFAULT_SAMPLES)
          .append(" resamples; wins: queries where B scores higher.</p>\n");
    }
    h.append("<h2>Ranking movement</h2>\n<table>\n<tr><th>measure</th><th>mean</th></tr>\n");
    h.append(String.format(Locale.ROOT, "<tr><td>overlap@%d</td><td>%.4f</td></tr>%n", k, mean(moved, Moved::overlap)));
    h.append(String.format(Locale.ROOT, "<tr><td>Kendall tau-b@%d</td><td>%.4f</td></tr>%n", k, mean(moved, Moved::tau)));
    h.append(String.format(Locale.ROOT, "<tr><td>RBO_ext (p = 0.9)</td><td>%.4f</td></tr>%n", mean(moved, Moved::rbo)));
    h.append("</table>\n<h2>Queries that moved most</h2>\n<table>\n<tr><th>query</th><th>overlap@").append(k)
        .append("</th><th>tau@").append(k).append("</th><th>RBO</th></tr>\n");
    for (Moved m : movedMost(moved)) {
      h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.4f</td><td>%.4f</td><td>%.4f</td></tr>%n",
          esc(m.query()), m.overlap(), m.tau(), m.rbo()));
    }
    h.append("</table>\n</body>\n</html>\n");
    return h.toString().replace(System.lineSeparator(), "\n");
  }

  static String esc(String s) {
    return s.chars().mapToObj(c -> switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> String.valueOf((char) c);
    }).collect(Collectors.joining());
  }
}
