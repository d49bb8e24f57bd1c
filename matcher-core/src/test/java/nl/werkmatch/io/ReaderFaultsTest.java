package nl.werkmatch.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import nl.werkmatch.model.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The faults real exports have (issue 24): a stray Latin-1 byte, a whole file in Latin-1 or UTF-16,
 * another container than JSON Lines, gzip, an enormous line. Each costs at most the records it
 * touches, or refuses the file whole before any record is delivered; no valid record is lost.
 */
class ReaderFaultsTest {
  private static final int N = 50_000;

  @TempDir
  Path tmp;

  private static String record(int i) {
    return "{\"id\":\"c-" + String.format("%05d", i) + "\",\"municipality\":\"Enschede\",\"personal\":{\"name\":\"Jos\"}}";
  }

  private static List<String> records(int n) {
    return IntStream.range(0, n).mapToObj(ReaderFaultsTest::record).collect(Collectors.toList());
  }

  private record Result(ReadSummary summary, List<String> ids, List<RecordError> rejects, List<String> raws) {}

  private static Result read(RecordReader<Candidate> reader, Path file) throws IOException {
    List<String> ids = new ArrayList<>();
    List<RecordError> rejects = new ArrayList<>();
    List<String> raws = new ArrayList<>();
    ReadSummary s = reader.policy(ReadPolicy.SKIP_AND_REPORT).listener(new ReadListener() {
      @Override
      public void onReject(RecordError error, String raw) {
        rejects.add(error);
        raws.add(raw);
      }
    }).read(file, c -> ids.add(c.id()));
    return new Result(s, ids, rejects, raws);
  }

  private static byte[] utf8(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aLatin1ByteAtRecord25000LosesExactlyThatRecord() throws IOException {
    List<String> lines = records(N);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < N; i++) {
      byte[] line = lines.get(i).getBytes(StandardCharsets.UTF_8);
      if (i == 24_999) {
        line = lines.get(i).replace("Jos", "Jos\u00e9").getBytes(StandardCharsets.ISO_8859_1); // 0xE9
      }
      out.write(line);
      out.write('\n');
    }
    Path file = tmp.resolve("candidates.jsonl");
    Files.write(file, out.toByteArray());
    Result r = read(RecordReader.of(Candidate.class), file);
    assertEquals(new ReadSummary(N, N - 1, 1, 0), r.summary());
    assertEquals(1, r.rejects().size());
    RecordError e = r.rejects().get(0);
    assertEquals(25_000, e.line(), "the line of the bad byte");
    assertEquals("c-24999", e.recordId(), "the id is still named");
    int at = record(24_999).indexOf("Jos") + 4; // 1-based byte of the é
    assertTrue(e.reason().startsWith("invalid UTF-8 at byte " + at + " of the line (\\xE9)"), e.reason());
    assertTrue(r.raws().get(0).contains("\"Jos\\xE9\""), r.raws().get(0));
    assertEquals(N - 1, r.ids().size());
    assertTrue(!r.ids().contains("c-24999") && r.ids().contains("c-24998") && r.ids().contains("c-25000"));
  }

