package nl.werkmatch.io;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that remembers the characters it has passed on since the last {@link #discardBefore}, so
 * the original text of a record inside a streamed JSON array can be recovered for the rejects file.
 * It holds at most one record plus the parser's read-ahead.
 */
final class RecordingReader extends Reader {
  /** Read-ahead allowed beyond the record limit (the parser reads in blocks). */
  private static final int SLACK = 1 << 16;
  private final Reader in;
  private final StringBuilder buf = new StringBuilder();
  private final int maxChars;
  private long bufStart;

  /**
   * @param in the text
   * @param maxChars the longest record: when more than this (plus the parser's read-ahead) has been
   *     read since the last {@link #discardBefore}, reading fails with {@link TooLong}
   */
  RecordingReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (buf.length() > (long) maxChars + SLACK) {
      throw new TooLong("a record is longer than the limit of " + maxChars
          + " characters; the rest of the input cannot be read");
    }
    int n = in.read(cbuf, off, len);
    if (n > 0) {
      buf.append(cbuf, off, n);
    }
    return n;
  }

  /** The current record has grown past the limit. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong(String message) {
      super(message);
    }
  }

  /** Forgets everything before char offset {@code offset}. */
  void discardBefore(long offset) {
    int k = (int) Math.min(offset - bufStart, buf.length());
    if (k > 0) {
      buf.delete(0, k);
      bufStart += k;
    }
  }

  /** The text between two char offsets, clipped to what is still remembered. */
  String text(long from, long to) {
    int a = (int) Math.max(0, Math.min(from - bufStart, buf.length()));
    int b = (int) Math.max(a, Math.min(to - bufStart, buf.length()));
    return buf.substring(a, b);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
