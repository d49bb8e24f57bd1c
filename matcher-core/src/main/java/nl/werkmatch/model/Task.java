package nl.werkmatch.model;

import java.util.List;

/**
 * One task of a vacancy, for job carving: a candidate who can do some tasks covers that share.
 *
 * @param description what the task is
 * @param skillIds taxonomy skills the task needs
 * @param sharePercent share of the working time, 0..100
 */
public record Task(String description, List<String> skillIds, Integer sharePercent) {
  /** Validates the share and skill ids. */
  public Task {
    if (description == null || description.isBlank()) {
      throw new ValidationException("description", "is required");
    }
    Check.text("description", description);
    skillIds = Check.distinctList("skillIds", skillIds);
    if (skillIds != null) {
      for (int i = 0; i < skillIds.size(); i++) {
        Check.id("skillIds[" + i + "]", skillIds.get(i));
      }
    }
    Check.range("sharePercent", sharePercent, 0, 100);
  }
}
