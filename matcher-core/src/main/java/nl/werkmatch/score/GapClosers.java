package nl.werkmatch.score;

import nl.werkmatch.match.GapCloser;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.match.SkillMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.CertificateHolding;
import nl.werkmatch.model.CertificateRequirement;
import nl.werkmatch.model.LanguageLevel;
import nl.werkmatch.model.LanguageSkill;
import nl.werkmatch.model.SkillClaim;
import nl.werkmatch.model.SkillSource;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.taxonomy.Preconditions;
import nl.werkmatch.text.Phrase;

/**
 * Finds gap closers for a pair by what-if scoring: the candidate with the gap closed is scored again
 * with the same scorer, and the gain is the difference in total.
 *
 * <p>A training or certificate whose precondition in the taxonomy ({@code Skill.preconditions},
 * {@code CertificateEntry.preconditions}: a driving training needs the licence, Code 95 a C or D
 * licence) the person is recorded not to meet is not proposed: getting the licence first is not a
 * small step, and the werkcoach decides on that route. Where what the person holds is not recorded
 * the gap closer is proposed and names its precondition ("needs licence:B").
 */
public final class GapClosers {
  private static final int MAX_TRAININGS = 3;

  private GapClosers() {}

  public static List<GapCloser> find(Scorer scorer, PreparedVacancy pv, PreparedCandidate pc, MatchScore base) {
    List<GapCloser> out = new ArrayList<>();
    Vacancy v = pv.vacancy;
    Candidate c = pc.candidate;
    // certificates
    if (v.certificates() != null && c.certificates() != null) {
      for (CertificateRequirement req : v.certificates()) {
        CertificateHolding expired = null;
        boolean valid = false;
        for (CertificateHolding h : c.certificates()) {
          if (h.certificate() == req.certificate()) {
            if (h.validOn(scorer.today())) {
              valid = true;
            } else {
              expired = h;
            }
          }
        }
        if (valid) {
          continue;
        }
        Needs needs = needs(scorer.taxonomy().certificate(req.certificate())
            .map(e -> e.preconditions()).orElse(List.of()), c, scorer.today());
        if (needs == null) {
          continue;
        }
        List<CertificateHolding> certs = new ArrayList<>();
        for (CertificateHolding h : c.certificates()) {
          if (h.certificate() != req.certificate()) {
            certs.add(h);
          }
        }
        certs.add(new CertificateHolding(req.certificate(), scorer.today(), null));
        Candidate edited = CandidateEdits.withCertificates(c, certs);
        if (expired != null) {
          java.time.LocalDate expiredOn = expired.expires();
          add(out, scorer, pv, edited, base, GapCloser.Kind.RENEW_CERTIFICATE, req.certificate().name(),
              Phrase.of(nl -> (nl ? "vernieuw " : "renew ") + req.certificate() + (nl ? " (verlopen " : " (expired ")
                  + expiredOn + ")" + needs.in(nl)));
        } else {
          add(out, scorer, pv, edited, base, GapCloser.Kind.OBTAIN_CERTIFICATE, req.certificate().name(),
              Phrase.of(nl -> (nl ? "haal " : "obtain ") + req.certificate() + needs.in(nl)));
        }
      }
    }
    // one language step in Dutch
    LanguageLevel have = c.dutchLevel();
    if (v.dutchLevel() != null && have != null && !have.meets(v.dutchLevel())) {
      LanguageLevel next = nextStep(have);
      List<LanguageSkill> langs = new ArrayList<>();
      for (LanguageSkill l : c.languages()) {
        langs.add(l.language().equals("nl") ? new LanguageSkill("nl", next) : l);
      }
      add(out, scorer, pv, CandidateEdits.withLanguages(c, langs), base, GapCloser.Kind.LANGUAGE_STEP, "nl",
          Phrase.of(nl -> (nl ? "cursus Nederlands van " : "Dutch course from ") + have.label() + (nl ? " naar " : " to ")
              + next.label()));
    }
    // short trainings for missing essential skills
    int trainings = 0;
    for (SkillMatch m : base.skills()) {
      if (!m.essential() || m.credit() >= 0.5 || trainings >= MAX_TRAININGS || c.skills() == null) {
        continue;
      }
      PreparedVacancy.Requirement req = null;
      for (PreparedVacancy.Requirement r : pv.requirements) {
        if (r.key().equals(m.required())) {
          req = r;
        }
      }
      if (req == null || req.skillId() == null) {
        continue;
      }
      String skillId = req.skillId();
      Needs needs = needs(scorer.taxonomy().skill(skillId).map(k -> k.preconditions()).orElse(List.of()), c,
          scorer.today());
      if (needs == null) {
        continue;
      }
      String label = req.label();
      List<SkillClaim> skills = new ArrayList<>(c.skills());
      skills.removeIf(s -> skillId.equals(s.skillId()));
      skills.add(new SkillClaim(req.skillId(), null, req.minLevel() == null ? 3 : req.minLevel(), SkillSource.ASSESSED,
          scorer.today().getYear()));
      add(out, scorer, pv, CandidateEdits.withSkills(c, skills), base, GapCloser.Kind.SHORT_TRAINING, req.skillId(),
          Phrase.of(nl -> (nl ? "korte training: " : "short training: ") + label + needs.in(nl)));
      trainings++;
    }
    out.sort(Comparator.comparingDouble(GapCloser::gain).reversed().thenComparing(g -> g.description().en()));
    return out;
  }

