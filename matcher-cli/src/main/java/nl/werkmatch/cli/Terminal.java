package nl.werkmatch.cli;

/** Text for a terminal: control characters of the data never reach it raw. */
final class Terminal {
  private Terminal() {}

  /**
   * {@code s} with every control character but newline and tab (C0, DEL, C1, and the bidirectional
   * overrides U+202A..U+202E, U+2066..U+2069) written as {@code \\uXXXX}, so a title holding an
   * escape sequence cannot move the cursor, recolour or hide text.
   */
  static String escape(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
          || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
      if (control) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /**
   * A print stream that escapes control characters ({@link #escape}) in everything printed as text
   * ({@code print}, {@code println}, {@code printf}, {@code append}); the commands' standard output
   * goes through one, so a record's text cannot drive the terminal.
   */
  static final class EscapingPrintStream extends java.io.PrintStream {
    EscapingPrintStream(java.io.PrintStream out) {
      super(out, true, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void print(String s) {
      super.print(escape(String.valueOf(s)));
    }

    @Override
    public void print(Object o) {
      print(String.valueOf(o));
    }

    @Override
    public void print(char c) {
      print(String.valueOf(c));
    }

    @Override
    public void print(char[] s) {
      print(new String(s));
    }

    @Override
    public void println(String s) {
      synchronized (this) {
        print(s);
        super.println();
      }
    }

    @Override
    public void println(Object o) {
      println(String.valueOf(o));
    }

    @Override
    public void println(char[] s) {
      println(new String(s));
    }

    @Override
    public java.io.PrintStream append(CharSequence csq) {
      print(String.valueOf(csq));
      return this;
    }

    @Override
    public java.io.PrintStream append(CharSequence csq, int start, int end) {
      print(String.valueOf(csq == null ? "null" : csq.subSequence(start, end)));
      return this;
    }

    @Override
    public java.io.PrintStream append(char c) {
      print(c);
      return this;
    }
  }
}
