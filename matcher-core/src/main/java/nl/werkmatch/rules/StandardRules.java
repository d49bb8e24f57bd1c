package nl.werkmatch.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.werkmatch.model.Availability;
import nl.werkmatch.model.BenefitType;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.FunctionalLimitation;
import nl.werkmatch.model.JobDemands;
import nl.werkmatch.model.LadderStep;
import nl.werkmatch.model.Participation;
import nl.werkmatch.model.Route;
import nl.werkmatch.model.Schedule;
import nl.werkmatch.model.StepPart;
import nl.werkmatch.model.TargetGroup;
import nl.werkmatch.model.TimeWindow;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.VacancyKind;
import nl.werkmatch.model.VacancyOrigin;
import nl.werkmatch.model.WorkCondition;
import nl.werkmatch.text.Phrase;

/**
 * The standard rules in their fixed order. Fairness: no rule reads sex, nationality or municipality of residence;
 * age is read only by {@link Participatieplaats}, {@link Leerwerkplek} and {@link LeerwerktrajectSupport} (which
 * never refuses); benefit type only by {@link Participatieplaats}.
 */
final class StandardRules {
  private StandardRules() {}

  private static final List<String> IDS = List.of(
      Beschut.ID, Doelgroepregister.ID, Participatieplaats.ID, Leerwerkplek.ID, LeerwerktrajectSupport.ID,
      ProefplaatsingPerspectief.ID, ProefplaatsingDuur.ID, LadderKind.ID, RouteKind.ID, WorkObligationExemption.ID,
      BeschutWerkPlan.ID, NotYetReady.ID, Displacement.ID, Travel.ID, HoursAvailability.ID,
      MedicalLimit.ID, HoursSchedule.ID, TimeWindows.ID, LimitationConditions.ID, LimitationNights.ID,
      LimitationCustomerContact.ID, SectorRefused.ID, StartDate.ID, EmployerConsent.ID);

  /** All standard rule ids, in rule order. */
  static List<String> ids() {
    return IDS;
  }

  /** All standard rules for a configuration, in rule order (disabled ones included). */
  static List<Rule> all(PolicyConfig policy) {
    List<Rule> rules = List.of(new Beschut(), new Doelgroepregister(), new Participatieplaats(), new Leerwerkplek(),
        new LeerwerktrajectSupport(), new ProefplaatsingPerspectief(), new ProefplaatsingDuur(policy), new LadderKind(),
        new RouteKind(), new WorkObligationExemption(), new BeschutWerkPlan(), new NotYetReady(),
            new Displacement(), new Travel(policy), new HoursAvailability(), new MedicalLimit(), new HoursSchedule(),
        new TimeWindows(), new LimitationConditions(), new LimitationNights(), new LimitationCustomerContact(),
        new SectorRefused(), new StartDate(), new EmployerConsent());
    for (int i = 0; i < rules.size(); i++) {
      if (!rules.get(i).id().equals(IDS.get(i))) {
        throw new IllegalStateException("rule order mismatch at " + i);
      }
    }
    return rules;
  }

  // ---- vacancy kind against target group ----

  static final class Beschut extends BaseRule {
    static final String ID = "kind.beschut-indicatie";

    Beschut() {
      super(ID, "A beschut-werk place needs a UWV indication for beschut werk",
          "Participatiewet art. 10b; Hengelo Re-integratieverordening art. 9 (004_10b637e84856b5a7.txt:70-76)");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      if (in.vacancy().kind() != VacancyKind.BESCHUT_WERK) {
        return pass();
      }
      Candidate c = in.candidate();
      if (c.targetGroups() == null) {
        return notRecorded(Phrase.of("een beschut-werkplek vraagt een indicatie beschut werk",
            "a beschut-werk place needs a beschut-werk indication (indicatie beschut werk)"),
            "targetGroups absent");
      }
      if (!c.inTargetGroup(TargetGroup.BESCHUT_WERK_INDICATIE)) {
        return notRecorded(Phrase.of("een beschut-werkplek vraagt een indicatie beschut werk",
            "a beschut-werk place needs a beschut-werk indication (indicatie beschut werk)"),
            "targetGroups without BESCHUT_WERK_INDICATIE");
      }
      return pass();
    }
  }

  static final class Doelgroepregister extends BaseRule {
    static final String ID = "kind.doelgroepregister";

    Doelgroepregister() {
      super(ID, "A garantiebaan is for people in the doelgroepregister of the banenafspraak",
          "Wet banenafspraak en quotum arbeidsbeperkten (doelgroepregister, UWV); docs/domain.md: The "
              + "instruments and their gates");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      if (in.vacancy().kind() != VacancyKind.GARANTIEBAAN) {
        return pass();
      }
      Candidate c = in.candidate();
      if (!c.inTargetGroup(TargetGroup.DOELGROEPREGISTER)) {
        return notRecorded(Phrase.of("een garantiebaan vraagt inschrijving in het doelgroepregister "
            + "(banenafspraak)", "a garantiebaan needs registration in the doelgroepregister (banenafspraak)"),
            c.targetGroups() == null ? "targetGroups absent" : "targetGroups without DOELGROEPREGISTER");
      }
      return pass();
    }
  }

  static final class Participatieplaats extends BaseRule {
    static final String ID = "kind.participatieplaats";

