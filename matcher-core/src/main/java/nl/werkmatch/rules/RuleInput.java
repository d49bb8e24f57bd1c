package nl.werkmatch.rules;

import java.time.LocalDate;
import java.util.Objects;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;

/**
 * Everything a rule may look at for one candidate-vacancy pair.
 *
 * @param vacancy the vacancy, required
 * @param candidate the candidate, required
 * @param today the reference date for ages and dates, required
 * @param travelMinutesOneWay estimated travel time from home to work, one way, in minutes, computed elsewhere;
 *     {@code null} when unknown
 * @param audience who the result is for, required
 */
public record RuleInput(Vacancy vacancy, Candidate candidate, LocalDate today, Integer travelMinutesOneWay,
    Audience audience) {
  /** Checks required fields and the travel time. */
  public RuleInput {
    Objects.requireNonNull(vacancy, "vacancy");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(audience, "audience");
    if (travelMinutesOneWay != null && travelMinutesOneWay < 0) {
      throw new IllegalArgumentException("travelMinutesOneWay must be >= 0, got " + travelMinutesOneWay);
    }
  }
}
