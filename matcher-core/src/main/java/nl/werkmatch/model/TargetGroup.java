package nl.werkmatch.model;

/**
 * Target groups (doelgroepen) a candidate may belong to. Used for eligibility and for the fairness
 * report only; never shown to an employer and never used to rank.
 */
public enum TargetGroup {
  /** In the doelgroepregister of the banenafspraak (eligible for a garantiebaan). */
  DOELGROEPREGISTER,
  /** Has a UWV indication for beschut werk (see the candidate's indication date). */
  BESCHUT_WERK_INDICATIE,
  /** Loonkostensubsidie target group: cannot earn WML with full-time work. */
  LKS_DOELGROEP,
  /** Statushouder: refugee with a residence permit. */
  STATUSHOUDER,
  /** Vulnerable school-leaver from praktijkonderwijs, VSO or entree. */
  KWETSBARE_SCHOOLVERLATER,
  /** Employed or indicated under the Wet sociale werkvoorziening. */
  WSW
}