    Participatieplaats() {
      super(ID, "A participatieplaats is for people aged 27 or over on bijstand, where it suits their distance to "
              + "the labour market (not on ladder step 1)",
          "Participatiewet art. 10a; Almelo beleid Participatieplaats: 27 jaar of ouder, algemene bijstand, "
              + "'voor zover "
              + "dit gezien zijn afstand tot de arbeidsmarkt passend is', werknemersvaardigheden towards a regular job "
              + "(000_6179c31e463332af.txt:2103-2115); Hengelo Re-integratieverordening art. 8 "
                  + "(004_10b637e84856b5a7.txt:326)");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      if (in.vacancy().kind() != VacancyKind.PARTICIPATIEPLAATS) {
        return pass();
      }
      Candidate c = in.candidate();
      Integer age = c.ageIn(in.today());
      if (age == null) {
        return notRecorded(Phrase.of("een participatieplaats vraagt een leeftijd van 27 jaar of ouder",
            "a participatieplaats needs age 27 or over (leeftijd)"), "birthYear absent");
      }
      if (age < 27) {
        return fail(Phrase.of("een participatieplaats vraagt een leeftijd van 27 jaar of ouder",
            "a participatieplaats needs age 27 or over (leeftijd)"), "age " + age + " in " + in.today().getYear());
      }
      if (c.benefit() == null) {
        return notRecorded(Phrase.of("een participatieplaats vraagt een bijstandsuitkering (algemene bijstand)",
            "a participatieplaats needs a bijstand benefit (algemene bijstand)"), "benefit absent");
      }
      if (c.benefit() != BenefitType.BIJSTAND) {
        return fail(Phrase.of("een participatieplaats vraagt een bijstandsuitkering (algemene bijstand)",
            "a participatieplaats needs a bijstand benefit (algemene bijstand)"), "benefit " + c.benefit());
      }
      LadderStep step = c.participation() == null ? null : c.participation().ladderStep();
      if (step == null) {
        return unknown(Phrase.of(nl -> nl ? "trede op de participatieladder niet vastgelegd; een "
            + "participatieplaats moet passen bij de afstand tot de arbeidsmarkt"
            : "ladder step not recorded; a participatieplaats must suit the distance to the labour market "
            + "(afstand tot de arbeidsmarkt)"));
      }
      if (step.number() == 1) {
        return fail(Phrase.of(nl -> nl ? "een participatieplaats (werknemersvaardigheden op weg naar regulier "
            + "werk) past niet bij iemand die geïsoleerd op trede 1 staat (afstand tot de arbeidsmarkt)"
            : "a participatieplaats (werknemersvaardigheden towards a regular job) does not suit someone who is "
            + "isolated on ladder step 1 (afstand tot de arbeidsmarkt)"), "ladderStep 1");
      }
      return pass();
    }
  }

  static final class Leerwerkplek extends BaseRule {
    static final String ID = "kind.leerwerkplek";

    Leerwerkplek() {
      super(ID, "A leerwerkplek or BBL place is open from age 16 (the end of full-time compulsory schooling); "
              + "there is no upper age for the place itself",
          "BBL as a route for participatiegroep 2 without an age limit (000_6179c31e463332af.txt:1838); the age "
              + "window of 000_6179c31e463332af.txt:2167-2185 limits the municipality's support, see "
              + "support.leerwerktraject");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      if (in.vacancy().kind() != VacancyKind.LEERWERKPLEK) {
        return pass();
      }
      Integer age = in.candidate().ageIn(in.today());
      if (age == null) {
        return unknown(Phrase.of("leeftijd niet vastgelegd (birthYear); een leerwerkplek staat open vanaf 16 "
            + "jaar", "age not recorded (birthYear); a leerwerkplek is open from age 16"));
      }
      if (age < 16) {
        return fail(Phrase.of("een leerwerkplek staat open vanaf 16 jaar (leerplicht)",
            "a leerwerkplek is open from age 16 (leerplicht)"), "age " + age + " in " + in.today().getYear());
      }
      return pass();
    }
  }

  /**
   * Never refuses: it states whether the municipality can support the person's leerwerktraject (ages 16-17
   * still in compulsory education, or 18 to under 27 without a startkwalificatie). The place stays open
   * outside the window (see {@link Leerwerkplek}); only the municipality's support does not apply.
   */
  static final class LeerwerktrajectSupport extends BaseRule {
    static final String ID = "support.leerwerktraject";

    LeerwerktrajectSupport() {
      super(ID, "States whether the municipality's support for a leerwerktraject applies: ages 16-17, or 18 to "
              + "under 27 without a startkwalificatie (a note, never a refusal)",
          "Almelo beleid Ondersteuning bij leerwerktrajecten (000_6179c31e463332af.txt:2167-2185); Hengelo "
              + "Re-integratieverordening art. 10 (004_10b637e84856b5a7.txt:398-405)");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      if (in.vacancy().kind() != VacancyKind.LEERWERKPLEK) {
        return pass();
      }
      Candidate c = in.candidate();
      Integer age = c.ageIn(in.today());
      if (age == null) {
        return unknown(Phrase.of(nl -> nl ? "leeftijd niet vastgelegd, dus of de gemeente het leerwerktraject "
            + "ondersteunt (ondersteuning bij leerwerktraject: 16-17, of 18-26 zonder startkwalificatie) is open"
            : "age not recorded, so whether the municipality supports the leerwerktraject "
            + "(ondersteuning bij leerwerktraject: 16-17, or 18-26 without startkwalificatie) is open"));
      }
      if (age < 16) {
        return pass();
      }
      if (age <= 17) {
        return pass(Phrase.of(nl -> nl ? "de gemeente ondersteunt het leerwerktraject (ondersteuning bij "
            + "leerwerktraject, leeftijd " + age + ", leerplichtig)"
            : "municipal support for the leerwerktraject applies (ondersteuning bij leerwerktraject, age "
            + age + ", leerplichtig)"));
      }
      if (age >= 27) {
        return pass(Phrase.of(nl -> nl ? "de plek staat open, maar de ondersteuning bij leerwerktraject van de "
            + "gemeente geldt niet vanaf 27 jaar (16-17, of 18-26 zonder startkwalificatie; leeftijd " + age + ")"
            : "the place is open, but municipal support for the leerwerktraject does not apply from age 27 "
            + "(ondersteuning bij leerwerktraject: 16-17, or 18-26 without startkwalificatie; age " + age + ")"));
      }
      Boolean sk = c.education() == null ? null : c.education().hasStartkwalificatie();
      if (sk == null) {
        return unknown(Phrase.of(nl -> nl ? "startkwalificatie niet vastgelegd; op " + age + " jaar geldt de "
            + "ondersteuning bij leerwerktraject alleen zonder startkwalificatie"
            : "startkwalificatie not recorded; at age " + age + " municipal support for the leerwerktraject "
            + "(ondersteuning bij leerwerktraject) needs its absence"));
      }
      if (sk) {
        return pass(Phrase.of(nl -> nl ? "de plek staat open, maar de ondersteuning bij leerwerktraject van de "
            + "gemeente geldt niet: leeftijd " + age + " met een startkwalificatie"
            : "the place is open, but municipal support for the leerwerktraject does not apply: age " + age
            + " with a startkwalificatie (ondersteuning bij leerwerktraject)"));
      }
      return pass(Phrase.of(nl -> nl ? "de gemeente ondersteunt het leerwerktraject (ondersteuning bij "
          + "leerwerktraject, leeftijd " + age + ", geen startkwalificatie)"
            : "municipal support for the leerwerktraject applies (ondersteuning bij leerwerktraject, age " + age
          + ", no startkwalificatie)"));
    }
  }

