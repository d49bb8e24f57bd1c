package nl.werkmatch.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReaderTest {
  @TempDir
  Path dir;

  /** Collects what a read reports. */
  static final class Collector implements ReadListener {
    final List<RecordError> rejects = new ArrayList<>();
    final List<String> raws = new ArrayList<>();
    final List<RecordError> warnings = new ArrayList<>();

    @Override
    public void onReject(RecordError error, String raw) {
      rejects.add(error);
      raws.add(raw);
    }

    @Override
    public void onWarning(RecordError warning) {
      warnings.add(warning);
    }
  }

  private static String json(Object record) throws IOException {
    return Json.mapper().writeValueAsString(record);
  }

  /** 1,000 lines of valid candidates with line 17 bad JSON, line 250 loonwaarde 140 and line 800 without id. */
  private List<String> thousandLinesWithThreeBroken() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      lines.add(json(Fixtures.fullCandidate(String.format("cand-%05d", i))));
    }
    lines.set(16, lines.get(16).substring(0, 60));
    String l250 = lines.get(249);
    assertTrue(l250.contains("\"percentage\":62.5"));
    lines.set(249, l250.replace("\"percentage\":62.5", "\"percentage\":140"));
    String l800 = lines.get(799);
    assertTrue(l800.startsWith("{\"id\":\"cand-00800\","));
    lines.set(799, l800.replace("\"id\":\"cand-00800\",", ""));
    return lines;
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void skipAndReportRejectsExactlyTheThreeBrokenLines() throws IOException {
    List<String> lines = thousandLinesWithThreeBroken();
    Path file = write("candidates.jsonl", lines);
    Path rejects = dir.resolve("rejects.jsonl");
    Collector collector = new Collector();
    List<Candidate> accepted = new ArrayList<>();

    ReadSummary summary = RecordReader.of(Candidate.class)
        .policy(ReadPolicy.SKIP_AND_REPORT)
        .rejects(rejects)
        .listener(collector)
        .read(file, accepted::add);

    assertEquals(new ReadSummary(1000, 997, 3, 0), summary);
    assertEquals(997, accepted.size());
    assertEquals("cand-00016", accepted.get(15).id());
    assertEquals("cand-00018", accepted.get(16).id(), "the line after the bad JSON is not lost");
    assertFalse(accepted.stream().anyMatch(c -> c.id().equals("cand-00250")));

    assertEquals(3, collector.rejects.size());
    RecordError badJson = collector.rejects.get(0);
    assertEquals(file.toString(), badJson.file());
    assertEquals(17, badJson.line());
    assertNull(badJson.recordId());
    assertEquals("$", badJson.jsonPath());
    assertTrue(badJson.reason().startsWith("invalid JSON: "), badJson.reason());

    RecordError range = collector.rejects.get(1);
    assertEquals(new RecordError(file.toString(), 250, "cand-00250", "$.loonwaarde.percentage",
        "must be between 0 and 100, got 140"), range);
    assertEquals(file + ":250: record cand-00250: $.loonwaarde.percentage: must be between 0 and 100, got 140",
        range.toString());

    assertEquals(new RecordError(file.toString(), 800, null, "$.id", "is required"), collector.rejects.get(2));
    assertEquals(List.of(lines.get(16), lines.get(249), lines.get(799)), collector.raws);

    List<String> rejectLines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
    assertEquals(3, rejectLines.size());
    long[] expectedLines = {17, 250, 800};
    int[] index = {16, 249, 799};
    for (int i = 0; i < 3; i++) {
      JsonNode n = Json.mapper().readTree(rejectLines.get(i));
      assertEquals(List.of("file", "line", "recordId", "jsonPath", "reason", "raw"),
          iterableToList(n.fieldNames()));
      assertEquals(file.toString(), n.get("file").asText());
      assertEquals(expectedLines[i], n.get("line").asLong());
      assertEquals(collector.rejects.get(i).reason(), n.get("reason").asText());
      assertEquals(collector.rejects.get(i).jsonPath(), n.get("jsonPath").asText());
      assertEquals(lines.get(index[i]), n.get("raw").asText());
    }
    assertTrue(Json.mapper().readTree(rejectLines.get(0)).get("recordId").isNull());
    assertEquals("cand-00250", Json.mapper().readTree(rejectLines.get(1)).get("recordId").asText());
  }

  private static List<String> iterableToList(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void failFastStopsAtTheFirstBadRecord() throws IOException {
    Path file = write("candidates.jsonl", thousandLinesWithThreeBroken());
    List<Candidate> accepted = new ArrayList<>();
    RecordFormatException e = assertThrows(RecordFormatException.class,
        () -> RecordReader.of(Candidate.class).read(file, accepted::add));
    assertEquals(17, e.error().line());
    assertEquals(file.toString(), e.error().file());
    assertTrue(e.getMessage().startsWith(file + ":17: record (no id): $: invalid JSON: "), e.getMessage());
    assertEquals(16, accepted.size());
  }

  @Test
  void failFastNamesTheFieldOfAValidationError() throws IOException {
    List<String> lines = thousandLinesWithThreeBroken();
    lines.set(16, json(Fixtures.fullCandidate("cand-00017")));
    Path file = write("candidates.jsonl", lines);
    RecordFormatException e = assertThrows(RecordFormatException.class,
        () -> RecordReader.of(Candidate.class).read(file, c -> {}));
    assertEquals(new RecordError(file.toString(), 250, "cand-00250", "$.loonwaarde.percentage",
        "must be between 0 and 100, got 140"), e.error());
  }

  @Test
  void unknownFieldsWarnByDefaultAndRejectInStrictMode() throws IOException {
    String in = """
        {"id":"c1","nickname":"x","home":{"postcode":"7551","floor":3}}
        {"id":"c2"}
        """;
    Collector lenient = new Collector();
    List<Candidate> got = new ArrayList<>();
    ReadSummary s = RecordReader.of(Candidate.class).listener(lenient).read(stream(in), "in.jsonl", got::add);
    assertEquals(new ReadSummary(2, 2, 0, 2), s);
    assertEquals(2, got.size());
    assertEquals("7551", got.get(0).home().postcode());
    List<String> paths = lenient.warnings.stream().map(RecordError::jsonPath).sorted().toList();
    assertEquals(List.of("$.home.floor", "$.nickname"), paths);
    assertTrue(lenient.warnings.stream().allMatch(w -> w.line() == 1 && w.recordId().equals("c1")
        && w.reason().equals("unknown field, ignored")));

    Collector strict = new Collector();
    got.clear();
    s = RecordReader.of(Candidate.class).strict(true).policy(ReadPolicy.SKIP_AND_REPORT).listener(strict)
        .read(stream(in), "in.jsonl", got::add);
    assertEquals(new ReadSummary(2, 1, 1, 0), s);
    assertEquals("c2", got.get(0).id());
    RecordError e = strict.rejects.get(0);
    assertEquals("c1", e.recordId());
    assertEquals("unknown field", e.reason());
    assertTrue(List.of("$.home.floor", "$.nickname").contains(e.jsonPath()), e.jsonPath());

    RecordFormatException ex = assertThrows(RecordFormatException.class,
        () -> RecordReader.of(Candidate.class).strict(true).read(stream(in), "in.jsonl", c -> {}));
    assertEquals(1, ex.error().line());
  }

  @Test
  void secondOccurrenceOfAnIdIsRejectedAndTheFirstKept() throws IOException {
    String in = """
        {"id":"c1","municipality":"Almelo"}
        {"id":"c2"}

        {"id":"c1","municipality":"Enschede"}
        """;
    Collector c = new Collector();
    List<Candidate> got = new ArrayList<>();
    ReadSummary s = RecordReader.of(Candidate.class).policy(ReadPolicy.SKIP_AND_REPORT).listener(c)
        .read(stream(in), "in.ndjson", got::add);
    assertEquals(new ReadSummary(3, 2, 1, 0), s);
    assertEquals("Almelo", got.get(0).municipality());
    assertEquals(new RecordError("in.ndjson", 4, "c1", "$.id", "duplicate id, first seen on line 1"), c.rejects.get(0));
  }

  @Test
  void errorsInsideNestedListsNameTheElement() throws IOException {
    String in = """
        {"id":"c1","skills":[{"skillId":"sk.a"},{"skillId":"sk.b"},{"skillId":"sk.c","level":7}]}
        {"id":"c2","participation":{"ladderStep":9}}
        {"id":"c3","birthYear":"1990"}
        {"id":"c4","desiredSectors":["ZORG","KUNST"]}
        {"id":17}
        [1]
        """;
    Collector c = new Collector();
    RecordReader.of(Candidate.class).policy(ReadPolicy.SKIP_AND_REPORT).listener(c)
        .read(stream(in), "in.jsonl", x -> {});
    List<String> got = c.rejects.stream().map(RecordError::toString).toList();
    assertEquals("in.jsonl:1: record c1: $.skills[2].level: must be between 1 and 5, got 7", got.get(0));
    assertEquals("in.jsonl:2: record c2: $.participation.ladderStep: must be between 1 and 6, got 9", got.get(1));
    assertEquals("in.jsonl:3: record c3: $.birthYear: expected a whole number, got string \"1990\"", got.get(2));
    assertTrue(got.get(3).startsWith("in.jsonl:4: record c4: $.desiredSectors[1]: expected one of ZORG, TECHNIEK,"),
        got.get(3));
    assertTrue(got.get(3).endsWith("got string \"KUNST\""), got.get(3));
    assertEquals("in.jsonl:5: record 17: $.id: expected a string, got number 17", got.get(4));
    assertEquals("in.jsonl:6: record (no id): $: a record must be a JSON object, got an array", got.get(5));
  }

  @Test
  void readsAJsonArrayStreamingWithLinesAndRawText() throws IOException {
    String good1 = json(Fixtures.fullCandidate("c1"));
    String bad = "{\n  \"id\": \"c2\",\n  \"loonwaarde\": {\"percentage\": 140}\n}";
    String good3 = "{\"id\": \"c3\"}";
    String text = "[\n" + good1 + ",\n" + bad + ",\n" + good3 + "\n]\n";
    Collector c = new Collector();
    List<Candidate> got = new ArrayList<>();
    ReadSummary s = RecordReader.of(Candidate.class).policy(ReadPolicy.SKIP_AND_REPORT).listener(c)
        .read(stream(text), "cands.json", got::add);
    assertEquals(new ReadSummary(3, 2, 1, 0), s);
    assertEquals(Fixtures.fullCandidate("c1"), got.get(0));
    assertEquals("c3", got.get(1).id());
    assertEquals(new RecordError("cands.json", 3, "c2", "$.loonwaarde.percentage",
        "must be between 0 and 100, got 140"), c.rejects.get(0));
    assertEquals(bad, c.raws.get(0));
  }

  @Test
  void readsASingleObjectJsonDocument() throws IOException {
    List<Vacancy> got = new ArrayList<>();
    ReadSummary s = RecordReader.of(Vacancy.class)
        .read(stream("  " + json(Fixtures.fullVacancy("v1")) + "\n"), "v.json", got::add);
    assertEquals(new ReadSummary(1, 1, 0, 0), s);
    assertEquals(Fixtures.fullVacancy("v1"), got.get(0));
  }

  @Test
  void invalidJsonInsideAnArrayStopsEvenWhenSkipping() throws IOException {
    String text = "[\n{\"id\":\"c1\"},\n{\"id\":\"c2\",,}\n,{\"id\":\"c3\"}]";
    Path rejects = dir.resolve("r.jsonl");
    List<Candidate> got = new ArrayList<>();
    RecordFormatException e = assertThrows(RecordFormatException.class,
        () -> RecordReader.of(Candidate.class).policy(ReadPolicy.SKIP_AND_REPORT).rejects(rejects)
            .read(stream(text), "x.json", got::add));
    assertEquals(3, e.error().line());
    assertTrue(e.error().reason().contains("the rest of the input cannot be read"), e.error().reason());
    assertEquals(1, got.size());
    List<String> r = Files.readAllLines(rejects);
    assertEquals(1, r.size());
    assertEquals(3, Json.mapper().readTree(r.get(0)).get("line").asInt());
  }

  @Test
  void duplicateKeyInsideAnArrayElementIsSkippedNotFatal() throws IOException {
    String text = "[{\"id\":\"c1\",\"id\":\"c9\",\"home\":{\"postcode\":\"7551\"}},\n{\"id\":\"c2\"}]";
    Collector c = new Collector();
    List<Candidate> got = new ArrayList<>();
    ReadSummary s = RecordReader.of(Candidate.class).policy(ReadPolicy.SKIP_AND_REPORT).listener(c)
        .read(stream(text), "x.json", got::add);
    assertEquals(new ReadSummary(2, 1, 1, 0), s);
    assertEquals("c2", got.get(0).id());
    assertEquals("invalid JSON: duplicate field 'id'", c.rejects.get(0).reason());
    assertEquals("{\"id\":\"c1\",\"id\":\"c9\",\"home\":{\"postcode\":\"7551\"}}", c.raws.get(0));
  }

  @Test
  void formatIsRecognisedFromTheContentNotTheName() throws IOException {
    String in = "{\"id\":\"c1\"}\n{\"id\":\"c2\"}\n";
    for (String name : new String[] {"in.txt", "in.json", "in.jsonl", "x"}) {
      assertEquals(2, RecordReader.of(Candidate.class).read(stream(in), name, c -> {}).accepted(), name);
    }
    ReadSummary s = RecordReader.of(Candidate.class).format(RecordFormat.JSON_LINES)
        .read(stream(in), "in.txt", c -> {});
    assertEquals(2, s.accepted());
    // An explicit JSON document reads a sequence of records too.
    assertEquals(2, RecordReader.of(Candidate.class).format(RecordFormat.JSON).read(stream(in), "in.jsonl", c -> {})
        .accepted());
    // An explicit JSON Lines format refuses an array, saying what it found.
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> RecordReader.of(Candidate.class)
        .format(RecordFormat.JSON_LINES).read(stream("[" + in.replace("}\n{", "},{") + "]"), "in.jsonl", c -> {}));
    assertTrue(e.error().reason().contains("a JSON array"), e.error().reason());
  }

  @Test
  void byteOrderMarkAndCrLfAreAccepted() throws IOException {
    String in = "\uFEFF{\"id\":\"c1\"}\r\n\r\n{\"id\":\"c2\",\"birthYear\":3000}\r\n";
    Collector c = new Collector();
    ReadSummary s = RecordReader.of(Candidate.class).policy(ReadPolicy.SKIP_AND_REPORT).listener(c)
        .read(stream(in), "in.jsonl", x -> {});
    assertEquals(new ReadSummary(2, 1, 1, 0), s);
    assertEquals(3, c.rejects.get(0).line());
    assertEquals("$.birthYear", c.rejects.get(0).jsonPath());
  }

  @Test
  void invalidUtf8CostsOnlyItsLine() throws IOException {
    byte[] bytes = {'{', '"', 'i', 'd', '"', ':', '"', 'c', (byte) 0xC3, (byte) 0x28, '"', '}', '\n',
        '{', '"', 'i', 'd', '"', ':', '"', 'c', '2', '"', '}', '\n'};
    Collector c = new Collector();
    List<Candidate> got = new ArrayList<>();
    ReadSummary s = RecordReader.of(Candidate.class).policy(ReadPolicy.SKIP_AND_REPORT).listener(c)
        .read(new ByteArrayInputStream(bytes), "in.jsonl", got::add);
    assertEquals(new ReadSummary(2, 1, 1, 0), s);
    assertEquals("c2", got.get(0).id());
    assertEquals(1, c.rejects.get(0).line());
    assertTrue(c.rejects.get(0).reason().startsWith("invalid UTF-8 at byte 9 of the line (\\xC3)"),
        c.rejects.get(0).reason());
    assertEquals("{\"id\":\"c\\xC3(\"}", c.raws.get(0), "raw bytes escaped");
  }

  @Test
  void genericReaderWithOwnIdExtractor() throws IOException {
    record Judgment(String vacancyId, String candidateId, int grade) {}
    String in = """
        {"vacancyId":"v1","candidateId":"c1","grade":2}
        {"vacancyId":"v1","candidateId":"c1","grade":3}
        {"vacancyId":"v1","grade":"x"}
        """;
    Collector c = new Collector();
    List<Judgment> got = new ArrayList<>();
    ReadSummary s = RecordReader.of(Judgment.class, n -> n.has("candidateId")
            ? n.path("vacancyId").asText() + "/" + n.path("candidateId").asText() : null)
        .policy(ReadPolicy.SKIP_AND_REPORT).listener(c).read(stream(in), "j.jsonl", got::add);
    assertEquals(new ReadSummary(3, 1, 2, 0), s);
    assertEquals(2, got.get(0).grade());
    assertEquals("j.jsonl:2: record v1/c1: $.id: duplicate id, first seen on line 1", c.rejects.get(0).toString());
    assertEquals("j.jsonl:3: record (no id): $.grade: expected a whole number, got string \"x\"",
        c.rejects.get(1).toString());
  }

  @Test
  void streamIsNotClosed() throws IOException {
    for (String name : List.of("a.json", "a.jsonl")) {
      boolean[] closed = {false};
      ByteArrayInputStream in = new ByteArrayInputStream("{\"id\":\"c1\"}\n".getBytes(StandardCharsets.UTF_8)) {
        @Override
        public void close() {
          closed[0] = true;
        }
      };
      assertEquals(1, RecordReader.of(Candidate.class).read(in, name, c -> {}).accepted());
      assertFalse(closed[0], name);
    }
  }

  static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
