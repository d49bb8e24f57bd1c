package nl.werkmatch.model;

import java.time.LocalDate;
import java.util.List;

/**
 * When and how much a candidate can work.
 *
 * @param minHours minimum hours per week wanted, 0..60
 * @param maxHours maximum hours per week, 0..60
 * @param buildUpHours a build-up path in hours per week, rising, e.g. [2, 8, 16, 24]
 * @param startDate earliest start date
 * @param timeWindows the only times the person can work (e.g. school hours); absent means any time
 * @param shifts whether shift work is possible
 * @param nights whether night work is possible
 * @param weekends whether weekend work is possible
 * @param medicalMaxHours medische urenbeperking: medical limit in hours per week, 0..60
 */
public record Availability(Integer minHours, Integer maxHours, List<Integer> buildUpHours, LocalDate startDate,
    List<TimeWindow> timeWindows, Boolean shifts, Boolean nights, Boolean weekends, Integer medicalMaxHours) {
  /** Validates ranges, order and the build-up path. */
  public Availability {
    Check.range("minHours", minHours, 0, 60);
    Check.range("maxHours", maxHours, 0, 60);
    Check.order("minHours", minHours, maxHours, "minHours", "maxHours");
    buildUpHours = Check.list("buildUpHours", buildUpHours);
    if (buildUpHours != null) {
      for (int i = 0; i < buildUpHours.size(); i++) {
        Check.range("buildUpHours[" + i + "]", buildUpHours.get(i), 1, 60);
        if (i > 0 && buildUpHours.get(i) <= buildUpHours.get(i - 1)) {
          throw new ValidationException("buildUpHours[" + i + "]", "must rise, got " + buildUpHours.get(i)
              + " after " + buildUpHours.get(i - 1));
        }
      }
    }
    Check.date("startDate", startDate);
    timeWindows = Check.list("timeWindows", timeWindows);
    Check.range("medicalMaxHours", medicalMaxHours, 0, 60);
  }

  /** Maximum hours per week the person can work: the lower of {@code maxHours} and the medical limit. */
  public Integer effectiveMaxHours() {
    if (maxHours == null) {
      return medicalMaxHours;
    }
    return medicalMaxHours == null ? maxHours : Math.min(maxHours, medicalMaxHours);
  }
}
