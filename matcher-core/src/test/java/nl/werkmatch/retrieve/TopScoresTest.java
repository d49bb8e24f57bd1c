package nl.werkmatch.retrieve;

import nl.werkmatch.match.SampleData;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.TravelTimeEstimator;
import nl.werkmatch.score.Scorer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.rules.Audience;
import nl.werkmatch.rules.RuleSet;
import nl.werkmatch.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

/**
 * The selecting search with a bound from a sample ({@link RetrievalQuery#topScores}) returns exactly
 * what Lucene's plain top-n search returns, records and scores in the same order, whatever the order
 * of the documents: where the sample's bound is too high (the best records all in the sampled first
 * documents), the check sends it back to the plain search.
 */
class TopScoresTest {
  private static final int N = 20;
  private static final int DOCS = N * RetrievalQuery.SAMPLE_MIN_RATIO * 3;

  @Test
  void sameTopScoresAsThePlainSearchOnRecordsInRandomOrder() throws IOException {
    assertSameAsPlain(false);
  }

  @Test
  void sameTopScoresWhenTheBestRecordsAreAllInTheSample() throws IOException {
    assertSameAsPlain(true);
  }

  /**
   * Scores of a few values (how many of eight features a record holds), or one: many records tie at
   * the sample's bound.
   */
  @Test
  void sameTopScoresWhenManyRecordsTieAtTheBound() throws IOException {
    Random random = new Random(13);
    try (Directory dir = index(DOCS, false, random); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (int i = 0; i < 10; i++) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int f = 0; f < 8; f++) {
          if (f < 3 || random.nextBoolean()) {
            b.add(new org.apache.lucene.search.ConstantScoreQuery(FeatureField.newLinearQuery("skill", "f" + f, 1f)), Occur.SHOULD);
          }
        }
        Query q = b.build();
        assertSame(searcher.search(q, N).scoreDocs, RetrievalQuery.topScores(searcher, q, N));
        assertSame(searcher.search(q, N * 5).scoreDocs, RetrievalQuery.topScores(searcher, q, N * 5));
      }
      // every record ties: the best are the first by doc id, beyond the sample's best as well
      Query all = new org.apache.lucene.search.ConstantScoreQuery(new org.apache.lucene.search.MatchAllDocsQuery());
      assertSame(searcher.search(all, N).scoreDocs, RetrievalQuery.topScores(searcher, all, N));
    }
  }

  @Test
  void smallIndexesAndSelectionsLargerThanTheIndexAreSearchedPlainly() throws IOException {
    try (Directory dir = index(N * RetrievalQuery.SAMPLE_MIN_RATIO / 2, false, new Random(3));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query q = query(new Random(4));
      assertSame(searcher.search(q, N).scoreDocs, RetrievalQuery.topScores(searcher, q, N));
      assertSame(searcher.search(q, reader.maxDoc() * 2).scoreDocs, RetrievalQuery.topScores(searcher, q, reader.maxDoc() * 2));
    }
  }

  /**
   * Records excluded by the caller's MUST_NOT clauses ({@link RetrievalQuery#topScores(IndexSearcher,
   * Query, java.util.List, int)} drops them as accepted documents of the bulk scorer) are the ones a
   * Boolean query with those MUST_NOT clauses leaves out: same records, same scores, with deletions,
   * several segments, overlapping exclusions and one that matches nothing.
   */
  @Test
  void exclusionsDropTheSameRecordsAsMustNotClauses() throws IOException {
    Random random = new Random(17);
    try (Directory dir = index(DOCS, false, random); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      java.util.List<Query> excluded = java.util.List.of(new org.apache.lucene.search.TermQuery(new Term("kind", "x")),
          FeatureField.newLinearQuery("skill", "f3", 1f), new org.apache.lucene.search.TermQuery(new Term("kind", "none")));
      int differs = 0;
      for (int i = 0; i < 20; i++) {
        Query q = query(random);
        BooleanQuery.Builder with = new BooleanQuery.Builder().add(q, Occur.SHOULD);
        excluded.forEach(e -> with.add(e, Occur.MUST_NOT));
        for (int n : new int[] {N, N * 5, reader.maxDoc() * 2}) {
          ScoreDoc[] expected = searcher.search(with.build(), n).scoreDocs;
          assertSame(expected, RetrievalQuery.topScores(searcher, q, excluded, n));
          differs += java.util.Arrays.equals(java.util.Arrays.stream(expected).mapToInt(d -> d.doc).toArray(),
              java.util.Arrays.stream(searcher.search(q, n).scoreDocs).mapToInt(d -> d.doc).toArray()) ? 0 : 1;
        }
      }
      assertTrue(differs > 30, "the exclusions change most selections: " + differs);
    }
  }

  private static void assertSameAsPlain(boolean bestFirst) throws IOException {
    Random random = new Random(bestFirst ? 11 : 7);
    try (Directory dir = index(DOCS, bestFirst, random); DirectoryReader reader = DirectoryReader.open(dir)) {
      assertTrue(reader.leaves().size() > 1, "several segments");
      assertTrue(reader.numDeletedDocs() > 0, "some deletions");
      IndexSearcher searcher = new IndexSearcher(reader);
      for (int i = 0; i < 25; i++) {
        Query q = bestFirst ? bestFirstQuery() : query(random);
        assertSame(searcher.search(q, N).scoreDocs, RetrievalQuery.topScores(searcher, q, N));
      }
    }
  }

  private static void assertSame(ScoreDoc[] expected, ScoreDoc[] actual) {
    assertEquals(expected.length, actual.length);
    assertArrayEquals(java.util.Arrays.stream(expected).mapToInt(d -> d.doc).toArray(), java.util.Arrays.stream(actual).mapToInt(d -> d.doc).toArray());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i].score, actual[i].score, "score at " + i);
    }
  }

  /**
   * Records with features f0..f7 of random strength; with {@code bestFirst}, the first 5% of each
   * segment hold feature "best" at its highest, the others a low one.
   */
  private static Directory index(int docs, boolean bestFirst, Random random) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig().setMaxBufferedDocs(docs / 3 + 1)
        .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      int perSegment = docs / 3 + 1;
      for (int i = 0; i < docs; i++) {
        Document d = new Document();
        d.add(new StringField("id", Integer.toString(i), Field.Store.NO));
        for (int f = 0; f < 8; f++) {
          if (random.nextInt(3) == 0) {
            d.add(new FeatureField("skill", "f" + f, 0.05f + random.nextFloat()));
          }
        }
        boolean sampled = i % perSegment < perSegment * RetrievalQuery.SAMPLE_FRACTION;
        d.add(new FeatureField("skill", "best", bestFirst && sampled ? 10f + random.nextFloat() : 0.5f + random.nextFloat()));
        if (random.nextInt(5) == 0) {
          d.add(new StringField("kind", "x", Field.Store.NO));
        }
        w.addDocument(d);
      }
      for (int i = 0; i < docs; i += 17) {
        w.deleteDocuments(new Term("id", Integer.toString(i)));
      }
    }
    return dir;
  }

  private static Query query(Random random) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (int f = 0; f < 8; f++) {
      if (random.nextBoolean()) {
        b.add(FeatureField.newLinearQuery("skill", "f" + f, 0.1f + random.nextFloat()), Occur.SHOULD);
      }
    }
    b.add(FeatureField.newLinearQuery("skill", "best", 0.01f + random.nextFloat() / 10), Occur.SHOULD);
    if (random.nextBoolean()) {
      b.add(new org.apache.lucene.search.TermQuery(new Term("kind", "x")), Occur.MUST_NOT);
    }
    return b.build();
  }

  private static Query bestFirstQuery() {
    return new BooleanQuery.Builder().add(FeatureField.newLinearQuery("skill", "best", 1f), Occur.SHOULD)
        .add(FeatureField.newLinearQuery("skill", "f1", 0.5f), Occur.SHOULD).build();
  }

  /**
   * The selecting query of every sample vacancy finds the same records with the same scores through
   * Lucene's pruning (MaxScore, which leaves clauses out of the essential set by maximum score per
   * cost) as through scoring every record: the cost the record-scored clauses report changes which
   * records are visited, never the result.
   */
  @Test
  void theSampleVacanciesSelectTheSameRecordsWithAndWithoutPruning() {
    RetrievalQueries queries = sampleQueries();
    try (MatchIndex index = SampleData.index()) {
      index.searchCandidates(searcher -> {
        int compared = 0;
        for (Vacancy v : SampleData.vacancies()) {
          Query q = queries.forVacancy(sampleScorer().prepare(v)).selecting();
          ScoreDoc[] everyRecord = searcher.search(q, new TopScoreDocCollectorManager(N, null, Integer.MAX_VALUE)).scoreDocs;
          assertSame(everyRecord, RetrievalQuery.topScores(searcher, q, N));
          compared += everyRecord.length;
        }
        assertTrue(compared > SampleData.vacancies().size() * N / 2, "most vacancies select " + N + ": " + compared);
        return null;
      });
    }
  }

  /**
   * A clause scored per record from doc values (nearness, levels) reports {@link
   * RecordScoreQuery#COST_PER_RECORD} per record, so MaxScore, ranking clauses by maximum score per
   * cost, leaves it out of the essential set before any skill clause, however common the skill.
   */
  @Test
  void recordScoredClausesRankBeforeEverySkillClauseByMaximumScorePerCost() throws IOException {
    RetrievalQueries queries = sampleQueries();
    try (MatchIndex index = SampleData.index()) {
      index.searchCandidates(searcher -> {
        int checked = 0;
        for (Vacancy v : SampleData.vacancies().subList(0, 40)) {
          RetrievalQuery q = queries.forVacancy(sampleScorer().prepare(v));
          double lowestSkill = Double.MAX_VALUE;
          double highestRecord = 0;
          for (org.apache.lucene.search.BooleanClause c : q.selecting() instanceof BooleanQuery b ? b.clauses()
              : java.util.List.<org.apache.lucene.search.BooleanClause>of()) {
            Query inner = c.query() instanceof BoostQuery boost ? boost.getQuery() : c.query();
            boolean record = inner instanceof RecordScoreQuery;
            boolean skill = inner.getClass().getSimpleName().equals("FeatureQuery");
            if (!record && !skill) {
              continue;
            }
            Weight w = searcher.createWeight(searcher.rewrite(c.query()), ScoreMode.TOP_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
              org.apache.lucene.search.Scorer scorer = w.scorer(leaf);
              if (scorer == null) {
                continue;
              }
              long cost = scorer.iterator().cost();
              if (record) {
                assertTrue(cost >= (long) leaf.reader().numDocs() / 2 * RecordScoreQuery.COST_PER_RECORD, inner + ": " + cost);
                highestRecord = Math.max(highestRecord, scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS) / (double) cost);
              } else {
                // as if every record held the skill: the highest cost a skill clause can report
                double best = 0;
                for (int d = scorer.iterator().nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = scorer.iterator().nextDoc()) {
                  best = Math.max(best, scorer.score());
                }
                lowestSkill = Math.min(lowestSkill, best / leaf.reader().maxDoc());
              }
              checked++;
            }
          }
          assertTrue(highestRecord < lowestSkill, v.id() + ": " + highestRecord + " against " + lowestSkill);
        }
        assertTrue(checked > 40, "clauses checked: " + checked);
        return null;
      });
    }
  }

  private static RetrievalQueries sampleQueries() {
    return new RetrievalQueries(Taxonomy.builtIn(), MatchProfile.defaults(),
        new RuleFilters(RuleSet.defaults(), java.time.LocalDate.of(2026, 11, 22), Audience.INTERNAL),
        TravelTimeEstimator.speedModel(), true);
  }

  private static Scorer sampleScorer() {
    return new Scorer(MatchProfile.defaults(), Taxonomy.builtIn(), nl.werkmatch.geo.Gazetteer.builtIn(),
        TravelTimeEstimator.speedModel(), java.time.LocalDate.of(2026, 11, 22));
  }
}
