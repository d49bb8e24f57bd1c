package nl.werkmatch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrecFormatTest {
  @TempDir
  Path dir;

  @Test
  void commentLinesAreSkippedAsTrecEvalDoesButHashInsideADocidIsData() throws Exception {
    Run r = Run.readTrec(new StringReader("# my favourite run\nq1 Q0 doc#1 1 2.0 t\n# another\nq1 Q0 d2 2 1.0 t\n"), "x.run");
    assertEquals(List.of("doc#1", "d2"), r.ranking("q1"));
    Qrels q = Qrels.readTrec(new StringReader("# judgments\nq1 0 doc#1 2\nq1 0 d2 0\n"), "x.qrels");
    assertEquals(2, q.grade("q1", "doc#1").getAsInt());
  }

  @Test
  void anyProfileNameMakesAValidRunTag() {
    assertEquals("Hengelo_proef_2027", Run.tagOf("  Hengelo proef\t 2027 "));
    assertEquals("werkmatch", Run.tagOf(null));
    assertEquals("werkmatch", Run.tagOf(" \u00a0\n"));
    assertEquals("a_b_c", Run.tagOf("a\u00a0b\u0007c\u001b"));
    assertEquals("default", Run.tagOf("default"));
    for (String name : new String[] {"Almelo \u2013 beschut werk", "x\u2028y", "\u0000", "\uD83D\uDE00 emoji"}) {
      String tag = Run.tagOf(name);
      assertEquals(tag, Run.tagOf(tag), "a tag is its own tag");
      Run run = Run.of(tag, Map.of("q1", List.of(new Run.Entry("d1", 1.0))));
      assertEquals(tag, run.tag());
    }
  }

  @Test
  void qrelsRoundTrip() throws Exception {
    Qrels q = MetricsFixtureTest.qrels();
    Path f = dir.resolve("fixture.qrels");
    q.writeTrec(f);
    Qrels back = Qrels.readTrec(f);
    assertEquals(q, back);
    assertEquals(MetricsFixtureTest.QRELS.strip(), Files.readString(f).strip());
    // and writing again gives the same bytes
    StringWriter w = new StringWriter();
    back.writeTrec(w);
    assertEquals(Files.readString(f), w.toString());
  }

  @Test
  void runRoundTripKeepsScoresExactlyAndRanksInTrecOrder() throws Exception {
    Run r = Run.of("my-run", Map.of("q1", List.of(new Run.Entry("a", 0.1 + 0.2), new Run.Entry("b", 1e-7),
        new Run.Entry("c", 0.30000000000000004))));
    StringWriter w = new StringWriter();
    r.writeTrec(w);
    // tie between a and c (both 0.1 + 0.2): docid descending puts c first
    assertEquals("""
        q1 Q0 c 1 0.30000000000000004 my-run
        q1 Q0 a 2 0.30000000000000004 my-run
        q1 Q0 b 3 0.0000001 my-run
        """, w.toString());
    Run back = Run.readTrec(new StringReader(w.toString()), "x.run");
    assertEquals(r, back);
    assertEquals("my-run", back.tag());
  }

  @Test
  void anItemTwiceInOneQueryIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Run.of("t",
        Map.of("q", List.of(new Run.Entry("a", 0.9), new Run.Entry("b", 0.5), new Run.Entry("a", 0.1)))));
    assertEquals("query q lists item a twice", e.getMessage());
  }

  @Test
  void fixtureRunRoundTrip() throws Exception {
    Run r = MetricsFixtureTest.run();
    Path f = dir.resolve("fixture.run");
    r.writeTrec(f);
    assertEquals(r, Run.readTrec(f));
  }

  @Test
  void badLinesNameFileLineAndField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Run.readTrec(new StringReader("q1 Q0 a 1 0.5 t\nq1 Q0 b 2 high t\n"), "bad.run"));
    assertEquals("bad.run:2: field score: not a number: 'high'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Run.readTrec(new StringReader("q1 Q0 a 1 0.5 t\n\nq1 Q0 a 2 0.4 t\n"), "dup.run"));
    assertTrue(e.getMessage().startsWith("dup.run:3: query q1 retrieves document a twice (first on line 1)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Qrels.readTrec(new StringReader("q1 0 a\n"), "bad.qrels"));
    assertEquals("bad.qrels:1: expected 4 fields 'qid iter docid rel', got 3", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Qrels.readTrec(new StringReader("q1 0 a x\n"), "bad.qrels"));
    assertEquals("bad.qrels:1: field rel: not an integer: 'x'", e.getMessage());
  }

  @Test
  void formatDetectionByExtensionThenContent() throws Exception {
    Path jsonl = dir.resolve("j.jsonl");
    Files.writeString(jsonl, "{\"direction\":\"VACANCY_TO_CANDIDATES\",\"queryId\":\"v1\",\"itemId\":\"c1\",\"grade\":2,"
        + "\"source\":\"INTERVIEW\",\"date\":\"2026-10-01\"}\n");
    Path noExt = dir.resolve("judgments");
    Files.copy(jsonl, noExt);
    Path trec = dir.resolve("j.txt");
    Files.writeString(trec, "v1 0 c1 2\n");
    for (Path p : List.of(jsonl, noExt, trec)) {
      Qrels q = Qrels.read(p);
      assertEquals(2, q.grade("v1", "c1").getAsInt(), p.toString());
    }
    assertTrue(Qrels.read(jsonl).direction("v1").isPresent());
    assertTrue(Qrels.read(trec).direction("v1").isEmpty());
  }
}
