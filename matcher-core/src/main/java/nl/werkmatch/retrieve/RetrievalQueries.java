package nl.werkmatch.retrieve;

import nl.werkmatch.match.Category;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.score.PreparedCandidate;
import nl.werkmatch.score.PreparedVacancy;
import nl.werkmatch.score.Scorer;
import nl.werkmatch.match.TravelTimeEstimator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkmatch.geo.GeoPoint;
import nl.werkmatch.index.Fields;
import nl.werkmatch.model.Sector;
import nl.werkmatch.taxonomy.Occupation;
import nl.werkmatch.taxonomy.Skill;
import nl.werkmatch.taxonomy.SkillRelation;
import nl.werkmatch.taxonomy.Taxonomy;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene queries of the fast path. Each query approximates the exact score in two parts
 * (see {@link RetrievalQuery}). The <em>content</em> part selects, with clauses Lucene can prune on
 * (MaxScore over impacts): one {@link FeatureField} clause per required skill and per taxonomy
 * substitute, weighted like the exact scorer's credits (a skill implied by a past occupation is one
 * of the candidate's skills in the index; where the index was built with another taxonomy,
 * experience in the occupations that need the skill stands in for it); the neutral share for records
 * whose skills are unknown. The <em>context</em> part re-ranks
 * the selection: travel time by the person's modes, scored like the exact scorer ({@link TravelTimeQuery}); education, certificates and Dutch
 * level; work profile against the job's demands, hours and loonkostensubsidie (vacancy to
 * candidates); preference terms; and the neutral shares for unknown values. Filters drop what can
 * never pass: refused sectors, ladder steps, limitations and hours the rules exclude, and locations
 * beyond the farthest any mode reaches within the travel ceiling (the estimator's
 * {@link TravelTimeEstimator#maxReachKm}) or, computed per record, beyond the travel rule's limit (records
 * without a location are kept).
 */
public final class RetrievalQueries {
  /**
   * Substitutes per required skill in the content stage, strongest first. More cost time at scale
   * and did not raise recall: on 100k generated candidates, 24 / 8 / 3 / 0 substitutes gave top-20
   * recall 0.945 / 0.948 / 0.947 / 0.946 against exhaustive (60 vacancies); at 1M the content
   * stage took 27 ms with 24 and 21 ms with 3 (see matcher-bench/results-notes.md).
   */
  private static final int MAX_SUBSTITUTES_PER_SKILL = 3;
  /** What a desired occupation gains over a preference elsewhere, as the exact scorer scores it. */
  private static final double OCCUPATION_GAIN = Scorer.DESIRED_OCCUPATION - Scorer.PREFERENCE_ELSEWHERE;
  /** What a desired sector gains over a preference elsewhere. */
  private static final double SECTOR_GAIN = Scorer.DESIRED_SECTOR - Scorer.PREFERENCE_ELSEWHERE;
  /** The total near the top of a shortlist, where policy boosts are approximated ({@link #addBoosts}). */
  static final double SHORTLIST_TOTAL = 0.8;
  /** The near and far distance over which nearness without a car is calibrated, and its pivot ({@link #nearness}). */
  static final double NEAR_KM = 5;
  /** See {@link #NEAR_KM}. */
  static final double FAR_KM = 30;
  /**
   * See {@link #NEAR_KM}. The pivot sets the shape: 5 km favours the people in the vacancy's own
   * town more than the travel score does (half the nearness at 5 km, where the travel score by bike
   * is 0.88), and found more of the exact top 20 than 20 km: on 1M generated candidates 0.9684
   * against 0.9585 over the 188 tuning vacancies and 0.9694 against 0.9617 over 187 others (3 km:
   * 0.9693 over both; see matcher-bench/results-notes.md).
   */
  static final double PIVOT_KM = 5;
  /** The near and far distance over which nearness by car is calibrated, and its pivot ({@link #nearness}). */
  static final double NEAR_KM_BY_CAR = 10;
  /** See {@link #NEAR_KM_BY_CAR}. */
  static final double FAR_KM_BY_CAR = 60;
  /** See {@link #NEAR_KM_BY_CAR}. */
  static final double PIVOT_KM_BY_CAR = 40;
  private static final List<nl.werkmatch.model.TravelMode> BY_CAR = List.of(nl.werkmatch.model.TravelMode.CAR);

  private final Taxonomy taxonomy;
  private final MatchProfile profile;
  private final Map<String, List<Substitute>> substitutes = new ConcurrentHashMap<>();
  private final Map<String, List<String>> occupationsBySkill = new ConcurrentHashMap<>();

  /** A skill that can stand in for another, with the credit the exact scorer gives it. */
  record Substitute(String skillId, double credit) {}

  private final Map<String, List<String>> narrower;

  private final RuleFilters filters;
  private final TravelTimeEstimator travel;
  /** Whether candidate documents hold the skills this taxonomy implies from past occupations. */
  private final boolean impliedSkillsIndexed;

  /**
   * Queries for a matcher; {@code impliedSkillsIndexed} tells that the candidate index holds the
   * skills {@code taxonomy} implies from past occupations ({@code MatchIndex.indexedWith}), so a
   * requirement needs no clauses for the occupations that imply it.
   */
  public RetrievalQueries(Taxonomy taxonomy, MatchProfile profile, RuleFilters filters, TravelTimeEstimator travel,
      boolean impliedSkillsIndexed) {
    this.taxonomy = taxonomy;
    this.impliedSkillsIndexed = impliedSkillsIndexed;
    this.profile = profile;
    this.filters = filters;
    this.travel = travel;
    Map<String, List<String>> children = new java.util.HashMap<>();
    for (Skill s : taxonomy.skills()) {
      if (s.broader() != null) {
        children.computeIfAbsent(s.broader(), k -> new ArrayList<>()).add(s.id());
      }
    }
    children.values().forEach(Collections::sort);
    this.narrower = children;
  }

  // ---------------------------------------------------------------- vacancy -> candidates

  public RetrievalQuery forVacancy(PreparedVacancy pv) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    BooleanQuery.Builder context = new BooleanQuery.Builder();
    BooleanQuery.Builder filter = new BooleanQuery.Builder();
    BooleanQuery.Builder recheck = new BooleanQuery.Builder();
    BooleanQuery.Builder travelTime = new BooleanQuery.Builder();
    BooleanQuery.Builder ordering = new BooleanQuery.Builder();
    double wSkills = profile.weight(Category.SKILLS);
    double den = 0;
    for (PreparedVacancy.Requirement r : pv.requirements) {
      den += Scorer.requirementWeight(r.essential());
    }
    // a participation place: the skills score of a person with skills is neutral + (1 - neutral) x fit
    boolean participation = Scorer.isParticipationKind(pv.vacancy.kind());
    double floor = Scorer.participationSkills(0, profile.missingNeutral());
    double wFit = participation ? wSkills * (1 - floor) : wSkills;
    if (wSkills > 0 && den > 0) {
      Map<String, Double> features = new TreeMap<>();
      Map<String, Double> occupations = new TreeMap<>();
      List<List<Query>> requirements = new ArrayList<>();
      for (PreparedVacancy.Requirement r : pv.requirements) {
        if (r.skillId() == null) {
          continue;
        }
        double w = wFit * Scorer.requirementWeight(r.essential()) / den;
        // candidate feature values estimate the credit of the claim (Fields.SKILL), own or implied
        List<Query> best = new ArrayList<>();
        features.merge(r.skillId(), w, Math::max);
        best.add(FeatureField.newLinearQuery(Fields.SKILL, r.skillId(), (float) clampWeight(w)));
        for (Substitute s : substitutes(r.skillId())) {
          features.merge(s.skillId(), w * s.credit(), Math::max);
          best.add(FeatureField.newLinearQuery(Fields.SKILL, s.skillId(), (float) clampWeight(w * s.credit())));
        }
        for (String occ : impliedSkillsIndexed ? List.<String>of() : occupationsWith(r.skillId())) {
          occupations.merge(occ, w * 0.9, Double::sum);
          best.add(boosted(new TermQuery(new Term(Fields.EXPERIENCE_OCCUPATION, occ)), w * 0.9));
        }
        requirements.add(best);
      }
      if (!requirements.isEmpty()) {
        ordering.add(new RequirementCreditQuery(requirements), Occur.SHOULD);
      }
      features.forEach((id, w) -> b.add(FeatureField.newLinearQuery(Fields.SKILL, id, (float) clampWeight(w)), Occur.SHOULD));
      occupations.forEach((occ, w) -> b.add(boosted(new TermQuery(new Term(Fields.EXPERIENCE_OCCUPATION, occ)), w), Occur.SHOULD));
      Query unknownSkills =
          boosted(new TermQuery(new Term(Fields.SKILLS_KNOWN, "0")), wSkills * profile.missingNeutral());
      b.add(unknownSkills, Occur.SHOULD);
      ordering.add(unknownSkills, Occur.SHOULD);
      if (participation) {
        // the neutral floor of the people with skills: then everyone starts from the neutral value
        Query known = boosted(new TermQuery(new Term(Fields.SKILLS_KNOWN, "1")), wSkills * floor);
        b.add(known, Occur.SHOULD);
        ordering.add(known, Occur.SHOULD);
      }
    }
    if (pv.location != null) {
      Integer ruleLimit = filters.travelCeilingOneWay();
      travel(context, travelTime, recheck,
          TravelTimeQuery.toWorkplace(pv.location, profile.travelCeilingMinutesOneWay(), travel, profile.travelDecay()),
          ruleLimit == null ? null : TravelTimeQuery.toWorkplace(pv.location, ruleLimit, travel, profile.travelDecay()));
      if (profile.weight(Category.TRAVEL) > 0) {
        b.add(new NearnessQuery(pv.location, nearness(pv.location, Scorer.ASSUMED_MODES, false),
            nearness(pv.location, BY_CAR, true)), Occur.SHOULD);
      }
      double radiusKm = travel.maxReachKm(profile.travelCeilingMinutesOneWay());
      BooleanQuery.Builder reach = new BooleanQuery.Builder();
      reach.add(LatLonPoint.newDistanceQuery(Fields.LOCATION, pv.location.lat(), pv.location.lon(), radiusKm * 1000), Occur.SHOULD);
      reach.add(new TermQuery(new Term(Fields.HAS_LOCATION, "0")), Occur.SHOULD);
      filter.add(reach.build(), Occur.FILTER);
    }
    List<LevelScoreQuery.Level> levels = new ArrayList<>();
    addEducationLanguage(pv.vacancy, context, levels);
    Query experience = experience(pv.vacancy);
    if (experience != null) {
      b.add(experience, Occur.SHOULD);
      ordering.add(experience, Occur.SHOULD);
    }
    List<LevelScoreQuery.Level> fits = new ArrayList<>();
    addSoftHoursInstrument(pv.vacancy, context, levels, fits);
    addBoosts(pv.vacancy, context, levels);
    if (!levels.isEmpty() || !fits.isEmpty()) {
      context.add(new LevelScoreQuery(levels, fits, profile.weight(Category.SOFT)), Occur.SHOULD);
    }
    double wPref = profile.weight(Category.PREFERENCES);
    if (wPref > 0) {
      List<Query> desired = new ArrayList<>();
      if (pv.vacancy.occupationId() != null) {
        desired.add(boosted(new TermQuery(new Term(Fields.DESIRED_OCCUPATION, pv.vacancy.occupationId())), wPref * OCCUPATION_GAIN));
      }
      if (pv.vacancy.sector() != null) {
        desired.add(boosted(new TermQuery(new Term(Fields.DESIRED_SECTOR, pv.vacancy.sector().name())), wPref * SECTOR_GAIN));
      }
      addPreference(context, desired);
    }
    filters.forVacancy(pv.vacancy, filter);
    return new RetrievalQuery(b.build(), context.build(), travelTime.build(), filter.build(), recheck.build(),
        ordering.build());
  }

  /**
   * Context for the categories scored from the work profile, hours and loonwaarde: per stated
   * demand (and the employer's offer of structure, supervision and tolerance for setbacks) the
   * exact scorer's fit of the candidate's recorded value, as {@code fits} that the
   * {@link LevelScoreQuery} combines as the exact soft score does (half the mean, half the worst);
   * the hours share when the candidate can work the vacancy's minimum (a ladder of {@code levels});
   * and the loonkostensubsidie share withheld from candidates who need the subsidy where the
   * employer does not accept it (or has not said). A sum of a quarter share per step, as before,
   * missed the worst half and found fewer of the exact top 20 (see matcher-bench/results-notes.md).
   */
  private void addSoftHoursInstrument(nl.werkmatch.model.Vacancy v, BooleanQuery.Builder b,
      List<LevelScoreQuery.Level> levels, List<LevelScoreQuery.Level> fits) {
    var d = v.demands();
    var o = v.offer();
    if (profile.weight(Category.SOFT) > 0) {
      if (d != null) {
        fit(fits, "pace", d.pace(), Scorer::capacityFit);
        fit(fits, "accuracy", d.accuracy(), Scorer::capacityFit);
        fit(fits, "independence", d.independence(), Scorer::capacityFit);
        fit(fits, "stressTolerance", d.stress(), Scorer::capacityFit);
        fit(fits, "customerContact", d.customerContact(), Scorer::capacityFit);
        fit(fits, "physicalCapacity", d.physicalLoad(), Scorer::capacityFit);
      }
      if (o != null) {
        fit(fits, "needForStructure", o.structure(), Scorer::needFit);
        fit(fits, "needForSupervision", o.supervision(), Scorer::needFit);
        fit(fits, "stressTolerance", o.setbackTolerance(), Scorer::setbackFit);
      }
    }
    double wHours = profile.weight(Category.HOURS);
    if (wHours > 0 && v.minHours() != null) {
      int min = v.minHours();
      // a step at the minimum, not the exact volume factor: the exact hours score multiplies it by
      // the schedule's factors, and scored alone it found fewer of the exact top 20 (0.9760 against
      // 0.9777 over 375 vacancies at 1M; see matcher-bench/results-notes.md)
      levels.add(LevelScoreQuery.Level.of(Fields.MAX_HOURS, h -> h == null ? wHours * 0.45 : h >= min ? wHours * 0.6 : 0));
    }
    var schedule = v.schedule();
    if (wHours > 0 && schedule != null) {
      // the exact hours score multiplies by 1 - (1 - penalty) x (1 - neutral) per part not recorded
      schedulePart(b, Fields.SHIFTS, schedule.shifts(), Scorer.SHIFTS_PENALTY, wHours);
      schedulePart(b, Fields.NIGHTS, schedule.nights(), Scorer.NIGHTS_PENALTY, wHours);
      schedulePart(b, Fields.WEEKENDS, schedule.weekends(), Scorer.WEEKENDS_PENALTY, wHours);
    }
    double wInstrument = profile.weight(Category.INSTRUMENT);
    boolean paid = v.kind() == null || v.kind().isPaid();
    Boolean accepts = o == null ? null : o.acceptsLoonkostensubsidie();
    if (wInstrument > 0 && paid && !Boolean.TRUE.equals(accepts)) {
      double needing = accepts == null ? profile.missingNeutral() : 0.25;
      Query noSubsidyNeeded = new BooleanQuery.Builder()
          .add(new org.apache.lucene.search.MatchAllDocsQuery(), Occur.FILTER)
          .add(org.apache.lucene.document.DoubleField.newRangeQuery(Fields.LOONWAARDE, Double.NEGATIVE_INFINITY,
              Math.nextDown(100.0)), Occur.MUST_NOT)
          .add(new TermQuery(new Term(Fields.TARGET_GROUP, nl.werkmatch.model.TargetGroup.LKS_DOELGROEP.name())),
              Occur.MUST_NOT)
          .build();
      b.add(boosted(noSubsidyNeeded, wInstrument * (1 - needing)), Occur.SHOULD);
    }
  }

  /** Credits a recorded yes for a part of the week the vacancy's schedule includes, over not recorded. */
  private void schedulePart(BooleanQuery.Builder context, String part, Boolean demanded, double penalty, double wHours) {
    if (Boolean.TRUE.equals(demanded)) {
      context.add(boosted(new TermQuery(new Term(Fields.AVAILABLE_FOR, part)),
          wHours * (1 - penalty) * (1 - profile.missingNeutral())), Occur.SHOULD);
    }
  }

  /**
   * The profile's policy boosts that tell candidates apart (target group; job-ready people on an
   * unpaid place): the exact scorer multiplies the total by the factor; the context adds what that
   * factor changes at {@link #SHORTLIST_TOTAL}, to the candidates the boost raises or, for a factor
   * below 1, to those it spares. Boosts on the vacancy alone move every candidate alike; priority
   * groups are not indexed (some are age groups) and are left to rescoring.
   */
  private void addBoosts(nl.werkmatch.model.Vacancy v, BooleanQuery.Builder context,
      List<LevelScoreQuery.Level> levels) {
    for (MatchProfile.PolicyBoost boost : profile.boosts()) {
      if (boost.when() == MatchProfile.PolicyBoost.Condition.OFF_ROUTE) {
        addRouteLevel(v.kind(), boost.factor(), levels);
        continue;
      }
      Query who = switch (boost.when()) {
        case CANDIDATE_TARGET_GROUP -> new TermQuery(new Term(Fields.TARGET_GROUP, boost.value()));
        case JOB_READY_UNPAID_PLACE -> v.kind() != null && !v.kind().isPaid()
            ? new TermQuery(new Term(Fields.JOB_READY, "1")) : null;
        default -> null;
      };
      if (who == null || boost.factor() == 1) {
        continue;
      }
      Query favoured = boost.factor() > 1 ? who : new BooleanQuery.Builder()
          .add(new org.apache.lucene.search.MatchAllDocsQuery(), Occur.FILTER).add(who, Occur.MUST_NOT).build();
      context.add(boosted(favoured, Math.abs(boost.factor() - 1) * SHORTLIST_TOTAL), Occur.SHOULD);
    }
  }

  /**
   * The {@code OFF_ROUTE} boost for the candidates of a vacancy of {@code kind}, as a level of the
   * packed route ({@link Fields#ROUTE} in {@link Fields#LEVELS}): what the factor changes at {@link
   * #SHORTLIST_TOTAL} goes to the people whose route offers the kind first (or records none) for a
   * factor below 1, to the others above 1. A clause of its own would match nearly every record
   * (all but the off-route people), which costs the search more than one table lookup per record
   * (matcher-bench/results-notes.md).
   */
  private static void addRouteLevel(nl.werkmatch.model.VacancyKind kind, double factor, List<LevelScoreQuery.Level> levels) {
    if (kind == null || factor == 1) {
      return;
    }
    nl.werkmatch.model.Route[] routes = nl.werkmatch.model.Route.values();
    double gain = Math.abs(factor - 1) * SHORTLIST_TOTAL;
    boolean anyOff = java.util.Arrays.stream(routes).anyMatch(r -> !r.offersFirst(kind));
    if (!anyOff) {
      return;
    }
    levels.add(LevelScoreQuery.Level.of(Fields.ROUTE, ordinal -> {
      boolean off = ordinal != null && ordinal < routes.length && !routes[ordinal].offersFirst(kind);
      return off == factor > 1 ? gain : 0.0;
    }));
  }

  /**
   * For candidate-to-vacancies: the vacancies the person's route offers first gain what an
   * {@code OFF_ROUTE} boost below 1 spares them at {@link #SHORTLIST_TOTAL} (above 1: the others gain).
   */
  private void addRouteBoost(nl.werkmatch.model.Candidate c, BooleanQuery.Builder context) {
    nl.werkmatch.model.Route route = c.participation() == null ? null : c.participation().route();
    if (route == null) {
      return;
    }
    for (MatchProfile.PolicyBoost boost : profile.boosts()) {
      if (boost.when() != MatchProfile.PolicyBoost.Condition.OFF_ROUTE || boost.factor() == 1) {
        continue;
      }
      BooleanQuery.Builder kinds = new BooleanQuery.Builder();
      int n = 0;
      for (nl.werkmatch.model.VacancyKind k : nl.werkmatch.model.VacancyKind.values()) {
        if (route.offersFirst(k) == boost.factor() < 1) {
          kinds.add(new TermQuery(new Term(Fields.KIND, k.name())), Occur.SHOULD);
          n++;
        }
      }
      if (n > 0) {
        context.add(boosted(kinds.build(), Math.abs(boost.factor() - 1) * SHORTLIST_TOTAL), Occur.SHOULD);
      }
    }
  }

  /** One of the exact scorer's work-profile fits: of a recorded value (null: none) to what the vacancy states. */
  private interface WorkProfileFit {
    double fit(Integer value, int stated, double neutral);
  }

  /** The fit of the work-profile {@code dimension} to {@code stated} (nothing when the vacancy states nothing). */
  private void fit(List<LevelScoreQuery.Level> fits, String dimension, Integer stated, WorkProfileFit fit) {
    if (stated != null) {
      int level = stated;
      double neutral = profile.missingNeutral();
      fits.add(LevelScoreQuery.Level.of(Fields.workProfile(dimension), value -> fit.fit(value, level, neutral)));
    }
  }

  /**
   * Context for the categories whose candidate side is indexed: education level and Dutch level as
   * the exact scorer's fit of each recorded level (or of none), as {@code levels} of one
   * {@link LevelScoreQuery}; certificates, each worth what the exact scorer would add over a
   * candidate without it.
   */
  private void addEducationLanguage(nl.werkmatch.model.Vacancy v, BooleanQuery.Builder b,
      List<LevelScoreQuery.Level> levels) {
    double wEdu = profile.weight(Category.EDUCATION);
    int parts = 0;
    boolean minEdu = v.minEducation() != null && v.minEducation() != nl.werkmatch.model.EducationLevel.NONE;
    if (minEdu) {
      parts++;
    }
    if (Boolean.TRUE.equals(v.startkwalificatieRequired())) {
      parts++;
    }
    if (v.certificates() != null) {
      parts += v.certificates().size();
    }
    if (wEdu > 0 && parts > 0) {
      double share = wEdu / parts;
      if (minEdu) {
        int min = v.minEducation().rank();
        levels.add(LevelScoreQuery.Level.of(Fields.EDUCATION_RANK,
            r -> share * Scorer.educationFit(r, min, profile.missingNeutral())));
      }
      if (v.certificates() != null) {
        for (nl.werkmatch.model.CertificateRequirement c : v.certificates()) {
          double missing = Boolean.TRUE.equals(c.obtainableOnJob()) ? Scorer.CERTIFICATE_ON_JOB : Scorer.CERTIFICATE_MISSING;
          b.add(boosted(new TermQuery(new Term(Fields.CERTIFICATE, c.certificate().name())), share * (1 - missing)),
              Occur.SHOULD);
        }
      }
    }
    double wLang = profile.weight(Category.LANGUAGE);
    if (wLang > 0 && v.dutchLevel() != null) {
      int need = v.dutchLevel().cefrRank();
      levels.add(LevelScoreQuery.Level.of(Fields.DUTCH_LEVEL,
          r -> wLang * Scorer.languageFit(r, need, profile.missingNeutral())));
    }
  }

  /** Experience in the vacancy's occupation, worth what the exact scorer adds over other work; null when not asked. */
  private Query experience(nl.werkmatch.model.Vacancy v) {
    double wExp = profile.weight(Category.EXPERIENCE);
    return wExp > 0 && v.occupationId() != null
        ? boosted(new TermQuery(new Term(Fields.EXPERIENCE_OCCUPATION, v.occupationId())), wExp * 0.4)
        : null;
  }

  /**
   * Travel: in {@code travelTime} (on the selection only), {@code scoring} (the exact scorer's travel
   * score within the profile's ceiling, weighted); in the context, the neutral share for records
   * without a location; in the recheck, {@code limit} (the travel rule's, null without the rule)
   * keeps records within it and records without a location (the rule cannot judge them). Where the
   * two are the same query (the rule's limit is the ceiling), one clause does both.
   */
  private void travel(BooleanQuery.Builder context, BooleanQuery.Builder travelTime, BooleanQuery.Builder recheck,
      TravelTimeQuery scoring, TravelTimeQuery limit) {
    double wTravel = profile.weight(Category.TRAVEL);
    Query unlocated = new TermQuery(new Term(Fields.HAS_LOCATION, "0"));
    boolean oneClause = wTravel > 0 && scoring.equals(limit);
    if (wTravel > 0) {
      Query scored = new BoostQuery(scoring, (float) clampWeight(wTravel));
      if (oneClause) {
        // the rule's limit is the scoring ceiling: one clause keeps the records within it or without
        // a location and scores the travel time; the pass over the selection adds a clause that is
        // both recheck and travel time once, required and scored (RetrievalQuery.select), so the
        // travel time is computed once per record instead of twice
        scored = new BooleanQuery.Builder()
            .add(scored, Occur.SHOULD)
            .add(new BoostQuery(new ConstantScoreQuery(unlocated), 0f), Occur.SHOULD)
            .build();
        recheck.add(scored, Occur.FILTER);
      }
      travelTime.add(scored, Occur.SHOULD);
      context.add(boosted(unlocated, wTravel * profile.missingNeutral()), Occur.SHOULD);
    }
    if (limit != null && !oneClause) {
      recheck.add(new BooleanQuery.Builder().add(limit, Occur.SHOULD).add(unlocated, Occur.SHOULD).build(),
          Occur.FILTER);
    }
  }

  /**
   * The preferences share: the exact scorer takes the best of desired occupation (1) and desired
   * sector (0.8), against 0.3 for a stated preference elsewhere; the context adds what each gains
   * over that (0.7, 0.5) and takes the best matching clause, not their sum.
   */
  private static void addPreference(BooleanQuery.Builder context, List<Query> desired) {
    if (!desired.isEmpty()) {
      context.add(desired.size() == 1 ? desired.get(0) : new DisjunctionMaxQuery(desired, 0f), Occur.SHOULD);
    }
  }

  /**
   * Nearness in the selecting stage, {@code weight x pivot / (pivot + distance)} as
   * Lucene's distance feature scores it: set so that its drop between the near and the far
   * calibration distance equals the drop of the weighted travel score over the same distances by
   * {@code modes} (the exact scorer's decay and the matcher's travel times); 0 without a travel
   * weight. Without a car it is calibrated between 5 and 30 km (pivot 5 km), by car between 10 and
   * 60 km (pivot 40 km), where the travel score falls for each. From a vacancy, people's homes are
   * scored by whether they travel by car ({@link NearnessQuery}); from a person, the workplaces by the
   * person's own modes. Without nearness the selection ranked by skills over the whole reachable
   * area, and at a million records the best-placed people with middling skills never reached the
   * travel score of the re-ranking; with one calibration for everyone, people who drive 15 km were
   * ranked as if they cycled it (see matcher-bench/results-notes.md).
   */
  private Nearness nearness(GeoPoint at, List<nl.werkmatch.model.TravelMode> modes, boolean byCar) {
    double wTravel = profile.weight(Category.TRAVEL);
    double near = byCar ? NEAR_KM_BY_CAR : NEAR_KM;
    double far = byCar ? FAR_KM_BY_CAR : FAR_KM;
    double pivot = byCar ? PIVOT_KM_BY_CAR : PIVOT_KM;
    double drop = travelScore(at, near, modes) - travelScore(at, far, modes);
    double featureDrop = pivot / (pivot + near) - pivot / (pivot + far);
    return new Nearness(Math.max(0, wTravel * drop / featureDrop), pivot);
  }

  /** A calibrated nearness: {@code weight x pivotKm / (pivotKm + distance)}. */
  record Nearness(double weight, double pivotKm) {}

  /** The exact scorer's travel score (unweighted) for a trip of {@code km} due north by the fastest of {@code modes}. */
  private double travelScore(GeoPoint from, double km, List<nl.werkmatch.model.TravelMode> modes) {
    GeoPoint to = new GeoPoint(from.lat() + km / 111.195, from.lon());
    double best = Double.MAX_VALUE;
    for (nl.werkmatch.model.TravelMode m : modes) {
      best = Math.min(best, travel.minutes(from, to, m));
    }
    return profile.travelDecay().apply(best);
  }

  // ---------------------------------------------------------------- candidate -> vacancies

  /** The vacancies of a participation kind ({@link Scorer#isParticipationKind}), built once. */
  private static final Query PARTICIPATION_PLACES = participationPlaces();

  private static Query participationPlaces() {
    BooleanQuery.Builder kinds = new BooleanQuery.Builder();
    for (nl.werkmatch.model.VacancyKind k : nl.werkmatch.model.VacancyKind.values()) {
      if (Scorer.isParticipationKind(k)) {
        kinds.add(new TermQuery(new Term(Fields.KIND, k.name())), Occur.SHOULD);
      }
    }
    return kinds.build();
  }

  public RetrievalQuery forCandidate(PreparedCandidate pc) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    BooleanQuery.Builder context = new BooleanQuery.Builder();
    BooleanQuery.Builder filter = new BooleanQuery.Builder();
    BooleanQuery.Builder recheck = new BooleanQuery.Builder();
    BooleanQuery.Builder travelTime = new BooleanQuery.Builder();
    double wSkills = profile.weight(Category.SKILLS);
    if (wSkills > 0) {
      Map<String, Double> features = new TreeMap<>();
      for (PreparedCandidate.Claim c : pc.claims) {
        if (c.skillId() == null) {
          continue;
        }
        // vacancy feature values are the requirement's share of the skill score (2/den essential, 1/den
        // optional); a person claims a few skills and a vacancy index is small, so every substitute
        // the exact scorer credits counts (a claim in a group of nineteen skills credits them all)
        features.merge(c.skillId(), wSkills, Math::max);
        for (Substitute s : allSubstitutes(c.skillId())) {
          features.merge(s.skillId(), wSkills * s.credit(), Math::max);
        }
      }
      features.forEach((id, w) -> b.add(FeatureField.newLinearQuery(Fields.SKILL, id, (float) clampWeight(w)), Occur.SHOULD));
      b.add(boosted(new TermQuery(new Term(Fields.SKILLS_KNOWN, "0")), wSkills * profile.missingNeutral()), Occur.SHOULD);
      if (!pc.claims.isEmpty()) {
        // participation places score a person's skills from the neutral value (Scorer.participationSkills);
        // added to the full fit, so these places are estimated at or above their exact score
        b.add(boosted(PARTICIPATION_PLACES, wSkills * Scorer.participationSkills(0, profile.missingNeutral())),
            Occur.SHOULD);
      }
    }
    if (pc.home != null) {
      var t = pc.candidate.travel();
      Integer own = t == null ? null : t.maxTravelMinutes();
      List<nl.werkmatch.model.TravelMode> modes = t == null ? null : t.modes();
      int limit = own == null ? profile.travelCeilingMinutesOneWay() : Math.min(profile.travelCeilingMinutesOneWay(), own);
      Integer ruleLimit = filters.travelCeilingOneWay();
      Integer ruleAndOwn = ruleLimit == null || own == null ? ruleLimit : Integer.valueOf(Math.min(ruleLimit, own));
      travel(context, travelTime, recheck, TravelTimeQuery.fromHome(pc.home, modes, limit, travel, profile.travelDecay()),
          ruleAndOwn == null ? null : TravelTimeQuery.fromHome(pc.home, modes, ruleAndOwn, travel, profile.travelDecay()));
      List<nl.werkmatch.model.TravelMode> by = modes == null || modes.isEmpty() ? Scorer.ASSUMED_MODES : modes;
      Nearness nearness = nearness(pc.home, by, by.contains(nl.werkmatch.model.TravelMode.CAR));
      if (nearness.weight() > 0) {
        b.add(LatLonPoint.newDistanceFeatureQuery(Fields.LOCATION, (float) clampWeight(nearness.weight()),
            pc.home.lat(), pc.home.lon(), nearness.pivotKm() * 1000), Occur.SHOULD);
      }
      double radiusKm = travel.maxReachKm(limit);
      BooleanQuery.Builder reach = new BooleanQuery.Builder();
      reach.add(LatLonPoint.newDistanceQuery(Fields.LOCATION, pc.home.lat(), pc.home.lon(), radiusKm * 1000), Occur.SHOULD);
      reach.add(new TermQuery(new Term(Fields.HAS_LOCATION, "0")), Occur.SHOULD);
      filter.add(reach.build(), Occur.FILTER);
    }
    double wPref = profile.weight(Category.PREFERENCES);
    var c = pc.candidate;
    if (wPref > 0) {
      List<Query> desired = new ArrayList<>();
      if (c.desiredOccupations() != null) {
        for (String occ : c.desiredOccupations()) {
          desired.add(boosted(new TermQuery(new Term(Fields.OCCUPATION, occ)), wPref * OCCUPATION_GAIN));
        }
      }
      if (c.desiredSectors() != null) {
        for (Sector s : c.desiredSectors()) {
          desired.add(boosted(new TermQuery(new Term(Fields.SECTOR, s.name())), wPref * SECTOR_GAIN));
        }
      }
      addPreference(context, desired);
    }
    context.add(new VacancyFitQuery(c, profile, filters.today()), Occur.SHOULD);
    addRouteBoost(c, context);
    Query experience = experienceIn(c);
    if (experience != null) {
      context.add(experience, Occur.SHOULD);
    }
    double wEdu = profile.weight(Category.EDUCATION);
    if (wEdu > 0 && c.certificates() != null) {
      // a certificate the person holds counts where a vacancy asks it, which the packed vacancy
      // levels cannot tell: as one of two things asked (a vacancy asking a certificate mostly asks
      // a level too)
      c.certificates().stream().filter(h -> h.validOn(filters.today())).map(h -> h.certificate().name()).distinct()
          .sorted().forEach(cert -> context.add(boosted(new TermQuery(new Term(Fields.CERTIFICATE, cert)),
              wEdu * (1 - Scorer.CERTIFICATE_MISSING) / 2), Occur.SHOULD));
    }
    filters.forCandidate(c, filter);
    return new RetrievalQuery(b.build(), context.build(), travelTime.build(), filter.build(), recheck.build(), null);
  }

  /**
   * Experience for candidate-to-vacancies: a vacancy in an occupation the person worked in, or in
   * the sector of one, gains what the exact scorer gives it over other work experience (1 and 0.8
   * against 0.6), the best of them; null without recorded experience.
   */
  private Query experienceIn(nl.werkmatch.model.Candidate c) {
    double wExp = profile.weight(Category.EXPERIENCE);
    if (wExp <= 0 || c.experience() == null || c.experience().isEmpty()) {
      return null;
    }
    java.util.SortedSet<String> occupations = new java.util.TreeSet<>();
    java.util.SortedSet<String> sectors = new java.util.TreeSet<>();
    for (nl.werkmatch.model.WorkExperience e : c.experience()) {
      if (e.occupationId() != null) {
        occupations.add(e.occupationId());
        taxonomy.occupation(e.occupationId()).ifPresent(o -> sectors.add(o.sector().name()));
      }
    }
    List<Query> gains = new ArrayList<>();
    occupations.forEach(o -> gains.add(boosted(new TermQuery(new Term(Fields.OCCUPATION, o)), wExp * 0.4)));
    sectors.forEach(s -> gains.add(boosted(new TermQuery(new Term(Fields.SECTOR, s)), wExp * 0.2)));
    return gains.isEmpty() ? null : gains.size() == 1 ? gains.get(0) : new DisjunctionMaxQuery(gains, 0f);
  }

  // ---------------------------------------------------------------- taxonomy expansions

  /**
   * Skills that the exact scorer credits for a requirement of {@code skillId} (broader, sibling,
   * related), the {@link #MAX_SUBSTITUTES_PER_SKILL} strongest: over a million candidates each is
   * another posting list the selecting stage reads for every requirement.
   */
  List<Substitute> substitutes(String skillId) {
    List<Substitute> all = allSubstitutes(skillId);
    return all.size() > MAX_SUBSTITUTES_PER_SKILL ? all.subList(0, MAX_SUBSTITUTES_PER_SKILL) : all;
  }

  /** Every skill that the exact scorer credits for {@code skillId}, strongest first. */
  List<Substitute> allSubstitutes(String skillId) {
    return substitutes.computeIfAbsent(skillId, this::computeSubstitutes);
  }

  private List<Substitute> computeSubstitutes(String skillId) {
    Skill skill = taxonomy.skill(skillId).orElse(null);
    if (skill == null) {
      return List.of();
    }
    TreeMap<String, Double> out = new TreeMap<>();
    List<String> pool = new ArrayList<>();
    if (skill.related() != null) {
      pool.addAll(skill.related());
    }
    if (skill.broader() != null) {
      pool.add(skill.broader());
      pool.addAll(narrower.getOrDefault(skill.broader(), List.of()));
    }
    pool.addAll(narrower.getOrDefault(skillId, List.of()));
    for (String other : pool) {
      if (other.equals(skillId)) {
        continue;
      }
      double credit = credit(taxonomy.relation(other, skillId));
      if (credit > 0) {
        out.merge(other, credit, Math::max);
      }
    }
    List<Substitute> list = new ArrayList<>();
    out.forEach((id, cr) -> list.add(new Substitute(id, cr)));
    list.sort((a, b2) -> a.credit() != b2.credit() ? Double.compare(b2.credit(), a.credit()) : a.skillId().compareTo(b2.skillId()));
    return Collections.unmodifiableList(list);
  }

  private double credit(SkillRelation relation) {
    return switch (relation) {
      case EXACT -> profile.substitution().exact();
      case BROADER -> profile.substitution().broader();
      case RELATED -> profile.substitution().related();
      case NONE -> 0;
    };
  }

  private List<String> occupationsWith(String skillId) {
    return occupationsBySkill.computeIfAbsent(skillId, id -> {
      List<String> ids = new ArrayList<>();
      for (Occupation o : taxonomy.occupationsWithSkill(id)) {
        if (o.essentialSkills().contains(id)) {
          ids.add(o.id());
        }
      }
      Collections.sort(ids);
      return List.copyOf(ids);
    });
  }

  // ---------------------------------------------------------------- helpers

  private static Query boosted(Query q, double weight) {
    return new BoostQuery(new ConstantScoreQuery(q), (float) clampWeight(weight));
  }

  /** FeatureField weights must lie in (0, 64]. */
  private static double clampWeight(double w) {
    return Math.min(64, Math.max(1e-6, w));
  }

}
