package nl.werkmatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.werkmatch.io.Json;
import nl.werkmatch.sample.SampleGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch runs: identical bytes whatever the thread count, and after a kill -9 and a resume. */
class BatchCommandTest {
  static final List<String> OUTPUTS = List.of("results.jsonl", "results.csv", "results.trec", "diagnostics.jsonl",
      "report.json", "diagnostics.json", "report.html");

  @TempDir
  static Path tmp;
  static Path index;
  static Path reference;

  @BeforeAll
  static void indexAndReferenceRun() throws Exception {
    Path data = tmp.resolve("data");
    new SampleGenerator(11).writeTo(data, 800, 90);
    index = tmp.resolve("index");
    Cli.Run r = Cli.run("index", "--index", index.toString(), data.resolve("vacancies.jsonl").toString(),
        data.resolve("candidates.jsonl").toString());
    assertEquals(0, r.exit(), r.err());
    reference = tmp.resolve("ref");
    r = Cli.run("batch", "--index", index.toString(), "--direction", "vacancies", "--out", reference.toString(),
        "--threads", "1", "--exhaustive");
    assertEquals(0, r.exit(), r.err());
  }

  private static void assertSameOutput(Path expected, Path actual) throws Exception {
    for (String f : OUTPUTS) {
      assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
    }
  }

  /**
   * No file holds a shortlist's fairness-group counts beside its ids (diagnostics.jsonl keeps the
   * ids, the counts are summed in the checkpoint), and the report withholds small groups: a count
   * of 1-4 (and, per dimension, a complementary row) shows as suppressed, unless --min-cell 1.
   */
  @Test
  void groupCountsNeverBesideIdsAndSmallGroupsSuppressed() throws Exception {
    for (String line : Files.readAllLines(reference.resolve("diagnostics.jsonl"))) {
      JsonNode d = Json.mapper().readTree(line);
      assertTrue(d.path("shortlisted").size() > 0 || d.path("shortlisted").isArray(), line);
      assertEquals(0, d.path("shortlistGroups").size(), "group counts beside ids: " + line);
      assertEquals(0, d.path("eligibleGroups").size(), "group counts beside ids: " + line);
    }
    JsonNode cp = Json.mapper().readTree(reference.resolve("checkpoint.json").toFile());
    assertTrue(cp.path("groups").path("shortlisted").size() > 0, cp.toString());
    JsonNode all = exposure(reference);
    int suppressed = 0;
    for (JsonNode row : all) {
      if (row.has("suppressed")) {
        suppressed++;
        assertFalse(row.has("eligible") || row.has("shortlisted") || row.has("ratio"), row.toString());
      } else {
        assertTrue(row.path("eligible").asLong() == 0 || row.path("eligible").asLong() >= 5, row.toString());
        assertTrue(row.path("shortlisted").asLong() == 0 || row.path("shortlisted").asLong() >= 5, row.toString());
      }
    }
    Path every = tmp.resolve("min-cell-1");
    Cli.Run r = Cli.run("batch", "--index", index.toString(), "--direction", "vacancies", "--out", every.toString(),
        "--threads", "2", "--exhaustive", "--min-cell", "1");
    assertEquals(0, r.exit(), r.err());
    JsonNode shown = exposure(every);
    assertEquals(all.size(), shown.size());
    boolean smallShown = false;
    for (JsonNode row : shown) {
      assertFalse(row.has("suppressed"), row.toString());
      long n = row.path("shortlisted").asLong();
      smallShown |= n > 0 && n < 5 || row.path("eligible").asLong() > 0 && row.path("eligible").asLong() < 5;
    }
    assertEquals(smallShown, suppressed > 0, "the default run withholds exactly when small groups exist");
    assertTrue(Files.readString(reference.resolve("report.html")).contains("kleine aantallen afgeschermd"));
    Cli.Run bad = Cli.run("batch", "--index", index.toString(), "--direction", "vacancies", "--out",
        tmp.resolve("bad").toString(), "--min-cell", "0");
    assertTrue(bad.exit() != 0 && bad.err().contains("--min-cell"), bad.err());
  }

