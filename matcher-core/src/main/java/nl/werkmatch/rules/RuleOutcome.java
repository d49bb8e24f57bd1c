package nl.werkmatch.rules;

import java.util.List;

/**
 * The results of all enabled rules for one pair, in the fixed rule order of the {@link RuleSet}.
 *
 * @param results one result per enabled rule, in rule order
 */
public record RuleOutcome(List<RuleResult> results) {
  /** Copies the list. */
  public RuleOutcome {
    results = List.copyOf(results);
  }

  /** Whether every rule passed. */
  public boolean eligible() {
    for (RuleResult r : results) {
      if (!r.passed()) {
        return false;
      }
    }
    return true;
  }

  /** The failures, in rule order; empty when {@link #eligible()}. */
  public List<RuleResult.Fail> failures() {
    return results.stream().filter(r -> r instanceof RuleResult.Fail).map(r -> (RuleResult.Fail) r).toList();
  }

  /** The passes that carry a note (including passes on unknown data), in rule order. */
  public List<RuleResult.Pass> notes() {
    return results.stream().filter(r -> r instanceof RuleResult.Pass p && p.note() != null)
        .map(r -> (RuleResult.Pass) r).toList();
  }

  /** The result of the rule with the given id, or {@code null} if that rule is not in this outcome. */
  public RuleResult result(String ruleId) {
    for (RuleResult r : results) {
      if (r.ruleId().equals(ruleId)) {
        return r;
      }
    }
    return null;
  }
}
