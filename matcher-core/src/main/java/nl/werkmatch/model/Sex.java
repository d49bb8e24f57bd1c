package nl.werkmatch.model;

/** Sex where recorded; used only in the fairness exposure report, never for scoring or display. */
public enum Sex {
  /** Female. */
  FEMALE,
  /** Male. */
  MALE,
  /** Recorded as X (neither). */
  X
}
