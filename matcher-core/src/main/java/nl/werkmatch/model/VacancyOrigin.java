package nl.werkmatch.model;

/**
 * How a vacancy arose, for the displacement (verdringing) check: a subsidised or unpaid placement
 * may only fill a vacancy that did not arise from redundancy (afvloeiing).
 */
public enum VacancyOrigin {
  /** A newly created position. */
  NEW_POSITION(true),
  /** The previous worker resigned. */
  OWN_RESIGNATION(true),
  /** The previous worker retired. */
  RETIREMENT(true),
  /** Hours were reduced at the worker's own request. */
  REDUCED_HOURS_AT_WORKERS_REQUEST(true),
  /** The previous worker became unable to work (arbeidsongeschiktheid). */
  DISABILITY(true),
  /** The previous worker was dismissed for an urgent cause (dringende reden). */
  DISMISSAL_FOR_URGENT_CAUSE(true),
  /** Redundancy (afvloeiing): subsidised and unpaid placements are not allowed. */
  REDUNDANCY(false),
  /** Origin not recorded: a subsidised or unpaid placement needs it established first. */
  UNKNOWN(false);

  private final boolean allowsSubsidisedPlacement;

  VacancyOrigin(boolean allowsSubsidisedPlacement) {
    this.allowsSubsidisedPlacement = allowsSubsidisedPlacement;
  }

  /** Whether a subsidised or unpaid placement may fill a vacancy of this origin. */
  public boolean allowsSubsidisedPlacement() {
    return allowsSubsidisedPlacement;
  }
}
