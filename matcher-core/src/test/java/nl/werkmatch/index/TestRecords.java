package nl.werkmatch.index;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.werkmatch.model.Availability;
import nl.werkmatch.model.BenefitType;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.CareDuties;
import nl.werkmatch.model.Certificate;
import nl.werkmatch.model.CertificateHolding;
import nl.werkmatch.model.CertificateRequirement;
import nl.werkmatch.model.ContactPerson;
import nl.werkmatch.model.ContractType;
import nl.werkmatch.model.DrivingLicence;
import nl.werkmatch.model.Education;
import nl.werkmatch.model.EducationLevel;
import nl.werkmatch.model.EmployerOffer;
import nl.werkmatch.model.FunctionalLimitation;
import nl.werkmatch.model.InburgeringStatus;
import nl.werkmatch.model.JobDemands;
import nl.werkmatch.model.LadderStep;
import nl.werkmatch.model.LanguageLevel;
import nl.werkmatch.model.LanguageSkill;
import nl.werkmatch.model.Location;
import nl.werkmatch.model.Loonwaarde;
import nl.werkmatch.model.LoonwaardeMethod;
import nl.werkmatch.model.Participation;
import nl.werkmatch.model.ExemptionReason;
import nl.werkmatch.model.WorkObligationExemption;
import nl.werkmatch.model.StepPart;
import nl.werkmatch.model.PersonalDetails;
import nl.werkmatch.model.Route;
import nl.werkmatch.model.Schedule;
import nl.werkmatch.model.Sector;
import nl.werkmatch.model.Sex;
import nl.werkmatch.model.SkillClaim;
import nl.werkmatch.model.SkillRequirement;
import nl.werkmatch.model.SkillSource;
import nl.werkmatch.model.SupportNeeds;
import nl.werkmatch.model.TargetGroup;
import nl.werkmatch.model.Task;
import nl.werkmatch.model.TimeWindow;
import nl.werkmatch.model.TravelMode;
import nl.werkmatch.model.TravelOptions;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.VacancyKind;
import nl.werkmatch.model.VacancyOrigin;
import nl.werkmatch.model.WorkCondition;
import nl.werkmatch.model.WorkExperience;
import nl.werkmatch.model.WorkProfile;

/** Test records: fully populated ones and small generated ones. */
public final class TestRecords {
  private TestRecords() {}

