package nl.werkmatch.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkmatch.index.Fields;
import nl.werkmatch.model.Sector;
import nl.werkmatch.taxonomy.Occupation;
import nl.werkmatch.taxonomy.Skill;
import nl.werkmatch.taxonomy.SkillRelation;
import nl.werkmatch.taxonomy.Taxonomy;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene queries of the fast path. Each query approximates the exact score with clauses
 * Lucene can prune on (block-max WAND over impacts): one {@link FeatureField} clause per required
 * skill and per taxonomy substitute, weighted like the exact scorer's credits; a
 * {@code LatLonPoint} distance feature for travel; constant clauses that give records with unknown
 * skills or location the neutral score; preference terms. Filters drop what can never pass: refused
 * sectors and locations beyond any reachable radius (records without a location are kept).
 */
final class RetrievalQueries {
  /** Straight-line speed no travel mode exceeds, for the reachable-radius filter. */
  static final double MAX_STRAIGHT_LINE_KMH = 100;
  private static final double DISTANCE_PIVOT_METERS = 10_000;
  private static final int MAX_SUBSTITUTES_PER_SKILL = 24;

  private final Taxonomy taxonomy;
  private final MatchProfile profile;
  private final Map<String, List<Substitute>> substitutes = new ConcurrentHashMap<>();
  private final Map<String, List<String>> occupationsBySkill = new ConcurrentHashMap<>();

  /** A skill that can stand in for another, with the credit the exact scorer gives it. */
  record Substitute(String skillId, double credit) {}

  private final Map<String, List<String>> narrower;

  private final RuleFilters filters;

  RetrievalQueries(Taxonomy taxonomy, MatchProfile profile, RuleFilters filters) {
    this.taxonomy = taxonomy;
    this.profile = profile;
    this.filters = filters;
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

  Query forVacancy(PreparedVacancy pv) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    double wSkills = profile.weight(Category.SKILLS);
    double den = 0;
    for (PreparedVacancy.Requirement r : pv.requirements) {
      den += r.essential() ? 2 : 1;
    }
    if (wSkills > 0 && den > 0) {
      Map<String, Double> features = new TreeMap<>();
      Map<String, Double> occupations = new TreeMap<>();
      for (PreparedVacancy.Requirement r : pv.requirements) {
        if (r.skillId() == null) {
          continue;
        }
        double w = wSkills * (r.essential() ? 2 : 1) / den;
        // candidate feature values are 0.2 x level, so a level-5 claim scores the full weight
        features.merge(r.skillId(), w, Math::max);
        for (Substitute s : substitutes(r.skillId())) {
          features.merge(s.skillId(), w * s.credit(), Math::max);
        }
        for (String occ : occupationsWith(r.skillId())) {
          occupations.merge(occ, w * 0.9, Double::sum);
        }
      }
      features.forEach((id, w) -> b.add(FeatureField.newLinearQuery(Fields.SKILL, id, (float) clampWeight(w)), Occur.SHOULD));
      occupations.forEach((occ, w) -> b.add(boosted(new TermQuery(new Term(Fields.EXPERIENCE_OCCUPATION, occ)), w), Occur.SHOULD));
      b.add(boosted(new TermQuery(new Term(Fields.SKILLS_KNOWN, "0")), wSkills * profile.missingNeutral()), Occur.SHOULD);
    }
    double wTravel = profile.weight(Category.TRAVEL);
    if (pv.location != null) {
      if (wTravel > 0) {
        b.add(LatLonPoint.newDistanceFeatureQuery(Fields.LOCATION, (float) clampWeight(wTravel), pv.location.lat(),
            pv.location.lon(), DISTANCE_PIVOT_METERS), Occur.SHOULD);
        b.add(boosted(new TermQuery(new Term(Fields.HAS_LOCATION, "0")), wTravel * profile.missingNeutral()), Occur.SHOULD);
      }
      double radiusKm = profile.travelCeilingMinutesOneWay() / 60.0 * MAX_STRAIGHT_LINE_KMH;
      BooleanQuery.Builder reach = new BooleanQuery.Builder();
      reach.add(LatLonPoint.newDistanceQuery(Fields.LOCATION, pv.location.lat(), pv.location.lon(), radiusKm * 1000), Occur.SHOULD);
      reach.add(new TermQuery(new Term(Fields.HAS_LOCATION, "0")), Occur.SHOULD);
      b.add(reach.build(), Occur.FILTER);
    }
    addEducationLanguageExperience(pv.vacancy, b);
    double wPref = profile.weight(Category.PREFERENCES);
    if (wPref > 0) {
      if (pv.vacancy.occupationId() != null) {
        b.add(boosted(new TermQuery(new Term(Fields.DESIRED_OCCUPATION, pv.vacancy.occupationId())), wPref), Occur.SHOULD);
      }
      if (pv.vacancy.sector() != null) {
        b.add(boosted(new TermQuery(new Term(Fields.DESIRED_SECTOR, pv.vacancy.sector().name())), wPref * 0.8), Occur.SHOULD);
      }
    }
    filters.forVacancy(pv.vacancy, b);
    return finish(b);
  }

