package nl.werkmatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What {@link RecordReader} knows about text encodings: a UTF-8 validator, the escaped form of bytes
 * that are not UTF-8, the tell-tale signs of a file in UTF-16 or in Latin-1 / Windows-1252, and a
 * stream that transcodes another charset to UTF-8.
 */
final class Encodings {
  private Encodings() {}

  /** Index of the first byte of {@code b[off, off+len)} that starts an invalid UTF-8 sequence, or -1. */
  static int firstInvalidUtf8(byte[] b, int off, int len) {
    int end = off + len;
    int i = off;
    while (i < end) {
      int n = sequenceLength(b, i, end);
      if (n < 0) {
        return i - off;
      }
      i += n;
    }
    return -1;
  }

  /** Whether {@code b[off, off+len)} holds a valid UTF-8 sequence of more than one byte. */
  static boolean hasUtf8NonAscii(byte[] b, int off, int len) {
    int end = off + len;
    for (int i = off; i < end;) {
      int n = sequenceLength(b, i, end);
      if (n > 1) {
        return true;
      }
      i += Math.abs(n);
    }
    return false;
  }

  /** Length of the valid UTF-8 sequence at {@code i}, or minus one for an invalid byte there. */
  private static int sequenceLength(byte[] b, int i, int end) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return 1;
    }
    int n;
    int min;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      min = 0x10000;
    } else {
      return -1;
    }
    if (i + n > end) {
      return -1;
    }
    int cp = c & (0xFF >> (n + 1));
    for (int k = 1; k < n; k++) {
      int cc = b[i + k] & 0xFF;
      if ((cc & 0xC0) != 0x80) {
        return -1;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return -1;
    }
    return n;
  }

  /**
   * The bytes as text: valid UTF-8 decoded, every other byte as {@code \xNN} (a backslash itself as
   * {@code \\}), so a rejected line can be shown and stored whatever it holds.
   */
  static String escape(byte[] b, int off, int len) {
    StringBuilder out = new StringBuilder(len + 16);
    int end = off + len;
    for (int i = off; i < end;) {
      int n = sequenceLength(b, i, end);
      if (n < 0) {
        out.append(String.format("\\x%02X", b[i] & 0xFF));
        i++;
      } else {
        String s = new String(b, i, n, StandardCharsets.UTF_8);
        out.append(s.equals("\\") ? "\\\\" : s);
        i += n;
      }
    }
    return out.toString();
  }

  /**
   * A guess that the start of an input is UTF-16 or UTF-32 rather than UTF-8: a byte-order mark, or
   * NUL bytes between ASCII characters (JSON starts with ASCII). Null when it looks like UTF-8.
   */
  static String utf16Guess(byte[] head, int n) {
    if (n >= 4 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE && head[2] == 0 && head[3] == 0) {
      return "UTF-32LE (byte order mark FF FE 00 00)";
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return "UTF-16BE (byte order mark FE FF)";
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return "UTF-16LE (byte order mark FF FE)";
    }
    int m = Math.min(n, 1024);
    int even = 0;
    int odd = 0;
    for (int i = 0; i < m; i++) {
      if (head[i] == 0) {
        if (i % 2 == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    if (m >= 4 && (even + odd) * 4 >= m) {
      return (odd > even ? "UTF-16LE" : "UTF-16BE") + " (NUL bytes between the characters)";
    }
    return null;
  }

  /** Counts, over lines, what tells a Latin-1 / Windows-1252 file from a UTF-8 file with a bad byte. */
  static final class Scan {
    long lines;
    long invalidLines;
    long utf8NonAsciiLines;
    long firstInvalidLine;
    String firstInvalidSample;

    void line(long lineNo, byte[] b, int len) {
      lines++;
      int bad = firstInvalidUtf8(b, 0, len);
      if (bad >= 0) {
        invalidLines++;
        if (firstInvalidSample == null) {
          firstInvalidLine = lineNo;
          int from = Math.max(0, bad - 20);
          firstInvalidSample = escape(b, from, Math.min(len - from, 40));
        }
      } else if (hasUtf8NonAscii(b, 0, len)) {
        utf8NonAsciiLines++;
      }
    }

    /**
     * The reason to refuse the input whole, or null: two or more lines hold bytes that are not UTF-8
     * and no line holds a UTF-8 character beyond ASCII. One bad line in a UTF-8 file costs only that
     * line; a file in Latin-1 or Windows-1252 (accented letters on several lines, no UTF-8 at all)
     * would lose every such record, so nothing of it is read.
     */
    String refusal() {
      if (invalidLines < 2 || utf8NonAsciiLines > 0) {
        return null;
      }
      return "the input is not UTF-8: " + invalidLines + " lines hold bytes that are not UTF-8 (first on line "
          + firstInvalidLine + ": \"" + firstInvalidSample + "\") and no line holds a UTF-8 character beyond"
          + " ASCII, so it looks like Latin-1 / Windows-1252; nothing was read. Convert it to UTF-8, or read it"
          + " with encoding windows-1252 (matcher: --encoding windows-1252)";
    }
  }

  /** An input stream of the UTF-8 bytes of text read in another charset; malformed input is an error. */
  static final class Utf8Transcoder extends InputStream {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    private final ByteBuffer raw = ByteBuffer.allocate(1 << 15);
    private final CharBuffer chars = CharBuffer.allocate(1 << 15);
    private final ByteBuffer out = ByteBuffer.allocate(1 << 17);
    private boolean eof;
    private boolean done;

    Utf8Transcoder(InputStream in, Charset charset) {
      this.in = in;
      this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      raw.flip();
      out.flip();
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      while (!out.hasRemaining()) {
        if (done) {
          return -1;
        }
        refill();
      }
      int n = Math.min(len, out.remaining());
      out.get(b, off, n);
      return n;
    }

    private void refill() throws IOException {
      if (!eof && raw.remaining() < 16) {
        raw.compact();
        int n = in.read(raw.array(), raw.position(), raw.remaining());
        if (n < 0) {
          eof = true;
        } else {
          raw.position(raw.position() + n);
        }
        raw.flip();
      }
      CoderResult r = decoder.decode(raw, chars, eof);
      if (r.isError()) {
        throw new CharacterCodingException() {
          private static final long serialVersionUID = 1L;

          @Override
          public String getMessage() {
            return "not valid " + decoder.charset().name();
          }
        };
      }
      if (eof && !raw.hasRemaining()) {
        decoder.flush(chars);
      }
      chars.flip();
      out.clear();
      encoder.encode(chars, out, eof && !raw.hasRemaining());
      out.flip();
      chars.compact();
      if (eof && !raw.hasRemaining() && !out.hasRemaining()) {
        done = true;
      }
    }
  }
}
