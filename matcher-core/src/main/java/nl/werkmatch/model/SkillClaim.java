package nl.werkmatch.model;

/**
 * A skill or competence a candidate has. At least one of {@code skillId} (a taxonomy id) and
 * {@code label} (free text, matched through the Dutch analyzer) is given.
 *
 * @param skillId taxonomy skill id, e.g. {@code sk.heftruck-rijden}
 * @param label free-text label when not coded, or the label as recorded
 * @param level proficiency 1 (beginner) .. 5 (expert)
 * @param source where the skill is known from
 * @param lastUsedYear the last year the skill was used, for recency
 */
public record SkillClaim(String skillId, String label, Integer level, SkillSource source, Integer lastUsedYear) {
  /** Validates the level and year and that the skill is identified. */
  public SkillClaim {
    if (skillId == null && (label == null || label.isBlank())) {
      throw new ValidationException("skillId", "a skill needs a skillId or a label");
    }
    Check.optionalId("skillId", skillId);
    Check.text("label", label);
    Check.level("level", level);
    Check.range("lastUsedYear", lastUsedYear, 1950, 2100);
  }
}
