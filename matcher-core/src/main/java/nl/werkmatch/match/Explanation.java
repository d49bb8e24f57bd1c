package nl.werkmatch.match;

import nl.werkmatch.match.GapCloser;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.match.RuleCheck;
import java.util.List;

/**
 * Everything known about one pair: the rules' verdicts, the exact score per category with its
 * evidence, matched/missing/substituted skills, travel, job-carving coverage, missing data and the
 * gap closers ranked by what they would add.
 *
 * @param score the exact score
 * @param eligible whether every rule passed
 * @param rules every rule's verdict, in rule order
 * @param gapClosers interventions that would raise the score, largest gain first
 * @param lks INTERNAL view only: the loonkostensubsidie estimate and the employer's net wage cost for
 *     this pair, or null when it does not apply (no loonwaarde below 100%, an unpaid place, no wage)
 */
public record Explanation(MatchScore score, boolean eligible, List<RuleCheck> rules, List<GapCloser> gapClosers,
    nl.werkmatch.lks.LksResult lks) {
  /** Copies the lists. */
  public Explanation {
    rules = List.copyOf(rules);
    gapClosers = List.copyOf(gapClosers);
  }

  /** The rules that failed. */
  public List<RuleCheck> failures() {
    return rules.stream().filter(r -> !r.passed()).toList();
  }
}
