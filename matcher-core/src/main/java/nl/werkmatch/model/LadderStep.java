package nl.werkmatch.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A step on the participatieladder, written in JSON as its number 1..6. Steps 1, 2 and the lower
 * part of 3 are a large distance to work; steps 5 and 6 a short one. The ladder may steer which kinds
 * of placement are offered, never rank people.
 */
public enum LadderStep {
  /** 1: isolated. */
  ISOLATED(1),
  /** 2: social contacts outside the home. */
  SOCIAL_CONTACTS(2),
  /** 3: organised activities. */
  ORGANISED_ACTIVITIES(3),
  /** 4: unpaid work. */
  UNPAID_WORK(4),
  /** 5: paid work with support. */
  PAID_WORK_WITH_SUPPORT(5),
  /** 6: paid work. */
  PAID_WORK(6);

  private final int number;

  LadderStep(int number) {
    this.number = number;
  }

  /** The step number 1..6, as written in JSON. */
  @JsonValue
  public int number() {
    return number;
  }

  /** The step with the given number. */
  @JsonCreator
  public static LadderStep of(int number) {
    for (LadderStep step : values()) {
      if (step.number == number) {
        return step;
      }
    }
    throw new ValidationException("ladderStep", "must be between 1 and 6, got " + number);
  }
}
