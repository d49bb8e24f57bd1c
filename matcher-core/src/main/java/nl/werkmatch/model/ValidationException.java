package nl.werkmatch.model;

/**
 * Thrown when a record is constructed with a value outside its documented domain.
 *
 * <p>{@link #field()} names the offending field relative to the record being built (for example
 * {@code loonwaarde.percentage}); the JSON readers add file, line and record id around it.
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String reason;

  /**
   * @param field the field that failed, relative to the record being constructed
   * @param reason why the value is not accepted, in one sentence without trailing period
   */
  public ValidationException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  /** The field that failed, relative to the record being constructed. */
  public String field() {
    return field;
  }

  /** Why the value was rejected. */
  public String reason() {
    return reason;
  }

  /** Returns a copy whose field is prefixed with {@code parent.}. */
  public ValidationException under(String parent) {
    return new ValidationException(parent + "." + field, reason);
  }
}
