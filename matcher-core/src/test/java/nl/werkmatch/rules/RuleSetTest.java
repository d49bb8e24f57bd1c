package nl.werkmatch.rules;

import static nl.werkmatch.rules.Fixtures.TODAY;
import static nl.werkmatch.rules.Fixtures.cand;
import static nl.werkmatch.rules.Fixtures.vac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.ContractType;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RuleSet evaluation order, disabled rules, and PolicyConfig JSON. */
class RuleSetTest {

  @Test
  void evaluatesAllRulesInFixedOrder() {
    RuleOutcome out = RuleSet.defaults().evaluate(new RuleInput(vac("'kind':'REGULAR'"), cand(""), TODAY, 30,
        Audience.INTERNAL));
    assertEquals(RuleSet.allRuleIds(), out.results().stream().map(RuleResult::ruleId).toList());
    assertTrue(out.eligible(), () -> out.failures().toString());
    assertTrue(out.failures().isEmpty());
    assertFalse(out.notes().isEmpty(), "an empty profile passes with unknown notes");
    assertTrue(out.notes().stream().allMatch(RuleResult.Pass::unknown));
  }

  @Test
  void failuresAreListedInRuleOrder() {
    RuleOutcome out = RuleSet.defaults().evaluate(new RuleInput(
        vac("'kind':'GARANTIEBAAN','sector':'HORECA','minHours':32"),
        cand("'refusedSectors':['HORECA'],'availability':{'maxHours':20}"), TODAY, 200, Audience.EMPLOYER));
    assertFalse(out.eligible());
    assertEquals(List.of("kind.doelgroepregister", "travel.ceiling", "hours.availability", "sector.refused",
        "consent.employer"), out.failures().stream().map(RuleResult.Fail::ruleId).toList());
    assertNotNull(out.result("travel.ceiling"));
  }

  @Test
  void disabledRulesDoNotRun() {
    PolicyConfig p = new PolicyConfig("Test", null, null, null, null, List.of("sector.refused", "travel.ceiling"), null);
    RuleSet set = new RuleSet(p);
    assertNull(set.rule("sector.refused"));
    assertEquals(RuleSet.allRuleIds().size() - 2, set.rules().size());
    RuleOutcome out = set.evaluate(new RuleInput(vac("'sector':'HORECA'"), cand("'refusedSectors':['HORECA']"),
        TODAY, 500, Audience.INTERNAL));
    assertTrue(out.eligible(), () -> out.failures().toString());
    assertNull(out.result("sector.refused"));
    assertFalse(RuleSet.defaults().evaluate(new RuleInput(vac("'sector':'HORECA'"), cand("'refusedSectors':['HORECA']"),
        TODAY, 500, Audience.INTERNAL)).eligible());
  }

  @Test
  void unknownDisabledRuleIsRejected() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> new PolicyConfig("Test", null, null, null, null, List.of("travel.ceiling", "travel.typo"), null));
    assertEquals("disabledRules[1]", e.field());
  }

  @Test
  void policyConfigJsonRoundTrip() throws Exception {
    PolicyConfig p = new PolicyConfig("Enschede", 2, 24, 44, List.of(PriorityGroup.YOUTH_UNDER_27,
        PriorityGroup.PARENTS), List.of("sector.refused"), 150);
    String json = p.toJson();
    PolicyConfig back = Json.mapper().readValue(json, PolicyConfig.class);
    assertEquals(p, back);
    assertEquals(json, back.toJson());
  }

  @Test
  void defaultsFillAbsentFields() throws Exception {
    PolicyConfig p = Json.mapper().readValue("{\"municipality\":\"X\"}", PolicyConfig.class);
    assertEquals(180, p.travelCeilingMinutesPerDay());
    assertEquals(List.of(), p.priorityGroups());
    assertEquals(List.of(), p.disabledRules());
    assertNull(p.proefplaatsingMaxMonths());
    assertEquals(PolicyConfig.defaults().travelCeilingMinutesPerDay(), p.travelCeilingMinutesPerDay());
  }

  @Test
  void bundledConfigs() {
    assertEquals(2, PolicyConfig.bundled("Enschede").proefplaatsingMaxMonths());
    assertEquals(24, PolicyConfig.bundled("enschede").tegenprestatieMaxHoursPerWeek());
    assertEquals(3, PolicyConfig.bundled("Hengelo").proefplaatsingMaxMonths());
    assertEquals(20, PolicyConfig.bundled("Almelo").tegenprestatieMaxHoursPerWeek());
    assertEquals(44, PolicyConfig.bundled("Almelo").tegenprestatieMaxWeeksPerYear());
    assertEquals("Assen", PolicyConfig.bundled("ASSEN").municipality());
    assertTrue(PolicyConfig.bundled("Hengelo").priorityGroups().contains(PriorityGroup.STATUSHOUDER));
    for (String m : PolicyConfig.BUNDLED) {
      assertEquals(180, PolicyConfig.bundled(m).travelCeilingMinutesPerDay());
    }
    assertThrows(IllegalArgumentException.class, () -> PolicyConfig.bundled("Utrecht"));
  }

  @Test
  void badConfigNamesFileLineAndField(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\n  \"municipality\": \"X\",\n  \"proefplaatsingMaxMonths\": 40\n}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyConfig.read(f));
    assertTrue(e.getMessage().startsWith(f + ":"), e.getMessage());
    assertTrue(e.getMessage().contains("proefplaatsingMaxMonths: must be between 1 and 24, got 40"), e.getMessage());

    Files.writeString(f, "{\n  \"municipality\": \"X\",\n  \"priorityGroups\": [\"ELDERLY\"]\n}\n");
    IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> PolicyConfig.read(f));
    assertTrue(e2.getMessage().startsWith(f + ":3:"), e2.getMessage());
  }

  @Test
  void readFromStream() throws Exception {
    PolicyConfig p = PolicyConfig.read(new ByteArrayInputStream(
        "{\"municipality\":\"Y\",\"disabledRules\":[\"consent.employer\"]}".getBytes(StandardCharsets.UTF_8)), "y.json");
    assertTrue(p.isDisabled("consent.employer"));
  }

  @Test
  void docsListEveryRuleWithItsDescriptionAndSource() throws Exception {
    Path doc = Path.of("..", "docs", "rules.md");
    assertTrue(Files.exists(doc), "docs/rules.md not found from " + Path.of("").toAbsolutePath());
    String text = Files.readString(doc);
    for (Rule r : RuleSet.defaults().rules()) {
      assertTrue(text.contains("| `" + r.id() + "` | " + r.description() + " |"), () -> "docs lack row of " + r.id());
      assertTrue(text.contains("| `" + r.id() + "` | " + r.source() + " |"), () -> "docs lack source of " + r.id());
    }
  }

  @Test
  void vacancyJobProspectIsReadAndOldConstructorStillWorks() throws Exception {
    Vacancy v = Json.mapper().readValue("{\"id\":\"v9\",\"kind\":\"PROEFPLAATSING\",\"jobProspect\":true}", Vacancy.class);
    assertEquals(Boolean.TRUE, v.jobProspect());
    assertTrue(Json.mapper().writeValueAsString(v).endsWith("\"jobProspect\":true}"));
    Vacancy old = new Vacancy("v10", null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, ContractType.NONE, null, null, null, null, null, null, null, null);
    assertNull(old.jobProspect());
  }
}
