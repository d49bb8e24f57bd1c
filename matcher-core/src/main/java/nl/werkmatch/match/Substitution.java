package nl.werkmatch.match;

/** How a required skill was met by the candidate. */
public enum Substitution {
  /** The same skill. */
  EXACT,
  /** A free-text label resolved to the skill through the taxonomy's synonyms. */
  SYNONYM,
  /** A skill under the same broader concept, or the broader/narrower skill itself. */
  BROADER,
  /** A related skill. */
  RELATED,
  /** Free text sharing most analysed (Dutch-stemmed) words with the requirement. */
  TEXT,
  /** Not met. */
  MISSING
}
