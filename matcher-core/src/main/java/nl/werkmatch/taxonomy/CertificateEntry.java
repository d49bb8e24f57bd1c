package nl.werkmatch.taxonomy;

import java.util.List;
import nl.werkmatch.model.Certificate;

/**
 * What the taxonomy knows about a certificate beyond its name: what a person must hold before it
 * can be obtained (Code 95 needs a C or D driving licence).
 *
 * @param certificate the certificate
 * @param preconditions what must be held first, each in the form of {@link Preconditions} (never
 *     null, may be empty)
 */
public record CertificateEntry(Certificate certificate, List<String> preconditions) {
  /** Checks the certificate and the form of each precondition, and copies the list. */
  public CertificateEntry {
    if (certificate == null) {
      throw new IllegalArgumentException("id: is required");
    }
    preconditions = Entries.copy(preconditions, "preconditions");
    preconditions.forEach(Preconditions::check);
  }
}
