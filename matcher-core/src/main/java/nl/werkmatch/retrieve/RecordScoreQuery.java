package nl.werkmatch.retrieve;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterDocIdSetIterator;
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
   * The cost per record that scorers reading every record ({@link #everyRecord}) report, in units
   * of a posting. Lucene's MaxScore ranks the clauses of a disjunction by maximum score per unit of
   * cost and leaves the lowest out of the essential set first, while their maxima sum to less than
   * the lowest competitive score; the records it visits are those of the essential clauses. A clause
   * scored from doc values matches nearly every record, so whenever it is essential the selecting
   * search visits every record the filters keep. At one unit per record, a dense clause with a high
   * maximum (the nearness, 0.33) ranked after skill clauses with a small maximum over a large posting
   * list and was left essential; at a hundred, the dense clauses are the first left out, and the
   * skill postings lead wherever the bound allows. The results are the same (MaxScore is exact in any
   * partition); on 1M generated candidates, 200 vacancies, alternating JVMs: the mean 19.7-20.3 ->
   * 18.8-19.5 ms, the 90th percentile 29.6-30.4 -> 26.9-27.7 ms, the median 19.6-20.3 -> 19.4-20.2 ms
   * (see matcher-bench/results-notes.md).
   */
  static final long COST_PER_RECORD = 100;

  /**
   * {@code records}, an iterator over (nearly) every record of a segment, reporting its cost as
   * {@link #COST_PER_RECORD} per record.
   */
  static DocIdSetIterator everyRecord(DocIdSetIterator records) {
    return new FilterDocIdSetIterator(records) {
      @Override
      public long cost() {
        return in.cost() * COST_PER_RECORD;
      }
    };
  }

  /** A scorer that matches every record of a segment ({@link #everyRecord}) and scores each in {@link #score}. */
  abstract static class EveryRecordScorer extends Scorer {
    private final DocIdSetIterator all;

    EveryRecordScorer(LeafReaderContext leaf) {
      this.all = everyRecord(DocIdSetIterator.all(leaf.reader().maxDoc()));
    }

    @Override
    public final int docID() {
      return all.docID();
    }

    @Override
    public final DocIdSetIterator iterator() {
      return all;
    }
  }

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
        return scorer == null ? null : new DefaultScorerSupplier(scorer);
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
