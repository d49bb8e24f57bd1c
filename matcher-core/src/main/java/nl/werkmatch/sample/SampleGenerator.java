package nl.werkmatch.sample;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.geo.Netherlands;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.ValidationException;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.taxonomy.Taxonomy;

/**
 * A deterministic generator of synthetic, realistic candidates and vacancies for the Twente
 * labour-market region, with a small share in the Assen region (Drenthe) and a few GrensWerk
 * vacancies in Germany; {@link #national(long)} spreads them over the whole country instead.
 *
 * <p>Every record is drawn from its own random stream, derived from the seed, the record kind and
 * its index, so the same seed gives the same records in the same order and byte-identical files, a
 * record does not depend on how many others are asked for (except for the zero-padding width of the
 * id), and streams of a million candidates need no memory beyond one record. The generator never
 * reads the clock: "today" is {@link #TODAY}.
 *
 * <p>Occupations and skills come from {@link Taxonomy#builtIn()}, places and postcodes from
 * {@link Gazetteer#builtIn()}. The distributions follow the domain reference (ladder steps, target
 * groups, missing data as in the Kandidatenverkenner); see {@code sample-data/README.md}.
 *
 * <p>Besides generated records there are hand-written ones: four personas from the Almelo policy
 * text ({@link #personas()}) and vacancies that suit them ({@link #personaVacancies()}), which
 * {@link #writeTo(Path, int, int)} appends.
 */
public final class SampleGenerator {
  /** The generator's fixed "today": 22 November 2026. Dates are drawn relative to it. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  /** Resource with the hand-written persona candidates, one JSON record per line. */
  public static final String PERSONAS_RESOURCE = "personas.jsonl";
  /** Resource with hand-written vacancies that suit the personas, one JSON record per line. */
  public static final String PERSONA_VACANCIES_RESOURCE = "personas-vacancies.jsonl";

  private final long seed;
  private final CandidateFactory candidateFactory;
  private final VacancyFactory vacancyFactory;

  /**
   * Creates a generator over the built-in taxonomy and gazetteer.
   *
   * @param seed the seed; the same seed gives the same records
   */
  public SampleGenerator(long seed) {
    this(seed, new Catalogue(Taxonomy.builtIn(), Gazetteer.builtIn()));
  }

  private SampleGenerator(long seed, Catalogue catalogue) {
    this.seed = seed;
    this.candidateFactory = new CandidateFactory(catalogue);
    this.vacancyFactory = new VacancyFactory(catalogue);
  }

  /**
   * A generator for the whole country: candidates and vacancies are spread over every municipality
   * of {@link Netherlands#builtIn()} in proportion to its population (Amsterdam gets about 5% of
   * them, Schiermonnikoog 0.005%), placed within a few km of the municipality's centre (1.5 km plus
   * the square root of the population in units of 20,000, at most 8 km), with coordinates and the
   * municipality and labour-market region but no postcode; there are no GrensWerk vacancies. Every
   * other distribution, the seeding and the determinism are those of {@link #SampleGenerator(long)}
   * (which places everyone in Twente and the Assen region: the sample data and the dense stress
   * case).
   *
   * @param seed the seed; the same seed gives the same records
   * @return the national generator
   */
  public static SampleGenerator national(long seed) {
    return new SampleGenerator(seed, new Catalogue(Taxonomy.builtIn(), Gazetteer.builtIn(), Netherlands.builtIn()));
  }

  /** The seed this generator was created with. */
  public long seed() {
    return seed;
  }

  /**
   * The first {@code n} generated candidates, ids {@code cand-000001} upwards (zero-padded to at
   * least six digits, more when {@code n} needs them), produced lazily in id order.
   *
   * @param n how many, 0 or more
   * @return a sequential stream of valid candidates
   */
  public Stream<Candidate> candidates(int n) {
    requireCount(n);
    int width = Math.max(6, Integer.toString(n).length());
    return IntStream.rangeClosed(1, n).mapToObj(i -> candidate(i, width));
  }

