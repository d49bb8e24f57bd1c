package nl.werkmatch.match;

import java.util.List;

/**
 * One entry of a shortlist.
 *
 * @param rank 1-based rank
 * @param score the exact score of the pair
 * @param ruleNotes notes of rules that passed on unknown data (for example "travel time unknown"), in rule order
 */
public record RankedMatch(int rank, MatchScore score, List<nl.werkmatch.text.Phrase> ruleNotes) {
  /** Copies the notes. */
  public RankedMatch {
    ruleNotes = List.copyOf(ruleNotes);
  }

  /** The id of the matched item: the candidate for a vacancy query, the vacancy for a candidate query. */
  public String itemId(Direction direction) {
    return direction == Direction.VACANCY_TO_CANDIDATES ? score.candidateId() : score.vacancyId();
  }
}