  /** The preconditions of a gap closer whose holding is not recorded, to name in its description (none: ""). */
  record Needs(List<String> unknown) {
    static final Needs NONE = new Needs(List.of());

    /** " (needs driving licence B)" in English, " (vereist rijbewijs B)" in Dutch, or "" when nothing is unknown. */
    String in(boolean nl) {
      if (unknown.isEmpty()) {
        return "";
      }
      List<String> parts = new ArrayList<>();
      for (String p : unknown) {
        List<String> alternatives = new ArrayList<>();
        for (String a : p.split("\\|")) {
          String value = a.substring(a.indexOf(':') + 1);
          alternatives.add(a.startsWith("licence:") ? (nl ? "rijbewijs " : "driving licence ") + value : value);
        }
        parts.add(String.join(nl ? " of " : " or ", alternatives));
      }
      return (nl ? " (vereist " : " (needs ") + String.join(", ", parts) + ")";
    }
  }

  /**
   * What a gap closer with {@code preconditions} must say about them: {@link Needs#NONE} when the
   * person meets them all, those whose holding is not recorded, or null when the person is recorded
   * not to meet one (then it is not proposed).
   */
  static Needs needs(List<String> preconditions, Candidate c, java.time.LocalDate today) {
    if (preconditions.isEmpty()) {
      return Needs.NONE;
    }
    List<nl.werkmatch.model.DrivingLicence> licences = c.travel() == null ? null : c.travel().drivingLicences();
    List<CertificateHolding> certificates = c.certificates();
    List<String> unknown = new ArrayList<>();
    for (String p : preconditions) {
      boolean met = Preconditions.met(p, licences,
          cert -> certificates != null && certificates.stream().anyMatch(h -> h.certificate() == cert && h.validOn(today)));
      if (met) {
        continue;
      }
      boolean known = (!p.contains("licence:") || licences != null) && (!p.contains("certificate:") || certificates != null);
      if (known) {
        return null;
      }
      unknown.add(p);
    }
    return new Needs(List.copyOf(unknown));
  }

  private static void add(List<GapCloser> out, Scorer scorer, PreparedVacancy pv, Candidate edited, MatchScore base,
      GapCloser.Kind kind, String subject, Phrase description) {
    MatchScore after = scorer.score(pv, scorer.prepare(edited));
    double gain = Scorer.round(after.total() - base.total());
    if (gain > 0) {
      out.add(new GapCloser(kind, subject, description, gain, Scorer.round(after.total())));
    }
  }

  static LanguageLevel nextStep(LanguageLevel l) {
    return switch (l) {
      case A1 -> LanguageLevel.A2;
      case A2 -> LanguageLevel.B1;
      case B1 -> LanguageLevel.B2;
      case B2 -> LanguageLevel.C1;
      case C1, C2 -> LanguageLevel.C2;
      case REF_1F -> LanguageLevel.REF_2F;
      case REF_2F -> LanguageLevel.B2;
    };
  }
}
