package nl.werkmatch.io;

import java.util.Locale;

/** The two container formats records are read from and written to. */
public enum RecordFormat {
  /** JSON Lines: one JSON object per line, UTF-8, {@code \n} line ends; extensions {@code .jsonl}, {@code .ndjson}. */
  JSON_LINES,
  /** A JSON document: a top-level array of objects, or a single object; extension {@code .json}. */
  JSON;

  /**
   * The format a file name's extension stands for.
   *
   * @param fileName a file name or path
   * @return {@link #JSON_LINES} for {@code .jsonl} and {@code .ndjson}, {@link #JSON} for {@code .json}
   * @throws IllegalArgumentException for any other extension
   */
  public static RecordFormat forFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    if (lower.endsWith(".json")) {
      return JSON;
    }
    throw new IllegalArgumentException("cannot tell the format of '" + fileName
        + "' from its extension (.jsonl, .ndjson or .json); set it with RecordReader.format(...)");
  }
}
