package nl.werkmatch.retrieve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.werkmatch.index.Fields;
import nl.werkmatch.model.Availability;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.FunctionalLimitation;
import nl.werkmatch.model.JobDemands;
import nl.werkmatch.model.LadderStep;
import nl.werkmatch.model.Participation;
import nl.werkmatch.model.Schedule;
import nl.werkmatch.model.TargetGroup;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.VacancyKind;
import nl.werkmatch.model.WorkCondition;
import nl.werkmatch.rules.Audience;
import nl.werkmatch.rules.Rule;
import nl.werkmatch.rules.RuleInput;
import nl.werkmatch.rules.RuleSet;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Turns the indexable legal gates into Lucene filters, so that the fast path does not spend its
 * retrieval depth on pairs a rule will exclude. The filters are derived by <em>probing the rules
 * themselves</em>: each rule whose verdict depends on one indexed field is run against probe records
 * that carry only that field, one value at a time; the values it fails become a filter. A rule that
 * a municipality disabled yields no filter, and the rules still run on every retrieved pair, so a
 * filter can only ever remove pairs the rules would remove.
 */
public final class RuleFilters {
  private final RuleSet rules;
  private final LocalDate today;
  private final Audience audience;

  public RuleFilters(RuleSet rules, LocalDate today, Audience audience) {
    this.rules = rules;
    this.today = today;
    this.audience = audience;
  }

  /** The date the rules judge on. */
  LocalDate today() {
    return today;
  }

  /**
   * The one-way minutes beyond which the travel rule excludes every pair (half its daily ceiling;
   * a person's own lower limit applies on top), or null when the rule set has no travel rule.
   */
  Integer travelCeilingOneWay() {
    return rules.rule("travel.ceiling") == null ? null : rules.policy().travelCeilingMinutesPerDay() / 2;
  }

  /**
   * The standard rules that judge the vacancy alone (its origin for displacement, a proefplaatsing's
   * job prospect and length): one that refuses a vacancy refuses every candidate for it.
   */
  private static final Set<String> ON_THE_VACANCY_ALONE =
      Set.of("displacement.origin", "kind.proefplaatsing-perspectief", "kind.proefplaatsing-duur");
  /** A probe candidate with nothing recorded. */
  private static final Candidate NOBODY = probe(null, null, null, null);

  /**
   * The first rule, in the rule set's order, that judges the vacancy alone and refuses {@code v}
   * (probed with a candidate who has nothing recorded); null when none does. Every candidate fails
   * that rule, so the fast path reads none of them.
   */
  public String refusingEveryone(Vacancy v) {
    for (Rule r : rules.rules()) {
      if (ON_THE_VACANCY_ALONE.contains(r.id()) && fails(r, v, NOBODY)) {
        return r.id();
      }
    }
    return null;
  }

