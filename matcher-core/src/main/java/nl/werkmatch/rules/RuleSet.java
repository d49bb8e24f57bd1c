package nl.werkmatch.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The hard rules for one municipality's {@link PolicyConfig}, in a fixed order, minus the disabled ones. Run
 * {@link #evaluate(RuleInput)} for every pair before scoring; a pair that fails a rule is not eligible but can be
 * explained ("why not?") from its {@link RuleOutcome}. Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleSet rules = new RuleSet(PolicyConfig.bundled("Enschede"));
 * RuleOutcome out = rules.evaluate(new RuleInput(vacancy, candidate, LocalDate.now(), 35, Audience.INTERNAL));
 * if (!out.eligible()) out.failures().forEach(f -> System.out.println(f.ruleId() + ": " + f.reason()));
 * }</pre>
 */
public final class RuleSet {
  private static final RuleSet DEFAULTS = new RuleSet(PolicyConfig.defaults());

  private final PolicyConfig policy;
  private final List<Rule> rules;

  /**
   * Builds the standard rules for a configuration.
   *
   * @param policy the municipality's configuration
   */
  public RuleSet(PolicyConfig policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    List<Rule> enabled = new ArrayList<>();
    for (Rule r : StandardRules.all(policy)) {
      if (!policy.isDisabled(r.id())) {
        enabled.add(r);
      }
    }
    this.rules = List.copyOf(enabled);
  }

  private RuleSet(PolicyConfig policy, List<Rule> rules) {
    this.policy = policy;
    this.rules = List.copyOf(rules);
  }

  /**
   * The same configuration with only its first {@code n} enabled rules, in rule order: what the
   * rules up to one of them exclude, for counting what each rule adds to a funnel.
   *
   * @param n how many rules, from 0 to {@code rules().size()}
   */
  public RuleSet upTo(int n) {
    return new RuleSet(policy, rules.subList(0, n));
  }

  /** The standard rules with {@link PolicyConfig#defaults()}. */
  public static RuleSet defaults() {
    return DEFAULTS;
  }

  /** The ids of all standard rules, in rule order, whether enabled or not. */
  public static List<String> allRuleIds() {
    return StandardRules.ids();
  }

  /** The configuration this set was built from. */
  public PolicyConfig policy() {
    return policy;
  }

  /** The enabled rules, in rule order. */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The enabled rule with this id.
   *
   * @param id a rule id
   * @return the rule, or {@code null} when it is unknown or disabled
   */
  public Rule rule(String id) {
    for (Rule r : rules) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    return null;
  }

  /**
   * Runs every enabled rule on one pair.
   *
   * @param in the pair
   * @return all results, in rule order
   */
  public RuleOutcome evaluate(RuleInput in) {
    return evaluate(in, false);
  }

  /**
   * Evaluates the rules in order; with {@code stopAtFirstFailure}, stops after the first failing
   * rule, so an ineligible pair costs only the rules up to its first failure (the outcome then holds
   * the results up to and including that failure; an eligible pair's outcome is always complete).
   */
  public RuleOutcome evaluate(RuleInput in, boolean stopAtFirstFailure) {
    List<RuleResult> results = new ArrayList<>(rules.size());
    for (Rule r : rules) {
      RuleResult result = Objects.requireNonNull(r.evaluate(in), r.id());
      results.add(result);
      if (stopAtFirstFailure && result instanceof RuleResult.Fail) {
        break;
      }
    }
    return new RuleOutcome(results);
  }
}
