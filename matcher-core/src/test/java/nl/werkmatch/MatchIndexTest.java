package nl.werkmatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.werkmatch.index.TestRecords;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchIndexTest {
  @TempDir
  Path tmp;

  private MatchIndex create(boolean onDisk) {
    return onDisk ? MatchIndex.open(tmp.resolve("idx")) : MatchIndex.inMemory();
  }

  @ParameterizedTest(name = "onDisk={0}")
  @ValueSource(booleans = {false, true})
  void upsertThenGet(boolean onDisk) {
    try (MatchIndex index = create(onDisk)) {
      Candidate c = TestRecords.fullCandidate("c-1");
      Vacancy v = TestRecords.fullVacancy("v-1");
      index.upsert(c);
      index.upsert(v);
      index.refresh();
      assertEquals(Optional.of(c), index.candidate("c-1"));
      assertEquals(Optional.of(v), index.vacancy("v-1"));
      assertEquals(Optional.empty(), index.candidate("v-1"), "types are separate indexes");
      assertEquals(Optional.empty(), index.vacancy("c-1"));
      assertEquals(1, index.candidateCount());
      assertEquals(1, index.vacancyCount());
    }
  }

  @ParameterizedTest(name = "onDisk={0}")
  @ValueSource(booleans = {false, true})
  void upsertSameIdTwiceKeepsOneLatestVersion(boolean onDisk) {
    try (MatchIndex index = create(onDisk)) {
      index.upsert(TestRecords.fullCandidate("c-1"));
      index.commit();
      Candidate second = TestRecords.candidate("c-1", 52.0, 6.0, "sk-9", 1);
      index.upsert(second);
      index.upsert(TestRecords.bareVacancy("v-1"));
      index.upsert(TestRecords.fullVacancy("v-1"));
      index.refresh();
      assertEquals(1, index.candidateCount());
      assertEquals(Optional.of(second), index.candidate("c-1"));
      assertEquals(1, index.vacancyCount());
      assertEquals(Optional.of(TestRecords.fullVacancy("v-1")), index.vacancy("v-1"));
      // The old version is gone from queries too.
      assertEquals(0, (int) index.searchCandidates(s -> s.count(
          new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("skill_id", "sk-1")))));
    }
  }

  @ParameterizedTest(name = "onDisk={0}")
  @ValueSource(booleans = {false, true})
  void deleteRemovesOnlyThatRecord(boolean onDisk) {
    try (MatchIndex index = create(onDisk)) {
      index.upsert(TestRecords.bareCandidate("c-1"));
      index.upsert(TestRecords.bareCandidate("c-2"));
      index.upsert(TestRecords.bareVacancy("c-1"));
      index.commit();
      index.deleteCandidate("c-1");
      index.deleteCandidate("c-404");
      index.deleteVacancy("v-404");
      index.refresh();
      assertEquals(Optional.empty(), index.candidate("c-1"));
      assertTrue(index.candidate("c-2").isPresent());
      assertTrue(index.vacancy("c-1").isPresent(), "deleting a candidate leaves a vacancy with the same id");
      assertEquals(1, index.candidateCount());
      index.deleteVacancy("c-1");
      index.commit();
      assertEquals(0, index.vacancyCount());
    }
  }

  @Test
  void changesAreVisibleAfterRefreshWithoutCommit() throws IOException {
    Path dir = tmp.resolve("nrt");
    try (MatchIndex index = MatchIndex.open(dir)) {
      index.upsert(TestRecords.bareCandidate("c-1"));
      assertEquals(0, index.candidateCount(), "not visible before refresh");
      assertEquals(Optional.empty(), index.candidate("c-1"));
      index.refresh();
      assertEquals(1, index.candidateCount());
      assertTrue(index.candidate("c-1").isPresent());
      // Visible, yet not committed: a reader of the last commit on disk does not see it.
      try (Directory d = FSDirectory.open(dir.resolve("candidates"));
          DirectoryReader committed = DirectoryReader.open(d)) {
        assertEquals(0, committed.numDocs());
      }
      index.commit();
      try (Directory d = FSDirectory.open(dir.resolve("candidates"));
          DirectoryReader committed = DirectoryReader.open(d)) {
        assertEquals(1, committed.numDocs());
      }
    }
  }

  @Test
  void reopenHoldsCommittedRecordsButNotUncommittedOnesAfterCrash() {
    Path dir = tmp.resolve("crash");
    MatchIndex index = MatchIndex.open(dir);
    index.upsert(TestRecords.fullCandidate("c-1"));
    index.upsert(TestRecords.fullVacancy("v-1"));
    index.commit();
    index.upsert(TestRecords.bareCandidate("c-2"));
    index.deleteVacancy("v-1");
    index.refresh();
    assertEquals(2, index.candidateCount());
    index.closeWithoutCommit(); // as if the process died

    try (MatchIndex reopened = MatchIndex.open(dir)) {
      assertEquals(Optional.of(TestRecords.fullCandidate("c-1")), reopened.candidate("c-1"));
      assertEquals(Optional.empty(), reopened.candidate("c-2"));
      assertEquals(Optional.of(TestRecords.fullVacancy("v-1")), reopened.vacancy("v-1"));
      assertEquals(1, reopened.candidateCount());
      reopened.upsert(TestRecords.bareCandidate("c-3"));
    } // close() commits

    try (MatchIndex again = MatchIndex.open(dir)) {
      assertEquals(List.of("c-1", "c-3"), again.candidates().map(Candidate::id).toList());
    }
  }

  @Test
  void secondOpenOfTheSameDirectoryFailsClearly() {
    Path dir = tmp.resolve("locked");
    try (MatchIndex first = MatchIndex.open(dir)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> MatchIndex.open(dir));
      assertTrue(e.getMessage().contains("already open"), e.getMessage());
      assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
      first.upsert(TestRecords.bareCandidate("c-1")); // the first one still works
    }
    try (MatchIndex afterClose = MatchIndex.open(dir)) {
      assertEquals(1, afterClose.candidateCount());
    }
  }

  @Test
  void forceMergeLeavesOneSegmentPerSideAndTheSameRecords() {
    Path dir = tmp.resolve("merge");
    List<String> before;
    try (MatchIndex index = MatchIndex.open(dir)) {
      for (int i = 0; i < 300; i++) {
        index.upsert(TestRecords.generated(i));
        if (i % 50 == 49) {
          index.commit(); // a segment per commit
        }
      }
      index.deleteCandidate(TestRecords.generated(7).id());
      index.upsert(TestRecords.fullVacancy("v-1"));
      index.commit();
      assertTrue(index.searchCandidates(s -> s.getIndexReader().leaves().size()) > 1);
      before = index.candidates().map(Candidate::id).toList();
      index.forceMerge();
      assertEquals(1, (int) index.searchCandidates(s -> s.getIndexReader().leaves().size()));
      assertEquals(1, (int) index.searchVacancies(s -> s.getIndexReader().leaves().size()));
      assertEquals(before, index.candidates().map(Candidate::id).toList());
      assertEquals(299, before.size());
    }
    try (MatchIndex reopened = MatchIndex.open(dir)) { // merged and committed
      assertEquals(1, (int) reopened.searchCandidates(s -> s.getIndexReader().leaves().size()));
      assertEquals(before, reopened.candidates().map(Candidate::id).toList());
      assertEquals(1, reopened.vacancyCount());
    }
  }

  @Test
  void anIndexBuiltWithATaxonomyThatImpliesOtherSkillsIsRefused() {
    Path dir = tmp.resolve("taxonomy");
    nl.werkmatch.taxonomy.Taxonomy none = nl.werkmatch.taxonomy.Taxonomy.load(
        new java.io.ByteArrayInputStream("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    try (MatchIndex index = MatchIndex.open(dir)) {
      index.upsert(TestRecords.bareCandidate("c-1"));
      assertTrue(index.indexedWith(nl.werkmatch.taxonomy.Taxonomy.builtIn()));
      assertFalse(index.indexedWith(none));
    }
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> MatchIndex.open(dir, none));
    assertTrue(e.getMessage().contains("taxonomy") && e.getMessage().contains(dir.toAbsolutePath().toString()),
        e.getMessage());
    // the refused open released the lock and changed nothing
    try (MatchIndex again = MatchIndex.open(dir)) {
      assertEquals(1, again.candidateCount());
    }
    try (MatchIndex other = MatchIndex.inMemory(none)) {
      assertTrue(other.indexedWith(none));
      assertFalse(other.indexedWith(nl.werkmatch.taxonomy.Taxonomy.builtIn()));
    }
  }

  @Test
  void aForeignLuceneIndexIsRefused() throws IOException {
    Path dir = tmp.resolve("foreign");
    try (Directory d = FSDirectory.open(dir.resolve("candidates"));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField("x", "y", Field.Store.YES));
      w.addDocument(doc);
    }
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> MatchIndex.open(dir));
    assertTrue(e.getMessage().contains("not a complete werkmatch index"), e.getMessage());
    assertFalse(java.nio.file.Files.exists(dir.resolve("vacancies")), "the refused open created nothing");
    try (Directory d = FSDirectory.open(dir.resolve("vacancies"));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      w.commit();
    }
    e = assertThrows(IllegalStateException.class, () -> MatchIndex.open(dir));
    assertTrue(e.getMessage().contains("not a werkmatch index"), e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> MatchIndex.openReadOnly(dir));
    assertTrue(e.getMessage().contains("not a werkmatch index"), e.getMessage());
    // The failed open released the write lock.
    try (Directory d = FSDirectory.open(dir.resolve("candidates"));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      assertEquals(1, w.getDocStats().numDocs);
    }
  }

  @ParameterizedTest(name = "onDisk={0}")
  @ValueSource(booleans = {false, true})
  void fullRecordsRoundTripExactly(boolean onDisk) {
    Candidate c = TestRecords.fullCandidate("c-full");
    Vacancy v = TestRecords.fullVacancy("v-full");
    Candidate bareC = TestRecords.bareCandidate("c-bare");
    Vacancy bareV = TestRecords.bareVacancy("v-bare");
    try (MatchIndex index = create(onDisk)) {
      index.upsert(c);
      index.upsert(v);
      index.upsert(bareC);
      index.upsert(bareV);
      index.commit();
      assertEquals(c, index.candidate("c-full").orElseThrow());
      assertEquals(v, index.vacancy("v-full").orElseThrow());
      assertEquals(bareC, index.candidate("c-bare").orElseThrow());
      assertEquals(bareV, index.vacancy("v-bare").orElseThrow());
      assertEquals(List.of(bareV, v), index.vacancies().toList());
    }
  }

  @ParameterizedTest(name = "onDisk={0}")
  @ValueSource(booleans = {false, true})
  void streamsYieldIdOrderAcrossSegmentsPagesAndDeletes(boolean onDisk) {
    List<String> ids = IntStream.range(0, 1_300).mapToObj(i -> String.format("c-%04d", i))
        .collect(Collectors.toCollection(ArrayList::new));
    Collections.shuffle(ids, new Random(42));
    try (MatchIndex index = create(onDisk)) {
      assertEquals(List.of(), index.candidates().toList(), "empty index");
      for (int i = 0; i < ids.size(); i++) {
        index.upsert(TestRecords.bareCandidate(ids.get(i)));
        if (i % 200 == 199) {
          index.commit(); // several segments
        }
      }
      for (int i = 0; i < 1_300; i += 7) {
        index.deleteCandidate(String.format("c-%04d", i));
      }
      index.refresh();
      List<String> expected = IntStream.range(0, 1_300).filter(i -> i % 7 != 0)
          .mapToObj(i -> String.format("c-%04d", i)).toList();
      assertEquals(expected, index.candidates().map(Candidate::id).toList());
      assertEquals(expected.size(), index.candidateCount());
      assertEquals(expected.subList(0, 3), index.candidates().limit(3).map(Candidate::id).toList());
    }
  }

  @Test
  void streamSeesEachIdOnceWhileRecordsChange() {
    try (MatchIndex index = MatchIndex.inMemory()) {
      for (int i = 0; i < 1_200; i++) {
        index.upsert(TestRecords.bareCandidate(String.format("c-%04d", i)));
      }
      index.refresh();
      List<String> seen = new ArrayList<>();
      index.candidates().forEach(c -> {
        seen.add(c.id());
        if (seen.size() == 600) { // change the index in the middle of the second page
          for (int i = 0; i < 1_200; i += 2) {
            index.upsert(TestRecords.candidate(String.format("c-%04d", i), 52.0, 6.0));
          }
          index.deleteCandidate("c-1199");
          index.upsert(TestRecords.bareCandidate("c-9999"));
          index.refresh();
        }
      });
      List<String> sorted = new ArrayList<>(seen);
      Collections.sort(sorted);
      assertEquals(sorted, seen, "ascending");
      assertEquals(seen.size(), seen.stream().distinct().count(), "no duplicates");
      assertFalse(seen.contains("c-1199"));
      assertTrue(seen.contains("c-9999"));
      assertEquals(1_200, seen.size());
    }
  }

  @Test
  void threeThousandCandidatesSurviveReopen() {
    Path dir = tmp.resolve("bulk");
    List<Candidate> all = IntStream.range(0, 3_000).mapToObj(TestRecords::generated).toList();
    try (MatchIndex index = MatchIndex.open(dir)) {
      assertEquals(2_000, index.upsertCandidates(all.subList(0, 2_000)));
      assertEquals(1_000, index.upsertCandidates(all.subList(2_000, 3_000).stream()));
      index.upsertVacancies(List.of(TestRecords.fullVacancy("v-1")));
      index.commit();
    }
    try (MatchIndex reopened = MatchIndex.open(dir)) {
      assertEquals(3_000, reopened.candidateCount());
      assertEquals(all, reopened.candidates().toList());
      assertEquals(all.get(1234), reopened.candidate(all.get(1234).id()).orElseThrow());
      assertEquals(List.of(TestRecords.fullVacancy("v-1")), reopened.vacancies().toList());
    }
  }

  @Test
  void concurrentWritersAndReaders() throws Exception {
    try (MatchIndex index = MatchIndex.inMemory()) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int thread = t;
          jobs.add(pool.submit(() -> {
            for (int i = 0; i < 250; i++) {
              index.upsert(TestRecords.generated(thread * 250 + i));
              if (i % 50 == 0) {
                index.refresh();
                index.candidates().limit(10).forEach(c -> { });
                index.candidate(TestRecords.generated(thread * 250).id()).orElseThrow();
              }
            }
            return null;
          }));
        }
        for (Future<?> job : jobs) {
          job.get();
        }
      } finally {
        pool.shutdown();
      }
      index.refresh();
      assertEquals(1_000, index.candidateCount());
      assertEquals(IntStream.range(0, 1_000).mapToObj(TestRecords::generated).toList(), index.candidates().toList());
    }
  }

  @Test
  void useAfterCloseFailsClearlyAndCloseIsIdempotent() {
    MatchIndex index = MatchIndex.inMemory();
    index.close();
    index.close();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> index.upsert(TestRecords.bareCandidate("c-1")));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertThrows(IllegalStateException.class, index::candidateCount);
    assertThrows(IllegalStateException.class, index::candidates);
    assertThrows(IllegalStateException.class, index::commit);
  }

  @Test
  void nullElementInBulkIsNamed() {
    try (MatchIndex index = MatchIndex.inMemory()) {
      List<Candidate> list = new ArrayList<>();
      list.add(TestRecords.bareCandidate("c-1"));
      list.add(null);
      NullPointerException e = assertThrows(NullPointerException.class, () -> index.upsertCandidates(list));
      assertTrue(e.getMessage().contains("position 1"), e.getMessage());
    }
  }
}
