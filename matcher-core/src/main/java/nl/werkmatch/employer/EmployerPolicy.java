package nl.werkmatch.employer;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The municipality's choices for employer output: the pseudonyms (key and linkage) and which
 * free-text fields it has reviewed and allows an employer to see (default: none).
 *
 * @param pseudonyms the keyed pseudonyms
 * @param reviewedFields free-text fields shown verbatim; any other free text is left out
 */
public record EmployerPolicy(Pseudonyms pseudonyms, Set<ReviewedField> reviewedFields) {
  /** Free-text fields a municipality may mark as reviewed. */
  public enum ReviewedField {
    /** Experience job titles as recorded (else the taxonomy occupation label). */
    EXPERIENCE_TITLES,
    /** Skill labels not in the taxonomy (else left out). */
    SKILL_LABELS
  }

  /** Copies the set. */
  public EmployerPolicy {
    Objects.requireNonNull(pseudonyms);
    reviewedFields = reviewedFields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reviewedFields));
  }

  /** Pseudonyms of {@code key}, unlinkable across vacancies, no free text. */
  public static EmployerPolicy of(PseudonymKey key) {
    return new EmployerPolicy(new Pseudonyms(key), Set.of());
  }

  boolean reviewed(ReviewedField f) {
    return reviewedFields.contains(f);
  }
}
