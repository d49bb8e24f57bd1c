package nl.werkmatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.werkmatch.sample.SampleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @Test
  void nationalWritesTheNationalGeneratorsBytesAndTheDefaultStaysRegional(@TempDir Path tmp) throws Exception {
    Cli.Run r = Cli.run("generate", "--national", "--candidates", "200", "--vacancies", "20", "--seed", "5", "--out",
        tmp.resolve("cli").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("national"), r.err());
    SampleGenerator.national(5).writeTo(tmp.resolve("lib"), 200, 20);
    new SampleGenerator(5).writeTo(tmp.resolve("regional"), 200, 20);
    Cli.Run d = Cli.run("generate", "--candidates", "200", "--vacancies", "20", "--seed", "5", "--out",
        tmp.resolve("default").toString());
    assertEquals(0, d.exit(), d.err());
    for (String f : List.of("candidates.jsonl", "vacancies.jsonl")) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("lib").resolve(f)), Files.readAllBytes(tmp.resolve("cli").resolve(f)), f);
      assertArrayEquals(Files.readAllBytes(tmp.resolve("regional").resolve(f)),
          Files.readAllBytes(tmp.resolve("default").resolve(f)), f);
    }
  }
}
