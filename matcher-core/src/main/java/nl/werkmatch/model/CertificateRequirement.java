package nl.werkmatch.model;

/**
 * A certificate a vacancy asks for.
 *
 * @param certificate which certificate
 * @param obtainableOnJob whether the employer lets a new hire obtain it on the job
 */
public record CertificateRequirement(Certificate certificate, Boolean obtainableOnJob) {
  /** Validates that the certificate is named. */
  public CertificateRequirement {
    if (certificate == null) {
      throw new ValidationException("certificate", "is required");
    }
  }
}
