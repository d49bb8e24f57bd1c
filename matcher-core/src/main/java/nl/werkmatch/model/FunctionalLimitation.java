package nl.werkmatch.model;

/**
 * A functional limitation: what a person cannot do, never the medical cause. Each limitation names
 * the job condition it rules out; {@link #NO_NIGHT_SHIFTS} and {@link #LIMITED_CUSTOMER_CONTACT}
 * are checked against the schedule and the customer-contact demand instead.
 */
public enum FunctionalLimitation {
  /** No heavy lifting. */
  NO_HEAVY_LIFTING(WorkCondition.HEAVY_LIFTING),
  /** No prolonged standing. */
  NO_PROLONGED_STANDING(WorkCondition.PROLONGED_STANDING),
  /** Limited walking. */
  LIMITED_WALKING(WorkCondition.WALKING),
  /** Needs a quiet workplace. */
  NEEDS_QUIET_WORKPLACE(WorkCondition.NOISY),
  /** No outdoor work. */
  NO_OUTDOOR_WORK(WorkCondition.OUTDOOR),
  /** No work in the cold. */
  NO_COLD(WorkCondition.COLD),
  /** No work at heights. */
  NO_WORK_AT_HEIGHTS(WorkCondition.HEIGHTS),
  /** No dust or fumes. */
  NO_DUST(WorkCondition.DUST),
  /** No fine manual work. */
  NO_FINE_MANUAL_WORK(WorkCondition.FINE_MANUAL_WORK),
  /** No constant time pressure. */
  NO_TIME_PRESSURE(WorkCondition.TIME_PRESSURE),
  /** May not drive for work. */
  NO_DRIVING(WorkCondition.DRIVING),
  /** No night shifts (checked against the schedule). */
  NO_NIGHT_SHIFTS(null),
  /** Limited customer contact (checked against a customer-contact demand of 4 or 5). */
  LIMITED_CUSTOMER_CONTACT(null);

  private final WorkCondition rulesOut;

  FunctionalLimitation(WorkCondition rulesOut) {
    this.rulesOut = rulesOut;
  }

  /** The job condition this limitation rules out, or {@code null} when checked elsewhere. */
  public WorkCondition rulesOut() {
    return rulesOut;
  }
}
