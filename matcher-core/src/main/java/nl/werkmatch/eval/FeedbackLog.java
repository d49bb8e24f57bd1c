package nl.werkmatch.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.werkmatch.io.Json;
import nl.werkmatch.match.Direction;

/**
 * Where matchers record what became of a shortlisted pair; every record is a {@link Judgment},
 * appended as one JSON line to a judgments file that {@link Qrels#read} and the {@code eval} command
 * read directly.
 *
 * <p>Accepting gives grade 2, or 3 when the source is {@link Judgment.Source#PLACEMENT}; rejecting
 * gives grade 0. Each call appends and flushes one line, so a crash loses at most the record being
 * written. A second record of the same query, item, source and date is refused (the judgments
 * loader treats it as a duplicate); record a later decision with its own date or source, or edit
 * the line. Thread-safe within one JVM; do not let two processes append to the same file at once.
 *
 * <pre>{@code
 * FeedbackLog log = new FeedbackLog(Path.of("judgments.jsonl"));
 * log.accept(Direction.VACANCY_TO_CANDIDATES, "vac-0001", "cand-0042", Judgment.Source.INTERVIEW,
 *     "invited, good fit", LocalDate.now());
 * log.reject(Direction.VACANCY_TO_CANDIDATES, "vac-0001", "cand-0007", Judgment.Source.SHORTLIST_FEEDBACK,
 *     "no forklift certificate", LocalDate.now());
 * }</pre>
 */
public final class FeedbackLog {
  /** Grade given to an accepted pair. */
  public static final int ACCEPT_GRADE = 2;
  /** Grade given to an accepted pair whose source is a placement. */
  public static final int PLACEMENT_GRADE = 3;
  /** Grade given to a rejected pair. */
  public static final int REJECT_GRADE = 0;

  private final Path file;
  private java.util.Set<String> keys;

  /**
   * A log appending to {@code file} (created when absent).
   *
   * @param file the JSON Lines file
   */
  public FeedbackLog(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  /**
   * Records that a shortlisted pair was accepted.
   *
   * @param direction the query's direction
   * @param queryId the vacancy (or candidate) of the shortlist
   * @param itemId the accepted candidate (or vacancy)
   * @param source where the decision was made
   * @param reason why, or {@code null}
   * @param date when
   * @return the judgment written
   */
  public Judgment accept(Direction direction, String queryId, String itemId, Judgment.Source source, String reason,
      LocalDate date) {
    int grade = source == Judgment.Source.PLACEMENT ? PLACEMENT_GRADE : ACCEPT_GRADE;
    return append(new Judgment(direction, queryId, itemId, grade, source, date, reason));
  }

  /**
   * Records that a shortlisted pair was rejected.
   *
   * @param direction the query's direction
   * @param queryId the vacancy (or candidate) of the shortlist
   * @param itemId the rejected candidate (or vacancy)
   * @param source where the decision was made
   * @param reason why (required: the reason is what makes a rejection useful)
   * @param date when
   * @return the judgment written
   */
  public Judgment reject(Direction direction, String queryId, String itemId, Judgment.Source source, String reason,
      LocalDate date) {
    if (reason == null || reason.isBlank()) {
      throw new nl.werkmatch.model.ValidationException("reason", "is required for a rejection");
    }
    return append(new Judgment(direction, queryId, itemId, REJECT_GRADE, source, date, reason));
  }

  /**
   * Appends any judgment.
   *
   * @param judgment the judgment
   * @return the judgment
   * @throws IllegalStateException when the log already holds a judgment of the same query, item,
   *     source and date
   * @throws UncheckedIOException when the file cannot be written
   */
  public synchronized Judgment append(Judgment judgment) {
    if (keys == null) {
      keys = new java.util.HashSet<>();
      for (Judgment j : read()) {
        keys.add(Judgment.keyOf(j));
      }
    }
    String key = Judgment.keyOf(judgment);
    if (keys.contains(key)) {
      throw new IllegalStateException(file + ": " + key + " is already recorded; a pair gets one judgment per source and date");
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
      w.write(Json.mapper().writeValueAsString(judgment));
      w.write('\n');
      keys.add(key);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
    }
    return judgment;
  }

  /**
   * Reads back every judgment of the log.
   *
   * @return the judgments in the order written; empty when the file does not exist
   */
  public List<Judgment> read() {
    return Files.exists(file) ? Judgment.read(file) : List.of();
  }

  /** The log's file. */
  public Path file() {
    return file;
  }
}
