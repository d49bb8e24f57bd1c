package nl.werkmatch.io;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that remembers the characters it has passed on since the last {@link #discardBefore}, so
 * the original text of a record inside a streamed JSON array can be recovered for the rejects file.
 * It holds at most one record plus the parser's read-ahead.
 */
final class RecordingReader extends Reader {
  private final Reader in;
  private final StringBuilder buf = new StringBuilder();
  private long bufStart;

  RecordingReader(Reader in) {
    this.in = in;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = in.read(cbuf, off, len);
    if (n > 0) {
      buf.append(cbuf, off, n);
    }
    return n;
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
