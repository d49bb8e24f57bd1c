package nl.werkmatch.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ModelValidationTest {

  private static void fails(String field, String reason, Executable construct) {
    ValidationException e = assertThrows(ValidationException.class, construct);
    assertEquals(field, e.field());
    assertEquals(reason, e.reason());
  }

  private static Candidate candidate(String id, List<SkillClaim> skills, List<LanguageSkill> languages,
      List<TargetGroup> groups, LocalDate beschutDate, Integer birthYear) {
    return new Candidate(id, null, null, null, null, null, null, null, skills, null, null, null, languages, null,
        null, null, null, null, null, null, groups, beschutDate, null, null, null, null, birthYear, null);
  }

  private static Availability availability(Integer min, Integer max, List<Integer> buildUp, LocalDate start) {
    return new Availability(min, max, buildUp, start, null, null, null, null, null);
  }

  @Test
  void idIsRequiredAndWellFormed() {
    fails("id", "is required", () -> candidate(null, null, null, null, null, null));
    fails("id", "is required", () -> candidate(" ", null, null, null, null, null));
    ValidationException e = assertThrows(ValidationException.class, () -> candidate("-x", null, null, null, null, null));
    assertEquals("id", e.field());
    assertDoesNotThrow(() -> candidate("cand-00017", null, null, null, null, null));
  }

  @Test
  void rangesAreInclusive() {
    assertDoesNotThrow(() -> availability(0, 60, null, null));
    fails("maxHours", "must be between 0 and 60, got 61", () -> availability(0, 61, null, null));
    fails("minHours", "must be between 0 and 60, got -1", () -> availability(-1, null, null, null));
    fails("minHours", "minHours (32) must not exceed maxHours (16)", () -> availability(32, 16, null, null));
    fails("birthYear", "must be between 1900 and 2100, got 1899", () -> candidate("c", null, null, null, null, 1899));
    fails("level", "must be between 1 and 5, got 0", () -> new SkillClaim("sk.a", null, 0, null, null));
    fails("maxTravelMinutes", "must be between 1 and 240, got 0", () -> new TravelOptions(null, null, 0));
    fails("positions", "must be between 1 and 10000, got 0", () -> new Vacancy("v", null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, 0, null, null, null, null));
  }

  @Test
  void datesMustLieBetween1900And2100AndInOrder() {
    fails("startDate", "must be between 1900-01-01 and 2100-12-31, got 2101-01-01",
        () -> availability(null, null, null, LocalDate.of(2101, 1, 1)));
    fails("expires", "(2020-01-01) is before obtained (2021-01-01)",
        () -> new CertificateHolding(Certificate.BHV, LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1)));
    fails("to", "(09:00) must be after from (10:00)",
        () -> new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(9, 0)));
    fails("beschutIndicationDate", "is set but targetGroups does not contain BESCHUT_WERK_INDICATIE",
        () -> candidate("c", null, null, List.of(TargetGroup.WSW), LocalDate.of(2024, 1, 1), null));
  }

  @Test
  void percentages() {
    fails("percentage", "must be between 0 and 100, got 140", () -> new Loonwaarde(140.0, null, null, null, null));
    fails("percentage", "must be more than 0", () -> new Loonwaarde(0.0, null, null, null, null));
    fails("percentage", "must be a finite number, got NaN", () -> new Loonwaarde(Double.NaN, null, null, null, null));
    assertDoesNotThrow(() -> new Loonwaarde(100.0, null, null, null, null));
    fails("minLoonwaarde", "must be between 0 and 100, got 101",
        () -> new EmployerOffer(null, null, null, null, null, 101.0, null, null, null, null));
    fails("sharePercent", "must be between 0 and 100, got 101", () -> new Task("inpakken", null, 101));
    fails("tasks", "task shares add up to 110%, more than 100%", () -> new Vacancy("v", null, null, null, null,
        null, null, null, null, null, null, List.of(new Task("a", null, 60), new Task("b", null, 50)), null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
  }

  @Test
  void latAndLonComeTogetherAndInRange() {
    fails("lon", "lat and lon must be given together", () -> new Location(null, 52.0, null, null, null));
    fails("lat", "lat and lon must be given together", () -> new Location(null, null, 6.0, null, null));
    fails("lat", "must be between -90 and 90, got 91", () -> new Location(null, 91.0, 6.0, null, null));
    assertDoesNotThrow(() -> new Location(null, 52.2, 6.8, null, null));
  }

  @Test
  void postcodeFollowsTheCountry() {
    assertDoesNotThrow(() -> new Location("7551", null, null, null, null));
    assertDoesNotThrow(() -> new Location("7551AB", null, null, null, "NL"));
    assertDoesNotThrow(() -> new Location("7551 AB", null, null, null, "NL"));
    assertDoesNotThrow(() -> new Location("48529", null, null, null, "DE"));
    fails("postcode", "must be a Dutch PC4 (1234) or PC6 (1234AB) postcode, got '0551AB'",
        () -> new Location("0551AB", null, null, null, null));
    fails("postcode", "must be a Dutch PC4 (1234) or PC6 (1234AB) postcode, got '7551ab'",
        () -> new Location("7551ab", null, null, null, "NL"));
    fails("postcode", "must be a 5-digit German postcode, got '7551'", () -> new Location("7551", null, null, null, "DE"));
    fails("country", "must be NL or DE, got 'BE'", () -> new Location(null, null, null, null, "BE"));
  }

  @Test
  void dutchReferenceLevelsOnlyForDutch() {
    assertDoesNotThrow(() -> new LanguageSkill("nl", LanguageLevel.REF_1F));
    fails("level", "1F is a Dutch reference level, not valid for 'en'", () -> new LanguageSkill("en", LanguageLevel.REF_1F));
    fails("level", "2F is a Dutch reference level, not valid for 'de'", () -> new LanguageSkill("de", LanguageLevel.REF_2F));
    fails("language", "must be a two-letter ISO 639-1 code in lower case, got 'NL'",
        () -> new LanguageSkill("NL", LanguageLevel.B1));
    fails("languages[1]", "duplicate entry for nl", () -> candidate("c", null,
        List.of(new LanguageSkill("nl", LanguageLevel.A2), new LanguageSkill("nl", LanguageLevel.B1)), null, null, null));
  }

  @Test
  void startkwalificatieMustAgreeWithTheLevel() {
    fails("startkwalificatie", "is false but highestLevel MBO_2 includes a startkwalificatie",
        () -> new Education(EducationLevel.MBO_2, false, null, null));
    fails("startkwalificatie", "is true but highestLevel PRO is below any startkwalificatie",
        () -> new Education(EducationLevel.PRO, true, null, null));
    assertDoesNotThrow(() -> new Education(EducationLevel.MBO_1, false, null, null));
    assertEquals(Boolean.TRUE, new Education(EducationLevel.HAVO, null, null, null).hasStartkwalificatie());
    assertEquals(Boolean.FALSE, new Education(EducationLevel.VSO, null, null, null).hasStartkwalificatie());
  }

  @Test
  void duplicateSkillsAreRejected() {
    fails("skills[1]", "duplicate entry for sk.a", () -> candidate("c",
        List.of(new SkillClaim("sk.a", null, 2, null, null), new SkillClaim("sk.a", null, 3, null, null)),
        null, null, null, null));
    fails("skillId", "a skill needs a skillId or a label", () -> new SkillClaim(null, " ", null, null, null));
    fails("requiredSkills[1]", "duplicate entry for sk.b", () -> new Vacancy("v", null, null, null, null, null,
        null, null, null, List.of(new SkillRequirement("sk.b", null, 1), new SkillRequirement("sk.b", null, 2)),
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null));
  }

  @Test
  void buildUpPathMustRise() {
    assertDoesNotThrow(() -> availability(null, null, List.of(2, 8, 16, 24), null));
    fails("buildUpHours[2]", "must rise, got 8 after 8", () -> availability(null, null, List.of(2, 8, 8), null));
    fails("buildUpHours[1]", "must rise, got 4 after 8", () -> availability(null, null, List.of(8, 4), null));
    fails("buildUpHours[0]", "must be between 1 and 60, got 0", () -> availability(null, null, List.of(0, 8), null));
  }

  @Test
  void otherCrossFieldRules() {
    fails("modes", "CAR needs driving licence B",
        () -> new TravelOptions(List.of(TravelMode.CAR), List.of(DrivingLicence.AM), null));
    fails("hourlyWage", "is 0 but kind REGULAR is a paid employment", () -> new Vacancy("v", null, null, null, null,
        null, null, null, VacancyKind.REGULAR, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, BigDecimal.ZERO, null, null, null));
    fails("ladderStep", "must be between 1 and 6, got 0", () -> LadderStep.of(0));
    assertEquals(24, new Availability(null, 32, null, null, null, null, null, null, 24).effectiveMaxHours());
  }
}
