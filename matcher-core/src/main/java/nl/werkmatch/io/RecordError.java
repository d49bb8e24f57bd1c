package nl.werkmatch.io;

import java.util.Objects;

/**
 * One problem with one input record: where it is, which record, which field and why.
 *
 * <p>Used both for errors (the record is rejected) and for warnings (the record is accepted, for
 * example with an unknown field ignored). {@link #toString()} gives the one-line form
 * {@code candidates.jsonl:17: record cand-00017: $.loonwaarde.percentage: must be between 0 and 100, got 140}.
 *
 * @param file the input's display name (the path as given, or the name passed with a stream)
 * @param line 1-based line on which the record starts (for JSON Lines: the record's line)
 * @param recordId the record's id if one could be read, else {@code null}
 * @param jsonPath JSONPath of the offending field relative to the record, {@code $} for the whole
 *     record, e.g. {@code $.skills[2].level}
 * @param reason a human-readable reason in one sentence without trailing period
 */
public record RecordError(String file, long line, String recordId, String jsonPath, String reason) {
  /** Checks that file, path and reason are present. */
  public RecordError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(jsonPath, "jsonPath");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * The one-line form {@code file:line: record id: path: reason}; a record without a readable id is
   * shown as {@code record (no id)}.
   */
  @Override
  public String toString() {
    return file + ":" + line + ": record " + (recordId == null ? "(no id)" : recordId) + ": " + jsonPath + ": " + reason;
  }
}
