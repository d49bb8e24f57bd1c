package nl.werkmatch.retrieve;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The records that do not match {@code excluded}, as a filter: a two-phase iterator over every
 * record whose check reads one bit of the segment's excluded records (read into a bit set once per
 * segment and query). Used in place of MUST_NOT clauses on a scored query, which Lucene scores in
 * windows between the excluded records (one max-score partition per window); inside a conjunction
 * this costs one bit per candidate record instead.
 * Lucene's rewrite would inline a nested Boolean filter of MUST_NOT clauses again, so this is a
 * query of its own.
 */
final class ExclusionQuery extends Query {
  private final Query excluded;

  ExclusionQuery(Query excluded) {
    this.excluded = excluded;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query r = excluded.rewrite(searcher);
    return r == excluded ? this : new ExclusionQuery(r);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight ex = searcher.createWeight(excluded, ScoreMode.COMPLETE_NO_SCORES, 1f);
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier exs = ex.scorerSupplier(context);
        int maxDoc = context.reader().maxDoc();
        float score = score();
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            DocIdSetIterator all = DocIdSetIterator.all(maxDoc);
            if (exs == null) {
              return new ConstantScoreScorer(score, scoreMode, all);
            }
            // the excluded records of this segment as bits, read once: a few percent of the records
            FixedBitSet out = new FixedBitSet(maxDoc);
            out.or(exs.get(leadCost).iterator());
            return new ConstantScoreScorer(score, scoreMode, new TwoPhaseIterator(all) {
              @Override
              public boolean matches() {
                return !out.get(approximation.docID());
              }

              @Override
              public float matchCost() {
                return 1;
              }
            });
          }

          @Override
          public long cost() {
            return maxDoc;
          }
        };
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return ex.isCacheable(ctx);
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    excluded.visit(visitor.getSubVisitor(Occur.MUST_NOT, this));
  }

  @Override
  public String toString(String field) {
    return "-(" + excluded.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && excluded.equals(((ExclusionQuery) other).excluded);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + excluded.hashCode();
  }
}
