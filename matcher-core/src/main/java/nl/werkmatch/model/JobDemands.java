package nl.werkmatch.model;

import java.util.List;

/**
 * What the job asks of a worker, each on a scale of 1 (low) to 5 (high), mirroring
 * {@link WorkProfile}.
 *
 * @param pace pace
 * @param accuracy accuracy
 * @param independence independence
 * @param stress stress / pressure
 * @param customerContact customer contact
 * @param physicalLoad physical load
 * @param liftingKg heaviest regular lift in kg, 0..100
 * @param conditions job conditions that functional limitations may rule out
 */
public record JobDemands(Integer pace, Integer accuracy, Integer independence, Integer stress,
    Integer customerContact, Integer physicalLoad, Integer liftingKg, List<WorkCondition> conditions) {
  /** Validates scales. */
  public JobDemands {
    Check.level("pace", pace);
    Check.level("accuracy", accuracy);
    Check.level("independence", independence);
    Check.level("stress", stress);
    Check.level("customerContact", customerContact);
    Check.level("physicalLoad", physicalLoad);
    Check.range("liftingKg", liftingKg, 0, 100);
    conditions = Check.distinctList("conditions", conditions);
  }
}
