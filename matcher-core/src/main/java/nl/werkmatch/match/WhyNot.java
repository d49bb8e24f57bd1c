package nl.werkmatch.match;

import java.util.List;

/**
 * Why a pair is not on a shortlist, or not higher: the rules that excluded it, or the categories
 * that cost the most, with the pair's position against the vacancy's shortlist cut-off.
 *
 * @param vacancyId the vacancy
 * @param candidateId the candidate
 * @param excludedBy the rules that excluded the pair (empty when eligible)
 * @param total the exact total
 * @param minScore the profile's minimum score
 * @param rank the pair's rank among the vacancy's eligible candidates (exhaustive), or null when excluded
 * @param cutoff the score of the last place on the vacancy's shortlist, or null when the list is not full
 * @param costliest categories ordered by what they cost (weight x (1 - score)), largest first
 * @param gapClosers interventions that would raise the score
 * @param summary one sentence for people, Dutch and English
 */
public record WhyNot(String vacancyId, String candidateId, List<RuleCheck> excludedBy, double total, double minScore,
    Integer rank, Double cutoff, List<CategoryScore> costliest, List<GapCloser> gapClosers, nl.werkmatch.text.Phrase summary) {
  /** Copies the lists. */
  public WhyNot {
    excludedBy = List.copyOf(excludedBy);
    costliest = List.copyOf(costliest);
    gapClosers = List.copyOf(gapClosers);
  }
}
