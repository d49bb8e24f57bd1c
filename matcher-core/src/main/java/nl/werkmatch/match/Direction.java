package nl.werkmatch.match;

/** Which way a match was asked. */
public enum Direction {
  /** From a vacancy to ranked candidates. */
  VACANCY_TO_CANDIDATES,
  /** From a candidate to ranked vacancies (omgekeerde bemiddeling). */
  CANDIDATE_TO_VACANCIES
}
