package nl.werkmatch.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;

/** The committed sample data, loaded once per test JVM. */
public final class SampleData {
  public static final Path DIR = locate();
  private static List<Candidate> candidates;
  private static List<Vacancy> vacancies;

  private SampleData() {}

  private static Path locate() {
    for (Path p : new Path[] {Path.of("sample-data"), Path.of("../sample-data")}) {
      if (Files.isRegularFile(p.resolve("candidates.jsonl"))) {
        return p;
      }
    }
    throw new IllegalStateException("sample-data/ not found from " + Path.of("").toAbsolutePath());
  }

  public static synchronized List<Candidate> candidates() {
    if (candidates == null) {
      candidates = read(DIR.resolve("candidates.jsonl"), Candidate.class);
    }
    return candidates;
  }

  public static synchronized List<Vacancy> vacancies() {
    if (vacancies == null) {
      vacancies = read(DIR.resolve("vacancies.jsonl"), Vacancy.class);
    }
    return vacancies;
  }

  public static Candidate candidate(String id) {
    return candidates().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  public static Vacancy vacancy(String id) {
    return vacancies().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
  }

  /** An in-memory index of all sample records. */
  public static MatchIndex index() {
    MatchIndex index = MatchIndex.inMemory();
    index.upsertCandidates(candidates());
    index.upsertVacancies(vacancies());
    index.commit();
    return index;
  }

  private static <T> List<T> read(Path file, Class<T> type) {
    List<T> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(Json.mapper().readValue(line, type));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
