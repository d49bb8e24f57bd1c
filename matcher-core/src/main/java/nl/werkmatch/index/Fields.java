package nl.werkmatch.index;

import java.util.List;

/**
 * The Lucene field names of a {@link nl.werkmatch.MatchIndex} document, and the constants used to
 * fill them, for code that builds its own queries (the scoring engine).
 *
 * <p>Candidates and vacancies live in two separate Lucene indexes, each with its own statistics;
 * the same field name means the same kind of value in both. A field is <em>absent</em> from a
 * document when the record does not know the value: absence means "unknown", never zero or
 * "none". Use {@link org.apache.lucene.search.FieldExistsQuery} to tell the two apart where the
 * field has doc values or points, and {@link #HAS_LOCATION} for the location.
 *
 * <p>Keyword fields ({@link org.apache.lucene.document.StringField}, not stored, one field per
 * value) hold enum constants by their Java {@code name()} (for example {@code ZORG},
 * {@code PUBLIC_TRANSPORT}) and taxonomy ids as given. Query them with a
 * {@link org.apache.lucene.search.TermQuery}. Numeric fields are
 * {@link org.apache.lucene.document.IntField} or {@link org.apache.lucene.document.DoubleField}
 * (points and doc values, not stored): query them with {@code IntField.newRangeQuery} and friends.
 *
 * <p>The record itself is only in {@link #RECORD}; decode it with {@link RecordCodec}.
 */
public final class Fields {
  private Fields() {}

  /**
   * The index format version, kept in each index's commit user data under {@link #FORMAT_KEY}:
   * the version of the field layout, then the fingerprint of the layout of the records kept in
   * {@link #RECORD} ({@link RecordCodec#recordLayout()}), so an index written before a change to
   * either is refused on open (reindex from the records).
   */
  public static final String FORMAT_VERSION = "14." + RecordCodec.recordLayout();

  /** Commit user-data key under which {@link #FORMAT_VERSION} is recorded. */
  public static final String FORMAT_KEY = "werkmatch.index.format";

  /**
   * Commit user-data key of the candidate index under which the fingerprint of the skills its
   * taxonomy implies from past occupations is recorded ({@link RecordCodec#impliedSkillsFingerprint}).
   */
  public static final String IMPLIED_SKILLS_KEY = "werkmatch.index.implied-skills";

  /**
   * The whole record in the binary form of {@link RecordCodec#encode}: a
   * {@link org.apache.lucene.document.BinaryDocValuesField} (uncompressed, read in any order
   * without decompressing neighbours as stored fields do). The index stores no fields. Both types.
   */
  public static final String RECORD = "_record";

  /**
   * The record id: a {@link org.apache.lucene.document.StringField} (indexed, not stored; the
   * term for update, delete and lookup) plus a {@link org.apache.lucene.document.SortedDocValuesField}
   * of the same name, for stable tie-breaking by id ({@code new SortField(ID, SortField.Type.STRING)}).
   * Both types.
   */
  public static final String ID = "id";

  /**
   * Free text analysed by the Dutch analyzer ({@link org.apache.lucene.analysis.nl.DutchAnalyzer},
   * see {@code MatchIndex.textAnalyzer()}): for a vacancy its title and description; for a
   * candidate the labels of its skills, the titles of its work experience and its diplomas.
   */
  public static final String TEXT = "text";

  /** Vacancy only: the job title, analysed like {@link #TEXT}. */
  public static final String TITLE = "title";

  /**
   * Coded skills as {@link org.apache.lucene.document.FeatureField}s: the feature name is the
   * taxonomy skill id, the value a weight in (0, 1]. Candidate: {@code min(1, 0.5 + }{@link #CANDIDATE_WEIGHT_PER_LEVEL}
   * {@code x level)} (level {@link #DEFAULT_SKILL_LEVEL} when unknown), times 0.9 when
   * self-reported, at least {@link #MIN_SKILL_WEIGHT}: an estimate of the exact scorer's credit.
   * The candidate's features include the essential skills of the occupations in its work experience,
   * as claims of level {@link #IMPLIED_SKILL_LEVEL} from experience (the claims the exact scorer
   * adds), where the taxonomy of the index knows the occupation; a skill both claimed and implied
   * takes the higher weight. Vacancy: the skill's share of the vacancy's skill score,
   * {@link #REQUIRED_SKILL_WEIGHT} for a required skill and {@link #OPTIONAL_SKILL_WEIGHT} for an
   * optional one divided by the sum of those weights over all listed skills (a skill listed as both counts as
   * required). Skills known only by a label are in {@link #TEXT}, not here. Query with
   * {@code FeatureField.newLinearQuery(SKILL, skillId, weight)} and its siblings. Feature values
   * are stored with a relative precision of 2<sup>-8</sup>.
   */
  public static final String SKILL = "skill";

