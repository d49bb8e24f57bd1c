package nl.werkmatch.model;

import java.util.List;

/**
 * Support the person needs at work.
 *
 * @param jobcoachHoursPerWeek jobcoach hours per week, 0..40
 * @param workplaceAdaptations adaptations needed, free text
 * @param transportProvision whether a transport provision (vervoersvoorziening) is needed
 */
public record SupportNeeds(Double jobcoachHoursPerWeek, List<String> workplaceAdaptations, Boolean transportProvision) {
  /** Validates ranges. */
  public SupportNeeds {
    Check.range("jobcoachHoursPerWeek", jobcoachHoursPerWeek, 0, 40);
    workplaceAdaptations = Check.list("workplaceAdaptations", workplaceAdaptations);
  }
}
