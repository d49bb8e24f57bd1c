package nl.werkmatch.rules;

/** Common plumbing of the standard rules: id, description, source and result helpers. */
abstract class BaseRule implements Rule {
  private final String id;
  private final String description;
  private final String source;

  BaseRule(String id, String description, String source) {
    this.id = id;
    this.description = description;
    this.source = source;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final String source() {
    return source;
  }

  /** A plain pass. */
  final RuleResult pass() {
    return new RuleResult.Pass(id, null, false);
  }

  /** A pass with a note; the rule applied and all its inputs were known. */
  final RuleResult pass(String note) {
    return new RuleResult.Pass(id, note, false);
  }

  /** A pass because an input is not recorded; the note says which. */
  final RuleResult unknown(String note) {
    return new RuleResult.Pass(id, "unknown: " + note, true);
  }

  /** A failure on recorded data. */
  final RuleResult fail(String reason, String data) {
    return new RuleResult.Fail(id, reason, source, data, false);
  }

  /** A failure because a positive fact the law needs is not recorded. */
  final RuleResult notRecorded(String reason, String data) {
    return new RuleResult.Fail(id, reason + ": not recorded", source, data, true);
  }

  @Override
  public String toString() {
    return id;
  }
}
