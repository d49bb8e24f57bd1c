package nl.werkmatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.io.ReadListener;
import nl.werkmatch.io.ReadPolicy;
import nl.werkmatch.io.ReadSummary;
import nl.werkmatch.io.RecordError;
import nl.werkmatch.io.RecordFormat;
import nl.werkmatch.io.RecordFormatException;
import nl.werkmatch.io.RecordReader;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.rules.PolicyConfig;
import nl.werkmatch.taxonomy.Taxonomy;
import nl.werkmatch.taxonomy.TaxonomyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile sizes and values: each gets a clear error (or a documented limit), never an
 * {@link OutOfMemoryError}, a stack overflow or a hang. Every test has a {@link Timeout}; the
 * limits asserted are those of {@code nl.werkmatch.io.Json} (strings 1,000,000 characters, nesting
 * 64, numbers 64 digits) and {@code nl.werkmatch.model.Check} (text 20,000 characters, lists
 * 10,000 entries, dates 1900-01-01..2100-12-31).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InputLimitsTest {

  private static final String CANDIDATE = "{\"id\":\"c-1\",\"municipality\":\"Enschede\"}";

  private static List<Candidate> accepted;

  /** Reads JSON Lines of candidates under FAIL_FAST; returns the error of the first reject. */
  private static RecordError candidateError(String jsonl) throws IOException {
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> readCandidates(jsonl));
    return e.error();
  }

  private static ReadSummary readCandidates(String jsonl) throws IOException {
    accepted = new ArrayList<>();
    return RecordReader.of(Candidate.class).format(RecordFormat.JSON_LINES)
        .read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "limits.jsonl", accepted::add);
  }

  @Test
  void stringLongerThanTheParserLimitIsRejectedWithTheLimitNamed() throws IOException {
    String huge = "x".repeat(1_000_001);
    RecordError e = candidateError("{\"id\":\"c-1\",\"municipality\":\"" + huge + "\"}\n");
    assertEquals(1, e.line());
    assertTrue(e.reason().contains("1000000") || e.reason().toLowerCase().contains("length"), e.reason());
  }

  @Test
  void textLongerThanTheModelLimitIsRejectedNamingTheField() throws IOException {
    String text = "x".repeat(20_001);
    RecordError e = candidateError("{\"id\":\"c-1\",\"municipality\":\"" + text + "\"}\n");
    assertEquals("c-1", e.recordId());
    assertTrue(e.jsonPath().contains("municipality"), e.jsonPath());
    assertTrue(e.reason().contains("20000"), e.reason());
  }

  @Test
  void aMillionSkillsOnOneRecordIsRejectedByTheListLimit() throws IOException {
    StringBuilder sb = new StringBuilder(24_000_000).append("{\"id\":\"c-1\",\"skills\":[");
    for (int i = 0; i < 1_000_000; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"skillId\":\"sk.").append(i).append("\"}");
    }
    sb.append("]}\n").append(CANDIDATE.replace("c-1", "c-2")).append('\n');
    List<RecordError> rejects = new ArrayList<>();
    accepted = new ArrayList<>();
    // the ~24 MB line is over the default record limit (4 MiB); raised here to reach the list limit
    ReadSummary s = RecordReader.of(Candidate.class).format(RecordFormat.JSON_LINES)
        .policy(ReadPolicy.SKIP_AND_REPORT).maxRecordBytes(32 << 20)
        .listener(new nl.werkmatch.io.ReadListener() {
          @Override
          public void onReject(RecordError error, String raw) {
            rejects.add(error);
          }
        })
        .read(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)), "skills.jsonl", accepted::add);
    assertEquals(1, s.rejected());
    assertEquals(1, s.accepted(), "the next record is still read");
    assertEquals("c-2", accepted.get(0).id());
    assertTrue(rejects.get(0).reason().contains("10000"), rejects.get(0).reason());
    assertTrue(rejects.get(0).jsonPath().contains("skills"), rejects.get(0).jsonPath());
  }

  @Test
  void deepNestingIsRejectedInEveryJsonReader() throws IOException {
    String deep = "[".repeat(100_000);
    String deepObject = "{\"id\":\"c-1\",\"x\":" + deep + "}";
    RecordError e = candidateError(deepObject + "\n");
    assertTrue(e.reason().toLowerCase().contains("nesting") || e.reason().contains("64"), e.reason());
    // JSON document: fatal, the rest cannot be read
    assertThrows(RecordFormatException.class, () -> RecordReader.of(Vacancy.class).format(RecordFormat.JSON)
        .read(in("[" + deepObject + "]"), "deep.json", v -> {}));
    assertThrows(IllegalArgumentException.class, () -> MatchProfile.read(in("{\"weights\":" + deep), "deep.json"));
    assertThrows(IllegalArgumentException.class, () -> PolicyConfig.read(in("{\"x\":" + deep), "deep.json"));
    assertThrows(TaxonomyException.class, () -> Taxonomy.load(in("{\"groups\":" + deep), "deep.json"));
  }

  @Test
  void nanAndInfinitiesAreRejected() throws IOException {
    // NaN is not JSON
    assertTrue(candidateError("{\"id\":\"c-1\",\"home\":{\"lat\":NaN,\"lon\":6.0}}\n").reason().length() > 0);
    // 1e999 overflows a double to Infinity: a range error naming the field
    RecordError inf = candidateError("{\"id\":\"c-1\",\"home\":{\"lat\":1e999,\"lon\":6.0,\"country\":\"NL\"}}\n");
    assertTrue(inf.jsonPath().contains("lat"), inf.jsonPath());
    RecordError neg = candidateError("{\"id\":\"c-1\",\"home\":{\"lat\":52.0,\"lon\":-1e999,\"country\":\"NL\"}}\n");
    assertTrue(neg.jsonPath().contains("lon"), neg.jsonPath());
    // a number longer than 64 digits
    RecordError longNumber = candidateError("{\"id\":\"c-1\",\"birthYear\":" + "9".repeat(100) + "}\n");
    assertTrue(longNumber.reason().length() > 0);
    // PC4: NaN and Infinity are numbers to Double.parseDouble, not to the loader
    for (String v : new String[] {"NaN", "Infinity", "-Infinity", "1e999"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Gazetteer.builtIn().loadPc4(in("postcode,lat,lon\n7511," + v + ",6.9\n"), "pc4.csv"));
      assertTrue(e.getMessage().contains("pc4.csv:2") && e.getMessage().contains("lat"), e.getMessage());
    }
    // profile: an infinite decay scale
    IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> MatchProfile.read(
        in(profileWith("\"scale\" : 35", "\"scale\" : 1e999")), "inf-profile.json"));
    assertTrue(p.getMessage().contains("inf-profile.json"), p.getMessage());
  }

  @Test
  void datesInYearZeroOr9999AreRejected() throws IOException {
    for (String d : new String[] {"0000-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01", "2024-02-30"}) {
      RecordError e = candidateError("{\"id\":\"c-1\",\"benefitSince\":\"" + d + "\"}\n");
      assertEquals("c-1", e.recordId(), d);
      assertTrue(e.jsonPath().contains("benefitSince"), d + ": " + e.jsonPath());
    }
  }

  @Test
  void duplicateIdsInOneFileKeepTheFirstAndRejectTheRest() throws IOException {
    String jsonl = CANDIDATE + "\n" + CANDIDATE.replace("Enschede", "Hengelo") + "\n";
    RecordError e = candidateError(jsonl);
    assertEquals(2, e.line());
    assertTrue(e.reason().contains("duplicate id") && e.reason().contains("line 1"), e.reason());
    assertEquals(1, accepted.size());
    assertEquals("Enschede", accepted.get(0).municipality());
    // JSON document too
    List<Vacancy> vs = new ArrayList<>();
    ReadSummary s = RecordReader.of(Vacancy.class).policy(ReadPolicy.SKIP_AND_REPORT).format(RecordFormat.JSON)
        .listener(new nl.werkmatch.io.ReadListener() {})
        .read(in("[{\"id\":\"v-1\"},{\"id\":\"v-1\"},{\"id\":\"v-2\"}]"), "dup.json", vs::add);
    assertEquals(2, s.accepted());
    assertEquals(1, s.rejected());
    // the index keeps one document per id, whatever is upserted
    try (MatchIndex index = MatchIndex.inMemory()) {
      for (int i = 0; i < 100; i++) {
        index.upsertCandidates(accepted);
      }
      index.refresh();
      assertEquals(1, index.candidateCount());
    }
  }

  @Test
  void invalidUtf8CostsOnlyItsRecordOnTheRightLine() throws IOException {
    byte[] good = (CANDIDATE + "\n" + CANDIDATE.replace("c-1", "c-2") + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 3];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xC3; // truncated two-byte sequence
    bad[good.length + 1] = (byte) 0x28;
    bad[good.length + 2] = '\n';
    List<Candidate> got = new ArrayList<>();
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> RecordReader.of(Candidate.class)
        .format(RecordFormat.JSON_LINES).read(new ByteArrayInputStream(bad), "utf8.jsonl", got::add));
    assertTrue(e.error().reason().contains("UTF-8"), e.error().reason());
    assertEquals("utf8.jsonl", e.error().file());
    assertEquals(3, e.error().line(), "the line of the bad bytes");
    assertEquals(2, got.size(), "the records before it were delivered");
  }

  /**
   * Found by the 10^6-input mutation run (input 933,447): {@code 1e} and 50 digits is a JSON number
   * within the length limit that Jackson cannot read; its {@code NumberFormatException} ended the
   * whole read instead of costing the record.
   */
  @ParameterizedTest
  @ValueSource(strings = {"jsonl", "array", "pretty"})
  void aNumberThatCannotBeReadCostsOnlyItsRecord(String container) throws IOException {
    String bad = "{\"id\":\"c-2\",\"loonwaarde\":{\"percentage\":1e" + "9".repeat(50) + "}}";
    String good = CANDIDATE.replace("c-1", "c-3");
    String text = switch (container) {
      case "jsonl" -> CANDIDATE + "\n" + bad + "\n" + good + "\n";
      case "array" -> "[" + CANDIDATE + ",\n" + bad + ",\n" + good + "]";
      default -> CANDIDATE.replace(",", ",\n  ") + "\n" + bad.replace(",", ",\n  ") + "\n" + good + "\n";
    };
    List<String> ids = new ArrayList<>();
    List<RecordError> rejects = new ArrayList<>();
    ReadSummary s = RecordReader.of(Candidate.class).policy(ReadPolicy.SKIP_AND_REPORT).listener(new ReadListener() {
      @Override
      public void onReject(RecordError error, String raw) {
        rejects.add(error);
      }
    }).read(java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("numbers", ".jsonl"), text),
        c -> ids.add(c.id()));
    assertEquals(List.of("c-1", "c-3"), ids, container + " " + rejects);
    assertEquals(1, s.rejected());
    assertTrue(rejects.get(0).reason().contains("a number that cannot be read"), rejects.get(0).reason());
  }

  /** Found by the 10^6-input mutation run: "\\ud800" was accepted and came out of the index codec as "?". */
  @Test
  void aLoneSurrogateIsRejectedNamingItsFieldNeverStoredAltered() throws IOException {
    RecordError e = candidateError(CANDIDATE + "\n{\"id\":\"c-2\",\"education\":{\"partialCertificates\":[\"ok\","
        + "\"VCA \\ud800\"]}}\n");
    assertEquals("$.education.partialCertificates[1]", e.jsonPath());
    assertEquals("c-2", e.recordId());
    assertEquals(2, e.line());
    assertTrue(e.reason().contains("lone UTF-16 surrogate"), e.reason());
    assertEquals("$.personal.n\udc00", candidateError("{\"id\":\"c-3\",\"personal\":{\"n\\udc00\":1}}\n").jsonPath(),
        "a field name too");
    assertEquals("$.personal.name", candidateError("{\"id\":\"c-4\",\"personal\":{\"name\":\"\\udc00\\ud800\"}}\n")
        .jsonPath(), "a pair in the wrong order is two lone surrogates");
    readCandidates("{\"id\":\"c-5\",\"personal\":{\"name\":\"Jan \\ud83d\\ude00\"}}\n"); // a pair is text
    assertEquals("Jan \ud83d\ude00", accepted.get(0).personal().name());
  }

  @Test
  void aLongLineOfWhitespaceOrCommasIsNotAHang() throws IOException {
    // 20 million spaces then a record: blank-ish content is skipped in linear time.
    String spaces = " ".repeat(20_000_000);
    ReadSummary s = readCandidates(spaces + "\n" + CANDIDATE + "\n");
    assertEquals(1, s.accepted());
    RecordError e = candidateError("[" + ",".repeat(5_000_000) + "]\n");
    assertTrue(e.reason().length() > 0);
  }

  private static String profileWith(String from, String to) throws IOException {
    try (InputStream in = MatchProfile.class.getResourceAsStream("default-profile.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(json.contains(from), "default profile has " + from);
      return json.replace(from, to);
    }
  }

  private static InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
