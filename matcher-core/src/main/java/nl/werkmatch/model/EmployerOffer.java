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
}
