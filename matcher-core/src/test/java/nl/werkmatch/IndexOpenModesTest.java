package nl.werkmatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nl.werkmatch.index.RecordCodec;
import nl.werkmatch.index.TestRecords;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoDeletionPolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening an index never destroys it: read-only opens take no lock and change nothing, an
 * incomplete directory is refused untouched, and a commit interrupted between the two record types
 * is rolled back to the commit both share.
 */
class IndexOpenModesTest {
  @TempDir
  Path tmp;

  private Path built(int candidates) {
    Path dir = tmp.resolve("idx");
    try (MatchIndex index = MatchIndex.open(dir)) {
      for (int i = 0; i < candidates; i++) {
        index.upsert(TestRecords.generated(i));
      }
      index.upsert(TestRecords.fullVacancy("v-1"));
      index.commit();
    }
    return dir;
  }

  /** Every file under {@code dir} with its size and modification time. */
  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isRegularFile(p)) {
          files.put(dir.relativize(p).toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
        }
      }
    }
    return files;
  }

  @Test
  void aMissingSegmentsFileIsAnErrorThatCreatesAndDeletesNothing() throws IOException {
    Path dir = built(50);
    try (Stream<Path> files = Files.list(dir.resolve("candidates"))) {
      for (Path p : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        Files.delete(p); // a half-copied backup
      }
    }
    Map<String, String> before = snapshot(dir);
    for (boolean readOnly : new boolean[] {true, false}) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> (readOnly ? MatchIndex.openReadOnly(dir) : MatchIndex.open(dir)).close());
      assertTrue(e.getMessage().contains("segments_N") && e.getMessage().contains("nothing was created"),
          e.getMessage());
      assertEquals(before, snapshot(dir), "the refused open (readOnly=" + readOnly + ") changed the directory");
    }
    Files.delete(dir.resolve("vacancies").resolve(Files.list(dir.resolve("vacancies")).filter(
        f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow().getFileName()));
    Map<String, String> neither = snapshot(dir);
    assertThrows(IllegalStateException.class, () -> MatchIndex.open(dir));
    assertEquals(neither, snapshot(dir), "segment files of both sides without segments_N are not a new index");
  }

  @Test
  void aMissingSideIsRefusedNotRecreated() throws IOException {
    Path dir = built(20);
    try (Stream<Path> files = Files.walk(dir.resolve("vacancies"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Map<String, String> before = snapshot(dir);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> MatchIndex.open(dir));
    assertTrue(e.getMessage().contains("not a complete werkmatch index"), e.getMessage());
    assertEquals(before, snapshot(dir));
    assertTrue(Files.notExists(dir.resolve("vacancies")));
  }

  @Test
  void readOnlyOpensTakeNoLockAndRunBesideAWriter() throws Exception {
    Path dir = built(100);
    Map<String, String> before = snapshot(dir);
    try (MatchIndex a = MatchIndex.openReadOnly(dir); MatchIndex b = MatchIndex.openReadOnly(dir);
        MatchIndex c = MatchIndex.openReadOnly(dir)) {
      assertEquals(before, snapshot(dir), "a read-only open wrote to the directory");
      for (MatchIndex r : List.of(a, b, c)) {
        assertEquals(100, r.candidateCount());
        assertTrue(r.readOnly());
      }
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> a.upsert(TestRecords.generated(1)));
      assertTrue(e.getMessage().contains("read-only"), e.getMessage());
      assertThrows(IllegalStateException.class, a::commit);
      assertThrows(IllegalStateException.class, () -> a.deleteCandidate("x"));
      // a writer beside the three readers
      try (MatchIndex w = MatchIndex.open(dir)) {
        w.upsert(TestRecords.generated(100));
        w.commit();
        assertEquals(101, w.candidateCount());
        assertEquals(100, a.candidateCount(), "a read-only view stays at the commit it opened");
        try (MatchIndex d = MatchIndex.openReadOnly(dir)) {
          assertEquals(101, d.candidateCount(), "a new read-only open sees the writer's commit");
        }
      }
    }
  }

  @Test
  void readersAndAWriterInManyThreadsAtOnce() throws Exception {
    Path dir = built(200);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> readers = new ArrayList<>();
    try {
      Future<Integer> writer = pool.submit(() -> {
        start.await();
        try (MatchIndex w = MatchIndex.open(dir)) {
          for (int i = 200; i < 400; i++) {
            w.upsert(TestRecords.generated(i));
            if (i % 50 == 0) {
              w.commit();
            }
          }
        }
        return 0;
      });
      for (int t = 0; t < 3; t++) {
        readers.add(pool.submit(() -> {
          start.await();
          int opens = 0;
          for (int k = 0; k < 20; k++) {
            try (MatchIndex r = MatchIndex.openReadOnly(dir)) {
              int n = r.candidateCount();
              assertTrue(n >= 200 && n <= 400, "count " + n);
              assertEquals(n, r.candidates().count(), "one consistent commit");
              opens++;
            }
          }
          return opens;
        }));
      }
      start.countDown();
      writer.get();
      for (Future<Integer> r : readers) {
        assertEquals(20, r.get());
      }
    } finally {
      pool.shutdownNow();
    }
    try (MatchIndex r = MatchIndex.openReadOnly(dir)) {
      assertEquals(400, r.candidateCount());
    }
  }

  @Test
  void aReadOnlyDirectoryIsReadable() throws IOException {
    Path dir = built(10);
    Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root ignores file permissions");
    List<Path> dirs = List.of(dir, dir.resolve("candidates"), dir.resolve("vacancies"));
    for (Path p : dirs) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r-xr-xr-x"));
    }
    try (MatchIndex r = MatchIndex.openReadOnly(dir)) {
      assertEquals(10, r.candidateCount());
    } finally {
      for (Path p : dirs) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  /**
   * A crash between the candidates' and the vacancies' publication: the candidate side gets one
   * more commit (with the next sequence number) than the vacancy side. Both opens see the commit
   * both sides share; the writable open rolls the candidate side back.
   */
  @Test
  void aCommitInterruptedBetweenTheTwoSidesIsRolledBack() throws IOException {
    Path dir = built(30);
    long shared;
    try (MatchIndex r = MatchIndex.openReadOnly(dir)) {
      shared = r.lastCommit().sequence();
    }
    try (Directory d = FSDirectory.open(dir.resolve("candidates"));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer())
            .setIndexDeletionPolicy(NoDeletionPolicy.INSTANCE))) {
      Map<String, String> data = new TreeMap<>();
      w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.put("werkmatch.commit.sequence", Long.toString(shared + 1));
      w.addDocument(RecordCodec.candidateDocument(TestRecords.generated(999)));
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
    try (MatchIndex r = MatchIndex.openReadOnly(dir)) {
      assertEquals(30, r.candidateCount(), "read-only sees the shared commit");
      assertEquals(shared, r.lastCommit().sequence());
    }
    try (Directory d = FSDirectory.open(dir.resolve("candidates")); DirectoryReader raw = DirectoryReader.open(d)) {
      assertEquals(31, raw.numDocs(), "the read-only open changed nothing");
    }
    try (MatchIndex w = MatchIndex.open(dir)) {
      assertEquals(30, w.candidateCount(), "the half commit is rolled back");
      assertTrue(w.candidate(TestRecords.generated(999).id()).isEmpty());
    }
    try (MatchIndex r = MatchIndex.openReadOnly(dir)) {
      assertEquals(30, r.candidateCount());
      assertTrue(r.lastCommit().sequence() > shared, "the rollback is committed on both sides");
    }
  }

  @Test
  void theCommitFingerprintChangesWithEveryCommittedChangeOnly() {
    Path dir = built(5);
    MatchIndex.Commit first;
    try (MatchIndex r = MatchIndex.openReadOnly(dir)) {
      first = r.lastCommit();
    }
    try (MatchIndex r = MatchIndex.openReadOnly(dir)) {
      assertEquals(first, r.lastCommit(), "same commit, same fingerprint");
    }
    try (MatchIndex w = MatchIndex.open(dir)) {
      w.deleteCandidate(TestRecords.generated(2).id());
      w.commit();
    }
    try (MatchIndex r = MatchIndex.openReadOnly(dir)) {
      assertNotEquals(first.contentSha256(), r.lastCommit().contentSha256());
      assertTrue(r.lastCommit().sequence() > first.sequence());
    }
  }

  @Test
  void flippedBytesAreFoundByTheChecksumCheck() throws IOException {
    Path dir = built(300);
    try (MatchIndex w = MatchIndex.open(dir)) {
      w.forceMerge();
    }
    Path biggest;
    try (Stream<Path> files = Files.list(dir.resolve("candidates"))) {
      biggest = files.filter(f -> !f.getFileName().toString().startsWith("segments")
          && !f.getFileName().toString().equals("write.lock"))
          .max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
    }
    try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
      long at = f.length() / 2;
      f.seek(at);
      int b = f.read();
      f.seek(at);
      f.write(b ^ 0x5A);
    }
    try (MatchIndex r = MatchIndex.openReadOnly(dir)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, r::verifyChecksums);
      assertTrue(e.getMessage().contains("damaged") && e.getMessage().contains("matcher check"), e.getMessage());
    }
  }
  /**
   * An index written by a newer Lucene (here: the segments file's format version raised, as Lucene
   * 10.6 writes 11 where 10.5 reads at most 10) is refused with a message saying so, untouched.
   */
  @Test
  void anIndexOfANewerLuceneIsRefusedWithTheReason() throws IOException {
    Path dir = built(10);
    Path segments;
    try (Stream<Path> files = Files.list(dir.resolve("candidates"))) {
      segments = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
    }
    try (RandomAccessFile f = new RandomAccessFile(segments.toFile(), "rw")) {
      f.seek(4 + 1 + "segments".length()); // after the codec magic and the codec name: the format version
      int version = f.readInt();
      f.seek(4 + 1 + "segments".length());
      f.writeInt(version + 7);
      // a valid footer again: CRC32 of everything before the last 8 bytes, as Lucene writes it
      byte[] body = new byte[(int) f.length() - 8];
      f.seek(0);
      f.readFully(body);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(body);
      f.writeLong(crc.getValue());
    }
    Map<String, String> before = snapshot(dir);
    for (java.util.function.Function<Path, MatchIndex> open : List.<java.util.function.Function<Path, MatchIndex>>of(
        MatchIndex::open, MatchIndex::openReadOnly)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> open.apply(dir).close());
      assertTrue(e.getMessage().contains("Lucene version") && e.getMessage().contains("reindex from the records"),
          e.getMessage());
    }
    assertEquals(before, snapshot(dir));
  }
}
