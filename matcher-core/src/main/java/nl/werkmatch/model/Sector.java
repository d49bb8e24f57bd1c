package nl.werkmatch.model;

/** Sectors of work, as used for occupations, vacancies and a person's desired or refused sectors. */
public enum Sector {
  /** Care and welfare. */
  ZORG,
  /** Technical work and installation. */
  TECHNIEK,
  /** Logistics, warehousing and transport. */
  LOGISTIEK,
  /** Production and manufacturing. */
  PRODUCTIE,
  /** Cleaning. */
  SCHOONMAAK,
  /** Hospitality. */
  HORECA,
  /** Retail. */
  DETAILHANDEL,
  /** Green sector: gardening, agriculture, landscaping. */
  GROEN,
  /** Construction. */
  BOUW,
  /** ICT. */
  ICT,
  /** Security. */
  BEVEILIGING,
  /** Contact centres and customer service. */
  CONTACTCENTER,
  /** Administration and office work. */
  ADMINISTRATIE,
  /** Public sector. */
  OVERHEID,
  /** Education and childcare. */
  ONDERWIJS,
  /** Anything else. */
  OVERIG
}
