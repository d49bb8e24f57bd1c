package nl.werkmatch.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds text in a JSON document that a configuration file must not hold: a lone UTF-16 surrogate
 * (JSON lets an escape such as {@code "\\ud800"} through, but it is not text and UTF-8 cannot hold
 * it, so a file written back would differ from the file read) or a control character (C0 or C1,
 * tab and newline included: no name, id or label of a configuration is more than one line).
 *
 * <p>Contract: {@link #firstUnfit(byte[])} scans every field name and string value in document
 * order and returns the first unfit one with its line, column and JSON path (for example
 * {@code boosts[0].name}); it returns empty when there is none, and also when the bytes are not
 * well-formed JSON up to the first unfit text, so that the caller's own parser reports the syntax
 * error. It never throws for any input. Records (candidates, vacancies) are not checked here: their
 * free text may hold control characters (they are escaped on the terminal), and
 * {@code RecordReader} rejects their lone surrogates itself.
 */
public final class JsonText {
  private JsonText() {}

  /**
   * One unfit text.
   *
   * @param line 1-based line of the text in the input
   * @param column 1-based column of the text in the input
   * @param path the JSON path of the value or field name, {@code $} for the root
   * @param reason what is wrong, in English, naming the character
   */
  public record Unfit(int line, int column, String path, String reason) {
    /** {@code line:column: path: reason}, to follow a file name. */
    @Override
    public String toString() {
      return line + ":" + column + ": " + path + ": " + reason;
    }
  }

  /**
   * The first field name or string value in {@code json} that holds a lone surrogate or a control
   * character, or empty when there is none (or the JSON breaks off before one).
   */
  public static Optional<Unfit> firstUnfit(byte[] json) {
    try (JsonParser p = Json.mapper().getFactory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
          String reason = reason(p.getText());
          if (reason != null) {
            JsonLocation at = p.currentTokenLocation();
            String path = path(p.getParsingContext());
            return Optional.of(new Unfit(at.getLineNr(), at.getColumnNr(), path,
                (t == JsonToken.FIELD_NAME ? "field name " : "") + reason));
          }
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // malformed JSON: the caller's parser says what is wrong
    }
  }

  /** Why {@code s} is unfit, or null: the first lone surrogate or control character, by code. */
  static String reason(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return String.format("holds a lone UTF-16 surrogate U+%04X (an escape such as \\ud800 without its pair):"
            + " not text, and it cannot be stored as it was read", (int) c);
      } else if (Character.isISOControl(c)) {
        return String.format("holds the control character U+%04X at character %d", (int) c, i + 1);
      }
    }
    return null;
  }

  private static String path(JsonStreamContext ctx) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      }
    }
    StringBuilder out = new StringBuilder("$");
    for (String part : parts) {
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i); // the path quotes a bad field name: escaped, never raw
        if (Character.isSurrogate(c) || Character.isISOControl(c)) {
          out.append(String.format("\\u%04X", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}
