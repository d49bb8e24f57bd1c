package nl.werkmatch.model;

/**
 * What an employer offers around the job.
 *
 * @param supervision supervision available, 1..5
 * @param structure structure and predictability of the work, 1..5
 * @param jobcoachWelcome whether a jobcoach is welcome on the workplace
 * @param workplaceAdaptations whether the employer can adapt the workplace
 * @param acceptsLoonkostensubsidie whether the employer accepts loonkostensubsidie
 * @param minLoonwaarde lowest loonwaarde in percent the employer can take, 0..100
 * @param openToJobCarving whether the employer is open to job carving (functiecreatie)
 * @param setbackTolerance tolerance for setbacks, 1..5
 * @param inclusiveEmployer whether the employer carries an inclusive-employer mark (e.g. PSO)
 * @param sroi whether the employer has a social return (SROI) obligation
 */
public record EmployerOffer(Integer supervision, Integer structure, Boolean jobcoachWelcome,
    Boolean workplaceAdaptations, Boolean acceptsLoonkostensubsidie, Double minLoonwaarde,
    Boolean openToJobCarving, Integer setbackTolerance, Boolean inclusiveEmployer, Boolean sroi) {
  /** Validates scales and percentage. */
  public EmployerOffer {
    Check.level("supervision", supervision);
    Check.level("structure", structure);
    Check.range("minLoonwaarde", minLoonwaarde, 0, 100);
    Check.level("setbackTolerance", setbackTolerance);
  }

  /** A builder with every field absent (null or false). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this employeroffer, to change a few fields of a copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.supervision = supervision;
    b.structure = structure;
    b.jobcoachWelcome = jobcoachWelcome;
    b.workplaceAdaptations = workplaceAdaptations;
    b.acceptsLoonkostensubsidie = acceptsLoonkostensubsidie;
    b.minLoonwaarde = minLoonwaarde;
    b.openToJobCarving = openToJobCarving;
    b.setbackTolerance = setbackTolerance;
    b.inclusiveEmployer = inclusiveEmployer;
    b.sroi = sroi;
    return b;
  }

  /**
   * Builds a {@link EmployerOffer} field by field instead of through its 10-argument constructor. Setters
   * take the same values as the record components; {@link #build()} runs the record's validation,
   * so an invalid combination fails there with the same {@link ValidationException}. Not thread-safe.
   */
  public static final class Builder {
    private Integer supervision;
    private Integer structure;
    private Boolean jobcoachWelcome;
    private Boolean workplaceAdaptations;
    private Boolean acceptsLoonkostensubsidie;
    private Double minLoonwaarde;
    private Boolean openToJobCarving;
    private Integer setbackTolerance;
    private Boolean inclusiveEmployer;
    private Boolean sroi;

    private Builder() {}

    /** Sets {@code supervision}: supervision available, 1..5. */
    public Builder supervision(Integer supervision) {
      this.supervision = supervision;
      return this;
    }

    /** Sets {@code structure}: structure and predictability of the work, 1..5. */
    public Builder structure(Integer structure) {
      this.structure = structure;
      return this;
    }

    /** Sets {@code jobcoachWelcome}: whether a jobcoach is welcome on the workplace. */
    public Builder jobcoachWelcome(Boolean jobcoachWelcome) {
      this.jobcoachWelcome = jobcoachWelcome;
      return this;
    }

    /** Sets {@code workplaceAdaptations}: whether the employer can adapt the workplace. */
    public Builder workplaceAdaptations(Boolean workplaceAdaptations) {
      this.workplaceAdaptations = workplaceAdaptations;
      return this;
    }

    /** Sets {@code acceptsLoonkostensubsidie}: whether the employer accepts loonkostensubsidie. */
    public Builder acceptsLoonkostensubsidie(Boolean acceptsLoonkostensubsidie) {
      this.acceptsLoonkostensubsidie = acceptsLoonkostensubsidie;
      return this;
    }

    /** Sets {@code minLoonwaarde}: lowest loonwaarde in percent the employer can take, 0..100. */
    public Builder minLoonwaarde(Double minLoonwaarde) {
      this.minLoonwaarde = minLoonwaarde;
      return this;
    }

    /** Sets {@code openToJobCarving}: whether the employer is open to job carving (functiecreatie). */
    public Builder openToJobCarving(Boolean openToJobCarving) {
      this.openToJobCarving = openToJobCarving;
      return this;
    }

    /** Sets {@code setbackTolerance}: tolerance for setbacks, 1..5. */
    public Builder setbackTolerance(Integer setbackTolerance) {
      this.setbackTolerance = setbackTolerance;
      return this;
    }

    /** Sets {@code inclusiveEmployer}: whether the employer carries an inclusive-employer mark (e.g. PSO). */
    public Builder inclusiveEmployer(Boolean inclusiveEmployer) {
      this.inclusiveEmployer = inclusiveEmployer;
      return this;
    }

    /** Sets {@code sroi}: whether the employer has a social return (SROI) obligation. */
    public Builder sroi(Boolean sroi) {
      this.sroi = sroi;
      return this;
    }

    /** The employeroffer, validated. */
    public EmployerOffer build() {
      return new EmployerOffer(supervision, structure, jobcoachWelcome, workplaceAdaptations,
          acceptsLoonkostensubsidie, minLoonwaarde, openToJobCarving, setbackTolerance, inclusiveEmployer,
          sroi);
    }
  }
}
