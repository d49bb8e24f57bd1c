package nl.werkmatch.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validation helpers shared by the model records. */
final class Check {
  private Check() {}

  static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
  static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);
  private static final int MAX_TEXT = 20_000;
  private static final int MAX_LIST = 10_000;

  static String id(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, "is required");
    }
    if (!isId(value)) {
      throw new ValidationException(field,
          "must be 1-128 characters of letters, digits, '.', '_', ':' or '-', starting with a letter or digit, got '" + clip(value) + "'");
    }
    return value;
  }

  /**
   * Whether {@code value} is {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,127}}, written out: every skill,
   * occupation and record id of every decoded record passes here, and the regex was 3% of a batch.
   */
  static boolean isId(String value) {
    int n = value.length();
    if (n < 1 || n > 128 || !alnum(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!alnum(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Free text: at most {@value #MAX_TEXT} characters and no lone UTF-16 surrogate (UTF-8, and so the
   * index, cannot hold one: the stored record would not be the record given). Control characters
   * are allowed: real exports carry them in names and titles, and the CLI escapes them on output.
   */
  static String text(String field, String value) {
    if (value == null) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw new ValidationException(field, "is longer than " + MAX_TEXT + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new ValidationException(field, String.format("holds a lone UTF-16 surrogate U+%04X at character %d:"
            + " not text, and it cannot be stored as it was given", (int) c, i + 1));
      }
    }
    return value;
  }

  static String optionalId(String field, String value) {
    return value == null ? null : id(field, value);
  }

  static Integer range(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new ValidationException(field, "must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  static Double range(String field, Double value, double min, double max) {
    if (value == null) {
      return null;
    }
    if (value.isNaN() || value.isInfinite()) {
      throw new ValidationException(field, "must be a finite number, got " + value);
    }
    if (value < min || value > max) {
      throw new ValidationException(field, "must be between " + fmt(min) + " and " + fmt(max) + ", got " + fmt(value));
    }
    return value;
  }

  static Integer level(String field, Integer value) {
    return range(field, value, 1, 5);
  }

  static LocalDate date(String field, LocalDate value) {
    if (value != null && (value.isBefore(MIN_DATE) || value.isAfter(MAX_DATE))) {
      throw new ValidationException(field, "must be between " + MIN_DATE + " and " + MAX_DATE + ", got " + value);
    }
    return value;
  }

  static void order(String field, Number low, Number high, String lowName, String highName) {
    if (low != null && high != null && low.doubleValue() > high.doubleValue()) {
      throw new ValidationException(field, lowName + " (" + low + ") must not exceed " + highName + " (" + high + ")");
    }
  }

  static <T> List<T> list(String field, List<T> value) {
    if (value == null) {
      return null;
    }
    if (value.size() > MAX_LIST) {
      throw new ValidationException(field, "has " + value.size() + " entries, more than the limit of " + MAX_LIST);
    }
    for (int i = 0; i < value.size(); i++) {
      if (value.get(i) == null) {
        throw new ValidationException(field + "[" + i + "]", "must not be null");
      }
    }
    return List.copyOf(value);
  }

  static <T> List<T> distinctList(String field, List<T> value) {
    List<T> copy = list(field, value);
    if (copy != null) {
      Set<T> seen = new HashSet<>();
      for (int i = 0; i < copy.size(); i++) {
        if (!seen.add(copy.get(i))) {
          throw new ValidationException(field + "[" + i + "]", "duplicate value " + copy.get(i));
        }
      }
    }
    return copy;
  }

  static void noDuplicateKeys(String field, Collection<?> keys) {
    Set<Object> seen = new HashSet<>();
    int i = 0;
    for (Object key : keys) {
      if (key != null && !seen.add(key)) {
        throw new ValidationException(field + "[" + i + "]", "duplicate entry for " + key);
      }
      i++;
    }
  }

  static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
