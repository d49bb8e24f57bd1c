package nl.werkmatch.rules;

import static nl.werkmatch.rules.Fixtures.TODAY;
import static nl.werkmatch.rules.Fixtures.cand;
import static nl.werkmatch.rules.Fixtures.vac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.VacancyKind;
import org.junit.jupiter.api.Test;

/**
 * Protected attributes: sex, nationality and residence never change a rule result; age changes only the age-gated
 * rules; benefit type only the participatieplaats rule.
 */
class FairnessTest {
  private static final String BASE = "'targetGroups':['DOELGROEPREGISTER'],'participation':{'ladderStep':%d},"
      + "'education':{'highestLevel':'%s'},'availability':{'maxHours':32},'employerConsent':true";

  private static List<Vacancy> vacancies() {
    List<Vacancy> out = new ArrayList<>();
    for (VacancyKind k : VacancyKind.values()) {
      out.add(vac("'kind':'" + k + "','origin':'NEW_POSITION','minHours':24,'contractMonths':2,'jobProspect':true"));
    }
    return out;
  }

  private static List<RuleResult> results(Vacancy v, Candidate c) {
    List<RuleResult> out = new ArrayList<>();
    for (Audience a : Audience.values()) {
      out.addAll(RuleSet.defaults().evaluate(new RuleInput(v, c, TODAY, 40, a)).results());
    }
    return out;
  }

  @Test
  void sexNationalityAndResidenceNeverMatter() {
    for (int step = 1; step <= 6; step++) {
      for (String edu : List.of("VMBO", "MBO_2")) {
        String base = String.format(BASE, step, edu);
        Candidate ref = cand(base + ",'birthYear':2000,'benefit':'BIJSTAND'");
        List<Candidate> variants = List.of(
            cand(base + ",'birthYear':2000,'benefit':'BIJSTAND','personal':{'sex':'FEMALE','nationality':'SY'}"),
            cand(base + ",'birthYear':2000,'benefit':'BIJSTAND','personal':{'sex':'MALE','nationality':'NL'}"),
            cand(base + ",'birthYear':2000,'benefit':'BIJSTAND','municipality':'Enschede'"),
            cand(base + ",'birthYear':2000,'benefit':'BIJSTAND','municipality':'Assen','region':'Drenthe'"));
        for (Vacancy v : vacancies()) {
          List<RuleResult> expected = results(v, ref);
          for (Candidate c : variants) {
            assertEquals(expected, results(v, c), () -> "protected attribute changed a result for " + v.kind());
          }
        }
      }
    }
  }

  @Test
  void ageOnlyInAgeGatedRulesAndBenefitOnlyInParticipatieplaats() {
    Set<String> ageRules = new HashSet<>();
    Set<String> benefitRules = new HashSet<>();
    for (int step = 1; step <= 6; step++) {
      for (String edu : List.of("VMBO", "MBO_2")) {
        String base = String.format(BASE, step, edu);
        for (Vacancy v : vacancies()) {
          for (String benefit : List.of("BIJSTAND", "WW", "NONE")) {
            List<RuleResult> ref = results(v, cand(base + ",'birthYear':1990,'benefit':'" + benefit + "'"));
            for (int year = 1950; year <= 2011; year += 3) {
              diff(ref, results(v, cand(base + ",'birthYear':" + year + ",'benefit':'" + benefit + "'")), ageRules);
            }
            diff(ref, results(v, cand(base + ",'benefit':'" + benefit + "'")), ageRules);
          }
          for (int year = 1950; year <= 2011; year += 7) {
            List<RuleResult> ref = results(v, cand(base + ",'birthYear':" + year + ",'benefit':'BIJSTAND'"));
            for (String benefit : List.of("WW", "WAJONG", "IOAW", "IOAZ", "NONE")) {
              diff(ref, results(v, cand(base + ",'birthYear':" + year + ",'benefit':'" + benefit + "'")), benefitRules);
            }
            diff(ref, results(v, cand(base + ",'birthYear':" + year)), benefitRules);
          }
        }
      }
    }
    // support.leerwerktraject reads age only to state whether the municipality's support applies; it never refuses
    assertEquals(Set.of("kind.participatieplaats", "kind.leerwerkplek", "support.leerwerktraject"), ageRules);
    assertEquals(Set.of("kind.participatieplaats"), benefitRules);
  }

  private static void diff(List<RuleResult> a, List<RuleResult> b, Set<String> into) {
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equals(b.get(i))) {
        into.add(a.get(i).ruleId());
      }
    }
  }

  @Test
  void priorityGroupMembership() {
    assertEquals(Boolean.TRUE, PriorityGroup.YOUTH_UNDER_27.appliesTo(cand("'birthYear':2005"), TODAY));
    assertEquals(Boolean.FALSE, PriorityGroup.YOUTH_UNDER_27.appliesTo(cand("'birthYear':1990"), TODAY));
    assertEquals(null, PriorityGroup.AGE_50_PLUS.appliesTo(cand(""), TODAY));
    assertEquals(Boolean.TRUE, PriorityGroup.AGE_50_PLUS.appliesTo(cand("'birthYear':1976"), TODAY));
    assertEquals(Boolean.TRUE, PriorityGroup.STATUSHOUDER.appliesTo(cand("'targetGroups':['STATUSHOUDER']"), TODAY));
    assertEquals(Boolean.FALSE, PriorityGroup.BANENAFSPRAAK.appliesTo(cand("'targetGroups':[]"), TODAY));
    assertTrue(PriorityGroup.PARENTS.appliesTo(cand("'careDuties':{'childrenUnder5':true}"), TODAY));
  }
}
