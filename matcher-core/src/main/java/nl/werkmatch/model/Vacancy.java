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

  /** A builder for a vacancy with the given id; every other field starts absent. */
  public static Builder builder(String id) {
    return new Builder().id(id);
  }

  /** A builder that starts from this vacancy, to change a few fields of a copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.employer = employer;
    b.contact = contact;
    b.sector = sector;
    b.occupationId = occupationId;
    b.title = title;
    b.description = description;
    b.location = location;
    b.kind = kind;
    b.requiredSkills = requiredSkills;
    b.optionalSkills = optionalSkills;
    b.tasks = tasks;
    b.minEducation = minEducation;
    b.startkwalificatieRequired = startkwalificatieRequired;
    b.certificates = certificates;
    b.dutchLevel = dutchLevel;
    b.languages = languages;
    b.minExperienceYears = minExperienceYears;
    b.minHours = minHours;
    b.maxHours = maxHours;
    b.schedule = schedule;
    b.contractType = contractType;
    b.contractMonths = contractMonths;
    b.startDate = startDate;
    b.closingDate = closingDate;
    b.positions = positions;
    b.hourlyWage = hourlyWage;
    b.demands = demands;
    b.offer = offer;
    b.origin = origin;
    b.jobProspect = jobProspect;
    return b;
  }

  /**
   * Builds a {@link Vacancy} field by field instead of through its 31-argument constructor. Setters
   * take the same values as the record components; {@link #build()} runs the record's validation,
   * so an invalid combination fails there with the same {@link ValidationException}. Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private String employer;
    private ContactPerson contact;
    private Sector sector;
    private String occupationId;
    private String title;
    private String description;
    private Location location;
    private VacancyKind kind;
    private List<SkillRequirement> requiredSkills;
    private List<SkillRequirement> optionalSkills;
    private List<Task> tasks;
    private EducationLevel minEducation;
    private Boolean startkwalificatieRequired;
    private List<CertificateRequirement> certificates;
    private LanguageLevel dutchLevel;
    private List<LanguageSkill> languages;
    private Double minExperienceYears;
    private Integer minHours;
    private Integer maxHours;
    private Schedule schedule;
    private ContractType contractType;
    private Integer contractMonths;
    private LocalDate startDate;
    private LocalDate closingDate;
    private Integer positions;
    private BigDecimal hourlyWage;
    private JobDemands demands;
    private EmployerOffer offer;
    private VacancyOrigin origin;
    private Boolean jobProspect;

    private Builder() {}

    /** Sets {@code id}: vacancy id. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets {@code employer}: employer name. */
    public Builder employer(String employer) {
      this.employer = employer;
      return this;
    }

    /** Sets {@code contact}: the vacancy owner. */
    public Builder contact(ContactPerson contact) {
      this.contact = contact;
      return this;
    }

    /** Sets {@code sector}: sector. */
    public Builder sector(Sector sector) {
      this.sector = sector;
      return this;
    }

    /** Sets {@code occupationId}: taxonomy occupation id. */
    public Builder occupationId(String occupationId) {
      this.occupationId = occupationId;
      return this;
    }

    /** Sets {@code title}: job title. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets {@code description}: Dutch free-text description. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Sets {@code location}: work location (country DE for GrensWerk vacancies). */
    public Builder location(Location location) {
      this.location = location;
      return this;
    }

    /** Sets {@code kind}: kind of place. */
    public Builder kind(VacancyKind kind) {
      this.kind = kind;
      return this;
    }

    /** Sets {@code requiredSkills}: essential skills with minimum level. */
    public Builder requiredSkills(List<SkillRequirement> requiredSkills) {
      this.requiredSkills = requiredSkills;
      return this;
    }

    /** Sets {@code optionalSkills}: optional skills. */
    public Builder optionalSkills(List<SkillRequirement> optionalSkills) {
      this.optionalSkills = optionalSkills;
      return this;
    }

    /** Sets {@code tasks}: tasks with their share, for job carving. */
    public Builder tasks(List<Task> tasks) {
      this.tasks = tasks;
      return this;
    }

    /** Sets {@code minEducation}: minimum education level. */
    public Builder minEducation(EducationLevel minEducation) {
      this.minEducation = minEducation;
      return this;
    }

    /** Sets {@code startkwalificatieRequired}: whether a startkwalificatie is required. */
    public Builder startkwalificatieRequired(Boolean startkwalificatieRequired) {
      this.startkwalificatieRequired = startkwalificatieRequired;
      return this;
    }

    /** Sets {@code certificates}: required certificates. */
    public Builder certificates(List<CertificateRequirement> certificates) {
      this.certificates = certificates;
      return this;
    }

    /** Sets {@code dutchLevel}: minimum level of Dutch. */
    public Builder dutchLevel(LanguageLevel dutchLevel) {
      this.dutchLevel = dutchLevel;
      return this;
    }

    /** Sets {@code languages}: other required languages with minimum level. */
    public Builder languages(List<LanguageSkill> languages) {
      this.languages = languages;
      return this;
    }

    /** Sets {@code minExperienceYears}: minimum years of relevant experience. */
    public Builder minExperienceYears(Double minExperienceYears) {
      this.minExperienceYears = minExperienceYears;
      return this;
    }

    /** Sets {@code minHours}: minimum hours per week, 0..60. */
    public Builder minHours(Integer minHours) {
      this.minHours = minHours;
      return this;
    }

    /** Sets {@code maxHours}: maximum hours per week, 0..60. */
    public Builder maxHours(Integer maxHours) {
      this.maxHours = maxHours;
      return this;
    }

    /** Sets {@code schedule}: shifts, nights, weekends, fixed times. */
    public Builder schedule(Schedule schedule) {
      this.schedule = schedule;
      return this;
    }

    /** Sets {@code contractType}: contract type. */
    public Builder contractType(ContractType contractType) {
      this.contractType = contractType;
      return this;
    }

    /** Sets {@code contractMonths}: contract length in months, 0..120. */
    public Builder contractMonths(Integer contractMonths) {
      this.contractMonths = contractMonths;
      return this;
    }

    /** Sets {@code startDate}: start date. */
    public Builder startDate(LocalDate startDate) {
      this.startDate = startDate;
      return this;
    }

    /** Sets {@code closingDate}: closing date for applications. */
    public Builder closingDate(LocalDate closingDate) {
      this.closingDate = closingDate;
      return this;
    }

    /** Sets {@code positions}: number of positions, 1..10000. */
    public Builder positions(Integer positions) {
      this.positions = positions;
      return this;
    }

    /** Sets {@code hourlyWage}: gross hourly wage in euro (CAO wage, at least WML for paid kinds). */
    public Builder hourlyWage(BigDecimal hourlyWage) {
      this.hourlyWage = hourlyWage;
      return this;
    }

    /** Sets {@code demands}: what the job asks of the worker. */
    public Builder demands(JobDemands demands) {
      this.demands = demands;
      return this;
    }

    /** Sets {@code offer}: what the employer offers. */
    public Builder offer(EmployerOffer offer) {
      this.offer = offer;
      return this;
    }

    /** Sets {@code origin}: how the vacancy arose (displacement check). */
    public Builder origin(VacancyOrigin origin) {
      this.origin = origin;
      return this;
    }

    /** Sets {@code jobProspect}: for a proefplaatsing, whether there is a concrete job prospect. */
    public Builder jobProspect(Boolean jobProspect) {
      this.jobProspect = jobProspect;
      return this;
    }

    /** The vacancy, validated. */
    public Vacancy build() {
      return new Vacancy(id, employer, contact, sector, occupationId, title, description, location, kind,
          requiredSkills, optionalSkills, tasks, minEducation, startkwalificatieRequired, certificates,
          dutchLevel, languages, minExperienceYears, minHours, maxHours, schedule, contractType, contractMonths,
          startDate, closingDate, positions, hourlyWage, demands, offer, origin, jobProspect);
    }
  }
}
