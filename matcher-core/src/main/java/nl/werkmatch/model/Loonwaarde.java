package nl.werkmatch.model;

import java.time.LocalDate;

/**
 * A loonwaarde decision: the percentage of the function wage a person's output is worth, measured
 * on the workplace in a concrete function, reassessed yearly. Internal only: never shown to an
 * employer.
 *
 * @param percentage loonwaarde in percent, more than 0 and at most 100
 * @param assessedOn date of the measurement
 * @param method validated method used
 * @param occupationId taxonomy id of the function it was measured in
 * @param functionTitle the function as described in the decision
 */
public record Loonwaarde(Double percentage, LocalDate assessedOn, LoonwaardeMethod method, String occupationId,
    String functionTitle) {
  /** Validates the percentage and date. */
  public Loonwaarde {
    Check.range("percentage", percentage, 0, 100);
    if (percentage != null && percentage == 0.0) {
      throw new ValidationException("percentage", "must be more than 0");
    }
    Check.date("assessedOn", assessedOn);
    Check.optionalId("occupationId", occupationId);
  }

  /** Whether the measurement is at most a year old on {@code date} (loonwaarde is reassessed yearly). */
  public boolean validOn(LocalDate date) {
    return assessedOn != null && !assessedOn.plusYears(1).isBefore(date) && !assessedOn.isAfter(date);
  }
}