  /**
   * Candidate only: keyword, one per occupation id of the work experience, so retrieval can credit
   * the essential skills of past occupations as the exact scorer does.
   */
  public static final String EXPERIENCE_OCCUPATION = "experience_occupation";

  /**
   * Keyword {@code "1"} when the record states skills (candidate: skills or work experience recorded;
   * vacancy: required or optional skills listed), else {@code "0"}, so retrieval can give unknown
   * skills the neutral score.
   */
  public static final String SKILLS_KNOWN = "skills_known";

  /**
   * Candidate only: {@link org.apache.lucene.document.IntField} of the birth year, present only so
   * that retrieval can apply the legal age gates of instruments (leerwerkplek, participatieplaats)
   * as filters. Never used for scoring or ranking.
   */
  public static final String BIRTH_YEAR = "birth_year";

  /**
   * Candidate {@link org.apache.lucene.document.IntField}: the date of the beschut-werk indication
   * as epoch day, so that retrieval for a beschut-werk vacancy takes the eligible people in
   * waiting-list order (longest waiting first), the order the shortlist itself keeps by law
   * (Hengelo verordening art. 9 lid 4). Read only for beschut-werk vacancies, which need the
   * indication anyway; never scored, and never a ranking signal for any other vacancy.
   */
  public static final String BESCHUT_INDICATION = "beschut_indication";

  /** Candidate only: {@link org.apache.lucene.document.IntField} of the education level's rank ({@code EducationLevel.rank()}). */
  public static final String EDUCATION_RANK = "education_rank";

  /** Keyword, one per coded skill id (the feature names of {@link #SKILL}), for filters. Both types. */
  public static final String SKILL_ID = "skill_id";

  /**
   * {@link org.apache.lucene.document.LatLonPoint} plus {@link org.apache.lucene.document.LatLonDocValuesField}
   * of the home (candidate) or work (vacancy) location, present only when coordinates are known
   * (from the record or given at upsert). Supports {@code LatLonPoint.newDistanceQuery},
   * {@code LatLonPoint.newDistanceFeatureQuery} and sorting by distance. Both types.
   */
  public static final String LOCATION = "location";

  /**
   * Candidate numeric doc value, present with {@link #LOCATION}: the home as
   * {@link org.apache.lucene.document.LatLonDocValuesField} encodes it (latitude in the high 32
   * bits, longitude in the low 32), with the lowest bit (about 1 cm of longitude) set for people who
   * travel by car (car among their recorded modes) and clear otherwise. The fast path's nearness
   * reads it in one value per record, with a car's travel times or the other modes'.
   */
  public static final String HOME_NEARNESS = "home_nearness";

  /** Keyword {@code "1"} when {@link #LOCATION} is present, {@code "0"} otherwise. Both types. */
  public static final String HAS_LOCATION = "has_location";

  /** Vacancy keyword: the {@link nl.werkmatch.model.VacancyKind}. */
  public static final String KIND = "kind";

  /** Vacancy keyword: the {@link nl.werkmatch.model.Sector}. */
  public static final String SECTOR = "sector";

  /** Vacancy keyword: the taxonomy occupation id. */
  public static final String OCCUPATION = "occupation";

  /** Candidate keyword, one per desired occupation id. */
  public static final String DESIRED_OCCUPATION = "desired_occupation";

  /** Candidate keyword, one per desired {@link nl.werkmatch.model.Sector}. */
  public static final String DESIRED_SECTOR = "desired_sector";

  /** Candidate keyword, one per {@link nl.werkmatch.model.Sector} refused on grounds of conscience. */
  public static final String REFUSED_SECTOR = "refused_sector";

  /** Candidate keyword, one per available {@link nl.werkmatch.model.TravelMode}. */
  public static final String MODE = "mode";

