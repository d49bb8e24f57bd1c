package nl.werkmatch.match;

/**
 * One rule's verdict on a pair, as quoted in explanations and "why not?".
 *
 * @param ruleId the rule's id, e.g. {@code kind.beschut-indicatie}
 * @param passed whether the pair passed
 * @param reason for a failure, why; for a pass, a note (for example that the data was unknown) or null; Dutch and English
 * @param source the legal or policy source of the rule
 */
public record RuleCheck(String ruleId, boolean passed, nl.werkmatch.text.Phrase reason, String source) {}
