package nl.werkmatch.model;

/** Where a recorded skill comes from, in increasing order of evidence. */
public enum SkillSource {
  /** The person says so. */
  SELF_REPORTED,
  /** Shown in past work. */
  EXPERIENCE,
  /** Assessed (praktijkdiagnose, Competensys, workplace observation). */
  ASSESSED,
  /** Part of a diploma or certificate. */
  DIPLOMA
}
