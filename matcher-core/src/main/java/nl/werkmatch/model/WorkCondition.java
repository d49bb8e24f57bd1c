package nl.werkmatch.model;

/** Conditions of a job that a functional limitation may rule out. */
public enum WorkCondition {
  /** Lifting heavy loads (over about 15 kg) regularly. */
  HEAVY_LIFTING,
  /** Standing for most of the shift. */
  PROLONGED_STANDING,
  /** Walking a lot. */
  WALKING,
  /** A noisy or busy environment. */
  NOISY,
  /** Outdoors in all weather. */
  OUTDOOR,
  /** Cold (cold store, outdoors in winter). */
  COLD,
  /** Working at heights. */
  HEIGHTS,
  /** Dust or fumes. */
  DUST,
  /** Fine manual work. */
  FINE_MANUAL_WORK,
  /** Constant time pressure. */
  TIME_PRESSURE,
  /** Driving a vehicle as part of the job. */
  DRIVING
}
