package nl.werkmatch.score;

import nl.werkmatch.match.Category;
import nl.werkmatch.match.CategoryScore;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.match.SkillMatch;
import nl.werkmatch.match.Substitution;
import nl.werkmatch.match.TravelResult;
import nl.werkmatch.match.TravelTimeEstimator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.geo.GeoPoint;
import nl.werkmatch.model.Availability;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.CertificateHolding;
import nl.werkmatch.model.CertificateRequirement;
import nl.werkmatch.model.EducationLevel;
import nl.werkmatch.model.EmployerOffer;
import nl.werkmatch.model.JobDemands;
import nl.werkmatch.model.LanguageLevel;
import nl.werkmatch.model.LanguageSkill;
import nl.werkmatch.model.Loonwaarde;
import nl.werkmatch.model.Schedule;
import nl.werkmatch.model.Sector;
import nl.werkmatch.model.SkillSource;
import nl.werkmatch.model.TargetGroup;
import nl.werkmatch.model.Task;
import nl.werkmatch.model.TimeWindow;
import nl.werkmatch.model.TravelMode;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.WorkExperience;
import nl.werkmatch.model.WorkProfile;
import nl.werkmatch.taxonomy.Occupation;
import nl.werkmatch.taxonomy.SkillRelation;
import nl.werkmatch.taxonomy.Taxonomy;
import nl.werkmatch.text.Phrase;

/**
 * The exact scorer: scores one vacancy-candidate pair on every {@link Category} and combines the
 * categories with the weights of a {@link MatchProfile}. It is the reference the fast Lucene path is
 * checked against, and the same function serves both directions, so {@code score(v, c)} is
 * identical whether a vacancy or a candidate asked.
 *
 * <p>Principles: a requirement the vacancy does not state is met (score 1); a candidate value that
 * is unknown against a stated requirement scores the profile's neutral value and lowers the
 * category's confidence, never to zero; exceeding a demand costs nothing, falling short does. The
 * scorer never reads age, sex, nationality, benefit type or municipality of residence.
 *
 * <p>Thread-safe; deterministic for the same inputs and {@code today}.
 */
public final class Scorer {
  private final MatchProfile profile;
  private final Taxonomy taxonomy;
  private final Gazetteer gazetteer;
  private final TravelTimeEstimator travel;
  private final LocalDate today;

