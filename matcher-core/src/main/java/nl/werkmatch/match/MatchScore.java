package nl.werkmatch.match;

import java.util.List;

/**
 * The exact score of one vacancy-candidate pair: identical whichever direction it was asked from.
 *
 * @param vacancyId the vacancy
 * @param candidateId the candidate
 * @param total the weighted total in [0,1], after policy boosts
 * @param categories one entry per category with weight above 0, in {@link Category} order
 * @param completeness weighted share of the score that rests on known data, in [0,1]
 * @param missingFields candidate fields whose absence lowered the confidence, in a fixed order
 * @param skills how each required and optional skill was met
 * @param travel travel minutes and mode
 * @param taskCoverage for job carving: share of the vacancy's task time the candidate can do, or
 *     null when the vacancy lists no tasks
 * @param boosts names of the policy boosts applied
 */
public record MatchScore(String vacancyId, String candidateId, double total, List<CategoryScore> categories,
    double completeness, List<String> missingFields, List<SkillMatch> skills, TravelResult travel,
    Double taskCoverage, List<String> boosts) {

  /** Copies the lists. */
  public MatchScore {
    categories = List.copyOf(categories);
    missingFields = List.copyOf(missingFields);
    skills = List.copyOf(skills);
    boosts = List.copyOf(boosts);
  }

  /** The score of {@code category}, or null when it has no weight. */
  public CategoryScore category(Category category) {
    for (CategoryScore c : categories) {
      if (c.category() == category) {
        return c;
      }
    }
    return null;
  }
}
