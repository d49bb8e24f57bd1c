package nl.werkmatch.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.geo.GeoPoint;
import nl.werkmatch.geo.Place;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.BenefitType;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Certificate;
import nl.werkmatch.model.LadderStep;
import nl.werkmatch.model.SkillClaim;
import nl.werkmatch.model.TargetGroup;
import nl.werkmatch.model.Task;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.VacancyKind;
import nl.werkmatch.model.VacancyOrigin;
import nl.werkmatch.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {
  private static final int N = 3000;
  private static final int M = 300;
  private static List<Candidate> candidates;
  private static List<Vacancy> vacancies;

  @BeforeAll
  static void generate() {
    SampleGenerator g = new SampleGenerator(42);
    candidates = g.candidates(N).toList();
    vacancies = g.vacancies(M).toList();
  }

  private static double share(Predicate<Candidate> p) {
    return candidates.stream().filter(p).count() / (double) N;
  }

  private static void assertBetween(double lo, double hi, double actual, String what) {
    assertTrue(actual >= lo && actual <= hi, what + " = " + actual + ", expected " + lo + ".." + hi);
  }

  @Test
  void sameSeedSameBytes(@TempDir Path dir) throws Exception {
    new SampleGenerator(7).writeTo(dir.resolve("a"), 400, 60);
    new SampleGenerator(7).writeTo(dir.resolve("b"), 400, 60);
    for (String f : List.of("candidates.jsonl", "vacancies.jsonl")) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
    }
    new SampleGenerator(8).writeTo(dir.resolve("c"), 400, 60);
    assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a/candidates.jsonl")),
        Files.readAllBytes(dir.resolve("c/candidates.jsonl"))), "another seed gives other data");
    List<String> lines = Files.readAllLines(dir.resolve("a/candidates.jsonl"));
    assertEquals(400 + SampleGenerator.personas().size(), lines.size());
    assertTrue(lines.get(lines.size() - 1).contains("persona-hein"));
    assertEquals(60 + SampleGenerator.personaVacancies().size(), Files.readAllLines(dir.resolve("a/vacancies.jsonl")).size());
  }

  @Test
  void recordsDoNotDependOnHowManyAreAsked() {
    SampleGenerator g = new SampleGenerator(42);
    assertEquals(candidates.get(9), g.candidates(10).toList().get(9));
    assertEquals(vacancies.get(4), g.vacancies(5).toList().get(4));
    assertEquals("cand-000001", candidates.get(0).id());
    assertEquals("cand-003000", candidates.get(N - 1).id());
    assertEquals("vac-00300", vacancies.get(M - 1).id());
    assertEquals("cand-0000001", g.candidates(1_000_000).findFirst().orElseThrow().id());
  }

  @Test
  void everyRecordRoundTripsThroughJson() throws Exception {
    ObjectMapper m = Json.mapper();
    for (Candidate c : candidates) {
      assertEquals(c, m.readValue(m.writeValueAsString(c), Candidate.class), c.id());
    }
    for (Vacancy v : vacancies) {
      assertEquals(v, m.readValue(m.writeValueAsString(v), Vacancy.class), v.id());
    }
    for (Candidate c : SampleGenerator.personas()) {
      assertEquals(c, m.readValue(m.writeValueAsString(c), Candidate.class), c.id());
    }
    for (Vacancy v : SampleGenerator.personaVacancies()) {
      assertEquals(v, m.readValue(m.writeValueAsString(v), Vacancy.class), v.id());
    }
  }

  @Test
  void candidateDistributionsRoughlyHold() {
    assertBetween(0.20, 0.40, share(c -> c.education() == null || c.education().highestLevel() == null), "no education level");
    assertBetween(0.25, 0.45, share(c -> c.desiredSectors() == null), "no sector preference");
    assertBetween(0.11, 0.20, share(c -> c.inTargetGroup(TargetGroup.DOELGROEPREGISTER)), "doelgroepregister");
    assertBetween(0.02, 0.07, share(c -> c.inTargetGroup(TargetGroup.BESCHUT_WERK_INDICATIE)), "beschut");
    assertBetween(0.15, 0.25, share(c -> c.inTargetGroup(TargetGroup.LKS_DOELGROEP)), "LKS doelgroep");
    assertBetween(0.09, 0.15, share(c -> c.inTargetGroup(TargetGroup.STATUSHOUDER)), "statushouder");
    assertBetween(0.10, 0.20, share(c -> c.careDuties() != null && Boolean.TRUE.equals(c.careDuties().childrenUnder5())),
        "children under 5");
    assertBetween(0.15, 0.25, share(c -> c.limitations() != null && !c.limitations().isEmpty()), "limitations");
    assertBetween(0.62, 0.78, share(c -> Boolean.TRUE.equals(c.employerConsent())), "consent");
    assertBetween(0.70, 0.85, share(c -> c.benefit() == BenefitType.BIJSTAND), "bijstand");
    assertBetween(0.35, 0.60, share(c -> c.participation() != null && c.participation().ladderStep() != null
        && c.participation().ladderStep().number() >= 5), "ladder 5-6");
    for (LadderStep s : LadderStep.values()) {
      assertTrue(share(c -> c.participation() != null && c.participation().ladderStep() == s) > 0.02, "step " + s);
    }
    assertTrue(share(c -> c.skills() != null && c.skills().stream().anyMatch(k -> k.skillId() == null)) > 0.05,
        "free-text skills");
    assertTrue(share(c -> c.availability() != null && c.availability().buildUpHours() != null) > 0.03, "build-up paths");
    assertTrue(share(c -> c.certificates() != null && c.certificates().stream().anyMatch(h ->
        h.certificate() == Certificate.VCA_BASIS && !h.validOn(SampleGenerator.TODAY))) > 0.005, "expired VCA");
    // loonwaarde: 30-90%, assessed within two years, some older than a year, some in another occupation
    List<Candidate> withLw = candidates.stream().filter(c -> c.loonwaarde() != null).toList();
    assertTrue(withLw.size() > 300, "loonwaarde count " + withLw.size());
    for (Candidate c : withLw) {
      assertTrue(c.loonwaarde().percentage() >= 30 && c.loonwaarde().percentage() <= 90, c.id());
      assertTrue(!c.loonwaarde().assessedOn().isBefore(SampleGenerator.TODAY.minusYears(2)), c.id());
    }
    long expired = withLw.stream().filter(c -> !c.loonwaarde().validOn(SampleGenerator.TODAY)).count();
    assertBetween(0.3, 0.7, expired / (double) withLw.size(), "expired loonwaarde");
    assertTrue(withLw.stream().anyMatch(c -> c.desiredOccupations() != null
        && !c.desiredOccupations().contains(c.loonwaarde().occupationId())), "measured in another occupation");
    assertBetween(0.08, 0.20, share(c -> c.region().equals("Drenthe")), "Drenthe share");
  }

  @Test
  void candidatesLiveWhereTheyAreSaidToLive() {
    Gazetteer g = Gazetteer.builtIn();
    for (Candidate c : candidates) {
      Place town = g.placeOfPostcode(c.home().postcode(), "NL").orElseThrow(() -> new AssertionError(c.id()));
      assertEquals(town.municipality(), c.municipality(), c.id());
      if (c.home().hasCoordinates()) {
        double d = town.point().distanceKm(new GeoPoint(c.home().lat(), c.home().lon()));
        assertTrue(d <= 3.01, c.id() + " is " + d + " km from " + town.name());
      }
      int age = c.ageIn(SampleGenerator.TODAY);
      assertTrue(c.birthYear() >= 1960 && c.birthYear() <= 2007, c.id());
      assertTrue(age >= 19, c.id());
    }
  }

  @Test
  void skillsAndOccupationsExistInTheTaxonomy() {
    Taxonomy t = Taxonomy.builtIn();
    for (Candidate c : candidates) {
      if (c.desiredOccupations() != null) {
        c.desiredOccupations().forEach(o -> assertTrue(t.occupation(o).isPresent(), o));
      }
      if (c.skills() != null) {
        for (SkillClaim s : c.skills()) {
          assertTrue(s.skillId() == null || t.skill(s.skillId()).isPresent(), s.skillId());
        }
      }
    }
    for (Vacancy v : vacancies) {
      assertTrue(t.occupation(v.occupationId()).isPresent(), v.occupationId());
      v.requiredSkills().forEach(s -> assertTrue(t.skill(s.skillId()).isPresent(), s.skillId()));
      for (Task task : v.tasks()) {
        task.skillIds().forEach(s -> assertTrue(t.skill(s).isPresent(), s));
      }
    }
  }

  @Test
  void vacanciesCoverKindsOriginsAndWages() {
    Set<VacancyKind> kinds = EnumSet.noneOf(VacancyKind.class);
    Set<VacancyOrigin> origins = EnumSet.noneOf(VacancyOrigin.class);
    int lks = 0;
    int german = 0;
    Set<String> ids = new HashSet<>();
    for (Vacancy v : vacancies) {
      assertTrue(ids.add(v.id()));
      kinds.add(v.kind());
      if (v.origin() != null) {
        origins.add(v.origin());
      }
      if (Boolean.TRUE.equals(v.offer().acceptsLoonkostensubsidie())) {
        lks++;
      }
      if ("DE".equals(v.location().country())) {
        german++;
        assertTrue(v.location().postcode().length() == 5, v.id());
      }
      assertFalse(v.tasks().isEmpty(), v.id());
      assertEquals(100, v.tasks().stream().mapToInt(Task::sharePercent).sum(), v.id());
      if (v.kind().isPaid()) {
        assertNotNull(v.hourlyWage(), v.id());
        assertTrue(v.hourlyWage().compareTo(new BigDecimal("14.71")) >= 0, v.id());
      }
      assertTrue(v.startDate().isAfter(SampleGenerator.TODAY) && v.startDate().isBefore(LocalDate.of(2027, 12, 31)), v.id());
      assertTrue(v.description().length() > 80, v.id());
    }
    assertEquals(EnumSet.allOf(VacancyKind.class), kinds);
    assertTrue(origins.contains(VacancyOrigin.REDUNDANCY) && origins.contains(VacancyOrigin.UNKNOWN));
    assertBetween(0.25, 0.5, lks / (double) M, "accepts LKS");
    assertTrue(german >= 3, "GrensWerk vacancies " + german);
  }

  @Test
  void personasArePresentAndPlacedInAlmelo() {
    List<Candidate> personas = SampleGenerator.personas();
    assertEquals(List.of("persona-julia", "persona-frank", "persona-jaap", "persona-hein"),
        personas.stream().map(Candidate::id).toList());
    for (Candidate p : personas) {
      assertEquals("Almelo", p.municipality());
      assertEquals("Almelo", Gazetteer.builtIn().placeOfPostcode(p.home().postcode(), "NL").orElseThrow().name());
    }
    Candidate hein = personas.get(3);
    assertEquals(List.of(16, 20, 24), hein.availability().buildUpHours());
    assertTrue(hein.careDuties().mantelzorg());
    Candidate jaap = personas.get(2);
    assertTrue(jaap.inTargetGroup(TargetGroup.DOELGROEPREGISTER));
    assertEquals(2009, jaap.birthYear());
    List<Vacancy> pv = SampleGenerator.personaVacancies();
    assertTrue(pv.size() >= 8);
    Taxonomy t = Taxonomy.builtIn();
    for (Vacancy v : pv) {
      assertTrue(v.id().startsWith("vac-almelo-"), v.id());
      assertTrue(t.occupation(v.occupationId()).isPresent(), v.occupationId());
      for (Task task : v.tasks()) {
        task.skillIds().forEach(s -> assertTrue(t.skill(s).isPresent(), v.id() + " " + s));
      }
      v.requiredSkills().forEach(s -> assertTrue(t.skill(s.skillId()).isPresent(), v.id() + " " + s.skillId()));
      v.optionalSkills().forEach(s -> assertTrue(t.skill(s.skillId()).isPresent(), v.id() + " " + s.skillId()));
    }
    for (Candidate p : personas) {
      p.skills().stream().filter(s -> s.skillId() != null)
          .forEach(s -> assertTrue(t.skill(s.skillId()).isPresent(), p.id() + " " + s.skillId()));
    }
  }

  @Test
  void committedSampleDataIsCurrent() throws Exception {
    Path committed = Path.of("..", "sample-data", "candidates.jsonl");
    if (!Files.exists(committed)) {
      return; // running outside the repository layout
    }
    List<String> lines = Files.readAllLines(committed);
    assertEquals(N + 4, lines.size());
    assertEquals(Json.mapper().writeValueAsString(candidates.get(0)), lines.get(0));
    assertEquals(Json.mapper().writeValueAsString(candidates.get(N - 1)), lines.get(N - 1));
  }
}
