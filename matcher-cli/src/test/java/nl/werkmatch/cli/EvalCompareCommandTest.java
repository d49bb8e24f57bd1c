package nl.werkmatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.eval.Run;
import nl.werkmatch.io.Json;
import nl.werkmatch.match.Category;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.sample.SampleGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCompareCommandTest {
  @TempDir
  static Path dir;
  static Path index;
  static List<String> vacancyIds;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void buildIndex() {
    index = dir.resolve("index");
    SampleGenerator g = new SampleGenerator(7);
    try (MatchIndex idx = MatchIndex.open(index)) {
      idx.upsertCandidates(g.candidates(300));
      idx.upsertVacancies(g.vacancies(6));
      idx.commit();
      vacancyIds = idx.vacancies().map(Vacancy::id).toList();
    }
  }

  private int run(Callable<Integer> cmd, String... args) {
    CommandLine cl = new CommandLine(cmd);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void evalOfATrecRunPrintsTrecEvalLines() throws Exception {
    Path qrels = dir.resolve("f.qrels");
    Path runFile = dir.resolve("f.run");
    Files.writeString(qrels, "q1 0 a 2\nq1 0 b 0\nq1 0 c 1\n");
    Files.writeString(runFile, "q1 Q0 b 1 0.9 t\nq1 Q0 a 2 0.8 t\nq1 Q0 z 3 0.7 t\n");
    assertEquals(0, run(new EvalCommand(), "--run", runFile.toString(), "--judgments", qrels.toString(), "--k", "2",
        "--per-query"), err::toString);
    String text = out.toString();
    // grades b=0, a=2, z unjudged; R = 2: map = (1/2)/2 = 0.25, P_2 = 1/2
    assertTrue(text.contains("map                   \tq1\t0.2500\n"), text);
    assertTrue(text.contains("P_2                   \tall\t0.5000\n"), text);
    // condensed is the same here except z removed (after the relevant one): recall_2 = 1/2 either way
    assertTrue(text.contains("recall_2              \tall\t0.5000\n"), text);
  }

  @Test
  void condensedAndBadArguments() throws Exception {
    Path qrels = dir.resolve("c.qrels");
    Path runFile = dir.resolve("c.run");
    Files.writeString(qrels, "q1 0 a 1\n");
    Files.writeString(runFile, "q1 Q0 u 1 0.9 t\nq1 Q0 a 2 0.8 t\n");
    assertEquals(0, run(new EvalCommand(), "--run", runFile.toString(), "--judgments", qrels.toString(),
        "--unjudged", "condensed", "--k", "1"), err::toString);
    // u is unjudged and removed: a moves to rank 1
    assertTrue(out.toString().contains("P_1                   \tall\t1.0000\n"), out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run(new EvalCommand(), "--run", runFile.toString(), "--judgments", qrels.toString(), "--k", "1"));
    assertTrue(out.toString().contains("P_1                   \tall\t0.0000\n"), out.toString());
    CommandLine cl = new CommandLine(new EvalCommand());
    cl.setErr(new PrintWriter(err));
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      err.write(ex.getMessage());
      return 1;
    });
    assertEquals(1, cl.execute("--judgments", qrels.toString()));
    assertTrue(err.toString().contains("give exactly one of --run FILE or --index DIR"), err.toString());
  }

  @Test
  void evalOnTheIndexWritesARunTrecEvalCanRead() throws Exception {
    // judgments: the first vacancy's top candidates by the default profile, graded 3, 2, 1
    Path firstRun = dir.resolve("first.run");
    Path seed = dir.resolve("seed.qrels");
    Files.writeString(seed, vacancyIds.get(0) + " 0 none 0\n");
    assertEquals(0, run(new EvalCommand(), "--index", index.toString(), "--judgments", seed.toString(),
        "--write-run", firstRun.toString()), err::toString);
    List<String> top = Run.readTrec(firstRun).ranking(vacancyIds.get(0));
    assertTrue(top.size() >= 3, "need at least 3 matches: " + top);
    Path judgments = dir.resolve("judgments.jsonl");
    StringBuilder j = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      j.append(String.format("{\"direction\":\"VACANCY_TO_CANDIDATES\",\"queryId\":\"%s\",\"itemId\":\"%s\",\"grade\":%d,"
          + "\"source\":\"SYNTHETIC\",\"date\":\"2026-11-01\"}%n", vacancyIds.get(0), top.get(i), 3 - i));
    }
    Files.writeString(judgments, j.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run(new EvalCommand(), "--index", index.toString(), "--judgments", judgments.toString(), "--json"),
        err::toString);
    JsonNode n = Json.mapper().readTree(out.toString());
    // the judged items are the run's own top 3 in grade order: a perfect ranking
    assertEquals(1.0, n.get("mean").get("ndcg_cut_10").asDouble(), 1e-9);
    assertEquals(1.0, n.get("mean").get("map").asDouble(), 1e-9);
  }

  @Test
  void identicalProfilesGiveZeroDeltaAndPOne() throws Exception {
    Path qrels = dir.resolve("cmp.qrels");
    StringBuilder q = new StringBuilder();
    for (String v : vacancyIds) {
      q.append(v).append(" 0 none 0\n");
    }
    // judge a few candidates of every vacancy from a first run
    Path r = dir.resolve("cmp.run");
    Files.writeString(qrels, q.toString());
    assertEquals(0, run(new EvalCommand(), "--index", index.toString(), "--judgments", qrels.toString(), "--write-run", r.toString()));
    Run first = Run.readTrec(r);
    for (String v : vacancyIds) {
      List<String> l = first.ranking(v);
      for (int i = 0; i < Math.min(5, l.size()); i++) {
        q.append(v).append(" 0 ").append(l.get(i)).append(' ').append((i * 7 + v.length()) % 4).append('\n');
      }
    }
    Files.writeString(qrels, q.toString().replaceAll("(?m)^.* none 0\n", ""));
    Path profile = dir.resolve("same.json");
    Files.writeString(profile, MatchProfile.defaults().toJson());
    Path json = dir.resolve("cmp.json");
    Path html = dir.resolve("cmp.html");
    out.getBuffer().setLength(0);
    assertEquals(0, run(new CompareCommand(), "--index", index.toString(), "--profile-b", profile.toString(),
        "--judgments", qrels.toString(), "--json", json.toString(), "--html", html.toString()), err::toString);
    JsonNode n = Json.mapper().readTree(json.toFile());
    assertTrue(n.get("metrics").size() >= 5);
    for (JsonNode m : n.get("metrics")) {
      assertEquals(0.0, m.get("delta").asDouble(), m.toString());
      assertEquals(1.0, m.get("p").asDouble(), m.toString());
      assertEquals(0, m.get("wins").asInt());
      assertEquals(0, m.get("losses").asInt());
    }
    assertEquals(1.0, n.get("movement").get("rbo").asDouble(), 1e-12);
    assertEquals(1.0, n.get("movement").get("overlap").asDouble(), 1e-12);
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<style>"), page);
    assertFalse(page.contains("http://") || page.contains("https://") || page.contains("<script") || page.contains("<link"), page);
    assertTrue(out.toString().contains("map "), out.toString());
  }

  @Test
  void changedWeightMovesRankingsWithoutJudgmentsAndIsDeterministic() throws Exception {
    Path b = dir.resolve("travel-heavy.json");
    MatchProfile p = MatchProfile.defaults().withWeight(Category.TRAVEL, 0.6);
    Files.writeString(b, p.toJson());
    Path j1 = dir.resolve("m1.json");
    Path j2 = dir.resolve("m2.json");
    assertEquals(0, run(new CompareCommand(), "--index", index.toString(), "--profile-b", b.toString(),
        "--queries", "4", "--json", j1.toString()), err::toString);
    assertEquals(0, run(new CompareCommand(), "--index", index.toString(), "--profile-b", b.toString(),
        "--queries", "4", "--json", j2.toString()), err::toString);
    assertEquals(Files.readString(j1), Files.readString(j2));
    JsonNode n = Json.mapper().readTree(j1.toFile());
    assertEquals(4, n.get("queries").asInt());
    assertEquals(0, n.get("metrics").size());
    assertTrue(n.get("movement").get("rbo").asDouble() < 1.0, n.toString());
  }
}
