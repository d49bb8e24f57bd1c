package nl.werkmatch.retrieve;

import nl.werkmatch.match.Category;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.score.Scorer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.werkmatch.index.Fields;
import nl.werkmatch.index.Fields.VacancyLevel;
import nl.werkmatch.model.Availability;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.LanguageSkill;
import nl.werkmatch.model.Loonwaarde;
import nl.werkmatch.model.WorkProfile;

/**
 * The context share of what a vacancy states against one person, for candidate-to-vacancies
 * retrieval, read from one packed doc value per vacancy ({@link Fields#VACANCY_LEVELS}): the soft
 * criteria (work-profile demands and the employer's offer, combined as the exact soft score),
 * hours (the weekly volume and the parts of the week), education (minimum level, startkwalificatie,
 * certificates), languages and the loonkostensubsidie instrument, each weighted as the exact scorer
 * weighs its category, and the policy boost that puts paid work first for job-ready people. The
 * fits are the exact scorer's functions of the person's recorded values (tables per stated value,
 * built once per query); what the packed value cannot tell is approximated: which certificates and
 * other languages are asked (a required certificate counts as not held, which
 * {@code RetrievalQueries} corrects with a clause per certificate the person holds; another language
 * by the person's best language besides Dutch against B1), the start date, time windows and the
 * loonwaarde's occupation. Matches every record.
 */
final class VacancyFitQuery extends PackedValueQuery {
  private static final VacancyLevel[] SOFT = {VacancyLevel.PACE, VacancyLevel.ACCURACY, VacancyLevel.INDEPENDENCE,
      VacancyLevel.STRESS, VacancyLevel.CUSTOMER_CONTACT, VacancyLevel.PHYSICAL_LOAD, VacancyLevel.STRUCTURE,
      VacancyLevel.SUPERVISION, VacancyLevel.SETBACK_TOLERANCE};
  /** The CEFR rank of B1, against which another language the vacancy asks is approximated. */
  private static final int B1 = 3;

  private final String candidateId;
  private final double wSoft;
  private final double wHours;
  private final double wEducation;
  private final double wLanguage;
  private final double wInstrument;
  /** Per soft level, the fit by stated value (index 0 unused: not stated). */
  private final double[][] softFit;
  private final Integer canMax;
  private final Integer wantsMin;
  /** The person's build-up path in hours per week (may be null). */
  private final List<Integer> path;
  /** The schedule factor by the shifts, nights and weekends bits (1, 2, 4). */
  private final double[] scheduleFit = new double[8];
  private final double neutral;
  /** Education fit by the minimum rank asked (index 0, none asked: 0, so it adds nothing). */
  private final double[] educationFit = new double[1 << 4];
  private final double startkwalificatieFit;
  private final double certificateFit;
  private final double certificateOnJobFit;
  /** Dutch fit by the CEFR rank asked (index 0, none asked: 0, so it adds nothing). */
  private final double[] dutchFit = new double[1 << 3];
  private final double otherLanguageFit;
  /** The instrument score by the loonkostensubsidie part (0 not stated, 1 accepts, 2 does not), paid places. */
  private final double[] instrumentPaid = new double[3];
  /** The policy boost on an unpaid place, approximated at a shortlist total (0 when none applies). */
  private final double unpaidBoost;
  private final float maxScore;

