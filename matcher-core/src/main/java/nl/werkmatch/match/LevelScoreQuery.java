package nl.werkmatch.match;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorer;

/**
 * The context share of recorded levels against a vacancy's demands, read from numeric doc values in
 * one pass: work-profile capacities and needs, hours, education rank and Dutch level. Each
 * {@link Level} adds {@code stepWeight} for every step of its ladder the record's value reaches
 * (a capacity of at least {@code demand - s}, or a need of at most {@code demand + s}, for
 * {@code s = 0 .. steps - 1}), or {@code absentWeight} when the record has no value. Matches every
 * record.
 *
 * <p>One level of four steps is the sum of four range clauses and one "field absent" clause; as
 * separate Lucene clauses a vacancy with a full work profile made some forty sub-scorers, each
 * advanced on every record of the selection, which was a fifth of a query over a million records.
 * Here each field is one doc-values lookup per record.
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

  LevelScoreQuery(List<Level> levels) {
    this.levels = levels.toArray(Level[]::new);
    double max = 0;
    for (Level level : this.levels) {
      max += level.max();
    }
    this.maxScore = (float) max;
  }

  @Override
  Scorer scorer(LeafReaderContext leaf, float boost) throws IOException {
    NumericDocValues[] values = new NumericDocValues[levels.length];
    SortedNumericDocValues[] multi = new SortedNumericDocValues[levels.length];
    for (int i = 0; i < levels.length; i++) {
      SortedNumericDocValues v = DocValues.getSortedNumeric(leaf.reader(), levels[i].field());
      values[i] = DocValues.unwrapSingleton(v);
      multi[i] = values[i] == null ? v : null;
    }
    return new LevelScorer(DocIdSetIterator.all(leaf.reader().maxDoc()), values, multi, boost);
  }

  @Override
  String description() {
    return "levels against the vacancy's demands";
  }

  @Override
  boolean cacheable(LeafReaderContext leaf) {
    return DocValues.isCacheable(leaf, Arrays.stream(levels).map(Level::field).distinct().toArray(String[]::new));
  }

  private final class LevelScorer extends Scorer {
    private final DocIdSetIterator all;
    private final NumericDocValues[] values;
    private final SortedNumericDocValues[] multi;
    private final float boost;

    LevelScorer(DocIdSetIterator all, NumericDocValues[] values, SortedNumericDocValues[] multi, float boost) {
      this.all = all;
      this.values = values;
      this.multi = multi;
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
      int doc = all.docID();
      double sum = 0;
      for (int i = 0; i < levels.length; i++) {
        Level level = levels[i];
        if (values[i] != null) {
          sum += values[i].advanceExact(doc) ? level.reached(values[i].longValue()) * level.stepWeight() : level.absentWeight();
        } else if (multi[i].advanceExact(doc)) {
          // several values: the best one counts, as a range clause matches on any value
          int best = 0;
          for (int k = 0; k < multi[i].docValueCount(); k++) {
            best = Math.max(best, level.reached(multi[i].nextValue()));
          }
          sum += best * level.stepWeight();
        } else {
          sum += level.absentWeight();
        }
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
