package nl.werkmatch.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The best credit per requirement, summed, scores every record as a disjunction of one
 * disjunction-max (tie-breaker 0) per requirement does, where requirements share clauses.
 */
class RequirementCreditQueryTest {
  @Test
  void scoresEveryRecordAsADisjunctionMaxPerRequirementDoes() throws IOException {
    Random random = new Random(5);
    try (Directory dir = index(random); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (int round = 0; round < 20; round++) {
        List<List<Query>> requirements = new ArrayList<>();
        BooleanQuery.Builder reference = new BooleanQuery.Builder();
        int n = 1 + random.nextInt(6);
        for (int r = 0; r < n; r++) {
          List<Query> clauses = new ArrayList<>();
          // the skill, and substitutes drawn from a small shared pool, as sibling skills are
          clauses.add(FeatureField.newLinearQuery("skill", "f" + random.nextInt(10), 0.05f + random.nextFloat()));
          for (int k = random.nextInt(4); k > 0; k--) {
            clauses.add(FeatureField.newLinearQuery("skill", "f" + random.nextInt(10), 0.01f + random.nextFloat() / 2));
          }
          if (random.nextInt(3) == 0) {
            clauses.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("occupation", "o" + random.nextInt(3)))),
                0.01f + random.nextFloat() / 2));
          }
          requirements.add(clauses);
          reference.add(new DisjunctionMaxQuery(clauses, 0f), Occur.SHOULD);
        }
        assertSameScores(searcher, reference.build(), new RequirementCreditQuery(requirements));
      }
    }
  }

  @Test
  void aSegmentWithoutAnyClauseHasNoScorer() throws IOException {
    try (Directory dir = index(new Random(6)); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query none = new RequirementCreditQuery(List.of(List.of(FeatureField.newLinearQuery("skill", "absent", 1f))));
      Weight w = searcher.createWeight(searcher.rewrite(none), ScoreMode.COMPLETE, 1f);
      for (LeafReaderContext leaf : reader.leaves()) {
        assertNull(w.scorer(leaf));
      }
    }
  }

  /** Every record: the same score (to float rounding of the sum), and 0 where the reference does not match. */
  private static void assertSameScores(IndexSearcher searcher, Query reference, Query credits) throws IOException {
    Weight expected = searcher.createWeight(searcher.rewrite(reference), ScoreMode.COMPLETE, 1f);
    Weight actual = searcher.createWeight(searcher.rewrite(credits), ScoreMode.COMPLETE, 1f);
    int matched = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      org.apache.lucene.search.Scorer e = expected.scorer(leaf);
      org.apache.lucene.search.Scorer a = actual.scorer(leaf);
      DocIdSetIterator ei = e == null ? DocIdSetIterator.empty() : e.iterator();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (ei.docID() < doc) {
          ei.advance(doc);
        }
        float want = ei.docID() == doc ? e.score() : 0f;
        matched += want > 0 ? 1 : 0;
        assertEquals(doc, a.iterator().advance(doc), "every record matches");
        assertEquals(want, a.score(), 1e-6f, "record " + doc);
      }
    }
    assertTrue(matched > 0, "some records hold a clause: " + reference);
  }

  /** Two segments of records with some of features f0..f9 and an occupation. */
  private static Directory index(Random random) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig().setMaxBufferedDocs(400)
        .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (int i = 0; i < 700; i++) {
        Document d = new Document();
        for (int f = 0; f < 10; f++) {
          if (random.nextInt(4) == 0) {
            d.add(new FeatureField("skill", "f" + f, 0.05f + random.nextFloat()));
          }
        }
        if (random.nextInt(3) == 0) {
          d.add(new StringField("occupation", "o" + random.nextInt(3), Field.Store.NO));
        }
        w.addDocument(d);
      }
    }
    return dir;
  }
}
