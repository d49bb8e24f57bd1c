package nl.werkmatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.werkmatch.index.Fields;
import nl.werkmatch.index.RecordCodec;
import nl.werkmatch.index.TestRecords;
import nl.werkmatch.io.Json;
import nl.werkmatch.io.ReadListener;
import nl.werkmatch.io.RecordError;
import nl.werkmatch.io.RecordReader;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.sample.SampleGenerator;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link IndexExport}: records out of an index in id order, the same bytes every time, read back
 * to equal records; the JSON of formats 1 to 11 read; a binary record layout of another version
 * refused with the remedy.
 */
class IndexExportTest {
  private static final ReadListener QUIET = new ReadListener() {};

  @TempDir
  Path tmp;

  @Test
  void exportsCurrentIndexInIdOrderAndRoundTrips() throws IOException {
    SampleGenerator gen = new SampleGenerator(7);
    List<Candidate> cands = new ArrayList<>(gen.candidates(150).toList());
    List<Vacancy> vacs = gen.vacancies(40).toList();
    cands.add(TestRecords.fullCandidate("a-full"));
    cands.add(TestRecords.bareCandidate("z-bare"));
    java.util.Collections.shuffle(cands, new java.util.Random(3));
    Path dir = tmp.resolve("index");
    try (MatchIndex index = MatchIndex.open(dir)) {
      index.upsertCandidates(cands.subList(0, 80));
      index.commit(); // two segments
      index.upsertCandidates(cands.subList(80, cands.size()));
      index.upsertVacancies(vacs);
      index.deleteCandidate(cands.get(5).id());
      index.upsert(cands.get(6)); // an update: the older document is deleted
    }
    byte[] first;
    byte[] firstVacancies;
    try (IndexExport export = IndexExport.open(dir)) {
      assertEquals(Fields.FORMAT_VERSION, export.format(Candidate.class));
      assertTrue(export.readable(Candidate.class) && export.readable(Vacancy.class));
      assertEquals(cands.size() - 1, export.count(Candidate.class));
      first = write(export, Candidate.class);
      firstVacancies = write(export, Vacancy.class);
      assertArrayEquals(first, write(export, Candidate.class), "the same bytes on a second export");
    }
    List<Candidate> expected = cands.stream().filter(c -> !c.id().equals(cands.get(5).id()))
        .sorted(Comparator.comparing(Candidate::id)).toList();
    assertEquals(expected, read(first, Candidate.class));
    assertEquals(vacs.stream().sorted(Comparator.comparing(Vacancy::id)).toList(), read(firstVacancies, Vacancy.class));

    // index -> export -> index -> export: the same bytes
    Path again = tmp.resolve("again");
    try (MatchIndex index = MatchIndex.open(again)) {
      index.upsertCandidates(read(first, Candidate.class));
      index.upsertVacancies(read(firstVacancies, Vacancy.class));
    }
    try (IndexExport export = IndexExport.open(again)) {
      assertArrayEquals(first, write(export, Candidate.class));
      assertArrayEquals(firstVacancies, write(export, Vacancy.class));
    }
  }

  @Test
  void readsTheStoredJsonOfFormatEleven() throws IOException {
    List<Candidate> cands = List.of(TestRecords.fullCandidate("c-3"), TestRecords.generated(1),
        TestRecords.bareCandidate("c-1"), TestRecords.generated(2));
    Vacancy v = TestRecords.fullVacancy("v-1");
    Path dir = tmp.resolve("v11");
    // as format 11 wrote an index: the record's JSON in the stored field _source, the id as a term
    Map<String, byte[]> candJson = new TreeMap<>();
    for (Candidate c : cands) {
      byte[] json = Json.mapper().writeValueAsBytes(c);
      if (c.id().equals("c-3")) { // a field a later model dropped: reported and left out
        String s = new String(json, StandardCharsets.UTF_8);
        json = ("{\"dropped\":\"x\"," + s.substring(1)).getBytes(StandardCharsets.UTF_8);
      }
      candJson.put(c.id(), json);
    }
    writeJsonSide(dir.resolve("candidates"), "11", candJson, "gen-00002");
    writeJsonSide(dir.resolve("vacancies"), "11", Map.of(v.id(), Json.mapper().writeValueAsBytes(v)), null);
    List<RecordError> warnings = new ArrayList<>();
    ReadListener listener = new ReadListener() {
      @Override
      public void onWarning(RecordError warning) {
        warnings.add(warning);
      }
    };
    try (IndexExport export = IndexExport.open(dir)) {
      assertEquals("11", export.format(Candidate.class));
      assertTrue(export.readable(Candidate.class));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertEquals(3, export.write(Candidate.class, out, listener));
      List<Candidate> expected = cands.stream().filter(c -> !c.id().equals("gen-00002"))
          .sorted(Comparator.comparing(Candidate::id)).toList();
      assertEquals(expected, read(out.toByteArray(), Candidate.class));
      assertEquals(1, warnings.size(), warnings.toString());
      assertTrue(warnings.get(0).toString().contains("dropped"), warnings.toString());
      assertTrue(warnings.get(0).toString().contains("candidate c-3"), warnings.toString());
      assertEquals(List.of(v), read(write(export, Vacancy.class), Vacancy.class));
    }
  }

