package nl.werkmatch.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.match.Category;
import nl.werkmatch.match.CategoryScore;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.Explanation;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.match.SkillMatch;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.CertificateHolding;
import nl.werkmatch.model.CertificateRequirement;
import nl.werkmatch.model.Vacancy;

/**
 * <strong>Synthetic</strong> graded judgments for testing the evaluation machinery on sample data.
 * They are not evidence of matching quality: they come from a hidden "true suitability" model
 * that deliberately differs from the default profile, so that a profile change can win or lose
 * against them.
 *
 * <p>The hidden model, per vacancy-candidate pair that passes the hard rules:
 * <pre>
 * u = 0.50 * essential-skill coverage   (mean credit of the essential skills; of all skills if none is essential)
 *   + 0.25 * travel score
 *   + 0.15 * hours score
 *   + 0.10 * language score
 *   - 0.20 * each required certificate the candidate lacks (not obtainable on the job), at most 0.40
 *   + noise ~ N(0, 0.07), seeded per pair
 * grade 3 if u &ge; 0.70, 2 if u &ge; 0.56, 1 if u &ge; 0.42, else 0; a pair excluded by a hard rule is 0.
 * </pre>
 * The judged pairs of each vacancy are the top {@code depth} of its exhaustive ranking under the
 * default profile (without its minimum score, so weak eligible candidates are judged too) plus {@code randomPerQuery} candidates drawn at random from the whole index (the
 * pool a real assessment would also need, so that unjudged is not always non-relevant). Every
 * judgment has source {@link Judgment.Source#SYNTHETIC} and a reason {@code "synthetic u=0.734"}.
 * Same index and seed, same judgments, in vacancy id then candidate id order.
 */
public final class SyntheticJudgments {
  private SyntheticJudgments() {}

  /**
   * Generates synthetic judgments for every vacancy of the index.
   *
   * @param index the index with candidates and vacancies
   * @param today the reference date of the matcher and the judgments' date
   * @param depth how many of each vacancy's exhaustive top to judge (e.g. 50)
   * @param randomPerQuery how many random extra candidates to judge per vacancy (e.g. 10)
   * @param seed the seed of the random draw and the noise
   * @return the judgments, by vacancy id then candidate id
   */
  public static List<Judgment> generate(MatchIndex index, LocalDate today, int depth, int randomPerQuery, long seed) {
    if (depth < 1 || randomPerQuery < 0) {
      throw new IllegalArgumentException("depth must be >= 1 and randomPerQuery >= 0");
    }
    MatchProfile d = MatchProfile.defaults();
    // the default profile without its minimum score, so the pool is a full top-depth of the eligible
    MatchProfile pool = new MatchProfile(d.name(), d.weights(), d.travelDecay(), d.recencyDecay(), d.substitution(),
        d.missingNeutral(), 0.0, d.minSkillFit(), depth, Math.max(depth, d.retrievalDepth()), d.travelCeilingMinutesPerDay(), d.boosts());
    Matcher matcher = Matcher.builder(index).profile(pool).today(today).build();
    List<String> candidateIds = index.candidates().map(Candidate::id).toList();
    List<Vacancy> vacancies = index.vacancies().toList();
    List<Judgment> out = new ArrayList<>();
    for (Vacancy v : vacancies) {
      Random draw = new Random(seed ^ v.id().hashCode() * 0x9E3779B97F4A7C15L);
      java.util.TreeMap<String, Judgment> judged = new java.util.TreeMap<>();
      Set<String> top = new LinkedHashSet<>();
      for (RankedMatch m : matcher.candidatesFor(v, Matcher.Mode.EXHAUSTIVE).matches()) {
        Candidate c = index.candidate(m.score().candidateId()).orElseThrow();
        top.add(c.id());
        judged.put(c.id(), judge(v, c, m.score(), true, seed, today));
      }
      if (!candidateIds.isEmpty()) {
        int wanted = Math.min(randomPerQuery, candidateIds.size() - top.size());
        int added = 0;
        int attempts = 0;
        while (added < wanted && attempts < wanted * 20) {
          attempts++;
          String id = candidateIds.get(draw.nextInt(candidateIds.size()));
          if (judged.containsKey(id)) {
            continue;
          }
          Candidate c = index.candidate(id).orElseThrow();
          Explanation e = matcher.explain(v, c);
          judged.put(id, judge(v, c, e.score(), e.eligible(), seed, today));
          added++;
        }
      }
      out.addAll(judged.values());
    }
    return out;
  }

  /** The hidden suitability of one pair (without noise), in roughly [-0.4, 1]. */
  static double suitability(Vacancy v, Candidate c, MatchScore s, LocalDate today) {
    double essential = 0;
    int nEssential = 0;
    double all = 0;
    for (SkillMatch m : s.skills()) {
      all += m.credit();
      if (m.essential()) {
        essential += m.credit();
        nEssential++;
      }
    }
    double coverage = nEssential > 0 ? essential / nEssential : s.skills().isEmpty() ? 0.5 : all / s.skills().size();
    double u = 0.50 * coverage + 0.25 * score(s, Category.TRAVEL) + 0.15 * score(s, Category.HOURS)
        + 0.10 * score(s, Category.LANGUAGE);
    double penalty = 0;
    if (v.certificates() != null) {
      for (CertificateRequirement r : v.certificates()) {
        if (Boolean.TRUE.equals(r.obtainableOnJob())) {
          continue;
        }
        boolean held = c.certificates() != null && c.certificates().stream()
            .anyMatch(h -> h.certificate() == r.certificate() && validOn(h, today));
        if (!held) {
          penalty += 0.20;
        }
      }
    }
    return u - Math.min(penalty, 0.40);
  }

  private static boolean validOn(CertificateHolding h, LocalDate today) {
    return h.validOn(today);
  }

  private static double score(MatchScore s, Category c) {
    CategoryScore cs = s.category(c);
    return cs == null ? 0.5 : cs.score();
  }

  private static Judgment judge(Vacancy v, Candidate c, MatchScore s, boolean eligible, long seed, LocalDate today) {
    Random noise = new Random(seed * 31 + (v.id() + "\u0000" + c.id()).hashCode());
    double u = suitability(v, c, s, today) + 0.07 * noise.nextGaussian();
    int grade = !eligible ? 0 : u >= 0.70 ? 3 : u >= 0.56 ? 2 : u >= 0.42 ? 1 : 0;
    String reason = eligible ? String.format(Locale.ROOT, "synthetic u=%.3f", u) : "synthetic: excluded by a hard rule";
    return new Judgment(Direction.VACANCY_TO_CANDIDATES, v.id(), c.id(), grade, Judgment.Source.SYNTHETIC, today, reason);
  }
}
