package nl.werkmatch.match;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.werkmatch.index.Fields;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorer;

/**
 * The context share of recorded levels against a vacancy's demands, read from one packed doc value
 * ({@link Fields#LEVELS}): work-profile capacities and needs, hours, education rank and Dutch level. Each
 * {@link Level} adds {@code stepWeight} for every step of its ladder the record's value reaches
 * (a capacity of at least {@code demand - s}, or a need of at most {@code demand + s}, for
 * {@code s = 0 .. steps - 1}), or {@code absentWeight} when the record has no value. Matches every
 * record.
 *
 * <p>One level of four steps is the sum of four range clauses and one "field absent" clause; as
 * separate Lucene clauses a vacancy with a full work profile made some forty sub-scorers, each
 * advanced on every record of the selection, which was a fifth of a query over a million records.
 * Here the levels are one doc-values lookup per record and one table lookup per level (read as a
 * doc value per field, they were a seventh of a query over a million records: sparse doc values
 * cost a search of their index for every record).
 */
final class LevelScoreQuery extends RecordScoreQuery {
  /**
   * One ladder on an integer field.
   *
   * @param field the numeric doc-values field
   * @param demand the level asked
   * @param need true when the record's value is a need the vacancy's offer must cover (at most
   *     {@code demand + s}); false for a capacity (at least {@code demand - s})
   * @param steps the number of steps, at least 1
   * @param stepWeight the score per step reached
   * @param absentWeight the score of a record without a value
   */
  record Level(String field, int demand, boolean need, int steps, float stepWeight, float absentWeight) {
    Level {
      Objects.requireNonNull(field);
      if (steps < 1) {
        throw new IllegalArgumentException("steps must be at least 1: " + steps);
      }
    }

    /** The steps a recorded {@code value} reaches. */
    int reached(long value) {
      long r = need ? (long) demand + steps - value : value - (long) demand + steps;
      return (int) Math.max(0, Math.min(steps, r));
    }

    float max() {
      return Math.max(steps * stepWeight, absentWeight);
    }
  }

  private final Level[] levels;
  private final float maxScore;
  /** Per level: where its field lies in {@link Fields#LEVELS}. */
  private final int[] shifts;
  /** See {@link #shifts}. */
  private final long[] masks;
  /** Per level and stored value (0: absent, else value + 1): the score. */
  private final double[][] scores;

  /**
   * @throws IllegalArgumentException if a level's field is not one of {@link Fields#LEVEL_FIELDS}
   */
  LevelScoreQuery(List<Level> levels) {
    this.levels = levels.toArray(Level[]::new);
    double max = 0;
    shifts = new int[this.levels.length];
    masks = new long[this.levels.length];
    scores = new double[this.levels.length][];
    for (int i = 0; i < this.levels.length; i++) {
      Level level = this.levels[i];
      max += level.max();
      int bits = Fields.levelBits(level.field());
      shifts[i] = Fields.levelShift(level.field());
      masks[i] = (1L << bits) - 1;
      scores[i] = new double[1 << bits];
      scores[i][0] = level.absentWeight();
      for (int stored = 1; stored < scores[i].length; stored++) {
        scores[i][stored] = level.reached(stored - 1) * level.stepWeight();
      }
    }
    this.maxScore = (float) max;
  }

  @Override
  Scorer scorer(LeafReaderContext leaf, float boost) throws IOException {
    NumericDocValues packed = leaf.reader().getNumericDocValues(Fields.LEVELS);
    return new LevelScorer(DocIdSetIterator.all(leaf.reader().maxDoc()), packed, boost);
  }

  @Override
  String description() {
    return "levels against the vacancy's demands";
  }

  @Override
  boolean cacheable(LeafReaderContext leaf) {
    return DocValues.isCacheable(leaf, Fields.LEVELS);
  }

  private final class LevelScorer extends Scorer {
    private final DocIdSetIterator all;
    private final NumericDocValues packed;
    private final float boost;

    LevelScorer(DocIdSetIterator all, NumericDocValues packed, float boost) {
      this.all = all;
      this.packed = packed;
      this.boost = boost;
    }

    @Override
    public int docID() {
      return all.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return all;
    }

    @Override
    public float score() throws IOException {
      long value = packed != null && packed.advanceExact(all.docID()) ? packed.longValue() : 0;
      double sum = 0;
      for (int i = 0; i < levels.length; i++) {
        sum += scores[i][(int) ((value >>> shifts[i]) & masks[i])];
      }
      return boost * (float) sum;
    }

    @Override
    public float getMaxScore(int upTo) {
      return boost * maxScore;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    for (Level level : levels) {
      if (visitor.acceptField(level.field())) {
        visitor.visitLeaf(this);
        return;
      }
    }
  }

  @Override
  public String toString(String field) {
    return "Levels" + Arrays.toString(levels);
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && Arrays.equals(levels, ((LevelScoreQuery) o).levels);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + Arrays.hashCode(levels);
  }
}
