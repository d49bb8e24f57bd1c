package nl.werkmatch.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Top-n retrieval of a fast-path query, with its filters applied in the collector instead of in the
 * query. A {@link BooleanQuery} of SHOULD clauses plus FILTER / MUST_NOT clauses is scored by Lucene
 * as a required-plus-optional conjunction whose optional disjunction cannot skip documents (a plain
 * sum over every matching document); the SHOULD clauses alone get Lucene's MaxScore bulk scorer,
 * which skips documents that cannot enter the top n. The filters are then checked per collected
 * document, in doc-id order, and only documents that pass reach the top-n collector, so the minimum
 * competitive score is raised by passing documents only and the result is the same set of documents
 * with the same scores as searching the whole query (the filters do not score).
 */
final class FilteredSearch {
  private FilteredSearch() {}

  /** The best {@code n} documents for {@code query}, as {@code searcher.search(query, n)} would find them. */
  static TopDocs search(IndexSearcher searcher, Query query, int n) throws IOException {
    if (!(query instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() > 0) {
      return searcher.search(query, n);
    }
    BooleanQuery.Builder scoring = new BooleanQuery.Builder();
    BooleanQuery.Builder filter = new BooleanQuery.Builder();
    boolean filtered = false;
    for (BooleanClause c : bq.clauses()) {
      switch (c.occur()) {
        case SHOULD -> scoring.add(c);
        case FILTER, MUST_NOT -> {
          filter.add(c);
          filtered = true;
        }
        case MUST -> {
          return searcher.search(query, n);
        }
      }
    }
    if (!filtered) {
      return searcher.search(query, n);
    }
    filter.add(new MatchAllDocsQuery(), Occur.FILTER);
    Weight filterWeight = searcher.createWeight(searcher.rewrite(filter.build()), ScoreMode.COMPLETE_NO_SCORES, 1f);
    TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(n, null, n);
    return searcher.search(scoring.build(), new CollectorManager<Collector, TopDocs>() {
      private final List<TopScoreDocCollector> collectors = new ArrayList<>();

      @Override
      public Collector newCollector() throws IOException {
        TopScoreDocCollector c = top.newCollector();
        synchronized (collectors) {
          collectors.add(c);
        }
        return new FilterCollector(c) {
          @Override
          public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Scorer accept = filterWeight.scorer(context);
            if (accept == null) {
              throw new CollectionTerminatedException();
            }
            TwoPhaseIterator twoPhase = accept.twoPhaseIterator();
            DocIdSetIterator it = twoPhase == null ? accept.iterator() : twoPhase.approximation();
            return new FilterLeafCollector(super.getLeafCollector(context)) {
              @Override
              public void collect(int doc) throws IOException {
                int at = it.docID();
                if (at < doc) {
                  at = it.advance(doc);
                }
                if (at == doc && (twoPhase == null || twoPhase.matches())) {
                  in.collect(doc);
                }
              }
            };
          }
        };
      }

      @Override
      public TopDocs reduce(Collection<Collector> ignored) throws IOException {
        return top.reduce(collectors);
      }
    });
  }
}
