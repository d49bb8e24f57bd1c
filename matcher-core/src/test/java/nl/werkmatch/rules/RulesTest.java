package nl.werkmatch.rules;

import static nl.werkmatch.rules.Fixtures.cand;
import static nl.werkmatch.rules.Fixtures.run;
import static nl.werkmatch.rules.Fixtures.vac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import org.junit.jupiter.api.Test;

/** A pass, a fail and the missing-data behaviour of every standard rule. */
class RulesTest {

  static void passes(RuleResult r) {
    RuleResult.Pass p = assertInstanceOf(RuleResult.Pass.class, r, () -> "expected pass, got " + r);
    assertFalse(p.unknown(), () -> "expected a pass on known data, got " + p);
  }

  static void passesUnknown(RuleResult r) {
    RuleResult.Pass p = assertInstanceOf(RuleResult.Pass.class, r, () -> "expected pass, got " + r);
    assertTrue(p.unknown(), () -> "expected an unknown-data pass, got " + p);
    assertTrue(p.note().en().startsWith("unknown: "), p.note().en());
  }

  static RuleResult.Fail fails(RuleResult r) {
    RuleResult.Fail f = assertInstanceOf(RuleResult.Fail.class, r, () -> "expected fail, got " + r);
    assertFalse(f.notRecorded(), () -> "expected a failure on recorded data, got " + f);
    assertFalse(f.source().isBlank());
    return f;
  }

  static RuleResult.Fail failsNotRecorded(RuleResult r) {
    RuleResult.Fail f = assertInstanceOf(RuleResult.Fail.class, r, () -> "expected fail, got " + r);
    assertTrue(f.notRecorded(), () -> "expected a not-recorded failure, got " + f);
    assertTrue(f.reason().en().endsWith("not recorded"), f.reason().en());
    return f;
  }

  @Test
  void beschutIndicatie() {
    String id = "kind.beschut-indicatie";
    Vacancy v = vac("'kind':'BESCHUT_WERK'");
    passes(run(id, v, cand("'targetGroups':['BESCHUT_WERK_INDICATIE']")));
    RuleResult.Fail f = failsNotRecorded(run(id, v, cand("'targetGroups':['STATUSHOUDER']")));
    assertTrue(f.reason().en().contains("indicatie beschut werk"));
    assertTrue(f.source().contains("art. 10b"));
    failsNotRecorded(run(id, v, cand("")));
    passes(run(id, vac("'kind':'REGULAR'"), cand("")));
  }

  @Test
  void doelgroepregister() {
    String id = "kind.doelgroepregister";
    Vacancy v = vac("'kind':'GARANTIEBAAN'");
    passes(run(id, v, cand("'targetGroups':['DOELGROEPREGISTER']")));
    failsNotRecorded(run(id, v, cand("'targetGroups':[]")));
    failsNotRecorded(run(id, v, cand("")));
    passes(run(id, vac("'kind':'REGULAR'"), cand("")));
  }

  @Test
  void participatieplaats() {
    String id = "kind.participatieplaats";
    Vacancy v = vac("'kind':'PARTICIPATIEPLAATS'");
    passes(run(id, v, cand("'birthYear':1990,'benefit':'BIJSTAND','participation':{'ladderStep':2}")));
    passes(run(id, v, cand("'birthYear':1999,'benefit':'BIJSTAND','participation':{'ladderStep':4}"))); // 27 in 2026
    passesUnknown(run(id, v, cand("'birthYear':1990,'benefit':'BIJSTAND'")));
    RuleResult.Fail isolated = fails(run(id, v, cand("'birthYear':1990,'benefit':'BIJSTAND','participation':{'ladderStep':1}")));
    assertEquals("ladderStep 1", isolated.data());
    RuleResult.Fail young = fails(run(id, v, cand("'birthYear':2000,'benefit':'BIJSTAND'")));
    assertEquals("age 26 in 2026", young.data());
    fails(run(id, v, cand("'birthYear':1990,'benefit':'WW'")));
    failsNotRecorded(run(id, v, cand("'benefit':'BIJSTAND'")));
    failsNotRecorded(run(id, v, cand("'birthYear':1990")));
    passes(run(id, vac("'kind':'WERKERVARINGSPLAATS'"), cand("'birthYear':2005")));
  }