  static final class ProefplaatsingPerspectief extends BaseRule {
    static final String ID = "kind.proefplaatsing-perspectief";

    ProefplaatsingPerspectief() {
      super(ID, "A proefplaatsing needs a concrete job prospect at its end",
          "Enschede beleid Proefplaatsingen: 'sprake moet zijn van een concreet baanperspectief' "
              + "(002_d36fd6255563bf6c.txt:1078-1081)");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      Vacancy v = in.vacancy();
      if (v.kind() != VacancyKind.PROEFPLAATSING) {
        return pass();
      }
      if (v.jobProspect() == null) {
        return unknown(Phrase.of("baanperspectief van de proefplaatsing niet vastgelegd (vacancy.jobProspect)",
            "job prospect (baanperspectief) of the proefplaatsing not recorded (vacancy.jobProspect)"));
      }
      if (!v.jobProspect()) {
        return fail(Phrase.of("een proefplaatsing vraagt een concreet baanperspectief",
            "a proefplaatsing needs a concrete job prospect (concreet baanperspectief)"), "jobProspect false");
      }
      return pass();
    }
  }

  static final class ProefplaatsingDuur extends BaseRule {
    static final String ID = "kind.proefplaatsing-duur";
    private final PolicyConfig policy;

    ProefplaatsingDuur(PolicyConfig policy) {
      super(ID, "A proefplaatsing may not last longer than the municipality's maximum",
          "Enschede beleid Proefplaatsingen: maximaal twee maanden (002_d36fd6255563bf6c.txt:1084); Hengelo: 3 "
              + "months (docs/domain.md: "
              + "The instruments and their gates); PolicyConfig.proefplaatsingMaxMonths");
      this.policy = policy;
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      Vacancy v = in.vacancy();
      if (v.kind() != VacancyKind.PROEFPLAATSING) {
        return pass();
      }
      Integer max = policy.proefplaatsingMaxMonths();
      if (max == null) {
        return pass(Phrase.of(nl -> nl ? "geen maximale duur proefplaatsing ingesteld voor " + policy.municipality()
            : "no proefplaatsing maximum configured for " + policy.municipality()));
      }
      if (v.contractMonths() == null) {
        return unknown(Phrase.of("duur van de proefplaatsing niet vastgelegd (vacancy.contractMonths)",
            "length of the proefplaatsing not recorded (vacancy.contractMonths)"));
      }
      if (v.contractMonths() > max) {
        return fail(Phrase.of(nl -> nl ? "de proefplaatsing duurt langer dan " + policy.municipality() + " "
            + "toestaat (maximale duur proefplaatsing)"
            : "the proefplaatsing is longer than " + policy.municipality() + " allows (maximale duur proefplaatsing)"),
            v.contractMonths() + " months > " + max + " months");
      }
      return pass();
    }
  }

  // ---- ladder step and route against vacancy kind (gate, never rank) ----

  private static final Set<VacancyKind> PAID_MARKET = EnumSet.of(VacancyKind.REGULAR, VacancyKind.GARANTIEBAAN,
      VacancyKind.DETACHERING, VacancyKind.PROEFPLAATSING);
  private static final Set<VacancyKind> PARTICIPATION_ONLY = EnumSet.of(VacancyKind.PARTICIPATIEPLAATS,
      VacancyKind.VRIJWILLIGERSWERK);

  static final class LadderKind extends BaseRule {
    static final String ID = "ladder.kind";

    LadderKind() {
      super(ID, "A large distance to the labour market (ladder steps 1, 2 and lower 3) points to participation "
              + "kinds, steps 5-6 to paid work (gate, never rank)",
          "Hengelo Re-integratieverordening art. 1: 'grote afstand tot de arbeidsmarkt: trede 1, 2 of onderkant 3' "
              + "(004_10b637e84856b5a7.txt:218-220); participatieladder 'a help, not a label' "
              + "(001_9a8395ceee984767.txt:2281)");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      VacancyKind kind = in.vacancy().kind();
      Participation plan = in.candidate().participation();
      LadderStep step = plan == null ? null : plan.ladderStep();
      if (kind == null) {
        return unknown(Phrase.of("soort plek van de vacature niet vastgelegd", "vacancy kind not recorded"));
      }
      if (step == null) {
        return unknown(Phrase.of("trede op de participatieladder niet vastgelegd",
            "participation ladder step not recorded"));
      }
      int n = step.number();
      if (Boolean.TRUE.equals(plan.largeDistance()) && PAID_MARKET.contains(kind)) {
        return fail(Phrase.of(nl -> nl ? "trede " + stepName(plan) + " is een grote afstand tot de arbeidsmarkt "
            + "(participatieladder): die wijst naar participatie of beschutte plekken, niet naar " + kind
            : "ladder step " + stepName(plan) + " is a large distance to work (grote afstand tot de "
            + "arbeidsmarkt, participatieladder): it points to participation or sheltered places, not to " + kind),
            "ladderStep " + n + (n == 3 ? ", stepPart " + (plan.stepPart() == null ? "absent (read as LOWER)"
                : plan.stepPart()) : "") + ", kind " + kind);
      }
      if (n >= 5 && PARTICIPATION_ONLY.contains(kind)) {
        return fail(Phrase.of(nl -> nl ? "trede " + n + " (kleine afstand tot de arbeidsmarkt, "
            + "participatieladder) wijst naar betaald werk, niet naar " + kind
            : "ladder step " + n + " (short distance to work, participatieladder) points to paid work, not to "
            + kind), "ladderStep " + n + ", kind " + kind);
      }
      if (n == 3 && plan.stepPart() == StepPart.UPPER && PAID_MARKET.contains(kind)) {
        return pass(Phrase.of("bovenkant trede 3 hoort bij trede 4: betaald werk met ondersteuning kan worden "
            + "aangeboden", "upper step 3 (bovenkant trede 3) goes with step 4: paid work with support can be "
                + "offered"));
      }
      return pass();
    }

