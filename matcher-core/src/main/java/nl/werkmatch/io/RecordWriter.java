package nl.werkmatch.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes records with {@link Json#mapper()} as JSON Lines (one compact record per line, {@code \n}
 * line ends) or as a JSON array (an opening {@code [} line, one compact record per line separated by
 * commas, a closing {@code ]} line), in UTF-8. The output of the same records is the same bytes, and
 * {@link RecordReader} reads it back to equal records.
 *
 * <pre>{@code
 * try (RecordWriter<Candidate> w = RecordWriter.jsonLines(Path.of("out.jsonl"))) {
 *   candidates.forEach(w::write);
 * }
 * }</pre>
 *
 * <p>Not thread-safe. Closing the writer closes the underlying stream.
 *
 * @param <T> the record type
 */
public final class RecordWriter<T> implements Closeable {
  private static final byte[] NEWLINE = {'\n'};
  private static final byte[] ARRAY_OPEN = "[\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ARRAY_SEPARATOR = ",\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ARRAY_CLOSE = "]\n".getBytes(StandardCharsets.UTF_8);

  private final OutputStream out;
  private final RecordFormat format;
  private long count;
  private boolean closed;

  private RecordWriter(OutputStream out, RecordFormat format) {
    this.out = out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, 1 << 16);
    this.format = format;
  }

  /**
   * A JSON Lines writer to {@code file}, replacing it.
   *
   * @param file the output file
   * @param <T> the record type
   * @return a new writer
   * @throws IOException when the file cannot be opened
   */
  public static <T> RecordWriter<T> jsonLines(Path file) throws IOException {
    return new RecordWriter<>(Files.newOutputStream(file), RecordFormat.JSON_LINES);
  }

  /**
   * A JSON Lines writer to {@code out}.
   *
   * @param out the output; closed with the writer
   * @param <T> the record type
   * @return a new writer
   */
  public static <T> RecordWriter<T> jsonLines(OutputStream out) {
    return new RecordWriter<>(Objects.requireNonNull(out, "out"), RecordFormat.JSON_LINES);
  }

  /**
   * A JSON array writer to {@code file}, replacing it.
   *
   * @param file the output file
   * @param <T> the record type
   * @return a new writer
   * @throws IOException when the file cannot be opened
   */
  public static <T> RecordWriter<T> jsonArray(Path file) throws IOException {
    return new RecordWriter<>(Files.newOutputStream(file), RecordFormat.JSON);
  }

  /**
   * A JSON array writer to {@code out}.
   *
   * @param out the output; closed with the writer
   * @param <T> the record type
   * @return a new writer
   */
  public static <T> RecordWriter<T> jsonArray(OutputStream out) {
    return new RecordWriter<>(Objects.requireNonNull(out, "out"), RecordFormat.JSON);
  }

  /**
   * A writer to {@code file} in the format its extension names ({@code .jsonl}, {@code .ndjson} or
   * {@code .json}), replacing it.
   *
   * @param file the output file
   * @param <T> the record type
   * @return a new writer
   * @throws IOException when the file cannot be opened
   * @throws IllegalArgumentException when the extension is none of these
   */
  public static <T> RecordWriter<T> open(Path file) throws IOException {
    RecordFormat f = RecordFormat.forFileName(file.toString());
    return new RecordWriter<>(Files.newOutputStream(file), f);
  }

  /**
   * Writes one record.
   *
   * @param record the record, not {@code null}
   * @throws IOException when the output cannot be written
   */
  public void write(T record) throws IOException {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IllegalStateException("writer is closed");
    }
    byte[] bytes = Json.mapper().writeValueAsBytes(record);
    if (format == RecordFormat.JSON) {
      out.write(count == 0 ? ARRAY_OPEN : ARRAY_SEPARATOR);
    }
    out.write(bytes);
    if (format == RecordFormat.JSON_LINES) {
      out.write(NEWLINE);
    }
    count++;
  }

  /** The number of records written so far. */
  public long count() {
    return count;
  }

  /**
   * Finishes the output (closing the array for JSON), flushes and closes the stream. Closing twice
   * does nothing.
   *
   * @throws IOException when the output cannot be written
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (OutputStream o = out) {
      if (format == RecordFormat.JSON) {
        o.write(count == 0 ? ARRAY_OPEN : NEWLINE);
        o.write(ARRAY_CLOSE);
      }
    }
  }
}
