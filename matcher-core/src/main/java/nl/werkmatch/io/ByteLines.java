package nl.werkmatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (a {@code \r} before it is dropped), before any
 * decoding, so one bad byte costs only its line. A line longer than {@code maxBytes} is not held:
 * its first {@link #KEPT_OF_LONG_LINE} bytes are kept, the rest is skipped while streaming, and
 * {@link #tooLong} is set; memory stays at {@code maxBytes} plus one read buffer whatever the input.
 */
final class ByteLines {
  /** Bytes kept of a line over the limit, for the report. */
  static final int KEPT_OF_LONG_LINE = 200;

  private final InputStream in;
  private final int maxBytes;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkLen;
  private boolean eof;

  /** The current line's bytes, {@code [0, length)}. */
  byte[] bytes = new byte[256];
  /** Length of the current line as held (at most {@code maxBytes}, or the kept bytes if too long). */
  int length;
  /** 1-based number of the current line. */
  long lineNo;
  /** Full length of the current line in bytes, {@code \r\n} excluded. */
  long fullLength;
  /** Whether the current line was longer than the limit (then only its start is held). */
  boolean tooLong;
  /** Whether the current line holds only blanks (spaces, tabs, carriage returns). */
  boolean blank;

  ByteLines(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** Reads the next line; false at the end of the input. */
  boolean next() throws IOException {
    length = 0;
    fullLength = 0;
    tooLong = false;
    blank = true;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkLen) {
        if (eof || !fill()) {
          if (!any) {
            return false;
          }
          break;
        }
      }
      any = true;
      int start = chunkPos;
      int end = start;
      while (end < chunkLen && chunk[end] != '\n') {
        end++;
      }
      append(start, end - start);
      chunkPos = end;
      if (end < chunkLen) {
        chunkPos++; // the '\n'
        break;
      }
    }
    lineNo++;
    if (fullLength > 0 && !tooLong && bytes[length - 1] == '\r') {
      length--;
      fullLength--;
    }
    return true;
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk, 0, chunk.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    chunkPos = 0;
    chunkLen = n;
    return true;
  }

  private void append(int from, int n) {
    fullLength += n;
    for (int i = from; blank && i < from + n; i++) {
      byte c = chunk[i];
      blank = c == ' ' || c == '\t' || c == '\r';
    }
    if (tooLong) {
      return;
    }
    if (length + n > maxBytes) {
      length = Math.min(length, KEPT_OF_LONG_LINE);
      int keep = Math.max(0, Math.min(n, KEPT_OF_LONG_LINE - length));
      ensure(length + keep);
      System.arraycopy(chunk, from, bytes, length, keep);
      length += keep;
      tooLong = true;
      return;
    }
    ensure(length + n);
    System.arraycopy(chunk, from, bytes, length, n);
    length += n;
  }

  private void ensure(int capacity) {
    if (capacity > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.max(capacity, Math.min(Integer.MAX_VALUE - 8, bytes.length * 2L)));
    }
  }
}
