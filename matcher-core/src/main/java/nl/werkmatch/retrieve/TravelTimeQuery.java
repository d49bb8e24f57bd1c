package nl.werkmatch.retrieve;

import nl.werkmatch.match.Decay;
import nl.werkmatch.match.TravelTimeEstimator;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import nl.werkmatch.geo.GeoPoint;
import nl.werkmatch.index.Fields;
import nl.werkmatch.model.TravelMode;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;

/**
 * The travel category as the exact scorer computes it, from doc values: one-way minutes by the
 * fastest of the person's modes ({@link TravelTimeEstimator}, the matcher's own), a record matches
 * when that is within the limit (the fixed ceiling, or the person's own limit when lower) and scores
 * {@code boost x decay(minutes)}. Records without an indexed location do not match. Minutes are
 * rounded up with a tolerance for the quantised indexed location, so a record the exact scorer finds
 * within the limit always matches (one exactly on a whole minute may score as that minute).
 *
 * <p>Vacancy to candidates, the person is the indexed record: home from {@link Fields#LOCATION},
 * modes from {@link Fields#TRAVEL_MODES} (bike and public transport when not recorded, as the scorer
 * assumes), own limit from {@link Fields#MAX_TRAVEL}. Candidate to vacancies, the person is the
 * query's: fixed home, modes and limit, and the indexed location is the workplace.
 *
 * <p>A distance feature scores by straight-line distance alone, so someone 20 km away by car (27
 * minutes, nearly full travel score) and someone 20 km away by bike (100 minutes, beyond most
 * limits) look the same; at a million records the near-ties of the exact top 20 are decided by
 * exactly that difference. Evaluated per record (two-phase), so it runs on a selection (the
 * context stage and the recheck of {@link RetrievalQuery}); as a filter on every record the content
 * stage collects it cost about 45 ms per query at 1M.
 */
public final class TravelTimeQuery extends RecordScoreQuery {
  private static final TravelMode[] MODES = TravelMode.values();
  private static final double QUANTISATION_MINUTES = 1e-3;
  private static final int ASSUMED_MODES = Fields.travelModeBits(nl.werkmatch.score.Scorer.ASSUMED_MODES);

  private final GeoPoint fixed;
  private final boolean fixedIsHome;
  private final int fixedModes;
  private final int ceiling;
  private final TravelTimeEstimator travel;
  private final Decay decay;

  private TravelTimeQuery(GeoPoint fixed, boolean fixedIsHome, int fixedModes, int ceiling, TravelTimeEstimator travel,
      Decay decay) {
    this.fixed = Objects.requireNonNull(fixed);
    this.fixedIsHome = fixedIsHome;
    this.fixedModes = fixedModes;
    this.ceiling = ceiling;
    this.travel = Objects.requireNonNull(travel);
    this.decay = Objects.requireNonNull(decay);
  }

  /** Indexed candidates travelling to {@code workplace}, within {@code ceiling} or their own lower limit. */
  public static TravelTimeQuery toWorkplace(GeoPoint workplace, int ceiling, TravelTimeEstimator travel, Decay decay) {
    return new TravelTimeQuery(workplace, false, 0, ceiling, travel, decay);
  }

  /** Indexed vacancies reached from {@code home} by {@code modes} (null or empty: assumed) within {@code limit}. */
  static TravelTimeQuery fromHome(GeoPoint home, List<TravelMode> modes, int limit, TravelTimeEstimator travel,
      Decay decay) {
    int m = modes == null || modes.isEmpty() ? ASSUMED_MODES : Fields.travelModeBits(modes);
    return new TravelTimeQuery(home, true, m, limit, travel, decay);
  }

  @Override
  Scorer scorer(LeafReaderContext leaf, float boost) throws IOException {
    SortedNumericDocValues locations = leaf.reader().getSortedNumericDocValues(Fields.LOCATION);
    if (locations == null) {
      return null;
    }
    NumericDocValues modes = fixedIsHome ? null : DocValues.getNumeric(leaf.reader(), Fields.TRAVEL_MODES);
    SortedNumericDocValues limits = fixedIsHome ? null : DocValues.getSortedNumeric(leaf.reader(), Fields.MAX_TRAVEL);
    return new TravelScorer(locations, modes, limits, boost);
  }

  @Override
  String description() {
    return "travel time score within the limit";
  }

  /**
   * Scores one segment. Nothing is memoised per location: people's homes are mostly distinct, and an
   * expensive estimator belongs behind {@link TravelTimeEstimator#cached}.
   */
  private final class TravelScorer extends Scorer {
    private final SortedNumericDocValues locations;
    private final NumericDocValues modes;
    private final SortedNumericDocValues limits;
    private final float boost;
    private float score;

    TravelScorer(SortedNumericDocValues locations, NumericDocValues modes, SortedNumericDocValues limits, float boost) {
      this.locations = locations;
      this.modes = modes;
      this.limits = limits;
      this.boost = boost;
    }

    @Override
    public int docID() {
      return locations.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return TwoPhaseIterator.asDocIdSetIterator(twoPhaseIterator());
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return new TwoPhaseIterator(locations) {
        @Override
        public boolean matches() throws IOException {
          int doc = locations.docID();
          long encoded = locations.nextValue();
          int m = fixedModes;
          int limit = ceiling;
          if (!fixedIsHome) {
            m = modes.advanceExact(doc) ? (int) modes.longValue() : ASSUMED_MODES;
            if (limits.advanceExact(doc)) {
              limit = Math.min(limit, (int) limits.nextValue());
            }
          }
          double best = minutes(encoded, m);
          if (Double.isNaN(best)) {
            return false;
          }
          // the indexed location is quantised (about 1 cm), so a trip of exactly n minutes may come out a
          // hair above n here: round with a tolerance, never excluding what the exact scorer keeps
          int minutes = (int) Math.ceil(best - QUANTISATION_MINUTES);
          if (minutes > limit) {
            return false;
          }
          score = boost * (float) nl.werkmatch.score.Scorer.clamp(decay.apply(minutes));
          return true;
        }

        @Override
        public float matchCost() {
          return 50;
        }
      };
    }

    /** Minutes by the fastest of {@code modeBits}; NaN when no mode can make the trip. */
    private double minutes(long encoded, int modeBits) {
      GeoPoint other = new GeoPoint(GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32)),
          GeoEncodingUtils.decodeLongitude((int) encoded));
      double best = Double.NaN;
      for (int i = 0; i < MODES.length; i++) {
        if ((modeBits & (1 << i)) == 0) {
          continue;
        }
        double t = fixedIsHome ? nl.werkmatch.score.Scorer.tripMinutes(travel, fixed, other, MODES[i])
            : nl.werkmatch.score.Scorer.tripMinutes(travel, other, fixed, MODES[i]);
        if (!Double.isNaN(t) && (Double.isNaN(best) || t < best)) {
          best = t;
        }
      }
      return best;
    }

    @Override
    public float score() {
      return score;
    }

    @Override
    public float getMaxScore(int upTo) {
      return boost;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(Fields.LOCATION)) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String field) {
    return "TravelTime(" + (fixedIsHome ? "from " : "to ") + fixed + ", limit " + ceiling + " min)";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && o instanceof TravelTimeQuery q && q.fixed.equals(fixed) && q.fixedIsHome == fixedIsHome
        && q.fixedModes == fixedModes && q.ceiling == ceiling && q.travel == travel && q.decay.equals(decay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), fixed, fixedIsHome, fixedModes, ceiling, System.identityHashCode(travel), decay);
  }
}