  @Test
  void leerwerkplek() {
    String id = "kind.leerwerkplek";
    Vacancy v = vac("'kind':'LEERWERKPLEK'");
    passes(run(id, v, cand("'birthYear':2009")));                                    // 17
    passes(run(id, v, cand("'birthYear':2005,'education':{'highestLevel':'MBO_2'}"))); // 21 with startkwalificatie
    passes(run(id, v, cand("'birthYear':1991,'education':{'highestLevel':'VMBO'}")));  // 35: BBL has no upper age
    fails(run(id, v, cand("'birthYear':2012")));                                    // 14
    passes(run(id, vac("'kind':'REGULAR'"), cand("'birthYear':2012")));
    passesUnknown(run(id, v, cand("")));
  }

  @Test
  void leerwerktrajectSupportNeverRefusesAndNamesTheWindow() {
    String id = "support.leerwerktraject";
    Vacancy v = vac("'kind':'LEERWERKPLEK'");
    assertTrue(note(run(id, v, cand("'birthYear':2009"))).contains("applies"));                        // 17
    assertTrue(note(run(id, v, cand("'birthYear':2005,'education':{'highestLevel':'VMBO'}"))).contains("applies"));
    assertTrue(note(run(id, v, cand("'birthYear':2005,'education':{'highestLevel':'MBO_2'}"))).contains("does not apply"));
    assertTrue(note(run(id, v, cand("'birthYear':1991,'education':{'highestLevel':'VMBO'}"))).contains("from age 27"));
    passesUnknown(run(id, v, cand("'birthYear':2005")));
    passesUnknown(run(id, v, cand("")));
    passes(run(id, vac("'kind':'REGULAR'"), cand("'birthYear':1991")));
  }

  @Test
  void ladderStepThreeIsSplitAsTheOrdinanceDoes() {
    String id = "ladder.kind";
    Vacancy paid = vac("'kind':'REGULAR'");
    fails(run(id, paid, cand("'participation':{'ladderStep':2}")));
    fails(run(id, paid, cand("'participation':{'ladderStep':3,'stepPart':'LOWER'}")));
    fails(run(id, paid, cand("'participation':{'ladderStep':3}")));                 // part unknown: read as lower
    passes(run(id, paid, cand("'participation':{'ladderStep':3,'stepPart':'UPPER'}")));
    passes(run(id, paid, cand("'participation':{'ladderStep':4}")));
    fails(run(id, vac("'kind':'VRIJWILLIGERSWERK'"), cand("'participation':{'ladderStep':5}")));
    passes(run(id, vac("'kind':'VRIJWILLIGERSWERK'"), cand("'participation':{'ladderStep':3,'stepPart':'UPPER'}")));
  }

  @Test
  void routeGatesTwoCombinationsAndNotesTheRest() {
    String id = "route.kind";
    fails(run(id, vac("'kind':'REGULAR'"), cand("'participation':{'route':'PARTICIPATIE'}")));
    fails(run(id, vac("'kind':'VRIJWILLIGERSWERK'"), cand("'participation':{'route':'WERKNEMER'}")));
    fails(run(id, vac("'kind':'PARTICIPATIEPLAATS'"), cand("'participation':{'route':'WERKNEMER'}")));
    assertNull(((RuleResult.Pass) run(id, vac("'kind':'STAGE'"), cand("'participation':{'route':'ONDERWIJS'}"))).note());
    assertTrue(note(run(id, vac("'kind':'REGULAR'"), cand("'participation':{'route':'ONDERWIJS'}"))).startsWith("off the agreed route"));
    passes(run(id, vac("'kind':'VRIJWILLIGERSWERK'"), cand("'participation':{'route':'ONDERNEMER'}")));
    passesUnknown(run(id, vac("'kind':'REGULAR'"), cand("")));
  }

