package nl.werkmatch.model;

/**
 * The kind of place a vacancy offers. Paid kinds are employments; the others are participation or
 * learning places that keep the benefit, which the displacement rule (verdringing) restricts.
 */
public enum VacancyKind {
  /** A regular paid job. */
  REGULAR(true, false),
  /** Garantiebaan: a job counted under the banenafspraak; for people in the doelgroepregister. */
  GARANTIEBAAN(true, false),
  /** Beschut werk: sheltered paid employment at least at WML; needs a UWV indication. */
  BESCHUT_WERK(true, false),
  /** Proefplaatsing: a trial placement of 2-3 months with benefit kept and a concrete job prospect. */
  PROEFPLAATSING(false, true),
  /** Leerwerkplek or BBL place: learning while working. */
  LEERWERKPLEK(true, true),
  /** Stage (internship). */
  STAGE(false, true),
  /** Werkervaringsplaats: a place to gain work experience, benefit kept. */
  WERKERVARINGSPLAATS(false, true),
  /** Participatieplaats: unpaid additional work, only for people 27+ on bijstand. */
  PARTICIPATIEPLAATS(false, true),
  /** Vrijwilligerswerk (volunteer work). */
  VRIJWILLIGERSWERK(false, false),
  /** Detachering: paid work through secondment. */
  DETACHERING(true, false),
  /** A project with a job guarantee at its end. */
  PROJECT_MET_BAANGARANTIE(false, true);

  private final boolean paid;
  private final boolean subsidisedOrUnpaidPlacement;

  VacancyKind(boolean paid, boolean subsidisedOrUnpaidPlacement) {
    this.paid = paid;
    this.subsidisedOrUnpaidPlacement = subsidisedOrUnpaidPlacement;
  }

  /** Whether the place is a paid employment. */
  public boolean isPaid() {
    return paid;
  }

  /**
   * Whether the place is a subsidised or unpaid placement to which the displacement check applies.
   * Loonkostensubsidie on a paid kind is checked separately, per pair.
   */
  public boolean isSubsidisedOrUnpaidPlacement() {
    return subsidisedOrUnpaidPlacement;
  }
}
