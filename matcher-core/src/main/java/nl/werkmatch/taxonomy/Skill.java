package nl.werkmatch.taxonomy;

import java.util.List;

/**
 * A skill or competence in the taxonomy.
 *
 * @param id stable id, {@code sk.} followed by a kebab-case Dutch key, e.g. {@code sk.heftruck-rijden};
 *     ESCO imports use {@code sk.esco-<uuid>}
 * @param label preferred Dutch label
 * @param synonyms alternative labels people use for the same skill (never null, may be empty)
 * @param broader id of the broader concept: a {@link SkillGroup} id ({@code grp.}) or, in ESCO
 *     imports, another skill id; null for a top-level skill
 * @param related ids of related skills, sorted; the taxonomy keeps this relation symmetric
 * @param uri ESCO-like concept URI, or null
 * @param preconditions what a person must hold before a training in this skill can close a gap,
 *     in the form of {@link Preconditions} (driving a delivery van: {@code licence:B}); never null,
 *     may be empty
 */
public record Skill(String id, String label, List<String> synonyms, String broader, List<String> related, String uri,
    List<String> preconditions) {
  /** Checks that id and label are present, checks the preconditions and copies the lists (null becomes empty). */
  public Skill {
    Entries.require(id, "id");
    Entries.require(label, "label");
    synonyms = Entries.copy(synonyms, "synonyms");
    related = Entries.copy(related, "related");
    preconditions = Entries.copy(preconditions, "preconditions");
    preconditions.forEach(Preconditions::check);
  }

  /** A skill without preconditions. */
  public Skill(String id, String label, List<String> synonyms, String broader, List<String> related, String uri) {
    this(id, label, synonyms, broader, related, uri, List.of());
  }
}