  @Test
  void workObligationExemptionOffersOnlyVoluntaryAndEducationCombiningPlaces() {
    String id = "plan.work-obligation-exemption";
    String exempt = "'participation':{'workObligationExemption':{'reason':'SINGLE_PARENT_EDUCATION','from':'2025-09-01','until':'2028-02-29'}}";
    RuleResult.Fail regular = fails(run(id, vac("'kind':'REGULAR'"), cand(exempt)));
    assertTrue(regular.reason().in(nl.werkmatch.text.Phrase.ENGLISH).contains("2028-02-29"), regular.reason().toString());
    fails(run(id, vac("'kind':'PARTICIPATIEPLAATS'"), cand(exempt)));
    assertTrue(note(run(id, vac("'kind':'STAGE'"), cand(exempt))).contains("ontheffing arbeidsplicht"));
    assertTrue(note(run(id, vac("'kind':'LEERWERKPLEK'"), cand(exempt))).contains("education"));
    assertTrue(note(run(id, vac("'kind':'VRIJWILLIGERSWERK'"), cand(exempt))).contains("voluntary"));
    String ended = "'participation':{'workObligationExemption':{'reason':'OTHER','until':'2026-01-31'}}";
    assertTrue(note(run(id, vac("'kind':'REGULAR'"), cand(ended))).contains("applies again"));
    String later = "'participation':{'workObligationExemption':{'reason':'OTHER','from':'2027-03-01'}}";
    passes(run(id, vac("'kind':'REGULAR'"), cand(later)));
    passes(run(id, vac("'kind':'REGULAR'"), cand("")));
  }

  @Test
  void beschutWerkIndicationKeepsMarketPlacesOff() {
    String id = "plan.beschut-werk";
    String indicated = "'targetGroups':['BESCHUT_WERK_INDICATIE']";
    for (String kind : List.of("REGULAR", "GARANTIEBAAN", "DETACHERING", "PROEFPLAATSING")) {
      fails(run(id, vac("'kind':'" + kind + "'"), cand(indicated)));
      passes(run(id, vac("'kind':'" + kind + "'"), cand("'targetGroups':['DOELGROEPREGISTER']")));
    }
    assertTrue(note(run(id, vac("'kind':'BESCHUT_WERK'"), cand(indicated))).contains("beschut werk"));
    passes(run(id, vac("'kind':'WERKERVARINGSPLAATS'"), cand(indicated)));
    passes(run(id, vac("'kind':'REGULAR'"), cand("")));
  }

  @Test
  void notYetReadyFollowsThePlan() {
    String id = "plan.not-yet-ready";
    String plan = "'participation':{'notYetReadyFor':['PARTICIPATIEPLAATS']}";
    fails(run(id, vac("'kind':'PARTICIPATIEPLAATS'"), cand(plan)));
    passes(run(id, vac("'kind':'VRIJWILLIGERSWERK'"), cand(plan)));
    passes(run(id, vac("'kind':'PARTICIPATIEPLAATS'"), cand("")));
  }

  @Test
  void hoursReachOnABuildUpPath() {
    String id = "hours.availability";
    String path = "'availability':{'maxHours':16,'buildUpHours':[2,8,16,24]}";
    assertTrue(note(run(id, vac("'minHours':20,'maxHours':24"), cand(path))).contains("opbouw"));
    RuleResult.Fail beyond = fails(run(id, vac("'minHours':32"), cand(path)));
    assertEquals("vacancy minHours 32 > availability build-up path end 24", beyond.data());
    fails(run(id, vac("'minHours':20"), cand("'availability':{'maxHours':16}")));
    passes(run(id, vac("'minHours':12"), cand("'availability':{'maxHours':16}")));
  }

  private static String note(RuleResult r) {
    assertTrue(r instanceof RuleResult.Pass p && !p.unknown() && p.note() != null, () -> "expected a pass with a note, got " + r);
    return ((RuleResult.Pass) r).note().in(nl.werkmatch.text.Phrase.ENGLISH);
  }

