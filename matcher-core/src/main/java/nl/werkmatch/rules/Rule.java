package nl.werkmatch.rules;

/**
 * A hard eligibility rule: a small named unit that runs for every candidate-vacancy pair before scoring.
 * Explanations and "why not?" answers quote its {@link #id()}, {@link #description()} and {@link #source()}.
 * Implementations are stateless and thread-safe.
 */
public interface Rule {
  /** Stable id, e.g. {@code kind.beschut-indicatie}; also the key in {@link PolicyConfig#disabledRules()}. */
  String id();

  /** One-line description of what the rule checks. */
  String description();

  /** The legal or policy source, citing the article or seed text. */
  String source();

  /**
   * Evaluates the rule for one pair.
   *
   * @param in the pair and its context
   * @return pass (with an optional note) or fail with reason
   */
  RuleResult evaluate(RuleInput in);
}
