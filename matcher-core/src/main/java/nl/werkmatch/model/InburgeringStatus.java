package nl.werkmatch.model;

/** Progress of a statushouder's civic integration (inburgering). */
public enum InburgeringStatus {
  /** Not started. */
  NOT_STARTED,
  /** Under way. */
  IN_PROGRESS,
  /** Completed. */
  COMPLETED,
  /** Exempt. */
  EXEMPT
}