  VacancyFitQuery(Candidate c, MatchProfile profile, LocalDate today) {
    super(Fields.VACANCY_LEVELS);
    this.candidateId = Objects.requireNonNull(c.id());
    this.neutral = profile.missingNeutral();
    this.wSoft = profile.weight(Category.SOFT);
    this.wHours = profile.weight(Category.HOURS);
    this.wEducation = profile.weight(Category.EDUCATION);
    this.wLanguage = profile.weight(Category.LANGUAGE);
    this.wInstrument = profile.weight(Category.INSTRUMENT);
    WorkProfile p = c.workProfile();
    Integer[] have = p == null ? new Integer[SOFT.length] : new Integer[] {p.pace(), p.accuracy(), p.independence(),
        p.stressTolerance(), p.customerContact(), p.physicalCapacity(), p.needForStructure(), p.needForSupervision(),
        p.stressTolerance()};
    softFit = new double[SOFT.length][6];
    for (int i = 0; i < SOFT.length; i++) {
      for (int stated = 1; stated <= 5; stated++) {
        softFit[i][stated] = switch (SOFT[i]) {
          case STRUCTURE, SUPERVISION -> Scorer.needFit(have[i], stated, neutral);
          case SETBACK_TOLERANCE -> Scorer.setbackFit(have[i], stated, neutral);
          default -> Scorer.capacityFit(have[i], stated, neutral);
        };
      }
    }
    Availability a = c.availability();
    canMax = a == null ? null : a.effectiveMaxHours();
    wantsMin = a == null ? null : a.minHours();
    path = a == null ? null : a.buildUpHours();
    for (int bits = 0; bits < 8; bits++) {
      scheduleFit[bits] =
          Scorer.scheduleFit((bits & 1) != 0, a == null ? null : a.shifts(), Scorer.SHIFTS_PENALTY, neutral)
          * Scorer.scheduleFit((bits & 2) != 0, a == null ? null : a.nights(), Scorer.NIGHTS_PENALTY, neutral)
          * Scorer.scheduleFit((bits & 4) != 0, a == null ? null : a.weekends(), Scorer.WEEKENDS_PENALTY, neutral);
    }
    Integer rank = c.education() == null || c.education().highestLevel() == null ? null
        : c.education().highestLevel().rank();
    for (int min = 1; min < educationFit.length; min++) {
      educationFit[min] = Scorer.educationFit(rank, min, neutral);
    }
    startkwalificatieFit = Scorer.startkwalificatieFit(
        c.education() == null ? null : c.education().hasStartkwalificatie(), neutral);
    boolean certificatesKnown = c.certificates() != null;
    certificateFit = certificatesKnown ? Scorer.CERTIFICATE_MISSING
        : Math.max(neutral, Scorer.CERTIFICATE_MISSING);
    certificateOnJobFit = certificatesKnown ? Scorer.CERTIFICATE_ON_JOB
        : Math.max(neutral, Scorer.CERTIFICATE_ON_JOB);
    Integer dutch = c.dutchLevel() == null ? null : c.dutchLevel().cefrRank();
    for (int need = 1; need < dutchFit.length; need++) {
      dutchFit[need] = Scorer.languageFit(dutch, need, neutral);
    }
    Integer bestOther = null;
    if (c.languages() != null) {
      for (LanguageSkill l : c.languages()) {
        if (!l.language().equals("nl") && l.level() != null) {
          bestOther = bestOther == null ? l.level().cefrRank() : Math.max(bestOther, l.level().cefrRank());
        }
      }
    }
    otherLanguageFit = c.languages() == null ? neutral
        : bestOther == null ? 0.2 : Math.max(0.2, Scorer.languageFit(bestOther, B1, neutral));
    Arrays.fill(instrumentPaid, 1);
    if (Scorer.needsLoonkostensubsidie(c)) {
      Loonwaarde lw = c.loonwaarde();
      // the exact scorer's quality of the measurement, with the occupation it was measured in taken as another one
      double quality = lw == null || lw.percentage() == null ? 0.5
          : (lw.validOn(today) ? 1 : 0.8) * (lw.occupationId() == null ? 0.85 : 0.8);
      instrumentPaid[0] = neutral;
      instrumentPaid[1] = neutral + (1 - neutral) * quality;
      instrumentPaid[2] = neutral + (0.25 - neutral) * quality;
    }
    double boost = 0;
    for (MatchProfile.PolicyBoost b : profile.boosts()) {
      if (b.when() == MatchProfile.PolicyBoost.Condition.JOB_READY_UNPAID_PLACE && c.participation() != null
          && Boolean.TRUE.equals(c.participation().jobReady())) {
        boost += (b.factor() - 1) * RetrievalQueries.SHORTLIST_TOTAL;
      }
    }
    this.unpaidBoost = boost;
    this.maxScore = (float) (wSoft + wHours + wEducation + wLanguage + wInstrument + Math.max(0, boost));
  }

