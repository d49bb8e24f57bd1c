package nl.werkmatch.io;

/**
 * Thrown when an input record cannot be read: at the first bad record under
 * {@link ReadPolicy#FAIL_FAST}, or under any policy when the input is broken beyond recovery (invalid
 * JSON inside a JSON array, invalid UTF-8, a top level that is neither an object nor an array).
 */
public final class RecordFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient RecordError error;

  /** @param error what went wrong and where */
  public RecordFormatException(RecordError error) {
    super(error.toString());
    this.error = error;
  }

  /**
   * @param error what went wrong and where
   * @param cause the underlying parser or mapping exception
   */
  public RecordFormatException(RecordError error, Throwable cause) {
    super(error.toString(), cause);
    this.error = error;
  }

  /** What went wrong and where. */
  public RecordError error() {
    return error;
  }
}
