package nl.werkmatch.model;

/** The route agreed with the person (Hengelo's routes). */
public enum Route {
  /** Towards employment. */
  WERKNEMER,
  /** Towards self-employment. */
  ONDERNEMER,
  /** Towards education. */
  ONDERWIJS,
  /** Towards participation: volunteer work or other social participation. */
  PARTICIPATIE
}