    private static String stepName(Participation plan) {
      int n = plan.ladderStep().number();
      if (n != 3) {
        return Integer.toString(n);
      }
      return plan.stepPart() == null ? "3 (part not recorded, read as onderkant trede 3)" : "3 (onderkant trede 3)";
    }
  }

  static final class RouteKind extends BaseRule {
    static final String ID = "route.kind";

    RouteKind() {
      super(ID, "The participation route (route participatie) points away from paid market jobs, the employee "
              + "route (route werknemer) away from participation-only places; every route names the kinds it "
                  + "offers first",
          "Routes werknemer / ondernemer / onderwijs / vrijwilliger 'op basis van het te verwachten perspectief' "
              + "(003_54404283cad955a7.txt:462-470, 2033-2043)");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      VacancyKind kind = in.vacancy().kind();
      Route route = in.candidate().participation() == null ? null : in.candidate().participation().route();
      if (kind == null) {
        return unknown(Phrase.of("soort plek van de vacature niet vastgelegd", "vacancy kind not recorded"));
      }
      if (route == null) {
        return unknown(Phrase.of("route niet vastgelegd", "route not recorded"));
      }
      if (route == Route.PARTICIPATIE && PAID_MARKET.contains(kind)) {
        return fail(Phrase.of("de afgesproken route is participatie (route participatie), geen betaalde baan op "
            + "de markt", "the agreed route is participation (route participatie), not a paid market job"), "route "
            + route + ", kind " + kind);
      }
      if (route == Route.WERKNEMER && PARTICIPATION_ONLY.contains(kind)) {
        return fail(Phrase.of(nl -> nl ? "de afgesproken route is betaald werk (route werknemer: 'ondersteund "
            + "bij het krijgen van betaald werk'), geen " + kind
            : "the agreed route is paid work (route werknemer: 'ondersteund bij het krijgen van betaald werk'), "
            + "not a " + kind), "route " + route + ", kind " + kind);
      }
      if (route == Route.ONDERNEMER) {
        return pass();
      }
      String dutch = "route " + route.name().toLowerCase(java.util.Locale.ROOT);
      return route.offersFirst(kind) ? pass()
          : pass(Phrase.of(nl -> nl ? "buiten de afgesproken route (" + dutch + "): " + kind + " komt na de "
              + "soorten plekken die de route eerst biedt"
            : "off the agreed route (" + dutch + "): " + kind + " comes after the kinds it offers first"));
    }
  }

  // ---- the person's plan against the vacancy kind ----

  static final class WorkObligationExemption extends BaseRule {
    static final String ID = "plan.work-obligation-exemption";

    WorkObligationExemption() {
      super(ID, "During an exemption from the work obligation only voluntary places and places combining work with "
              + "education are offered",
          "Ontheffing arbeidsplicht, Wet verbetering arbeidspositie alleenstaande ouders: 1.5 years of education "
              + "without the obligation to accept work (000_6179c31e463332af.txt:1854-1861)");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      Participation plan = in.candidate().participation();
      nl.werkmatch.model.WorkObligationExemption e = plan == null ? null : plan.workObligationExemption();
      if (e == null) {
        return pass();
      }
      VacancyKind kind = in.vacancy().kind();
      String period = "ontheffing arbeidsplicht" + (e.reason() == null ? "" : " (" + e.reason() + ")")
          + (e.until() == null ? ", no end date recorded" : " until " + e.until());
      String periodNl = "ontheffing arbeidsplicht" + (e.reason() == null ? "" : " (" + e.reason() + ")")
          + (e.until() == null ? ", geen einddatum vastgelegd" : " tot " + e.until());
      if (e.endedBefore(in.today())) {
        return pass(Phrase.of(nl -> nl ? "de " + periodNl + " is afgelopen: de arbeidsplicht geldt weer"
            : "the " + period + " has ended: the work obligation applies again"));
      }
      if (!e.appliesOn(in.today())) {
        return pass(Phrase.of(nl -> nl ? "een " + periodNl + " begint op " + e.from()
            : "an " + period + " starts on " + e.from()));
      }
      if (kind == null) {
        return unknown(Phrase.of(nl -> nl ? "soort plek van de vacature niet vastgelegd; de persoon heeft een "
            + "" + periodNl
            : "vacancy kind not recorded; the person has an " + period));
      }
      if (kind == VacancyKind.VRIJWILLIGERSWERK) {
        return pass(Phrase.of(nl -> nl ? "vrijwillige plek tijdens de " + periodNl
            : "voluntary place during the " + period));
      }
      if (Route.combinesEducation(kind)) {
        return pass(Phrase.of(nl -> nl ? "combineert werk met opleiding tijdens de " + periodNl
            : "combines work with education during the " + period));
      }
      return fail(Phrase.of(nl -> nl ? "tijdens de " + periodNl + " worden alleen vrijwillige plekken en "
          + "plekken die werk met opleiding combineren aangeboden, geen " + kind
            : "during the " + period + " only voluntary places and places combining work with education are "
          + "offered, not a " + kind), "workObligationExemption " + (e.from() == null ? "" : e.from() + " ")
          + "to " + (e.until() == null ? "open" : e.until()) + ", kind " + kind);
    }
  }

