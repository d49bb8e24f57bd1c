package nl.werkmatch.model;

/**
 * The part of ladder step 3 (organised activities) a person is on. Hengelo's ordinance counts
 * steps 1, 2 and the lower part of step 3 (onderkant trede 3) as a large distance to the labour
 * market (004_10b637e84856b5a7.txt:218); the upper part of step 3 goes with step 4. Read only on
 * step 3.
 */
public enum StepPart {
  /** Onderkant trede 3: with steps 1 and 2, a large distance to the labour market. */
  LOWER,
  /** Bovenkant trede 3: growing towards unpaid work, treated as step 4. */
  UPPER
}
