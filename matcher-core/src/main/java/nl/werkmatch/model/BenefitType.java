package nl.werkmatch.model;

/** The benefit a person receives; used for eligibility only, never to rank. */
public enum BenefitType {
  /** Bijstand under the Participatiewet. */
  BIJSTAND,
  /** Unemployment benefit (WW). */
  WW,
  /** Wajong (young disabled). */
  WAJONG,
  /** IOAW (older unemployed workers). */
  IOAW,
  /** IOAZ (older formerly self-employed). */
  IOAZ,
  /** No benefit ("nugger", niet-uitkeringsgerechtigde). */
  NONE
}
