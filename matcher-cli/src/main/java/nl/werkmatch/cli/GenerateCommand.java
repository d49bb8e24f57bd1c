package nl.werkmatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.werkmatch.sample.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: synthetic, seeded sample data of any size. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate synthetic Twente-region candidates and vacancies (deterministic for a seed).")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--candidates", required = true, paramLabel = "N")
  int candidates;

  @Option(names = "--vacancies", required = true, paramLabel = "M")
  int vacancies;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (candidates < 0 || vacancies < 0) {
      throw new IllegalArgumentException("--candidates and --vacancies must be at least 0");
    }
    Files.createDirectories(out);
    long t0 = System.nanoTime();
    new SampleGenerator(seed).writeTo(out, candidates, vacancies);
    System.err.printf("wrote %d candidates and %d vacancies (seed %d) to %s in %.1f s%n", candidates, vacancies, seed, out,
        (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
