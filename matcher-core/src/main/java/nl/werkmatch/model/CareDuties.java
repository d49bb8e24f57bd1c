package nl.werkmatch.model;

/**
 * Care duties that shape availability.
 *
 * @param childrenUnder5 whether the person cares for children under 5
 * @param mantelzorg whether the person gives informal care to a relative
 */
public record CareDuties(Boolean childrenUnder5, Boolean mantelzorg) {}
