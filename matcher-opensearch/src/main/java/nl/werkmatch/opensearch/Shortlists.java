package nl.werkmatch.opensearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkmatch.geo.GeoPoint;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.geo.Netherlands;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.search.ShardSearchFailure;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.search.SearchHit;
import org.opensearch.transport.client.Client;

/**
 * A vacancy's shortlist of candidates from an OpenSearch index of {@link CandidateDocuments}, equal
 * to the embedded library's exhaustive shortlist over the same records.
 *
 * <p>How: the search goes only to the shards of the labour-market regions in reach of the vacancy
 * ({@link #regionsInReach}: the travel model's farthest reach at the profile's travel ceiling, plus
 * {@link Netherlands#MUNICIPALITY_RADIUS_KM}), filtered to those regions; on each shard the
 * {@link WerkmatchRescorerBuilder werkmatch rescorer} ranks the whole window exactly and keeps the
 * shard's top k; the coordinating side ranks the union of the shards' shortlists once more with the
 * same matcher (scores depend on the pair only, so this merge is exact) and returns the top k with
 * werkmatch's explanations. Retrieval here is the region filter, not werkmatch's fast-path query: a
 * shard's window must hold every candidate of the regions in reach it serves
 * ({@code window} at most {@code index.max_rescore_window}).
 */
public final class Shortlists {
  private final Client client;
  private final String index;
  private final int window;

  /**
   * Shortlists from {@code index} through {@code client}.
   *
   * @param client an OpenSearch client
   * @param index the candidate index
   * @param window the rescoring window per shard: at least the number of candidates a shard holds
   */
  public Shortlists(Client client, String index, int window) {
    this.client = client;
    this.index = index;
    this.window = window;
  }

  /** How often a search is tried when shards fail (a node leaving, a primary being promoted). */
  static final int ATTEMPTS = 10;
  /** How long one try may take before it counts as failed, in seconds. */
  static final long SEARCH_TIMEOUT_S = 30;
  /** The pause between two tries, in milliseconds. */
  static final long RETRY_PAUSE_MS = 250;

  private final java.util.concurrent.atomic.AtomicLong retries = new java.util.concurrent.atomic.AtomicLong();

  /** How many searches were tried again since this was created (a shard or node failed meanwhile). */
  public long retries() {
    return retries.get();
  }

  /**
   * One search over the shards of {@code regions}, complete or not at all: a search during which a
   * node leaves can fail on some shards (OpenSearch retries the query phase on another copy, not the
   * fetch phase), so an incomplete answer is asked again, {@link #ATTEMPTS} times at most.
   */
  private SearchResponse search(Vacancy vacancy, LocalDate today, List<String> regions, int k) {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (attempt > 1) {
        retries.incrementAndGet();
        try {
          Thread.sleep(RETRY_PAUSE_MS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while matching vacancy " + vacancy.id(), e);
        }
      }
      try {
        SearchResponse r = client.prepareSearch(index)
            .setRouting(regions.toArray(new String[0]))
            .setQuery(QueryBuilders.boolQuery().filter(QueryBuilders.termsQuery(CandidateDocuments.REGION, regions)))
            .setSize(k * Math.max(1, regions.size()) + k)
            .addRescorer(new WerkmatchRescorerBuilder(vacancy, today), window)
            .get(org.opensearch.common.unit.TimeValue.timeValueSeconds(SEARCH_TIMEOUT_S));
        if (r.getFailedShards() == 0 && r.getSuccessfulShards() == r.getTotalShards()) {
          return r;
        }
        ShardSearchFailure[] f = r.getShardFailures();
        last = new IllegalStateException("vacancy " + vacancy.id() + ": " + r.getFailedShards() + " of "
            + r.getTotalShards() + " shards failed" + (f.length > 0 ? ": " + f[0].reason() : ""));
      } catch (org.opensearch.OpenSearchException e) {
        last = e;
      }
    }
    throw new IllegalStateException("vacancy " + vacancy.id() + ": no complete answer in " + ATTEMPTS + " tries: "
        + last.getMessage(), last);
  }

  /**
   * The labour-market regions whose candidates may be in reach of {@code vacancy} (conservative).
   *
   * @param vacancy the vacancy
   * @return region names, never empty
   * @throws IllegalArgumentException when the vacancy's location resolves to no coordinates
   */
  public static List<String> regionsInReach(Vacancy vacancy, Matcher matcher) {
    GeoPoint at = Gazetteer.national().resolve(vacancy.location())
        .orElseThrow(() -> new IllegalArgumentException("vacancy " + vacancy.id() + ": field 'location' gives no coordinates"));
    double km = nl.werkmatch.match.TravelTimeEstimator.speedModel()
        .maxReachKm(matcher.profile().travelCeilingMinutesOneWay());
    return Netherlands.builtIn().regionsInReach(at, km);
  }

  /**
   * The shortlist of {@code vacancy}, rules evaluated on {@code today}.
   *
   * @param vacancy the vacancy
   * @param today the rules' reference date
   * @return the ranked shortlist (the profile's top k)
   * @throws IllegalStateException when no complete answer came in {@link #ATTEMPTS} tries
   */
  public MatchResult shortlist(Vacancy vacancy, LocalDate today) {
    Matcher matcher = Matchers.forDate(today);
    List<String> regions = regionsInReach(vacancy, matcher);
    int k = matcher.profile().topK();
    SearchResponse r = search(vacancy, today, regions, k);
    Map<String, Candidate> union = new LinkedHashMap<>();
    for (SearchHit h : r.getHits().getHits()) {
      var src = h.getSourceRef().toBytesRef();
      Candidate c = CandidateDocuments.candidate(src.bytes, src.offset, src.length);
      union.put(c.id(), c);
    }
    return matcher.candidatesAmong(vacancy, new ArrayList<>(union.values()));
  }
}
