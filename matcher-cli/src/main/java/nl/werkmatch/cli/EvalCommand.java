package nl.werkmatch.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.eval.Evaluation;
import nl.werkmatch.eval.Metrics;
import nl.werkmatch.eval.Qrels;
import nl.werkmatch.eval.Run;
import nl.werkmatch.io.Json;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.rules.Audience;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval}: ranking metrics (trec_eval's names and definitions) of a TREC run file, or of
 * werkmatch itself run over an index for every judged query.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Evaluate a ranking against judgments with trec_eval's metrics (map, recip_rank, P_k, recall_k, ndcg_cut_k) and err_k.",
        "Either --run FILE (any TREC run) or --index DIR (runs werkmatch for every judged query)."})
public final class EvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--run", paramLabel = "FILE", description = "A TREC run file (qid Q0 docid rank score tag) to evaluate.")
  Path run;

  @Option(names = "--index", paramLabel = "DIR", description = "Run werkmatch on this index instead of reading --run.")
  Path index;

  @Option(names = "--profile", paramLabel = "FILE", description = "Scoring profile JSON for --index (default: the built-in default).")
  Path profile;

  @Option(names = "--policy", paramLabel = "FILE", description = "Municipal policy JSON for --index (default: national defaults).")
  Path policy;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", defaultValue = ReferenceDate.DEFAULT,
      converter = ReferenceDate.class, description = ReferenceDate.DESCRIPTION)
  LocalDate date;

  @Option(names = "--exhaustive", description = "With --index: score every record exactly (the reference) instead of the fast path.")
  boolean exhaustive;

  @Option(names = "--direction", paramLabel = "DIR", defaultValue = "VACANCY_TO_CANDIDATES",
      description = "With --index and TREC qrels (which carry no direction): VACANCY_TO_CANDIDATES or CANDIDATE_TO_VACANCIES (default ${DEFAULT-VALUE}).")
  Direction direction;

  @Option(names = "--judgments", required = true, paramLabel = "FILE",
      description = "Judgments: werkmatch JSON Lines (.jsonl) or TREC qrels (qid 0 docid rel).")
  Path judgments;

  @Option(names = "--k", paramLabel = "K", split = ",", defaultValue = "5,10",
      description = "Cutoffs for P_k, recall_k, ndcg_cut_k, err_k; repeat or comma-separate (default ${DEFAULT-VALUE}).")
  List<Integer> k;

  @Option(names = "--unjudged", paramLabel = "skip|condensed", defaultValue = "skip",
      description = "Unjudged retrieved items: skip = count as non-relevant (trec_eval), condensed = remove first (default ${DEFAULT-VALUE}).")
  String unjudged;

  @Option(names = "--all-queries", description = "Count judged queries missing from the run as 0 (trec_eval -c).")
  boolean allQueries;

  @Option(names = "--per-query", description = "Print every query's values, not only the mean (trec_eval -q).")
  boolean perQuery;

  @Option(names = "--json", description = "Print JSON instead of trec_eval's text.")
  boolean json;

  @Option(names = "--write-run", paramLabel = "FILE", description = "With --index: also write werkmatch's run as a TREC run file.")
  Path writeRun;

  /** A command ready for picocli. */
  public EvalCommand() {}

  @Override
  public Integer call() throws Exception {
    if ((run == null) == (index == null)) {
      throw new IllegalArgumentException("give exactly one of --run FILE or --index DIR");
    }
    Metrics.Options options = new Metrics.Options(k, unjudged(unjudged), allQueries);
    Qrels qrels = Qrels.read(judgments);
    Run r;
    if (run != null) {
      r = Run.readTrec(run);
    } else {
      MatchProfile p = (profile == null ? MatchProfile.defaults() : MatchProfile.load(profile));
      p = p.withTopK(Math.max(options.cutoffs().getLast(), 100));
      try (MatchIndex idx = MatchOptions.openIndex(index)) {
        Matcher m = MatchOptions.matcher(idx, p, policy, date, Audience.INTERNAL);
        List<Query> queries = new ArrayList<>();
        for (String q : qrels.queryIds()) {
          queries.add(new Query(q, qrels.direction(q).orElse(direction)));
        }
        r = runAll(m, queries, exhaustive, Run.tagOf(p.name()));
      }
      if (writeRun != null) {
        r.writeTrec(writeRun);
      }
    }
    Evaluation e = Metrics.evaluate(r, qrels, options);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(e, r.tag(), options)));
    } else {
      out.print(e.toTrecText(perQuery));
    }
    out.flush();
    return 0;
  }

  private ObjectNode toJson(Evaluation e, String tag, Metrics.Options options) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("run", tag);
    o.put("unjudged", options.unjudged().name().toLowerCase(Locale.ROOT));
    o.put("numQueries", e.perQuery().size());
    ObjectNode mean = o.putObject("mean");
    e.mean().forEach(mean::put);
    if (perQuery) {
      ObjectNode pq = o.putObject("perQuery");
      e.perQuery().forEach((q, m) -> {
        ObjectNode qo = pq.putObject(q);
        m.forEach(qo::put);
      });
    }
    return o;
  }

  /** One query to run: its id and which way to match. */
  record Query(String id, Direction direction) {}

  static Metrics.Unjudged unjudged(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "skip" -> Metrics.Unjudged.SKIP;
      case "condensed" -> Metrics.Unjudged.CONDENSED;
      default -> throw new IllegalArgumentException("--unjudged must be skip or condensed, got '" + s + "'");
    };
  }

  /** Runs every query, failing clearly when the index lacks a judged query. */
  static Run runAll(Matcher m, Collection<Query> queries, boolean exhaustive, String tag) {
    Matcher.Mode mode = exhaustive ? Matcher.Mode.EXHAUSTIVE : Matcher.Mode.FAST;
    List<MatchResult> results = new ArrayList<>();
    for (Query q : queries) {
      try {
        results.add(q.direction() == Direction.VACANCY_TO_CANDIDATES
            ? m.candidatesFor(q.id(), mode) : m.vacanciesFor(q.id(), mode));
      } catch (java.util.NoSuchElementException e) {
        throw new IllegalArgumentException("judged query " + q.id() + " (" + q.direction() + "): " + e.getMessage(), e);
      }
    }
    return Run.fromResults(tag, results);
  }
}
