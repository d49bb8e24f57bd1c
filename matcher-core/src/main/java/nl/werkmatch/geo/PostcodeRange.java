package nl.werkmatch.geo;

/**
 * An inclusive range of numeric postcodes: Dutch PC4 codes (1000..9999) or German five-digit
 * Postleitzahlen, written {@code 7511-7548} or, for a single code, {@code 7468}.
 *
 * @param from first code of the range
 * @param to last code of the range, at least {@code from}
 */
public record PostcodeRange(int from, int to) {
  /** Validates the order. */
  public PostcodeRange {
    if (from < 1000 || to > 99999 || to < from) {
      throw new IllegalArgumentException("postcode range " + from + "-" + to + " is not a rising range of 4- or 5-digit codes");
    }
  }

  /** Whether {@code code} lies in the range. */
  public boolean contains(int code) {
    return code >= from && code <= to;
  }

  /** Number of codes in the range. */
  public int size() {
    return to - from + 1;
  }

  /**
   * Parses {@code 7511-7548} or {@code 7468}.
   *
   * @param text the range as written
   * @return the range
   * @throws IllegalArgumentException when the text is not a range
   */
  public static PostcodeRange parse(String text) {
    String t = text.strip();
    int dash = t.indexOf('-');
    try {
      if (dash < 0) {
        int v = Integer.parseInt(t);
        return new PostcodeRange(v, v);
      }
      return new PostcodeRange(Integer.parseInt(t.substring(0, dash).strip()),
          Integer.parseInt(t.substring(dash + 1).strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a postcode range such as 7511-7548");
    }
  }

  @Override
  public String toString() {
    return from == to ? Integer.toString(from) : from + "-" + to;
  }
}