  /**
   * Keyword, one per {@link nl.werkmatch.model.Certificate}: for a candidate every certificate held
   * (expired ones included: validity depends on the match date, check it on the record); for a
   * vacancy every required certificate (obtainable on the job or not).
   */
  public static final String CERTIFICATE = "certificate";

  /** Candidate keyword, one per {@link nl.werkmatch.model.TargetGroup} (eligibility filters only). */
  public static final String TARGET_GROUP = "target_group";

  /** Candidate keyword, one per {@link nl.werkmatch.model.FunctionalLimitation}. */
  public static final String LIMITATION = "limitation";

  /** Vacancy keyword, one per {@link nl.werkmatch.model.WorkCondition} of its job demands. */
  public static final String CONDITION = "condition";

  /**
   * Candidate keyword: the participation-ladder step, {@link #ladderTerm} of the plan: the step number
   * {@code "1"} to {@code "6"}, on step 3 with its part when recorded ({@code "3-lower"}, {@code "3-upper"}).
   */
  public static final String LADDER = "ladder";

  /** Candidate keyword: the agreed route ({@link nl.werkmatch.model.Route} name). */
  public static final String ROUTE = "route";

  /**
   * The {@link #LADDER} term of a ladder step and, on step 3, its part ({@code null}: not recorded); the
   * rule reads the part only on step 3, so other steps carry none.
   */
  public static String ladderTerm(nl.werkmatch.model.LadderStep step, nl.werkmatch.model.StepPart part) {
    String n = Integer.toString(step.number());
    return step.number() == 3 && part != null ? n + "-" + part.name().toLowerCase(java.util.Locale.ROOT) : n;
  }

  /** Keyword: the location's country ({@code NL} or {@code DE}) when recorded. Both types. */
  public static final String COUNTRY = "country";

  /**
   * {@link org.apache.lucene.document.IntField}: minimum hours per week (candidate availability,
   * vacancy). Both types.
   */
  public static final String MIN_HOURS = "min_hours";

  /**
   * {@link org.apache.lucene.document.IntField}: maximum hours per week; for a candidate the most
   * hours reachable ({@link nl.werkmatch.model.Availability#reachableMaxHours}: the stated maximum
   * or the end of a build-up path, within the medical limit). Both types.
   */
  public static final String MAX_HOURS = "max_hours";

  /**
   * Vacancy keyword: the parts of the week its schedule includes ({@link #SHIFTS}, {@link #NIGHTS},
   * {@link #WEEKENDS}); with {@link #UNAVAILABLE_FOR} it lets the fast path leave out the pairs the
   * schedule rule excludes.
   */
  public static final String SCHEDULE = "schedule";

  /**
   * Candidate keyword: the parts of the week the person is recorded as not available for
   * ({@link #SHIFTS}, {@link #NIGHTS}, {@link #WEEKENDS}); not recorded is not indexed.
   */
  public static final String UNAVAILABLE_FOR = "unavailable_for";

  /**
   * Candidate keyword: the parts of the week the person is recorded as available for
   * ({@link #SHIFTS}, {@link #NIGHTS}, {@link #WEEKENDS}); the fast path credits a recorded yes
   * over not recorded, as the exact hours score does.
   */
  public static final String AVAILABLE_FOR = "available_for";

  /**
   * Candidate keyword, "1" when the person is recorded as job-ready (participation); for the
   * profile's boost that puts paid work first for job-ready people.
   */
  public static final String JOB_READY = "job_ready";

  /** Value of {@link #SCHEDULE} and {@link #UNAVAILABLE_FOR}: shift work (ploegendienst). */
  public static final String SHIFTS = "shifts";

  /** Value of {@link #SCHEDULE} and {@link #UNAVAILABLE_FOR}: night work. */
  public static final String NIGHTS = "nights";

  /** Value of {@link #SCHEDULE} and {@link #UNAVAILABLE_FOR}: weekend work. */
  public static final String WEEKENDS = "weekends";

  /**
   * {@link org.apache.lucene.document.IntField}, as epoch day: for a candidate the date from which
   * the person is available, for a vacancy the date by which it starts (its start date, or without
   * one its closing date). Both types.
   */
  public static final String START_DATE = "start_date";