  @Test
  void proefplaatsingPerspectief() {
    String id = "kind.proefplaatsing-perspectief";
    passes(run(id, vac("'kind':'PROEFPLAATSING','jobProspect':true"), cand("")));
    fails(run(id, vac("'kind':'PROEFPLAATSING','jobProspect':false"), cand("")));
    passesUnknown(run(id, vac("'kind':'PROEFPLAATSING'"), cand("")));
    passes(run(id, vac("'kind':'REGULAR','jobProspect':false"), cand("")));
  }

  @Test
  void proefplaatsingDuur() {
    String id = "kind.proefplaatsing-duur";
    RuleSet enschede = new RuleSet(PolicyConfig.bundled("Enschede"));
    RuleSet hengelo = new RuleSet(PolicyConfig.bundled("Hengelo"));
    Vacancy three = vac("'kind':'PROEFPLAATSING','contractMonths':3");
    passes(run(enschede, id, vac("'kind':'PROEFPLAATSING','contractMonths':2"), cand(""), null, Audience.INTERNAL));
    RuleResult.Fail f = fails(run(enschede, id, three, cand(""), null, Audience.INTERNAL));
    assertEquals("3 months > 2 months", f.data());
    passes(run(hengelo, id, three, cand(""), null, Audience.INTERNAL));
    RuleResult.Pass noMax = assertInstanceOf(RuleResult.Pass.class, run(id, three, cand("")));
    assertTrue(noMax.note().en().contains("no proefplaatsing maximum"));
    passesUnknown(run(enschede, id, vac("'kind':'PROEFPLAATSING'"), cand(""), null, Audience.INTERNAL));
  }

  @Test
  void ladderKind() {
    String id = "ladder.kind";
    Candidate step2 = cand("'participation':{'ladderStep':2}");
    Candidate step6 = cand("'participation':{'ladderStep':6}");
    fails(run(id, vac("'kind':'REGULAR'"), step2));
    passes(run(id, vac("'kind':'PARTICIPATIEPLAATS'"), step2));
    passes(run(id, vac("'kind':'BESCHUT_WERK'"), step2));
    fails(run(id, vac("'kind':'PARTICIPATIEPLAATS'"), step6));
    passes(run(id, vac("'kind':'REGULAR'"), step6));
    passes(run(id, vac("'kind':'REGULAR'"), cand("'participation':{'ladderStep':4}")));
    passesUnknown(run(id, vac("'kind':'REGULAR'"), cand("")));
    passesUnknown(run(id, vac(""), step2));
  }

  @Test
  void routeKind() {
    String id = "route.kind";
    fails(run(id, vac("'kind':'REGULAR'"), cand("'participation':{'route':'PARTICIPATIE'}")));
    passes(run(id, vac("'kind':'VRIJWILLIGERSWERK'"), cand("'participation':{'route':'PARTICIPATIE'}")));
    passes(run(id, vac("'kind':'REGULAR'"), cand("'participation':{'route':'WERKNEMER'}")));
    passesUnknown(run(id, vac("'kind':'REGULAR'"), cand("")));
  }

  @Test
  void displacement() {
    String id = "displacement.origin";
    fails(run(id, vac("'kind':'WERKERVARINGSPLAATS','origin':'REDUNDANCY'"), cand("")));
    passes(run(id, vac("'kind':'WERKERVARINGSPLAATS','origin':'NEW_POSITION'"), cand("")));
    passes(run(id, vac("'kind':'PARTICIPATIEPLAATS','origin':'RETIREMENT'"), cand("")));
    failsNotRecorded(run(id, vac("'kind':'PROEFPLAATSING'"), cand("")));
    failsNotRecorded(run(id, vac("'kind':'STAGE','origin':'UNKNOWN'"), cand("")));
    passes(run(id, vac("'kind':'REGULAR','origin':'REDUNDANCY'"), cand("")));
  }

