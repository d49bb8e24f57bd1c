package nl.werkmatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.io.Json;
import nl.werkmatch.match.Category;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.TravelTimeEstimator;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.SkillClaim;
import nl.werkmatch.model.SkillSource;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.score.Scorer;
import nl.werkmatch.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

/**
 * The skill weights the exact scorer and the fast path share come from one place ({@link Fields}):
 * an essential skill counts {@link Fields#REQUIRED_SKILL_WEIGHT} against an optional one's
 * {@link Fields#OPTIONAL_SKILL_WEIGHT}, and a self-reported claim {@link Fields#SELF_REPORTED_FACTOR}
 * of one from experience, in the exact skills score as in the index's candidate feature weights and
 * the fast path's requirement weights. A literal written again in one model fails here.
 */
class SkillWeightsAgreeTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final Scorer SCORER = new Scorer(MatchProfile.defaults(), Taxonomy.builtIn(), Gazetteer.builtIn(),
      TravelTimeEstimator.speedModel(), TODAY);

  /** A vacancy asking skill A (required) and skill B (optional), two unrelated skills. */
  private static Vacancy vacancy() {
    var n = Json.mapper().createObjectNode().put("id", "v").put("employer", "E").put("title", "Werk")
        .put("kind", "REGULAR").put("hourlyWage", 16.0).put("origin", "NEW_POSITION");
    n.putArray("requiredSkills").addObject().put("skillId", "sk.software-testen").put("minLevel", 1);
    n.putArray("optionalSkills").addObject().put("skillId", "sk.vloeren-dweilen").put("minLevel", 1);
    return Json.mapper().convertValue(n, Vacancy.class);
  }

  private static Candidate holding(String skillId, SkillSource source) {
    var n = Json.mapper().createObjectNode().put("id", "c");
    n.putArray("skills").addObject().put("skillId", skillId).put("level", 3).put("source", source.name())
        .put("lastUsedYear", 2026);
    return Json.mapper().convertValue(n, Candidate.class);
  }

  private static double skills(Candidate c) {
    return SCORER.score(vacancy(), c).category(Category.SKILLS).score();
  }

  @Test
  void anEssentialSkillWeighsWhatTheIndexAndTheFastPathGiveIt() {
    double essential = skills(holding("sk.software-testen", SkillSource.EXPERIENCE));
    double optional = skills(holding("sk.vloeren-dweilen", SkillSource.EXPERIENCE));
    assertEquals(Fields.REQUIRED_SKILL_WEIGHT / Fields.OPTIONAL_SKILL_WEIGHT, essential / optional, 1e-9);
    assertEquals(Fields.REQUIRED_SKILL_WEIGHT, Scorer.requirementWeight(true), 0);
    assertEquals(Fields.OPTIONAL_SKILL_WEIGHT, Scorer.requirementWeight(false), 0);
  }

  @Test
  void aSelfReportedClaimCountsTheSameFactorInTheScoreAndInTheIndex() {
    double experience = skills(holding("sk.software-testen", SkillSource.EXPERIENCE));
    double self = skills(holding("sk.software-testen", SkillSource.SELF_REPORTED));
    assertEquals(Fields.SELF_REPORTED_FACTOR, self / experience, 1e-9);
    float fromExperience = RecordCodec.candidateSkillWeight(new SkillClaim("sk.software-testen", null, 3,
        SkillSource.EXPERIENCE, 2026));
    float selfReported = RecordCodec.candidateSkillWeight(new SkillClaim("sk.software-testen", null, 3,
        SkillSource.SELF_REPORTED, 2026));
    assertEquals((float) Fields.SELF_REPORTED_FACTOR, selfReported / fromExperience, 1e-6);
  }
}
