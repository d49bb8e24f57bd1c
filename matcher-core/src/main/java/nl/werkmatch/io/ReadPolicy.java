package nl.werkmatch.io;

/** What a {@link RecordReader} does with a bad record. */
public enum ReadPolicy {
  /** Throw a {@link RecordFormatException} at the first bad record; records before it were delivered. */
  FAIL_FAST,
  /**
   * Deliver every valid record and report each bad one (to the rejects file and the listener), in
   * input order, then carry on with the next record.
   */
  SKIP_AND_REPORT
}
