package nl.werkmatch.match;

import java.util.List;
import java.util.Map;

/**
 * A ranked shortlist for one vacancy or candidate, with the exclusion funnel behind it.
 *
 * @param direction which way it was asked
 * @param queryId the vacancy or candidate asked for
 * @param matches the shortlist, best first; ties broken by id
 * @param considered how many pairs were evaluated (retrieved, or all in exhaustive mode)
 * @param eligible how many of those passed every rule
 * @param aboveMinScore how many eligible pairs reached the profile's minimum score
 * @param excludedByRule per rule id, how many pairs it excluded (a pair counts for its first failing rule), sorted by rule id
 * @param exhaustive whether every record was scored (the reference path) rather than the Lucene candidates
 */
public record MatchResult(Direction direction, String queryId, List<RankedMatch> matches, int considered,
    int eligible, int aboveMinScore, Map<String, Integer> excludedByRule, boolean exhaustive) {
  /** Copies the collections. */
  public MatchResult {
    matches = List.copyOf(matches);
    excludedByRule = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(excludedByRule));
  }
}
