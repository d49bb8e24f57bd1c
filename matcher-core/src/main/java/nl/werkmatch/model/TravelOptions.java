package nl.werkmatch.model;

import java.util.List;

/**
 * How a candidate can travel.
 *
 * @param modes the travel modes available to the person
 * @param drivingLicences driving licences held
 * @param maxTravelMinutes the person's own limit in minutes one way, 1..240 (the 3-hours-a-day
 *     rule is applied on top)
 */
public record TravelOptions(List<TravelMode> modes, List<DrivingLicence> drivingLicences, Integer maxTravelMinutes) {
  /** Validates distinct modes and licences and the limit. */
  public TravelOptions {
    modes = Check.distinctList("modes", modes);
    drivingLicences = Check.distinctList("drivingLicences", drivingLicences);
    Check.range("maxTravelMinutes", maxTravelMinutes, 1, 240);
    if (modes != null && modes.contains(TravelMode.CAR) && drivingLicences != null
        && drivingLicences.stream().noneMatch(l -> l == DrivingLicence.B || l == DrivingLicence.BE
            || l == DrivingLicence.C || l == DrivingLicence.CE || l == DrivingLicence.D)) {
      throw new ValidationException("modes", "CAR needs driving licence B");
    }
  }
}
