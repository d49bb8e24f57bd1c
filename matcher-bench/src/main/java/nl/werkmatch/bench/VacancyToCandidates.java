package nl.werkmatch.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.sample.SampleGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Vacancy to top-20 candidates over an on-disk index of {@code size} generated candidates: the fast
 * path (Lucene retrieval then exact rescoring) and the exhaustive reference (every candidate scored),
 * side by side in the same run. Each invocation takes the next of {@link BenchData#QUERIES} generated
 * vacancies, round robin, after one pass over them in the setup: the fast path is measured with
 * the records these vacancies rescore in the matcher's prepared-record cache, as for vacancies
 * matched before. (Without that pass the first iterations still filled the cache: at 1M the
 * three measured iterations of one run took 54, 45 and 30 ms at the median.) What a vacancy seen
 * for the first time costs is in the batch figure ({@code BatchRun}).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx6g"})
public class VacancyToCandidates {
  /** Number of candidates in the index. */
  @Param({"10000", "100000", "1000000"})
  public int size;

  private MatchIndex index;
  private Matcher matcher;
  private List<Vacancy> queries;
  private int next;

  /** Opens (building if needed) the index and the matcher, and matches each query vacancy once. */
  @Setup(Level.Trial)
  public void setUp() {
    index = BenchData.candidates(size);
    matcher = Matcher.builder(index).today(SampleGenerator.TODAY).build();
    queries = BenchData.queryVacancies();
    for (Vacancy v : queries) {
      matcher.candidatesFor(v, Matcher.Mode.FAST);
    }
  }

  /** Closes the index. */
  @TearDown(Level.Trial)
  public void tearDown() {
    index.close();
  }

  private Vacancy nextQuery() {
    Vacancy v = queries.get(next);
    next = (next + 1) % queries.size();
    return v;
  }

  /** The fast path: latency distribution and throughput. */
  @Benchmark
  @BenchmarkMode({Mode.SampleTime, Mode.Throughput})
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 5)
  public MatchResult fast() {
    return matcher.candidatesFor(nextQuery(), Matcher.Mode.FAST);
  }

  /** The exhaustive reference path; one vacancy per shot (slow at a million candidates). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public MatchResult exhaustive() {
    return matcher.candidatesFor(nextQuery(), Matcher.Mode.EXHAUSTIVE);
  }
}
