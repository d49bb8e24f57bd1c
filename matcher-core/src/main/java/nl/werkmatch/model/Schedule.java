package nl.werkmatch.model;

import java.util.List;

/**
 * A vacancy's working times.
 *
 * @param shifts whether the work is in shifts
 * @param nights whether it includes night work
 * @param weekends whether it includes weekend work
 * @param timeWindows the regular working times, if fixed
 */
public record Schedule(Boolean shifts, Boolean nights, Boolean weekends, List<TimeWindow> timeWindows) {
  /** Copies the list. */
  public Schedule {
    timeWindows = Check.list("timeWindows", timeWindows);
  }
}