  /**
   * @param profile weights and functions
   * @param taxonomy skill taxonomy for substitutions
   * @param gazetteer resolves postcodes and place names to coordinates
   * @param travel travel-time estimator
   * @param today the reference date (validity of certificates and loonwaarde, recency, start dates)
   */
  public Scorer(MatchProfile profile, Taxonomy taxonomy, Gazetteer gazetteer, TravelTimeEstimator travel, LocalDate today) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.travel = Objects.requireNonNull(travel, "travel");
    this.today = Objects.requireNonNull(today, "today");
  }

  /** The profile this scorer uses. */
  public MatchProfile profile() {
    return profile;
  }

  /** The reference date. */
  public LocalDate today() {
    return today;
  }

  /** The taxonomy. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** Scores one pair. */
  public MatchScore score(Vacancy vacancy, Candidate candidate) {
    return score(prepare(vacancy), prepare(candidate));
  }

  public PreparedVacancy prepare(Vacancy v) {
    GeoPoint p = v.location() == null ? null : gazetteer.resolve(v.location()).orElse(null);
    return new PreparedVacancy(v, p, taxonomy);
  }

  public PreparedCandidate prepare(Candidate c) {
    GeoPoint p = c.home() == null ? null : gazetteer.resolve(c.home()).orElse(null);
    return new PreparedCandidate(c, p, taxonomy);
  }

  /** Per-pair accumulator of missing candidate fields. */
  private static final class Missing {
    final List<String> fields = new ArrayList<>();

    void add(String field) {
      if (!fields.contains(field)) {
        fields.add(field);
      }
    }
  }

  public MatchScore score(PreparedVacancy pv, PreparedCandidate pc) {
    Missing missing = new Missing();
    List<CategoryScore> cats = new ArrayList<>(Category.values().length);
    List<SkillMatch> skillMatches = new ArrayList<>();
    TravelResult travelResult = travel(pv, pc);
    Double coverage = null;
    for (Category category : Category.values()) {
      double w = profile.weight(category);
      if (w <= 0) {
        continue;
      }
      CategoryScore cs = switch (category) {
        case SKILLS -> skills(pv, pc, w, skillMatches, missing);
        case SOFT -> soft(pv, pc.candidate, w, missing);
        case TRAVEL -> travelScore(travelResult, pc.candidate, samePlace(pc.home, pv.location), w, missing);
        case INSTRUMENT -> instrument(pv, pc.candidate, w, missing);
        case HOURS -> hours(pv.vacancy, pc.candidate, w, missing);
        case EDUCATION -> education(pv.vacancy, pc.candidate, w, missing);
        case LANGUAGE -> language(pv.vacancy, pc.candidate, w, missing);
        case EXPERIENCE -> experience(pv, pc.candidate, w, missing);
        case PREFERENCES -> preferences(pv.vacancy, pc.candidate, w, missing);
      };
      cats.add(cs);
    }
    if (profile.weight(Category.SKILLS) <= 0) {
      skills(pv, pc, 0, skillMatches, new Missing());
    }
    coverage = taskCoverage(pv, pc);
    double sumW = 0;
    double sum = 0;
    double conf = 0;
    for (CategoryScore cs : cats) {
      sumW += cs.weight();
      sum += cs.weight() * cs.score();
      conf += cs.weight() * cs.confidence();
    }
    double total = sum / sumW;
    List<String> boosts = new ArrayList<>();
    for (MatchProfile.PolicyBoost b : profile.boosts()) {
      if (boostApplies(b, pv.vacancy, pc.candidate)) {
        total *= b.factor();
        boosts.add(b.name());
      }
    }
    total = clamp(total);
    total = minimumSkillFit(pv, pc, cats, total);
    total = foreignLanguageGap(pv.vacancy, pc.candidate, cats, total);
    return new MatchScore(pv.vacancy.id(), pc.candidate.id(), total, cats, clamp(conf / sumW), missing.fields,
        skillMatches, travelResult, coverage, boosts);
  }

  private boolean boostApplies(MatchProfile.PolicyBoost b, Vacancy v, Candidate c) {
    return switch (b.when()) {
      case CANDIDATE_TARGET_GROUP -> c.targetGroups() != null
          && c.targetGroups().stream().anyMatch(g -> g.name().equals(b.value()));
      case VACANCY_KIND -> v.kind() != null && v.kind().name().equals(b.value());
      case VACANCY_SECTOR -> v.sector() != null && v.sector().name().equals(b.value());
      case INCLUSIVE_EMPLOYER -> v.offer() != null && Boolean.TRUE.equals(v.offer().inclusiveEmployer());
      case SROI -> v.offer() != null && Boolean.TRUE.equals(v.offer().sroi());
      case PRIORITY_GROUP -> Boolean.TRUE.equals(nl.werkmatch.rules.PriorityGroup.valueOf(b.value()).appliesTo(c, today));
      case OFF_ROUTE -> offRoute(c, v);
      case JOB_READY_UNPAID_PLACE -> c.participation() != null && Boolean.TRUE.equals(c.participation().jobReady())
          && v.kind() != null && !v.kind().isPaid();
    };
  }

  /** Whether the person's recorded route does not offer the vacancy's kind first (policy boost OFF_ROUTE). */
  static boolean offRoute(Candidate c, Vacancy v) {
    return c.participation() != null && c.participation().route() != null && v.kind() != null
        && !c.participation().route().offersFirst(v.kind());
  }

  // ---------------------------------------------------------------- minimum skill fit

  /**
   * The kinds that are learning places: a person learns the job there, so the minimum skill fit
   * does not apply ("leerbaan" exception).
   */
  static final java.util.Set<nl.werkmatch.model.VacancyKind> LEARNING_KINDS = java.util.EnumSet.of(
      nl.werkmatch.model.VacancyKind.LEERWERKPLEK, nl.werkmatch.model.VacancyKind.STAGE,
      nl.werkmatch.model.VacancyKind.WERKERVARINGSPLAATS);

  /**
   * The unpaid participation kinds: no trade skill is asked beforehand (day structure, work rhythm,
   * meedoen), so the minimum skill fit does not apply ("participatie" exception).
   */
  static final java.util.Set<nl.werkmatch.model.VacancyKind> PARTICIPATION_KINDS = java.util.EnumSet.of(
      nl.werkmatch.model.VacancyKind.PARTICIPATIEPLAATS, nl.werkmatch.model.VacancyKind.VRIJWILLIGERSWERK);

  /** How far below the minimum score a pair under the minimum skill fit is held at most. */
  static final double BELOW_MINIMUM = 0.01;

  /**
   * Applies the profile's minimum skill fit to {@code total}: for a person with at least one skill on
   * record (own or from a past occupation) whose skills score against the vacancy's stated or
   * occupational requirements is below {@code minSkillFit}, the total is held below the minimum
   * score ({@link #skillFitCap}), unless the
   * vacancy is a learning place or its employer is open to job carving; the skills category's
   * evidence says which (replaced in {@code cats}). An unknown skill set (nothing recorded) is not
   * a zero fit and is left alone.
   */
  private double minimumSkillFit(PreparedVacancy pv, PreparedCandidate pc, List<CategoryScore> cats, double total) {
    double min = profile.minSkillFit();
    if (min <= 0 || pc.claims.isEmpty()) {
      return total;
    }
    for (int i = 0; i < cats.size(); i++) {
      CategoryScore skills = cats.get(i);
      if (skills.category() != Category.SKILLS || skills.confidence() <= 0 || skills.score() >= min) {
        continue;
      }
      Phrase exception = skillFitException(pv.vacancy);
      double score = skills.score();
      Phrase fit = Phrase.of(nl -> String.format(Locale.ROOT, nl ? "vakfit %.2f onder het minimum %.2f"
          : "skill fit %.2f below the minimum %.2f", score, min));
      double out = exception != null ? total : skillFitCap(total, skills.score(), min, profile.minScore());
      cats.set(i, withEvidence(skills, exception != null ? fit.then(Phrase.same(", ")).then(exception)
          : fit.then(Phrase.same(": ")).then(cannotReachTheMinimum(out))));
      return out;
    }
    return total;
  }

  /** Why a vacancy is exempt from the minimum skill fit ("leerbaan", "participatie", "jobcarving"), or null. */
  static Phrase skillFitException(Vacancy v) {
    if (v.kind() != null && LEARNING_KINDS.contains(v.kind())) {
      String kind = v.kind().name().toLowerCase(Locale.ROOT);
      return Phrase.of(nl -> nl ? "uitzondering leerbaan: een " + kind + " is een plek om het vak te leren"
          : "leerbaan exception: a " + kind + " is a place to learn the job");
    }
    if (isParticipationKind(v.kind())) {
      String kind = v.kind().name().toLowerCase(Locale.ROOT);
      return Phrase.of(nl -> nl ? "uitzondering participatie: een " + kind + " vraagt geen vakkennis vooraf, het gaat om"
          + " dagstructuur, werkritme en meedoen" : "participation exception: a " + kind + " asks no trade skills"
          + " beforehand; it is about day structure, work rhythm and taking part (meedoen)");
    }
    if (v.offer() != null && Boolean.TRUE.equals(v.offer().openToJobCarving())) {
      return Phrase.of("uitzondering jobcarving: de werkgever staat open voor jobcarving (functiecreatie)",
          "jobcarving exception: the employer is open to job carving (functiecreatie)");
    }
    return null;
  }

  /**
   * The total of a pair whose skill fit {@code skills} is below {@code minSkillFit}: at most
   * {@code (minScore - BELOW_MINIMUM) x (0.5 + 0.5 x skills / minSkillFit)}, so it stays below the
   * minimum score and a pair with some skill fit stays above one with none; unchanged when the
   * minimum score leaves no room below it.
   */
  static double skillFitCap(double total, double skills, double minSkillFit, double minScore) {
    if (minScore < BELOW_MINIMUM) {
      return total;
    }
    return Math.min(total, (minScore - BELOW_MINIMUM) * (0.5 + 0.5 * skills / minSkillFit));
  }

  // ---------------------------------------------------------------- foreign language gap

  /**
   * How many CEFR steps a person's level may be below a required foreign (not Dutch) language
   * before the requirement counts as unmet; a language the person does not speak is below A1.
   */
  static final int FOREIGN_LANGUAGE_GAP_STEPS = 2;

  /**
   * Applies the foreign-language requirement of a job abroad (GrensWerk: its location's country is
   * not NL) to {@code total}: when the person's languages are on record and a required language
   * other than Dutch is not spoken, or spoken
   * {@link #FOREIGN_LANGUAGE_GAP_STEPS} or more steps below the level asked (a level not on record is no gap), the total is held below
   * the minimum score (at most {@code minScore - BELOW_MINIMUM}) and the language category says so.
   * Dutch is left to the language score and its gap closer (a taaltraject can be combined with
   * work; a foreign language abroad has no such instrument here), and so is a foreign language asked
   * by a job in the Netherlands (often a "pré"). Unrecorded languages are not a zero fit and are left
   * alone.
   */
  private double foreignLanguageGap(Vacancy v, Candidate c, List<CategoryScore> cats, double total) {
    LanguageSkill unmet = unmetForeignLanguage(v, c);
    if (unmet == null || profile.minScore() < BELOW_MINIMUM) {
      return total;
    }
    double out = Math.min(total, profile.minScore() - BELOW_MINIMUM);
    String need = unmet.language() + (unmet.level() == null ? "" : " " + unmet.level().label());
    Phrase gap = Phrase.of(nl -> nl ? "taaleis " + need + " niet gehaald: " : "language requirement " + need + " not met: ")
        .then(cannotReachTheMinimum(out));
    for (int i = 0; i < cats.size(); i++) {
      if (cats.get(i).category() == Category.LANGUAGE) {
        cats.set(i, withEvidence(cats.get(i), gap));
      }
    }
    return out;
  }

  /** "totaal X kan de minimumscore niet halen": what a gate that holds a total below the minimum says. */
  private static Phrase cannotReachTheMinimum(double total) {
    String capped = String.format(Locale.ROOT, "%.3f", round(total));
    return Phrase.of(nl -> nl ? "totaal " + capped + " kan de minimumscore niet halen"
        : "total " + capped + " cannot reach the minimum score");
  }

  /** {@code c} with {@code phrase} added to its evidence. */
  private static CategoryScore withEvidence(CategoryScore c, Phrase phrase) {
    List<Phrase> ev = new ArrayList<>(c.evidence());
    ev.add(phrase);
    return new CategoryScore(c.category(), c.score(), c.weight(), c.confidence(), ev);
  }

  /** The first required foreign language of a job abroad that the person, whose languages are on record, does not meet (see above), or null. */
  static LanguageSkill unmetForeignLanguage(Vacancy v, Candidate c) {
    if (v.languages() == null || c.languages() == null || v.location() == null || v.location().country() == null
        || v.location().country().equals("NL")) {
      return null;
    }
    for (LanguageSkill req : v.languages()) {
      if (req.language() == null || req.language().equals("nl")) {
        continue;
      }
      int need = req.level() == null ? 1 : req.level().cefrRank();
      int have = 0;
      for (LanguageSkill l : c.languages()) {
        if (req.language().equals(l.language())) {
          // spoken at an unrecorded level: not a known gap
          have = Math.max(have, l.level() == null ? need : l.level().cefrRank());
        }
      }
      if (have == 0 || need - have >= FOREIGN_LANGUAGE_GAP_STEPS) {
        return req;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- skills

  /** Best credit of the candidate's claims for one requirement, with the claim that gave it. */
  private record Credit(double credit, PreparedCandidate.Claim claim, Substitution substitution) {}

  /** No claim gives credit. */
  private static final Credit NO_CREDIT = new Credit(0, null, Substitution.MISSING);

  /** {@code required}: {@link Taxonomy#ordinal} of the requirement's skill id. */
  private Credit bestCredit(PreparedVacancy.Requirement r, int required, PreparedCandidate pc) {
    MatchProfile.SubstitutionCredits sc = profile.substitution();
    Credit best = NO_CREDIT;
    SkillRelation[] relations = taxonomy.relationsTo(required);
    for (int i = 0; i < pc.claims.size(); i++) {
      PreparedCandidate.Claim claim = pc.claims.get(i);
      Substitution sub = Substitution.MISSING;
      double base = 0;
      if (r.skillId() != null && claim.skillId() != null) {
        int has = pc.claimOrdinals[i];
        // ordinals resolved once per record; ids unknown to the taxonomy compare as strings
        SkillRelation rel = relations != null && has >= 0
            ? relations[has]
            : taxonomy.relation(claim.skillId(), r.skillId());
        switch (rel) {
          case EXACT -> {
            boolean synonym = claim.viaSynonym() || r.viaSynonym();
            sub = synonym ? Substitution.SYNONYM : Substitution.EXACT;
            base = synonym ? sc.synonym() : sc.exact();
          }
          case BROADER -> {
            sub = Substitution.BROADER;
            base = sc.broader();
          }
          case RELATED -> {
            sub = Substitution.RELATED;
            base = sc.related();
          }
          case NONE -> { }
        }
      }
      if (base < sc.text() && (r.skillId() == null || claim.skillId() == null)
          && DutchText.covers(claim.terms(), r.terms())) {
        sub = Substitution.TEXT;
        base = sc.text();
      }
      if (base <= 0) {
        continue;
      }
      double credit = base * levelFactor(claim.level(), r.minLevel()) * recencyFactor(claim.lastUsedYear())
          * (claim.source() == SkillSource.SELF_REPORTED ? nl.werkmatch.index.Fields.SELF_REPORTED_FACTOR : 1.0);
      if (credit > best.credit() + 1e-12) {
        best = new Credit(credit, claim, sub);
      }
    }
    return best;
  }

  private static double levelFactor(Integer level, Integer minLevel) {
    if (level == null || minLevel == null || level >= minLevel) {
      return 1.0;
    }
    return Math.max(0.3, 1.0 - 0.25 * (minLevel - level));
  }

  private double recencyFactor(Integer lastUsedYear) {
    if (lastUsedYear == null) {
      return 1.0;
    }
    int years = Math.max(0, today.getYear() - lastUsedYear);
    return 0.5 + 0.5 * profile.recencyDecay().apply(years);
  }

  private CategoryScore skills(PreparedVacancy pv, PreparedCandidate pc, double w, List<SkillMatch> out, Missing missing) {
    List<Phrase> ev = new ArrayList<>();
    if (pv.requirements.isEmpty()) {
      ev.add(Phrase.of("vacature noemt geen vaardigheden en geen bekend beroep", "vacancy names no skills and no known occupation"));
      return new CategoryScore(Category.SKILLS, profile.missingNeutral(), w, 0, ev);
    }
    if (pv.requirementsFromOccupation) {
      String occupation = pv.occupation.id();
      ev.add(Phrase.of(nl -> (nl ? "vaardigheden ontleend aan beroep " : "skills taken from occupation ") + occupation));
    }
    if (!pc.skillsKnown) {
      missing.add("skills");
      for (PreparedVacancy.Requirement r : pv.requirements) {
        out.add(new SkillMatch(r.key(), r.label(), r.essential(), null, null, Substitution.MISSING, 0));
      }
      ev.add(Phrase.of("geen vaardigheden van de kandidaat vastgelegd, zelf of uit eerder werk: onbekend, niet nul",
          "no skills of the candidate recorded, own or from past work: unknown, not zero"));
      return new CategoryScore(Category.SKILLS, profile.missingNeutral(), w, 0, ev);
    }
    double num = 0;
    double den = 0;
    int metEssential = 0;
    int essential = 0;
    for (int i = 0; i < pv.requirements.size(); i++) {
      PreparedVacancy.Requirement r = pv.requirements.get(i);
      Credit c = bestCredit(r, pv.requirementOrdinals[i], pc);
      double weight = requirementWeight(r.essential());
      num += weight * c.credit();
      den += weight;
      if (r.essential()) {
        essential++;
        if (c.credit() >= 0.5) {
          metEssential++;
        }
      }
      out.add(new SkillMatch(r.key(), r.label(), r.essential(),
          c.claim() == null ? null : c.claim().skillId() != null ? c.claim().skillId() : c.claim().label(),
          c.claim() == null ? null : c.claim().label(), c.substitution(), round(c.credit())));
    }
    int met = metEssential;
    int of = essential;
    ev.add(Phrase.of(nl -> nl ? met + " van de " + of + " essentiële vaardigheden aanwezig" : met + " of " + of + " essential skills met"));
    double fit = clamp(num / den);
    if (isParticipationKind(pv.vacancy.kind())) {
      String kind = pv.vacancy.kind().name().toLowerCase(Locale.ROOT);
      ev.add(Phrase.of(nl -> nl ? "een " + kind + " vraagt geen vakkennis vooraf: vaardigheden tellen vanaf neutraal"
          : "a " + kind + " asks no trade skills beforehand: skills count from neutral"));
      return new CategoryScore(Category.SKILLS, participationSkills(fit, profile.missingNeutral()), w, 1, ev);
    }
    return new CategoryScore(Category.SKILLS, fit, w, 1, ev);
  }

  /**
   * The skills score of a participation place ({@link #PARTICIPATION_KINDS}) for a person with
   * recorded skills: {@code neutral + (1 - neutral) x fit}, so a person who has none of the skills
   * the place lists scores the neutral value (no trade skill is asked beforehand; the place is for
   * day structure, work rhythm and meedoen) and one who has them scores higher. Linear in the fit,
   * so the fast path scales its skill clauses by {@code 1 - neutral} and adds {@code neutral}.
   */
  public static double participationSkills(double fit, double neutral) {
    return neutral + (1 - neutral) * fit;
  }

  /** Whether {@code kind} is a participation place ({@link #participationSkills}). */
  public static boolean isParticipationKind(nl.werkmatch.model.VacancyKind kind) {
    return kind != null && PARTICIPATION_KINDS.contains(kind);
  }

  private Double taskCoverage(PreparedVacancy pv, PreparedCandidate pc) {
    List<Task> tasks = pv.vacancy.tasks();
    if (tasks == null || tasks.isEmpty()) {
      return null;
    }
    double total = 0;
    double covered = 0;
    for (int t = 0; t < tasks.size(); t++) {
      Task task = tasks.get(t);
      double share = task.sharePercent() == null ? 100.0 / tasks.size() : task.sharePercent();
      total += share;
      PreparedVacancy.Requirement[] skills = pv.taskRequirements[t];
      boolean ok = skills != null;
      for (int i = 0; ok && i < skills.length; i++) {
        ok = bestCredit(skills[i], pv.taskOrdinals[t][i], pc).credit() >= 0.5;
      }
      if (ok) {
        covered += share;
      }
    }
    return total <= 0 ? null : round(covered / total);
  }

  // ---------------------------------------------------------------- soft criteria

  /**
   * How much a compared demand taken from the occupation ({@link PreparedVacancy#inferredDemands})
   * counts towards the soft category's confidence: half of one the vacancy records.
   */
  static final double INFERRED_DEMAND_CONFIDENCE = 0.5;

  private CategoryScore soft(PreparedVacancy pv, Candidate c, double w, Missing missing) {
    Vacancy v = pv.vacancy;
    List<Phrase> ev = new ArrayList<>();
    if (!pv.inferredDemands.isEmpty()) {
      String occupation = pv.occupation.label();
      String inferred = String.join(", ", pv.inferredDemands);
      ev.add(Phrase.of(nl -> nl
          ? "afgeleid van beroep " + occupation + " (niet vastgelegd in de vacature, lagere zekerheid): " + inferred
          : "inferred from occupation " + occupation + " (not recorded in the vacancy, lower confidence): " + inferred));
    }
    JobDemands d = v.demands();
    EmployerOffer o = v.offer();
    WorkProfile p = c.workProfile();
    double sum = 0;
    double worst = 1;
    int n = 0;
    int known = 0;
    if (d != null) {
      double[] r;
      r = dim("pace", p == null ? null : p.pace(), d.pace(), ev, missing);
      sum += r[0]; n += (int) r[1]; known += (int) r[2]; worst = r[1] > 0 ? Math.min(worst, r[0]) : worst;
      r = dim("accuracy", p == null ? null : p.accuracy(), d.accuracy(), ev, missing);
      sum += r[0]; n += (int) r[1]; known += (int) r[2]; worst = r[1] > 0 ? Math.min(worst, r[0]) : worst;
      r = dim("independence", p == null ? null : p.independence(), d.independence(), ev, missing);
      sum += r[0]; n += (int) r[1]; known += (int) r[2]; worst = r[1] > 0 ? Math.min(worst, r[0]) : worst;
      r = dim("stressTolerance", p == null ? null : p.stressTolerance(), d.stress(), ev, missing);
      sum += r[0]; n += (int) r[1]; known += (int) r[2]; worst = r[1] > 0 ? Math.min(worst, r[0]) : worst;
      r = dim("customerContact", p == null ? null : p.customerContact(), d.customerContact(), ev, missing);
      sum += r[0]; n += (int) r[1]; known += (int) r[2]; worst = r[1] > 0 ? Math.min(worst, r[0]) : worst;
      r = dim("physicalCapacity", p == null ? null : p.physicalCapacity(), d.physicalLoad(), ev, missing);
      sum += r[0]; n += (int) r[1]; known += (int) r[2]; worst = r[1] > 0 ? Math.min(worst, r[0]) : worst;
    }
    if (o != null) {
      // the candidate's need is the demand, the employer's offer the capacity
      double[] r;
      r = need("structure", p == null ? null : p.needForStructure(), o.structure(), ev, missing);
      sum += r[0]; n += (int) r[1]; known += (int) r[2]; worst = r[1] > 0 ? Math.min(worst, r[0]) : worst;
      r = need("supervision", p == null ? null : p.needForSupervision(), o.supervision(), ev, missing);
      sum += r[0]; n += (int) r[1]; known += (int) r[2]; worst = r[1] > 0 ? Math.min(worst, r[0]) : worst;
      if (o.setbackTolerance() != null) {
        Integer stress = p == null ? null : p.stressTolerance();
        double fit = setbackFit(stress, o.setbackTolerance(), profile.missingNeutral());
        sum += fit;
        worst = Math.min(worst, fit);
        if (stress == null) {
          missing.add("workProfile.stressTolerance");
        } else {
          known++;
          if (fit < 1) {
            int tolerance = o.setbackTolerance();
            ev.add(Phrase.of(nl -> nl ? "tolerantie van de werkgever voor terugval " + tolerance + " is laag bij stressbestendigheid " + stress
                : "employer's tolerance for setbacks " + tolerance + " is low for stress tolerance " + stress));
          }
        }
        n++;
      }
    }
    if (n == 0) {
      ev.add(Phrase.of("geen functie-eisen vastgelegd", "no job demands recorded"));
      return new CategoryScore(Category.SOFT, 1, w, 1, ev);
    }
    int shortfalls = ev.size() - (pv.inferredDemands.isEmpty() ? 0 : 1);
    if (known == 0) {
      int demands = n;
      ev.add(Phrase.of(nl -> nl ? "werkprofiel niet vastgelegd tegenover " + demands + " eisen" : "work profile not recorded against " + demands + " demands"));
    } else if (shortfalls == 0) {
      int demands = n;
      int compared = known;
      ev.add(Phrase.of(nl -> compared == demands ? (nl ? "voldoet aan alle " + demands + " vastgelegde eisen" : "meets all " + demands + " recorded demands")
          : nl ? "voldoet aan de " + compared + " van " + demands + " eisen die te vergelijken zijn"
          : "meets the " + compared + " of " + demands + " demands that can be compared"));
    }
    // a demand taken from the occupation, compared with a recorded value, counts half towards the confidence
    double inferredKnown = 0;
    if (!pv.inferredDemands.isEmpty() && p != null && d != null) {
      inferredKnown += inferredKnown(pv, "pace", p.pace());
      inferredKnown += inferredKnown(pv, "accuracy", p.accuracy());
      inferredKnown += inferredKnown(pv, "independence", p.independence());
      inferredKnown += inferredKnown(pv, "stress", p.stressTolerance());
      inferredKnown += inferredKnown(pv, "customerContact", p.customerContact());
      inferredKnown += inferredKnown(pv, "physicalLoad", p.physicalCapacity());
    }
    // a single large shortfall matters more than several small ones: half the mean, half the worst
    return new CategoryScore(Category.SOFT, softScore(sum, n, worst), w,
        (known - (1 - INFERRED_DEMAND_CONFIDENCE) * inferredKnown) / n, ev);
  }

  /**
   * The weight of a requirement in the skills score: {@link nl.werkmatch.index.Fields#REQUIRED_SKILL_WEIGHT}
   * for an essential skill, {@link nl.werkmatch.index.Fields#OPTIONAL_SKILL_WEIGHT} for an optional one.
   */
  public static double requirementWeight(boolean essential) {
    return essential ? nl.werkmatch.index.Fields.REQUIRED_SKILL_WEIGHT : nl.werkmatch.index.Fields.OPTIONAL_SKILL_WEIGHT;
  }

  /** 1 when the demand {@code name} was taken from the occupation and the person's value is recorded. */
  private static double inferredKnown(PreparedVacancy pv, String name, Integer capacity) {
    if (capacity == null) {
      return 0;
    }
    for (String inferred : pv.inferredDemands) {
      if (inferred.startsWith(name + " ")) {
        return 1;
      }
    }
    return 0;
  }

  /**
   * The soft-criteria score of {@code n} compared demands whose fits sum to {@code sum}, the lowest
   * being {@code worst}: a single large shortfall matters more than several small ones, so half the
   * mean and half the worst.
   */
  public static double softScore(double sum, int n, double worst) {
    return clamp(0.5 * (sum / n) + 0.5 * worst);
  }

  /**
   * The fit of a capacity to a demand: a quarter off per step short; not recorded ({@code null}),
   * the fit of the lowest capacity or the neutral share, whichever is higher.
   */
  public static double capacityFit(Integer capacity, int demand, double neutral) {
    return capacity == null ? unknown(neutral, 1 - 0.25 * (demand - 1)) : 1 - 0.25 * Math.max(0, demand - capacity);
  }

  /** The fit of a need to what the employer offers: a quarter off per step above; as {@link #capacityFit}. */
  public static double needFit(Integer need, int offered, double neutral) {
    return need == null ? unknown(neutral, 1 - 0.25 * Math.max(0, 5 - offered)) : 1 - 0.25 * Math.max(0, need - offered);
  }

  /**
   * The fit of a stress tolerance to the employer's tolerance for setbacks: a quarter off per step
   * the person's fragility ({@code 6 - stress}) exceeds it; as {@link #capacityFit}.
   */
  public static double setbackFit(Integer stress, int tolerance, double neutral) {
    return stress == null ? unknown(neutral, 1 - 0.25 * Math.max(0, 5 - tolerance))
        : 1 - 0.25 * Math.max(0, 6 - stress - tolerance);
  }

  /** Returns {score, counted, known}. */
  private double[] dim(String name, Integer capacity, Integer demand, List<Phrase> ev, Missing missing) {
    if (demand == null) {
      return new double[] {0, 0, 0};
    }
    double fit = capacityFit(capacity, demand, profile.missingNeutral());
    if (capacity == null) {
      missing.add("workProfile." + name);
      return new double[] {fit, 1, 0};
    }
    if (capacity < demand) {
      ev.add(Phrase.of(nl -> nl ? Words.demand(name) + " " + capacity + " onder de vraag " + demand : name + " " + capacity + " below demand " + demand));
    }
    return new double[] {fit, 1, 1};
  }

  private double[] need(String name, Integer need, Integer offered, List<Phrase> ev, Missing missing) {
    if (offered == null) {
      return new double[] {0, 0, 0};
    }
    double fit = needFit(need, offered, profile.missingNeutral());
    if (need == null) {
      missing.add("workProfile.needFor" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
      return new double[] {fit, 1, 0};
    }
    if (need > offered) {
      ev.add(Phrase.of(nl -> nl ? "heeft " + Words.demand(name) + " " + need + " nodig, werkgever biedt " + offered
          : "needs " + name + " " + need + ", employer offers " + offered));
    }
    return new double[] {fit, 1, 1};
  }

  // ---------------------------------------------------------------- travel

  /** Travel minutes by the best available mode, against the personal and statutory one-way limits. */
  public TravelResult travel(PreparedVacancy pv, PreparedCandidate pc) {
    Candidate c = pc.candidate;
    int limit = profile.travelCeilingMinutesOneWay();
    if (c.travel() != null && c.travel().maxTravelMinutes() != null) {
      limit = Math.min(limit, c.travel().maxTravelMinutes());
    }
    if (pv.location == null || pc.home == null) {
      return new TravelResult(null, null, limit, true);
    }
    List<TravelMode> modes = modes(c);
    double best = Double.NaN;
    TravelMode bestMode = null;
    for (TravelMode m : modes) {
      double t = tripMinutes(travel, pc.home, pv.location, m);
      if (!Double.isNaN(t) && (Double.isNaN(best) || t < best)) {
        best = t;
        bestMode = m;
      }
    }
    if (bestMode == null) {
      return new TravelResult(null, null, limit, true);
    }
    int minutes = (int) Math.ceil(best - 1e-9);
    return new TravelResult(minutes, bestMode, limit, minutes <= limit);
  }

  /**
   * The distance assumed between two points that resolve to one place (closer than
   * {@link #SAME_PLACE_KM}): a home and a workplace known only by the same postcode or town resolve
   * to its centre, but are not at the same address. 1.5 km is a typical trip inside a Dutch town or
   * village (5 to 8 minutes by bike); an assumption, not a measured figure. The fast path computes
   * travel with the same function ({@link #tripMinutes}).
   */
  static final double IN_TOWN_KM = 1.5;
  /** Points closer than this (10 m) are taken to be one place centre; the index quantises to about 1 cm. */
  static final double SAME_PLACE_KM = 0.01;

  /**
   * One-way minutes from {@code from} to {@code to} by {@code mode}: the estimator's, but between two
   * points of one place the trip of {@link #IN_TOWN_KM} due north, never 0 minutes.
   */
  public static double tripMinutes(TravelTimeEstimator estimator, GeoPoint from, GeoPoint to, TravelMode mode) {
    if (from.distanceKm(to) < SAME_PLACE_KM) {
      return estimator.minutes(from, new GeoPoint(from.lat() + IN_TOWN_KM / 111.195, from.lon()), mode);
    }
    return estimator.minutes(from, to, mode);
  }

  /** Whether a trip between two points is one inside a place ({@link #tripMinutes} assumes {@link #IN_TOWN_KM}). */
  static boolean samePlace(GeoPoint from, GeoPoint to) {
    return from != null && to != null && from.distanceKm(to) < SAME_PLACE_KM;
  }

  /** Hours factor for shift work the person cannot do (retrieval approximates with the same). */
  public static final double SHIFTS_PENALTY = 0.5;
  /** Hours factor for night work the person cannot do. */
  public static final double NIGHTS_PENALTY = 0.3;
  /** Hours factor for weekend work the person cannot do. */
  public static final double WEEKENDS_PENALTY = 0.6;
  /** Preferences score of a vacancy in a desired occupation (retrieval approximates with the same). */
  public static final double DESIRED_OCCUPATION = 1;
  /** Preferences score of a vacancy in a desired sector. */
  public static final double DESIRED_SECTOR = 0.8;
  /** Preferences score of a vacancy outside the stated preferences. */
  public static final double PREFERENCE_ELSEWHERE = 0.3;

  /** The modes assumed for a person who recorded none (retrieval assumes the same). */
  public static final List<TravelMode> ASSUMED_MODES = List.of(TravelMode.BIKE, TravelMode.PUBLIC_TRANSPORT);

  private static List<TravelMode> modes(Candidate c) {
    if (c.travel() == null || c.travel().modes() == null || c.travel().modes().isEmpty()) {
      return ASSUMED_MODES;
    }
    return c.travel().modes();
  }

  private CategoryScore travelScore(TravelResult t, Candidate c, boolean inTown, double w, Missing missing) {
    List<Phrase> ev = new ArrayList<>();
    if (!t.known()) {
      missing.add("home");
      ev.add(Phrase.of("reistijd onbekend (woon- of werkadres niet te herleiden)", "travel time unknown (home or work location not resolvable)"));
      return new CategoryScore(Category.TRAVEL, profile.missingNeutral(), w, 0, ev);
    }
    double conf = 1;
    if (c.travel() == null || c.travel().modes() == null || c.travel().modes().isEmpty()) {
      missing.add("travel.modes");
      conf = 0.5;
      ev.add(Phrase.of("vervoerswijzen niet vastgelegd; uitgegaan van fiets of openbaar vervoer", "travel modes not recorded; assumed bike or public transport"));
    }
    ev.add(Words.travel(t));
    if (inTown) {
      String km = fmt(IN_TOWN_KM);
      ev.add(Phrase.of(nl -> nl ? "woon- en werkadres vallen op één plaatskern: een gewone rit binnen de plaats van " + km
          + " km aangenomen" : "home and work resolve to one place centre: a typical in-town trip of " + km + " km assumed"));
    }
    if (!t.withinLimit()) {
      ev.add(Phrase.of("boven de reistijdgrens", "beyond the travel limit"));
      return new CategoryScore(Category.TRAVEL, 0, w, conf, ev);
    }
    return new CategoryScore(Category.TRAVEL, clamp(profile.travelDecay().apply(t.minutes())), w, conf, ev);
  }

  // ---------------------------------------------------------------- loonwaarde and instruments

  private CategoryScore instrument(PreparedVacancy pv, Candidate c, double w, Missing missing) {
    Vacancy v = pv.vacancy;
    List<Phrase> ev = new ArrayList<>();
    Loonwaarde lw = c.loonwaarde();
    if (!needsLoonkostensubsidie(c)) {
      ev.add(Phrase.of("geen loonkostensubsidie nodig", "no loonkostensubsidie needed"));
      return new CategoryScore(Category.INSTRUMENT, 1, w, 1, ev);
    }
    if (v.kind() != null && !v.kind().isPaid()) {
      ev.add(Phrase.of("onbetaalde plaats: geen loonkostensubsidie nodig", "unpaid placement: loonkostensubsidie not needed"));
      return new CategoryScore(Category.INSTRUMENT, 1, w, 1, ev);
    }
    EmployerOffer o = v.offer();
    Boolean accepts = o == null ? null : o.acceptsLoonkostensubsidie();
    if (accepts == null) {
      ev.add(Phrase.of("onbekend of de werkgever loonkostensubsidie accepteert", "unknown whether the employer accepts loonkostensubsidie"));
      return new CategoryScore(Category.INSTRUMENT, profile.missingNeutral(), w, 0, ev);
    }
    double base;
    if (!accepts) {
      base = 0.25;
      ev.add(Phrase.of("werkgever accepteert geen loonkostensubsidie", "employer does not accept loonkostensubsidie"));
    } else {
      base = 1;
      ev.add(Phrase.of("werkgever accepteert loonkostensubsidie", "employer accepts loonkostensubsidie"));
      Double pct = lw == null ? null : lw.percentage();
      if (o.minLoonwaarde() != null && pct != null && pct < o.minLoonwaarde()) {
        base = Math.max(0.2, 1 - (o.minLoonwaarde() - pct) / 50.0);
        String minimum = fmtPct(o.minLoonwaarde());
        ev.add(Phrase.of(nl -> (nl ? "loonwaarde onder het minimum van de werkgever, " : "loonwaarde below the employer's minimum of ") + minimum));
      }
    }
    // quality of the measurement: pulls the score towards neutral when it is only an estimate here
    double quality = 1;
    if (lw == null || lw.percentage() == null) {
      missing.add("loonwaarde");
      quality = 0.5;
      ev.add(Phrase.of("geen loonwaarde gemeten", "no loonwaarde measured"));
    } else {
      if (!lw.validOn(today)) {
        quality *= 0.8;
        LocalDate on = lw.assessedOn();
        ev.add(Phrase.of(nl -> nl ? "loonwaarde gemeten " + (on == null ? "op een onbekende datum" : "op " + on)
            + ": ouder dan een jaar, opnieuw vast te stellen"
            : "loonwaarde measured " + (on == null ? "on an unknown date" : on) + ": older than a year, to be reassessed"));
      }
      // a loonwaarde holds for the function it was measured in (003_54404283cad955a7.txt:461): for
      // another function it is only an estimate, and the explanation names the function
      String measuredIn = lw.occupationId();
      String pct = fmtPct(lw.percentage());
      Occupation m = measuredIn == null ? null : taxonomy.occupation(measuredIn).orElse(null);
      String function = lw.functionTitle() != null ? lw.functionTitle() : m != null ? m.label() : measuredIn;
      if (measuredIn == null) {
        quality *= 0.85;
        ev.add(Phrase.of(nl -> nl ? "loonwaarde gemeten in " + (function == null ? "een onbekende functie"
                : "de functie " + function + " (beroep onbekend)") + ": " + pct + ", voor deze functie een schatting"
            : "loonwaarde measured in " + (function == null ? "an unknown function"
                : "the function " + function + " (occupation unknown)") + ": " + pct + ", only an estimate for this one"));
      } else if (!measuredIn.equals(v.occupationId())) {
        boolean sameSector = m != null && pv.occupation != null && m.sector() == pv.occupation.sector();
        quality *= sameSector ? 0.9 : 0.8;
        ev.add(Phrase.of(nl -> nl ? "loonwaarde gemeten in een andere functie (" + function
                + (sameSector ? ", zelfde sector" : "") + "): " + pct + ", voor deze functie een schatting"
            : "loonwaarde measured in another function (" + function + (sameSector ? ", same sector" : "") + "): "
                + pct + ", only an estimate for this one"));
      } else {
        ev.add(Phrase.of(nl -> (nl ? "loonwaarde gemeten in deze functie (" : "loonwaarde measured in this function (")
            + function + "): " + pct));
      }
    }
    double n = profile.missingNeutral();
    double score = n + (base - n) * quality;
    return new CategoryScore(Category.INSTRUMENT, clamp(score), w, quality, ev);
  }

  /** Whether paid work for {@code c} takes loonkostensubsidie: a loonwaarde below 100% or the LKS target group. */
  public static boolean needsLoonkostensubsidie(Candidate c) {
    Loonwaarde lw = c.loonwaarde();
    return (lw != null && lw.percentage() != null && lw.percentage() < 100) || c.inTargetGroup(TargetGroup.LKS_DOELGROEP);
  }

  // ---------------------------------------------------------------- hours and availability

  private CategoryScore hours(Vacancy v, Candidate c, double w, Missing missing) {
    List<Phrase> ev = new ArrayList<>();
    Availability a = c.availability();
    Schedule s = v.schedule();
    double f = 1;
    int parts = 0;
    int known = 0;
    // volume
    if (v.minHours() != null || v.maxHours() != null) {
      parts++;
      Integer cmax = a == null ? null : a.effectiveMaxHours();
      Integer cmin = a == null ? null : a.minHours();
      if (cmax == null && cmin == null) {
        missing.add("availability.hours");
      } else {
        known++;
      }
      f *= volumeFit(cmax, cmin, a == null ? null : a.buildUpHours(), v.minHours(), v.maxHours(),
          profile.missingNeutral(), ev);
    }
    // schedule
    if (s != null) {
      f *= flag("shifts", s.shifts(), a == null ? null : a.shifts(), SHIFTS_PENALTY, ev, missing);
      f *= flag("nights", s.nights(), a == null ? null : a.nights(), NIGHTS_PENALTY, ev, missing);
      f *= flag("weekends", s.weekends(), a == null ? null : a.weekends(), WEEKENDS_PENALTY, ev, missing);
      if (Boolean.TRUE.equals(s.shifts()) || Boolean.TRUE.equals(s.nights()) || Boolean.TRUE.equals(s.weekends())) {
        parts++;
        known++;
      }
      if (s.timeWindows() != null && !s.timeWindows().isEmpty() && a != null && a.timeWindows() != null
          && !a.timeWindows().isEmpty()) {
        double frac = windowCoverage(s.timeWindows(), a.timeWindows());
        f *= 0.3 + 0.7 * frac;
        parts++;
        known++;
        if (frac < 1) {
          long pct = Math.round(frac * 100);
          ev.add(Phrase.of(nl -> nl ? pct + "% van de werktijden valt in de tijdvensters van de kandidaat"
              : pct + "% of the working times fall in the candidate's time windows"));
        }
      }
    }
    // start date
    if (v.startDate() != null) {
      parts++;
      if (a == null || a.startDate() == null) {
        known++; // available now unless stated otherwise
      } else {
        known++;
        LocalDate start = a.startDate();
        if (start.isAfter(v.startDate())) {
          long months = ChronoUnit.MONTHS.between(v.startDate(), start) + 1;
          f *= Math.max(0.5, 1 - 0.1 * months);
          LocalDate starts = v.startDate();
          ev.add(Phrase.of(nl -> nl ? "beschikbaar vanaf " + start + ", vacature begint " + starts
              : "available from " + start + ", vacancy starts " + starts));
        }
      }
    }
    double conf = parts == 0 ? 1 : (double) known / parts;
    if (ev.isEmpty()) {
      ev.add(parts == 0 ? Phrase.of("vacature noemt geen uren of rooster", "vacancy states no hours or schedule")
          : Phrase.of("beschikbaarheid past", "availability fits"));
    }
    return new CategoryScore(Category.HOURS, clamp(f), w, conf, ev);
  }

  /**
   * The hours factor of the weekly volume a vacancy asks ({@code min}, {@code max}; at least one
   * stated) for a person who can work at most {@code canMax} and wants at least {@code wantsMin}
   * (both null: not recorded, halfway between the neutral share and 1), building up along
   * {@code path} (may be null); adds what falls short to {@code ev} (may be null).
   */
  public static double volumeFit(Integer canMax, Integer wantsMin, List<Integer> path, Integer min, Integer max,
      double neutral, List<Phrase> ev) {
    if (canMax == null && wantsMin == null) {
      return neutral + (1 - neutral) * 0.5;
    }
    if (canMax != null && min != null && canMax < min) {
      if (ev != null) {
        ev.add(Phrase.of(nl -> nl ? "kan " + canMax + " uur/week werken, vacature vraagt minstens " + min
            : "can work " + canMax + " h/week, vacancy needs at least " + min));
      }
      return 0.8 * canMax / min;
    }
    if (path != null && !path.isEmpty() && min != null && path.get(0) < min) {
      // maxHours is where the build-up path ends; the first steps are below the vacancy's hours
      if (ev != null) {
        ev.add(Phrase.of(nl -> nl ? "begint met " + path.get(0) + " uur/week en bouwt op " + path + " naar de " + min + " uur van de vacature (opbouw)"
            : "starts at " + path.get(0) + " h/week and builds up " + path + " to the vacancy's " + min));
      }
      return 0.85;
    }
    if (wantsMin != null && max != null && wantsMin > max) {
      if (ev != null) {
        ev.add(Phrase.of(nl -> nl ? "wil minstens " + wantsMin + " uur/week, vacature biedt hoogstens " + max
            : "wants at least " + wantsMin + " h/week, vacancy offers at most " + max));
      }
      return 0.5 + 0.5 * max / wantsMin;
    }
    if (ev != null) {
      ev.add(Phrase.of("uren passen", "hours fit"));
    }
    return 1;
  }

  private double flag(String name, Boolean demanded, Boolean possible, double penalty, List<Phrase> ev, Missing missing) {
    if (Boolean.TRUE.equals(demanded) && possible == null) {
      missing.add("availability." + name);
    } else if (Boolean.TRUE.equals(demanded) && !possible) {
      ev.add(Phrase.of(nl -> nl ? "vacature vraagt " + Words.weekPart(name) + ", kandidaat kan dat niet" : "vacancy has " + name + ", candidate cannot"));
    }
    return scheduleFit(demanded, possible, penalty, profile.missingNeutral());
  }

  /**
   * The hours factor of one part of the week (shifts, nights, weekends) the vacancy may demand:
   * {@code penalty} where the person cannot, part of it where not recorded, 1 otherwise.
   */
  public static double scheduleFit(Boolean demanded, Boolean possible, double penalty, double neutral) {
    if (!Boolean.TRUE.equals(demanded)) {
      return 1;
    }
    if (possible == null) {
      return 1 - (1 - penalty) * (1 - neutral);
    }
    return possible ? 1 : penalty;
  }

  /** Share of the vacancy's working minutes that fall inside the candidate's windows. */
  static double windowCoverage(List<TimeWindow> work, List<TimeWindow> free) {
    long total = 0;
    long covered = 0;
    for (TimeWindow wk : work) {
      total += wk.minutes();
      int ws = wk.from().toSecondOfDay();
      int we = wk.to().toSecondOfDay();
      // candidate windows on the same day may overlap each other: merge by sampling minute marks
      boolean[] minute = new boolean[(we - ws) / 60];
      for (TimeWindow f : free) {
        if (f.day() != wk.day()) {
          continue;
        }
        int fs = Math.max(ws, f.from().toSecondOfDay());
        int fe = Math.min(we, f.to().toSecondOfDay());
        for (int t = fs; t < fe; t += 60) {
          minute[(t - ws) / 60] = true;
        }
      }
      for (boolean b : minute) {
        if (b) {
          covered++;
        }
      }
    }
    return total == 0 ? 1 : (double) covered / total;
  }

  // ---------------------------------------------------------------- education and certificates

  private CategoryScore education(Vacancy v, Candidate c, double w, Missing missing) {
    List<Phrase> ev = new ArrayList<>();
    double sum = 0;
    int n = 0;
    int known = 0;
    EducationLevel level = c.education() == null ? null : c.education().highestLevel();
    if (v.minEducation() != null && v.minEducation() != EducationLevel.NONE) {
      n++;
      sum += educationFit(level == null ? null : level.rank(), v.minEducation().rank(), profile.missingNeutral());
      if (level == null) {
        missing.add("education.highestLevel");
      } else {
        known++;
        if (!level.meets(v.minEducation())) {
          EducationLevel asked = v.minEducation();
          ev.add(Phrase.of(nl -> (nl ? "opleiding " : "education ") + level + (nl ? " onder " : " below ") + asked));
        }
      }
    }
    if (Boolean.TRUE.equals(v.startkwalificatieRequired())) {
      n++;
      Boolean has = c.education() == null ? null : c.education().hasStartkwalificatie();
      sum += startkwalificatieFit(has, profile.missingNeutral());
      if (has == null) {
        missing.add("education.startkwalificatie");
      } else {
        known++;
        if (!has) {
          ev.add(Phrase.of("geen startkwalificatie", "no startkwalificatie"));
        }
      }
    }
    if (v.certificates() != null) {
      for (CertificateRequirement req : v.certificates()) {
        n++;
        if (c.certificates() == null) {
          missing.add("certificates");
          sum += unknown(Boolean.TRUE.equals(req.obtainableOnJob()) ? CERTIFICATE_ON_JOB : CERTIFICATE_MISSING);
          continue;
        }
        known++;
        CertificateHolding held = null;
        for (CertificateHolding h : c.certificates()) {
          if (h.certificate() == req.certificate() && (held == null || h.validOn(today))) {
            held = h;
          }
        }
        if (held != null && held.validOn(today)) {
          sum += 1;
        } else if (held != null) {
          sum += 0.5;
          LocalDate expired = held.expires();
          ev.add(Phrase.of(nl -> req.certificate() + (nl ? " verlopen op " : " expired on ") + expired));
        } else if (Boolean.TRUE.equals(req.obtainableOnJob())) {
          sum += CERTIFICATE_ON_JOB;
          ev.add(Phrase.of(nl -> req.certificate() + (nl ? " ontbreekt, te halen tijdens het werk" : " missing, obtainable on the job")));
        } else {
          sum += CERTIFICATE_MISSING;
          ev.add(Phrase.of(nl -> req.certificate() + (nl ? " ontbreekt" : " missing")));
        }
      }
    }
    if (n == 0) {
      ev.add(Phrase.of("geen eisen aan opleiding of certificaten", "no education or certificate requirements"));
      return new CategoryScore(Category.EDUCATION, 1, w, 1, ev);
    }
    if (ev.isEmpty()) {
      ev.add(Phrase.of("voldoet aan de eisen aan opleiding en certificaten", "meets the education and certificate requirements"));
    }
    return new CategoryScore(Category.EDUCATION, clamp(sum / n), w, (double) known / n, ev);
  }

  /** The education share of a required certificate the person does not hold. */
  public static final double CERTIFICATE_MISSING = 0.25;
  /** The education share of a required certificate the person does not hold but can obtain on the job. */
  public static final double CERTIFICATE_ON_JOB = 0.8;

  /** The fit of having a startkwalificatie (null: not recorded) where one is required. */
  public static double startkwalificatieFit(Boolean has, double neutral) {
    return has == null ? neutral : has ? 1 : 0.3;
  }

  // ---------------------------------------------------------------- languages

  private CategoryScore language(Vacancy v, Candidate c, double w, Missing missing) {
    List<Phrase> ev = new ArrayList<>();
    double sum = 0;
    int n = 0;
    int known = 0;
    if (v.dutchLevel() != null) {
      n++;
      LanguageLevel have = c.dutchLevel();
      double[] r = languageFit("nl", have, v.dutchLevel(), ev, missing);
      sum += r[0];
      known += (int) r[1];
    }
    if (v.languages() != null) {
      for (LanguageSkill req : v.languages()) {
        if (req.language().equals("nl") && v.dutchLevel() != null) {
          continue;
        }
        n++;
        LanguageLevel have = null;
        if (c.languages() != null) {
          for (LanguageSkill l : c.languages()) {
            if (l.language().equals(req.language())) {
              have = l.level();
            }
          }
        }
        boolean unknown = c.languages() == null;
        if (req.level() == null) {
          sum += unknown ? profile.missingNeutral() : have != null ? 1 : 0.2;
          known += unknown ? 0 : 1;
          continue;
        }
        double[] r = languageFit(req.language(), unknown ? null : have == null ? LanguageLevel.A1 : have,
            req.level(), ev, missing);
        if (!unknown && have == null) {
          r[0] = Math.min(r[0], 0.2);
        }
        sum += r[0];
        known += (int) r[1];
      }
    }
    if (n == 0) {
      ev.add(Phrase.of("geen taaleisen", "no language requirements"));
      return new CategoryScore(Category.LANGUAGE, 1, w, 1, ev);
    }
    if (ev.isEmpty()) {
      ev.add(Phrase.of("voldoet aan de taaleisen", "meets the language requirements"));
    }
    return new CategoryScore(Category.LANGUAGE, clamp(sum / n), w, (double) known / n, ev);
  }

  private double[] languageFit(String language, LanguageLevel have, LanguageLevel need, List<Phrase> ev, Missing missing) {
    double fit = languageFit(have == null ? null : have.cefrRank(), need.cefrRank(), profile.missingNeutral());
    if (have == null) {
      missing.add("languages." + language);
      return new double[] {fit, 0};
    }
    if (!have.meets(need)) {
      ev.add(Phrase.of(nl -> language + " " + have.label() + (nl ? " onder " : " below ") + need.label()));
    }
    return new double[] {fit, 1};
  }

  /**
   * The fit of a language level (CEFR rank; null: not recorded) to the level asked: 1 when met, 0.35
   * off per step short (at least 0.1); not recorded, the fit of A1 or the neutral share.
   */
  public static double languageFit(Integer rank, int needRank, double neutral) {
    if (rank == null) {
      return unknown(neutral, Math.max(0.1, 1 - 0.35 * (needRank - 1)));
    }
    return rank >= needRank ? 1 : Math.max(0.1, 1 - 0.35 * (needRank - rank));
  }

  /**
   * The fit of an education level (rank; null: not recorded) to the minimum asked: 1 when met, 0.2
   * off per step short (at least 0.2); not recorded, the fit of no education or the neutral share.
   */
  public static double educationFit(Integer rank, int minRank, double neutral) {
    if (rank == null) {
      return unknown(neutral, Math.max(0.2, 1 - 0.2 * minRank));
    }
    return rank >= minRank ? 1 : Math.max(0.2, 1 - 0.2 * (minRank - rank));
  }

  // ---------------------------------------------------------------- experience

  private CategoryScore experience(PreparedVacancy pv, Candidate c, double w, Missing missing) {
    Vacancy v = pv.vacancy;
    List<Phrase> ev = new ArrayList<>();
    List<WorkExperience> exp = c.experience();
    if (exp == null) {
      missing.add("experience");
      ev.add(Phrase.of("werkervaring niet vastgelegd", "work experience not recorded"));
      return new CategoryScore(Category.EXPERIENCE, profile.missingNeutral(), w, 0, ev);
    }
    double same = 0;
    double sector = 0;
    double any = 0;
    for (WorkExperience e : exp) {
      double years = e.years() == null ? 1 : e.years();
      any += years;
      if (e.occupationId() != null && e.occupationId().equals(v.occupationId())) {
        same += years;
      } else if (e.occupationId() != null && pv.occupation != null) {
        Occupation o = taxonomy.occupation(e.occupationId()).orElse(null);
        if (o != null && o.sector() == pv.occupation.sector()) {
          sector += years;
        }
      }
    }
    double score;
    if (v.minExperienceYears() != null && v.minExperienceYears() > 0) {
      double relevant = same + 0.5 * sector;
      score = Math.min(1, relevant / v.minExperienceYears());
      String years = fmt(relevant);
      String asked = fmt(v.minExperienceYears());
      ev.add(Phrase.of(nl -> nl ? years + " relevante jaren van de gevraagde " + asked : years + " relevant years of the " + asked + " asked"));
    } else if (same > 0) {
      score = 1;
      String years = fmt(same);
      ev.add(Phrase.of(nl -> years + (nl ? " jaar in dit beroep" : " years in this occupation")));
    } else if (sector > 0) {
      score = 0.8;
      String years = fmt(sector);
      ev.add(Phrase.of(nl -> years + (nl ? " jaar in dezelfde sector" : " years in the same sector")));
    } else if (any > 0) {
      score = 0.6;
      ev.add(Phrase.of("werkervaring in andere beroepen", "work experience in other occupations"));
    } else {
      score = 0.4;
      ev.add(Phrase.of("geen werkervaring", "no work experience"));
    }
    return new CategoryScore(Category.EXPERIENCE, clamp(score), w, 1, ev);
  }

  // ---------------------------------------------------------------- preferences

  private CategoryScore preferences(Vacancy v, Candidate c, double w, Missing missing) {
    List<Phrase> ev = new ArrayList<>();
    if (v.sector() != null && c.refusedSectors() != null && c.refusedSectors().contains(v.sector())) {
      Sector refused = v.sector();
      ev.add(Phrase.of(nl -> "sector " + refused + (nl ? " geweigerd" : " refused")));
      return new CategoryScore(Category.PREFERENCES, 0, w, 1, ev);
    }
    boolean occKnown = c.desiredOccupations() != null && !c.desiredOccupations().isEmpty();
    boolean secKnown = c.desiredSectors() != null && !c.desiredSectors().isEmpty();
    if (occKnown && v.occupationId() != null && c.desiredOccupations().contains(v.occupationId())) {
      ev.add(Phrase.of("gewenst beroep", "desired occupation"));
      return new CategoryScore(Category.PREFERENCES, DESIRED_OCCUPATION, w, 1, ev);
    }
    if (secKnown && v.sector() != null && c.desiredSectors().contains(v.sector())) {
      Sector desired = v.sector();
      ev.add(Phrase.of(nl -> (nl ? "gewenste sector " : "desired sector ") + desired));
      return new CategoryScore(Category.PREFERENCES, DESIRED_SECTOR, w, 1, ev);
    }
    if (!occKnown && !secKnown) {
      missing.add("desiredSectors");
      ev.add(Phrase.of("geen voorkeur voor beroep of sector vastgelegd", "no occupation or sector preference recorded"));
      return new CategoryScore(Category.PREFERENCES, profile.missingNeutral(), w, 0, ev);
    }
    ev.add(Phrase.of("niet bij de gewenste beroepen of sectoren", "not among the desired occupations or sectors"));
    return new CategoryScore(Category.PREFERENCES, PREFERENCE_ELSEWHERE, w, 1, ev);
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The score of an unknown candidate value: the profile's neutral value, but never below the
   * worst score a known value could get, so that missing data never scores lower than the worst
   * known value.
   */
  private double unknown(double worstKnown) {
    return unknown(profile.missingNeutral(), worstKnown);
  }

  /** The score of a value not recorded: what the worst recorded value would score, or the neutral share if higher. */
  private static double unknown(double neutral, double worstKnown) {
    return Math.max(neutral, worstKnown);
  }

  public static double clamp(double d) {
    return d < 0 ? 0 : d > 1 ? 1 : d;
  }

  public static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }

  private static String fmtPct(double d) {
    return fmt(d) + "%";
  }
}
