package nl.werkmatch.score;

import java.util.List;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.CertificateHolding;
import nl.werkmatch.model.LanguageSkill;
import nl.werkmatch.model.SkillClaim;

/** Copies of a candidate with one part changed, for what-if scoring of gap closers. */
final class CandidateEdits {
  private CandidateEdits() {}

  static Candidate withCertificates(Candidate c, List<CertificateHolding> certificates) {
    return c.toBuilder().certificates(certificates).build();
  }

  static Candidate withLanguages(Candidate c, List<LanguageSkill> languages) {
    return c.toBuilder().languages(languages).build();
  }

  static Candidate withSkills(Candidate c, List<SkillClaim> skills) {
    return c.toBuilder().skills(skills).build();
  }
}
