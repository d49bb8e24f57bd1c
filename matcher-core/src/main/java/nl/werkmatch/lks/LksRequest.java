package nl.werkmatch.lks;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.werkmatch.model.ValidationException;

/**
 * The inputs of one loonkostensubsidie calculation.
 *
 * @param wagePerHour the function wage (CAO wage) in euro per hour, gross, without holiday allowance; at least the
 *     applicable WML
 * @param loonwaardePercent the measured loonwaarde in percent, more than 0 and at most 100; may be {@code null}
 *     with {@code flatRate}
 * @param hoursPerWeek contracted hours per week, more than 0 and at most 60 (part-time allowed)
 * @param date the date the WML is taken from
 * @param age the employee's age for the youth minimum wage, 15..120; {@code null} means 21 or over
 * @param flatRate use the flat rate (forfaitaire LKS) of the first up to six months: 50% of WML with holiday
 *     allowance, without a loonwaarde measurement
 * @param wmlPerMonth a monthly WML (full-time, age 21+) to use instead of the table, e.g. for an old date;
 *     {@code null} to use the table
 * @param fullTimeHoursPerWeek the full-time week a monthly WML is for, default 38; used only with a monthly WML
 */
public record LksRequest(BigDecimal wagePerHour, BigDecimal loonwaardePercent, BigDecimal hoursPerWeek, LocalDate date,
    Integer age, boolean flatRate, BigDecimal wmlPerMonth, BigDecimal fullTimeHoursPerWeek) {

  /** The full-time week assumed for a monthly WML when none is given. */
  public static final BigDecimal DEFAULT_FULL_TIME_HOURS = BigDecimal.valueOf(38);

  /** Validates the inputs and fills the full-time week. */
  public LksRequest {
    if (wagePerHour == null || wagePerHour.signum() <= 0) {
      throw new ValidationException("wagePerHour", "must be a positive amount in euro per hour, got " + wagePerHour);
    }
    if (loonwaardePercent == null && !flatRate) {
      throw new ValidationException("loonwaardePercent", "is required unless the flat rate is used");
    }
    if (loonwaardePercent != null
        && (loonwaardePercent.signum() <= 0 || loonwaardePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new ValidationException("loonwaardePercent", "must be more than 0 and at most 100, got " + loonwaardePercent);
    }
    if (hoursPerWeek == null || hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(BigDecimal.valueOf(60)) > 0) {
      throw new ValidationException("hoursPerWeek", "must be more than 0 and at most 60, got " + hoursPerWeek);
    }
    if (date == null) {
      throw new ValidationException("date", "is required");
    }
    if (age != null && (age < 15 || age > 120)) {
      throw new ValidationException("age", "must be between 15 and 120, got " + age);
    }
    if (wmlPerMonth != null && wmlPerMonth.signum() <= 0) {
      throw new ValidationException("wmlPerMonth", "must be positive, got " + wmlPerMonth);
    }
    if (fullTimeHoursPerWeek == null) {
      fullTimeHoursPerWeek = DEFAULT_FULL_TIME_HOURS;
    }
    if (fullTimeHoursPerWeek.signum() <= 0 || fullTimeHoursPerWeek.compareTo(BigDecimal.valueOf(60)) > 0) {
      throw new ValidationException("fullTimeHoursPerWeek", "must be more than 0 and at most 60, got "
          + fullTimeHoursPerWeek);
    }
  }

  /**
   * A measured-loonwaarde request for an adult with the table WML.
   *
   * @param wagePerHour function wage per hour
   * @param loonwaardePercent loonwaarde in percent
   * @param hoursPerWeek contracted hours per week
   * @param date WML date
   * @return the request
   */
  public static LksRequest of(BigDecimal wagePerHour, BigDecimal loonwaardePercent, BigDecimal hoursPerWeek,
      LocalDate date) {
    return new LksRequest(wagePerHour, loonwaardePercent, hoursPerWeek, date, null, false, null, null);
  }

  /** A builder with every field absent (null or false). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this lksrequest, to change a few fields of a copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.wagePerHour = wagePerHour;
    b.loonwaardePercent = loonwaardePercent;
    b.hoursPerWeek = hoursPerWeek;
    b.date = date;
    b.age = age;
    b.flatRate = flatRate;
    b.wmlPerMonth = wmlPerMonth;
    b.fullTimeHoursPerWeek = fullTimeHoursPerWeek;
    return b;
  }

  /**
   * Builds a {@link LksRequest} field by field instead of through its 8-argument constructor. Setters
   * take the same values as the record components; {@link #build()} runs the record's validation,
   * so an invalid combination fails there with the same {@link ValidationException}. Not thread-safe.
   */
  public static final class Builder {
    private BigDecimal wagePerHour;
    private BigDecimal loonwaardePercent;
    private BigDecimal hoursPerWeek;
    private LocalDate date;
    private Integer age;
    private boolean flatRate;
    private BigDecimal wmlPerMonth;
    private BigDecimal fullTimeHoursPerWeek;

    private Builder() {}

    /** Sets {@code wagePerHour}: function wage per hour. */
    public Builder wagePerHour(BigDecimal wagePerHour) {
      this.wagePerHour = wagePerHour;
      return this;
    }

    /** Sets {@code loonwaardePercent}: loonwaarde in percent. */
    public Builder loonwaardePercent(BigDecimal loonwaardePercent) {
      this.loonwaardePercent = loonwaardePercent;
      return this;
    }

    /** Sets {@code hoursPerWeek}: contracted hours per week. */
    public Builder hoursPerWeek(BigDecimal hoursPerWeek) {
      this.hoursPerWeek = hoursPerWeek;
      return this;
    }

    /** Sets {@code date}: WML date. */
    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /**
     * Sets {@code age}: the employee's age for the youth minimum wage, 15..120; {@code null} means 21
     * or over.
     */
    public Builder age(Integer age) {
      this.age = age;
      return this;
    }

    /**
     * Sets {@code flatRate}: use the flat rate (forfaitaire LKS) of the first up to six months: 50% of
     * WML with holiday.
     */
    public Builder flatRate(boolean flatRate) {
      this.flatRate = flatRate;
      return this;
    }

    /**
     * Sets {@code wmlPerMonth}: a monthly WML (full-time, age 21+) to use instead of the table, e.g.
     * for an old date.
     */
    public Builder wmlPerMonth(BigDecimal wmlPerMonth) {
      this.wmlPerMonth = wmlPerMonth;
      return this;
    }

    /**
     * Sets {@code fullTimeHoursPerWeek}: the full-time week a monthly WML is for, default 38; used
     * only with a monthly WML.
     */
    public Builder fullTimeHoursPerWeek(BigDecimal fullTimeHoursPerWeek) {
      this.fullTimeHoursPerWeek = fullTimeHoursPerWeek;
      return this;
    }

    /** The lksrequest, validated. */
    public LksRequest build() {
      return new LksRequest(wagePerHour, loonwaardePercent, hoursPerWeek, date, age, flatRate, wmlPerMonth,
          fullTimeHoursPerWeek);
    }
  }
}
