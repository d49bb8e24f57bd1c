package nl.werkmatch.model;

/**
 * Why a person is exempt from the work obligation (ontheffing arbeidsplicht, Participatiewet
 * art. 9). Records the ground, never a medical or personal cause.
 */
public enum ExemptionReason {
  /**
   * A single parent who follows education, under the Wet verbetering arbeidspositie alleenstaande
   * ouders (Karin: 1.5 years, 000_6179c31e463332af.txt:1854-1861).
   */
  SINGLE_PARENT_EDUCATION,
  /** A single parent with full care of a child under 5 (alleenstaande ouder met jonge kinderen). */
  SINGLE_PARENT_YOUNG_CHILDREN,
  /** Urgent reasons (dringende redenen) the college has accepted; the cause is not recorded here. */
  URGENT_REASONS,
  /** Another ground; say which in the note. */
  OTHER
}
