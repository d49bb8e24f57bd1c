package nl.werkmatch.opensearch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import com.fasterxml.jackson.databind.JsonNode;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.io.Json;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.sample.SampleGenerator;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;

/**
 * werkmatch inside a 3-node OpenSearch cluster in this JVM (6 shards, 1 replica, candidates routed
 * by labour-market region): every vacancy's shortlist equals the embedded library's exhaustive
 * shortlist over the same national sample (compared per vacancy and as one digest), and a data node
 * stopped while the vacancies are being matched loses no query.
 *
 * <p>Short by default (600 candidates, 30 vacancies); longer with
 * {@code -Dcluster.candidates=N -Dcluster.vacancies=M} (see matcher-opensearch/README.md).
 */
@OpenSearchIntegTestCase.ClusterScope(scope = OpenSearchIntegTestCase.Scope.TEST, numDataNodes = 3, numClientNodes = 0,
    supportsDedicatedMasters = false, autoManageMasterNodes = true)
public class ClusterShortlistTest extends OpenSearchIntegTestCase {
  private static final String INDEX = "werkmatch-candidates";

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(WerkmatchPlugin.class, org.opensearch.transport.Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false; // real HTTP (netty4) for the REST calls
  }

  @Override
  protected Settings nodeSettings(int nodeOrdinal) {
    // netty takes the processor count once per JVM: every node the same (the framework randomises it)
    return Settings.builder().put(super.nodeSettings(nodeOrdinal)).put("http.type", "netty4")
        .put("node.processors", Runtime.getRuntime().availableProcessors()).build();
  }

  public void testShortlistsEqualTheEmbeddedLibrarysAndANodeStopLosesNoQuery() throws Exception {
    int n = Integer.getInteger("tests.cluster.candidates", 600);
    int m = Integer.getInteger("tests.cluster.vacancies", 30);
    SampleGenerator generator = SampleGenerator.national(26);
    List<Candidate> candidates = generator.candidates(n).toList();
    List<Vacancy> vacancies = generator.vacancies(m).toList();

    prepareCreate(INDEX).setSettings(Settings.builder().put("index.number_of_shards", 6)
        .put("index.number_of_replicas", 1)).setMapping(CandidateDocuments.MAPPING).get();
    BulkRequestBuilder bulk = client().prepareBulk();
    for (Candidate c : candidates) {
      bulk.add(client().prepareIndex(INDEX).setId(c.id()).setRouting(CandidateDocuments.routing(c))
          .setSource(CandidateDocuments.source(c), XContentType.JSON));
    }
    BulkResponse indexed = bulk.get();
    assertFalse(indexed.buildFailureMessage(), indexed.hasFailures());
    refresh(INDEX);
    ensureGreen(INDEX);

    List<MatchResult> embedded = new ArrayList<>();
    try (MatchIndex index = MatchIndex.inMemory()) {
      candidates.forEach(index::upsert);
      index.commit();
      Matcher matcher = Matcher.builder(index).gazetteer(Gazetteer.national()).today(SampleGenerator.TODAY).build();
      for (Vacancy v : vacancies) {
        embedded.add(matcher.candidatesFor(v, Matcher.Mode.EXHAUSTIVE));
      }
    }

    // through REST: the shortlist endpoint, and the rescorer in a plain _search body
    Vacancy first = vacancies.get(0);
    Request post = new Request("POST", "/" + INDEX + "/_werkmatch/shortlist");
    post.addParameter("today", SampleGenerator.TODAY.toString());
    post.setJsonEntity(Json.mapper().writeValueAsString(first));
    Response response = getRestClient().performRequest(post);
    assertEquals(200, response.getStatusLine().getStatusCode());
    JsonNode body = Json.mapper().readTree(EntityUtils.toString(response.getEntity()));
    List<String> restIds = new ArrayList<>();
    body.get("matches").forEach(mt -> restIds.add(mt.get("candidate").asText()));
    List<String> embeddedIds = new ArrayList<>();
    embedded.get(0).matches().forEach(rm -> embeddedIds.add(rm.score().candidateId()));
    assertEquals(embeddedIds, restIds);
    if (!restIds.isEmpty()) {
      assertTrue(body.get("matches").get(0).get("explanation").toString(), body.get("matches").get(0).has("explanation"));
    }
    Request search = new Request("POST", "/" + INDEX + "/_search");
    search.setJsonEntity("{\"size\":5,\"rescore\":{\"window_size\":1000,\"werkmatch\":{\"vacancy\":"
        + Json.mapper().writeValueAsString(first) + ",\"today\":\"" + SampleGenerator.TODAY + "\"}}}");
    assertEquals(200, getRestClient().performRequest(search).getStatusLine().getStatusCode());
    Request bad = new Request("POST", "/" + INDEX + "/_werkmatch/shortlist");
    bad.setJsonEntity("{\"id\":\"v\"}");
    ResponseException refused = expectThrows(ResponseException.class, () -> getRestClient().performRequest(bad));
    assertEquals(400, refused.getResponse().getStatusLine().getStatusCode());

    // the application talks to one node; another data node leaves during the run
    String coordinator = internalCluster().getNodeNames()[0];
    Shortlists shortlists = new Shortlists(internalCluster().client(coordinator), INDEX, 10_000);
    List<MatchResult> inCluster = new ArrayList<>();
    AtomicReference<Exception> stopFailure = new AtomicReference<>();
    Thread stopper = new Thread(() -> {
      try {
        internalCluster().stopRandomNode(settings -> !coordinator.equals(settings.get("node.name")));
      } catch (Exception e) {
        stopFailure.set(e);
      }
    }, "stop-a-data-node");
    int nonEmpty = 0;
    for (int i = 0; i < vacancies.size(); i++) {
      if (i == vacancies.size() / 3) {
        stopper.start(); // the rest of the run goes on while a node leaves
      }
      MatchResult r = shortlists.shortlist(vacancies.get(i), SampleGenerator.TODAY);
      inCluster.add(r);
      assertEquals("vacancy " + vacancies.get(i).id(), lines(embedded.get(i)), lines(r));
      nonEmpty += r.matches().isEmpty() ? 0 : 1;
    }
    stopper.join();
    assertNull("stopping a node failed: " + stopFailure.get(), stopFailure.get());
    assertEquals(2, internalCluster().numDataNodes());
    // and after the node is gone, every vacancy once more
    for (int i = 0; i < vacancies.size(); i++) {
      assertEquals("vacancy " + vacancies.get(i).id() + " after the stop", lines(embedded.get(i)),
          lines(shortlists.shortlist(vacancies.get(i), SampleGenerator.TODAY)));
    }
    assertTrue("most vacancies have someone on their shortlist: " + nonEmpty, nonEmpty > vacancies.size() / 2);
    String digest = digest(embedded);
    assertEquals(digest, digest(inCluster));
    logger.info("werkmatch in OpenSearch: {} candidates, {} vacancies, shortlist digest {} (embedded and cluster), {} searches"
        + " tried again while the node left", n, m, digest, shortlists.retries());
  }

  private static List<String> lines(MatchResult r) {
    List<String> out = new ArrayList<>();
    for (RankedMatch rm : r.matches()) {
      out.add(rm.rank() + " " + rm.score().candidateId() + " " + rm.score().total());
    }
    return out;
  }

  private static String digest(List<MatchResult> results) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (MatchResult r : results) {
      sha.update((r.queryId() + "\n").getBytes(StandardCharsets.UTF_8));
      for (String line : lines(r)) {
        sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }
}
