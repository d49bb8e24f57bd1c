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

  /** A builder with every field absent (null or false). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this workprofile, to change a few fields of a copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.pace = pace;
    b.accuracy = accuracy;
    b.independence = independence;
    b.stressTolerance = stressTolerance;
    b.needForStructure = needForStructure;
    b.needForSupervision = needForSupervision;
    b.customerContact = customerContact;
    b.physicalCapacity = physicalCapacity;
    b.motivation = motivation;
    b.drivers = drivers;
    b.whatHelps = whatHelps;
    return b;
  }

  /**
   * Builds a {@link WorkProfile} field by field instead of through its 11-argument constructor. Setters
   * take the same values as the record components; {@link #build()} runs the record's validation,
   * so an invalid combination fails there with the same {@link ValidationException}. Not thread-safe.
   */
  public static final class Builder {
    private Integer pace;
    private Integer accuracy;
    private Integer independence;
    private Integer stressTolerance;
    private Integer needForStructure;
    private Integer needForSupervision;
    private Integer customerContact;
    private Integer physicalCapacity;
    private Integer motivation;
    private List<String> drivers;
    private List<String> whatHelps;

    private Builder() {}

    /** Sets {@code pace}: working pace the person can keep up. */
    public Builder pace(Integer pace) {
      this.pace = pace;
      return this;
    }

    /** Sets {@code accuracy}: accuracy. */
    public Builder accuracy(Integer accuracy) {
      this.accuracy = accuracy;
      return this;
    }

    /** Sets {@code independence}: ability to work independently. */
    public Builder independence(Integer independence) {
      this.independence = independence;
      return this;
    }

    /** Sets {@code stressTolerance}: belastbaarheid: tolerance of pressure and stress. */
    public Builder stressTolerance(Integer stressTolerance) {
      this.stressTolerance = stressTolerance;
      return this;
    }

    /** Sets {@code needForStructure}: need for structure (5 = needs a fixed, predictable routine). */
    public Builder needForStructure(Integer needForStructure) {
      this.needForStructure = needForStructure;
      return this;
    }

    /** Sets {@code needForSupervision}: need for supervision (5 = needs close guidance). */
    public Builder needForSupervision(Integer needForSupervision) {
      this.needForSupervision = needForSupervision;
      return this;
    }

    /** Sets {@code customerContact}: ability and wish for customer contact. */
    public Builder customerContact(Integer customerContact) {
      this.customerContact = customerContact;
      return this;
    }

    /** Sets {@code physicalCapacity}: physical capacity. */
    public Builder physicalCapacity(Integer physicalCapacity) {
      this.physicalCapacity = physicalCapacity;
      return this;
    }

    /** Sets {@code motivation}: motivation for work. */
    public Builder motivation(Integer motivation) {
      this.motivation = motivation;
      return this;
    }

    /** Sets {@code drivers}: what drives the person, free text codes. */
    public Builder drivers(List<String> drivers) {
      this.drivers = drivers;
      return this;
    }

    /** Sets {@code whatHelps}: what helps the person at work, e.g. "reageert goed op complimenten". */
    public Builder whatHelps(List<String> whatHelps) {
      this.whatHelps = whatHelps;
      return this;
    }

    /** The workprofile, validated. */
    public WorkProfile build() {
      return new WorkProfile(pace, accuracy, independence, stressTolerance, needForStructure,
          needForSupervision, customerContact, physicalCapacity, motivation, drivers, whatHelps);
    }
  }
}
