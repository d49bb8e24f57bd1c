package nl.werkmatch.retrieve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The skill part of the order in which the selection is rescored: per requirement the best of its
 * clauses (the skill, its substitutes, the occupations that imply it), each with its weight, summed
 * over the requirements, as a {@link org.apache.lucene.search.DisjunctionMaxQuery} per requirement
 * (tie-breaker 0) in a disjunction scores it, to float rounding of the sum. The requirements of a
 * vacancy share clauses (a skill group and sibling skills stand in for several requirements): each
 * distinct clause is read once per record here, where a disjunction-max per requirement advanced its
 * own copy. Every record matches (0 where no clause does); meant for scoring given records in doc-id
 * order, as the pass over the selection does, not for searching.
 */
final class RequirementCreditQuery extends Query {
  /** The distinct clauses, unboosted. */
  private final List<Query> clauses;
  /** Per requirement, the positions in {@link #clauses} of its clauses. */
  private final int[][] clauseOf;
  /** Per requirement, the weight of each of its clauses. */
  private final float[][] weightOf;

  /**
   * @param requirements per requirement its clauses, each a {@link BoostQuery} whose boost is the
   *     clause's weight, or a query of weight 1
   */
  RequirementCreditQuery(List<List<Query>> requirements) {
    Map<Query, Integer> distinct = new LinkedHashMap<>();
    clauseOf = new int[requirements.size()][];
    weightOf = new float[requirements.size()][];
    for (int r = 0; r < requirements.size(); r++) {
      List<Query> rq = requirements.get(r);
      clauseOf[r] = new int[rq.size()];
      weightOf[r] = new float[rq.size()];
      for (int k = 0; k < rq.size(); k++) {
        Query q = rq.get(k);
        Query inner = q instanceof BoostQuery b ? b.getQuery() : q;
        clauseOf[r][k] = distinct.computeIfAbsent(inner, x -> distinct.size());
        weightOf[r][k] = q instanceof BoostQuery b ? b.getBoost() : 1f;
      }
    }
    this.clauses = List.copyOf(distinct.keySet());
  }

  private RequirementCreditQuery(List<Query> clauses, int[][] clauseOf, float[][] weightOf) {
    this.clauses = clauses;
    this.clauseOf = clauseOf;
    this.weightOf = weightOf;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    List<Query> rewritten = new ArrayList<>(clauses.size());
    boolean changed = false;
    for (Query q : clauses) {
      Query r = q.rewrite(searcher);
      changed |= r != q;
      rewritten.add(r);
    }
    return changed ? new RequirementCreditQuery(rewritten, clauseOf, weightOf) : this;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight[] weights = new Weight[clauses.size()];
    for (int j = 0; j < weights.length; j++) {
      weights[j] = searcher.createWeight(clauses.get(j), ScoreMode.COMPLETE, 1f);
    }
    return new Weight(this) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
        Scorer[] scorers = new Scorer[weights.length];
        boolean any = false;
        for (int j = 0; j < weights.length; j++) {
          scorers[j] = weights[j].scorer(leaf);
          any |= scorers[j] != null;
        }
        if (!any) {
          return null;
        }
        return new DefaultScorerSupplier(new CreditScorer(scorers, leaf, boost));
      }

      @Override
      public boolean isCacheable(LeafReaderContext leaf) {
        return false;
      }

      @Override
      public Explanation explain(LeafReaderContext leaf, int doc) throws IOException {
        Scorer s = scorer(leaf);
        if (s == null || s.iterator().advance(doc) != doc) {
          return Explanation.noMatch("no clause of any requirement");
        }
        return Explanation.match(s.score(), "best credit per requirement, summed");
      }
    };
  }

  /** Scores every record of a segment from the clause scorers, advanced to it on demand. */
  private final class CreditScorer extends RecordScoreQuery.EveryRecordScorer {
    private final Scorer[] scorers;
    private final DocIdSetIterator[] approximations;
    private final TwoPhaseIterator[] twoPhases;
    private final float[] values;
    private final float boost;

    CreditScorer(Scorer[] scorers, LeafReaderContext leaf, float boost) {
      super(leaf);
      this.scorers = scorers;
      this.approximations = new DocIdSetIterator[scorers.length];
      this.twoPhases = new TwoPhaseIterator[scorers.length];
      for (int j = 0; j < scorers.length; j++) {
        if (scorers[j] != null) {
          twoPhases[j] = scorers[j].twoPhaseIterator();
          approximations[j] = twoPhases[j] == null ? scorers[j].iterator() : twoPhases[j].approximation();
        }
      }
      this.values = new float[scorers.length];
      this.boost = boost;
    }

    @Override
    public float score() throws IOException {
      int doc = docID();
      for (int j = 0; j < scorers.length; j++) {
        float v = 0;
        DocIdSetIterator it = approximations[j];
        if (it != null) {
          int at = it.docID() < doc ? it.advance(doc) : it.docID();
          if (at == doc && (twoPhases[j] == null || twoPhases[j].matches())) {
            v = scorers[j].score();
          }
        }
        values[j] = v;
      }
      return bestPerRequirement(values) * boost;
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      float[] maxima = new float[scorers.length];
      for (int j = 0; j < scorers.length; j++) {
        maxima[j] = scorers[j] == null ? 0 : scorers[j].getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
      }
      return bestPerRequirement(maxima) * boost;
    }
  }

  /** Per requirement the best of its clauses' {@code values} (by distinct clause) times their weights, summed. */
  private float bestPerRequirement(float[] values) {
    double sum = 0;
    for (int r = 0; r < clauseOf.length; r++) {
      float best = 0;
      for (int k = 0; k < clauseOf[r].length; k++) {
        best = Math.max(best, weightOf[r][k] * values[clauseOf[r][k]]);
      }
      sum += best;
    }
    return (float) sum;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor sub = visitor.getSubVisitor(Occur.SHOULD, this);
    clauses.forEach(q -> q.visit(sub));
  }

  @Override
  public String toString(String field) {
    StringBuilder b = new StringBuilder("RequirementCredit(");
    for (int r = 0; r < clauseOf.length; r++) {
      b.append(r == 0 ? "" : " ").append('(');
      for (int k = 0; k < clauseOf[r].length; k++) {
        b.append(k == 0 ? "" : " | ").append(clauses.get(clauseOf[r][k]).toString(field)).append('^').append(weightOf[r][k]);
      }
      b.append(')');
    }
    return b.append(')').toString();
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && o instanceof RequirementCreditQuery q && q.clauses.equals(clauses)
        && Arrays.deepEquals(q.clauseOf, clauseOf) && Arrays.deepEquals(q.weightOf, weightOf);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * classHash() + clauses.hashCode()) + Arrays.deepHashCode(clauseOf)) + Arrays.deepHashCode(weightOf);
  }
}