  /**
   * Candidate {@link org.apache.lucene.document.IntField}s, one per work-profile dimension (1 to 5):
   * {@code work_pace}, {@code work_accuracy}, {@code work_independence}, {@code work_stressTolerance},
   * {@code work_customerContact}, {@code work_physicalCapacity}, {@code work_needForStructure},
   * {@code work_needForSupervision}; the fast path's approximation of the soft criteria.
   */
  public static String workProfile(String dimension) {
    return "work_" + dimension;
  }

  /** Candidate {@link org.apache.lucene.document.IntField}: own maximum travel time in minutes. */
  public static final String MAX_TRAVEL = "max_travel";

  /**
   * Candidate numeric doc value: the recorded {@link nl.werkmatch.model.TravelMode}s as a bit set
   * ({@code 1 << mode.ordinal()}), absent when none are recorded; with {@link #LOCATION} and
   * {@link #MAX_TRAVEL} it lets retrieval compute travel time by mode as the exact scorer does.
   */
  public static final String TRAVEL_MODES = "travel_modes";

  /** The bit set of {@code modes} as indexed in {@link #TRAVEL_MODES}: {@code 1 << mode.ordinal()} each. */
  public static int travelModeBits(Iterable<nl.werkmatch.model.TravelMode> modes) {
    int bits = 0;
    for (nl.werkmatch.model.TravelMode m : modes) {
      bits |= 1 << m.ordinal();
    }
    return bits;
  }

  /** Candidate {@link org.apache.lucene.document.DoubleField}: loonwaarde percentage (internal only). */
  public static final String LOONWAARDE = "loonwaarde";

  /** Vacancy {@link org.apache.lucene.document.DoubleField}: lowest loonwaarde percentage the employer accepts. */
  public static final String MIN_LOONWAARDE = "min_loonwaarde";

  /**
   * {@link org.apache.lucene.document.IntField}: level of Dutch as CEFR rank 1 (A1) to 6 (C2), see
   * {@link nl.werkmatch.model.LanguageLevel#cefrRank()}; candidate's level or vacancy's minimum.
   */
  public static final String DUTCH_LEVEL = "dutch_level";

  /** Candidate skill weight per claimed level (level 1..5 gives 0.2..1.0). */
  public static final float CANDIDATE_WEIGHT_PER_LEVEL = 0.125f;

  /**
   * Level of the skills a past occupation implies: the essential skills of each occupation in a
   * candidate's work experience count as claims of this level, from experience.
   */
  public static final int IMPLIED_SKILL_LEVEL = 3;

  /** Level assumed for a candidate skill claimed without a level. */
  public static final int DEFAULT_SKILL_LEVEL = 3;

  /** Lowest candidate skill weight. */
  public static final float MIN_SKILL_WEIGHT = 0.1f;

  /**
   * Weight of a required (essential) skill in a vacancy's skill score, in the exact scorer and the
   * fast path alike: essential skills count double ({@code SkillWeightsAgreeTest}).
   */
  public static final float REQUIRED_SKILL_WEIGHT = 2.0f;

  /** Weight of an optional skill in a vacancy's skill score, in the exact scorer and the fast path alike. */
  public static final float OPTIONAL_SKILL_WEIGHT = 1.0f;

  /** Factor on the credit of a self-reported skill claim, in the exact scorer and the fast path alike. */
  public static final double SELF_REPORTED_FACTOR = 0.9;

  /**
   * Candidate numeric doc value, on every candidate: the values of the {@link #LEVEL_FIELDS} in one
   * number, so the fast path reads a person's levels with one lookup instead of one per field.
   * Each field has {@link #levelBits} bits from {@link #levelShift}: 0 when the field is absent,
   * its value + 1 otherwise.
   */
  public static final String LEVELS = "levels";

  /**
   * The candidate fields packed in {@link #LEVELS}, in order: the eight work-profile dimensions (4
   * bits each: levels 1 to 5), then {@link #MAX_HOURS} (0 to 60), {@link #EDUCATION_RANK} and
   * {@link #DUTCH_LEVEL} (8 bits each), then {@link #ROUTE} (3 bits: the route's ordinal).
   */
  public static final List<String> LEVEL_FIELDS = List.of(workProfile("pace"), workProfile("accuracy"),
      workProfile("independence"), workProfile("stressTolerance"), workProfile("customerContact"),
      workProfile("physicalCapacity"), workProfile("needForStructure"), workProfile("needForSupervision"),
      MAX_HOURS, EDUCATION_RANK, DUTCH_LEVEL, ROUTE);

