package nl.werkmatch.model;

/** The contract a vacancy offers. */
public enum ContractType {
  /** Open-ended (vast). */
  PERMANENT,
  /** Fixed term (bepaalde tijd). */
  FIXED_TERM,
  /** On call (oproep / nulurencontract). */
  ON_CALL,
  /** Through a temp agency (uitzend). */
  TEMP_AGENCY,
  /** BBL learning contract. */
  BBL,
  /** No employment contract (participation, volunteer, trial placement). */
  NONE
}