  static final class BeschutWerkPlan extends BaseRule {
    static final String ID = "plan.beschut-werk";
    /** Places at a regular employer in the open market: not a sheltered setting. */
    private static final Set<VacancyKind> MARKET = EnumSet.of(VacancyKind.REGULAR, VacancyKind.GARANTIEBAAN,
        VacancyKind.DETACHERING, VacancyKind.PROEFPLAATSING);

    BeschutWerkPlan() {
      super(ID, "A person with a beschut-werk indication can work only in a sheltered setting: no regular market "
              + "job, garantiebaan, detachering or proefplaatsing",
          "Hengelo Re-integratieverordening art. 9: 'alleen in een beschutte omgeving onder aangepaste "
              + "omstandigheden' (004_10b637e84856b5a7.txt:336-341)");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      if (!in.candidate().inTargetGroup(TargetGroup.BESCHUT_WERK_INDICATIE)) {
        return pass();
      }
      VacancyKind kind = in.vacancy().kind();
      if (kind == null) {
        return unknown(Phrase.of("soort plek van de vacature niet vastgelegd; de persoon heeft een indicatie "
            + "beschut werk", "vacancy kind not recorded; the person has a beschut-werk indication"));
      }
      if (MARKET.contains(kind)) {
        return fail(Phrase.of(nl -> nl ? "met een indicatie beschut werk is werk alleen mogelijk in een "
            + "beschutte omgeving, niet in een " + kind
            : "with a beschut-werk indication (indicatie beschut werk) work is possible only in a sheltered "
            + "setting (beschutte omgeving), not in a " + kind), "targetGroups BESCHUT_WERK_INDICATIE, kind " + kind);
      }
      if (kind == VacancyKind.BESCHUT_WERK) {
        return pass(Phrase.of(nl -> nl ? "beschut werk past bij de indicatie beschut werk; de plek gaat volgens "
            + "de wachtlijst"
            : "beschut werk fits the indication (indicatie beschut werk); the place goes by the waiting "
            + "list (wachtlijst)"));
      }
      return pass();
    }
  }

  static final class NotYetReady extends BaseRule {
    static final String ID = "plan.not-yet-ready";

    NotYetReady() {
      super(ID, "No kind of place the person's plan says they are not yet ready for",
          "The plan sets the next step: Emina, 'het nog heel lang kan duren voor ... ze naar een "
              + "participatieplaats zou kunnen' (000_6179c31e463332af.txt:1938-1939)");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      Participation plan = in.candidate().participation();
      VacancyKind kind = in.vacancy().kind();
      if (plan == null || plan.notYetReadyFor() == null || plan.notYetReadyFor().isEmpty()) {
        return pass();
      }
      if (kind == null) {
        return unknown(Phrase.of("soort plek van de vacature niet vastgelegd; het plan noemt plekken waar de "
            + "persoon nog niet aan toe is", "vacancy kind not recorded; the plan names kinds the person is not "
                + "yet ready for"));
      }
      if (plan.notYetReadyFor().contains(kind)) {
        return fail(Phrase.of(nl -> nl ? "volgens het plan van aanpak is de persoon nog niet toe aan een " + kind
            : "the person's plan says they are not yet ready for a " + kind + " (plan van aanpak)"),
            "notYetReadyFor " + plan.notYetReadyFor() + ", kind " + kind);
      }
      return pass();
    }
  }

  // ---- displacement ----

  static final class Displacement extends BaseRule {
    static final String ID = "displacement.origin";

    Displacement() {
      super(ID, "Subsidised and unpaid placements only on vacancies that did not arise from redundancy",
          "Hengelo Re-integratieverordening toelichting art. 4 'Geen verdringing' "
              + "(004_10b637e84856b5a7.txt:683-697); Almelo beleid "
              + "(000_6179c31e463332af.txt:1223); docs/domain.md: The instruments and their gates");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      Vacancy v = in.vacancy();
      if (v.kind() == null || !v.kind().isSubsidisedOrUnpaidPlacement()) {
        return pass();
      }
      VacancyOrigin origin = v.origin();
      if (origin == null || origin == VacancyOrigin.UNKNOWN) {
        return notRecorded(Phrase.of(nl -> nl ? "een plaatsing als " + v.kind() + " vraagt dat de herkomst van "
            + "de vacature vaststaat, om verdringing uit te sluiten"
            : "a " + v.kind() + " placement needs the vacancy's origin established to rule out "
            + "displacement (verdringing)"), "origin " + (origin == null ? "absent" : origin));
      }
      if (!origin.allowsSubsidisedPlacement()) {
        return fail(Phrase.of(nl -> nl ? "de vacature is ontstaan door " + origin + " (afvloeiing); een "
            + "plaatsing als " + v.kind() + " zou daar regulier werk verdringen (verdringing)"
            : "the vacancy arose from " + origin + " (afvloeiing); a " + v.kind()
            + " placement there would displace regular work (verdringing)"), "origin " + origin + ", kind " + v.kind());
      }
      return pass();
    }
  }

  // ---- travel ----

  static final class Travel extends BaseRule {
    static final String ID = "travel.ceiling";
    private final PolicyConfig policy;

