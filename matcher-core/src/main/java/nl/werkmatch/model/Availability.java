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

  /**
   * The most hours per week the person can reach: the higher of {@code maxHours} and the end of the
   * build-up path (a person working 16 h on a path 2 -> 8 -> 16 -> 24 reaches 24), within the medical
   * limit. Null when neither maxHours, a path nor a medical limit is recorded.
   */
  public Integer reachableMaxHours() {
    Integer reach = maxHours;
    if (buildUpHours != null && !buildUpHours.isEmpty()) {
      int end = buildUpHours.get(buildUpHours.size() - 1);
      reach = reach == null ? end : Math.max(reach, end);
    }
    if (reach == null) {
      return medicalMaxHours;
    }
    return medicalMaxHours == null ? reach : Math.min(reach, medicalMaxHours);
  }

  /** A builder with every field absent (null or false). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this availability, to change a few fields of a copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.minHours = minHours;
    b.maxHours = maxHours;
    b.buildUpHours = buildUpHours;
    b.startDate = startDate;
    b.timeWindows = timeWindows;
    b.shifts = shifts;
    b.nights = nights;
    b.weekends = weekends;
    b.medicalMaxHours = medicalMaxHours;
    return b;
  }

  /**
   * Builds a {@link Availability} field by field instead of through its 9-argument constructor. Setters
   * take the same values as the record components; {@link #build()} runs the record's validation,
   * so an invalid combination fails there with the same {@link ValidationException}. Not thread-safe.
   */
  public static final class Builder {
    private Integer minHours;
    private Integer maxHours;
    private List<Integer> buildUpHours;
    private LocalDate startDate;
    private List<TimeWindow> timeWindows;
    private Boolean shifts;
    private Boolean nights;
    private Boolean weekends;
    private Integer medicalMaxHours;

    private Builder() {}

    /** Sets {@code minHours}: minimum hours per week wanted, 0..60. */
    public Builder minHours(Integer minHours) {
      this.minHours = minHours;
      return this;
    }

    /** Sets {@code maxHours}: maximum hours per week, 0..60. */
    public Builder maxHours(Integer maxHours) {
      this.maxHours = maxHours;
      return this;
    }

    /** Sets {@code buildUpHours}: a build-up path in hours per week, rising, e.g. [2, 8, 16, 24]. */
    public Builder buildUpHours(List<Integer> buildUpHours) {
      this.buildUpHours = buildUpHours;
      return this;
    }

    /** Sets {@code startDate}: earliest start date. */
    public Builder startDate(LocalDate startDate) {
      this.startDate = startDate;
      return this;
    }

    /**
     * Sets {@code timeWindows}: the only times the person can work (e.g. school hours); absent means
     * any time.
     */
    public Builder timeWindows(List<TimeWindow> timeWindows) {
      this.timeWindows = timeWindows;
      return this;
    }

    /** Sets {@code shifts}: whether shift work is possible. */
    public Builder shifts(Boolean shifts) {
      this.shifts = shifts;
      return this;
    }

    /** Sets {@code nights}: whether night work is possible. */
    public Builder nights(Boolean nights) {
      this.nights = nights;
      return this;
    }

    /** Sets {@code weekends}: whether weekend work is possible. */
    public Builder weekends(Boolean weekends) {
      this.weekends = weekends;
      return this;
    }

    /** Sets {@code medicalMaxHours}: medische urenbeperking: medical limit in hours per week, 0..60. */
    public Builder medicalMaxHours(Integer medicalMaxHours) {
      this.medicalMaxHours = medicalMaxHours;
      return this;
    }

    /** The availability, validated. */
    public Availability build() {
      return new Availability(minHours, maxHours, buildUpHours, startDate, timeWindows, shifts, nights,
          weekends, medicalMaxHours);
    }
  }
}