  /** Filters for the candidates of one vacancy. */
  public void forVacancy(Vacancy v, BooleanQuery.Builder b) {
    if (refusingEveryone(v) != null) {
      b.add(new MatchNoDocsQuery(), Occur.FILTER);
      return;
    }
    if (v.sector() != null && rules.rule("sector.refused") != null) {
      b.add(new TermQuery(new Term(Fields.REFUSED_SECTOR, v.sector().name())), Occur.MUST_NOT);
    }
    // ladder step against vacancy kind
    Rule ladder = rules.rule("ladder.kind");
    if (ladder != null) {
      for (LadderStep step : LadderStep.values()) {
        List<nl.werkmatch.model.StepPart> parts = new ArrayList<>();
        parts.add(null);
        if (step.number() == 3) {
          parts.addAll(List.of(nl.werkmatch.model.StepPart.values()));
        }
        for (nl.werkmatch.model.StepPart part : parts) {
          if (fails(ladder, v, probe(null, new Participation(step, part, null, null, null, null), null, null))) {
            b.add(new TermQuery(new Term(Fields.LADDER, Fields.ladderTerm(step, part))), Occur.MUST_NOT);
          }
        }
      }
    }
    // the agreed route against vacancy kind
    Rule route = rules.rule("route.kind");
    if (route != null) {
      for (nl.werkmatch.model.Route r : nl.werkmatch.model.Route.values()) {
        if (fails(route, v, probe(null, new Participation(null, null, r, null, null, null), null, null))) {
          b.add(new TermQuery(new Term(Fields.ROUTE, r.name())), Occur.MUST_NOT);
        }
      }
    }
    // a beschut-werk indication keeps market places off (any target group whose presence alone the rule refuses)
    Rule beschutPlan = rules.rule("plan.beschut-werk");
    if (beschutPlan != null) {
      for (TargetGroup g : TargetGroup.values()) {
        if (fails(beschutPlan, v, probe(List.of(g), null, null, null))) {
          b.add(new TermQuery(new Term(Fields.TARGET_GROUP, g.name())), Occur.MUST_NOT);
        }
      }
    }
    // target groups the vacancy kind needs (beschut indication, doelgroepregister)
    for (String id : List.of("kind.beschut-indicatie", "kind.doelgroepregister")) {
      Rule r = rules.rule(id);
      if (r == null || !fails(r, v, probe(List.of(), null, null, null))) {
        continue;
      }
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      int n = 0;
      for (TargetGroup g : TargetGroup.values()) {
        if (!fails(r, v, probe(List.of(g), null, null, null))) {
          any.add(new TermQuery(new Term(Fields.TARGET_GROUP, g.name())), Occur.SHOULD);
          n++;
        }
      }
      b.add(n == 0 ? new MatchNoDocsQuery() : any.build(), Occur.FILTER);
    }
    // legal age gates (leerwerkplek, participatieplaats): birth years the rule refuses whatever else is true
    for (String id : List.of("kind.leerwerkplek", "kind.participatieplaats")) {
      Rule r = rules.rule(id);
      if (r == null) {
        continue;
      }
      int from = -1;
      for (int year = 1900; year <= 2101; year++) {
        boolean refused = year <= 2100 && fails(r, v, agedProbe(year));
        if (refused && from < 0) {
          from = year;
        } else if (!refused && from >= 0) {
          b.add(IntField.newRangeQuery(Fields.BIRTH_YEAR, from, year - 1), Occur.MUST_NOT);
          from = -1;
        }
      }
    }
    // functional limitations against the job's conditions, nights and customer contact
    List<Rule> limitationRules = enabled("limitations.conditions", "limitations.night-shifts",
        "limitations.customer-contact");
    for (FunctionalLimitation l : FunctionalLimitation.values()) {
      Candidate p = probe(null, null, List.of(l), null);
      for (Rule r : limitationRules) {
        if (fails(r, v, p)) {
          b.add(new TermQuery(new Term(Fields.LIMITATION, l.name())), Occur.MUST_NOT);
          break;
        }
      }
    }
    // hours: the indexed maximum is the lower of the stated maximum and the medical limit
    Rule hours = rules.rule("hours.availability");
    Rule medical = rules.rule("hours.medical-limit");
    if (hours != null && medical != null && v.minHours() != null) {
      List<Integer> failing = new ArrayList<>();
      for (int h = 0; h <= 60; h++) {
        boolean byMax = fails(hours, v, probe(null, null, null, new Availability(null, h, null, null, null, null, null, null, null)));
        boolean byMedical = fails(medical, v, probe(null, null, null, new Availability(null, null, null, null, null, null, null, null, h)));
        if (byMax && byMedical) {
          failing.add(h);
        }
      }
      if (!failing.isEmpty()) {
        b.add(IntField.newSetQuery(Fields.MAX_HOURS, failing.stream().mapToInt(Integer::intValue).toArray()), Occur.MUST_NOT);
      }
    }
    scheduleAndStart(v, b);
  }

  /**
   * Schedule and start date for the candidates of one vacancy: people recorded as not available
   * for a part of the week the schedule includes, and people available only after the date the
   * start-date rule holds them to (verified by probing the day itself and the day after).
   */
  private void scheduleAndStart(Vacancy v, BooleanQuery.Builder b) {
    Rule schedule = rules.rule("hours.schedule");
    if (schedule != null) {
      for (String part : WEEK_PARTS) {
        if (fails(schedule, v, probe(null, null, null, unavailableFor(part)))) {
          b.add(new TermQuery(new Term(Fields.UNAVAILABLE_FOR, part)), Occur.MUST_NOT);
        }
      }
    }
    Rule start = rules.rule("start.date");
    LocalDate by = v.startBy();
    if (start != null && by != null && fails(start, v, probe(null, null, null, availableFrom(by.plusDays(1))))
        && !fails(start, v, probe(null, null, null, availableFrom(by)))) {
      b.add(IntField.newRangeQuery(Fields.START_DATE, Math.toIntExact(by.toEpochDay() + 1), Integer.MAX_VALUE),
          Occur.MUST_NOT);
    }
  }

  /**
   * Schedule and start date for the vacancies of one candidate: vacancies whose schedule includes a
   * part of the week the person cannot work, and vacancies that start before the person is available.
   */
  private void scheduleAndStart(Candidate c, BooleanQuery.Builder b) {
    Availability a = c.availability();
    if (a == null) {
      return;
    }
    Rule schedule = rules.rule("hours.schedule");
    if (schedule != null) {
      for (String part : WEEK_PARTS) {
        if (fails(schedule, probeVacancy(null, null, null, including(part), null), c)) {
          b.add(new TermQuery(new Term(Fields.SCHEDULE, part)), Occur.MUST_NOT);
        }
      }
    }
    Rule start = rules.rule("start.date");
    LocalDate from = a.startDate();
    if (start != null && from != null && fails(start, probeVacancy(null, null, null, null, from.minusDays(1)), c)
        && !fails(start, probeVacancy(null, null, null, null, from), c)) {
      b.add(IntField.newRangeQuery(Fields.START_DATE, Integer.MIN_VALUE, Math.toIntExact(from.toEpochDay() - 1)),
          Occur.MUST_NOT);
    }
  }

