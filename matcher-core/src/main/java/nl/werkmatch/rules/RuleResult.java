package nl.werkmatch.rules;

import nl.werkmatch.text.Phrase;

/**
 * The outcome of one rule for one candidate-vacancy pair: {@link Pass} or {@link Fail}. A closed set,
 * so a {@code switch} over it needs no default branch.
 */
public sealed interface RuleResult permits RuleResult.Pass, RuleResult.Fail {

  /** The id of the rule that produced this result, e.g. {@code travel.ceiling}. */
  String ruleId();

  /** Whether the pair passed the rule. */
  boolean passed();

  /**
   * The pair passes the rule.
   *
   * @param ruleId id of the rule
   * @param note optional note in Dutch and English, e.g. why the rule did not apply or which input was unknown;
   *     {@code null} for a plain pass
   * @param unknown whether the rule passed only because an input it needs was not recorded (missing data never
   *     excludes silently: it passes and says so)
   */
  record Pass(String ruleId, Phrase note, boolean unknown) implements RuleResult {
    /** Checks the rule id. */
    public Pass {
      if (ruleId == null || ruleId.isBlank()) {
        throw new IllegalArgumentException("ruleId is required");
      }
    }

    @Override
    public boolean passed() {
      return true;
    }
  }

  /**
   * The pair fails the rule: the candidate is not eligible for the vacancy.
   *
   * @param ruleId id of the rule
   * @param reason why, in Dutch and English (the Dutch legal term in both), e.g. "needs a beschut-werk
   *     indication (indicatie beschut werk)"
   * @param source the legal or policy source of the rule
   * @param data the data that decided it, e.g. {@code "travel 95 min one way > ceiling 90 min"}; may be
   *     {@code null}
   * @param notRecorded whether the failure is because a positive fact the law needs is not recorded (the reason
   *     then says "not recorded"), rather than a recorded fact that rules the pair out
   */
  record Fail(String ruleId, Phrase reason, String source, String data, boolean notRecorded) implements RuleResult {
    /** Checks the required fields. */
    public Fail {
      if (ruleId == null || ruleId.isBlank()) {
        throw new IllegalArgumentException("ruleId is required");
      }
      if (reason == null || reason.nl().isBlank() || reason.en().isBlank()) {
        throw new IllegalArgumentException("reason is required");
      }
      if (source == null || source.isBlank()) {
        throw new IllegalArgumentException("source is required");
      }
    }

    @Override
    public boolean passed() {
      return false;
    }
  }
}
