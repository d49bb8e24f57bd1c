package nl.werkmatch.model;

import java.time.LocalDate;

/**
 * A certificate a candidate holds.
 *
 * @param certificate which certificate
 * @param obtained date obtained
 * @param expires date it expires; absent means it does not expire
 */
public record CertificateHolding(Certificate certificate, LocalDate obtained, LocalDate expires) {
  /** Validates that the certificate is named and the dates are in order. */
  public CertificateHolding {
    if (certificate == null) {
      throw new ValidationException("certificate", "is required");
    }
    Check.date("obtained", obtained);
    Check.date("expires", expires);
    if (obtained != null && expires != null && expires.isBefore(obtained)) {
      throw new ValidationException("expires", "(" + expires + ") is before obtained (" + obtained + ")");
    }
  }

  /** Whether the certificate is valid on {@code date}. */
  public boolean validOn(LocalDate date) {
    return expires == null || !expires.isBefore(date);
  }
}
