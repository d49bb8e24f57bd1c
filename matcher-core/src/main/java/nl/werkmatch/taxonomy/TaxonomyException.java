package nl.werkmatch.taxonomy;

/**
 * Thrown when taxonomy input is malformed or inconsistent. The message and the accessors name
 * where: the source file, line and column when known, the entry id and the field.
 */
public final class TaxonomyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final int line;
  private final int column;
  private final String entry;
  private final String field;
  private final String reason;

  /**
   * Creates an exception whose message joins the location, entry, field and reason.
   *
   * @param source file or resource name, or null
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column (CSV field number or JSON column), or 0 when unknown
   * @param entry id of the entry (skill, group or occupation) or null
   * @param field field or CSV column name, or null
   * @param reason what is wrong, one sentence without trailing period
   */
  public TaxonomyException(String source, int line, int column, String entry, String field, String reason) {
    super(format(source, line, column, entry, field, reason));
    this.source = source;
    this.line = line;
    this.column = column;
    this.entry = entry;
    this.field = field;
    this.reason = reason;
  }

  private static String format(String source, int line, int column, String entry, String field, String reason) {
    StringBuilder sb = new StringBuilder();
    if (source != null) {
      sb.append(source);
    }
    if (line > 0) {
      sb.append(sb.isEmpty() ? "" : " ").append("line ").append(line);
      if (column > 0) {
        sb.append(" column ").append(column);
      }
    }
    if (entry != null) {
      sb.append(sb.isEmpty() ? "" : ", ").append("entry '").append(entry).append('\'');
    }
    if (field != null) {
      sb.append(sb.isEmpty() ? "" : ", ").append("field '").append(field).append('\'');
    }
    if (!sb.isEmpty()) {
      sb.append(": ");
    }
    return sb.append(reason).toString();
  }

  /** The file or resource name, or null. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** The id of the offending entry, or null. */
  public String entry() {
    return entry;
  }

  /** The offending field or CSV column name, or null. */
  public String field() {
    return field;
  }

  /** What is wrong. */
  public String reason() {
    return reason;
  }
}
