package nl.werkmatch.match;

import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;

/**
 * Hears about every pair a {@link Matcher} evaluates for one query: excluded by a rule, or scored.
 * Used by batch runs for diagnostics. Called on the thread that runs the query, in evaluation order.
 */
public interface PairListener {
  /** A rule excluded the pair; {@code ruleId} is the first rule that failed. */
  default void excluded(Vacancy vacancy, Candidate candidate, String ruleId, TravelResult travel) {}

  /** The pair passed every rule and was scored (whether or not it reaches the minimum score). */
  default void scored(Vacancy vacancy, Candidate candidate, MatchScore score) {}
}