  private static JsonNode exposure(Path run) throws Exception {
    return Json.mapper().readTree(run.resolve("report.json").toFile()).path("exposure");
  }

  @Test
  void fourThreadsGiveTheSameBytesAsOne() throws Exception {
    Path four = tmp.resolve("four");
    Cli.Run r = Cli.run("batch", "--index", index.toString(), "--direction", "vacancies", "--out", four.toString(),
        "--threads", "4", "--exhaustive");
    assertEquals(0, r.exit(), r.err());
    assertSameOutput(reference, four);
  }

  @Test
  void killedPartWayAndResumedEqualsAnUninterruptedRun() throws Exception {
    Path out = tmp.resolve("killed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    int kills = 0;
    for (int attempt = 0; attempt < 3; attempt++) {
      Process p = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", "-cp",
          System.getProperty("java.class.path"), Main.class.getName(), "batch", "--index", index.toString(),
          "--direction", "vacancies", "--out", out.toString(), "--threads", "2", "--exhaustive",
          "--date", System.getProperty("werkmatch.date", "2026-11-22")) // the in-process runs' date
          .redirectErrorStream(true).redirectOutput(tmp.resolve("child-" + attempt + ".log").toFile()).start();
      // wait until the child has checkpointed some queries (more on each attempt), then SIGKILL it
      Path cp = out.resolve("checkpoint.json");
      long target = 10L + 25L * attempt;
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (p.isAlive() && System.nanoTime() < deadline) {
        if (Files.exists(cp)) {
          try {
            JsonNode c = Json.mapper().readTree(cp.toFile());
            if (c.path("queriesDone").asLong() >= target) {
              break;
            }
          } catch (Exception partial) {
            // the checkpoint is replaced atomically; a read can only race with its removal on a fresh start
          }
        }
        Thread.sleep(20);
      }
      if (p.isAlive()) {
        p.destroyForcibly().waitFor();
        kills++;
        JsonNode c = Json.mapper().readTree(cp.toFile());
        assertFalse(c.path("complete").asBoolean(), "killed before the end");
      }
    }
    assertTrue(kills >= 2, "the run was killed part-way at least twice: " + kills);
    Cli.Run r = Cli.run("batch", "--index", index.toString(), "--direction", "vacancies", "--out", out.toString(),
        "--threads", "2", "--exhaustive");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("resuming after"), r.err());
    assertSameOutput(reference, out);
  }

  @Test
  void candidateDirectionWritesResultsAndReport() throws Exception {
    Path out = tmp.resolve("cands");
    Cli.Run r = Cli.run("batch", "--index", index.toString(), "--direction", "candidates", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode report = Json.mapper().readTree(out.resolve("report.json").toFile());
    assertEquals("CANDIDATE_TO_VACANCIES", report.get("direction").asText());
    assertEquals(804, report.get("totals").get("queries").asInt()); // 800 generated + the 4 personas
    // short fast-path lists say which rules' index filters left the vacancies out
    assertTrue(report.get("exclusionFunnel").get("filteredByRule").size() > 0, report.get("exclusionFunnel").toString());
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("<svg") && html.contains("<html lang=\"nl\">") && html.contains("Uitsluitingen per regel"),
        "the report is Dutch by default");
    // --lang en: the same run (the checkpoint is complete), the report in English
    Cli.Run en = Cli.run("batch", "--index", index.toString(), "--direction", "candidates", "--out", out.toString(),
        "--lang", "en");
    assertEquals(0, en.exit(), en.err());
    String english = Files.readString(out.resolve("report.html"));
    assertTrue(english.contains("<html lang=\"en\">") && english.contains("Exclusion funnel"), "English on request");
  }
}
