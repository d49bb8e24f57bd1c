package nl.werkmatch.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.model.Candidate;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/** Queries the scoring engine will build, run against a real index. */
class IndexQueryTest {
  private static final double ENSCHEDE_LAT = 52.2215, ENSCHEDE_LON = 6.8937;

  @Test
  void featureQueryOnSkillRanksByLevel() {
    try (MatchIndex index = MatchIndex.inMemory()) {
      index.upsert(TestRecords.candidate("c-low", null, null, "sk-1", 2));
      index.upsert(TestRecords.candidate("c-top", null, null, "sk-1", 5, "sk-2", 1));
      index.upsert(TestRecords.candidate("c-default", null, null, "sk-1", null));
      index.upsert(TestRecords.candidate("c-other", null, null, "sk-2", 5));
      index.upsert(TestRecords.bareCandidate("c-none"));
      index.refresh();

      List<String> ids = new ArrayList<>();
      List<Float> scores = new ArrayList<>();
      index.searchCandidates(s -> {
        TopDocs top = s.search(FeatureField.newLinearQuery(Fields.SKILL, "sk-1", 1f), 10);
        var reader = s.getIndexReader();
        for (ScoreDoc d : top.scoreDocs) {
          ids.add(RecordCodec.decodeCandidate(reader, d.doc).id());
          scores.add(d.score);
        }
        return null;
      });
      assertEquals(List.of("c-top", "c-default", "c-low"), ids);
      // min(1, 0.5 + 0.125 x level): level 5, unknown (3), 2
      assertEquals(1.0f, scores.get(0), 0.01f);
      assertEquals(0.875f, scores.get(1), 0.01f);
      assertEquals(0.75f, scores.get(2), 0.01f);

      // Two skills summed: c-top has sk-1 (1.0) + sk-2 (0.625); c-other only sk-2 (1.0).
      Query both = new BooleanQuery.Builder()
          .add(FeatureField.newLinearQuery(Fields.SKILL, "sk-1", 1f), Occur.SHOULD)
          .add(FeatureField.newLinearQuery(Fields.SKILL, "sk-2", 1f), Occur.SHOULD)
          .build();
      assertEquals(List.of("c-top", "c-other", "c-default", "c-low"), ids(index, both));
      assertEquals(List.of("c-other", "c-top"), sortedIds(index, new TermQuery(new Term(Fields.SKILL_ID, "sk-2"))));
    }
  }

  @Test
  void vacancyRequiredSkillOutweighsOptional() {
    try (MatchIndex index = MatchIndex.inMemory()) {
      index.upsert(TestRecords.fullVacancy("v-1")); // sk-1 required (and optional), sk-2 optional
      index.refresh();
      float[] s = index.searchVacancies(searcher -> new float[] {
          searcher.search(FeatureField.newLinearQuery(Fields.SKILL, "sk-1", 1f), 1).scoreDocs[0].score,
          searcher.search(FeatureField.newLinearQuery(Fields.SKILL, "sk-2", 1f), 1).scoreDocs[0].score});
      // shares of the skill score: 2 required (weight 2) + 2 optional (weight 1) = 6; sk-1 2/6, sk-2 1/6
      assertArrayEquals(new float[] {2f / 6, 1f / 6}, s, 0.01f);
    }
  }

