package nl.werkmatch.model;

/**
 * A skill a vacancy asks for.
 *
 * @param skillId taxonomy skill id
 * @param label free-text label when not coded
 * @param minLevel minimum proficiency 1..5
 */
public record SkillRequirement(String skillId, String label, Integer minLevel) {
  /** Validates that the skill is identified and the level. */
  public SkillRequirement {
    if (skillId == null && (label == null || label.isBlank())) {
      throw new ValidationException("skillId", "a skill needs a skillId or a label");
    }
    Check.optionalId("skillId", skillId);
    Check.text("label", label);
    Check.level("minLevel", minLevel);
  }
}
