package nl.werkmatch.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
  @TempDir
  Path dir;

  /** Asserts every record component, recursively (first element of each list), is set. */
  static void assertEverythingSet(Object value, String path) throws ReflectiveOperationException {
    assertNotNull(value, path + " is not set");
    if (value instanceof Collection<?> c) {
      assertFalse(c.isEmpty(), path + " is empty");
      assertEverythingSet(c.iterator().next(), path + "[0]");
      return;
    }
    if (value.getClass().isRecord()) {
      for (RecordComponent rc : value.getClass().getRecordComponents()) {
        assertEverythingSet(rc.getAccessor().invoke(value), path + "." + rc.getName());
      }
    }
  }

  @Test
  void fixturesSetEveryField() throws Exception {
    assertEverythingSet(Fixtures.fullCandidate("c1"), "$");
    assertEverythingSet(Fixtures.fullVacancy("v1"), "$");
  }

  private static <T> byte[] writeLines(List<T> records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<T> w = RecordWriter.jsonLines(out)) {
      for (T r : records) {
        w.write(r);
      }
    }
    return out.toByteArray();
  }

  private static <T> byte[] writeArray(List<T> records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<T> w = RecordWriter.jsonArray(out)) {
      for (T r : records) {
        w.write(r);
      }
    }
    return out.toByteArray();
  }

  private static <T> List<T> read(Class<T> type, byte[] bytes, String name) throws IOException {
    List<T> got = new ArrayList<>();
    RecordReader.of(type).strict(true).read(new ByteArrayInputStream(bytes), name, got::add);
    return got;
  }

  @Test
  void candidateRoundTripIsExact() throws IOException {
    List<Candidate> records = List.of(Fixtures.fullCandidate("c1"), new Candidate("c2", null, null, null, null,
        null, null, null, null, List.of(), null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null));
    byte[] lines = writeLines(records);
    List<Candidate> back = read(Candidate.class, lines, "c.jsonl");
    assertEquals(records, back);
    assertArrayEquals(lines, writeLines(back));
    String text = new String(lines, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("}\n") && !text.contains("\r"));
    assertEquals(2, text.split("\n").length);
    assertTrue(text.contains("\"level\":\"1F\""), "Dutch reference level written as 1F");
    assertTrue(text.contains("\"ladderStep\":5"), "ladder step written as its number");

    byte[] array = writeArray(records);
    List<Candidate> fromArray = read(Candidate.class, array, "c.json");
    assertEquals(records, fromArray);
    assertArrayEquals(array, writeArray(fromArray));
  }

  @Test
  void vacancyRoundTripIsExactIncludingDecimalScale() throws IOException {
    List<Vacancy> records = List.of(Fixtures.fullVacancy("v1"), Fixtures.fullVacancy("v2"));
    byte[] lines = writeLines(records);
    assertTrue(new String(lines, StandardCharsets.UTF_8).contains("\"hourlyWage\":14.80"));
    List<Vacancy> back = read(Vacancy.class, lines, "v.jsonl");
    assertEquals(records, back);
    assertEquals("14.80", back.get(0).hourlyWage().toPlainString());
    assertArrayEquals(lines, writeLines(back));

    byte[] array = writeArray(records);
    assertArrayEquals(array, writeArray(read(Vacancy.class, array, "v.json")));
  }

  @Test
  void arrayLayoutAndFiles() throws IOException {
    assertEquals("[\n]\n", new String(writeArray(List.of()), StandardCharsets.UTF_8));
    Path file = dir.resolve("one.json");
    try (RecordWriter<Candidate> w = RecordWriter.open(file)) {
      w.write(new Candidate("a", "Assen", null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null, null, null, null, null, null, null, null, null));
      assertEquals(1, w.count());
    }
    assertEquals("[\n{\"id\":\"a\",\"municipality\":\"Assen\"}\n]\n", Files.readString(file));
    Path jsonl = dir.resolve("one.jsonl");
    try (RecordWriter<Candidate> w = RecordWriter.open(jsonl)) {
      w.write(read(Candidate.class, Files.readAllBytes(file), "one.json").get(0));
    }
    assertEquals("{\"id\":\"a\",\"municipality\":\"Assen\"}\n", Files.readString(jsonl));
  }
}
