package nl.werkmatch.retrieve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.werkmatch.index.Fields;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * One fast-path query: the approximate score is the sum of a {@code content} part, a {@code context}
 * part and a {@code travelTime} part, over the records that pass {@code filter}.
 *
 * <p>Retrieval runs in two stages. The selecting stage scores content + context, which Lucene's
 * MaxScore scorer can prune: the skill and experience clauses are selective and lead; the nearness
 * and the context clauses (work profile, hours, education and Dutch level as one doc-values query,
 * certificates, preferences, policy boosts, the neutral shares for unknowns) are read only for
 * records that can still reach the best {@code n x} {@link #SELECTION_FACTOR} (the clauses scored per
 * record report a cost that makes MaxScore leave them out first, {@link
 * RecordScoreQuery#COST_PER_RECORD}). The filter clauses are
 * part of that query (at least one SHOULD clause must match, and a zero-weight match-all is one of
 * them), which Lucene 10 runs as MaxScore with the filters applied per window of documents; the
 * records the filter's MUST_NOT clauses exclude are dropped as the bulk scorer's accepted documents
 * instead ({@link #topScores(IndexSearcher, Query, List, int)}). The travel time by the person's modes is computed per record ({@link TravelTimeQuery}); on every
 * record the selecting stage visits it would cost more than the search itself, so it is scored on
 * the selection only, where it takes the place of the nearness the selecting stage used. The
 * selection, ordered by content (or its {@code ordering}) + context + travel time, goes to exact
 * rescoring until {@code n} records passed the rules. Where the index holds no more filtered records
 * than the selection, the order is the one-stage order of the whole.
 *
 * <p>Filters that are computed per record rather than read from the index structures (the travel
 * limit by the person's modes) are the {@code recheck} and drop records from the selection only.
 *
 * @param content the selecting clauses (SHOULD only; may be empty)
 * @param context the clauses read from the index per record, scored in both stages (SHOULD only;
 *     may be empty)
 * @param travelTime the clauses computed per record, scored on the selection only (SHOULD only; may
 *     be empty)
 * @param filter FILTER and MUST_NOT clauses every retrieved record passes (may be empty)
 * @param recheck FILTER clauses checked on the selection only (may be empty)
 * @param ordering the content part as it orders the selection, in place of the content score (may
 *     be null: the content score orders). The selecting content sums every clause, which Lucene can
 *     prune; a record holding a required skill, its substitutes and an occupation that implies it
 *     then counts the requirement up to two and a half times, where the exact scorer takes the best
 *     credit once. On the selection only, the ordering can take that maximum per requirement.
 */
public record RetrievalQuery(BooleanQuery content, BooleanQuery context, BooleanQuery travelTime, BooleanQuery filter,
    BooleanQuery recheck, BooleanQuery ordering) {
  /** How many times the retrieval depth the content stage selects for context re-ranking. */
  public static final int SELECTION_FACTOR = 5;

  /** The whole approximation as one query: content, context and travel time summed, filtered. */
  Query whole() {
    return whole(true);
  }

  private Query whole(boolean withExclusions) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    content.clauses().forEach(b::add);
    context.clauses().forEach(b::add);
    travelTime.clauses().forEach(b::add);
    addFilter(b, withExclusions);
    return withFloor(b);
  }

  /**
   * The query of the selecting stage: content + context, filtered (with no content, the {@link
   * #whole} query).
   */
  Query selecting() {
    return selecting(true);
  }

  /**
   * The selecting query with ({@code withExclusions}) or without the filter's MUST_NOT clauses.
   * {@link #select} runs it without them and drops the excluded records in the collector ({@link
   * #excluded}), where they cost a bit per scored record: as MUST_NOT clauses of a scored query
   * Lucene scores in windows between the excluded records (ReqExclBulkScorer), one max-score
   * partition per window, and as one filter clause the whole search runs the slower filtered
   * max-score loop (matcher-bench/results-notes.md). The records selected are the same.
   */
  private Query selecting(boolean withExclusions) {
    if (content.clauses().isEmpty()) {
      return whole(withExclusions);
    }
    BooleanQuery.Builder select = new BooleanQuery.Builder();
    content.clauses().forEach(select::add);
    context.clauses().forEach(select::add);
    addFilter(select, withExclusions);
    return withFloor(select);
  }

  /** Adds the filter's FILTER clauses, and with {@code withExclusions} its MUST_NOT clauses, to a scored query. */
  private void addFilter(BooleanQuery.Builder b, boolean withExclusions) {
    for (BooleanClause c : filter.clauses()) {
      if (c.occur() != Occur.MUST_NOT || withExclusions) {
        b.add(c);
      }
    }
  }

  /** The filter's MUST_NOT clauses: the records any of them matches are excluded. */
  List<Query> excluded() {
    return filter.clauses().stream().filter(c -> c.occur() == Occur.MUST_NOT).map(BooleanClause::query).toList();
  }

  /**
   * The selection for a retrieval depth of {@code n}: the best {@code n x SELECTION_FACTOR} records
   * by content + context, ordered by content (or the ordering) + context + travel time (ties by doc
   * id). The caller rescores them in this
   * order until {@code n} of them pass the rules, so records the rules exclude (a personal travel
   * limit, a schedule) do not use up the depth.
   */
  public ScoreDoc[] select(IndexSearcher searcher, int n) throws IOException {
    int depth = (int) Math.min(Integer.MAX_VALUE - 16L, (long) n * SELECTION_FACTOR);
    ScoreDoc[] hits;
    boolean twoStage = !content.clauses().isEmpty();
    hits = topScores(searcher, selecting(false), excluded(), depth);
    Arrays.sort(hits, (a, b) -> Integer.compare(a.doc, b.doc));
    // one pass over the selection: the recheck drops; the travel time adds to the selecting score,
    // or with an ordering, ordering + context + travel time replace it
    boolean reorder = twoStage && ordering != null;
    // a recheck clause that is also a travel-time clause (the rule's limit is the scoring ceiling)
    // is added once, required and scored: the travel time is computed once per record
    Set<Query> both = new HashSet<>();
    if (twoStage) {
      travelTime.clauses().forEach(c -> both.add(c.query()));
      both.retainAll(recheck.clauses().stream().map(BooleanClause::query).toList());
    }
    BooleanQuery.Builder pass = new BooleanQuery.Builder();
    pass.add(new MatchAllDocsQuery(), Occur.FILTER);
    recheck.clauses().forEach(c -> pass.add(c.query(), both.contains(c.query()) ? Occur.MUST : c.occur()));
    if (reorder) {
      ordering.clauses().forEach(pass::add);
      context.clauses().forEach(pass::add);
    }
    if (twoStage) {
      travelTime.clauses().stream().filter(c -> !both.contains(c.query())).forEach(pass::add);
    }
    BooleanQuery passQuery = pass.build();
    if (passQuery.clauses().size() > 1) {
      hits = forEachMatch(searcher, passQuery, ScoreMode.COMPLETE, hits,
          (hit, score) -> hit.score = reorder ? score : hit.score + score);
    }
    Arrays.sort(hits, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
    return hits;
  }

  /**
   * The share of each segment's first documents from which {@link #topScores} estimates the score
   * a large selection ends at. Documents are in the order records were added, which says nothing
   * of their scores, so the first twentieth is a sample.
   */
  static final double SAMPLE_FRACTION = 0.05;
  /** {@link #topScores} samples only where the index holds at least this many times {@code n} records. */
  static final int SAMPLE_MIN_RATIO = 50;

  /**
   * The best {@code n} records by {@code query}, exactly as {@link IndexSearcher#search(Query, int)}
   * finds them, and faster for a large {@code n} over a large index. Lucene's MaxScore skips records
   * that cannot beat the {@code n}-th best score found so far, and with a selection of thousands that
   * bound rises slowly: most of the index is scored before it prunes much. This first takes the
   * best of a sample (the first {@link #SAMPLE_FRACTION} of each segment), a search of a twentieth
   * of the size that fills and prunes fast, and continues the same search over the rest of each
   * segment with a bound from it: the score of the sample's {@code m}-th best, where {@code m} is the
   * number of the full top {@code n} the sample is expected to hold plus four standard deviations.
   * The best {@code n} of the sample's {@code m} and the rest's {@code n} are the full top {@code n}
   * when the last of them scores above the bound (every record of the full top {@code n} then scores
   * above it, so a sampled one is among the sample's {@code m} and another is among the rest's best);
   * where that check fails, the search runs again without the bound. Either way the result is the
   * exact top {@code n}, ties by doc id. On 1M generated candidates the selecting search took 14.4
   * instead of 16.8 ms with a second search from the start of each segment (median, 200 vacancies,
   * identical selections; a sample of a tenth: 15.0 ms), and continuing the sample's search instead
   * of starting again saves scoring the sample twice and building each segment's scorer (the
   * reach's points tree) twice (see matcher-bench/results-notes.md).
   */
  static ScoreDoc[] topScores(IndexSearcher searcher, Query query, int n) throws IOException {
    return topScores(searcher, query, List.of(), n);
  }

  /**
   * {@link #topScores(IndexSearcher, Query, int)} over the records none of {@code excluded} matches:
   * the best {@code n} records of {@code query} less those, exactly as a search of {@code query} with
   * {@code excluded} as MUST_NOT clauses finds them.
   */
  static ScoreDoc[] topScores(IndexSearcher searcher, Query query, List<Query> excluded, int n) throws IOException {
    if (n <= 0) {
      return new ScoreDoc[0];
    }
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Bits[] accept = acceptedDocs(searcher, leaves, excluded);
    BulkScorer[] scorers = new BulkScorer[leaves.size()];
    if ((long) n * SAMPLE_MIN_RATIO <= searcher.getIndexReader().maxDoc()) {
      double expected = n * SAMPLE_FRACTION;
      int m = (int) Math.ceil(expected + 4 * Math.sqrt(expected * (1 - SAMPLE_FRACTION))) + 1;
      int[] next = new int[leaves.size()];
      for (int i = 0; i < scorers.length; i++) {
        scorers[i] = weight.bulkScorer(leaves.get(i));
        next[i] = (int) Math.ceil(leaves.get(i).reader().maxDoc() * SAMPLE_FRACTION);
      }
      try {
        ScoreDoc[] sample = top(leaves, scorers, accept, null, next, m, 0f);
        if (sample.length == m) {
          float bound = sample[m - 1].score;
          ScoreDoc[] rest = top(leaves, scorers, accept, next, null, n, bound);
          ScoreDoc[] hits = Arrays.copyOf(sample, m + rest.length);
          System.arraycopy(rest, 0, hits, m, rest.length);
          Arrays.sort(hits, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
          hits = Arrays.copyOf(hits, Math.min(n, hits.length));
          if (hits.length == n && hits[n - 1].score > bound) {
            return hits;
          }
        }
      } catch (CollectionTerminatedException e) {
        // a segment's search ended early: search again without the bound
      }
    }
    for (int i = 0; i < scorers.length; i++) {
      scorers[i] = weight.bulkScorer(leaves.get(i));
    }
    return top(leaves, scorers, accept, null, null, n, 0f);
  }

  /**
   * Per segment, the live records none of {@code excluded} matches, as the accepted documents of a
   * bulk scorer (the segment's live documents where none matches there): one bit per record, each
   * clause's records read once per segment and query straight into the bits.
   */
  private static Bits[] acceptedDocs(IndexSearcher searcher, List<LeafReaderContext> leaves, List<Query> excluded)
      throws IOException {
    List<Weight> out = new ArrayList<>();
    for (Query q : excluded) {
      out.add(searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    Bits[] accept = new Bits[leaves.size()];
    for (int i = 0; i < accept.length; i++) {
      LeafReader reader = leaves.get(i).reader();
      FixedBitSet in = null;
      for (Weight w : out) {
        Scorer s = w.scorer(leaves.get(i));
        if (s == null) {
          continue;
        }
        DocIdSetIterator it = s.iterator();
        if (it.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
          in = in == null ? new FixedBitSet(reader.maxDoc()) : in;
          it.intoBitSet(reader.maxDoc(), in, 0);
        }
      }
      Bits live = reader.getLiveDocs();
      if (in == null) {
        accept[i] = live;
        continue;
      }
      in.flip(0, reader.maxDoc());
      if (live != null) {
        live.applyMask(in, 0);
      }
      accept[i] = in;
    }
    return accept;
  }

  /**
   * The best {@code n} records that {@code scorers} (one per segment, null for none) find from
   * {@code from} (null: each segment's start) up to {@code to} (null: each segment's end), collected
   * as {@link IndexSearcher} collects them, with {@code bound} as the lowest score that can enter
   * from the first record on (0: none). Where {@code to} is given, it is set to where each scorer
   * can continue, and a collector that ends a segment's search early ({@link
   * CollectionTerminatedException}) ends this one.
   */
  private static ScoreDoc[] top(List<LeafReaderContext> leaves, BulkScorer[] scorers, Bits[] accept, int[] from,
      int[] to, int n, float bound) throws IOException {
    TopScoreDocCollector top = new TopScoreDocCollectorManager(n, null, n).newCollector();
    for (int i = 0; i < scorers.length; i++) {
      LeafReaderContext leaf = leaves.get(i);
      LeafCollector collector = top.getLeafCollector(leaf);
      if (scorers[i] != null) {
        int min = from == null ? 0 : from[i];
        int max = to == null ? DocIdSetIterator.NO_MORE_DOCS : to[i];
        try {
          int after = scorers[i].score(bound > 0 ? bounded(collector, bound) : collector, accept[i], min, max);
          if (to != null) {
            to[i] = Math.max(max, after);
          }
        } catch (CollectionTerminatedException e) {
          if (to != null) {
            throw e; // the scorer cannot be continued
          }
          // the collector has what it needs from this segment
        }
      }
      collector.finish();
    }
    return top.topDocs().scoreDocs;
  }

  /** {@code in}, telling its scorer from the first record on that no score below {@code bound} can enter. */
  private static LeafCollector bounded(LeafCollector in, float bound) {
    return new FilterLeafCollector(in) {
      @Override
      public void setScorer(Scorable scorer) throws IOException {
        scorer.setMinCompetitiveScore(bound);
        in.setScorer(new Scorable() {
          @Override
          public float score() throws IOException {
            return scorer.score();
          }

          @Override
          public void setMinCompetitiveScore(float minScore) throws IOException {
            scorer.setMinCompetitiveScore(Math.max(minScore, bound));
          }
        });
      }
    };
  }

  /**
   * One page of a waiting-list selection ({@link #waitingList}).
   *
   * @param kept the records of the page the recheck kept, in waiting-list order
   * @param last the last record of the page before the recheck, to continue from; null when the
   *     page was the last
   */
  public record WaitingListPage(ScoreDoc[] kept, FieldDoc last) {}

  /**
   * One page of the selection for a vacancy with a waiting list (beschut werk), whose shortlist is
   * ordered by the date of the beschut-werk indication before the score: the next {@code size}
   * records after {@code after} (null: from the start) that pass the filters, longest waiting first
   * (indication date ascending, records without one last, then doc id), less those the recheck drops.
   * The caller rescores them in this order, page after page, until the shortlist is settled, so the
   * people the waiting list puts first are the ones rescored first however many there are.
   */
  public WaitingListPage waitingList(IndexSearcher searcher, int size, FieldDoc after) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new MatchAllDocsQuery(), Occur.FILTER);
    filter.clauses().forEach(b::add);
    SortedNumericSortField byDate = new SortedNumericSortField(Fields.BESCHUT_INDICATION, SortField.Type.INT);
    byDate.setMissingValue(Integer.MAX_VALUE);
    ScoreDoc[] hits = searcher.searchAfter(after, b.build(), size, new Sort(byDate, SortField.FIELD_DOC)).scoreDocs;
    FieldDoc last = hits.length < size ? null : (FieldDoc) hits[hits.length - 1];
    if (recheck.clauses().isEmpty() || hits.length == 0) {
      return new WaitingListPage(hits, last);
    }
    // the recheck walks doc ids in order; keep the waiting-list order of what it keeps
    ScoreDoc[] byDoc = hits.clone();
    Arrays.sort(byDoc, (x, y) -> Integer.compare(x.doc, y.doc));
    java.util.Set<ScoreDoc> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    kept.addAll(Arrays.asList(forEachMatch(searcher, recheck, ScoreMode.COMPLETE_NO_SCORES, byDoc, null)));
    return new WaitingListPage(Arrays.stream(hits).filter(kept::contains).toArray(ScoreDoc[]::new), last);
  }

  /** The indication date (epoch day) of a record of a {@link WaitingListPage}; {@code Integer.MAX_VALUE} for none. */
  public static int waitingSince(ScoreDoc hit) {
    return ((Number) ((FieldDoc) hit).fields[0]).intValue();
  }

  private interface MatchVisitor {
    void visit(ScoreDoc hit, float score);
  }

  /**
   * Runs {@code query} on {@code hits} (sorted by doc id) and tells {@code visitor} each hit it
   * matches with its score; returns the hits it matched, in doc-id order.
   */
  private static ScoreDoc[] forEachMatch(IndexSearcher searcher, Query query, ScoreMode mode, ScoreDoc[] hits,
      MatchVisitor visitor) throws IOException {
    ScoreDoc[] kept = new ScoreDoc[hits.length];
    int count = 0;
    Weight weight = searcher.createWeight(searcher.rewrite(query), mode, 1f);
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
            if (visitor != null) {
              visitor.visit(hits[k], scorer.score());
            }
            kept[count++] = hits[k];
          }
        }
      }
      i = j;
    }
    return count == hits.length ? hits : Arrays.copyOf(kept, count);
  }

  /**
   * Adds a zero-weight match-all clause, so records that match only the filters still take part,
   * and asks for one matching SHOULD clause, which lets Lucene apply the filters inside MaxScore.
   */
  private static Query withFloor(BooleanQuery.Builder b) {
    b.add(new BoostQuery(new MatchAllDocsQuery(), 0f), Occur.SHOULD);
    b.setMinimumNumberShouldMatch(1);
    return b.build();
  }
}