  @Test
  void distanceQueriesUseTheIndexedLocation() {
    try (MatchIndex index = MatchIndex.inMemory()) {
      index.upsert(TestRecords.candidate("c-enschede", ENSCHEDE_LAT, ENSCHEDE_LON));
      index.upsert(TestRecords.candidate("c-hengelo", 52.2658, 6.7931));
      index.upsert(TestRecords.candidate("c-amsterdam", 52.3676, 4.9041));
      // Only a postcode (7511, central Enschede): located where the built-in gazetteer puts it.
      index.upsert(TestRecords.candidate("c-postcode", null, null));
      index.upsert(TestRecords.bareCandidate("c-unknown"));
      // Only a postcode in the record; coordinates resolved elsewhere (Oldenzaal).
      index.upsert(TestRecords.candidate("c-resolved", null, null), 52.3133, 6.9297);
      index.refresh();

      Query within15km = LatLonPoint.newDistanceQuery(Fields.LOCATION, ENSCHEDE_LAT, ENSCHEDE_LON, 15_000);
      assertEquals(List.of("c-enschede", "c-hengelo", "c-postcode", "c-resolved"), sortedIds(index, within15km));

      Query nearFirst = LatLonPoint.newDistanceFeatureQuery(Fields.LOCATION, 1f, ENSCHEDE_LAT, ENSCHEDE_LON, 10_000);
      assertEquals(List.of("c-enschede", "c-postcode", "c-hengelo", "c-resolved", "c-amsterdam"), ids(index, nearFirst));

      assertEquals(List.of("c-unknown"), ids(index, new TermQuery(new Term(Fields.HAS_LOCATION, "0"))));

      double[] resolved = index.searchCandidates(s -> RecordCodec.indexedLocation(s, docOf(s, "c-resolved")));
      assertArrayEquals(new double[] {52.3133, 6.9297}, resolved, 1e-6);
      assertNull(index.searchCandidates(s -> RecordCodec.indexedLocation(s, docOf(s, "c-unknown"))));
      nl.werkmatch.geo.GeoPoint pc4 = nl.werkmatch.geo.Gazetteer.builtIn()
          .resolve(index.candidate("c-postcode").orElseThrow().home()).orElseThrow();
      assertArrayEquals(new double[] {pc4.lat(), pc4.lon()},
          index.searchCandidates(s -> RecordCodec.indexedLocation(s, docOf(s, "c-postcode"))), 1e-6);
      // The stored record is not changed by the override.
      assertNull(index.candidate("c-resolved").orElseThrow().home().lat());
    }
  }

  @Test
  void keywordNumericAndTextFieldsAreQueryable() {
    try (MatchIndex index = MatchIndex.inMemory()) {
      Candidate full = TestRecords.fullCandidate("c-full");
      index.upsert(full);
      index.upsert(TestRecords.bareCandidate("c-bare"));
      index.upsert(TestRecords.fullVacancy("v-full"));
      index.refresh();
      List<String> fullOnly = List.of("c-full");
      assertEquals(fullOnly, ids(index, new TermQuery(new Term(Fields.MODE, "BIKE"))));
      assertEquals(fullOnly, ids(index, new TermQuery(new Term(Fields.LADDER, "5"))));
      assertEquals(fullOnly, ids(index, new TermQuery(new Term(Fields.DESIRED_SECTOR, "ZORG"))));
      assertEquals(fullOnly, ids(index, new TermQuery(new Term(Fields.LIMITATION, "NO_HEAVY_LIFTING"))));
      assertEquals(fullOnly, ids(index, IntField.newRangeQuery(Fields.MAX_HOURS, 20, 24)));
      assertEquals(List.of(), ids(index, IntField.newRangeQuery(Fields.MAX_HOURS, 25, 60)), "medical limit applies");
      assertEquals(fullOnly, ids(index, IntField.newRangeQuery(Fields.DUTCH_LEVEL, 2, 6)));
      // Dutch stemming: the plural "magazijnmedewerkers" finds the experience title.
      Query text = new QueryBuilder(index.textAnalyzer()).createBooleanQuery(Fields.TEXT, "magazijnmedewerkers");
      assertEquals(fullOnly, ids(index, text));

      Query vacancyText = new QueryBuilder(index.textAnalyzer()).createBooleanQuery(Fields.TEXT, "heftruck");
      assertEquals(1, (int) index.searchVacancies(s -> s.count(vacancyText)));
      assertEquals(1, (int) index.searchVacancies(s -> s.count(new TermQuery(new Term(Fields.CONDITION, "DUST")))));
      assertEquals(1, (int) index.searchVacancies(s -> s.count(new TermQuery(new Term(Fields.KIND, "GARANTIEBAAN")))));
    }
  }

  private static int docOf(IndexSearcher s, String id) throws java.io.IOException {
    return s.search(new TermQuery(RecordCodec.idTerm(id)), 1).scoreDocs[0].doc;
  }

  /** Ids in score order, ties by index order. */
  private static List<String> ids(MatchIndex index, Query q) {
    return index.searchCandidates(s -> {
      List<String> out = new ArrayList<>();
      var reader = s.getIndexReader();
      for (ScoreDoc d : s.search(q, 100).scoreDocs) {
        out.add(RecordCodec.decodeCandidate(reader, d.doc).id());
      }
      return out;
    });
  }

  /** Ids in id order. */
  private static List<String> sortedIds(MatchIndex index, Query q) {
    return index.searchCandidates(s -> {
      List<String> out = new ArrayList<>();
      var reader = s.getIndexReader();
      for (ScoreDoc d : s.search(q, 100, new Sort(new SortField(Fields.ID, SortField.Type.STRING))).scoreDocs) {
        out.add(RecordCodec.decodeCandidate(reader, d.doc).id());
      }
      return out;
    });
  }
}
