package nl.werkmatch.match;

import nl.werkmatch.explain.ExposureReport;
import nl.werkmatch.score.PreparedCandidate;
import nl.werkmatch.score.PreparedVacancy;
import nl.werkmatch.score.Scorer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.model.BenefitType;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.PersonalDetails;
import nl.werkmatch.model.Sex;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.rules.Audience;
import nl.werkmatch.rules.RuleInput;
import nl.werkmatch.rules.RuleOutcome;
import nl.werkmatch.rules.RuleResult;
import nl.werkmatch.rules.RuleSet;
import nl.werkmatch.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

/**
 * The fairness guard: scoring never reads age, sex, nationality, benefit type or municipality of
 * residence. Those fields are changed on every sample candidate; every score must stay identical,
 * and a rule verdict may only change for the named legal rules that gate on age or benefit.
 */
class FairnessGuardTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  /** The only rules allowed to read age or benefit type: legal eligibility of these instruments. */
  static final Set<String> LEGAL_AGE_OR_BENEFIT_RULES = Set.of("kind.participatieplaats", "kind.leerwerkplek");

  static Candidate perturbed(Candidate c) {
    Integer birthYear = c.birthYear() == null ? 1990 : c.birthYear() < 1990 ? c.birthYear() + 25 : c.birthYear() - 25;
    BenefitType benefit = c.benefit() == BenefitType.BIJSTAND ? BenefitType.WW : BenefitType.BIJSTAND;
    PersonalDetails p = c.personal();
    Sex sex = p == null || p.sex() != Sex.FEMALE ? Sex.FEMALE : Sex.MALE;
    String nationality = p == null || !"SY".equals(p.nationality()) ? "SY" : "NL";
    PersonalDetails changed = new PersonalDetails(p == null ? null : p.name(), p == null ? null : p.email(),
        p == null ? null : p.phone(), p == null ? null : p.address(), sex, nationality);
    String municipality = "Tynaarlo".equals(c.municipality()) ? "Enschede" : "Tynaarlo";
    return new Candidate(c.id(), municipality, c.region(), c.home(), c.travel(), c.desiredOccupations(),
        c.desiredSectors(), c.refusedSectors(), c.skills(), c.experience(), c.education(), c.certificates(),
        c.languages(), c.availability(), c.careDuties(), c.workProfile(), c.limitations(), c.participation(), benefit,
        c.benefitSince(), c.targetGroups(), c.beschutIndicationDate(), c.inburgering(), c.loonwaarde(), c.support(),
        c.employerConsent(), birthYear, changed);
  }

  @Test
  void protectedFieldsNeverChangeAScoreAndOnlyNamedLegalRulesMayChangeEligibility() {
    Scorer scorer = new Scorer(MatchProfile.defaults(), Taxonomy.builtIn(), Gazetteer.builtIn(),
        TravelTimeEstimator.speedModel(), TODAY);
    RuleSet rules = RuleSet.defaults();
    List<Vacancy> vacancies = new ArrayList<>();
    for (int i = 0; i < SampleData.vacancies().size(); i += 10) {
      vacancies.add(SampleData.vacancies().get(i));
    }
    int pairs = 0;
    int legalChanges = 0;
    for (Vacancy v : vacancies) {
      PreparedVacancy pv = scorer.prepare(v);
      for (Candidate c : SampleData.candidates()) {
        Candidate p = perturbed(c);
        PreparedCandidate a = scorer.prepare(c);
        PreparedCandidate b = scorer.prepare(p);
        MatchScore sa = scorer.score(pv, a);
        MatchScore sb = scorer.score(pv, b);
        assertEquals(sa, sb, "score changed by a protected field: " + v.id() + " x " + c.id());
        RuleOutcome ra = rules.evaluate(new RuleInput(v, c, TODAY, sa.travel().minutes(), Audience.INTERNAL));
        RuleOutcome rb = rules.evaluate(new RuleInput(v, p, TODAY, sb.travel().minutes(), Audience.INTERNAL));
        for (int i = 0; i < ra.results().size(); i++) {
          RuleResult x = ra.results().get(i);
          RuleResult y = rb.results().get(i);
          if (x.passed() != y.passed()) {
            assertTrue(LEGAL_AGE_OR_BENEFIT_RULES.contains(x.ruleId()),
                "rule " + x.ruleId() + " changed its verdict on a protected field: " + v.id() + " x " + c.id());
            legalChanges++;
          }
        }
        pairs++;
      }
    }
    assertTrue(pairs > 50_000, "pairs: " + pairs);
    System.out.printf("fairness guard: %d pairs unchanged in score; %d verdicts changed, all by named legal rules%n",
        pairs, legalChanges);
  }

  @Test
  void exposureReportCountsGroupsOfEligibleAndShortlistedCandidates() {
    try (MatchIndex index = SampleData.index()) {
      Matcher m = Matcher.builder(index).today(TODAY).build();
      ExposureReport report = new ExposureReport(TODAY);
      for (int i = 0; i < SampleData.vacancies().size(); i += 15) {
        m.addExposure(SampleData.vacancies().get(i).id(), report);
      }
      var rows = report.byGroup();
      long eligibleAgeBands = rows.values().stream().filter(r -> r.dimension().equals("ageBand")).mapToLong(ExposureReport.Row::eligible).sum();
      long eligibleSex = rows.values().stream().filter(r -> r.dimension().equals("sex")).mapToLong(ExposureReport.Row::eligible).sum();
      assertEquals(eligibleAgeBands, eligibleSex, "every eligible candidate falls in exactly one group per dimension");
      double shareSum = rows.values().stream().filter(r -> r.dimension().equals("statushouder"))
          .mapToDouble(ExposureReport.Row::shortlistShare).sum();
      assertEquals(1.0, shareSum, 0.01);
      assertTrue(rows.containsKey("statushouder=yes") && rows.get("statushouder=yes").eligible() > 0, rows.toString());
      System.out.print(report.text());
    }
  }
}
