package nl.werkmatch.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.score.Scorer;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.sample.SampleGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exact scoring of one pair with {@link Scorer#score(Vacancy, Candidate)} (which prepares both
 * records: taxonomy resolution and text analysis), cycling over 200 vacancies x 1,000 candidates.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class PairScore {
  private Scorer scorer;
  private List<Vacancy> vacancies;
  private List<Candidate> candidates;
  private int next;

  /** Draws the records and builds the scorer. */
  @Setup(Level.Trial)
  public void setUp() {
    SampleGenerator gen = BenchData.generator();
    vacancies = gen.vacancies(BenchData.QUERIES).toList();
    candidates = gen.candidates(1000).toList();
    // the scorer a default Matcher builds (profile, taxonomy, gazetteer and travel model)
    scorer = new Scorer(nl.werkmatch.match.MatchProfile.defaults(), nl.werkmatch.taxonomy.Taxonomy.builtIn(),
        nl.werkmatch.geo.Gazetteer.builtIn(), nl.werkmatch.match.TravelTimeEstimator.speedModel(), SampleGenerator.TODAY);
  }

  /** One pair. */
  @Benchmark
  public MatchScore score() {
    int i = next++;
    if (next == 200_000) {
      next = 0;
    }
    return scorer.score(vacancies.get(i % vacancies.size()), candidates.get(i % candidates.size()));
  }
}