    Travel(PolicyConfig policy) {
      super(ID, "Travel one way within the person's own limit and the statutory 3 hours a day round trip",
          "Participatiewet art. 9 (algemeen geaccepteerde arbeid; up to 3 hours travel a day is the accepted "
              + "norm); docs/domain.md: The instruments and their gates");
      this.policy = policy;
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      Integer minutes = in.travelMinutesOneWay();
      if (minutes == null) {
        return unknown(Phrase.of("reistijd niet geschat", "travel time not estimated"));
      }
      int statutory = policy.travelCeilingMinutesPerDay() / 2;
      Integer own = in.candidate().travel() == null ? null : in.candidate().travel().maxTravelMinutes();
      if (own != null && minutes > own) {
        return fail(Phrase.of("de reistijd is langer dan de eigen grens van de persoon (maximale reistijd)",
            "travel exceeds the person's own limit (maximale reistijd)"),
            "travel " + minutes + " min one way > own limit " + own + " min");
      }
      if (minutes > statutory) {
        return fail(Phrase.of(nl -> nl ? "de reistijd is langer dan de wettelijke grens van "
            + "" + policy.travelCeilingMinutesPerDay() + " min per dag heen en terug (reistijd)"
            : "travel exceeds the statutory ceiling of " + policy.travelCeilingMinutesPerDay()
            + " min a day round trip (reistijd)"), "travel " + minutes + " min one way > " + statutory + " min");
      }
      if (own == null) {
        return unknown(Phrase.of(nl -> nl ? "eigen reistijdgrens niet vastgelegd (travel.maxTravelMinutes); de "
            + "wettelijke grens van " + statutory + " min enkele reis toegepast"
            : "own travel limit not recorded (travel.maxTravelMinutes); statutory ceiling "
            + statutory + " min one way applied"));
      }
      return pass();
    }
  }

  // ---- hours ----

  static final class HoursAvailability extends BaseRule {
    static final String ID = "hours.availability";

