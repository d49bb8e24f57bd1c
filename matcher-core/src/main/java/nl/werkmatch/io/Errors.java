package nl.werkmatch.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.werkmatch.model.ValidationException;

/** Turns Jackson and model exceptions into a JSON path and a human reason. */
final class Errors {
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Pattern QUALIFIED = Pattern.compile("`(?:[A-Za-z0-9_$]+\\.)+([A-Za-z0-9_$]+)`");

  private Errors() {}

  /** A JSON path and reason. */
  record Located(String jsonPath, String reason) {}

  /** Appends a property name to a path, bracketed when it is not a plain name. */
  static String field(String path, String name) {
    if (SIMPLE_NAME.matcher(name).matches()) {
      return path + "." + name;
    }
    return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The path of a Jackson mapping exception, as {@code $.a[2].b}. */
  static String path(List<JsonMappingException.Reference> refs) {
    String path = "$";
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        path = field(path, r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path = path + "[" + r.getIndex() + "]";
      }
    }
    return path;
  }

  /** The path of the parser's current position (the current property included). */
  static String path(JsonStreamContext ctx) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    String path = "$";
    for (JsonStreamContext c : chain) {
      if (c.inObject()) {
        if (c.getCurrentName() != null) {
          path = field(path, c.getCurrentName());
        }
      } else if (c.inArray()) {
        path = path + "[" + Math.max(0, c.getCurrentIndex()) + "]";
      }
    }
    return path;
  }

  /** Appends a model field such as {@code percentage} or {@code skills[1]} to a path. */
  static String appendModelField(String base, String field) {
    if (field == null || field.isEmpty()) {
      return base;
    }
    return field.startsWith("[") ? base + field : base + "." + field;
  }

  /** Locates a failure to bind {@code tree}. */
  static Located locate(JsonMappingException e, JsonNode tree) {
    String base = path(e.getPath());
    ValidationException ve = validationCause(e);
    if (ve != null) {
      boolean insideRecord = true;
      if (e instanceof ValueInstantiationException vie && vie.getType() != null) {
        insideRecord = vie.getType().getRawClass().isRecord();
      }
      // A scalar creator (an enum's factory) fails on the value itself: the path already points at it.
      String path = insideRecord || base.equals("$") ? appendModelField(base, ve.field()) : base;
      return new Located(path, ve.reason());
    }
    if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
      JsonNode at = at(tree, e.getPath());
      if (at != null) {
        return new Located(base, "expected " + describeType(mie.getTargetType()) + ", got " + describeNode(at));
      }
    }
    return new Located(base, clean(e.getOriginalMessage()));
  }

  /** The reason for a JSON syntax error, with its column. */
  /**
   * The reason for a number that is valid JSON but cannot be read as a number (Jackson throws
   * {@link NumberFormatException}, e.g. for {@code 1e} followed by 50 digits).
   */
  static String number(NumberFormatException e) {
    return "invalid JSON: a number that cannot be read (" + clean(e.getMessage()) + ")";
  }

  static String syntax(JsonProcessingException e, boolean withColumn) {
    String detail = clean(e.getOriginalMessage());
    if (detail.startsWith("Trailing token")) {
      detail = "unexpected content after the end of the record";
    } else if (detail.startsWith("Duplicate field ")) {
      int colon = detail.indexOf(" for ");
      detail = "duplicate field " + detail.substring("Duplicate field ".length(), colon < 0 ? detail.length() : colon);
    }
    String msg = "invalid JSON: " + detail;
    if (withColumn && e.getLocation() != null && e.getLocation().getColumnNr() > 0) {
      msg += " (column " + e.getLocation().getColumnNr() + ")";
    }
    return msg;
  }

  static ValidationException validationCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ValidationException ve) {
        return ve;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }

  /** First line of a Jackson message, with qualified class names shortened. */
  static String clean(String message) {
    if (message == null) {
      return "cannot be read";
    }
    String first = message.lines().findFirst().orElse("").strip();
    first = QUALIFIED.matcher(first).replaceAll("$1");
    if (first.endsWith(".")) {
      first = first.substring(0, first.length() - 1);
    }
    return first.isEmpty() ? "cannot be read" : first;
  }

  private static JsonNode at(JsonNode tree, List<JsonMappingException.Reference> refs) {
    JsonNode n = tree;
    for (JsonMappingException.Reference r : refs) {
      if (n == null) {
        return null;
      }
      if (r.getFieldName() != null) {
        n = n.get(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        n = n.get(r.getIndex());
      } else {
        return null;
      }
    }
    return n;
  }

  static String describeType(Class<?> c) {
    if (c == Integer.class || c == int.class || c == Long.class || c == long.class || c == Short.class
        || c == BigInteger.class) {
      return "a whole number";
    }
    if (c == Double.class || c == double.class || c == Float.class || c == BigDecimal.class) {
      return "a number";
    }
    if (c == Boolean.class || c == boolean.class) {
      return "true or false";
    }
    if (c == String.class) {
      return "a string";
    }
    if (c == LocalDate.class) {
      return "a date yyyy-MM-dd";
    }
    if (c == LocalTime.class) {
      return "a time HH:mm";
    }
    if (c == LocalDateTime.class) {
      return "a date-time yyyy-MM-ddTHH:mm:ss";
    }
    if (c.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : c.getEnumConstants()) {
        try {
          names.add(Json.mapper().writeValueAsString(constant).replace("\"", ""));
        } catch (JsonProcessingException ex) {
          names.add(((Enum<?>) constant).name());
        }
      }
      return "one of " + String.join(", ", names);
    }
    if (Collection.class.isAssignableFrom(c) || c.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(c) || c.isRecord()) {
      return "an object";
    }
    return "a " + c.getSimpleName();
  }

  static String describeNode(JsonNode n) {
    return switch (n.getNodeType()) {
      case STRING -> "string \"" + clip(n.asText()) + "\"";
      case NUMBER -> "number " + n.asText();
      case BOOLEAN -> n.asText();
      case NULL -> "null";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }
}