  @Test
  void aWholeLatin1FileIsRefusedBeforeAnythingIsReadOrReadWithItsEncoding() throws IOException {
    List<String> lines = records(1000);
    for (int i = 600; i < 1000; i += 50) {
      lines.set(i, lines.get(i).replace("Jos", "Jos\u00e9")); // accents only late in the file
    }
    Path file = tmp.resolve("kandidaten.jsonl");
    Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1));
    List<String> delivered = new ArrayList<>();
    RecordFormatException e = assertThrows(RecordFormatException.class,
        () -> RecordReader.of(Candidate.class).policy(ReadPolicy.SKIP_AND_REPORT).read(file, c -> delivered.add(c.id())));
    assertEquals(0, delivered.size(), "refused before any record");
    assertTrue(e.error().reason().contains("Latin-1") && e.error().reason().contains("--encoding windows-1252"),
        e.error().reason());
    assertEquals(601, e.error().line());
    List<Candidate> all = new ArrayList<>();
    RecordReader.of(Candidate.class).encoding(Charset.forName("windows-1252")).read(file, all::add);
    assertEquals(1000, all.size());
    assertEquals("Jos\u00e9", all.get(600).personal().name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-16"})
  void utf16IsRefusedWholeOrReadWithItsEncoding(String charset) throws IOException {
    List<String> lines = records(100);
    lines.set(5, lines.get(5).replace("Jos", "Jos\u00e9"));
    Path file = tmp.resolve("c.jsonl");
    Files.write(file, (String.join("\n", lines) + "\n").getBytes(Charset.forName(charset)));
    List<String> delivered = new ArrayList<>();
    RecordFormatException e = assertThrows(RecordFormatException.class,
        () -> RecordReader.of(Candidate.class).policy(ReadPolicy.SKIP_AND_REPORT).read(file, c -> delivered.add(c.id())));
    assertTrue(delivered.isEmpty());
    assertTrue(e.error().reason().contains("UTF-16"), e.error().reason());
    Result r = read(RecordReader.of(Candidate.class).encoding(Charset.forName(charset.equals("UTF-16") ? "UTF-16"
        : charset)), file);
    assertEquals(new ReadSummary(100, 100, 0, 0), r.summary());
  }

  /** The same 50,000 records in every container an export may use, all in a file named .jsonl. */
  @ParameterizedTest
  @ValueSource(strings = {"array", "prettyArray", "prettyObjects", "noNewlines", "wrapper", "wrapperWithMeta",
      "crlfBomBlankLines", "gzip"})
  void everyContainerIsReadWhole(String container) throws IOException {
    List<String> lines = records(N);
    String body = switch (container) {
      case "array" -> "[" + String.join(",", lines) + "]";
      case "prettyArray" -> "[\n" + lines.stream().map(l -> "  " + l.replace(",", ",\n    ")).collect(
          Collectors.joining(",\n")) + "\n]\n";
      case "prettyObjects" -> lines.stream().map(l -> l.replace("{", "{\n  ").replace(",", ",\n  ")
          .replace("}", "\n}")).collect(Collectors.joining("\n")) + "\n";
      case "noNewlines" -> String.join("", lines);
      case "wrapper" -> "{\"data\":[" + String.join(",", lines) + "]}";
      case "wrapperWithMeta" -> "{\"exportedAt\":\"2026-11-01\",\"meta\":{\"n\":1},\"kandidaten\":[\n"
          + String.join(",\n", lines) + "\n],\"count\":" + N + "}";
      case "crlfBomBlankLines" -> "\uFEFF\r\n" + String.join("\r\n\r\n", lines) + "\r\n";
      default -> String.join("\n", lines) + "\n";
    };
    Path file = tmp.resolve(container.equals("gzip") ? "candidates.jsonl.gz" : "candidates.jsonl");
    if (container.equals("gzip")) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write(body.getBytes(StandardCharsets.UTF_8));
      }
    } else {
      Files.writeString(file, body, StandardCharsets.UTF_8);
    }
    Result r = read(RecordReader.of(Candidate.class), file);
    assertEquals(List.of(), r.rejects(), container);
    assertEquals(N, r.ids().size(), container + ": every record read");
    assertEquals("c-00000", r.ids().get(0));
    assertEquals("c-49999", r.ids().get(N - 1));
  }

  /** Pretty-printed records whose first line holds the first field too: was read as JSON Lines, every line rejected. */
  @Test
  void prettyPrintedRecordsStartingWithAFieldOnTheFirstLineAreReadWhole() throws IOException {
    List<String> lines = records(1000);
    Path file = tmp.resolve("candidates.jsonl");
    Files.writeString(file, lines.stream().map(l -> l.replace(",", ",\n  ")).collect(Collectors.joining("\n")) + "\n");
    Result r = read(RecordReader.of(Candidate.class), file);
    assertEquals(List.of(), r.rejects());
    assertEquals(1000, r.ids().size());
  }

  @Test
  void aWrapperWithTwoArraysIsRefusedSayingWhatWasFound() throws IOException {
    Path file = tmp.resolve("c.jsonl");
    Files.writeString(file, "{\"data\":[" + record(1) + "],\"more\":[" + record(2) + "]}");
    RecordFormatException e = assertThrows(RecordFormatException.class,
        () -> RecordReader.of(Candidate.class).policy(ReadPolicy.SKIP_AND_REPORT).read(file, c -> {}));
    assertTrue(e.error().reason().contains("second array ('data' and 'more')"), e.error().reason());
  }

  @Test
  void aPrettyPrintedSingleRecordWhoseFirstFieldIsAListOfTheRecordIsOneRecord() throws IOException {
    Path file = tmp.resolve("c.json");
    Files.writeString(file, "{\n \"skills\": [{\"skillId\":\"sk.1\",\"level\":2}],\n \"id\": \"c-1\"\n}\n");
    Result r = read(RecordReader.of(Candidate.class), file);
    assertEquals(List.of("c-1"), r.ids());
  }

  @Test
  void damagedGzipIsAClearError() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(utf8(records(2000)));
    }
    byte[] gz = bytes.toByteArray();
    Path file = tmp.resolve("c.jsonl.gz");
    Files.write(file, java.util.Arrays.copyOf(gz, gz.length / 2));
    RecordFormatException e = assertThrows(RecordFormatException.class,
        () -> RecordReader.of(Candidate.class).policy(ReadPolicy.SKIP_AND_REPORT).read(file, c -> {}));
    assertTrue(e.error().reason().contains("gzip"), e.error().reason());
  }

  /** A 184 MB line is skipped while streaming (never held): no OutOfMemoryError, the next record is read. */
  @Test
  void a184MegabyteLineIsRejectedWithoutHoldingIt() throws IOException {
    long size = 184L << 20;
    byte[] head = "{\"id\":\"c-big\",\"municipality\":\"".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\"}\n" + record(1) + "\n").getBytes(StandardCharsets.US_ASCII);
    InputStream in = new InputStream() {
      long pos;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        long total = head.length + size + tail.length;
        if (pos >= total) {
          return -1;
        }
        int n = (int) Math.min(len, total - pos);
        for (int i = 0; i < n; i++, pos++) {
          b[off + i] = pos < head.length ? head[(int) pos]
              : pos < head.length + size ? (byte) 'x' : tail[(int) (pos - head.length - size)];
        }
        return n;
      }
    };
    List<RecordError> rejects = new ArrayList<>();
    List<String> raws = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    ReadSummary s = RecordReader.of(Candidate.class).policy(ReadPolicy.SKIP_AND_REPORT).listener(new ReadListener() {
      @Override
      public void onReject(RecordError error, String raw) {
        rejects.add(error);
        raws.add(raw);
      }
    }).read(in, "big.jsonl", c -> ids.add(c.id()));
    assertEquals(new ReadSummary(2, 1, 1, 0), s);
    assertEquals(List.of("c-00001"), ids);
    assertEquals(1, rejects.get(0).line());
    assertTrue(rejects.get(0).reason().contains("over the limit of 4194304 bytes"), rejects.get(0).reason());
    assertTrue(raws.get(0).length() < 300, "only the start of the line is kept");
  }

  @Test
  void aRecordOverTheLimitInAJsonArrayIsAFatalErrorNotAnOutOfMemoryError() {
    String big = "[" + record(1) + ",{\"id\":\"c-2\",\"municipality\":\"" + "x".repeat(300_000) + "\"}]";
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> RecordReader.of(Candidate.class)
        .policy(ReadPolicy.SKIP_AND_REPORT).maxRecordBytes(10_000)
        .read(new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), "a.json", c -> {}));
    assertTrue(e.error().reason().contains("longer than the limit of 10000"), e.error().reason());
  }

  @Test
  void aFewBadBytesInAUtf8FileCostOnlyTheirLines() throws IOException {
    List<String> lines = records(N);
    lines.set(10, lines.get(10).replace("Jos", "Jos\u00eb")); // valid UTF-8 elsewhere: a mixed file
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < N; i++) {
      byte[] b = lines.get(i).getBytes(StandardCharsets.UTF_8);
      if (i % 10_000 == 5) {
        b = lines.get(i).replace("Jos", "Jos\u00e9").getBytes(StandardCharsets.ISO_8859_1);
      }
      out.write(b);
      out.write('\n');
    }
    Path file = tmp.resolve("c.jsonl");
    Files.write(file, out.toByteArray());
    Result r = read(RecordReader.of(Candidate.class), file);
    assertEquals(5, r.rejects().size());
    assertEquals(N - 5, r.ids().size(), "0 valid records lost");
    assertEquals(List.of(6L, 10_006L, 20_006L, 30_006L, 40_006L), r.rejects().stream().map(RecordError::line).toList());
  }
}
