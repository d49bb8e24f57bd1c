package nl.werkmatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.werkmatch.index.Fields;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code matcher export}: index -> export -> index -> export gives the same bytes; old formats refused clearly. */
class ExportCommandTest {
  @TempDir
  Path tmp;

  @Test
  void roundTripGivesIdenticalBytes() throws Exception {
    Path index = Cli.sampleIndex();
    Path c1 = tmp.resolve("c1.jsonl");
    Path v1 = tmp.resolve("v1.jsonl");
    Cli.Run r = Cli.run("export", "--index", index.toString(), "--type", "candidates", "--out", c1.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("exported ") && r.err().contains(" candidates (index format "), r.err());
    assertEquals(0, Cli.run("export", "--index", index.toString(), "--type", "vacancies", "--out", v1.toString()).exit());

    Path again = tmp.resolve("again");
    Cli.Run load = Cli.run("index", "--index", again.toString(), c1.toString(), v1.toString());
    assertEquals(0, load.exit(), load.err());
    Path c2 = tmp.resolve("c2.jsonl");
    Path v2 = tmp.resolve("v2.jsonl");
    assertEquals(0, Cli.run("export", "--index", again.toString(), "--type", "candidates", "--out", c2.toString()).exit());
    assertEquals(0, Cli.run("export", "--index", again.toString(), "--type", "vacancies", "--out", v2.toString()).exit());
    assertArrayEquals(Files.readAllBytes(c1), Files.readAllBytes(c2));
    assertArrayEquals(Files.readAllBytes(v1), Files.readAllBytes(v2));
    long lines = Files.readAllLines(c1).size();
    long sample = Files.readAllLines(Cli.sampleData().resolve("candidates.jsonl")).stream().filter(l -> !l.isBlank()).count();
    assertEquals(sample, lines, "every sample candidate exported once");

    Cli.Run stdout = Cli.run("export", "--index", again.toString(), "--type", "vacancies", "--out", "-");
    assertEquals(0, stdout.exit(), stdout.err());
    assertEquals(Files.readString(v1, StandardCharsets.UTF_8), stdout.out());
  }

  @Test
  void refusesAmbiguousTypeAndAnExistingFile() throws Exception {
    Path index = Cli.sampleIndex();
    Path out = tmp.resolve("x.jsonl");
    Cli.Run r = Cli.run("export", "--index", index.toString(), "--out", out.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("pass --type"), r.err());
    Files.writeString(out, "keep");
    r = Cli.run("export", "--index", index.toString(), "--type", "vacancies", "--out", out.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("--force"), r.err());
    assertEquals("keep", Files.readString(out));
  }

  @Test
  void olderBinaryFormatFailsClearlyAndWritesNothing() throws Exception {
    Path dir = tmp.resolve("old");
    for (String side : new String[] {"candidates", "vacancies"}) {
      try (var d = FSDirectory.open(dir.resolve(side));
          IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, "x-1", Field.Store.NO));
        doc.add(new BinaryDocValuesField(Fields.RECORD, new BytesRef(new byte[] {1, 2})));
        w.addDocument(doc);
        w.setLiveCommitData(Map.of(Fields.FORMAT_KEY, "12.00000000000000000000000000000000").entrySet());
        w.commit();
      }
    }
    Path out = tmp.resolve("old.jsonl");
    Cli.Run r = Cli.run("export", "--index", dir.toString(), "--type", "candidates", "--out", out.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("has format 12.0000") && r.err().contains("rebuild it from the source files"), r.err());
    assertFalse(Files.exists(out));
    assertFalse(Files.exists(tmp.resolve("old.jsonl.tmp")));
  }
}
