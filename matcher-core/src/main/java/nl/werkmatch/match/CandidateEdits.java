package nl.werkmatch.match;

import java.util.List;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.CertificateHolding;
import nl.werkmatch.model.LanguageSkill;
import nl.werkmatch.model.SkillClaim;

/** Copies of a candidate with one part changed, for what-if scoring of gap closers. */
final class CandidateEdits {
  private CandidateEdits() {}

  static Candidate withCertificates(Candidate c, List<CertificateHolding> certificates) {
    return new Candidate(c.id(), c.municipality(), c.region(), c.home(), c.travel(), c.desiredOccupations(),
        c.desiredSectors(), c.refusedSectors(), c.skills(), c.experience(), c.education(), certificates, c.languages(),
        c.availability(), c.careDuties(), c.workProfile(), c.limitations(), c.participation(), c.benefit(),
        c.benefitSince(), c.targetGroups(), c.beschutIndicationDate(), c.inburgering(), c.loonwaarde(), c.support(),
        c.employerConsent(), c.birthYear(), c.personal());
  }

  static Candidate withLanguages(Candidate c, List<LanguageSkill> languages) {
    return new Candidate(c.id(), c.municipality(), c.region(), c.home(), c.travel(), c.desiredOccupations(),
        c.desiredSectors(), c.refusedSectors(), c.skills(), c.experience(), c.education(), c.certificates(), languages,
        c.availability(), c.careDuties(), c.workProfile(), c.limitations(), c.participation(), c.benefit(),
        c.benefitSince(), c.targetGroups(), c.beschutIndicationDate(), c.inburgering(), c.loonwaarde(), c.support(),
        c.employerConsent(), c.birthYear(), c.personal());
  }

  static Candidate withSkills(Candidate c, List<SkillClaim> skills) {
    return new Candidate(c.id(), c.municipality(), c.region(), c.home(), c.travel(), c.desiredOccupations(),
        c.desiredSectors(), c.refusedSectors(), skills, c.experience(), c.education(), c.certificates(), c.languages(),
        c.availability(), c.careDuties(), c.workProfile(), c.limitations(), c.participation(), c.benefit(),
        c.benefitSince(), c.targetGroups(), c.beschutIndicationDate(), c.inburgering(), c.loonwaarde(), c.support(),
        c.employerConsent(), c.birthYear(), c.personal());
  }
}
