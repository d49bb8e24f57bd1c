package nl.werkmatch.match;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * One fast-path query: the approximate score is the sum of a {@code content} part and a
 * {@code context} part, over the records that pass {@code filter}.
 *
 * <p>Retrieval runs in two stages. The content clauses (skills, experience) are selective, so
 * Lucene's MaxScore scorer finds the best {@code n x} {@link #SELECTION_FACTOR} records by content,
 * skipping what cannot compete. The context clauses (distance, education, language, work profile,
 * hours, loonkostensubsidie, preferences, and the neutral shares for unknowns) match nearly every
 * record; summed over the whole index they would force a visit of every document, so they are scored
 * on that selection only, from doc values (lead cost = the selection). The selection, ordered by
 * content + context, goes to exact rescoring until {@code n} records passed the rules. Where the
 * index holds no more filtered records than the selection, the order is the one-stage order of
 * content + context.
 *
 * @param content the selecting clauses (SHOULD only; may be empty)
 * @param context the re-ranking clauses (SHOULD only; may be empty)
 * @param filter FILTER and MUST_NOT clauses every retrieved record passes (may be empty)
 */
record RetrievalQuery(BooleanQuery content, BooleanQuery context, BooleanQuery filter) {
  /** How many times the retrieval depth the content stage selects for context re-ranking. */
  static final int SELECTION_FACTOR = 5;

  /** The whole approximation as one query: content and context summed, filtered. */
  Query whole() {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    content.clauses().forEach(b::add);
    context.clauses().forEach(b::add);
    filter.clauses().forEach(b::add);
    return withFloor(b);
  }

  /**
   * The selection for a retrieval depth of {@code n}: the best {@code n x SELECTION_FACTOR} records
   * by content, ordered by content + context (ties by doc id). The caller rescores them in this
   * order until {@code n} of them pass the rules, so records the rules exclude (a personal travel
   * limit, a schedule) do not use up the depth.
   */
  ScoreDoc[] select(IndexSearcher searcher, int n) throws IOException {
    int depth = (int) Math.min(Integer.MAX_VALUE - 16L, (long) n * SELECTION_FACTOR);
    if (content.clauses().isEmpty()) {
      return FilteredSearch.search(searcher, whole(), depth).scoreDocs;
    }
    BooleanQuery.Builder select = new BooleanQuery.Builder();
    content.clauses().forEach(select::add);
    filter.clauses().forEach(select::add);
    ScoreDoc[] hits = FilteredSearch.search(searcher, withFloor(select), depth).scoreDocs;
    if (!context.clauses().isEmpty() && hits.length > 0) {
      addContextScores(searcher, hits);
    }
    Arrays.sort(hits, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
    return hits;
  }

  /** Adds each hit's context score to its content score. */
  private void addContextScores(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    Arrays.sort(hits, (a, b) -> Integer.compare(a.doc, b.doc));
    Weight weight = searcher.createWeight(searcher.rewrite(context), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int i = 0;
    while (i < hits.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
      int end = leaf.docBase + leaf.reader().maxDoc();
      int j = i;
      while (j < hits.length && hits[j].doc < end) {
        j++;
      }
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier != null) {
        // a small lead cost makes range clauses check doc values instead of walking the points tree
        Scorer scorer = supplier.get(j - i);
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        for (int k = i; k < j; k++) {
          int doc = hits[k].doc - leaf.docBase;
          int at = it.docID() < doc ? it.advance(doc) : it.docID();
          if (at == doc && (twoPhase == null || twoPhase.matches())) {
            hits[k].score += scorer.score();
          }
        }
      }
      i = j;
    }
  }

  /** Adds a zero-weight match-all clause, so records that match only the filters still take part. */
  private static Query withFloor(BooleanQuery.Builder b) {
    b.add(new BoostQuery(new MatchAllDocsQuery(), 0f), Occur.SHOULD);
    return b.build();
  }
}
