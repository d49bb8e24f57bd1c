package nl.werkmatch.score;

import java.util.ArrayList;
import java.util.List;
import nl.werkmatch.geo.GeoPoint;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.SkillClaim;
import nl.werkmatch.model.SkillSource;
import nl.werkmatch.model.WorkExperience;
import nl.werkmatch.taxonomy.Occupation;
import nl.werkmatch.taxonomy.Taxonomy;

/**
 * A candidate resolved once for scoring against many vacancies: home coordinates, coded skill claims
 * (own, resolved from labels through synonyms, and implied by past occupations) and analysed free text.
 */
public final class PreparedCandidate {
  /** A skill the candidate has, in the form the scorer compares. */
  public record Claim(String skillId, String label, DutchText.Terms terms, Integer level, Integer lastUsedYear,
      SkillSource source, boolean viaSynonym) {}

  public final Candidate candidate;
  public final GeoPoint home;
  public final List<Claim> claims;
  /** {@link Taxonomy#ordinal(String)} of each claim's skill id, in the order of {@link #claims} (-1: none or unknown). */
  final int[] claimOrdinals;
  /** Whether anything is known of the person's skills: at least one claim, own or from a past occupation. */
  final boolean skillsKnown;

  public PreparedCandidate(Candidate c, GeoPoint home, Taxonomy taxonomy) {
    this.candidate = c;
    this.home = home;
    List<Claim> list = new ArrayList<>();
    if (c.skills() != null) {
      for (SkillClaim s : c.skills()) {
        if (s.skillId() != null) {
          var known = taxonomy.skill(s.skillId());
          String label = known.map(k -> k.label()).orElse(s.label());
          DutchText.Terms terms = known.isPresent() ? DutchText.labelTerms(label) : DutchText.terms(label);
          list.add(new Claim(s.skillId(), label, terms, s.level(), s.lastUsedYear(), s.source(), false));
        } else {
          var resolved = taxonomy.findSkillByLabel(s.label());
          list.add(new Claim(resolved.map(k -> k.id()).orElse(null), s.label(), DutchText.terms(s.label()), s.level(),
              s.lastUsedYear(), s.source(), resolved.isPresent()));
        }
      }
    }
    if (c.experience() != null) {
      for (WorkExperience e : c.experience()) {
        if (e.occupationId() == null) {
          continue;
        }
        Occupation occ = taxonomy.occupation(e.occupationId()).orElse(null);
        if (occ == null) {
          continue;
        }
        for (String skillId : occ.essentialSkills()) {
          String label = taxonomy.skill(skillId).map(k -> k.label()).orElse(skillId);
          list.add(new Claim(skillId, label, DutchText.labelTerms(label), nl.werkmatch.index.Fields.IMPLIED_SKILL_LEVEL,
              e.lastYear(), SkillSource.EXPERIENCE, false));
        }
      }
    }
    this.claims = List.copyOf(list);
    this.claimOrdinals = new int[claims.size()];
    for (int i = 0; i < claimOrdinals.length; i++) {
      claimOrdinals[i] = taxonomy.ordinal(claims.get(i).skillId());
    }
    // a skill set is known by what it holds: an absent or empty skill list and no past occupation
    // the taxonomy knows is a skill set not recorded, not one without skills (docs/scoring.md)
    this.skillsKnown = !claims.isEmpty();
  }
}
