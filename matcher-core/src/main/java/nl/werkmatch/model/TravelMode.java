package nl.werkmatch.model;

/** A way a person can travel to work. */
public enum TravelMode {
  /** On foot. */
  WALK,
  /** Bicycle. */
  BIKE,
  /** Electric bicycle. */
  EBIKE,
  /** Public transport (bus, train). */
  PUBLIC_TRANSPORT,
  /** Car (needs a B driving licence). */
  CAR
}