  /**
   * The first {@code m} generated vacancies, ids {@code vac-00001} upwards (zero-padded to at least
   * five digits), produced lazily in id order.
   *
   * @param m how many, 0 or more
   * @return a sequential stream of valid vacancies
   */
  public Stream<Vacancy> vacancies(int m) {
    requireCount(m);
    int width = Math.max(5, Integer.toString(m).length());
    return IntStream.rangeClosed(1, m).mapToObj(i -> vacancy(i, width));
  }

  /**
   * Iterator form of {@link #candidates(int)}.
   *
   * @param n how many
   * @return an iterator over the candidates
   */
  public Iterator<Candidate> candidateIterator(int n) {
    return candidates(n).iterator();
  }

  /**
   * Iterator form of {@link #vacancies(int)}.
   *
   * @param m how many
   * @return an iterator over the vacancies
   */
  public Iterator<Vacancy> vacancyIterator(int m) {
    return vacancies(m).iterator();
  }

  /**
   * Writes {@code candidates.jsonl} ({@code candidates} generated records followed by the
   * personas) and {@code vacancies.jsonl} ({@code vacancies} generated records followed by the
   * persona vacancies) into {@code dir}, one JSON record per line, UTF-8, {@code \n} line ends.
   *
   * @param dir output directory, created if missing
   * @param candidates number of generated candidates
   * @param vacancies number of generated vacancies
   * @throws UncheckedIOException when writing fails
   */
  public void writeTo(Path dir, int candidates, int vacancies) {
    requireCount(candidates);
    requireCount(vacancies);
    try {
      Files.createDirectories(dir);
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("candidates.jsonl"), StandardCharsets.UTF_8)) {
        Iterator<Candidate> it = candidates(candidates).iterator();
        while (it.hasNext()) {
          writeLine(w, it.next());
        }
        for (Candidate c : personas()) {
          writeLine(w, c);
        }
      }
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("vacancies.jsonl"), StandardCharsets.UTF_8)) {
        Iterator<Vacancy> it = vacancies(vacancies).iterator();
        while (it.hasNext()) {
          writeLine(w, it.next());
        }
        for (Vacancy v : personaVacancies()) {
          writeLine(w, v);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write sample data to " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * The four hand-written personas of the Almelo policy text (Julia, Frank, Jaap, Hein), ids
   * {@code persona-*}; see {@code docs/personas.md}.
   *
   * @return the personas in file order
   */
  public static List<Candidate> personas() {
    return readResource(PERSONAS_RESOURCE, Candidate.class);
  }

  /**
   * Hand-written vacancies in and around Almelo that suit the personas, ids {@code vac-almelo-*}.
   *
   * @return the vacancies in file order
   */
  public static List<Vacancy> personaVacancies() {
    return readResource(PERSONA_VACANCIES_RESOURCE, Vacancy.class);
  }

  /**
   * Command line: {@code SampleGenerator <dir> [seed] [candidates] [vacancies]}, defaults 42, 3000
   * and 300.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: SampleGenerator <dir> [seed=42] [candidates=3000] [vacancies=300]");
      System.exit(2);
    }
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
    int m = args.length > 3 ? Integer.parseInt(args[3]) : 300;
    new SampleGenerator(seed).writeTo(Path.of(args[0]), n, m);
  }

  private Candidate candidate(int index, int width) {
    String id = "cand-" + pad(index, width);
    return candidateFactory.create(id, Rng.of(seed, 1, index));
  }

  private Vacancy vacancy(int index, int width) {
    String id = "vac-" + pad(index, width);
    return vacancyFactory.create(id, Rng.of(seed, 2, index));
  }

  private static String pad(int i, int width) {
    String s = Integer.toString(i);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }

  private static void requireCount(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("count must be 0 or more, got " + n);
    }
  }

  private static void writeLine(BufferedWriter w, Object record) throws IOException {
    w.write(Json.mapper().writeValueAsString(record));
    w.write('\n');
  }

  private static <T> List<T> readResource(String name, Class<T> type) {
    InputStream in = SampleGenerator.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource nl/werkmatch/sample/" + name + " is missing");
    }
    List<T> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(Json.mapper().readValue(line, type));
        } catch (IOException | ValidationException e) {
          throw new IllegalStateException(name + ":" + lineNo + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
