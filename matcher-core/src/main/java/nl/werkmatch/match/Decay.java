package nl.werkmatch.match;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A decay function with Elasticsearch {@code function_score} semantics: the score is 1 within
 * {@code offset} of {@code origin} and falls to {@code decay} at distance {@code offset + scale}.
 *
 * <ul>
 *   <li>{@code gauss}: {@code exp(-max(0,|v-origin|-offset)^2 / (2 sigma^2))}, with
 *       {@code sigma^2 = -scale^2 / (2 ln decay)};
 *   <li>{@code exp}: {@code exp(lambda * max(0,|v-origin|-offset))}, with {@code lambda = ln(decay) / scale};
 *   <li>{@code linear}: {@code max(0, (s - max(0,|v-origin|-offset)) / s)}, with {@code s = scale / (1 - decay)}.
 * </ul>
 *
 * @param function gauss, exp or linear
 * @param origin the ideal value
 * @param scale distance from {@code origin + offset} at which the score equals {@code decay}; more than 0
 * @param offset distance from origin within which the score is 1; at least 0
 * @param decay the score at {@code offset + scale}; strictly between 0 and 1
 */
public record Decay(Function function, double origin, double scale, double offset, double decay) {

  /** The shape of the decay. */
  public enum Function {
    /** Gaussian. */
    @JsonProperty("gauss") GAUSS,
    /** Exponential. */
    @JsonProperty("exp") EXP,
    /** Linear. */
    @JsonProperty("linear") LINEAR
  }

  /** Validates the parameters. */
  @JsonCreator
  public Decay(@JsonProperty("function") Function function, @JsonProperty("origin") double origin,
      @JsonProperty("scale") double scale, @JsonProperty("offset") double offset, @JsonProperty("decay") double decay) {
    if (function == null) {
      throw new IllegalArgumentException("decay.function is required (gauss, exp or linear)");
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("decay.scale must be more than 0, got " + scale);
    }
    if (!(offset >= 0) || Double.isInfinite(offset)) {
      throw new IllegalArgumentException("decay.offset must be at least 0, got " + offset);
    }
    if (!(decay > 0 && decay < 1)) {
      throw new IllegalArgumentException("decay.decay must be strictly between 0 and 1, got " + decay);
    }
    if (Double.isNaN(origin) || Double.isInfinite(origin)) {
      throw new IllegalArgumentException("decay.origin must be finite, got " + origin);
    }
    this.function = function;
    this.origin = origin;
    this.scale = scale;
    this.offset = offset;
    this.decay = decay;
  }

  /** Gaussian decay. */
  public static Decay gauss(double origin, double scale, double offset, double decay) {
    return new Decay(Function.GAUSS, origin, scale, offset, decay);
  }

  /** Exponential decay. */
  public static Decay exp(double origin, double scale, double offset, double decay) {
    return new Decay(Function.EXP, origin, scale, offset, decay);
  }

  /** Linear decay. */
  public static Decay linear(double origin, double scale, double offset, double decay) {
    return new Decay(Function.LINEAR, origin, scale, offset, decay);
  }

  /** The score in [0,1] of {@code value}; non-increasing in the distance from origin. */
  public double apply(double value) {
    double d = Math.max(0, Math.abs(value - origin) - offset);
    return switch (function) {
      case GAUSS -> Math.exp(d * d * Math.log(decay) / (scale * scale));
      case EXP -> Math.exp(Math.log(decay) / scale * d);
      case LINEAR -> {
        double s = scale / (1 - decay);
        yield Math.max(0, (s - d) / s);
      }
    };
  }
}
