package nl.werkmatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.sample.SampleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line never loses or destroys data (issue 24): loads, rejects, read-only use, erasure. */
class DataSafetyCommandTest {
  @TempDir
  Path tmp;

  private static List<String> jsonLines(Stream<?> records) {
    List<String> lines = new ArrayList<>();
    records.forEach(r -> {
      try {
        lines.add(Json.mapper().writeValueAsString(r));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    return lines;
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }

  private Path candidates(String name, int n) throws IOException {
    return write(name, jsonLines(new SampleGenerator(3).candidates(n)));
  }

  private Path vacancies(String name, int n) throws IOException {
    return write(name, jsonLines(new SampleGenerator(3).vacancies(n)));
  }

  private static int[] counts(Path index) {
    try (MatchIndex idx = MatchIndex.openReadOnly(index)) {
      return new int[] {idx.candidateCount(), idx.vacancyCount()};
    }
  }

  private static Map<String, Long> files(Path dir) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isRegularFile(p)) {
          out.put(dir.relativize(p).toString(), Files.size(p));
        }
      }
    }
    return out;
  }

  @Test
  void rejectsRefusesAnExistingFileUnlessForcedAndAnInputFileAlways() throws IOException {
    Path cands = candidates("candidates.jsonl", 20);
    byte[] before = Files.readAllBytes(cands);
    Path index = tmp.resolve("index");
    Cli.Run r = Cli.run("index", "--index", index.toString(), "--rejects", cands.toString(), cands.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("is one of the input files"), r.err());
    r = Cli.run("index", "--index", index.toString(), "--rejects", cands.toString(), "--force", cands.toString());
    assertEquals(1, r.exit(), "--force never lets the rejects replace an input");
    assertArrayEquals(before, Files.readAllBytes(cands), "the input is untouched");
    Path existing = write("old-rejects.jsonl", List.of("keep me"));
    r = Cli.run("index", "--index", index.toString(), "--rejects", existing.toString(), cands.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("exists") && r.err().contains("--force"), r.err());
    assertEquals(List.of("keep me"), Files.readAllLines(existing));
    r = Cli.run("index", "--index", index.toString(), "--rejects", existing.toString(), "--force", cands.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(0, Files.size(existing));
  }

  @Test
  void anyRejectFailsTheLoadUnlessMaxRejectsAllowsItAndTheIndexStaysAsItWas() throws IOException {
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", "--index", index.toString(), candidates("first.jsonl", 50).toString()).exit());
    List<String> lines = jsonLines(new SampleGenerator(5).candidates(1000));
    lines.set(99, lines.get(99).substring(0, 40));
    lines.set(199, "{\"id\":\"bad-200\",\"loonwaarde\":{\"percentage\":140.0}}");
    lines.set(299, "not json");
    Path file = write("export.jsonl", lines);
    Cli.Run r = Cli.run("index", "--index", index.toString(), file.toString());
    assertEquals(1, r.exit(), "fail fast: the first reject stops the load");
    assertTrue(r.err().contains("nothing was loaded"), r.err());
    assertArrayEquals(new int[] {50, 0}, counts(index));
    Path rejects = tmp.resolve("rejects.jsonl");
    r = Cli.run("index", "--index", index.toString(), "--rejects", rejects.toString(), file.toString());
    assertEquals(IndexCommand.TOO_MANY_REJECTS, r.exit(), r.err());
    assertTrue(r.err().contains("1000 records read, 997 accepted, 3 rejected"), r.err());
    assertEquals(3, Files.readAllLines(rejects).size());
    assertArrayEquals(new int[] {50, 0}, counts(index), "a refused load leaves the index as it was");
    r = Cli.run("index", "--index", index.toString(), "--max-rejects", "0.2%", file.toString());
    assertEquals(IndexCommand.TOO_MANY_REJECTS, r.exit(), "3 of 1000 is more than 0.2%");
    r = Cli.run("index", "--index", index.toString(), "--max-rejects", "0.3%", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertArrayEquals(new int[] {997, 0}, counts(index)); // generated ids repeat across seeds: the 50 are upserted
    r = Cli.run("index", "--index", index.toString(), "--max-rejects", "3", "--rejects",
        tmp.resolve("r2.jsonl").toString(), file.toString());
    assertEquals(0, r.exit(), r.err());
  }

  @Test
  void theRecordTypeComesFromTheFieldsNeverFromTheFileName() throws IOException {
    Path index = tmp.resolve("index");
    Path misleading = candidates("kandidaten-per-vacature.jsonl", 100);
    Path vacs = vacancies("candidates-vacancies-export.jsonl", 10);
    Cli.Run r = Cli.run("index", "--index", index.toString(), misleading.toString(), vacs.toString());
    assertEquals(0, r.exit(), r.err());
    assertArrayEquals(new int[] {100, 10}, counts(index));
    Path bare = write("data.jsonl", List.of("{\"id\":\"x-1\"}", "{\"id\":\"x-2\"}"));
    r = Cli.run("index", "--index", index.toString(), bare.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("cannot tell candidates from vacancies") && r.err().contains("--type"), r.err());
    r = Cli.run("index", "--index", index.toString(), "--type", "vacancy", "--max-rejects", "100%", bare.toString());
    assertEquals(0, r.exit(), r.err());
  }

  @Test
  void candidatesAndVacanciesLoadTogetherOrNotAtAll() throws IOException {
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", "--index", index.toString(), candidates("c.jsonl", 10).toString()).exit());
    Path cands = write("more-c.jsonl", jsonLines(new SampleGenerator(8).candidates(200)));
    List<String> v = jsonLines(new SampleGenerator(8).vacancies(20));
    Path vacs = write("v.json", List.of("[" + String.join(",", v.subList(0, 10)) + ",")); // the array is cut off
    Cli.Run r = Cli.run("index", "--index", index.toString(), "--rejects", tmp.resolve("rj.jsonl").toString(),
        "--max-rejects", "100%", cands.toString(), vacs.toString());
    assertEquals(1, r.exit(), r.err());
    assertArrayEquals(new int[] {10, 0}, counts(index), "the candidates of the failed load were not committed");
  }

  @Test
  void aLatin1ExportIsRefusedWholeOrReadWithEncoding() throws IOException {
    List<String> lines = jsonLines(new SampleGenerator(4).candidates(300));
    for (int i = 0; i < lines.size(); i += 7) {
      lines.set(i, lines.get(i).replaceFirst("\"municipality\":\"[^\"]*\"", "\"municipality\":\"Súdwest-Fryslân\""));
    }
    Path file = tmp.resolve("candidates.jsonl");
    Files.write(file, (String.join("\n", lines) + "\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Path index = tmp.resolve("index");
    Cli.Run r = Cli.run("index", "--index", index.toString(), "--type", "candidate", file.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("--encoding windows-1252"), r.err());
    r = Cli.run("index", "--index", index.toString(), "--encoding", "windows-1252", file.toString());
    assertEquals(0, r.exit(), r.err());
    try (MatchIndex idx = MatchIndex.openReadOnly(index)) {
      assertEquals(300, idx.candidateCount());
      assertEquals("Súdwest-Fryslân", idx.candidates().findFirst().orElseThrow().municipality());
    }
  }

  @Test
  void matchOnAnIndexWithoutItsSegmentsFileDestroysNothing() throws IOException {
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", "--index", index.toString(), candidates("c.jsonl", 30).toString(),
        vacancies("v.jsonl", 3).toString()).exit());
    try (Stream<Path> f = Files.list(index.resolve("candidates"))) {
      for (Path p : f.filter(x -> x.getFileName().toString().startsWith("segments_")).toList()) {
        Files.delete(p);
      }
    }
    Map<String, Long> before = files(index);
    String vac = new SampleGenerator(3).vacancies(1).findFirst().orElseThrow().id();
    for (String[] args : new String[][] {{"match", "--index", index.toString(), "--vacancy", vac},
        {"check", "--index", index.toString()},
        {"index", "--index", index.toString(), candidates("c2.jsonl", 2).toString()}}) {
      Cli.Run r = Cli.run(args);
      assertEquals(1, r.exit(), String.join(" ", args) + ": " + r.err());
      assertEquals(before, files(index), args[0] + " changed the directory");
    }
  }

  @Test
  void threeMatchProcessesAndAWriterAtOnceAllSucceed() throws Exception {
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", "--index", index.toString(), candidates("c.jsonl", 300).toString(),
        vacancies("v.jsonl", 20).toString()).exit());
    Path more = write("more.jsonl", jsonLines(new SampleGenerator(21).candidates(3000)));
    String vac = new SampleGenerator(3).vacancies(1).findFirst().orElseThrow().id();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> ps = new ArrayList<>();
    List<Path> logs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      List<String> cmd = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector", "-cp",
          System.getProperty("java.class.path"), Main.class.getName()));
      if (i == 0) {
        cmd.addAll(List.of("index", "--index", index.toString(), more.toString()));
      } else {
        cmd.addAll(List.of("match", "--index", index.toString(), "--vacancy", vac, "--top", "5"));
      }
      Path log = tmp.resolve("p" + i + ".log");
      logs.add(log);
      ps.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start());
    }
    for (int i = 0; i < ps.size(); i++) {
      assertEquals(0, ps.get(i).waitFor(), Files.readString(logs.get(i)));
    }
    assertArrayEquals(new int[] {3000, 20}, counts(index)); // generated ids repeat: the 300 were upserted
  }

  /**
   * {@code matcher index} killed with SIGKILL part-way commits nothing: after each kill the index
   * is at the commit it had before (same {@link MatchIndex#lastCommit()}), or, when the kill came
   * after the commit, holds the whole new load; {@code check} is clean after every kill. CI: 3
   * attempts at 1.5, 3 and 4.5 s, stopping when a load finishes. {@code -Dwerkmatch.cli.kills=100}:
   * 100 attempts at delays from a fixed seed, alternating two exports of the same ids with other
   * content, so a completed load is told from an old one.
   */
  @Test
  void killedLoadsLeaveTheOldIndex() throws Exception {
    int attempts = Integer.getInteger("werkmatch.cli.kills", 3);
    boolean longRun = attempts > 3;
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", "--index", index.toString(), candidates("c.jsonl", 40).toString()).exit());
    List<List<Candidate>> loads = new ArrayList<>();
    for (int seed = 22; seed < (longRun ? 24 : 23); seed++) {
      loads.add(new SampleGenerator(seed).candidates(20_000).toList());
    }
    List<Path> files = new ArrayList<>();
    for (int k = 0; k < loads.size(); k++) {
      files.add(write("big-" + k + ".jsonl", jsonLines(loads.get(k).stream())));
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    java.util.Random delays = new java.util.Random(24);
    int killed = 0;
    int committedBeforeTheKill = 0;
    int finished = 0;
    long loadMillis = 0;
    for (int attempt = 0; attempt < attempts; attempt++) {
      int k = longRun ? attempt % 2 : 0;
      MatchIndex.Commit before;
      try (MatchIndex idx = MatchIndex.openReadOnly(index)) {
        before = idx.lastCommit();
      }
      Process p = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", "-cp",
          System.getProperty("java.class.path"), Main.class.getName(), "index", "--index", index.toString(),
          files.get(k).toString()).redirectErrorStream(true)
          .redirectOutput(tmp.resolve("k" + attempt + ".log").toFile()).start();
      long started = System.nanoTime();
      if (longRun && attempt == 0) { // the first load runs to the end: how long a load takes
        p.waitFor();
        loadMillis = (System.nanoTime() - started) / 1_000_000;
      } else {
        Thread.sleep(!longRun ? 1500L + 1500L * attempt : (long) (loadMillis * (0.05 + 1.1 * delays.nextDouble())));
      }
      boolean wasAlive = p.isAlive();
      if (wasAlive) {
        p.destroyForcibly().waitFor();
        killed++;
      } else {
        assertEquals(0, p.waitFor(), Files.readString(tmp.resolve("k" + attempt + ".log")));
        finished++;
      }
      try (MatchIndex idx = MatchIndex.openReadOnly(index)) {
        if (!idx.lastCommit().equals(before)) { // a new commit: the whole load, never a part
          assertEquals(20_000, idx.candidateCount(), "a load commits everything or nothing");
          for (Candidate c : List.of(loads.get(k).get(0), loads.get(k).get(12_345), loads.get(k).get(19_999))) {
            assertEquals(c, idx.candidate(c.id()).orElseThrow(), "the new version of " + c.id());
          }
          if (wasAlive) {
            committedBeforeTheKill++;
          }
        } else {
          assertTrue(wasAlive, "a finished load made a commit");
        }
      }
      Cli.Run r = Cli.run("check", "--index", index.toString());
      assertEquals(0, r.exit(), r.err());
      if (!longRun && !wasAlive) {
        break;
      }
    }
    assertTrue(killed >= 1, "at least one load was killed part-way");
    System.out.printf("index kills: %d attempts, %d killed (%d after their commit), %d finished (a load: %d ms);"
        + " check clean %d times%n", killed + finished, killed, committedBeforeTheKill, finished, loadMillis,
        killed + finished);
  }

  /** A record whose stored bytes cannot be decoded: {@code check} names it, a batch stops naming it and check. */
  @Test
  void aRecordThatCannotBeDecodedIsNamedByCheckAndByBatch() throws Exception {
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", "--index", index.toString(), candidates("c.jsonl", 30).toString(),
        vacancies("v.jsonl", 3).toString()).exit());
    assertEquals(0, Cli.run("check", "--index", index.toString()).exit());
    // a document with a valid id and garbage record bytes, committed as MatchIndex commits (same user data)
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(index.resolve("candidates"))) {
      List<org.apache.lucene.index.IndexCommit> commits = org.apache.lucene.index.DirectoryReader.listCommits(d);
      Map<String, String> user = commits.get(commits.size() - 1).getUserData();
      try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
          new org.apache.lucene.index.IndexWriterConfig().setOpenMode(
              org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new org.apache.lucene.document.StringField(nl.werkmatch.index.Fields.ID, "c-broken",
            org.apache.lucene.document.Field.Store.NO));
        doc.add(new org.apache.lucene.document.SortedDocValuesField(nl.werkmatch.index.Fields.ID,
            new org.apache.lucene.util.BytesRef("c-broken")));
        doc.add(new org.apache.lucene.document.BinaryDocValuesField(nl.werkmatch.index.Fields.RECORD,
            new org.apache.lucene.util.BytesRef(new byte[] {7, 7, 7, 7})));
        w.addDocument(doc);
        w.setLiveCommitData(user.entrySet());
        w.commit();
      }
    }
    Cli.Run r = Cli.run("check", "--index", index.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("candidates: 30 records decoded, 1 could not be")
        && r.err().contains("damaged: candidate c-broken"), r.err());
    r = Cli.run("batch", "--index", index.toString(), "--direction", "vacancies", "--exhaustive", "--out",
        tmp.resolve("out").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("c-broken") && r.err().contains("matcher check"), r.err());
  }

  @Test
  void deleteErasesRecordsFromTheIndexFiles() throws IOException {
    List<Candidate> people = new SampleGenerator(6).candidates(60).toList();
    Candidate gone = people.get(17);
    String marker = "Zwaantje Erasmusdochter";
    List<String> lines = jsonLines(people.stream());
    com.fasterxml.jackson.databind.node.ObjectNode o =
        (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(lines.get(17));
    (o.has("personal") ? (com.fasterxml.jackson.databind.node.ObjectNode) o.get("personal") : o.putObject("personal"))
        .put("name", marker);
    lines.set(17, Json.mapper().writeValueAsString(o));
    Path file = write("c.jsonl", lines);
    Path index = tmp.resolve("index");
    Cli.Run r = Cli.run("index", "--index", index.toString(), "--no-merge", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(containsBytes(index, marker), "the test looks for bytes the index holds");
    Path ids = write("erase.txt", List.of("# AVG request 2026-117", gone.id(), "", "nobody-here"));
    r = Cli.run("delete", "--index", index.toString(), "--ids", ids.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("deleted 1 of 2 ids") && r.err().contains("not in the index: nobody-here"), r.err());
    try (MatchIndex idx = MatchIndex.openReadOnly(index)) {
      assertTrue(idx.candidate(gone.id()).isEmpty());
      assertEquals(59, idx.candidateCount());
    }
    assertFalse(containsBytes(index, marker), "the erased record's bytes are gone from every index file");
    r = Cli.run("delete", "--index", index.toString(), "--id", people.get(3).id() + "," + people.get(4).id(),
        "--dry-run");
    assertEquals(0, r.exit(), r.err());
    assertArrayEquals(new int[] {59, 0}, counts(index), "a dry run deletes nothing");
  }

  private static boolean containsBytes(Path dir, String text) throws IOException {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isRegularFile(p)) {
          byte[] b = Files.readAllBytes(p);
          outer:
          for (int i = 0; i + needle.length <= b.length; i++) {
            for (int k = 0; k < needle.length; k++) {
              if (b[i + k] != needle[k]) {
                continue outer;
              }
            }
            return true;
          }
        }
      }
    }
    return false;
  }

  @Test
  void syncDeletesWhoIsAbsentFromANewerExportAfterADryRun() throws IOException {
    List<String> all = jsonLines(new SampleGenerator(9).candidates(100));
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", "--index", index.toString(), write("c.jsonl", all).toString(),
        vacancies("v.jsonl", 5).toString()).exit());
    List<String> newer = new ArrayList<>(all);
    List<String> left = new ArrayList<>();
    for (int i = 90; i >= 0; i -= 10) {
      left.add(Json.mapper().readTree(newer.remove(i)).get("id").asText());
    }
    Path export = write("c-newer.jsonl", newer);
    Cli.Run r = Cli.run("index", "--index", index.toString(), "--sync", "--dry-run", export.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("sync: 10 candidates in the index are not in the export") && r.err().contains("would"),
        r.err());
    assertArrayEquals(new int[] {100, 5}, counts(index));
    r = Cli.run("index", "--index", index.toString(), "--sync", export.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("10 deleted by --sync"), r.err());
    assertArrayEquals(new int[] {90, 5}, counts(index), "vacancies (not in the export) are untouched");
    try (MatchIndex idx = MatchIndex.openReadOnly(index)) {
      for (String id : left) {
        assertTrue(idx.candidate(id).isEmpty(), id);
      }
    }
  }

  @Test
  void syncKeepsWhoseNewRecordWasRejectedAndNeverEmptiesATypeOnAnExportItCannotRead() throws IOException {
    List<String> all = jsonLines(new SampleGenerator(9).candidates(100));
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", "--index", index.toString(), write("c.jsonl", all).toString()).exit());
    List<String> ids = new ArrayList<>();
    for (String l : all) {
      ids.add(Json.mapper().readTree(l).get("id").asText());
    }
    List<byte[]> newer = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      byte[] line = all.get(i).getBytes(StandardCharsets.UTF_8);
      if (i == 10) { // a Latin-1 byte: the record is rejected, its id is still readable
        String l = all.get(i).replaceFirst("\"id\":\"", "\"note\":\"caf\u00e9\",\"id\":\"");
        line = l.getBytes(StandardCharsets.ISO_8859_1);
      } else if (i == 20) { // a field out of range: rejected, id known
        line = ("{\"id\":\"" + ids.get(20) + "\",\"loonwaarde\":{\"percentage\":140.0}}").getBytes(StandardCharsets.UTF_8);
      } else if (i >= 30 && i < 33) {
        continue; // three people left the source system
      }
      newer.add(line);
    }
    Path export = tmp.resolve("c-newer.jsonl");
    Files.write(export, joinLines(newer));
    Cli.Run r = Cli.run("index", "--index", index.toString(), "--sync", "--max-rejects", "2", "--type", "candidate",
        export.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("2 rejected candidates are in the export: their indexed version is kept"), r.err());
    assertTrue(r.err().contains("3 deleted by --sync"), r.err());
    try (MatchIndex idx = MatchIndex.openReadOnly(index)) {
      assertEquals(97, idx.candidateCount());
      assertTrue(idx.candidate(ids.get(10)).isPresent(), "a rejected update is not an erasure");
      assertTrue(idx.candidate(ids.get(20)).isPresent(), "a rejected update is not an erasure");
      assertTrue(idx.candidate(ids.get(31)).isEmpty());
    }
    // a reject without a readable id: who it was cannot be told, so nothing is deleted
    List<String> cut = new ArrayList<>(all.subList(0, 90));
    cut.set(40, "not json");
    r = Cli.run("index", "--index", index.toString(), "--sync", "--max-rejects", "5", write("cut.jsonl", cut).toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("no readable id") && r.err().contains("nothing was loaded or deleted"), r.err());
    assertArrayEquals(new int[] {97, 0}, counts(index));
    // an empty export of a type does not erase the type
    Path empty = write("empty.jsonl", List.of());
    r = Cli.run("index", "--index", index.toString(), "--sync", "--type", "candidate", empty.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("hold no candidates"), r.err());
    assertArrayEquals(new int[] {97, 0}, counts(index));
  }

  @Test
  void aTruncatedExportCannotEraseMostOfTheIndex() throws IOException {
    List<String> all = jsonLines(new SampleGenerator(9).candidates(100));
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", "--index", index.toString(), write("c.jsonl", all).toString()).exit());
    MatchIndex.Commit before;
    try (MatchIndex idx = MatchIndex.openReadOnly(index)) {
      before = idx.lastCommit();
    }
    // the export broke off after 30 records: a sync would erase 70 people
    List<String> cut = new ArrayList<>(all.subList(0, 30));
    Path export = write("c-cut.jsonl", cut);
    Cli.Run r = Cli.run("index", "--index", index.toString(), "--sync", "--dry-run", export.toString());
    assertEquals(IndexCommand.TOO_MANY_DELETES, r.exit(), r.err());
    assertTrue(r.err().contains("--sync: 70 of the 100 candidates in the index (70.0%) are not in the export")
        && r.err().contains("more than --max-deletes 10% allows (10)") && r.err().contains("would be refused"), r.err());
    r = Cli.run("index", "--index", index.toString(), "--sync", export.toString());
    assertEquals(IndexCommand.TOO_MANY_DELETES, r.exit(), r.err());
    assertTrue(r.err().contains("refused, nothing was loaded or deleted"), r.err());
    try (MatchIndex idx = MatchIndex.openReadOnly(index)) {
      assertEquals(before, idx.lastCommit(), "a refused sync loads nothing either");
      assertEquals(100, idx.candidateCount());
    }
    r = Cli.run("index", "--index", index.toString(), "--sync", "--max-deletes", "69", export.toString());
    assertEquals(IndexCommand.TOO_MANY_DELETES, r.exit(), r.err());
    r = Cli.run("index", "--index", index.toString(), "--sync", "--max-deletes", "abc", export.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("--max-deletes must be a count"), r.err());
    assertArrayEquals(new int[] {100, 0}, counts(index));
    // intended: the count or a share that covers it lets the sync through
    r = Cli.run("index", "--index", index.toString(), "--sync", "--max-deletes", "70%", export.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("70 deleted by --sync"), r.err());
    assertArrayEquals(new int[] {30, 0}, counts(index));

    // delete: an ids file naming more than a tenth of the index is refused whole
    List<String> ids = new ArrayList<>();
    for (String l : all.subList(0, 4)) {
      ids.add(Json.mapper().readTree(l).get("id").asText());
    }
    Path idsFile = write("erase.txt", ids);
    r = Cli.run("delete", "--index", index.toString(), "--ids", idsFile.toString(), "--dry-run");
    assertEquals(IndexCommand.TOO_MANY_DELETES, r.exit(), r.err());
    assertTrue(r.err().contains("delete: 4 of the 30 records in the index (13.3%) match the ids: more than"
        + " --max-deletes 10% allows (3)") && r.err().contains("would be refused"), r.err());
    r = Cli.run("delete", "--index", index.toString(), "--ids", idsFile.toString());
    assertEquals(IndexCommand.TOO_MANY_DELETES, r.exit(), r.err());
    assertTrue(r.err().contains("refused, nothing was deleted"), r.err());
    assertArrayEquals(new int[] {30, 0}, counts(index));
    r = Cli.run("delete", "--index", index.toString(), "--ids", idsFile.toString(), "--max-deletes", "4");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("deleted 4 of 4 ids"), r.err());
    assertArrayEquals(new int[] {26, 0}, counts(index));
  }

  private static byte[] joinLines(List<byte[]> lines) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] l : lines) {
      out.writeBytes(l);
      out.write('\n');
    }
    return out.toByteArray();
  }

  @Test
  void batchResumeRefusesAChangedIndexAndADamagedCheckpointIsNamed() throws IOException {
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", "--index", index.toString(), candidates("c.jsonl", 200).toString(),
        vacancies("v.jsonl", 12).toString()).exit());
    Path out = tmp.resolve("out");
    Cli.Run r = Cli.run("batch", "--index", index.toString(), "--direction", "vacancies", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    byte[] first = Files.readAllBytes(out.resolve("results.jsonl"));
    // the weekly re-run on a changed index
    List<String> extra = jsonLines(new SampleGenerator(77).vacancies(3));
    assertEquals(0, Cli.run("index", "--index", index.toString(), write("v2.jsonl", extra).toString()).exit());
    r = Cli.run("batch", "--index", index.toString(), "--direction", "vacancies", "--out", out.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("the index changed since the checkpoint") && r.err().contains("--restart"), r.err());
    assertArrayEquals(first, Files.readAllBytes(out.resolve("results.jsonl")), "the refused resume wrote nothing");
    r = Cli.run("batch", "--index", index.toString(), "--direction", "vacancies", "--out", out.toString(), "--restart");
    assertEquals(0, r.exit(), r.err());
    Path fresh = tmp.resolve("fresh");
    assertEquals(0, Cli.run("batch", "--index", index.toString(), "--direction", "vacancies", "--out",
        fresh.toString()).exit());
    assertArrayEquals(Files.readAllBytes(fresh.resolve("results.jsonl")), Files.readAllBytes(out.resolve("results.jsonl")));
    assertNotEquals(first.length, Files.size(out.resolve("results.jsonl")));
    for (String damaged : new String[] {"[1,2,3]", "{\"arguments\":", "{\"arguments\":7,\"bytes\":[]}", ""}) {
      Files.writeString(out.resolve("checkpoint.json"), damaged);
      r = Cli.run("batch", "--index", index.toString(), "--direction", "vacancies", "--out", out.toString());
      assertEquals(1, r.exit(), damaged);
      assertTrue(r.err().contains("checkpoint") && r.err().contains("is damaged") && r.err().contains("--restart"),
          r.err());
      assertFalse(r.err().contains("ClassCastException") || r.err().contains("com.fasterxml"), r.err());
    }
  }

  @Test
  void aDryRunCreatesNoIndex() throws IOException {
    Path index = tmp.resolve("no-index-yet");
    Cli.Run r = Cli.run("index", "--index", index.toString(), "--dry-run", candidates("c.jsonl", 20).toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("20 records read, 20 accepted, 0 rejected") && r.err().contains("--dry-run"), r.err());
    assertFalse(Files.exists(index), "a dry run created the index directory");
  }

  @Test
  void runTagsAcceptAnyProfileName() throws IOException {
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", "--index", index.toString(), candidates("c.jsonl", 60).toString(),
        vacancies("v.jsonl", 4).toString()).exit());
    com.fasterxml.jackson.databind.node.ObjectNode p = (com.fasterxml.jackson.databind.node.ObjectNode)
        Json.mapper().readTree(nl.werkmatch.match.MatchProfile.defaults().toJson());
    p.put("name", "Hengelo proef 2027");
    Path profile = tmp.resolve("profile.json");
    Files.writeString(profile, p.toString());
    String vac = new SampleGenerator(3).vacancies(1).findFirst().orElseThrow().id();
    Path trec = tmp.resolve("one.trec");
    Cli.Run r = Cli.run("match", "--index", index.toString(), "--vacancy", vac, "--profile", profile.toString(),
        "--trec", trec.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.readString(trec).lines().allMatch(l -> l.endsWith(" Hengelo_proef_2027")
        && l.split(" ").length == 6), Files.readString(trec));
    Path out = tmp.resolve("batch");
    r = Cli.run("batch", "--index", index.toString(), "--direction", "vacancies", "--profile", profile.toString(),
        "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = Files.readAllLines(out.resolve("results.trec"));
    assertFalse(lines.isEmpty());
    assertTrue(lines.stream().allMatch(l -> l.endsWith(" Hengelo_proef_2027") && l.split(" ").length == 6), lines.get(0));
  }

  @Test
  void theReferenceDateDefaultsToTodayInTheNetherlands() {
    String fixed = System.clearProperty(ReferenceDate.PROPERTY); // the build fixes it for the goldens
    try {
      java.time.LocalDate before = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
      MatchCommand match = new MatchCommand();
      new picocli.CommandLine(match).parseArgs("--index", "x", "--vacancy", "v");
      BatchCommand batch = new BatchCommand();
      new picocli.CommandLine(batch).parseArgs("--index", "x", "--direction", "vacancies", "--out", "o");
      EvalCommand eval = new EvalCommand();
      new picocli.CommandLine(eval).parseArgs("--index", "x", "--judgments", "j");
      CompareCommand compare = new CompareCommand();
      new picocli.CommandLine(compare).parseArgs("--index", "x", "--profile-b", "b");
      java.time.LocalDate after = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
      for (java.time.LocalDate d : List.of(match.options.date, batch.options.date, eval.date, compare.date)) {
        assertTrue(d.equals(before) || d.equals(after), d + " is not today");
      }
      new picocli.CommandLine(match).parseArgs("--index", "x", "--vacancy", "v", "--date", "2026-11-22");
      assertEquals(java.time.LocalDate.of(2026, 11, 22), match.options.date);
      Cli.Run r = Cli.run("match", "--index", "x", "--vacancy", "v", "--date", "22-11-2026");
      assertEquals(2, r.exit());
      assertTrue(r.err().contains("--date must be YYYY-MM-DD or today, got '22-11-2026'"), r.err());
    } finally {
      if (fixed != null) {
        System.setProperty(ReferenceDate.PROPERTY, fixed);
      }
    }
  }

  @Test
  void controlCharactersInRecordsNeverReachTheTerminal() throws IOException {
    List<Vacancy> vs = new SampleGenerator(3).vacancies(2).toList();
    List<String> lines = jsonLines(vs.stream());
    lines.set(0, lines.get(0).replaceFirst("\"title\":\"", "\"title\":\"\\\\u001b[2J\\\\u001b]0;pwned\\\\u0007"));
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", "--index", index.toString(), write("v.jsonl", lines).toString(),
        candidates("c.jsonl", 50).toString()).exit());
    Cli.Run r = Cli.run("match", "--index", index.toString(), "--vacancy", vs.get(0).id(), "--explain");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.out().contains("\u001b") || r.out().contains("\u0007"), "raw control characters on the terminal");
    assertTrue(r.out().contains("\\u001B[2J"), r.out());
  }
}
