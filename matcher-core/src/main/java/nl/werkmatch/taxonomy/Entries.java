package nl.werkmatch.taxonomy;

import java.text.Normalizer;
import java.util.List;

/** Small helpers shared by the taxonomy records and loaders. */
final class Entries {
  private Entries() {}

  static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": is required");
    }
  }

  static <T> List<T> copy(List<T> list, String field) {
    if (list == null) {
      return List.of();
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new IllegalArgumentException(field + "[" + i + "]: must not be null");
      }
    }
    return List.copyOf(list);
  }

  /**
   * Normalises a label for lookup: compatibility decomposition, diacritics removed, lower case,
   * every run of characters that are not letters or digits turned into one space, trimmed.
   * "Hygiënisch  werken", "hygienisch-werken" and "HYGIENISCH WERKEN" all become
   * "hygienisch werken".
   */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String d = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(d.length());
    boolean pendingSpace = false;
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (pendingSpace && sb.length() > 0) {
          sb.append(' ');
        }
        pendingSpace = false;
        sb.appendCodePoint(Character.toLowerCase(cp));
      } else {
        pendingSpace = true;
      }
    }
    return sb.toString();
  }
}
