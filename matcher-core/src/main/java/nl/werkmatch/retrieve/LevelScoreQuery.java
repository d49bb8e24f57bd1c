package nl.werkmatch.retrieve;

import nl.werkmatch.score.Scorer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.werkmatch.index.Fields;

/**
 * The context share of recorded levels against a vacancy's demands, read from one packed doc value
 * ({@link Fields#LEVELS}): work-profile capacities and needs, hours, education rank and Dutch level.
 * Each summed {@link Level} adds its score for the record's value (or for no value); the work
 * profile's levels are fits in [0, 1] that add {@code fitWeight} times the exact scorer's soft score
 * of them (half their mean, half the worst; {@link Scorer#softScore}), which a sum
 * of clauses cannot express. The scores are the exact scorer's, per value, so the approximation
 * moves with a recorded level as the exact score does. Matches every record.
 *
 * <p>As separate Lucene clauses (a range clause per step of a level and one "field absent" clause)
 * a vacancy with a full work profile made some forty sub-scorers, each advanced on every record of
 * the selection, a fifth of a query over a million records; read as a doc value per field, the
 * levels were still a seventh (a sparse doc value costs a search of its index for every record).
 * Here they are one doc-values lookup per record and one table lookup per level.
 */
final class LevelScoreQuery extends PackedValueQuery {
  /**
   * The score of each value of one field packed in {@link Fields#LEVELS}.
   *
   * @param field the field
   * @param byValue the score by stored value: [0] when the record has no value, [v + 1] for value v
   */
  record Level(String field, double[] byValue) {
    Level {
      Objects.requireNonNull(field);
      if (byValue.length != 1 << Fields.levelBits(field)) {
        throw new IllegalArgumentException(field + ": " + byValue.length + " scores, expected "
            + (1 << Fields.levelBits(field)));
      }
    }

    /** The level of {@code field} scored by {@code score}, which is given null for no value. */
    static Level of(String field, Function<Integer, Double> score) {
      double[] byValue = new double[1 << Fields.levelBits(field)];
      byValue[0] = score.apply(null);
      for (int stored = 1; stored < byValue.length; stored++) {
        byValue[stored] = score.apply(stored - 1);
      }
      return new Level(field, byValue);
    }

    double max() {
      return Arrays.stream(byValue).max().orElse(0);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Level l && l.field.equals(field) && Arrays.equals(l.byValue, byValue);
    }

    @Override
    public int hashCode() {
      return 31 * field.hashCode() + Arrays.hashCode(byValue);
    }

    @Override
    public String toString() {
      return field + "=" + Arrays.toString(byValue);
    }
  }

  private final Level[] summed;
  private final Level[] fits;
  private final double fitWeight;
  /** Per level (summed, then fits): where its field lies in {@link Fields#LEVELS}. */
  private final int[] shifts;
  /** See {@link #shifts}. */
  private final long[] masks;
  private final float maxScore;

  /**
   * @param summed levels whose scores add up
   * @param fits work-profile fits in [0, 1], combined as the exact soft score
   * @param fitWeight the weight of the soft score
   * @throws IllegalArgumentException if a level's field is not one of {@link Fields#LEVEL_FIELDS}
   */
  LevelScoreQuery(List<Level> summed, List<Level> fits, double fitWeight) {
    super(Fields.LEVELS);
    this.summed = summed.toArray(Level[]::new);
    this.fits = fits.toArray(Level[]::new);
    this.fitWeight = fitWeight;
    int n = this.summed.length + this.fits.length;
    shifts = new int[n];
    masks = new long[n];
    double max = this.fits.length > 0 ? fitWeight : 0;
    for (int i = 0; i < n; i++) {
      Level level = i < this.summed.length ? this.summed[i] : this.fits[i - this.summed.length];
      shifts[i] = Fields.levelShift(level.field());
      masks[i] = (1L << Fields.levelBits(level.field())) - 1;
      if (i < this.summed.length) {
        max += level.max();
      }
    }
    this.maxScore = (float) max;
  }

  @Override
  double score(long value) {
    double sum = 0;
    int i = 0;
    for (Level level : summed) {
      sum += level.byValue[(int) ((value >>> shifts[i]) & masks[i])];
      i++;
    }
    if (fits.length > 0) {
      double fitSum = 0;
      double worst = 1;
      for (Level fit : fits) {
        double f = fit.byValue[(int) ((value >>> shifts[i]) & masks[i])];
        fitSum += f;
        worst = Math.min(worst, f);
        i++;
      }
      sum += fitWeight * Scorer.softScore(fitSum, fits.length, worst);
    }
    return sum;
  }

  @Override
  float maxScore() {
    return maxScore;
  }

  @Override
  String description() {
    return "levels against the vacancy's demands";
  }

  @Override
  public String toString(String field) {
    return "Levels" + Arrays.toString(summed) + (fits.length == 0 ? "" : " + " + fitWeight + " x soft" + Arrays.toString(fits));
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && Arrays.equals(summed, ((LevelScoreQuery) o).summed)
        && Arrays.equals(fits, ((LevelScoreQuery) o).fits) && fitWeight == ((LevelScoreQuery) o).fitWeight;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * classHash() + Arrays.hashCode(summed)) + Arrays.hashCode(fits);
  }
}
