package nl.werkmatch.match;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.LanguageSkill;
import nl.werkmatch.model.SkillClaim;
import nl.werkmatch.model.WorkExperience;

/**
 * What an employer may see of a match (Kandidatenverkenner style): a pseudonymous profile id,
 * skills, experience, education, languages, hours and a travel-time band, with the match score and
 * the skill fit. Built from an allow-list: it never contains loonwaarde, LKS amounts, target groups,
 * functional limitations, benefit status, age, name, contact details, address, postcode, care
 * duties or support needs, nor the instrument category or rule notes. The Werkplein decided not to
 * share instrument details with employers "so that the size of the support does not drive the choice
 * of suitable employees" (001:2761).
 *
 * <p>Only candidates who consented are shown: the EMPLOYER audience's consent rule excludes the rest
 * before scoring.
 */
public final class EmployerView {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private EmployerView() {}

  /**
   * The pseudonym an employer sees for a candidate on a vacancy: stable per pair, different across
   * vacancies so employers cannot link profiles; the Werkplein recomputes it from the internal ids.
   */
  public static String pseudonym(String vacancyId, String candidateId) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] h = sha.digest((vacancyId + "\u0000" + candidateId).getBytes(StandardCharsets.UTF_8));
      return "P-" + HexFormat.of().formatHex(h, 0, 6).toUpperCase(java.util.Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The anonymised profile of one match. */
  public static ObjectNode match(MatchScore s, Candidate c) {
    ObjectNode o = F.objectNode();
    o.put("profileId", pseudonym(s.vacancyId(), s.candidateId()));
    o.put("vacancyId", s.vacancyId());
    o.put("score", Scorer.round(s.total()));
    ObjectNode cats = o.putObject("fit");
    for (CategoryScore cs : s.categories()) {
      if (cs.category() == Category.INSTRUMENT) {
        continue;
      }
      cats.put(cs.category().key(), Scorer.round(cs.score()));
    }
    ArrayNode fit = o.putArray("skillFit");
    for (SkillMatch m : s.skills()) {
      ObjectNode so = fit.addObject();
      so.put("skill", m.requiredLabel());
      so.put("essential", m.essential());
      so.put("met", m.substitution() != Substitution.MISSING);
    }
    ArrayNode skills = o.putArray("skills");
    if (c.skills() != null) {
      for (SkillClaim k : c.skills()) {
        ObjectNode so = skills.addObject();
        so.put("skill", k.label() != null ? k.label() : k.skillId());
        if (k.level() != null) {
          so.put("level", k.level());
        }
      }
    }
    ArrayNode exp = o.putArray("experience");
    if (c.experience() != null) {
      for (WorkExperience e : c.experience()) {
        ObjectNode eo = exp.addObject();
        eo.put("occupation", e.title() != null ? e.title() : e.occupationId());
        if (e.years() != null) {
          eo.put("years", e.years());
        }
      }
    }
    ObjectNode edu = o.putObject("education");
    if (c.education() != null) {
      if (c.education().highestLevel() != null) {
        edu.put("highestLevel", c.education().highestLevel().name());
      }
      Boolean sq = c.education().hasStartkwalificatie();
      if (sq != null) {
        edu.put("startkwalificatie", sq);
      }
      ArrayNode d = edu.putArray("diplomas");
      if (c.education().diplomas() != null) {
        c.education().diplomas().forEach(d::add);
      }
    }
    ArrayNode langs = o.putArray("languages");
    if (c.languages() != null) {
      for (LanguageSkill l : c.languages()) {
        langs.addObject().put("language", l.language()).put("level", l.level() == null ? null : l.level().label());
      }
    }
    ObjectNode hours = o.putObject("hours");
    if (c.availability() != null) {
      if (c.availability().minHours() != null) {
        hours.put("min", c.availability().minHours());
      }
      Integer max = c.availability().effectiveMaxHours();
      if (max != null) {
        hours.put("max", max);
      }
    }
    o.put("travelTime", s.travel().band());
    return o;
  }

  /** The employer view of a whole shortlist. */
  public static ObjectNode shortlist(MatchResult r, Function<String, Candidate> candidates) {
    ObjectNode o = F.objectNode();
    o.put("query", r.direction() == Direction.VACANCY_TO_CANDIDATES ? r.queryId() : "");
    ArrayNode arr = o.putArray("matches");
    for (RankedMatch m : r.matches()) {
      ObjectNode mo = F.objectNode();
      mo.put("rank", m.rank());
      mo.setAll(match(m.score(), candidates.apply(m.score().candidateId())));
      arr.add(mo);
    }
    return o;
  }
}
