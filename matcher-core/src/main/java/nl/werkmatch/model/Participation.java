package nl.werkmatch.model;

/**
 * Where the person stands on the way to work.
 *
 * @param ladderStep step on the participatieladder
 * @param route agreed route
 * @param jobReady whether the person is ready for a job now
 */
public record Participation(LadderStep ladderStep, Route route, Boolean jobReady) {}
