package nl.werkmatch.taxonomy;

import java.util.List;
import nl.werkmatch.model.Certificate;
import nl.werkmatch.model.EducationLevel;
import nl.werkmatch.model.JobDemands;
import nl.werkmatch.model.Sector;

/**
 * An occupation with the skills it needs.
 *
 * @param id stable id, {@code occ.} followed by a kebab-case key, e.g. {@code occ.orderpicker};
 *     ESCO imports use {@code occ.esco-<uuid>}
 * @param label preferred Dutch label
 * @param synonyms alternative job titles (never null, may be empty)
 * @param sector the sector the occupation belongs to; ESCO imports use {@link Sector#OVERIG}
 * @param minEducation typical minimum education, or null when none is typical
 * @param essentialSkills ids of the skills the occupation cannot do without
 * @param optionalSkills ids of skills that help but are not required
 * @param certificates certificates employers typically ask for (never null, may be empty)
 * @param uri ESCO-like concept URI, or null
 * @param typicalDemands what the occupation typically asks of a worker (a receptionist: much customer
 *     contact), taken for a demand a vacancy in it does not record and marked as inferred; null
 *     when nothing beyond the ordinary is typical
 */
public record Occupation(
    String id,
    String label,
    List<String> synonyms,
    Sector sector,
    EducationLevel minEducation,
    List<String> essentialSkills,
    List<String> optionalSkills,
    List<Certificate> certificates,
    String uri,
    JobDemands typicalDemands) {
  /** Checks that id, label and sector are present and copies the lists (null becomes empty). */
  public Occupation {
    Entries.require(id, "id");
    Entries.require(label, "label");
    if (sector == null) {
      throw new IllegalArgumentException("sector: is required");
    }
    synonyms = Entries.copy(synonyms, "synonyms");
    essentialSkills = Entries.copy(essentialSkills, "essentialSkills");
    optionalSkills = Entries.copy(optionalSkills, "optionalSkills");
    certificates = Entries.copy(certificates, "certificates");
  }

  /** An occupation without typical demands. */
  public Occupation(String id, String label, List<String> synonyms, Sector sector, EducationLevel minEducation,
      List<String> essentialSkills, List<String> optionalSkills, List<Certificate> certificates, String uri) {
    this(id, label, synonyms, sector, minEducation, essentialSkills, optionalSkills, certificates, uri, null);
  }
}
