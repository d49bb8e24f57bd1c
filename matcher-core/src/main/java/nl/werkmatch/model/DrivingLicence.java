package nl.werkmatch.model;

/** Dutch driving licence categories. */
public enum DrivingLicence {
  /** Moped. */
  AM,
  /** Motorcycle. */
  A,
  /** Car. */
  B,
  /** Car with heavy trailer. */
  BE,
  /** Truck. */
  C,
  /** Truck with trailer. */
  CE,
  /** Bus. */
  D,
  /** Tractor. */
  T
}