  @Override
  double score(long packed) {
    // soft criteria: half the mean of the stated fits, half the worst; nothing stated scores 1
    double sum = 0;
    double worst = 1;
    int n = 0;
    for (int i = 0; i < SOFT.length; i++) {
      int stated = SOFT[i].of(packed);
      if (stated != 0) {
        double f = softFit[i][stated];
        sum += f;
        worst = Math.min(worst, f);
        n++;
      }
    }
    double total = wSoft * (n == 0 ? 1 : Scorer.softScore(sum, n, worst));
    // hours: the weekly volume where stated, times the parts of the week
    int min = VacancyLevel.MIN_HOURS.of(packed);
    int max = VacancyLevel.MAX_HOURS.of(packed);
    double hours = min == 0 && max == 0 ? 1
        : Scorer.volumeFit(canMax, wantsMin, path, min == 0 ? null : min - 1, max == 0 ? null : max - 1, neutral, null);
    int parts = VacancyLevel.SHIFTS.of(packed) | VacancyLevel.NIGHTS.of(packed) << 1 | VacancyLevel.WEEKENDS.of(packed) << 2;
    total += wHours * hours * scheduleFit[parts];
    // education: the mean over what is asked; nothing asked scores 1
    int minEducation = VacancyLevel.MIN_EDUCATION.of(packed);
    int startkwalificatie = VacancyLevel.STARTKWALIFICATIE.of(packed);
    int certificates = VacancyLevel.CERTIFICATES.of(packed);
    int onJob = VacancyLevel.CERTIFICATES_ON_JOB.of(packed);
    int asked = (minEducation == 0 ? 0 : 1) + startkwalificatie + certificates + onJob;
    total += wEducation * (asked == 0 ? 1 : (educationFit[minEducation] + startkwalificatieFit * startkwalificatie
        + certificateFit * certificates + certificateOnJobFit * onJob) / asked);
    // languages: the mean over the Dutch level and the other languages asked; nothing asked scores 1
    int dutch = VacancyLevel.DUTCH_LEVEL.of(packed);
    int others = VacancyLevel.OTHER_LANGUAGES.of(packed);
    int languages = (dutch == 0 ? 0 : 1) + others;
    total += wLanguage * (languages == 0 ? 1 : (dutchFit[dutch] + otherLanguageFit * others) / languages);
    boolean unpaid = VacancyLevel.UNPAID.of(packed) != 0;
    total += wInstrument * (unpaid ? 1 : instrumentPaid[VacancyLevel.LOONKOSTENSUBSIDIE.of(packed)]);
    return unpaid ? total + unpaidBoost : total;
  }

  @Override
  float maxScore() {
    return maxScore;
  }

  @Override
  String description() {
    return "what the vacancy states against the person's levels";
  }

  @Override
  public String toString(String field) {
    return "VacancyFit(" + candidateId + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && o instanceof VacancyFitQuery q && q.candidateId.equals(candidateId)
        && Arrays.deepEquals(q.softFit, softFit) && Objects.equals(q.canMax, canMax)
        && Objects.equals(q.wantsMin, wantsMin) && Objects.equals(q.path, path)
        && Arrays.equals(q.scheduleFit, scheduleFit) && Arrays.equals(q.educationFit, educationFit)
        && q.startkwalificatieFit == startkwalificatieFit && q.certificateFit == certificateFit
        && q.certificateOnJobFit == certificateOnJobFit && Arrays.equals(q.dutchFit, dutchFit)
        && q.otherLanguageFit == otherLanguageFit && Arrays.equals(q.instrumentPaid, instrumentPaid)
        && q.unpaidBoost == unpaidBoost && q.wSoft == wSoft && q.wHours == wHours && q.wEducation == wEducation
        && q.wLanguage == wLanguage && q.wInstrument == wInstrument;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), candidateId, Arrays.deepHashCode(softFit), canMax, wantsMin, path);
  }
}
