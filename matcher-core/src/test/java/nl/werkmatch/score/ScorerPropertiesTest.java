package nl.werkmatch.score;

import nl.werkmatch.match.SampleData;
import nl.werkmatch.match.Category;
import nl.werkmatch.match.CategoryScore;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.match.SkillMatch;
import nl.werkmatch.match.Substitution;
import nl.werkmatch.match.TravelTimeEstimator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.model.Availability;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Education;
import nl.werkmatch.model.EducationLevel;
import nl.werkmatch.model.LanguageLevel;
import nl.werkmatch.model.LanguageSkill;
import nl.werkmatch.model.SkillClaim;
import nl.werkmatch.model.SkillSource;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.WorkProfile;
import nl.werkmatch.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

/** Invariants of the exact scorer, checked over the committed sample data. */
class ScorerPropertiesTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static Scorer scorer(TravelTimeEstimator travel) {
    return new Scorer(MatchProfile.defaults(), Taxonomy.builtIn(), Gazetteer.builtIn(), travel, TODAY);
  }

  private static final Scorer SCORER = scorer(TravelTimeEstimator.speedModel());

  /** Every 7th vacancy against every 13th candidate: a spread of about 10,000 pairs. */
  private static List<Vacancy> someVacancies() {
    List<Vacancy> out = new ArrayList<>();
    List<Vacancy> all = SampleData.vacancies();
    for (int i = 0; i < all.size(); i += 7) {
      out.add(all.get(i));
    }
    return out;
  }

  private static List<Candidate> someCandidates() {
    List<Candidate> out = new ArrayList<>();
    List<Candidate> all = SampleData.candidates();
    for (int i = 0; i < all.size(); i += 13) {
      out.add(all.get(i));
    }
    all.stream().filter(c -> c.id().startsWith("persona-")).forEach(out::add);
    return out;
  }

  @Test
  void everyScoreStaysInTheUnitInterval() {
    int pairs = 0;
    for (Vacancy v : SampleData.vacancies()) {
      PreparedVacancy pv = SCORER.prepare(v);
      for (Candidate c : someCandidates()) {
        MatchScore s = SCORER.score(pv, SCORER.prepare(c));
        assertTrue(s.total() >= 0 && s.total() <= 1, s.toString());
        assertTrue(s.completeness() >= 0 && s.completeness() <= 1, s.toString());
        for (CategoryScore cs : s.categories()) {
          assertTrue(cs.score() >= 0 && cs.score() <= 1 && cs.confidence() >= 0 && cs.confidence() <= 1, cs.toString());
        }
        pairs++;
      }
    }
    assertTrue(pairs > 50_000, "pairs checked: " + pairs);
  }

  @Test
  void moreTravelTimeNeverRaisesTheTravelScore() {
    for (Vacancy v : someVacancies()) {
      for (Candidate c : someCandidates()) {
        double prev = 2;
        for (int minutes = 0; minutes <= 200; minutes += 3) {
          final double m = minutes;
          Scorer s = scorer((from, to, mode) -> m);
          CategoryScore travel = s.score(v, c).category(Category.TRAVEL);
          if (travel.confidence() == 0) {
            break; // location unknown: travel time does not enter
          }
          assertTrue(travel.score() <= prev + 1e-12, v.id() + " x " + c.id() + " at " + minutes + " min");
          prev = travel.score();
        }
      }
    }
  }

  @Test
  void meetingOneMoreRequiredSkillNeverLowersTheSkillScore() {
    int raised = 0;
    for (Vacancy v : someVacancies()) {
      PreparedVacancy pv = SCORER.prepare(v);
      for (Candidate c : someCandidates()) {
        if (c.skills() == null || !SCORER.prepare(c).skillsKnown) {
          // recording a first skill also records that the others are absent: not "one more skill"
          // (a person with no skill on record, own or from past work, has a skill set not recorded)
          continue;
        }
        MatchScore before = SCORER.score(pv, SCORER.prepare(c));
        for (SkillMatch m : before.skills()) {
          if (m.substitution() == Substitution.EXACT || !m.required().startsWith("sk.")) {
            continue;
          }
          List<SkillClaim> skills = new ArrayList<>(c.skills());
          skills.removeIf(k -> m.required().equals(k.skillId()));
          skills.add(new SkillClaim(m.required(), null, 5, SkillSource.ASSESSED, TODAY.getYear()));
          MatchScore after = SCORER.score(pv, SCORER.prepare(CandidateEdits.withSkills(c, skills)));
          double b = before.category(Category.SKILLS).score();
          double a = after.category(Category.SKILLS).score();
          assertTrue(a >= b - 1e-12, v.id() + " x " + c.id() + " + " + m.required() + ": " + b + " -> " + a);
          if (a > b + 1e-9) {
            raised++;
          }
          break;
        }
      }
    }
    assertTrue(raised > 100, "skill additions that raised the score: " + raised);
  }

  @Test
  void missingEducationNeverScoresBelowTheWorstKnownLevel() {
    assertMissingNotBelowWorst(Category.EDUCATION, c -> withEducation(c, null),
        EducationLevelValues.all().stream().map(l -> (Function<Candidate, Candidate>) c -> withEducation(c, l)).toList());
  }

  @Test
  void missingDutchNeverScoresBelowTheWorstKnownLevel() {
    List<Function<Candidate, Candidate>> known = new ArrayList<>();
    for (LanguageLevel l : LanguageLevel.values()) {
      known.add(c -> CandidateEdits.withLanguages(c, List.of(new LanguageSkill("nl", l))));
    }
    assertMissingNotBelowWorst(Category.LANGUAGE, c -> CandidateEdits.withLanguages(c, null), known);
  }

  @Test
  void missingWorkProfileNeverScoresBelowTheWorstKnownValue() {
    List<Function<Candidate, Candidate>> known = new ArrayList<>();
    for (int level = 1; level <= 5; level++) {
      final int l = level;
      known.add(c -> withWorkProfile(c, new WorkProfile(l, l, l, l, 6 - l, 6 - l, l, l, l, null, null)));
    }
    assertMissingNotBelowWorst(Category.SOFT, c -> withWorkProfile(c, null), known);
  }

  @Test
  void missingHoursNeverScoreBelowTheWorstKnownHours() {
    List<Function<Candidate, Candidate>> known = new ArrayList<>();
    for (int max = 0; max <= 40; max += 4) {
      final int m = max;
      known.add(c -> withAvailability(c, new Availability(Math.min(m, 4), m, null, null, null, false, false, false, null)));
    }
    assertMissingNotBelowWorst(Category.HOURS, c -> withAvailability(c, null), known);
  }

  private static void assertMissingNotBelowWorst(Category category, Function<Candidate, Candidate> missing,
      List<Function<Candidate, Candidate>> known) {
    for (Vacancy v : someVacancies()) {
      PreparedVacancy pv = SCORER.prepare(v);
      for (Candidate c : someCandidates().subList(0, 60)) {
        double unknown = SCORER.score(pv, SCORER.prepare(missing.apply(c))).category(category).score();
        double worst = 2;
        for (Function<Candidate, Candidate> k : known) {
          worst = Math.min(worst, SCORER.score(pv, SCORER.prepare(k.apply(c))).category(category).score());
        }
        assertTrue(unknown >= worst - 1e-12, category + " " + v.id() + " x " + c.id() + ": unknown " + unknown
            + " < worst known " + worst);
      }
    }
  }

  @Test
  void theSameScoreWhicheverSideAsks() {
    // the scorer is one function; the matcher must use it the same way in both directions
    try (var index = SampleData.index()) {
      Matcher m = Matcher.builder(index).today(TODAY).build();
      int checked = 0;
      for (Vacancy v : someVacancies().subList(0, 10)) {
        for (RankedMatch rm : m.candidatesFor(v.id(), Matcher.Mode.EXHAUSTIVE).matches()) {
          MatchResult back = m.vacanciesFor(rm.score().candidateId(), Matcher.Mode.EXHAUSTIVE);
          MatchScore direct = SCORER.score(v, SampleData.candidate(rm.score().candidateId()));
          assertEquals(direct.total(), rm.score().total(), 0.0);
          back.matches().stream().filter(x -> x.score().vacancyId().equals(v.id())).findFirst()
              .ifPresent(x -> assertEquals(rm.score(), x.score()));
          checked++;
          if (checked % 5 == 0) {
            break;
          }
        }
      }
      assertTrue(checked > 20, "pairs checked: " + checked);
    }
  }

  static final class EducationLevelValues {
    static List<EducationLevel> all() {
      return List.of(EducationLevel.values());
    }
  }

  static Candidate withEducation(Candidate c, EducationLevel level) {
    Education e = level == null ? null : new Education(level, null, null, null);
    return new Candidate(c.id(), c.municipality(), c.region(), c.home(), c.travel(), c.desiredOccupations(),
        c.desiredSectors(), c.refusedSectors(), c.skills(), c.experience(), e, c.certificates(), c.languages(),
        c.availability(), c.careDuties(), c.workProfile(), c.limitations(), c.participation(), c.benefit(),
        c.benefitSince(), c.targetGroups(), c.beschutIndicationDate(), c.inburgering(), c.loonwaarde(), c.support(),
        c.employerConsent(), c.birthYear(), c.personal());
  }

  static Candidate withWorkProfile(Candidate c, WorkProfile w) {
    return new Candidate(c.id(), c.municipality(), c.region(), c.home(), c.travel(), c.desiredOccupations(),
        c.desiredSectors(), c.refusedSectors(), c.skills(), c.experience(), c.education(), c.certificates(),
        c.languages(), c.availability(), c.careDuties(), w, c.limitations(), c.participation(), c.benefit(),
        c.benefitSince(), c.targetGroups(), c.beschutIndicationDate(), c.inburgering(), c.loonwaarde(), c.support(),
        c.employerConsent(), c.birthYear(), c.personal());
  }

  static Candidate withAvailability(Candidate c, Availability a) {
    return new Candidate(c.id(), c.municipality(), c.region(), c.home(), c.travel(), c.desiredOccupations(),
        c.desiredSectors(), c.refusedSectors(), c.skills(), c.experience(), c.education(), c.certificates(),
        c.languages(), a, c.careDuties(), c.workProfile(), c.limitations(), c.participation(), c.benefit(),
        c.benefitSince(), c.targetGroups(), c.beschutIndicationDate(), c.inburgering(), c.loonwaarde(), c.support(),
        c.employerConsent(), c.birthYear(), c.personal());
  }
}
