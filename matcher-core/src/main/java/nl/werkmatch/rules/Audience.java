package nl.werkmatch.rules;

/** Who a match result is for; decides what may be shown and whether employer consent is needed. */
public enum Audience {
  /** An employer: sees only candidates who consented, and never internal data. */
  EMPLOYER,
  /** Municipal or UWV staff (werkcoach, klantmanager, adviseur werk): the internal view. */
  INTERNAL
}
