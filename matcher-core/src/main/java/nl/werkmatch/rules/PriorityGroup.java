package nl.werkmatch.rules;

import java.time.LocalDate;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.TargetGroup;

/**
 * A priority group a municipality may choose to favour (docs/domain.md: Fairness and privacy). Priority is an
 * explicit policy choice, listed in {@link PolicyConfig#priorityGroups()}: the rules never use it; the scorer
 * may apply it as a named, visible policy boost, and the fairness report measures each group's exposure.
 */
public enum PriorityGroup {
  /** Young people under 27 (jongeren tot 27). */
  YOUTH_UNDER_27,
  /** Statushouders: refugees with a residence permit. */
  STATUSHOUDER,
  /** Parents, to stop unemployment passing to the next generation (recorded as care for children under 5). */
  PARENTS,
  /** People aged 50 or over (50-plussers). */
  AGE_50_PLUS,
  /** People in the banenafspraak target group (doelgroepregister). */
  BANENAFSPRAAK;

  /**
   * Whether the candidate belongs to this group on {@code date}: {@code TRUE}, {@code FALSE}, or {@code null} when
   * the data that decides it is not recorded. {@link #PARENTS} can only be seen through
   * {@code careDuties.childrenUnder5}, the one parenthood signal in the model.
   *
   * @param candidate the candidate
   * @param date the reference date for ages
   * @return membership, or {@code null} when unknown
   */
  public Boolean appliesTo(Candidate candidate, LocalDate date) {
    return switch (this) {
      case YOUTH_UNDER_27 -> {
        Integer age = candidate.ageIn(date);
        yield age == null ? null : age < 27;
      }
      case AGE_50_PLUS -> {
        Integer age = candidate.ageIn(date);
        yield age == null ? null : age >= 50;
      }
      case STATUSHOUDER -> candidate.targetGroups() == null ? null
          : candidate.inTargetGroup(TargetGroup.STATUSHOUDER);
      case BANENAFSPRAAK -> candidate.targetGroups() == null ? null
          : candidate.inTargetGroup(TargetGroup.DOELGROEPREGISTER);
      case PARENTS -> candidate.careDuties() == null ? null : candidate.careDuties().childrenUnder5();
    };
  }
}
