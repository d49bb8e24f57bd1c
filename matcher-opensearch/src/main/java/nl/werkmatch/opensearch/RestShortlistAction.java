package nl.werkmatch.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import nl.werkmatch.io.Json;
import nl.werkmatch.explain.Explanations;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.model.Vacancy;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.BytesRestResponse;
import org.opensearch.rest.RestRequest;
import org.opensearch.transport.client.node.NodeClient;

/**
 * {@code POST /{index}/_werkmatch/shortlist?today=YYYY-MM-DD&window=N} with a werkmatch vacancy
 * record as body: the vacancy's shortlist ({@link Shortlists}) as JSON, each match with its rank,
 * candidate id, score and werkmatch's explanation (categories and evidence).
 */
final class RestShortlistAction extends BaseRestHandler {
  @Override
  public String getName() {
    return "werkmatch_shortlist";
  }

  @Override
  public List<Route> routes() {
    return List.of(new Route(RestRequest.Method.POST, "/{index}/_werkmatch/shortlist"));
  }

  @Override
  protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
    String index = request.param("index");
    String todayParam = request.param("today");
    int window = request.paramAsInt("window", 10_000);
    String body = request.content().utf8ToString();
    return channel -> {
      try {
        Vacancy vacancy = Json.mapper().readValue(body, Vacancy.class);
        LocalDate today = todayParam == null ? LocalDate.now() : LocalDate.parse(todayParam);
        // the search is blocking; run it off the transport thread
        client.threadPool().generic().execute(() -> {
          try {
            MatchResult result = new Shortlists(client, index, window).shortlist(vacancy, today);
            channel.sendResponse(new BytesRestResponse(RestStatus.OK, "application/json", json(result)));
          } catch (IllegalArgumentException e) { // the vacancy cannot be matched as given (no location, ...)
            channel.sendResponse(new BytesRestResponse(RestStatus.BAD_REQUEST, "text/plain", String.valueOf(e.getMessage())));
          } catch (RuntimeException e) {
            channel.sendResponse(new BytesRestResponse(RestStatus.INTERNAL_SERVER_ERROR, "text/plain", String.valueOf(e.getMessage())));
          }
        });
      } catch (Exception e) {
        channel.sendResponse(new BytesRestResponse(RestStatus.BAD_REQUEST, "text/plain",
            "the body must be a werkmatch vacancy record: " + e.getMessage()));
      }
    };
  }

  static String json(MatchResult result) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("vacancy", result.queryId());
    root.put("considered", result.considered());
    ArrayNode matches = root.putArray("matches");
    for (RankedMatch m : result.matches()) {
      ObjectNode n = matches.addObject();
      n.put("rank", m.rank());
      n.put("candidate", m.score().candidateId());
      n.put("score", m.score().total());
      n.set("explanation", Explanations.json(m.score()));
    }
    return root.toString();
  }
}