  /**
   * Clauses for the categories whose candidate side is indexed: education level, certificates,
   * Dutch level and experience in the vacancy's occupation, each worth what the exact scorer would
   * add over a candidate who falls short, and the neutral share for unknown values.
   */
  private void addEducationLanguageExperience(nl.werkmatch.model.Vacancy v, BooleanQuery.Builder b) {
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
        b.add(boosted(IntField.newRangeQuery(Fields.EDUCATION_RANK, v.minEducation().rank(), Integer.MAX_VALUE), share * 0.6),
            Occur.SHOULD);
        b.add(boosted(absent(Fields.EDUCATION_RANK), share * 0.3), Occur.SHOULD);
      }
      if (v.certificates() != null) {
        for (nl.werkmatch.model.CertificateRequirement c : v.certificates()) {
          double missing = Boolean.TRUE.equals(c.obtainableOnJob()) ? 0.8 : 0.25;
          b.add(boosted(new TermQuery(new Term(Fields.CERTIFICATE, c.certificate().name())), share * (1 - missing)),
              Occur.SHOULD);
        }
      }
    }
    double wLang = profile.weight(Category.LANGUAGE);
    if (wLang > 0 && v.dutchLevel() != null) {
      b.add(boosted(IntField.newRangeQuery(Fields.DUTCH_LEVEL, v.dutchLevel().cefrRank(), Integer.MAX_VALUE), wLang * 0.6),
          Occur.SHOULD);
      b.add(boosted(absent(Fields.DUTCH_LEVEL), wLang * 0.3), Occur.SHOULD);
    }
    double wExp = profile.weight(Category.EXPERIENCE);
    if (wExp > 0 && v.occupationId() != null) {
      b.add(boosted(new TermQuery(new Term(Fields.EXPERIENCE_OCCUPATION, v.occupationId())), wExp * 0.4), Occur.SHOULD);
    }
  }

  /** Records without a value in {@code field}. */
  private static Query absent(String field) {
    return new BooleanQuery.Builder()
        .add(new org.apache.lucene.search.MatchAllDocsQuery(), Occur.FILTER)
        .add(new org.apache.lucene.search.FieldExistsQuery(field), Occur.MUST_NOT)
        .build();
  }

  // ---------------------------------------------------------------- candidate -> vacancies

  Query forCandidate(PreparedCandidate pc) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    double wSkills = profile.weight(Category.SKILLS);
    if (wSkills > 0) {
      Map<String, Double> features = new TreeMap<>();
      for (PreparedCandidate.Claim c : pc.claims) {
        if (c.skillId() == null) {
          continue;
        }
        // vacancy feature values are the requirement's share of the skill score (2/den essential, 1/den optional)
        features.merge(c.skillId(), wSkills, Math::max);
        for (Substitute s : substitutes(c.skillId())) {
          features.merge(s.skillId(), wSkills * s.credit(), Math::max);
        }
      }
      features.forEach((id, w) -> b.add(FeatureField.newLinearQuery(Fields.SKILL, id, (float) clampWeight(w)), Occur.SHOULD));
      b.add(boosted(new TermQuery(new Term(Fields.SKILLS_KNOWN, "0")), wSkills * profile.missingNeutral()), Occur.SHOULD);
    }
    double wTravel = profile.weight(Category.TRAVEL);
    if (pc.home != null) {
      if (wTravel > 0) {
        b.add(LatLonPoint.newDistanceFeatureQuery(Fields.LOCATION, (float) clampWeight(wTravel), pc.home.lat(),
            pc.home.lon(), DISTANCE_PIVOT_METERS), Occur.SHOULD);
        b.add(boosted(new TermQuery(new Term(Fields.HAS_LOCATION, "0")), wTravel * profile.missingNeutral()), Occur.SHOULD);
      }
      int limit = profile.travelCeilingMinutesOneWay();
      var t = pc.candidate.travel();
      if (t != null && t.maxTravelMinutes() != null) {
        limit = Math.min(limit, t.maxTravelMinutes());
      }
      double radiusKm = limit / 60.0 * MAX_STRAIGHT_LINE_KMH;
      BooleanQuery.Builder reach = new BooleanQuery.Builder();
      reach.add(LatLonPoint.newDistanceQuery(Fields.LOCATION, pc.home.lat(), pc.home.lon(), radiusKm * 1000), Occur.SHOULD);
      reach.add(new TermQuery(new Term(Fields.HAS_LOCATION, "0")), Occur.SHOULD);
      b.add(reach.build(), Occur.FILTER);
    }
    double wPref = profile.weight(Category.PREFERENCES);
    var c = pc.candidate;
    if (wPref > 0) {
      if (c.desiredOccupations() != null) {
        for (String occ : c.desiredOccupations()) {
          b.add(boosted(new TermQuery(new Term(Fields.OCCUPATION, occ)), wPref), Occur.SHOULD);
        }
      }
      if (c.desiredSectors() != null) {
        for (Sector s : c.desiredSectors()) {
          b.add(boosted(new TermQuery(new Term(Fields.SECTOR, s.name())), wPref * 0.8), Occur.SHOULD);
        }
      }
    }
    filters.forCandidate(c, b);
    return finish(b);
  }

  // ---------------------------------------------------------------- taxonomy expansions

  /** Skills that the exact scorer credits for {@code skillId} (broader, sibling, related), strongest first. */
  List<Substitute> substitutes(String skillId) {
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
    return Collections.unmodifiableList(list.size() > MAX_SUBSTITUTES_PER_SKILL ? list.subList(0, MAX_SUBSTITUTES_PER_SKILL) : list);
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

  private static Query finish(BooleanQuery.Builder b) {
    BooleanQuery q = b.build();
    if (q.clauses().isEmpty()) {
      return new org.apache.lucene.search.MatchAllDocsQuery();
    }
    boolean scoring = q.clauses().stream().anyMatch(c -> c.occur() == Occur.SHOULD || c.occur() == Occur.MUST);
    if (!scoring) {
      b.add(new org.apache.lucene.search.MatchAllDocsQuery(), Occur.SHOULD);
      return b.build();
    }
    // records that match only the filters still take part, scoring 0 on the approximation
    b.add(new BoostQuery(new org.apache.lucene.search.MatchAllDocsQuery(), 0f), Occur.SHOULD);
    return b.build();
  }
}
