package nl.werkmatch.match;

/**
 * How one skill a vacancy asks for is met.
 *
 * @param required the required skill id, or its label when not coded
 * @param requiredLabel the Dutch label
 * @param essential whether it is essential (else optional)
 * @param matchedBy the candidate's skill id or label that met it best, or null
 * @param matchedLabel its Dutch label, or null
 * @param substitution how it was met
 * @param credit the credit in [0,1] after substitution, level and recency
 */
public record SkillMatch(String required, String requiredLabel, boolean essential, String matchedBy,
    String matchedLabel, Substitution substitution, double credit) {}
