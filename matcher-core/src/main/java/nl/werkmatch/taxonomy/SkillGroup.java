package nl.werkmatch.taxonomy;

/**
 * A group of skills, for example {@code grp.magazijn} (warehouse work) under {@code grp.logistiek}.
 * Groups form a shallow hierarchy through {@link #broader()}.
 *
 * @param id stable id, {@code grp.} followed by a kebab-case key
 * @param label Dutch label
 * @param broader id of the parent group, or null for a top-level group
 */
public record SkillGroup(String id, String label, String broader) {
  /** Checks that id and label are present. */
  public SkillGroup {
    Entries.require(id, "id");
    Entries.require(label, "label");
  }
}
