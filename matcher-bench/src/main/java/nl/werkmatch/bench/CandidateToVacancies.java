package nl.werkmatch.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.model.Candidate;
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
 * Candidate to top-20 vacancies over an on-disk index of {@code size} generated vacancies: the fast
 * path and the exhaustive reference side by side. Each invocation takes the next of
 * {@link BenchData#QUERIES} generated candidates, round robin.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx6g"})
public class CandidateToVacancies {
  /** Number of vacancies in the index. */
  @Param({"10000", "100000"})
  public int size;

  private MatchIndex index;
  private Matcher matcher;
  private List<Candidate> queries;
  private int next;

  /** Opens (building if needed) the index and the matcher. */
  @Setup(Level.Trial)
  public void setUp() {
    index = BenchData.vacancies(size);
    matcher = Matcher.builder(index).today(SampleGenerator.TODAY).build();
    queries = BenchData.queryCandidates();
  }

  /** Closes the index. */
  @TearDown(Level.Trial)
  public void tearDown() {
    index.close();
  }

  private Candidate nextQuery() {
    Candidate v = queries.get(next);
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
    return matcher.vacanciesFor(nextQuery(), Matcher.Mode.FAST);
  }

  /** The exhaustive reference path; one candidate per shot. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public MatchResult exhaustive() {
    return matcher.vacanciesFor(nextQuery(), Matcher.Mode.EXHAUSTIVE);
  }
}
