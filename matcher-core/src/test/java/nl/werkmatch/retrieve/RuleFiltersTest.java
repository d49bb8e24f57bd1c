package nl.werkmatch.retrieve;

import nl.werkmatch.match.SampleData;
import nl.werkmatch.match.Matcher;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.index.Fields;
import nl.werkmatch.index.RecordCodec;
import nl.werkmatch.index.SearcherFunction;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.rules.Audience;
import nl.werkmatch.rules.RuleInput;
import nl.werkmatch.rules.RuleOutcome;
import nl.werkmatch.rules.RuleSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.Test;

/**
 * The fast path's rule filters against the rules, over every pair of the sample data: a filter may
 * only drop a pair that a rule excludes, and each kind of filter (schedule, start date, ...) must
 * actually drop pairs there, so the test cannot pass by filtering nothing.
 */
class RuleFiltersTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void vacancyFiltersDropOnlyPairsTheRulesExclude() {
    Map<String, Integer> dropped = droppedPairs(true);
    assertTrue(dropped.getOrDefault(Fields.UNAVAILABLE_FOR, 0) > 0, "schedule filter drops pairs: " + dropped);
    assertTrue(dropped.getOrDefault(Fields.START_DATE, 0) > 0, "start-date filter drops pairs: " + dropped);
    assertTrue(dropped.getOrDefault(NO_FIELD, 0) > 0, "a rule on the vacancy alone drops every candidate: " + dropped);
  }

  @Test
  void candidateFiltersDropOnlyPairsTheRulesExclude() {
    Map<String, Integer> dropped = droppedPairs(false);
    assertTrue(dropped.getOrDefault(Fields.SCHEDULE, 0) > 0, "schedule filter drops pairs: " + dropped);
    assertTrue(dropped.getOrDefault(Fields.START_DATE, 0) > 0, "start-date filter drops pairs: " + dropped);
  }

  /**
   * A participatieplaats does not suit someone isolated on ladder step 1 (and a leerwerkplek stays
   * open at any age from 16): the vacancies of such a person leave out the one kind, not the other.
   */
  @Test
  void aPersonOnStepOneIsOfferedNoParticipatieplaats() {
    RuleFilters filters = new RuleFilters(RuleSet.defaults(), TODAY, Audience.INTERNAL);
    Candidate isolated = SampleData.candidates().stream()
        .filter(c -> c.birthYear() != null && TODAY.getYear() - c.birthYear() >= 28 && c.participation() != null
            && c.participation().ladderStep() != null && c.participation().ladderStep().number() == 1
            && c.participation().route() != nl.werkmatch.model.Route.WERKNEMER)
        .findFirst().orElseThrow();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    filters.forCandidate(isolated, b);
    assertTrue(b.build().clauses().contains(mustNotKind("PARTICIPATIEPLAATS")), isolated.id() + ": " + b.build());
    assertFalse(b.build().clauses().contains(mustNotKind("LEERWERKPLEK")), isolated.id() + ": " + b.build());
  }

  private static BooleanClause mustNotKind(String kind) {
    return new BooleanClause(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Fields.KIND, kind)),
        Occur.MUST_NOT);
  }

  /**
   * Runs the filters of every fifth sample vacancy (or candidate) over the index of the other side,
   * asserts that every pair a filter drops fails a rule, and counts the dropped pairs per field.
   */
  private static Map<String, Integer> droppedPairs(boolean forVacancies) {
    RuleSet rules = RuleSet.defaults();
    RuleFilters filters = new RuleFilters(rules, TODAY, Audience.INTERNAL);
    Map<String, Integer> dropped = new TreeMap<>();
    try (MatchIndex index = SampleData.index()) {
      Matcher matcher = Matcher.builder(index).today(TODAY).build();
      Map<Integer, Record> byDoc = decodeAll(index, forVacancies ? Candidate.class : Vacancy.class);
      List<? extends Record> all = forVacancies ? SampleData.vacancies() : SampleData.candidates();
      // every fifth query (each is checked against every record of the other side): the same number
      // of pairs as all queries over the 300 vacancies of earlier samples
      List<? extends Record> queries = java.util.stream.IntStream.range(0, all.size()).filter(i -> i % 5 == 0)
          .mapToObj(all::get).toList();
      for (Record query : queries) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (forVacancies) {
          filters.forVacancy((Vacancy) query, b);
        } else {
          filters.forCandidate((Candidate) query, b);
        }
        for (BooleanClause clause : b.build().clauses()) {
          for (int doc : droppedBy(index, clause, forVacancies)) {
            Vacancy v = (Vacancy) (forVacancies ? query : byDoc.get(doc));
            Candidate c = (Candidate) (forVacancies ? byDoc.get(doc) : query);
            RuleOutcome outcome = rules.evaluate(new RuleInput(v, c, TODAY,
                matcher.score(v, c).travel().minutes(), Audience.INTERNAL));
            assertFalse(outcome.eligible(), "filter " + clause + " dropped an eligible pair " + v.id() + " / " + c.id());
            dropped.merge(field(clause), 1, Integer::sum);
          }
        }
      }
    }
    return dropped;
  }

  /** What {@link #field} returns for a filter that reads no field (a rule on the vacancy alone). */
  private static final String NO_FIELD = "(no field)";

  /** The field a filter clause reads (the first one its query names). */
  private static String field(BooleanClause clause) {
    String[] field = {NO_FIELD};
    clause.query().visit(new org.apache.lucene.search.QueryVisitor() {
      @Override
      public boolean acceptField(String f) {
        if (field[0].equals(NO_FIELD)) {
          field[0] = f;
        }
        return false;
      }
    });
    return field[0];
  }

  private static Map<Integer, Record> decodeAll(MatchIndex index, Class<? extends Record> type) {
    SearcherFunction<Map<Integer, Record>> read = searcher -> {
      Map<Integer, Record> out = new HashMap<>();
      var reader = searcher.getIndexReader();
      for (int d = 0; d < reader.maxDoc(); d++) {
        out.put(d, RecordCodec.decode(RecordCodec.record(reader, d), type));
      }
      return out;
    };
    return type == Candidate.class ? index.searchCandidates(read) : index.searchVacancies(read);
  }

  /** The documents one filter clause removes from the whole index. */
  private static List<Integer> droppedBy(MatchIndex index, BooleanClause clause, boolean candidates) {
    Query kept = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER).add(clause).build();
    SearcherFunction<List<Integer>> run = searcher -> {
      BitSet keep = new BitSet();
      Weight w = searcher.createWeight(searcher.rewrite(kept), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer s = w.scorer(leaf);
        if (s != null) {
          DocIdSetIterator it = s.iterator();
          for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
            keep.set(leaf.docBase + d);
          }
        }
      }
      List<Integer> out = new ArrayList<>();
      for (int d = keep.nextClearBit(0); d < searcher.getIndexReader().maxDoc(); d = keep.nextClearBit(d + 1)) {
        out.add(d);
      }
      return out;
    };
    return candidates ? index.searchCandidates(run) : index.searchVacancies(run);
  }
}
