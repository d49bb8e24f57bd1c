package nl.werkmatch.match;

import nl.werkmatch.model.TravelMode;

/**
 * The travel part of a match.
 *
 * @param minutes one-way minutes by the best mode, or null when a location is unknown
 * @param mode the best mode, or null
 * @param limitMinutes the one-way limit applied: the person's own limit or the statutory ceiling, whichever is lower
 * @param withinLimit whether the trip fits the limit (true when unknown)
 */
public record TravelResult(Integer minutes, TravelMode mode, int limitMinutes, boolean withinLimit) {
  /** Whether the travel time is known. */
  public boolean known() {
    return minutes != null;
  }

  /** A band for the employer view: "0-15", "15-30", "30-45", "45-60", "60+" minutes, or "unknown". */
  public String band() {
    if (minutes == null) {
      return "unknown";
    }
    int m = minutes;
    return m < 15 ? "0-15 min" : m < 30 ? "15-30 min" : m < 45 ? "30-45 min" : m < 60 ? "45-60 min" : "60+ min";
  }
}