  /** The bits of {@code field} in {@link #LEVELS}. */
  public static int levelBits(String field) {
    int i = LEVEL_FIELDS.indexOf(field);
    if (i < 0) {
      throw new IllegalArgumentException(field + " is not packed in " + LEVELS);
    }
    return i < 8 ? 4 : field.equals(ROUTE) ? 3 : 8;
  }

  /** Where the bits of {@code field} start in {@link #LEVELS}. */
  public static int levelShift(String field) {
    int shift = 0;
    for (String f : LEVEL_FIELDS) {
      if (f.equals(field)) {
        return shift;
      }
      shift += levelBits(f);
    }
    throw new IllegalArgumentException(field + " is not packed in " + LEVELS);
  }

  /**
   * Vacancy numeric doc value, on every vacancy: what the vacancy states that the
   * candidate-to-vacancies fast path scores per record (work-profile demands and the employer's
   * offer, hours and schedule, education, languages, the kind of place and loonkostensubsidie), in
   * one number: each {@link VacancyLevel} in its bits, 0 where the vacancy states nothing.
   */
  public static final String VACANCY_LEVELS = "vacancy_levels";

  /**
   * The parts of {@link #VACANCY_LEVELS}, from the lowest bit up, each 0 when not stated: the
   * work-profile levels as stated (1 to 5), hours + 1, flags 1 for yes, the education rank and the
   * Dutch CEFR rank as stated, counts up to 3.
   */
  public enum VacancyLevel {
    /** Demanded pace. */
    PACE(3),
    /** Demanded accuracy. */
    ACCURACY(3),
    /** Demanded independence. */
    INDEPENDENCE(3),
    /** Demanded stress tolerance. */
    STRESS(3),
    /** Demanded customer contact. */
    CUSTOMER_CONTACT(3),
    /** Demanded physical load. */
    PHYSICAL_LOAD(3),
    /** Structure the employer offers. */
    STRUCTURE(3),
    /** Supervision the employer offers. */
    SUPERVISION(3),
    /** The employer's tolerance for setbacks. */
    SETBACK_TOLERANCE(3),
    /** Minimum hours per week + 1. */
    MIN_HOURS(6),
    /** Maximum hours per week + 1. */
    MAX_HOURS(6),
    /** The schedule has shifts. */
    SHIFTS(1),
    /** The schedule has nights. */
    NIGHTS(1),
    /** The schedule has weekends. */
    WEEKENDS(1),
    /** Minimum education rank ({@link nl.werkmatch.model.EducationLevel#rank}; none: 0). */
    MIN_EDUCATION(4),
    /** A startkwalificatie is required. */
    STARTKWALIFICATIE(1),
    /** Certificates required that cannot be obtained on the job (up to 3). */
    CERTIFICATES(2),
    /** Certificates required that can be obtained on the job (up to 3). */
    CERTIFICATES_ON_JOB(2),
    /** Languages required besides the Dutch level (up to 3). */
    OTHER_LANGUAGES(2),
    /** Dutch level asked ({@link nl.werkmatch.model.LanguageLevel#cefrRank}). */
    DUTCH_LEVEL(3),
    /** The place is unpaid. */
    UNPAID(1),
    /** Whether the employer accepts loonkostensubsidie: 1 yes, 2 no. */
    LOONKOSTENSUBSIDIE(2);

    private final int bits;
    private int shift;

    static {
      int shift = 0;
      for (VacancyLevel level : values()) {
        level.shift = shift;
        shift += level.bits;
      }
    }

    VacancyLevel(int bits) {
      this.bits = bits;
    }

    /** This part of {@code packed}. */
    public int of(long packed) {
      return (int) ((packed >>> shift) & ((1L << bits) - 1));
    }

    /**
     * {@code packed} with this part set to {@code value}.
     *
     * @throws IllegalArgumentException if {@code value} does not fit this part's bits
     */
    public long with(long packed, int value) {
      if (value < 0 || value >= 1 << bits) {
        throw new IllegalArgumentException(name() + " value " + value + " does not fit " + bits + " bits");
      }
      return (packed & ~(((1L << bits) - 1) << shift)) | ((long) value << shift);
    }
  }
}