  /** A candidate with every field set. */
  public static Candidate fullCandidate(String id) {
    return new Candidate(id, "Enschede", "Twente",
        new Location("7511AB", 52.2215, 6.8937, "Enschede", "NL"),
        new TravelOptions(List.of(TravelMode.BIKE, TravelMode.CAR), List.of(DrivingLicence.B), 45),
        List.of("occ-1", "occ-2"), List.of(Sector.ZORG, Sector.LOGISTIEK), List.of(Sector.BEVEILIGING),
        List.of(new SkillClaim("sk-1", "Heftruck rijden", 4, SkillSource.ASSESSED, 2024),
            new SkillClaim(null, "Klantvriendelijk", null, SkillSource.SELF_REPORTED, null),
            new SkillClaim("sk-2", null, null, null, null)),
        List.of(new WorkExperience("occ-9", "Magazijnmedewerker", 3.5, 2023),
            new WorkExperience(null, "Schoonmaker", 0.25, 2019)),
        new Education(EducationLevel.MBO_2, true, List.of("MBO 2 Logistiek"), List.of("Deelcertificaat heftruck")),
        List.of(new CertificateHolding(Certificate.VCA_BASIS, LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)),
            new CertificateHolding(Certificate.HEFTRUCK, null, null)),
        List.of(new LanguageSkill("nl", LanguageLevel.REF_2F), new LanguageSkill("en", LanguageLevel.A2)),
        new Availability(16, 32, List.of(8, 16, 24), LocalDate.of(2026, 2, 1),
            List.of(new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(14, 30))),
            true, false, true, 24),
        new CareDuties(true, false),
        new WorkProfile(3, 4, 2, 3, 4, 3, 2, 4, 5, List.of("structuur", "collega's"), List.of("complimenten")),
        List.of(FunctionalLimitation.NO_HEAVY_LIFTING, FunctionalLimitation.NO_NIGHT_SHIFTS),
        new Participation(LadderStep.PAID_WORK_WITH_SUPPORT, StepPart.UPPER, Route.WERKNEMER, true,
            new WorkObligationExemption(ExemptionReason.SINGLE_PARENT_EDUCATION, LocalDate.of(2024, 9, 1),
                LocalDate.of(2025, 8, 31), "opleiding MBO 2 afgerond"),
            List.of(VacancyKind.PARTICIPATIEPLAATS)),
        BenefitType.BIJSTAND, LocalDate.of(2022, 3, 1),
        List.of(TargetGroup.DOELGROEPREGISTER, TargetGroup.BESCHUT_WERK_INDICATIE), LocalDate.of(2024, 5, 1),
        InburgeringStatus.COMPLETED,
        new Loonwaarde(62.5, LocalDate.of(2025, 6, 1), LoonwaardeMethod.UNIFORME_METHODE, "occ-9", "Magazijnmedewerker"),
        new SupportNeeds(2.5, List.of("aangepaste stoel"), true),
        true, 1990,
        new PersonalDetails("Jan Jansen", "jan@example.org", "0612345678", "Straat 1, Enschede", Sex.MALE, "NL"));
  }

  /** A vacancy with every field set; skill sk-1 is both required and optional. */
  public static Vacancy fullVacancy(String id) {
    return new Vacancy(id, "Zorg BV", new ContactPerson("Piet Pietersen", "piet@zorg.example", "053-1234567"),
        Sector.ZORG, "occ-1", "Medewerker facilitaire dienst",
        "Wij zoeken een medewerker voor de schoonmaak en het magazijn. Ervaring met heftrucks is een pré.",
        new Location("7522NB", 52.2400, 6.8500, "Enschede", "NL"), VacancyKind.GARANTIEBAAN,
        List.of(new SkillRequirement("sk-1", "Heftruck", 3), new SkillRequirement(null, "Nauwkeurig", null)),
        List.of(new SkillRequirement("sk-2", "Plannen", 2), new SkillRequirement("sk-1", "Heftruck", 2)),
        List.of(new Task("Schoonmaken", List.of("sk-3"), 40), new Task("Orderpicken", List.of("sk-1"), 60)),
        EducationLevel.MBO_1, false, List.of(new CertificateRequirement(Certificate.VCA_BASIS, true)),
        LanguageLevel.REF_1F, List.of(new LanguageSkill("de", LanguageLevel.A2)), 1.5, 16, 32,
        new Schedule(true, false, true,
            List.of(new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(7, 30), LocalTime.of(16, 0)))),
        ContractType.FIXED_TERM, 12, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 15), 2,
        new BigDecimal("15.20"),
        new JobDemands(3, 3, 2, 3, 2, 4, 15, List.of(WorkCondition.PROLONGED_STANDING, WorkCondition.DUST)),
        new EmployerOffer(4, 4, true, true, true, 35.0, true, 4, true, false), VacancyOrigin.NEW_POSITION);
  }

  /** A candidate with only an id. */
  public static Candidate bareCandidate(String id) {
    return new Candidate(id, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** A vacancy with only an id. */
  public static Vacancy bareVacancy(String id) {
    return new Vacancy(id, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** A candidate with the given coded skills (id, level or null) and home coordinates (or none). */
  public static Candidate candidate(String id, Double lat, Double lon, Object... skillIdLevelPairs) {
    List<SkillClaim> skills = new java.util.ArrayList<>();
    for (int i = 0; i < skillIdLevelPairs.length; i += 2) {
      skills.add(new SkillClaim((String) skillIdLevelPairs[i], null, (Integer) skillIdLevelPairs[i + 1], null, null));
    }
    Location home = lat == null ? new Location("7511", null, null, null, "NL") : new Location(null, lat, lon, null, "NL");
    return new Candidate(id, null, null, home, null, null, null, null, skills, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** A small varied candidate generated from a number, for bulk tests. */
  public static Candidate generated(int n) {
    Sector[] sectors = Sector.values();
    TravelMode[] modes = TravelMode.values();
    int min = n % 5 * 4;
    return new Candidate(String.format("gen-%05d", n), n % 3 == 0 ? "Hengelo" : "Almelo", "Twente",
        n % 4 == 0 ? null : new Location(null, 52.0 + (n % 100) / 100.0, 6.5 + (n % 37) / 50.0, null, "NL"),
        new TravelOptions(List.of(modes[n % 4]), null, 15 + n % 60),
        List.of("occ-" + n % 17), List.of(sectors[n % sectors.length]), List.of(),
        List.of(new SkillClaim("sk-" + n % 50, "vaardigheid " + n % 50, n % 5 + 1, SkillSource.SELF_REPORTED, null),
            new SkillClaim("sk-" + (50 + n % 7), null, null, null, 2000 + n % 25)),
        n % 6 == 0 ? List.of() : List.of(new WorkExperience("occ-" + n % 23, "Functie " + n, n % 10 / 2.0, 2010 + n % 15)),
        null, null, List.of(new LanguageSkill("nl", LanguageLevel.values()[n % LanguageLevel.values().length])),
        new Availability(min, min + 8 + n % 12, null, null, null, null, null, null, null),
        null, null, null, new Participation(LadderStep.of(n % 6 + 1), null, n % 2 == 0),
        null, null, null, null, null,
        n % 9 == 0 ? new Loonwaarde(20.0 + n % 70 + 0.5, null, null, null, null) : null,
        null, n % 3 == 0, 1960 + n % 45, null);
  }
}
