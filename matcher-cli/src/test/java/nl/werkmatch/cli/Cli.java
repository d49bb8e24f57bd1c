package nl.werkmatch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the CLI in-process and captures what it prints. */
final class Cli {
  /** Exit code and output of one run. */
  record Run(int exit, String out, String err) {}

  private Cli() {}

  static synchronized Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  /** The repository's sample-data folder. */
  static Path sampleData() {
    for (Path p : new Path[] {Path.of("sample-data"), Path.of("../sample-data")}) {
      if (Files.isRegularFile(p.resolve("candidates.jsonl"))) {
        return p;
      }
    }
    throw new IllegalStateException("sample-data/ not found");
  }

  /** An index of the whole sample data, built once per test JVM. */
  static synchronized Path sampleIndex() {
    if (sampleIndex == null) {
      try {
        Path dir = Files.createTempDirectory("werkmatch-sample-index");
        Run r = run("index", "--index", dir.toString(), sampleData().resolve("vacancies.jsonl").toString(),
            sampleData().resolve("candidates.jsonl").toString());
        if (r.exit() != 0) {
          throw new IllegalStateException("index failed: " + r.err());
        }
        sampleIndex = dir;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return sampleIndex;
  }

  private static Path sampleIndex;
}
