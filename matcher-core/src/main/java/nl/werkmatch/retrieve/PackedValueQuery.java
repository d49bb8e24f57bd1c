package nl.werkmatch.retrieve;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorer;

/**
 * A fast-path query that scores every record from one packed numeric doc value (the levels of a
 * person, what a vacancy states): one doc-values lookup per record and a score computed from the
 * value, 0 where the record has none.
 */
abstract class PackedValueQuery extends RecordScoreQuery {
  private final String field;

  /** @param field the numeric doc value read */
  PackedValueQuery(String field) {
    this.field = field;
  }

  /** The score of a record whose value is {@code packed} (0: the record has none). */
  abstract double score(long packed);

  /** The highest score {@link #score} gives. */
  abstract float maxScore();

  @Override
  final Scorer scorer(LeafReaderContext leaf, float boost) throws IOException {
    NumericDocValues packed = leaf.reader().getNumericDocValues(field);
    float max = boost * maxScore();
    return new EveryRecordScorer(leaf) {
      @Override
      public float score() throws IOException {
        long value = packed != null && packed.advanceExact(docID()) ? packed.longValue() : 0;
        return boost * (float) PackedValueQuery.this.score(value);
      }

      @Override
      public float getMaxScore(int upTo) {
        return max;
      }
    };
  }

  @Override
  final boolean cacheable(LeafReaderContext leaf) {
    return DocValues.isCacheable(leaf, field);
  }

  @Override
  public final void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor.visitLeaf(this);
    }
  }
}
