package nl.werkmatch.model;

import java.util.List;

/**
 * The soft side of a candidate, each on a scale of 1 (low) to 5 (high). It mirrors a vacancy's
 * {@link JobDemands}: exceeding a demand costs nothing, falling short does.
 *
 * @param pace working pace the person can keep up
 * @param accuracy accuracy
 * @param independence ability to work independently
 * @param stressTolerance belastbaarheid: tolerance of pressure and stress
 * @param needForStructure need for structure (5 = needs a fixed, predictable routine)
 * @param needForSupervision need for supervision (5 = needs close guidance)
 * @param customerContact ability and wish for customer contact
 * @param physicalCapacity physical capacity
 * @param motivation motivation for work
 * @param drivers what drives the person, free text codes
 * @param whatHelps what helps the person at work, e.g. "reageert goed op complimenten"
 */
public record WorkProfile(Integer pace, Integer accuracy, Integer independence, Integer stressTolerance,
    Integer needForStructure, Integer needForSupervision, Integer customerContact, Integer physicalCapacity,
    Integer motivation, List<String> drivers, List<String> whatHelps) {
  /** Validates every scale value is 1..5. */
  public WorkProfile {
    Check.level("pace", pace);
    Check.level("accuracy", accuracy);
    Check.level("independence", independence);
    Check.level("stressTolerance", stressTolerance);
    Check.level("needForStructure", needForStructure);
    Check.level("needForSupervision", needForSupervision);
    Check.level("customerContact", customerContact);
    Check.level("physicalCapacity", physicalCapacity);
    Check.level("motivation", motivation);
    drivers = Check.list("drivers", drivers);
    whatHelps = Check.list("whatHelps", whatHelps);
  }
}