  @Test
  void aStoredJsonRecordTheModelRefusesNamesTheRecord() throws IOException {
    Path dir = tmp.resolve("bad11");
    writeJsonSide(dir.resolve("candidates"), "9",
        Map.of("c-1", "{\"id\":\"c-1\",\"birthYear\":\"1990\"}".getBytes(StandardCharsets.UTF_8)), null);
    writeJsonSide(dir.resolve("vacancies"), "9", Map.of(), null);
    try (IndexExport export = IndexExport.open(dir)) {
      RuntimeException e = assertThrows(RuntimeException.class, () -> write(export, Candidate.class));
      assertTrue(e.getMessage().contains("candidate c-1") && e.getMessage().contains("birthYear"), e.getMessage());
    }
  }

  @Test
  void refusesABinaryLayoutOfAnotherVersionWithTheRemedy() throws IOException {
    Path dir = tmp.resolve("old12");
    String candLayout = RecordCodec.recordLayout(Candidate.class);
    String vacLayout = RecordCodec.recordLayout(Vacancy.class);
    // format 12, candidates in another layout, vacancies in this one
    String format = "12." + "0123456789abcdef" + vacLayout;
    Vacancy v = TestRecords.fullVacancy("v-9");
    writeBinarySide(dir.resolve("candidates"), format, "c-1", new byte[] {1, 2, 3});
    writeBinarySide(dir.resolve("vacancies"), format, v.id(), RecordCodec.encode(v));
    try (IndexExport export = IndexExport.open(dir)) {
      assertFalse(export.readable(Candidate.class));
      assertTrue(export.readable(Vacancy.class));
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> write(export, Candidate.class));
      assertTrue(e.getMessage().contains("has format " + format), e.getMessage());
      assertTrue(e.getMessage().contains("0123456789abcdef") && e.getMessage().contains(candLayout), e.getMessage());
      assertTrue(e.getMessage().contains("with the werkmatch version that wrote it")
          && e.getMessage().contains("rebuild it from the source files"), e.getMessage());
      assertEquals(List.of(v), read(write(export, Vacancy.class), Vacancy.class), "same layout: readable");
    }
    // MatchIndex itself refuses to open it, as before
    assertThrows(IllegalStateException.class, () -> MatchIndex.openReadOnly(dir).close());
  }

  @Test
  void refusesWhatIsNoWerkmatchIndex() throws IOException {
    Path dir = tmp.resolve("foreign");
    writeBinarySide(dir.resolve("candidates"), null, "c-1", new byte[] {1});
    writeBinarySide(dir.resolve("vacancies"), null, "v-1", new byte[] {1});
    try (IndexExport export = IndexExport.open(dir)) {
      assertEquals("none", export.format(Candidate.class));
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> write(export, Candidate.class));
      assertTrue(e.getMessage().contains("not a werkmatch index"), e.getMessage());
    }
    Files.createDirectories(tmp.resolve("empty"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> IndexExport.open(tmp.resolve("empty")));
    assertTrue(e.getMessage().contains("candidates/ is missing"), e.getMessage());
  }

  private static byte[] write(IndexExport export, Class<? extends Record> type) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.write(type, out, QUIET);
    return out.toByteArray();
  }

  private static <T> List<T> read(byte[] jsonLines, Class<T> type) throws IOException {
    List<T> out = new ArrayList<>();
    RecordReader.of(type).strict(true).read(new ByteArrayInputStream(jsonLines), "export", out::add);
    return out;
  }

  /** One side as index formats 1 to 11 wrote it; {@code deleted}: an id added, then deleted. */
  private static void writeJsonSide(Path side, String format, Map<String, byte[]> records, String deleted)
      throws IOException {
    try (Directory d = FSDirectory.open(side);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      List<String> ids = new ArrayList<>(records.keySet());
      java.util.Collections.reverse(ids); // documents not in id order
      for (String id : ids) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, id, Field.Store.NO));
        doc.add(new StoredField("_source", new BytesRef(records.get(id))));
        w.addDocument(doc);
      }
      if (deleted != null) {
        w.commit();
        w.deleteDocuments(RecordCodec.idTerm(deleted));
      }
      w.setLiveCommitData(Map.of(Fields.FORMAT_KEY, format).entrySet());
      w.commit();
    }
  }

  /** One side with a binary record, as formats 12 and later write it (no format: {@code format} null). */
  private static void writeBinarySide(Path side, String format, String id, byte[] record) throws IOException {
    try (Directory d = FSDirectory.open(side);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField(Fields.ID, id, Field.Store.NO));
      doc.add(new BinaryDocValuesField(Fields.RECORD, new BytesRef(record)));
      w.addDocument(doc);
      if (format != null) {
        w.setLiveCommitData(Map.of(Fields.FORMAT_KEY, format, "werkmatch.commit.sequence", "1").entrySet());
      } else {
        w.setLiveCommitData(Map.of("werkmatch.commit.sequence", "1").entrySet());
      }
      w.commit();
    }
  }
}
