package nl.werkmatch.match;

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
import nl.werkmatch.text.Phrase;

/**
 * Finds gap closers for a pair by what-if scoring: the candidate with the gap closed is scored again
 * with the same scorer, and the gain is the difference in total.
 */
final class GapClosers {
  private static final int MAX_TRAININGS = 3;

  private GapClosers() {}

  static List<GapCloser> find(Scorer scorer, PreparedVacancy pv, PreparedCandidate pc, MatchScore base) {
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
                  + expiredOn + ")"));
        } else {
          add(out, scorer, pv, edited, base, GapCloser.Kind.OBTAIN_CERTIFICATE, req.certificate().name(),
              Phrase.of(nl -> (nl ? "haal " : "obtain ") + req.certificate()));
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
      String label = req.label();
      List<SkillClaim> skills = new ArrayList<>(c.skills());
      skills.removeIf(s -> skillId.equals(s.skillId()));
      skills.add(new SkillClaim(req.skillId(), null, req.minLevel() == null ? 3 : req.minLevel(), SkillSource.ASSESSED,
          scorer.today().getYear()));
      add(out, scorer, pv, CandidateEdits.withSkills(c, skills), base, GapCloser.Kind.SHORT_TRAINING, req.skillId(),
          Phrase.of(nl -> (nl ? "korte training: " : "short training: ") + label));
      trainings++;
    }
    out.sort(Comparator.comparingDouble(GapCloser::gain).reversed().thenComparing(g -> g.description().en()));
    return out;
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