    HoursAvailability() {
      super(ID, "The vacancy's minimum hours fit within the hours the person can work or reach on a build-up path",
          "Availability in hours per week, with a build-up path (opbouw uren: Hein, from 2 to 8 to 16 hours, next "
              + "24; 000_6179c31e463332af.txt:1893-1901); vacancy hours per week");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      Integer need = in.vacancy().minHours();
      Availability a = in.candidate().availability();
      Integer max = a == null ? null : a.maxHours();
      List<Integer> path = a == null ? null : a.buildUpHours();
      Integer pathEnd = path == null || path.isEmpty() ? null : path.get(path.size() - 1);
      Integer reach = max;
      if (pathEnd != null) {
        reach = max == null ? pathEnd : Integer.valueOf(Math.max(max, pathEnd));
      }
      if (need == null) {
        return unknown(Phrase.of("minimum uren van de vacature niet vastgelegd", "vacancy minimum hours not recorded"));
      }
      if (reach == null) {
        return unknown(Phrase.of("maximum uren van de persoon niet vastgelegd (availability.maxHours)",
            "person's maximum hours not recorded (availability.maxHours)"));
      }
      if (need > reach) {
        return fail(Phrase.of("de vacature vraagt meer uren dan de persoon kan werken (beschikbare uren)",
            "the vacancy needs more hours than the person can work (beschikbare uren)"),
            "vacancy minHours " + need + " > availability " + (pathEnd != null && pathEnd.equals(reach)
                ? "build-up path end " + reach : "maxHours " + reach));
      }
      if (pathEnd != null) {
        return pass(Phrase.of(nl -> nl ? "op het opbouwpad (opbouw uren) "
            + "" + path.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" -> ")) + " "
                + "uur/week zijn de " + need + " uur van de vacature haalbaar"
            : "on the build-up path (opbouw uren) " + path.stream().map(String::valueOf)
            .collect(java.util.stream.Collectors.joining(" -> ")) + " h/week the vacancy's " + need
            + " hours are within reach"));
      }
      return pass();
    }
  }

  static final class MedicalLimit extends BaseRule {
    static final String ID = "hours.medical-limit";

    MedicalLimit() {
      super(ID, "The vacancy's minimum hours respect a medical limit on hours",
          "Medische urenbeperking (docs/domain.md: The person)");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      Integer need = in.vacancy().minHours();
      Availability a = in.candidate().availability();
      if (a == null) {
        return unknown(Phrase.of("beschikbaarheid niet vastgelegd, dus geen medische urenbeperking bekend",
            "availability not recorded, so no medical limit on hours known"));
      }
      Integer limit = a.medicalMaxHours();
      if (limit == null) {
        return pass();
      }
      if (need == null) {
        return unknown(Phrase.of(nl -> nl ? "minimum uren van de vacature niet vastgelegd; medische "
            + "urenbeperking " + limit + " uur/week"
            : "vacancy minimum hours not recorded; medical limit " + limit + " h/week"));
      }
      if (need > limit) {
        return fail(Phrase.of("de vacature vraagt meer uren dan de medische urenbeperking toestaat",
            "the vacancy needs more hours than the medical limit allows (medische urenbeperking)"),
            "vacancy minHours " + need + " > medicalMaxHours " + limit);
      }
      return pass();
    }
  }

  static final class HoursSchedule extends BaseRule {
    static final String ID = "hours.schedule";

    HoursSchedule() {
      super(ID, "Shifts, nights and weekends only for people available for them",
          "docs/domain.md: The person (availability); vacancy schedule");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      Schedule s = in.vacancy().schedule();
      Availability a = in.candidate().availability();
      if (s == null) {
        return unknown(Phrase.of("rooster van de vacature niet vastgelegd", "vacancy schedule not recorded"));
      }
      List<String> clash = new ArrayList<>();
      List<String> open = new ArrayList<>();
      check("shifts", s.shifts(), a == null ? null : a.shifts(), "ploegendienst", clash, open);
      check("nights", s.nights(), a == null ? null : a.nights(), "nachtwerk", clash, open);
      check("weekends", s.weekends(), a == null ? null : a.weekends(), "weekendwerk", clash, open);
      if (!clash.isEmpty()) {
        return fail(Phrase.of(nl -> nl ? "het rooster vraagt werk waarvoor de persoon niet beschikbaar is "
            + "(" + String.join(", ", clash) + ")"
            : "the schedule includes work the person is not available for (" + String.join(", ", clash) + ")"),
            "schedule " + String.join(", ", clash) + " true; availability false");
      }
      if (!open.isEmpty()) {
        return unknown(Phrase.of(nl -> nl ? "beschikbaarheid voor " + String.join(", ", open) + " niet vastgelegd"
            : "availability for " + String.join(", ", open) + " not recorded"));
      }
      return pass();
    }

    private static void check(String name, Boolean required, Boolean available, String dutch, List<String> clash,
        List<String> open) {
      if (!Boolean.TRUE.equals(required)) {
        return;
      }
      if (available == null) {
        open.add(name);
      } else if (!available) {
        clash.add(name + " (" + dutch + ")");
      }
    }
  }

  static final class TimeWindows extends BaseRule {
    static final String ID = "hours.time-windows";
    private static final LocalTime NIGHT_END = LocalTime.of(6, 0);
    private static final LocalTime NIGHT_START = LocalTime.of(22, 0);

    TimeWindows() {
      super(ID, "Working times fall within the person's time windows (e.g. school hours for care duties)",
          "Hengelo: work within school hours for parents (001_9a8395ceee984767.txt:1029); docs/domain.md: The "
              + "person (availability, care duties)");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      Availability a = in.candidate().availability();
      List<TimeWindow> own = a == null ? null : a.timeWindows();
      if (own == null || own.isEmpty()) {
        return pass();
      }
      Schedule s = in.vacancy().schedule();
      if (s == null) {
        return unknown(Phrase.of("werktijden van de vacature niet vastgelegd; de persoon kan alleen binnen "
            + "vaste tijdvensters werken", "vacancy working times not recorded; the person can only work in set "
                + "time windows"));
      }
      if (Boolean.TRUE.equals(s.weekends())
          && own.stream().noneMatch(w -> w.day() == DayOfWeek.SATURDAY || w.day() == DayOfWeek.SUNDAY)) {
        return fail(Phrase.of("het werk omvat weekendwerk buiten de tijdvensters van de persoon (tijdvensters, "
            + "zorgtaken)", "the job includes weekend work outside the person's time windows (tijdvensters, "
                + "zorgtaken)"),
            "schedule weekends true; no Saturday or Sunday window");
      }
      if (Boolean.TRUE.equals(s.nights())
          && own.stream().noneMatch(w -> w.from().isBefore(NIGHT_END) || w.to().isAfter(NIGHT_START))) {
        return fail(Phrase.of("het werk omvat nachtwerk buiten de tijdvensters van de persoon (tijdvensters, "
            + "zorgtaken)", "the job includes night work outside the person's time windows (tijdvensters, zorgtaken)"),
            "schedule nights true; no window before 06:00 or after 22:00");
      }
      if (s.timeWindows() == null || s.timeWindows().isEmpty()) {
        return unknown(Phrase.of("de vacature heeft geen vaste werktijden om met de tijdvensters van de persoon "
            + "te vergelijken", "vacancy has no fixed working times to compare with the person's time windows"));
      }
      for (TimeWindow w : s.timeWindows()) {
        boolean fits = own.stream().anyMatch(o -> o.day() == w.day() && !w.from().isBefore(o.from())
            && !w.to().isAfter(o.to()));
        if (!fits) {
          return fail(Phrase.of("de werktijden vallen buiten de tijdvensters van de persoon (tijdvensters, "
              + "zorgtaken)", "the working times fall outside the person's time windows (tijdvensters, zorgtaken)"),
              "vacancy " + w.day() + " " + w.from() + "-" + w.to() + " not inside any window of the person");
        }
      }
      return pass();
    }
  }

  // ---- functional limitations ----

  static final class LimitationConditions extends BaseRule {
    static final String ID = "limitations.conditions";

    LimitationConditions() {
      super(ID, "No job condition that one of the person's functional limitations rules out",
          "docs/domain.md: The person (functional limitations: the limitation, never the cause); lifting over "
              + "15 kg is heavy lifting");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      List<FunctionalLimitation> lims = in.candidate().limitations();
      JobDemands d = in.vacancy().demands();
      boolean demandsSomething = d != null && ((d.conditions() != null && !d.conditions().isEmpty())
          || (d.liftingKg() != null && d.liftingKg() > 15));
      if (lims == null) {
        return demandsSomething ? unknown(Phrase.of("functionele beperkingen niet vastgelegd",
            "functional limitations not recorded")) : pass();
      }
      boolean relevant = lims.stream().anyMatch(l -> l.rulesOut() != null);
      if (!relevant) {
        return pass();
      }
      if (d == null) {
        return unknown(Phrase.of("functie-eisen niet vastgelegd; de persoon heeft functionele beperkingen",
            "job demands not recorded; the person has functional limitations"));
      }
      List<String> hits = new ArrayList<>();
      for (FunctionalLimitation l : lims) {
        WorkCondition c = l.rulesOut();
        if (c == null) {
          continue;
        }
        if (d.conditions() != null && d.conditions().contains(c)) {
          hits.add(l + " vs " + c);
        } else if (l == FunctionalLimitation.NO_HEAVY_LIFTING && d.liftingKg() != null && d.liftingKg() > 15) {
          hits.add(l + " vs liftingKg " + d.liftingKg());
        }
      }
      if (!hits.isEmpty()) {
        return fail(Phrase.of("het werk vraagt wat een functionele beperking uitsluit (functionele beperking)",
            "the job demands what a functional limitation rules out (functionele beperking)"),
            String.join("; ", hits));
      }
      if (d.conditions() == null) {
        return unknown(Phrase.of("werkomstandigheden niet vastgelegd; de persoon heeft functionele beperkingen",
            "job conditions not recorded; the person has functional limitations"));
      }
      return pass();
    }
  }

  static final class LimitationNights extends BaseRule {
    static final String ID = "limitations.night-shifts";

    LimitationNights() {
      super(ID, "No night work for a person with the limitation NO_NIGHT_SHIFTS",
          "docs/domain.md: The person (functional limitations)");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      List<FunctionalLimitation> lims = in.candidate().limitations();
      Schedule s = in.vacancy().schedule();
      Boolean nights = s == null ? null : s.nights();
      if (lims == null) {
        return Boolean.TRUE.equals(nights) ? unknown(Phrase.of("functionele beperkingen niet vastgelegd; het "
            + "werk omvat nachtwerk", "functional limitations not recorded; the job has night work"))
            : pass();
      }
      if (!lims.contains(FunctionalLimitation.NO_NIGHT_SHIFTS)) {
        return pass();
      }
      if (nights == null) {
        return unknown(Phrase.of("niet vastgelegd of het werk nachtwerk omvat; de persoon mag geen "
            + "nachtdiensten werken", "whether the job has night work is not recorded; the person may not work "
                + "nights"));
      }
      if (nights) {
        return fail(Phrase.of("het werk omvat nachtwerk; de persoon mag geen nachtdiensten werken (geen "
            + "nachtdiensten)", "the job has night work; the person may not work night shifts (geen nachtdiensten)"),
            "NO_NIGHT_SHIFTS vs schedule nights true");
      }
      return pass();
    }
  }

  static final class LimitationCustomerContact extends BaseRule {
    static final String ID = "limitations.customer-contact";

    LimitationCustomerContact() {
      super(ID, "No job with much customer contact (4 or 5) for a person with LIMITED_CUSTOMER_CONTACT",
          "docs/domain.md: The person (functional limitations); job demands customer contact 1-5");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      List<FunctionalLimitation> lims = in.candidate().limitations();
      Integer contact = in.vacancy().demands() == null ? null : in.vacancy().demands().customerContact();
      if (lims == null) {
        return contact != null && contact >= 4
            ? unknown(Phrase.of("functionele beperkingen niet vastgelegd; het werk heeft veel klantcontact",
                "functional limitations not recorded; the job has much customer contact")) : pass();
      }
      if (!lims.contains(FunctionalLimitation.LIMITED_CUSTOMER_CONTACT)) {
        return pass();
      }
      if (contact == null) {
        return unknown(Phrase.of("klantcontact van het werk niet vastgelegd; de persoon kan beperkt "
            + "klantcontact aan", "customer contact of the job not recorded; the person has limited customer contact"));
      }
      if (contact >= 4) {
        return fail(Phrase.of("het werk heeft veel klantcontact; de persoon kan dat beperkt aan (beperkt "
            + "klantcontact)", "the job has much customer contact; the person's is limited (beperkt klantcontact)"),
            "LIMITED_CUSTOMER_CONTACT vs customerContact " + contact);
      }
      return pass();
    }
  }

  // ---- sector, start, consent ----

  static final class SectorRefused extends BaseRule {
    static final String ID = "sector.refused";

    SectorRefused() {
      super(ID, "No vacancy in a sector the person refuses on grounds of conscience",
          "docs/domain.md: The person (sectors refused on grounds of conscience, gewetensbezwaren)");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      if (in.vacancy().sector() == null) {
        return unknown(Phrase.of("sector van de vacature niet vastgelegd", "vacancy sector not recorded"));
      }
      if (in.candidate().refusedSectors() == null) {
        return unknown(Phrase.of("geweigerde sectoren niet vastgelegd", "refused sectors not recorded"));
      }
      if (in.candidate().refusedSectors().contains(in.vacancy().sector())) {
        return fail(Phrase.of("de persoon weigert werk in deze sector op grond van gewetensbezwaren",
            "the person refuses work in this sector on grounds of conscience (gewetensbezwaren)"),
            "sector " + in.vacancy().sector() + " in refusedSectors");
      }
      return pass();
    }
  }

  static final class StartDate extends BaseRule {
    static final String ID = "start.date";

    StartDate() {
      super(ID, "The person is available by the vacancy's start date (or, without one, its closing date)",
          "docs/domain.md: The person (availability); vacancy start and closing date");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      Vacancy v = in.vacancy();
      LocalDate by = v.startBy();
      String what = v.startDate() != null ? "start date" : "closing date";
      String whatNl = v.startDate() != null ? "startdatum" : "sluitingsdatum";
      LocalDate from = in.candidate().availability() == null ? null : in.candidate().availability().startDate();
      if (by == null) {
        return unknown(Phrase.of("start- en sluitingsdatum van de vacature niet vastgelegd",
            "vacancy start and closing date not recorded"));
      }
      if (from == null) {
        return unknown(Phrase.of("startdatum van de persoon niet vastgelegd", "person's start date not recorded"));
      }
      if (from.isAfter(by)) {
        return fail(Phrase.of(nl -> nl ? "de persoon is pas beschikbaar na de " + whatNl + " van de vacature"
            : "the person is available only after the vacancy's " + what + " (startdatum)"),
            "available from " + from + " > " + what + " " + by);
      }
      return pass();
    }
  }

  static final class EmployerConsent extends BaseRule {
    static final String ID = "consent.employer";

    EmployerConsent() {
      super(ID, "An employer sees a profile only with the person's consent",
          "AVG (GDPR) art. 6-7; Werkplein: no instrument details to employers (001_9a8395ceee984767.txt:2761); "
              + "docs/domain.md: Fairness and privacy");
    }

    @Override
    public RuleResult evaluate(RuleInput in) {
      if (in.audience() == Audience.INTERNAL) {
        return pass();
      }
      Boolean consent = in.candidate().employerConsent();
      if (consent == null) {
        return notRecorded(Phrase.of("een werkgever mag een profiel alleen met toestemming zien",
            "an employer may see a profile only with consent (toestemming)"), "employerConsent absent");
      }
      if (!consent) {
        return fail(Phrase.of("de persoon gaf geen toestemming om het profiel aan werkgevers te tonen "
            + "(toestemming)", "the person did not consent to employers seeing the profile (toestemming)"),
                "employerConsent false");
      }
      return pass();
    }
  }
}
