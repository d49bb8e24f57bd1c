package nl.werkmatch.io;

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

/** Test records with every field set. */
final class Fixtures {
  private Fixtures() {}

  static Candidate fullCandidate(String id) {
    return new Candidate(
        id,
        "Hengelo",
        "Twente",
        new Location("7551AB", 52.2659, 6.7931, "Hengelo", "NL"),
        new TravelOptions(List.of(TravelMode.BIKE, TravelMode.PUBLIC_TRANSPORT, TravelMode.CAR),
            List.of(DrivingLicence.B), 45),
        List.of("occ.magazijnmedewerker", "occ.orderpicker"),
        List.of(Sector.LOGISTIEK, Sector.PRODUCTIE),
        List.of(Sector.BEVEILIGING),
        List.of(new SkillClaim("sk.heftruck-rijden", "heftruck rijden", 4, SkillSource.ASSESSED, 2025),
            new SkillClaim(null, "klantvriendelijk", 3, SkillSource.SELF_REPORTED, 2024)),
        List.of(new WorkExperience("occ.orderpicker", "orderpicker", 2.5, 2023)),
        new Education(EducationLevel.MBO_2, true, List.of("MBO 2 Logistiek medewerker"), List.of("Entree module 1")),
        List.of(new CertificateHolding(Certificate.HEFTRUCK, LocalDate.of(2022, 3, 1), LocalDate.of(2027, 3, 1)),
            new CertificateHolding(Certificate.VCA_BASIS, LocalDate.of(2021, 5, 10), null)),
        List.of(new LanguageSkill("nl", LanguageLevel.REF_1F), new LanguageSkill("ar", LanguageLevel.C2)),
        new Availability(16, 32, List.of(8, 16, 24, 32), LocalDate.of(2026, 2, 1),
            List.of(new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(14, 30))),
            true, false, true, 36),
        new CareDuties(true, false),
        new WorkProfile(3, 4, 3, 2, 4, 3, 2, 4, 5, List.of("zekerheid", "collega's"),
            List.of("reageert goed op complimenten")),
        List.of(FunctionalLimitation.NO_HEAVY_LIFTING, FunctionalLimitation.NO_NIGHT_SHIFTS),
        new Participation(LadderStep.PAID_WORK_WITH_SUPPORT, StepPart.UPPER, Route.WERKNEMER, true,
            new WorkObligationExemption(ExemptionReason.SINGLE_PARENT_EDUCATION, LocalDate.of(2024, 9, 1),
                LocalDate.of(2025, 8, 31), "opleiding MBO 2 afgerond"),
            List.of(VacancyKind.PARTICIPATIEPLAATS)),
        BenefitType.BIJSTAND,
        LocalDate.of(2023, 9, 1),
        List.of(TargetGroup.LKS_DOELGROEP, TargetGroup.BESCHUT_WERK_INDICATIE, TargetGroup.STATUSHOUDER),
        LocalDate.of(2024, 1, 15),
        InburgeringStatus.IN_PROGRESS,
        new Loonwaarde(62.5, LocalDate.of(2025, 6, 1), LoonwaardeMethod.UNIFORME_METHODE,
            "occ.orderpicker", "Orderpicker bij Distributiecentrum Oost"),
        new SupportNeeds(2.5, List.of("in hoogte verstelbare werktafel"), true),
        true,
        1991,
        new PersonalDetails("Sam Jansen", "sam@example.org", "+31 6 12345678", "Marktstraat 1, Hengelo",
            Sex.X, "SY"));
  }

  static Vacancy fullVacancy(String id) {
    return new Vacancy(
        id,
        "Distributiecentrum Oost BV",
        new ContactPerson("Anne de Vries", "anne@dc-oost.example", "+31 74 1234567"),
        Sector.LOGISTIEK,
        "occ.orderpicker",
        "Orderpicker (24-32 uur)",
        "Je verzamelt bestellingen in ons magazijn in Hengelo.",
        new Location("7554 RD", 52.2481, 6.8127, "Hengelo", "NL"),
        VacancyKind.REGULAR,
        List.of(new SkillRequirement("sk.heftruck-rijden", "heftruck rijden", 3)),
        List.of(new SkillRequirement("sk.samenwerken", "teamspeler", 2)),
        List.of(new Task("orders verzamelen", List.of("sk.orderpicken"), 70),
            new Task("dozen vouwen", List.of(), 30)),
        EducationLevel.VMBO,
        false,
        List.of(new CertificateRequirement(Certificate.HEFTRUCK, true),
            new CertificateRequirement(Certificate.VCA_BASIS, false)),
        LanguageLevel.REF_1F,
        List.of(new LanguageSkill("de", LanguageLevel.A2)),
        1.0,
        24,
        32,
        new Schedule(true, false, true,
            List.of(new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(7, 0), LocalTime.of(15, 30)))),
        ContractType.FIXED_TERM,
        12,
        LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 2, 15),
        3,
        new BigDecimal("14.80"),
        new JobDemands(3, 3, 2, 3, 1, 4, 15, List.of(WorkCondition.PROLONGED_STANDING, WorkCondition.COLD)),
        new EmployerOffer(4, 4, true, true, true, 50.0, true, 4, true, false),
        VacancyOrigin.NEW_POSITION, true);
  }
}
