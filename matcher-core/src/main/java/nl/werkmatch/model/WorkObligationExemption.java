package nl.werkmatch.model;

import java.time.LocalDate;

/**
 * An exemption from the work obligation (ontheffing arbeidsplicht): for a period the person is not
 * required to accept paid work. During it werkmatch offers only voluntary places and places that
 * combine work with education; after {@code until} the obligation applies again
 * (000_6179c31e463332af.txt:1854-1861).
 *
 * @param reason the ground of the exemption
 * @param from first day of the exemption; absent means it applies from before any date asked
 * @param until last day of the exemption; absent means no end date is recorded
 * @param note free text, e.g. the decision or the course it is for
 */
public record WorkObligationExemption(ExemptionReason reason, LocalDate from, LocalDate until, String note) {
  /** Validates the dates and the note. */
  public WorkObligationExemption {
    Check.date("from", from);
    Check.date("until", until);
    if (from != null && until != null && until.isBefore(from)) {
      throw new ValidationException("until", "must not be before from (" + from + "), got " + until);
    }
    Check.text("note", note);
  }

  /** Whether the exemption is in force on {@code date} (from and until inclusive). */
  public boolean appliesOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
  }

  /** Whether the exemption ended before {@code date}. */
  public boolean endedBefore(LocalDate date) {
    return until != null && until.isBefore(date);
  }
}
