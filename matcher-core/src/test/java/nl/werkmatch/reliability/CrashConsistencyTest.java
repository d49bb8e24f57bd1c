package nl.werkmatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during indexing. A child JVM ({@link BulkLoaderChild}) loads records into an on-disk
 * index, printing {@code committed N} after every commit; the test kills it with
 * {@link Process#destroyForcibly()} (SIGKILL) at a random moment, {@code -Dwerkmatch.crash.kills}
 * times (default 10). After every kill:
 * <ul>
 *   <li>Lucene's {@link CheckIndex} finds both {@code DIR/candidates} and {@code DIR/vacancies}
 *       clean;</li>
 *   <li>every record acknowledged as committed is present and equal to what was written; what is
 *       present is exactly a prefix of the load order (a commit of one record type is all or
 *       nothing; the two types commit one after the other, so unacknowledged candidates may lack
 *       their vacancies);</li>
 * </ul>
 * and at the end a run to completion resumes without duplicates: count equals the number of
 * distinct ids equals the total.
 */
class CrashConsistencyTest {
  static final int BATCH = 300;

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void killedLoaderLosesNothingCommittedAndResumesWithoutDuplicates() throws Exception {
    int kills = Integer.getInteger("werkmatch.crash.kills", 10);
    int total = Integer.getInteger("werkmatch.crash.records", 6_000);
    SplittableRandom rnd = new SplittableRandom(42);
    Path index = dir.resolve("index");
    int survived = 0;
    int maxAcked = 0;
    int killedBeforeFirstCommit = 0;
    long recordsChecked = 0;
    for (int k = 0; k < kills; k++) {
      // A random point: after the child has opened the index and acknowledged 0..3 commits of this
      // run, plus 0..150 ms (mid-batch, mid-commit or between commits).
      int commitsFirst = rnd.nextInt(4);
      long extraMs = rnd.nextInt(150);
      Run run = start(index, total);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (run.process.isAlive() && System.nanoTime() < deadline
          && (!run.opened || run.commits.get() < commitsFirst)) {
        Thread.sleep(1);
      }
      boolean finished = run.process.waitFor(extraMs, TimeUnit.MILLISECONDS);
      if (!finished) {
        run.process.destroyForcibly();
        assertTrue(run.process.waitFor(30, TimeUnit.SECONDS), "child did not die");
        survived++;
      }
      run.reader.join(10_000);
      int acked = run.lastCommitted.get();
      if (acked < 0) {
        killedBeforeFirstCommit++;
      }
      maxAcked = Math.max(maxAcked, acked);
      checkIndex(index.resolve("candidates"));
      checkIndex(index.resolve("vacancies"));
      recordsChecked += verifyPrefix(index, maxAcked);
      if (finished) {
        break; // the load completed before this kill; nothing left to interrupt
      }
    }
    // Run to completion: the loader resumes and must not duplicate.
    Run last = start(index, total);
    assertTrue(last.process.waitFor(5, TimeUnit.MINUTES), "the final run finishes");
    last.reader.join(10_000);
    assertEquals(0, last.process.exitValue(), "the final run exits cleanly:\n" + last.output);
    checkIndex(index.resolve("candidates"));
    checkIndex(index.resolve("vacancies"));
    try (MatchIndex reopened = MatchIndex.open(index)) {
      Set<String> ids = new HashSet<>();
      reopened.candidates().forEach(c -> assertTrue(ids.add(c.id()), "duplicate id " + c.id()));
      assertEquals(total, reopened.candidateCount(), "count");
      assertEquals(total, ids.size(), "distinct ids");
      assertEquals(total / 10, reopened.vacancyCount(), "vacancies");
    }
    recordsChecked += verifyPrefix(index, total);
    System.out.printf("crash: %d kills survived (%d before the first commit of their run), highest acknowledged "
        + "commit before the final run %d of %d, %d record checks, CheckIndex clean %d times%n",
        survived, killedBeforeFirstCommit, maxAcked, total, recordsChecked, 2 * (kills + 1));
    assertTrue(survived > 0, "at least one kill happened");
  }

  /** Everything acknowledged is present and intact; what is present is a prefix of the load order. */
  private static long verifyPrefix(Path index, int acked) {
    try (MatchIndex reopened = MatchIndex.open(index)) {
      int present = reopened.candidateCount();
      assertTrue(present >= acked, "acknowledged " + acked + " but only " + present + " present");
      long checked = 0;
      int vacanciesPresent = 0;
      for (int i = 0; i < present; i++) {
        Candidate expected = BulkLoaderChild.candidate(i);
        Candidate got = reopened.candidate(expected.id()).orElse(null);
        assertEquals(expected, got, "record at position " + i + " (acknowledged up to " + acked + ")");
        if (i % 10 == 0) {
          Vacancy v = reopened.vacancy(BulkLoaderChild.vacancy(i).id()).orElse(null);
          // commit() commits both record types as one (a half-done commit is rolled back at open):
          // a candidate that survived has the vacancy upserted with it, acknowledged or not.
          assertEquals(BulkLoaderChild.vacancy(i), v, "vacancy at position " + i + " (acknowledged up to "
              + acked + ", candidates present " + present + ")");
          if (v != null) {
            vacanciesPresent++;
          }
        }
        checked++;
      }
      assertEquals(vacanciesPresent, reopened.vacancyCount(), "no vacancy beyond the candidates' prefix");
      assertTrue(reopened.candidate(BulkLoaderChild.candidate(present).id()).isEmpty(),
          "nothing beyond the prefix");
      return checked;
    }
  }

  private static void checkIndex(Path luceneDir) throws IOException {
    try (Directory d = FSDirectory.open(luceneDir); CheckIndex check = new CheckIndex(d)) {
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      CheckIndex.Status status = check.checkIndex();
      assertTrue(status.clean, luceneDir + " is not clean:\n" + log.toString(StandardCharsets.UTF_8));
    }
  }

  private static final class Run {
    Process process;
    Thread reader;
    final AtomicInteger lastCommitted = new AtomicInteger(-1);
    final AtomicInteger commits = new AtomicInteger();
    volatile boolean opened;
    final StringBuffer output = new StringBuffer();
  }

  private static Run start(Path index, int total) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        BulkLoaderChild.class.getName(), index.toString(), Integer.toString(total), Integer.toString(BATCH)));
    Run run = new Run();
    run.process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    run.reader = Thread.ofPlatform().daemon().start(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(run.process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("committed ")) {
            run.lastCommitted.set(Integer.parseInt(line.substring("committed ".length()).trim()));
            run.commits.incrementAndGet();
          } else if (line.startsWith("resume ")) {
            run.opened = true;
          } else if (run.output.length() < 20_000) {
            run.output.append(line).append('\n');
          }
        }
      } catch (IOException e) {
        // the child was killed
      }
    });
    return run;
  }
}
