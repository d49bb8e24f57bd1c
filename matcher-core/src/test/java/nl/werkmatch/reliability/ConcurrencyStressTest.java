package nl.werkmatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Writers upsert and delete while readers match, on an in-memory and an on-disk index, for a
 * bounded time ({@code -Dwerkmatch.stress.seconds}, default 4 per index). Checks:
 * <ul>
 *   <li>no exception in any thread;</li>
 *   <li>no torn record: every decoded record carries the same version in its two version fields
 *       ({@link Versioned}), in point lookups, in {@code candidates()} streams and in the records
 *       the readers match with;</li>
 *   <li>match results are well formed: only ids ever written, no id twice, scores in [0, 1];</li>
 *   <li>no lost update: after the run and one {@code refresh()} every id is in exactly the state
 *       of its last acknowledged write (the version, or absent after a delete), and after
 *       {@code commit()}, close and reopen (on disk) still so.</li>
 * </ul>
 * The refresh delay is measured, not asserted: how long {@code refresh()} takes, and how long an
 * acknowledged write takes to become visible to readers while a background thread refreshes every
 * {@value #REFRESH_EVERY_MS} ms. The figures are printed.
 */
class ConcurrencyStressTest {
  static final int REFRESH_EVERY_MS = 10;
  static final int IDS_PER_WRITER = 150;
  static final int WRITERS = 2;
  /** Reader threads: 3 ({@code -Dwerkmatch.stress.readers=5} gives 8 threads with the writers and the refresher). */
  static final int READERS = Integer.getInteger("werkmatch.stress.readers", 3);
  static final int VACANCIES = 20;

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"memory", "disk"})
  void writersAndReadersTogether(String storage) throws Exception {
    long seconds = Long.getLong("werkmatch.stress.seconds", 4);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getProperty("werkmatch.stress.storage", storage).equals(storage), "-Dwerkmatch.stress.storage");
    // a hang fails the test two minutes after the run should have ended
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(seconds + 120),
        () -> run(storage, seconds));
  }

  private void run(String storage, long seconds) throws Exception {
    Path path = dir.resolve("index");
    MatchIndex index = storage.equals("disk") ? MatchIndex.open(path) : MatchIndex.inMemory();
    Map<String, Long> acked = new ConcurrentHashMap<>(); // id -> version, or -1 when deleted
    Map<String, Long> vacancyAcked = new ConcurrentHashMap<>();
    Set<String> everWritten = ConcurrentHashMap.newKeySet();
    for (int v = 0; v < VACANCIES; v++) {
      String id = String.format("v-%03d", v);
      index.upsert(Versioned.vacancy(id, 0));
      vacancyAcked.put(id, 0L);
    }
    for (int w = 0; w < WRITERS; w++) {
      for (int i = 0; i < IDS_PER_WRITER; i += 2) {
        String id = String.format("c-w%d-%03d", w, i);
        index.upsert(Versioned.candidate(id, 0));
        acked.put(id, 0L);
        everWritten.add(id);
      }
    }
    index.commit();
    Matcher matcher = Matcher.builder(index).today(LocalDate.of(2026, 6, 1)).cacheSize(500).build();

    AtomicBoolean stop = new AtomicBoolean();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Long> refreshNanos = Collections.synchronizedList(new ArrayList<>());
    List<Long> visibleNanos = Collections.synchronizedList(new ArrayList<>());
    AtomicLong writes = new AtomicLong();
    AtomicLong deletes = new AtomicLong();
    AtomicLong matches = new AtomicLong();
    AtomicLong recordsChecked = new AtomicLong();
    AtomicLong commits = new AtomicLong();
    List<Thread> threads = new ArrayList<>();

    threads.add(Thread.ofPlatform().name("refresher").unstarted(guard(failures, stop, () -> {
      while (!stop.get()) {
        long t0 = System.nanoTime();
        index.refresh();
        refreshNanos.add(System.nanoTime() - t0);
        Thread.sleep(REFRESH_EVERY_MS);
      }
    })));
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      threads.add(Thread.ofPlatform().name("writer-" + w).unstarted(guard(failures, stop, () -> {
        SplittableRandom rnd = new SplittableRandom(1000 + writer);
        long[] versions = new long[IDS_PER_WRITER];
        long ops = 0;
        while (!stop.get()) {
          int i = rnd.nextInt(IDS_PER_WRITER);
          String id = String.format("c-w%d-%03d", writer, i);
          everWritten.add(id);
          if (rnd.nextInt(5) == 0) {
            index.deleteCandidate(id);
            acked.put(id, -1L);
            deletes.incrementAndGet();
          } else {
            long v = ++versions[i];
            index.upsert(Versioned.candidate(id, v));
            acked.put(id, v);
            writes.incrementAndGet();
            if (++ops % 200 == 0) { // measure: ack -> visible to readers, via the background refresher
              long t0 = System.nanoTime();
              boolean seen = false;
              while (!stop.get()) { // the refresher stops with the run; the final check covers the rest
                Optional<Candidate> c = index.candidate(id);
                if (c.isPresent() && Versioned.version(c.get()) == v) {
                  seen = true;
                  break;
                }
                if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(30)) {
                  throw new AssertionError(id + " version " + v + " not visible 30 s after its write");
                }
                Thread.onSpinWait();
              }
              if (seen) {
                visibleNanos.add(System.nanoTime() - t0);
              }
            }
          }
          if (writer == 0 && ops % 500 == 499) {
            index.commit();
            commits.incrementAndGet();
          }
          if (writer == 1 && ops % 50 == 0) {
            String vid = String.format("v-%03d", rnd.nextInt(VACANCIES));
            long v = vacancyAcked.merge(vid, 1L, Long::sum);
            synchronized (vacancyAcked) { // one vacancy writer; keep ack order = write order
              index.upsert(Versioned.vacancy(vid, v));
            }
          }
        }
      })));
    }
    for (int r = 0; r < READERS; r++) {
      int reader = r;
      threads.add(Thread.ofPlatform().name("reader-" + r).unstarted(guard(failures, stop, () -> {
        SplittableRandom rnd = new SplittableRandom(2000 + reader);
        long loops = 0;
        while (!stop.get()) {
          String vid = String.format("v-%03d", rnd.nextInt(VACANCIES));
          Vacancy vacancy = index.vacancy(vid).orElseThrow(() -> new AssertionError(vid + " vanished"));
          Versioned.version(vacancy);
          MatchResult result = matcher.candidatesFor(vacancy,
              loops % 10 == 0 ? Matcher.Mode.EXHAUSTIVE : Matcher.Mode.FAST);
          checkResult(result, everWritten, true);
          matches.incrementAndGet();
          for (RankedMatch m : result.matches().subList(0, Math.min(3, result.matches().size()))) {
            index.candidate(m.score().candidateId()).ifPresent(Versioned::version);
            recordsChecked.incrementAndGet();
          }
          String cid = String.format("c-w%d-%03d", rnd.nextInt(WRITERS), rnd.nextInt(IDS_PER_WRITER));
          Optional<Candidate> c = index.candidate(cid);
          if (c.isPresent()) {
            Versioned.version(c.get());
            recordsChecked.incrementAndGet();
            checkResult(matcher.vacanciesFor(c.get(), Matcher.Mode.FAST), null, false);
            matches.incrementAndGet();
          }
          if (loops++ % 20 == 0) { // a full weakly consistent scan: ids rise, none twice, none torn
            String[] last = {""};
            index.candidates().forEach(x -> {
              assertTrue(x.id().compareTo(last[0]) > 0, "ids rise: " + last[0] + " then " + x.id());
              last[0] = x.id();
              Versioned.version(x);
              recordsChecked.incrementAndGet();
            });
          }
        }
      })));
    }
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
    stop.set(true);
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(60));
      assertTrue(!t.isAlive(), t.getName() + " did not stop");
    }
    double ran = (System.nanoTime() - start) / 1e9;
    if (!failures.isEmpty()) {
      Throwable first = failures.peek();
      failures.stream().skip(1).forEach(first::addSuppressed);
      throw new AssertionError(failures.size() + " thread(s) failed", first);
    }

    index.refresh();
    int present = verify(index, acked, vacancyAcked);
    index.commit();
    index.close();
    if (storage.equals("disk")) {
      try (MatchIndex reopened = MatchIndex.open(path)) {
        assertEquals(present, verify(reopened, acked, vacancyAcked), "after commit, close and reopen");
      }
    }

    System.out.printf(
        "stress %s: %.1f s, %d upserts, %d deletes, %d commits, %d match calls, %d decoded records checked; "
            + "final %d present of %d ids; refresh() median %.2f ms, p99 %.2f ms, max %.2f ms (n=%d); "
            + "write->visible median %.2f ms, max %.2f ms (n=%d)%n",
        storage, ran, writes.get(), deletes.get(), commits.get(), matches.get(), recordsChecked.get(),
        present, acked.size(), pct(refreshNanos, 50), pct(refreshNanos, 99), pct(refreshNanos, 100),
        refreshNanos.size(), pct(visibleNanos, 50), pct(visibleNanos, 100), visibleNanos.size());
    assertTrue(writes.get() > 100, "the writers made progress: " + writes.get());
    assertTrue(matches.get() > 10, "the readers made progress: " + matches.get());
  }

  /** Every id in its last acknowledged state; returns how many are present. */
  private static int verify(MatchIndex index, Map<String, Long> acked, Map<String, Long> vacancyAcked) {
    int present = 0;
    for (Map.Entry<String, Long> e : acked.entrySet()) {
      Optional<Candidate> c = index.candidate(e.getKey());
      if (e.getValue() < 0) {
        assertTrue(c.isEmpty(), e.getKey() + " was deleted last but is present");
      } else {
        assertTrue(c.isPresent(), e.getKey() + " version " + e.getValue() + " was acknowledged but is lost");
        assertEquals(e.getValue(), Versioned.version(c.get()), e.getKey() + ": lost update");
        present++;
      }
    }
    assertEquals(present, index.candidateCount(), "count equals the present ids");
    assertEquals(present, index.candidates().count(), "stream size equals the present ids");
    for (Map.Entry<String, Long> e : vacancyAcked.entrySet()) {
      assertEquals(e.getValue(), Versioned.version(index.vacancy(e.getKey()).orElseThrow()), e.getKey());
    }
    return present;
  }

  private static void checkResult(MatchResult result, Set<String> everWritten, boolean candidates) {
    Set<String> seen = new HashSet<>();
    for (RankedMatch m : result.matches()) {
      String id = candidates ? m.score().candidateId() : m.score().vacancyId();
      assertTrue(seen.add(id), "id twice in one result: " + id);
      if (everWritten != null) {
        assertTrue(everWritten.contains(id), "an id never written: " + id);
      }
      double t = m.score().total();
      assertTrue(t >= 0 && t <= 1, "score out of [0,1]: " + t);
    }
  }

  private static double pct(List<Long> nanos, int p) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    List<Long> s;
    synchronized (nanos) {
      s = new ArrayList<>(nanos);
    }
    Collections.sort(s);
    int i = Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1);
    return s.get(Math.max(0, i)) / 1e6;
  }

  interface Work {
    void run() throws Exception;
  }

  private static Runnable guard(ConcurrentLinkedQueue<Throwable> failures, AtomicBoolean stop, Work work) {
    return () -> {
      try {
        work.run();
      } catch (Throwable t) {
        failures.add(t);
        stop.set(true);
      }
    };
  }
}
