package nl.werkmatch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.werkmatch.io.RecordFormatException;
import nl.werkmatch.match.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgmentTest {
  static final Direction V2C = Direction.VACANCY_TO_CANDIDATES;

  @TempDir
  Path dir;

  @Test
  void badGradeIsReportedWithFileLineRecordAndField() throws Exception {
    Path f = dir.resolve("j.jsonl");
    Files.writeString(f, """
        {"direction":"VACANCY_TO_CANDIDATES","queryId":"v1","itemId":"c1","grade":2,"source":"INTERVIEW","date":"2026-10-01"}
        {"direction":"VACANCY_TO_CANDIDATES","queryId":"v1","itemId":"c2","grade":5,"source":"INTERVIEW","date":"2026-10-01"}
        """);
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> Judgment.read(f));
    assertEquals(2, e.error().line());
    assertEquals("v1/c2/INTERVIEW/2026-10-01", e.error().recordId());
    assertEquals("$.grade", e.error().jsonPath());
    assertEquals("must be between 0 and 3, got 5", e.error().reason());
  }

  @Test
  void missingSourceAndUnknownDirectionAreErrors() throws Exception {
    Path f = dir.resolve("j.jsonl");
    Files.writeString(f, "{\"direction\":\"VACANCY_TO_CANDIDATES\",\"queryId\":\"v1\",\"itemId\":\"c1\",\"grade\":2,\"date\":\"2026-10-01\"}\n");
    assertEquals("$.source", assertThrows(RecordFormatException.class, () -> Judgment.read(f)).error().jsonPath());
    Files.writeString(f, "{\"direction\":\"SIDEWAYS\",\"queryId\":\"v1\",\"itemId\":\"c1\",\"grade\":2,\"source\":\"INTERVIEW\",\"date\":\"2026-10-01\"}\n");
    assertEquals("$.direction", assertThrows(RecordFormatException.class, () -> Judgment.read(f)).error().jsonPath());
  }

  @Test
  void feedbackLogWritesJudgmentsThatReadBack() {
    FeedbackLog log = new FeedbackLog(dir.resolve("feedback.jsonl"));
    LocalDate d = LocalDate.of(2026, 11, 2);
    Judgment a = log.accept(V2C, "v1", "c1", Judgment.Source.SHORTLIST_FEEDBACK, "goede match", d);
    Judgment p = log.accept(V2C, "v1", "c2", Judgment.Source.PLACEMENT, null, d);
    Judgment r = log.reject(V2C, "v1", "c3", Judgment.Source.SHORTLIST_FEEDBACK, "geen heftruckcertificaat", d);
    assertEquals(2, a.grade());
    assertEquals(3, p.grade());
    assertEquals(0, r.grade());
    assertEquals(List.of(a, p, r), log.read());
    Qrels q = Qrels.read(log.file());
    assertEquals(List.of("c1", "c2", "c3"), List.copyOf(q.grades("v1").keySet()));
    assertThrows(IllegalArgumentException.class, () -> log.reject(V2C, "v1", "c4", Judgment.Source.INTERVIEW, " ", d));
    // one judgment per pair, source and date; a new log on the same file knows the old lines
    assertThrows(IllegalStateException.class,
        () -> new FeedbackLog(log.file()).reject(V2C, "v1", "c1", Judgment.Source.SHORTLIST_FEEDBACK, "changed mind", d));
    log.reject(V2C, "v1", "c1", Judgment.Source.SHORTLIST_FEEDBACK, "changed mind", d.plusDays(1));
    assertEquals(0, Qrels.read(log.file()).grade("v1", "c1").getAsInt());
  }

  @Test
  void writeThenReadRoundTrips() {
    List<Judgment> js = List.of(
        new Judgment(V2C, "v1", "c1", 3, Judgment.Source.PLACEMENT, LocalDate.of(2026, 9, 1), null),
        new Judgment(Direction.CANDIDATE_TO_VACANCIES, "c9", "v2", 1, Judgment.Source.SYNTHETIC, LocalDate.of(2026, 9, 2), "x \"y\""));
    Path f = dir.resolve("out.jsonl");
    Judgment.write(js, f);
    assertEquals(js, Judgment.read(f));
  }

  @Test
  void latestJudgmentOfAPairWins() {
    Qrels q = Qrels.of(List.of(
        new Judgment(V2C, "v1", "c1", 2, Judgment.Source.INTERVIEW, LocalDate.of(2026, 9, 1), null),
        new Judgment(V2C, "v1", "c1", 0, Judgment.Source.PLACEMENT, LocalDate.of(2026, 10, 1), "no-show"),
        new Judgment(V2C, "v1", "c2", 1, Judgment.Source.INTERVIEW, LocalDate.of(2026, 9, 1), null),
        new Judgment(V2C, "v1", "c2", 2, Judgment.Source.SHORTLIST_FEEDBACK, LocalDate.of(2026, 9, 1), null)));
    assertEquals(0, q.grade("v1", "c1").getAsInt());
    assertEquals(2, q.grade("v1", "c2").getAsInt());
    assertThrows(IllegalArgumentException.class, () -> Qrels.of(List.of(
        new Judgment(V2C, "x", "c1", 2, Judgment.Source.INTERVIEW, LocalDate.of(2026, 9, 1), null),
        new Judgment(Direction.CANDIDATE_TO_VACANCIES, "x", "v1", 2, Judgment.Source.INTERVIEW, LocalDate.of(2026, 9, 1), null))));
  }
}
