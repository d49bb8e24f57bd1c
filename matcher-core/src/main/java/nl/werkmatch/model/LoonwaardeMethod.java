package nl.werkmatch.model;

/** The validated method by which a loonwaarde was measured on the workplace. */
public enum LoonwaardeMethod {
  /** Dariuz. */
  DARIUZ,
  /** Loonbalans / Competensys. */
  LOONBALANS,
  /** The uniform national method (since 2021). */
  UNIFORME_METHODE,
  /** Another method. */
  OTHER
}
