package nl.werkmatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.io.Json;
import nl.werkmatch.sample.SampleGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24's acceptance run: one generated export of {@link #N} candidates with every fault a real
 * export has injected, loaded by {@code matcher index}. Every valid record reaches the index, every
 * broken one is in the rejects file with its own line number, and nothing else is lost. CI runs
 * 5,000 records; {@code -Dwerkmatch.faults.records=50000} runs the 50,000.
 */
class ExportFaultsCommandTest {
  /** Records in the generated export. */
  static final int N = Integer.getInteger("werkmatch.faults.records", 5_000);

  @TempDir
  static Path tmp;
  static List<String> records;
  static List<String> ids;

  @BeforeAll
  static void generate() throws IOException {
    records = new ArrayList<>(N);
    ids = new ArrayList<>(N);
    new SampleGenerator(24).candidates(N).forEach(c -> {
      try {
        records.add(Json.mapper().writeValueAsString(c));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      ids.add(c.id());
    });
  }

  /** An export being written: lines of bytes with their 1-based numbers, and what each should give. */
  private static final class Export {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final Set<String> valid = new TreeSet<>();
    final Map<Long, String> rejects = new TreeMap<>(); // line -> the fault
    long line;

    void line(byte[] b, String eol) {
      line++;
      bytes.writeBytes(b);
      bytes.writeBytes(eol.getBytes(StandardCharsets.US_ASCII));
    }

    void valid(String record, String id, String eol) {
      line(record.getBytes(StandardCharsets.UTF_8), eol);
      valid.add(id);
    }

    void broken(byte[] b, String fault) {
      line(b, "\n");
      rejects.put(line, fault);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The record's UTF-8 bytes with {@code raw} inserted right after the first {@code after}. */
  private static byte[] inserting(String record, String after, byte[] raw) {
    int at = record.indexOf(after) + after.length();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(utf8(record.substring(0, at)));
    b.writeBytes(raw);
    b.writeBytes(utf8(record.substring(at)));
    return b.toByteArray();
  }

  private static String with(String record, java.util.function.Consumer<ObjectNode> change) throws IOException {
    ObjectNode o = (ObjectNode) Json.mapper().readTree(record);
    change.accept(o);
    return Json.mapper().writeValueAsString(o);
  }

  @Test
  void aGeneratedExportWithEveryFaultInjectedLosesNoValidRecord() throws IOException {
    Export x = new Export();
    x.bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a byte-order mark
    int step = N / 12;
    for (int i = 0; i < N; i++) {
      String r = records.get(i);
      String id = ids.get(i);
      int fault = i % step == step / 2 ? i / step : -1;
      switch (fault) {
        case 0 -> x.broken(inserting(r, "\"municipality\":\"", new byte[] {(byte) 0xE9}), "a Latin-1 byte");
        case 1 -> x.broken(utf8(r.substring(0, r.length() / 2)), "cut off half way (a killed export)");
        case 2 -> x.broken(utf8(with(r, o -> o.put("note", "x".repeat(5 << 20)))), "a 5 MiB line");
        case 3 -> x.broken(utf8(with(r, o -> o.putObject("loonwaarde").put("percentage", 140.0))),
            "a field out of range");
        case 4 -> { // the same id twice: the first is kept, the second rejected
          x.valid(r, id, "\n");
          x.broken(utf8(r), "a duplicate id");
        }
        case 5 -> x.broken(inserting(r, "\"municipality\":\"", new byte[] {0}), "a raw NUL byte");
        case 6 -> x.valid(with(r, o -> o.put("bsn", "123456782")), id, "\n"); // unknown field: a warning
        case 7 -> x.valid(with(r, o -> o.put("municipality", "S\u00fadwest-Frysl\u00e2n")), id, "\n"); // real UTF-8
        case 8 -> x.valid(with(r, o -> o.putObject("personal").put("name", "\u001b[2J\u001b]0;x\u0007Jan")), id,
            "\n"); // control characters are data, escaped on output
        case 9 -> { // CRLF, blank and whitespace-only lines
          x.valid(r, id, "\r\n");
          x.line(utf8(""), "\r\n");
          x.line(utf8(" \t "), "\n");
        }
        case 10 -> x.broken(utf8("{\"id\":\"" + id + "\","), "a record split over two lines");
        default -> x.valid(r, id, i == N - 1 ? "" : "\n"); // the last line has no newline
      }
    }
    Path file = tmp.resolve("kandidaten-export.jsonl");
    Files.write(file, x.bytes.toByteArray());
    Path index = tmp.resolve("index");
    Path rejects = tmp.resolve("rejects.jsonl");
    Cli.Run r = Cli.run("index", "--index", index.toString(), "--rejects", rejects.toString(), "--max-rejects",
        String.valueOf(x.rejects.size()), file.toString());
    assertEquals(0, r.exit(), r.err().lines().limit(40).collect(Collectors.joining("\n")));
    Map<Long, String> rejected = new TreeMap<>();
    for (String l : Files.readAllLines(rejects)) {
      JsonNode n = Json.mapper().readTree(l);
      rejected.put(n.get("line").asLong(), n.get("reason").asText());
    }
    assertEquals(x.rejects.keySet(), rejected.keySet(), "every broken record rejected on its own line, nothing else: "
        + rejected);
    try (MatchIndex idx = MatchIndex.openReadOnly(index)) {
      Set<String> indexed;
      try (var s = idx.candidateIds()) {
        indexed = s.collect(Collectors.toCollection(TreeSet::new));
      }
      Set<String> lost = new TreeSet<>(x.valid);
      lost.removeAll(indexed);
      assertEquals(Set.of(), lost, "valid records lost");
      assertEquals(x.valid, indexed);
      assertTrue(x.valid.size() >= N - 8, x.valid.size() + " valid of " + N);
    }
    System.out.printf("export faults: %d records, %d lines, %d rejected, %d valid, 0 lost%n", N, x.line,
        rejected.size(), x.valid.size());
  }

  @Test
  void aGzippedWrapperObjectInAJsonlFileLoadsWhole() throws IOException {
    Path file = tmp.resolve("export.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(utf8("{\"exportedAt\":\"2026-12-01\",\"kandidaten\":[\n" + String.join(",\n", records) + "\n]}"));
    }
    Path index = tmp.resolve("index-gz");
    Cli.Run r = Cli.run("index", "--index", index.toString(), file.toString());
    assertEquals(0, r.exit(), r.err());
    try (MatchIndex idx = MatchIndex.openReadOnly(index)) {
      assertEquals(N, idx.candidateCount());
    }
  }
}
