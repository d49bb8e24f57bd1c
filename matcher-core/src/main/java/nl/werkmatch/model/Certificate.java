package nl.werkmatch.model;

/** Work certificates that vacancies ask for, most of which expire. */
public enum Certificate {
  /** VCA Basis (safety, operational staff). Valid 10 years. */
  VCA_BASIS,
  /** VCA VOL (safety, operational supervisors). Valid 10 years. */
  VCA_VOL,
  /** Heftruck (forklift) certificate. */
  HEFTRUCK,
  /** Reachtruck certificate. */
  REACHTRUCK,
  /** Elektrische pallettruck / orderpicker certificate. */
  ORDERPICKER,
  /** Hoogwerker (aerial work platform). */
  HOOGWERKER,
  /** Bedrijfshulpverlening (company emergency response). Yearly refresher. */
  BHV,
  /** EHBO (first aid). */
  EHBO,
  /** HACCP food hygiene. */
  HACCP,
  /** Sociale Hygiëne (required for managing a licensed hospitality business). */
  SOCIALE_HYGIENE,
  /** Diploma Beveiliger niveau 2 (security guard). */
  BEVEILIGER_2,
  /** Code 95 (professional driver competence). */
  CODE_95,
  /** NEN 3140 (electrical safety, instructed person). */
  NEN_3140,
  /** Vakbekwaamheid schoonmaak (SVS basic cleaning). */
  SCHOONMAAK_BASIS,
  /** Medicatie-aftekenen / medication handling in care. */
  MEDICATIE,
  /** Spuitlicentie (crop-protection products, green sector). */
  SPUITLICENTIE
}
