package nl.werkmatch.reliability;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.io.Json;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fuzz run that {@code mvn verify} always executes: for every input reader, the valid seeds
 * and then a fixed-seed stream of mutated inputs ({@value #DEFAULT_ITERATIONS} by default; set
 * {@code -Dwerkmatch.fuzz.iterations=N}, or {@code -Dwerkmatch.fuzz.seconds=S} for a time budget
 * per reader, as {@code bin/fuzz} does). Jazzer's {@code @FuzzTest}s in {@link ReaderFuzzTest}
 * replay only stored inputs under plain {@code mvn verify}; this test is what runs new inputs in CI.
 *
 * <p>A finding is any exception other than the reader's documented one, any {@link Error}, or a
 * run over the timeout. The failing input is written to {@code target/fuzz-findings/} so it can
 * be added to the regression inputs.
 */
class MutationFuzzTest {
  static final int DEFAULT_ITERATIONS = 2_000;
  static final java.time.Duration PER_INPUT_TIMEOUT = java.time.Duration.ofSeconds(20);

  @ParameterizedTest
  @EnumSource(FuzzTargets.class)
  @Timeout(value = 4, unit = TimeUnit.HOURS) // per input: PER_INPUT_TIMEOUT
  void mutatedInputsGiveOnlyDocumentedErrors(FuzzTargets target) throws Exception {
    String only = System.getProperty("werkmatch.fuzz.targets", ""); // e.g. CANDIDATES_JSONL,VACANCIES_JSON
    org.junit.jupiter.api.Assumptions.assumeTrue(only.isBlank() || List.of(only.split(",")).contains(target.name()),
        "-Dwerkmatch.fuzz.targets=" + only);
    List<byte[]> seeds = target.seeds();
    for (byte[] seed : seeds) {
      check(target, seed, -1);
    }
    int replayed = 0;
    for (byte[] stored : regressionInputs(target)) {
      check(target, stored, -1);
      replayed++;
    }
    long seconds = Long.getLong("werkmatch.fuzz.seconds", 0);
    long iterations = seconds > 0 ? Long.MAX_VALUE : Long.getLong("werkmatch.fuzz.iterations", DEFAULT_ITERATIONS);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    Mutator mutator = new Mutator(0x5eed_0000L + target.ordinal());
    long i = 0;
    for (; i < iterations; i++) {
      if (seconds > 0 && System.nanoTime() > deadline) {
        break;
      }
      check(target, mutator.mutate(seeds), i);
    }
    System.out.printf("fuzz %s: %d seeds + %d stored regression inputs + %d mutated inputs, no finding%n",
        target, seeds.size(), replayed, i);
  }

  /** The Jazzer inputs of {@link ReaderFuzzTest} for this target, replayed here too. */
  static List<byte[]> regressionInputs(FuzzTargets target) throws java.io.IOException {
    String method = switch (target) {
      case CANDIDATES_JSONL -> "candidatesJsonl";
      case VACANCIES_JSON -> "vacanciesJson";
      case PROFILE -> "profile";
      case POLICY -> "policy";
      case PC4 -> "pc4";
      case ESCO -> "esco";
      case TAXONOMY -> "taxonomy";
      case JUDGMENTS -> "judgments";
      case QRELS -> "qrels";
    };
    Path dir = FuzzTargets.seedRoot().getParent().getParent()
        .resolve("nl/werkmatch/reliability/ReaderFuzzTestInputs").resolve(method);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      List<byte[]> out = new java.util.ArrayList<>();
      for (Path p : files.sorted().toList()) {
        out.add(Files.readAllBytes(p));
      }
      return out;
    }
  }

  /**
   * The oracle only flags undocumented failures, so a reader that rejected everything would pass;
   * this pins the other side: every seed is valid and accepted whole.
   */
  @ParameterizedTest
  @EnumSource(FuzzTargets.class)
  void everySeedIsAccepted(FuzzTargets target) throws Exception {
    for (byte[] seed : target.seeds()) {
      java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(seed);
      String text = new String(seed, StandardCharsets.UTF_8);
      switch (target) {
        case CANDIDATES_JSONL -> {
          long lines = text.lines().filter(l -> !l.isBlank()).count();
          assertEquals(lines, nl.werkmatch.io.RecordReader.of(nl.werkmatch.model.Candidate.class)
              .format(nl.werkmatch.io.RecordFormat.JSON_LINES).read(in, "seed.jsonl", c -> {}).accepted());
        }
        case VACANCIES_JSON -> {
          long records = Json.mapper().readTree(seed).isArray() ? Json.mapper().readTree(seed).size() : 1;
          assertEquals(records, nl.werkmatch.io.RecordReader.of(nl.werkmatch.model.Vacancy.class)
              .format(nl.werkmatch.io.RecordFormat.JSON).read(in, "seed.json", v -> {}).accepted());
        }
        case PROFILE -> nl.werkmatch.match.MatchProfile.read(in, "seed");
        case POLICY -> nl.werkmatch.rules.PolicyConfig.read(in, "seed");
        case PC4 -> assertEquals(Gazetteer.builtIn().pc4Count() + text.lines().skip(1).filter(l -> !l.isBlank()).count(),
            Gazetteer.builtIn().loadPc4(in, "seed").pc4Count());
        case ESCO -> assertTrue(nl.werkmatch.taxonomy.EscoImporter.importDirectory(
            FuzzTargets.seedRoot().resolve("esco"), "nl").skills().size() > 0);
        case JUDGMENTS -> {
          java.nio.file.Path f = java.nio.file.Files.createTempFile("seed", ".jsonl");
          java.nio.file.Files.write(f, seed);
          assertEquals(text.lines().filter(l -> !l.isBlank()).count(), nl.werkmatch.eval.Judgment.read(f).size());
          java.nio.file.Files.delete(f);
        }
        case QRELS -> nl.werkmatch.eval.Qrels.readTrec(new java.io.StringReader(text), "seed");
        case TAXONOMY -> assertTrue(nl.werkmatch.taxonomy.Taxonomy.load(in, "seed").skills().size() > 0);
      }
    }
  }

  private static void check(FuzzTargets target, byte[] input, long iteration) throws Exception {
    try {
      // A hang is a finding too: each input gets at most PER_INPUT_TIMEOUT.
      assertTimeoutPreemptively(PER_INPUT_TIMEOUT, () -> target.run(input), "no hang");
    } catch (Throwable t) {
      Path dir = Path.of("target", "fuzz-findings");
      Files.createDirectories(dir);
      Path file = dir.resolve(target.name().toLowerCase() + "-" + iteration + ".bin");
      Files.write(file, input);
      String preview = new String(input, 0, Math.min(input.length, 300), StandardCharsets.UTF_8);
      fail(target + " iteration " + iteration + ": " + t + " on input saved as " + file + ":\n" + preview, t);
    }
  }
}