  @Test
  void travelCeiling() {
    String id = "travel.ceiling";
    RuleSet d = RuleSet.defaults();
    Vacancy v = vac("");
    RuleResult.Fail own = fails(run(d, id, v, cand("'travel':{'maxTravelMinutes':45}"), 60, Audience.INTERNAL));
    assertEquals("travel 60 min one way > own limit 45 min", own.data());
    RuleResult.Fail statutory = fails(run(d, id, v, cand("'travel':{'maxTravelMinutes':120}"), 95, Audience.INTERNAL));
    assertTrue(statutory.data().endsWith("> 90 min"), statutory.data());
    passes(run(d, id, v, cand("'travel':{'maxTravelMinutes':120}"), 90, Audience.INTERNAL));
    passesUnknown(run(d, id, v, cand(""), 80, Audience.INTERNAL));
    fails(run(d, id, v, cand(""), 91, Audience.INTERNAL));
    passesUnknown(run(d, id, v, cand("'travel':{'maxTravelMinutes':30}"), null, Audience.INTERNAL));
    RuleSet wide = new RuleSet(new PolicyConfig("X", null, null, null, null, null, 240));
    passes(run(wide, id, v, cand("'travel':{'maxTravelMinutes':120}"), 110, Audience.INTERNAL));
  }

  @Test
  void hoursAvailability() {
    String id = "hours.availability";
    fails(run(id, vac("'minHours':32"), cand("'availability':{'maxHours':24}")));
    passes(run(id, vac("'minHours':20"), cand("'availability':{'maxHours':24}")));
    passesUnknown(run(id, vac("'minHours':20"), cand("")));
    passesUnknown(run(id, vac(""), cand("'availability':{'maxHours':24}")));
  }

  @Test
  void medicalLimit() {
    String id = "hours.medical-limit";
    RuleResult.Fail f = fails(run(id, vac("'minHours':24"), cand("'availability':{'medicalMaxHours':16}")));
    assertTrue(f.reason().en().contains("medische urenbeperking"));
    passes(run(id, vac("'minHours':12"), cand("'availability':{'medicalMaxHours':16}")));
    passes(run(id, vac("'minHours':40"), cand("'availability':{'maxHours':40}")));
    passesUnknown(run(id, vac("'minHours':40"), cand("")));
    passesUnknown(run(id, vac(""), cand("'availability':{'medicalMaxHours':16}")));
  }

  @Test
  void hoursSchedule() {
    String id = "hours.schedule";
    fails(run(id, vac("'schedule':{'nights':true}"), cand("'availability':{'nights':false}")));
    fails(run(id, vac("'schedule':{'weekends':true,'shifts':true}"), cand("'availability':{'shifts':false}")));
    passes(run(id, vac("'schedule':{'nights':true}"), cand("'availability':{'nights':true}")));
    passes(run(id, vac("'schedule':{'nights':false}"), cand("'availability':{'nights':false}")));
    passesUnknown(run(id, vac("'schedule':{'nights':true}"), cand("")));
    passesUnknown(run(id, vac(""), cand("'availability':{'nights':false}")));
  }

  @Test
  void timeWindows() {
    String id = "hours.time-windows";
    Candidate school = cand("'availability':{'timeWindows':[{'day':'MONDAY','from':'08:30','to':'14:30'},"
        + "{'day':'TUESDAY','from':'08:30','to':'14:30'}]}");
    passes(run(id, vac("'schedule':{'timeWindows':[{'day':'MONDAY','from':'09:00','to':'14:00'}]}"), school));
    fails(run(id, vac("'schedule':{'timeWindows':[{'day':'MONDAY','from':'09:00','to':'17:00'}]}"), school));
    fails(run(id, vac("'schedule':{'timeWindows':[{'day':'FRIDAY','from':'09:00','to':'12:00'}]}"), school));
    fails(run(id, vac("'schedule':{'weekends':true}"), school));
    fails(run(id, vac("'schedule':{'nights':true}"), school));
    passesUnknown(run(id, vac(""), school));
    passesUnknown(run(id, vac("'schedule':{'nights':false}"), school));
    passes(run(id, vac("'schedule':{'timeWindows':[{'day':'FRIDAY','from':'09:00','to':'12:00'}]}"), cand("")));
  }

