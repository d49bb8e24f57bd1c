package nl.werkmatch.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A job seeker's profile (Sonar-like). Every field but {@code id} may be absent; absence means
 * "not known", which the scorers treat as uncertain rather than as a zero, and an empty list means
 * "known to be none" (for example no work experience).
 *
 * <p>Protected fields ({@code birthYear}, {@code benefit}, {@code targetGroups}, {@code personal},
 * {@code municipality} as residence) gate legal eligibility only and never enter a score.
 *
 * @param id pseudonymous id
 * @param municipality municipality of residence
 * @param region labour-market region, e.g. {@code Twente}
 * @param home home location
 * @param travel travel modes, licences and own time limit
 * @param desiredOccupations taxonomy occupation ids the person wants
 * @param desiredSectors sectors the person wants
 * @param refusedSectors sectors refused on grounds of conscience
 * @param skills skills and competences
 * @param experience work experience; empty means none (a recorded barrier)
 * @param education education
 * @param certificates certificates held
 * @param languages languages with level
 * @param availability hours, start date, time windows, schedule, medical hour limit
 * @param careDuties care duties
 * @param workProfile the soft side
 * @param limitations functional limitations (never the medical cause)
 * @param participation ladder step, route, job-ready flag
 * @param benefit benefit type (eligibility only)
 * @param benefitSince date the benefit started (long-term unemployment)
 * @param targetGroups target groups (eligibility and fairness report only)
 * @param beschutIndicationDate date of the beschut-werk indication (waiting-list order)
 * @param inburgering inburgering status of a statushouder
 * @param loonwaarde loonwaarde decision (internal only)
 * @param support support needs
 * @param employerConsent whether an employer may see the anonymised profile
 * @param birthYear year of birth (eligibility only: age thresholds, youth wage)
 * @param personal identifying and protected personal data
 */
public record Candidate(
    String id,
    String municipality,
    String region,
    Location home,
    TravelOptions travel,
    List<String> desiredOccupations,
    List<Sector> desiredSectors,
    List<Sector> refusedSectors,
    List<SkillClaim> skills,
    List<WorkExperience> experience,
    Education education,
    List<CertificateHolding> certificates,
    List<LanguageSkill> languages,
    Availability availability,
    CareDuties careDuties,
    WorkProfile workProfile,
    List<FunctionalLimitation> limitations,
    Participation participation,
    BenefitType benefit,
    LocalDate benefitSince,
    List<TargetGroup> targetGroups,
    LocalDate beschutIndicationDate,
    InburgeringStatus inburgering,
    Loonwaarde loonwaarde,
    SupportNeeds support,
    Boolean employerConsent,
    Integer birthYear,
    PersonalDetails personal) {

  /** Validates the id, list contents and cross-field rules. */
  public Candidate {
    Check.id("id", id);
    Check.text("municipality", municipality);
    Check.text("region", region);
    desiredOccupations = Check.distinctList("desiredOccupations", desiredOccupations);
    if (desiredOccupations != null) {
      for (int i = 0; i < desiredOccupations.size(); i++) {
        Check.id("desiredOccupations[" + i + "]", desiredOccupations.get(i));
      }
    }
    desiredSectors = Check.distinctList("desiredSectors", desiredSectors);
    refusedSectors = Check.distinctList("refusedSectors", refusedSectors);
    if (desiredSectors != null && refusedSectors != null) {
      for (Sector s : desiredSectors) {
        if (refusedSectors.contains(s)) {
          throw new ValidationException("refusedSectors", s + " is both desired and refused");
        }
      }
    }
    skills = Check.list("skills", skills);
    if (skills != null) {
      Check.noDuplicateKeys("skills", skills.stream().map(SkillClaim::skillId).toList());
    }
    experience = Check.list("experience", experience);
    certificates = Check.list("certificates", certificates);
    languages = Check.list("languages", languages);
    if (languages != null) {
      Check.noDuplicateKeys("languages", languages.stream().map(LanguageSkill::language).toList());
    }
    limitations = Check.distinctList("limitations", limitations);
    Check.date("benefitSince", benefitSince);
    targetGroups = Check.distinctList("targetGroups", targetGroups);
    Check.date("beschutIndicationDate", beschutIndicationDate);
    if (beschutIndicationDate != null && targetGroups != null
        && !targetGroups.contains(TargetGroup.BESCHUT_WERK_INDICATIE)) {
      throw new ValidationException("beschutIndicationDate",
          "is set but targetGroups does not contain BESCHUT_WERK_INDICATIE");
    }
    Check.range("birthYear", birthYear, 1900, 2100);
  }

  /** The candidate's level in Dutch, or {@code null} if not recorded. */
  public LanguageLevel dutchLevel() {
    if (languages == null) {
      return null;
    }
    for (LanguageSkill l : languages) {
      if (l.language().equals("nl")) {
        return l.level();
      }
    }
    return null;
  }

  /** Whether the candidate is in the given target group ({@code false} when not recorded). */
  public boolean inTargetGroup(TargetGroup group) {
    return targetGroups != null && targetGroups.contains(group);
  }

  /** Age reached in the calendar year of {@code date}, or {@code null} without a birth year. */
  public Integer ageIn(LocalDate date) {
    return birthYear == null ? null : date.getYear() - birthYear;
  }
}
