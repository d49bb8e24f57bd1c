package nl.werkmatch.model;

import java.util.List;

/**
 * Where the person stands on the way to work: the participation plan.
 *
 * @param ladderStep step on the participatieladder
 * @param stepPart on step 3, its lower or upper part (onderkant / bovenkant trede 3); read only on step 3
 * @param route agreed route
 * @param jobReady whether the person is ready for a job now
 * @param workObligationExemption an exemption from the work obligation (ontheffing arbeidsplicht), with its
 *     reason and dates
 * @param notYetReadyFor kinds of place the plan says the person is not yet ready for (distinct), e.g.
 *     {@code PARTICIPATIEPLAATS} for someone whose next step is still volunteer work
 */
public record Participation(LadderStep ladderStep, StepPart stepPart, Route route, Boolean jobReady,
    WorkObligationExemption workObligationExemption, List<VacancyKind> notYetReadyFor) {
  /** Copies and checks the list. */
  public Participation {
    notYetReadyFor = Check.distinctList("notYetReadyFor", notYetReadyFor);
  }

  /** A plan with only the ladder step, route and job-ready flag. */
  public Participation(LadderStep ladderStep, Route route, Boolean jobReady) {
    this(ladderStep, null, route, jobReady, null, null);
  }

  /**
   * Whether the ladder step is a large distance to the labour market: steps 1 and 2, and step 3
   * unless its upper part is recorded (004_10b637e84856b5a7.txt:218: "trede 1, 2 of onderkant 3").
   * Null when no step is recorded.
   */
  public Boolean largeDistance() {
    if (ladderStep == null) {
      return null;
    }
    int n = ladderStep.number();
    return n <= 2 || (n == 3 && stepPart != StepPart.UPPER);
  }
}
