package nl.werkmatch.taxonomy;

/**
 * How a skill a candidate has relates to a skill a vacancy requires, strongest first.
 *
 * <p>{@link Taxonomy#relation(String, String)} returns the strongest relation that holds. The
 * constants are declared from strongest to weakest, so {@code a.compareTo(b) < 0} means {@code a}
 * is the stronger relation.
 */
public enum SkillRelation {
  /** The same skill id. */
  EXACT,
  /**
   * One skill is the broader or narrower concept of the other (directly or through a chain of
   * broader skills or groups), or both share the same direct broader concept (siblings, which can
   * substitute for each other through that broader concept).
   */
  BROADER,
  /** One skill lists the other as related (the relation is symmetric). */
  RELATED,
  /** No relation known to the taxonomy, or at least one id is unknown. */
  NONE
}
