package nl.werkmatch.taxonomy;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 CSV reader: comma separated; fields may be quoted with {@code "}, and a quoted
 * field may hold commas, line breaks and doubled quotes ({@code ""}). Records end with CRLF or LF.
 * A leading UTF-8 byte-order mark is skipped. Errors name the source, line and column.
 */
final class CsvReader {
  private final Reader in;
  private final String source;
  private int peeked = -2;
  private int line = 1;
  private int recordLine;
  private boolean first = true;

  CsvReader(Reader in, String source) {
    this.in = in;
    this.source = source;
  }

  /** The line on which the record last returned by {@link #next()} started. */
  int recordLine() {
    return recordLine;
  }

  private int read() throws IOException {
    int c;
    if (peeked != -2) {
      c = peeked;
      peeked = -2;
    } else {
      c = in.read();
    }
    if (first) {
      first = false;
      if (c == '\uFEFF') {
        return read();
      }
    }
    return c;
  }

  private int peek() throws IOException {
    if (peeked == -2) {
      peeked = in.read();
      if (first) {
        first = false;
        if (peeked == '\uFEFF') {
          peeked = in.read();
        }
      }
    }
    return peeked;
  }

  /** The next record's fields, or null at end of input. A blank last line is not a record. */
  List<String> next() throws IOException {
    int c = peek();
    if (c == -1) {
      return null;
    }
    recordLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int column = 1;
    while (true) {
      c = read();
      if (c == '"' && field.isEmpty()) {
        int startLine = line;
        while (true) {
          int q = read();
          if (q == -1) {
            throw new TaxonomyException(source, startLine, column, null, null,
                "quoted field is not closed before the end of the file");
          }
          if (q == '"') {
            if (peek() == '"') {
              read();
              field.append('"');
            } else {
              break;
            }
          } else {
            if (q == '\n') {
              line++;
            }
            field.append((char) q);
          }
        }
        int after = peek();
        if (after != ',' && after != '\n' && after != '\r' && after != -1) {
          throw new TaxonomyException(source, line, column, null, null,
              "unexpected character '" + (char) after + "' after the closing quote of a field");
        }
        continue;
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        column++;
        continue;
      }
      if (c == '\r') {
        if (peek() == '\n') {
          read();
        }
        line++;
        break;
      }
      if (c == '\n') {
        line++;
        break;
      }
      if (c == -1) {
        break;
      }
      if (c == '"') {
        throw new TaxonomyException(source, line, column, null, null,
            "a quote inside an unquoted field; quote the whole field and double the quote");
      }
      field.append((char) c);
    }
    fields.add(field.toString());
    return fields;
  }
}
