package nl.werkmatch.bench;

import java.util.concurrent.TimeUnit;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.batch.BatchMatcher;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.sample.SampleGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Batch throughput: {@link BatchMatcher}, vacancy to top-20 candidates on 2 threads with its
 * per-query diagnostics, over the last {@value #VACANCIES} vacancies stored beside {@code size}
 * candidates; reported per vacancy. The full 10,000 x 1,000,000 batch is timed by {@link BatchRun}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx6g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class Batch {
  static final int VACANCIES = 100;

  /** Number of candidates in the index. */
  @Param({"10000", "100000", "1000000"})
  public int size;

  private MatchIndex index;
  private BatchMatcher batch;

  /** Opens the index and prepares the batch. */
  @Setup(Level.Trial)
  public void setUp() {
    index = BenchData.candidates(size);
    Matcher matcher = Matcher.builder(index).today(SampleGenerator.TODAY).build();
    BatchMatcher probe = BatchMatcher.builder(matcher, index).build();
    long skip = Math.max(0, probe.total() - VACANCIES);
    batch = BatchMatcher.builder(matcher, index).direction(Direction.VACANCY_TO_CANDIDATES).threads(2)
        .mode(Matcher.Mode.FAST).skip(skip).build();
  }

  /** Closes the index. */
  @TearDown(Level.Trial)
  public void tearDown() {
    index.close();
  }

  /** One batch of {@value #VACANCIES} vacancies. */
  @Benchmark
  @OperationsPerInvocation(VACANCIES)
  public long run(Blackhole bh) {
    return batch.run((result, diagnostics) -> bh.consume(result)).matches();
  }
}