  @Test
  void limitationConditions() {
    String id = "limitations.conditions";
    Candidate lifting = cand("'limitations':['NO_HEAVY_LIFTING']");
    fails(run(id, vac("'demands':{'conditions':['HEAVY_LIFTING']}"), lifting));
    RuleResult.Fail kg = fails(run(id, vac("'demands':{'liftingKg':20,'conditions':[]}"), lifting));
    assertEquals("NO_HEAVY_LIFTING vs liftingKg 20", kg.data());
    passes(run(id, vac("'demands':{'liftingKg':15,'conditions':['OUTDOOR']}"), lifting));
    fails(run(id, vac("'demands':{'conditions':['COLD']}"), cand("'limitations':['NO_COLD']")));
    passesUnknown(run(id, vac("'demands':{'conditions':['COLD']}"), cand("")));
    passesUnknown(run(id, vac(""), lifting));
    passes(run(id, vac("'demands':{'conditions':['COLD']}"), cand("'limitations':[]")));
  }

  @Test
  void limitationNights() {
    String id = "limitations.night-shifts";
    Candidate c = cand("'limitations':['NO_NIGHT_SHIFTS']");
    fails(run(id, vac("'schedule':{'nights':true}"), c));
    passes(run(id, vac("'schedule':{'nights':false}"), c));
    passesUnknown(run(id, vac(""), c));
    passesUnknown(run(id, vac("'schedule':{'nights':true}"), cand("")));
    passes(run(id, vac("'schedule':{'nights':true}"), cand("'limitations':['NO_COLD']")));
  }

  @Test
  void limitationCustomerContact() {
    String id = "limitations.customer-contact";
    Candidate c = cand("'limitations':['LIMITED_CUSTOMER_CONTACT']");
    fails(run(id, vac("'demands':{'customerContact':4}"), c));
    passes(run(id, vac("'demands':{'customerContact':3}"), c));
    passesUnknown(run(id, vac(""), c));
    passesUnknown(run(id, vac("'demands':{'customerContact':5}"), cand("")));
  }

  @Test
  void sectorRefused() {
    String id = "sector.refused";
    fails(run(id, vac("'sector':'HORECA'"), cand("'refusedSectors':['HORECA']")));
    passes(run(id, vac("'sector':'ZORG'"), cand("'refusedSectors':['HORECA']")));
    passesUnknown(run(id, vac("'sector':'ZORG'"), cand("")));
    passesUnknown(run(id, vac(""), cand("'refusedSectors':['HORECA']")));
  }

  @Test
  void startDate() {
    String id = "start.date";
    Candidate may = cand("'availability':{'startDate':'2026-05-01'}");
    fails(run(id, vac("'startDate':'2026-04-01'"), may));
    passes(run(id, vac("'startDate':'2026-05-01'"), may));
    fails(run(id, vac("'closingDate':'2026-04-15'"), may));
    passes(run(id, vac("'closingDate':'2026-06-15'"), may));
    passesUnknown(run(id, vac(""), may));
    passesUnknown(run(id, vac("'startDate':'2026-04-01'"), cand("")));
  }

  @Test
  void employerConsent() {
    String id = "consent.employer";
    RuleSet d = RuleSet.defaults();
    Vacancy v = vac("");
    passes(run(d, id, v, cand("'employerConsent':true"), null, Audience.EMPLOYER));
    fails(run(d, id, v, cand("'employerConsent':false"), null, Audience.EMPLOYER));
    failsNotRecorded(run(d, id, v, cand(""), null, Audience.EMPLOYER));
    passes(run(d, id, v, cand(""), null, Audience.INTERNAL));
    passes(run(d, id, v, cand("'employerConsent':false"), null, Audience.INTERNAL));
  }

  @Test
  void everyRuleHasIdDescriptionAndSource() {
    for (Rule r : RuleSet.defaults().rules()) {
      assertTrue(r.id().matches("[a-z]+\\.[a-z-]+"), r.id());
      assertFalse(r.description().isBlank(), r.id());
      assertFalse(r.source().isBlank(), r.id());
    }
    assertEquals(RuleSet.allRuleIds(), RuleSet.defaults().rules().stream().map(Rule::id).toList());
    assertNull(RuleSet.defaults().rule("no.such-rule"));
  }
}
