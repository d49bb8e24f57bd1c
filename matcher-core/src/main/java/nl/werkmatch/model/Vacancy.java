package nl.werkmatch.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A vacancy or placement (WBS-like). Every field but {@code id} may be absent.
 *
 * @param id vacancy id
 * @param employer employer name
 * @param contact the vacancy owner
 * @param sector sector
 * @param occupationId taxonomy occupation id
 * @param title job title
 * @param description Dutch free-text description
 * @param location work location (country DE for GrensWerk vacancies)
 * @param kind kind of place
 * @param requiredSkills essential skills with minimum level
 * @param optionalSkills optional skills
 * @param tasks tasks with their share, for job carving
 * @param minEducation minimum education level
 * @param startkwalificatieRequired whether a startkwalificatie is required
 * @param certificates required certificates
 * @param dutchLevel minimum level of Dutch
 * @param languages other required languages with minimum level
 * @param minExperienceYears minimum years of relevant experience
 * @param minHours minimum hours per week, 0..60
 * @param maxHours maximum hours per week, 0..60
 * @param schedule shifts, nights, weekends, fixed times
 * @param contractType contract type
 * @param contractMonths contract length in months, 0..120
 * @param startDate start date
 * @param closingDate closing date for applications
 * @param positions number of positions, 1..10000
 * @param hourlyWage gross hourly wage in euro (CAO wage, at least WML for paid kinds)
 * @param demands what the job asks of the worker
 * @param offer what the employer offers
 * @param origin how the vacancy arose (displacement check)
 * @param jobProspect for a proefplaatsing: whether there is a concrete job prospect (concreet baanperspectief)
 *     at its end
 */
public record Vacancy(
    String id,
    String employer,
    ContactPerson contact,
    Sector sector,
    String occupationId,
    String title,
    String description,
    Location location,
    VacancyKind kind,
    List<SkillRequirement> requiredSkills,
    List<SkillRequirement> optionalSkills,
    List<Task> tasks,
    EducationLevel minEducation,
    Boolean startkwalificatieRequired,
    List<CertificateRequirement> certificates,
    LanguageLevel dutchLevel,
    List<LanguageSkill> languages,
    Double minExperienceYears,
    Integer minHours,
    Integer maxHours,
    Schedule schedule,
    ContractType contractType,
    Integer contractMonths,
    LocalDate startDate,
    LocalDate closingDate,
    Integer positions,
    BigDecimal hourlyWage,
    JobDemands demands,
    EmployerOffer offer,
    VacancyOrigin origin,
    Boolean jobProspect) {

  /** Validates the id, ranges and cross-field rules. */
  public Vacancy {
    Check.id("id", id);
    Check.text("employer", employer);
    Check.optionalId("occupationId", occupationId);
    Check.text("title", title);
    Check.text("description", description);
    requiredSkills = Check.list("requiredSkills", requiredSkills);
    optionalSkills = Check.list("optionalSkills", optionalSkills);
    if (requiredSkills != null) {
      Check.noDuplicateKeys("requiredSkills", requiredSkills.stream().map(SkillRequirement::skillId).toList());
    }
    if (optionalSkills != null) {
      Check.noDuplicateKeys("optionalSkills", optionalSkills.stream().map(SkillRequirement::skillId).toList());
    }
    tasks = Check.list("tasks", tasks);
    if (tasks != null) {
      int total = tasks.stream().mapToInt(t -> t.sharePercent() == null ? 0 : t.sharePercent()).sum();
      if (total > 100) {
        throw new ValidationException("tasks", "task shares add up to " + total + "%, more than 100%");
      }
    }
    certificates = Check.list("certificates", certificates);
    if (certificates != null) {
      Check.noDuplicateKeys("certificates", certificates.stream().map(CertificateRequirement::certificate).toList());
    }
    languages = Check.list("languages", languages);
    Check.range("minExperienceYears", minExperienceYears, 0, 60);
    Check.range("minHours", minHours, 0, 60);
    Check.range("maxHours", maxHours, 0, 60);
    Check.order("minHours", minHours, maxHours, "minHours", "maxHours");
    Check.range("contractMonths", contractMonths, 0, 120);
    Check.date("startDate", startDate);
    Check.date("closingDate", closingDate);
    Check.range("positions", positions, 1, 10_000);
    if (hourlyWage != null && (hourlyWage.signum() < 0 || hourlyWage.compareTo(BigDecimal.valueOf(1000)) > 0)) {
      throw new ValidationException("hourlyWage", "must be between 0 and 1000 euro, got " + hourlyWage.toPlainString());
    }
    if (kind != null && kind.isPaid() && hourlyWage != null && hourlyWage.signum() == 0) {
      throw new ValidationException("hourlyWage", "is 0 but kind " + kind + " is a paid employment");
    }
  }

  /**
   * The constructor without {@code jobProspect} (absent), kept so that code written before that field
   * was added still compiles.
   */
  public Vacancy(String id, String employer, ContactPerson contact, Sector sector, String occupationId,
      String title, String description, Location location, VacancyKind kind,
      List<SkillRequirement> requiredSkills, List<SkillRequirement> optionalSkills, List<Task> tasks,
      EducationLevel minEducation, Boolean startkwalificatieRequired, List<CertificateRequirement> certificates,
      LanguageLevel dutchLevel, List<LanguageSkill> languages, Double minExperienceYears, Integer minHours,
      Integer maxHours, Schedule schedule, ContractType contractType, Integer contractMonths,
      LocalDate startDate, LocalDate closingDate, Integer positions, BigDecimal hourlyWage, JobDemands demands,
      EmployerOffer offer, VacancyOrigin origin) {
    this(id, employer, contact, sector, occupationId, title, description, location, kind, requiredSkills,
        optionalSkills, tasks, minEducation, startkwalificatieRequired, certificates, dutchLevel, languages,
        minExperienceYears, minHours, maxHours, schedule, contractType, contractMonths, startDate, closingDate,
        positions, hourlyWage, demands, offer, origin, null);
  }

  /** The date by which the job starts: its start date, or without one its closing date (null: neither). */
  public LocalDate startBy() {
    return startDate != null ? startDate : closingDate;
  }
}
