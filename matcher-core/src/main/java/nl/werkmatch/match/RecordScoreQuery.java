package nl.werkmatch.match;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A fast-path query scored per record from doc values (the levels, the travel time, the nearness):
 * the {@link Weight} they share, so each names only its {@link Scorer}. Not cached by Lucene's
 * query cache unless {@link #cacheable} says so (a score that depends on the matcher's travel
 * estimator depends on more than the index).
 */
abstract class RecordScoreQuery extends Query {
  /**
   * The scorer of one segment, or null when the segment holds none of the fields read.
   *
   * @param leaf the segment
   * @param boost the query's boost, which every score is multiplied by
   */
  abstract Scorer scorer(LeafReaderContext leaf, float boost) throws IOException;

  /** What a match means, for {@link Weight#explain}. */
  abstract String description();

  /** Whether Lucene may cache the matches of this query on {@code leaf} (default: no). */
  boolean cacheable(LeafReaderContext leaf) {
    return false;
  }

  @Override
  public final Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new Weight(this) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        Scorer scorer = RecordScoreQuery.this.scorer(context, boost);
        if (scorer == null) {
          return null;
        }
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) {
            return scorer;
          }

          @Override
          public long cost() {
            return scorer.iterator().cost();
          }
        };
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return cacheable(ctx);
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        Scorer s = RecordScoreQuery.this.scorer(context, boost);
        if (s != null) {
          TwoPhaseIterator twoPhase = s.twoPhaseIterator();
          DocIdSetIterator it = twoPhase == null ? s.iterator() : twoPhase.approximation();
          if (it.advance(doc) == doc && (twoPhase == null || twoPhase.matches())) {
            return Explanation.match(s.score(), description());
          }
        }
        return Explanation.noMatch("no " + description());
      }
    };
  }
}
