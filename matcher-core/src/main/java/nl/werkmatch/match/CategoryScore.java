package nl.werkmatch.match;

import java.util.List;

/**
 * The score of one category of one match, with its weight, how much of it rests on known data, and
 * the evidence behind it in plain words.
 *
 * @param category the category
 * @param score the score in [0,1]
 * @param weight the category's weight in the profile
 * @param confidence share of the category's inputs that were known, in [0,1]; 0 means the score is
 *     the profile's neutral value for unknown data
 * @param evidence what the score rests on, in Dutch and English, in a deterministic order
 */
public record CategoryScore(Category category, double score, double weight, double confidence, List<nl.werkmatch.text.Phrase> evidence) {
  /** Copies the evidence. */
  public CategoryScore {
    evidence = List.copyOf(evidence);
  }

  /** What this category cost the total: weight x (1 - score). */
  public double loss() {
    return weight * (1 - score);
  }
}
