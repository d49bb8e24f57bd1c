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

  /** A builder for a candidate with the given id; every other field starts absent. */
  public static Builder builder(String id) {
    return new Builder().id(id);
  }

  /** A builder that starts from this candidate, to change a few fields of a copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.municipality = municipality;
    b.region = region;
    b.home = home;
    b.travel = travel;
    b.desiredOccupations = desiredOccupations;
    b.desiredSectors = desiredSectors;
    b.refusedSectors = refusedSectors;
    b.skills = skills;
    b.experience = experience;
    b.education = education;
    b.certificates = certificates;
    b.languages = languages;
    b.availability = availability;
    b.careDuties = careDuties;
    b.workProfile = workProfile;
    b.limitations = limitations;
    b.participation = participation;
    b.benefit = benefit;
    b.benefitSince = benefitSince;
    b.targetGroups = targetGroups;
    b.beschutIndicationDate = beschutIndicationDate;
    b.inburgering = inburgering;
    b.loonwaarde = loonwaarde;
    b.support = support;
    b.employerConsent = employerConsent;
    b.birthYear = birthYear;
    b.personal = personal;
    return b;
  }

  /**
   * Builds a {@link Candidate} field by field instead of through its 28-argument constructor. Setters
   * take the same values as the record components; {@link #build()} runs the record's validation,
   * so an invalid combination fails there with the same {@link ValidationException}. Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private String municipality;
    private String region;
    private Location home;
    private TravelOptions travel;
    private List<String> desiredOccupations;
    private List<Sector> desiredSectors;
    private List<Sector> refusedSectors;
    private List<SkillClaim> skills;
    private List<WorkExperience> experience;
    private Education education;
    private List<CertificateHolding> certificates;
    private List<LanguageSkill> languages;
    private Availability availability;
    private CareDuties careDuties;
    private WorkProfile workProfile;
    private List<FunctionalLimitation> limitations;
    private Participation participation;
    private BenefitType benefit;
    private LocalDate benefitSince;
    private List<TargetGroup> targetGroups;
    private LocalDate beschutIndicationDate;
    private InburgeringStatus inburgering;
    private Loonwaarde loonwaarde;
    private SupportNeeds support;
    private Boolean employerConsent;
    private Integer birthYear;
    private PersonalDetails personal;

    private Builder() {}

    /** Sets {@code id}: pseudonymous id. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets {@code municipality}: municipality of residence. */
    public Builder municipality(String municipality) {
      this.municipality = municipality;
      return this;
    }

    /** Sets {@code region}: labour-market region, e.g. {@code Twente}. */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /** Sets {@code home}: home location. */
    public Builder home(Location home) {
      this.home = home;
      return this;
    }

    /** Sets {@code travel}: travel modes, licences and own time limit. */
    public Builder travel(TravelOptions travel) {
      this.travel = travel;
      return this;
    }

    /** Sets {@code desiredOccupations}: taxonomy occupation ids the person wants. */
    public Builder desiredOccupations(List<String> desiredOccupations) {
      this.desiredOccupations = desiredOccupations;
      return this;
    }

    /** Sets {@code desiredSectors}: sectors the person wants. */
    public Builder desiredSectors(List<Sector> desiredSectors) {
      this.desiredSectors = desiredSectors;
      return this;
    }

    /** Sets {@code refusedSectors}: sectors refused on grounds of conscience. */
    public Builder refusedSectors(List<Sector> refusedSectors) {
      this.refusedSectors = refusedSectors;
      return this;
    }

    /** Sets {@code skills}: skills and competences. */
    public Builder skills(List<SkillClaim> skills) {
      this.skills = skills;
      return this;
    }

    /** Sets {@code experience}: work experience; empty means none (a recorded barrier). */
    public Builder experience(List<WorkExperience> experience) {
      this.experience = experience;
      return this;
    }

    /** Sets {@code education}: education. */
    public Builder education(Education education) {
      this.education = education;
      return this;
    }

    /** Sets {@code certificates}: certificates held. */
    public Builder certificates(List<CertificateHolding> certificates) {
      this.certificates = certificates;
      return this;
    }

    /** Sets {@code languages}: languages with level. */
    public Builder languages(List<LanguageSkill> languages) {
      this.languages = languages;
      return this;
    }

    /** Sets {@code availability}: hours, start date, time windows, schedule, medical hour limit. */
    public Builder availability(Availability availability) {
      this.availability = availability;
      return this;
    }

    /** Sets {@code careDuties}: care duties. */
    public Builder careDuties(CareDuties careDuties) {
      this.careDuties = careDuties;
      return this;
    }

    /** Sets {@code workProfile}: the soft side. */
    public Builder workProfile(WorkProfile workProfile) {
      this.workProfile = workProfile;
      return this;
    }

    /** Sets {@code limitations}: functional limitations (never the medical cause). */
    public Builder limitations(List<FunctionalLimitation> limitations) {
      this.limitations = limitations;
      return this;
    }

    /** Sets {@code participation}: ladder step, route, job-ready flag. */
    public Builder participation(Participation participation) {
      this.participation = participation;
      return this;
    }

    /** Sets {@code benefit}: benefit type (eligibility only). */
    public Builder benefit(BenefitType benefit) {
      this.benefit = benefit;
      return this;
    }

    /** Sets {@code benefitSince}: date the benefit started (long-term unemployment). */
    public Builder benefitSince(LocalDate benefitSince) {
      this.benefitSince = benefitSince;
      return this;
    }

    /** Sets {@code targetGroups}: target groups (eligibility and fairness report only). */
    public Builder targetGroups(List<TargetGroup> targetGroups) {
      this.targetGroups = targetGroups;
      return this;
    }

    /** Sets {@code beschutIndicationDate}: date of the beschut-werk indication (waiting-list order). */
    public Builder beschutIndicationDate(LocalDate beschutIndicationDate) {
      this.beschutIndicationDate = beschutIndicationDate;
      return this;
    }

    /** Sets {@code inburgering}: inburgering status of a statushouder. */
    public Builder inburgering(InburgeringStatus inburgering) {
      this.inburgering = inburgering;
      return this;
    }

    /** Sets {@code loonwaarde}: loonwaarde decision (internal only). */
    public Builder loonwaarde(Loonwaarde loonwaarde) {
      this.loonwaarde = loonwaarde;
      return this;
    }

    /** Sets {@code support}: support needs. */
    public Builder support(SupportNeeds support) {
      this.support = support;
      return this;
    }

    /** Sets {@code employerConsent}: whether an employer may see the anonymised profile. */
    public Builder employerConsent(Boolean employerConsent) {
      this.employerConsent = employerConsent;
      return this;
    }

    /** Sets {@code birthYear}: year of birth (eligibility only: age thresholds, youth wage). */
    public Builder birthYear(Integer birthYear) {
      this.birthYear = birthYear;
      return this;
    }

    /** Sets {@code personal}: identifying and protected personal data. */
    public Builder personal(PersonalDetails personal) {
      this.personal = personal;
      return this;
    }

    /** The candidate, validated. */
    public Candidate build() {
      return new Candidate(id, municipality, region, home, travel, desiredOccupations, desiredSectors,
          refusedSectors, skills, experience, education, certificates, languages, availability, careDuties,
          workProfile, limitations, participation, benefit, benefitSince, targetGroups, beschutIndicationDate,
          inburgering, loonwaarde, support, employerConsent, birthYear, personal);
    }
  }
}