  /**
   * Filters for the vacancies of one candidate: refused sectors; the kinds of place a rule refuses
   * this person whatever else the vacancy says (the ladder and route, the indications and registers a
   * kind asks for, the legal age of a leerwerkplek or participatieplaats); working conditions the
   * person's limitations rule out; hours beyond the person's; parts of the week and start dates.
   */
  public void forCandidate(Candidate c, BooleanQuery.Builder b) {
    if (c.refusedSectors() != null && rules.rule("sector.refused") != null) {
      for (nl.werkmatch.model.Sector s : c.refusedSectors()) {
        b.add(new TermQuery(new Term(Fields.SECTOR, s.name())), Occur.MUST_NOT);
      }
    }
    List<Rule> kindRules = enabled("ladder.kind", "route.kind", "plan.work-obligation-exemption", "plan.beschut-werk",
        "plan.not-yet-ready", "kind.beschut-indicatie", "kind.doelgroepregister", "kind.participatieplaats",
        "kind.leerwerkplek");
    for (VacancyKind k : VacancyKind.values()) {
      Vacancy p = probeVacancy(k, null, null);
      for (Rule r : kindRules) {
        if (fails(r, p, c)) {
          b.add(new TermQuery(new Term(Fields.KIND, k.name())), Occur.MUST_NOT);
          break;
        }
      }
    }
    Rule conditions = rules.rule("limitations.conditions");
    if (conditions != null) {
      for (WorkCondition w : WorkCondition.values()) {
        if (fails(conditions, probeVacancy(null, null, new JobDemands(null, null, null, null, null, null, null, List.of(w))), c)) {
          b.add(new TermQuery(new Term(Fields.CONDITION, w.name())), Occur.MUST_NOT);
        }
      }
    }
    Rule hours = rules.rule("hours.availability");
    Rule medical = rules.rule("hours.medical-limit");
    if ((hours != null || medical != null) && c.availability() != null) {
      List<Integer> failing = new ArrayList<>();
      for (int h = 0; h <= 60; h++) {
        Vacancy p = probeVacancy(null, h, null);
        if ((hours != null && fails(hours, p, c)) || (medical != null && fails(medical, p, c))) {
          failing.add(h);
        }
      }
      if (!failing.isEmpty()) {
        b.add(IntField.newSetQuery(Fields.MIN_HOURS, failing.stream().mapToInt(Integer::intValue).toArray()), Occur.MUST_NOT);
      }
    }
    scheduleAndStart(c, b);
  }

  private List<Rule> enabled(String... ids) {
    List<Rule> out = new ArrayList<>();
    for (String id : ids) {
      Rule r = rules.rule(id);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  private boolean fails(Rule rule, Vacancy v, Candidate c) {
    return !rule.evaluate(new RuleInput(v, c, today, null, audience)).passed();
  }

  private static Candidate probe(List<TargetGroup> groups, Participation participation,
      List<FunctionalLimitation> limitations, Availability availability) {
    return new Candidate("probe", null, null, null, null, null, null, null, null, null, null, null, null, availability,
        null, null, limitations, participation, null, null, groups, null, null, null, null, null, null, null);
  }

  /** A probe with a birth year, on bijstand and with no startkwalificatie, so only the age can fail. */
  private static Candidate agedProbe(int birthYear) {
    return new Candidate("probe", null, null, null, null, null, null, null, null, null,
        new nl.werkmatch.model.Education(nl.werkmatch.model.EducationLevel.VMBO, false, null, null), null, null, null,
        null, null, null, null, nl.werkmatch.model.BenefitType.BIJSTAND, null, null, null, null, null, null, null,
        birthYear, null);
  }

  private static Vacancy probeVacancy(VacancyKind kind, Integer minHours, JobDemands demands) {
    return probeVacancy(kind, minHours, demands, null, null);
  }

  private static Vacancy probeVacancy(VacancyKind kind, Integer minHours, JobDemands demands, Schedule schedule,
      LocalDate startDate) {
    return new Vacancy("probe", null, null, null, null, null, null, null, kind, null, null, null, null, null, null, null,
        null, null, minHours, null, schedule, null, null, startDate, null, null, null, demands, null, null, null);
  }

  /** Availability that records only the person's start date. */
  private static Availability availableFrom(LocalDate date) {
    return new Availability(null, null, null, date, null, null, null, null, null);
  }

  /** Availability that records only that the person cannot work {@code part} of the week. */
  private static Availability unavailableFor(String part) {
    return new Availability(null, null, null, null, null, part.equals(Fields.SHIFTS) ? false : null,
        part.equals(Fields.NIGHTS) ? false : null, part.equals(Fields.WEEKENDS) ? false : null, null);
  }

  /** A schedule that includes only {@code part} of the week. */
  private static Schedule including(String part) {
    return new Schedule(part.equals(Fields.SHIFTS) ? true : null, part.equals(Fields.NIGHTS) ? true : null,
        part.equals(Fields.WEEKENDS) ? true : null, null);
  }

  private static final List<String> WEEK_PARTS = List.of(Fields.SHIFTS, Fields.NIGHTS, Fields.WEEKENDS);
}
