package nl.werkmatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.sample.SampleGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Index build throughput: upserting {@code records} pre-generated candidates into a fresh on-disk
 * index and committing it, one build per shot (records per second = records / time). Generation is
 * not timed. The million-candidate build is timed separately by {@link BuildIndex} under -Xmx2g.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class IndexBuild {
  /** Candidates per build. */
  @Param({"10000"})
  public int records;

  private List<Candidate> data;
  private Path dir;

  /** Generates the records once. */
  @Setup(Level.Trial)
  public void generate() {
    data = BenchData.generator().candidates(records).toList();
  }

  /** A fresh directory per shot. */
  @Setup(Level.Invocation)
  public void freshDir() throws IOException {
    dir = Files.createTempDirectory("werkmatch-build");
  }

  /** Removes the shot's directory. */
  @TearDown(Level.Invocation)
  public void removeDir() throws IOException {
    BenchData.deleteTree(dir);
  }

  /** Upserts and commits the candidates. */
  @Benchmark
  public int build() {
    try (MatchIndex index = MatchIndex.open(dir)) {
      int n = index.upsertCandidates(data);
      index.commit();
      return n;
    }
  }
}
