package nl.werkmatch.model;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A weekly time window, e.g. Monday 08:30-14:30 (school hours).
 *
 * @param day day of the week, {@code MONDAY}..{@code SUNDAY}
 * @param from start time, {@code HH:mm}
 * @param to end time, {@code HH:mm}, after {@code from}
 */
public record TimeWindow(DayOfWeek day, LocalTime from, LocalTime to) {
  /** Validates that the window is complete and not empty. */
  public TimeWindow {
    if (day == null) {
      throw new ValidationException("day", "is required");
    }
    if (from == null || to == null) {
      throw new ValidationException(from == null ? "from" : "to", "is required");
    }
    if (!to.isAfter(from)) {
      throw new ValidationException("to", "(" + to + ") must be after from (" + from + ")");
    }
  }

  /** Length of the window in minutes. */
  public int minutes() {
    return (to.toSecondOfDay() - from.toSecondOfDay()) / 60;
  }
}
