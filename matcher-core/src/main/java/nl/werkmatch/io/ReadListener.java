package nl.werkmatch.io;

/**
 * Receives the problems a {@link RecordReader} finds, in input order. Both methods do nothing by
 * default.
 */
public interface ReadListener {
  /**
   * A record was rejected.
   *
   * @param error what is wrong and where
   * @param raw the record's original text: the whole line for JSON Lines, the element's text for a
   *     JSON array (up to the error for invalid JSON)
   */
  default void onReject(RecordError error, String raw) {}

  /**
   * An accepted record carries something worth a warning, such as an unknown field that was ignored.
   *
   * @param warning what and where
   */
  default void onWarning(RecordError warning) {}
}
