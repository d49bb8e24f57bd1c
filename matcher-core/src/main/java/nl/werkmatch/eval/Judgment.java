package nl.werkmatch.eval;

import java.time.LocalDate;
import nl.werkmatch.match.Direction;
import nl.werkmatch.model.ValidationException;

/**
 * One graded relevance judgment of one item for one query: how suitable a candidate turned out to
 * be for a vacancy (or a vacancy for a candidate), and where that knowledge comes from. Stored as
 * one JSON object per line, for example
 * {@code {"direction":"VACANCY_TO_CANDIDATES","queryId":"vac-0001","itemId":"cand-0042","grade":3,"source":"PLACEMENT","date":"2026-10-01"}}.
 *
 * <p>Grades: 0 not suitable, 1 marginally suitable, 2 suitable (invited, accepted on a shortlist),
 * 3 highly suitable (placed). Grades at or above 1 count as relevant for the binary metrics.
 *
 * @param direction which way the query was asked
 * @param queryId the vacancy (or candidate) the ranking was for
 * @param itemId the candidate (or vacancy) judged
 * @param grade 0 to 3
 * @param source where the judgment comes from
 * @param date when the judgment was made
 * @param reason free-text reason (for example why a shortlisted candidate was rejected), or {@code null}
 */
public record Judgment(Direction direction, String queryId, String itemId, int grade, Source source,
    LocalDate date, String reason) {

  /** The highest grade. */
  public static final int MAX_GRADE = 3;

  /** Where a judgment comes from. */
  public enum Source {
    /** The candidate was placed (or the placement failed). */
    PLACEMENT,
    /** The employer interviewed the candidate. */
    INTERVIEW,
    /** A matcher (klantmanager, werkgeversadviseur) accepted or rejected a shortlisted pair. */
    SHORTLIST_FEEDBACK,
    /** Generated from a hidden model for testing; not real evidence (see {@link SyntheticJudgments}). */
    SYNTHETIC
  }

  /** Checks that every field is present and the grade is 0 to 3; throws {@link ValidationException} naming the field. */
  public Judgment {
    if (direction == null) {
      throw new ValidationException("direction", "is required");
    }
    if (queryId == null || queryId.isBlank()) {
      throw new ValidationException("queryId", "is required");
    }
    if (itemId == null || itemId.isBlank()) {
      throw new ValidationException("itemId", "is required");
    }
    if (grade < 0 || grade > MAX_GRADE) {
      throw new ValidationException("grade", "must be between 0 and " + MAX_GRADE + ", got " + grade);
    }
    if (source == null) {
      throw new ValidationException("source", "is required");
    }
    if (date == null) {
      throw new ValidationException("date", "is required");
    }
    if (queryId.chars().anyMatch(Character::isWhitespace) || itemId.chars().anyMatch(Character::isWhitespace)) {
      throw new ValidationException(queryId.chars().anyMatch(Character::isWhitespace) ? "queryId" : "itemId",
          "must not contain whitespace (TREC files are whitespace-separated)");
    }
  }

  /**
   * Reads a JSON Lines (or JSON array) file of judgments, failing at the first bad record with an
   * error naming file, line, record ({@code queryId/itemId/source/date}) and field. The same query,
   * item, source and date twice is an error.
   *
   * @param file a {@code .jsonl}, {@code .ndjson} or {@code .json} file; other names are read as JSON
   *     Lines, or as JSON when the first non-blank character is {@code [}
   * @return the judgments in file order
   * @throws nl.werkmatch.io.RecordFormatException at the first bad record
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static java.util.List<Judgment> read(java.nio.file.Path file) {
    java.util.List<Judgment> out = new java.util.ArrayList<>();
    try {
      nl.werkmatch.io.RecordReader<Judgment> reader = nl.werkmatch.io.RecordReader.of(Judgment.class, Judgment::keyOf);
      String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (!name.endsWith(".jsonl") && !name.endsWith(".ndjson") && !name.endsWith(".json")) {
        reader = reader.format(firstChar(file) == '[' ? nl.werkmatch.io.RecordFormat.JSON : nl.werkmatch.io.RecordFormat.JSON_LINES);
      }
      reader.read(file, out::add);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read judgments " + file + ": " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * Writes judgments as JSON Lines (replacing the file), one per line in the given order, in the
   * form {@link #read} reads.
   *
   * @param judgments the judgments
   * @param file the file
   * @throws java.io.UncheckedIOException when the file cannot be written
   */
  public static void write(java.util.Collection<Judgment> judgments, java.nio.file.Path file) {
    try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
      for (Judgment j : judgments) {
        w.write(nl.werkmatch.io.Json.mapper().writeValueAsString(j));
        w.write('\n');
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write judgments " + file + ": " + e.getMessage(), e);
    }
  }

  static int firstChar(java.nio.file.Path file) throws java.io.IOException {
    try (java.io.Reader r = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      int c;
      while ((c = r.read()) != -1) {
        if (!Character.isWhitespace(c)) {
          return c;
        }
      }
      return -1;
    }
  }

  static String keyOf(Judgment j) {
    return j.queryId() + "/" + j.itemId() + "/" + j.source() + "/" + j.date();
  }

  static String keyOf(com.fasterxml.jackson.databind.JsonNode n) {
    if (!n.hasNonNull("queryId") || !n.hasNonNull("itemId")) {
      return null;
    }
    return n.get("queryId").asText() + "/" + n.get("itemId").asText() + "/"
        + (n.hasNonNull("source") ? n.get("source").asText() : "") + "/"
        + (n.hasNonNull("date") ? n.get("date").asText() : "");
  }
}
