package nl.werkmatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.io.Json;
import nl.werkmatch.io.RecordReader;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.sample.SampleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {
  @TempDir
  Path tmp;

  /** 1,000 generated candidates with three broken lines: 17 bad JSON, 250 a loonwaarde of 140%, 800 no id. */
  private Path brokenFile() throws IOException {
    List<String> lines = new ArrayList<>();
    new SampleGenerator(7).candidates(1000).forEach(c -> {
      try {
        lines.add(Json.mapper().writeValueAsString(c));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    lines.set(16, lines.get(16).substring(0, lines.get(16).length() / 2));
    lines.set(249, "{\"id\":\"cand-broken-250\",\"loonwaarde\":{\"percentage\":140.0}}");
    lines.set(799, lines.get(799).replaceFirst("\"id\":\"[^\"]+\",", ""));
    Path file = tmp.resolve("candidates.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void skipAndReportGivesExactlyThreeRejectsAndIndexesTheRest() throws IOException {
    Path file = brokenFile();
    Path index = tmp.resolve("index");
    Path rejects = tmp.resolve("rejects.jsonl");
    Cli.Run r = Cli.run("index", "--index", index.toString(), "--rejects", rejects.toString(), "--max-rejects", "3",
        file.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = Files.readAllLines(rejects);
    assertEquals(3, lines.size(), String.join("\n", lines));
    JsonNode a = Json.mapper().readTree(lines.get(0));
    JsonNode b = Json.mapper().readTree(lines.get(1));
    JsonNode c = Json.mapper().readTree(lines.get(2));
    assertEquals(17, a.get("line").asInt());
    assertTrue(a.get("reason").asText().toLowerCase().contains("json"), a.toString());
    assertEquals(250, b.get("line").asInt());
    assertEquals("cand-broken-250", b.get("recordId").asText());
    assertEquals("$.loonwaarde.percentage", b.get("jsonPath").asText());
    assertTrue(b.get("reason").asText().contains("140"), b.toString());
    assertEquals(800, c.get("line").asInt());
    assertEquals("$.id", c.get("jsonPath").asText(), c.toString());
    assertTrue(c.get("reason").asText().contains("required"), c.toString());
    try (MatchIndex idx = MatchIndex.open(index)) {
      assertEquals(997, idx.candidateCount());
    }
  }

  @Test
  void eachLoadLeavesOneSegmentUnlessToldNotToMerge() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Candidate c : new SampleGenerator(9).candidates(300).toList()) {
      lines.add(Json.mapper().writeValueAsString(c));
    }
    Path first = tmp.resolve("first-candidates.jsonl");
    Path second = tmp.resolve("second-candidates.jsonl");
    Files.write(first, lines.subList(0, 200), StandardCharsets.UTF_8);
    Files.write(second, lines.subList(200, 300), StandardCharsets.UTF_8);
    for (boolean merge : new boolean[] {true, false}) {
      Path index = tmp.resolve("index-" + merge);
      Cli.Run a = Cli.run("index", "--index", index.toString(), first.toString());
      Cli.Run b = merge ? Cli.run("index", "--index", index.toString(), second.toString())
          : Cli.run("index", "--index", index.toString(), "--no-merge", second.toString());
      assertEquals(0, a.exit(), a.err());
      assertEquals(0, b.exit(), b.err());
      try (MatchIndex idx = MatchIndex.open(index)) {
        assertEquals(300, idx.candidateCount());
        int segments = idx.searchCandidates(s -> s.getIndexReader().leaves().size());
        assertEquals(merge, segments == 1, "segments after two loads: " + segments);
      }
    }
  }

  @Test
  void withoutRejectsTheFirstBadRecordStopsTheLoadAndNamesIt() throws IOException {
    Path file = brokenFile();
    Cli.Run r = Cli.run("index", "--index", tmp.resolve("index2").toString(), file.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("candidates.jsonl:17"), r.err());
  }

  @Test
  void anIndexBuiltInAnotherJvmHoldsEverySampleCandidateExactly() throws Exception {
    Path index = tmp.resolve("index-child");
    Path input = Cli.sampleData().resolve("candidates.jsonl");
    // build the index in a child JVM, then reopen it here
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "index", "--index", index.toString(), input.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    assertEquals(0, p.waitFor(), Files.readString(tmp.resolve("child.log")));
    List<Candidate> expected = new ArrayList<>();
    RecordReader.of(Candidate.class).read(input, expected::add);
    try (MatchIndex idx = MatchIndex.open(index)) {
      assertEquals(expected.size(), idx.candidateCount());
      for (Candidate c : expected) {
        assertEquals(c, idx.candidate(c.id()).orElseThrow(), c.id());
      }
    }
  }

  @Test
  void validateReportsCompletenessPerField() {
    Cli.Run r = Cli.run("validate", Cli.sampleData().resolve("candidates.jsonl").toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("3004 candidate records: 3004 valid, 0 invalid"), r.out());
    assertTrue(r.out().contains("completeness per field"), r.out());
    // about 30% of the profiles miss an education level, as in the Kandidatenverkenner
    String line = r.out().lines().filter(l -> l.trim().startsWith("education.highestLevel ")).findFirst().orElseThrow();
    double pct = Double.parseDouble(line.trim().split("\\s+")[2].replace("%", ""));
    assertTrue(pct > 55 && pct < 80, line);
  }
}
