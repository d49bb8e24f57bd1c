package nl.werkmatch.retrieve;

import java.io.IOException;
import java.util.Objects;
import nl.werkmatch.geo.GeoPoint;
import nl.werkmatch.index.Fields;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorer;

/**
 * Nearness of indexed homes to a workplace, for the selecting stage of vacancy-to-candidates
 * retrieval: {@code weight x pivot / (pivot + km)} of the straight-line distance, as Lucene's
 * distance feature scores it, with one weight and pivot for people who travel by car and one for
 * the others ({@link Fields#HOME_NEARNESS}: the home and the car in one doc value). The weights are
 * calibrated by {@code RetrievalQueries} on the exact travel score. Two of Lucene's distance
 * features over two fields did the same but cost a second doc-values iterator per record the
 * selecting stage visits (on 200 vacancies over 1M candidates, median 38.5 against 32.8 ms for one).
 * Records without a home do not match. Distances are equirectangular around the workplace (within
 * 0.5% of the great circle over the few hundred km of the Netherlands).
 */
final class NearnessQuery extends RecordScoreQuery {
  private static final double KM_PER_DEGREE = 111.195;

  private final GeoPoint workplace;
  private final double weightWithoutCar;
  private final double pivotWithoutCarKm;
  private final double weightByCar;
  private final double pivotByCarKm;

  NearnessQuery(GeoPoint workplace, RetrievalQueries.Nearness withoutCar, RetrievalQueries.Nearness byCar) {
    this.workplace = Objects.requireNonNull(workplace);
    this.weightWithoutCar = withoutCar.weight();
    this.pivotWithoutCarKm = withoutCar.pivotKm();
    this.weightByCar = byCar.weight();
    this.pivotByCarKm = byCar.pivotKm();
  }

  @Override
  Scorer scorer(LeafReaderContext leaf, float boost) throws IOException {
    NumericDocValues homes = leaf.reader().getNumericDocValues(Fields.HOME_NEARNESS);
    return homes == null ? null : new NearnessScorer(homes, Math.cos(Math.toRadians(workplace.lat())), boost);
  }

  @Override
  String description() {
    return "nearness of the home";
  }

  private final class NearnessScorer extends Scorer {
    private final NumericDocValues homes;
    private final DocIdSetIterator iterator;
    private final double cosLat;
    private final float boost;

    NearnessScorer(NumericDocValues homes, double cosLat, float boost) {
      this.homes = homes;
      this.iterator = everyRecord(homes);
      this.cosLat = cosLat;
      this.boost = boost;
    }

    @Override
    public int docID() {
      return homes.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return iterator;
    }

    @Override
    public float score() throws IOException {
      long v = homes.longValue();
      double dy = (GeoEncodingUtils.decodeLatitude((int) (v >>> 32)) - workplace.lat()) * KM_PER_DEGREE;
      double dx = (GeoEncodingUtils.decodeLongitude((int) v) - workplace.lon()) * cosLat * KM_PER_DEGREE;
      double km = Math.sqrt(dx * dx + dy * dy);
      double nearness = (v & 1L) != 0
          ? weightByCar * pivotByCarKm / (pivotByCarKm + km)
          : weightWithoutCar * pivotWithoutCarKm / (pivotWithoutCarKm + km);
      return boost * (float) nearness;
    }

    @Override
    public float getMaxScore(int upTo) {
      return boost * (float) Math.max(weightByCar, weightWithoutCar);
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(Fields.HOME_NEARNESS)) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String field) {
    return "Nearness(" + workplace + ", without car " + weightWithoutCar + "/" + pivotWithoutCarKm + " km, by car "
        + weightByCar + "/" + pivotByCarKm + " km)";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && o instanceof NearnessQuery q && q.workplace.equals(workplace)
        && q.weightWithoutCar == weightWithoutCar && q.pivotWithoutCarKm == pivotWithoutCarKm
        && q.weightByCar == weightByCar && q.pivotByCarKm == pivotByCarKm;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), workplace, weightWithoutCar, pivotWithoutCarKm, weightByCar, pivotByCarKm);
  }
}
