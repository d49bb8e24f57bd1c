package nl.werkmatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.eval.Judgment;
import nl.werkmatch.eval.SyntheticJudgments;
import nl.werkmatch.io.RecordReader;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.sample.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: synthetic, seeded sample data of any size. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate synthetic candidates and vacancies (deterministic for a seed): in Twente and the Assen "
        + "region (default), or over every Dutch municipality by population (--national).")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--candidates", required = true, paramLabel = "N")
  int candidates;

  @Option(names = "--vacancies", required = true, paramLabel = "M")
  int vacancies;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path out;

  @Option(names = "--national", description = "Spread candidates and vacancies over all 342 municipalities in "
      + "proportion to their population (nl.werkmatch.geo.Netherlands) instead of Twente and the Assen region.")
  boolean national;

  @Option(names = "--judgments", description = "Also write judgments.jsonl: synthetic graded judgments from a hidden "
      + "'true suitability' model that is not the default profile (see nl.werkmatch.eval.SyntheticJudgments).")
  boolean judgments;

  @Override
  public Integer call() throws Exception {
    if (candidates < 0 || vacancies < 0) {
      throw new IllegalArgumentException("--candidates and --vacancies must be at least 0");
    }
    Files.createDirectories(out);
    long t0 = System.nanoTime();
    (national ? SampleGenerator.national(seed) : new SampleGenerator(seed)).writeTo(out, candidates, vacancies);
    System.err.printf("wrote %d candidates and %d vacancies (seed %d%s) to %s in %.1f s%n", candidates, vacancies, seed,
        national ? ", national" : "", out,
        (System.nanoTime() - t0) / 1e9);
    if (judgments) {
      try (MatchIndex idx = MatchIndex.inMemory()) {
        RecordReader.of(Candidate.class).read(out.resolve("candidates.jsonl"), idx::upsert);
        RecordReader.of(Vacancy.class).read(out.resolve("vacancies.jsonl"), idx::upsert);
        idx.commit();
        List<Judgment> js = SyntheticJudgments.generate(idx, SampleGenerator.TODAY, 50, 10, seed);
        Judgment.write(js, out.resolve("judgments.jsonl"));
        System.err.printf("wrote %d synthetic judgments to %s%n", js.size(), out.resolve("judgments.jsonl"));
      }
    }
    return 0;
  }
}
