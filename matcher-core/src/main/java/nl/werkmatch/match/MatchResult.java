package nl.werkmatch.match;

import java.util.List;
import java.util.Map;

/**
 * A ranked shortlist for one vacancy or candidate, with the exclusion funnel behind it: every
 * shortlist can say why it is short (see {@link nl.werkmatch.explain.Explanations#funnelText}).
 *
 * <p>The funnel: of the {@code searched} records on the other side, the fast path leaves some out
 * before retrieval by the rules' index filters ({@code filteredByRule}), retrieves and evaluates
 * {@code considered} of the rest (the others rank below its retrieval depth, {@link #notRetrieved()}),
 * of which {@code excludedByRule} fail a rule and {@code eligible} pass every rule, of which
 * {@code aboveMinScore} reach the profile's minimum score ({@link #belowMinScore()} do not). The
 * exhaustive path considers every record.
 *
 * @param direction which way it was asked
 * @param queryId the vacancy or candidate asked for
 * @param matches the shortlist, best first; ties broken by id
 * @param considered how many pairs were evaluated (retrieved, or all in exhaustive mode)
 * @param eligible how many of those passed every rule
 * @param aboveMinScore how many eligible pairs reached the profile's minimum score
 * @param excludedByRule per rule id, how many considered pairs it excluded (a pair counts for its first failing
 *     rule), sorted by rule id
 * @param exhaustive whether every record was scored (the reference path) rather than the Lucene candidates
 * @param searched how many records the other side of the index holds (candidates for a vacancy, vacancies for a
 *     candidate)
 * @param filteredByRule fast path, when the shortlist holds fewer entries than asked: per rule id, how many
 *     records the rule's index filters left out before retrieval, counted in rule order (a record counts for the
 *     first rule whose filters leave it out; the retrieval's travel reach counts for {@code travel.ceiling});
 *     sorted by rule id. Empty in exhaustive mode and for a full shortlist, which need no such reason
 */
public record MatchResult(Direction direction, String queryId, List<RankedMatch> matches, int considered,
    int eligible, int aboveMinScore, Map<String, Integer> excludedByRule, boolean exhaustive, int searched,
    Map<String, Integer> filteredByRule) {
  /** Copies the collections. */
  public MatchResult {
    matches = List.copyOf(matches);
    excludedByRule = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(excludedByRule));
    filteredByRule = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(filteredByRule));
  }

  /** A result without the index-side figures: {@code searched} is {@code considered}, nothing filtered. */
  public MatchResult(Direction direction, String queryId, List<RankedMatch> matches, int considered, int eligible,
      int aboveMinScore, Map<String, Integer> excludedByRule, boolean exhaustive) {
    this(direction, queryId, matches, considered, eligible, aboveMinScore, excludedByRule, exhaustive, considered,
        Map.of());
  }

  /** Eligible pairs below the profile's minimum score. */
  public int belowMinScore() {
    return eligible - aboveMinScore;
  }

  /** Records the index filters left out, all rules together ({@link #filteredByRule}). */
  public int filtered() {
    return filteredByRule.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Records neither considered nor (as far as counted) filtered: in the fast path, those that ranked
   * below the retrieval depth (for a full shortlist, whose filters are not counted, the filtered ones too).
   */
  public int notRetrieved() {
    return Math.max(0, searched - considered - filtered());
  }
}
