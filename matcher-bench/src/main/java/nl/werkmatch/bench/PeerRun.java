package nl.werkmatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.geo.GeoPoint;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.io.Json;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.TravelTimeEstimator;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.SkillClaim;
import nl.werkmatch.model.SkillRequirement;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.opensearch.CandidateDocuments;
import nl.werkmatch.opensearch.Shortlists;
import nl.werkmatch.opensearch.WerkmatchPlugin;
import nl.werkmatch.sample.SampleGenerator;
import org.opensearch.Version;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.index.query.BoolQueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.common.lucene.search.function.CombineFunction;
import org.opensearch.common.lucene.search.function.FunctionScoreQuery;
import org.opensearch.index.query.functionscore.FunctionScoreQueryBuilder;
import org.opensearch.index.query.functionscore.ScoreFunctionBuilders;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.search.SearchHit;
import org.opensearch.transport.client.Client;

/**
 * werkmatch beside a plain OpenSearch {@code function_score} peer, in one run (issue 26, item 4):
 * the first {@code size} generated candidates are loaded into an OpenSearch 3.9 node started in this
 * JVM twice (as werkmatch documents for the plugin's shortlist, routed by labour-market region, and
 * as the fields a {@code function_score} query needs), and the first {@code queries} generated
 * vacancies are matched by three engines: werkmatch embedded (the fast path over the on-disk
 * benchmark index of the same records), werkmatch inside OpenSearch ({@link Shortlists}, the
 * plugin's rescorer through the node's Java client) and the peer ({@link #peerQuery}: gauss decay on
 * the distance, weighted skill and occupation terms, filters for the rules a query can say). Each
 * engine matches every query vacancy once (warm-up, and its shortlist for recall), then once more
 * timed, one query at a time; printed per engine: median and 95th percentile in ms, and the mean
 * top-20 recall against werkmatch's exhaustive reference over the same records (definition of
 * {@link Recall#compare}).
 *
 * <pre>java -Xmx6g -Dwerkmatch.bench.geography=national -cp bench-run.jar:peer-lib/* nl.werkmatch.bench.PeerRun 100000 100</pre>
 *
 * Prints one tab-separated line per engine: {@code peer}, size, engine ({@code embedded},
 * {@code opensearch-werkmatch}, {@code opensearch-function_score}), queries, queries counted for
 * recall (those with someone eligible), median ms, p95 ms, mean recall, min recall, seconds the
 * engine's load took (0 for embedded), and the queries where no one is eligible but the engine
 * still returned a shortlist. {@code -Dwerkmatch.bench.peer.shards} (default 2) sets both indexes' shard count.
 */
public final class PeerRun {
  private PeerRun() {}

  static final String PLUGIN_INDEX = "werkmatch-candidates";
  static final String PEER_INDEX = "peer-candidates";

  /** Entry point: size, queries (default 100). */
  public static void main(String[] args) throws Exception {
    int size = Integer.parseInt(args[0]);
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int shards = Integer.getInteger("werkmatch.bench.peer.shards", 2);
    SampleGenerator generator = BenchData.generator();
    List<Vacancy> vacancies = generator.vacancies(queries).toList();
    List<String> out = new ArrayList<>();
    Map<String, List<Recall.Top>> reference = new HashMap<>();
    int reachMinutes;
    try (MatchIndex index = BenchData.candidates(size)) {
      Matcher exhaustive = Matcher.builder(index).gazetteer(Gazetteer.national()).today(SampleGenerator.TODAY)
          .cacheSize(size + 1L).build();
      for (Vacancy v : vacancies) {
        reference.put(v.id(), Recall.tops(exhaustive.candidatesFor(v, Matcher.Mode.EXHAUSTIVE)));
      }
      reachMinutes = exhaustive.profile().travelCeilingMinutesOneWay();
      Matcher fast = Matcher.builder(index).gazetteer(Gazetteer.national()).today(SampleGenerator.TODAY).build();
      out.add(measure(size, "embedded", vacancies, reference, 0,
          v -> ids(fast.candidatesFor(v, Matcher.Mode.FAST))));
    }
    double reachKm = TravelTimeEstimator.speedModel().maxReachKm(reachMinutes);
    Path home = Files.createTempDirectory("werkmatch-peer-node");
    try (Node node = startNode(home)) {
      Client client = node.client();
      long t0 = System.nanoTime();
      load(client, PLUGIN_INDEX, shards, size, CandidateDocuments.MAPPING, generator, true);
      double pluginLoad = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      load(client, PEER_INDEX, shards, size, PEER_MAPPING, generator, false);
      double peerLoad = (System.nanoTime() - t0) / 1e9;
      Shortlists shortlists = new Shortlists(client, PLUGIN_INDEX, size);
      out.add(measure(size, "opensearch-werkmatch", vacancies, reference, pluginLoad,
          v -> ids(shortlists.shortlist(v, SampleGenerator.TODAY))));
      out.add(measure(size, "opensearch-function_score", vacancies, reference, peerLoad, v -> {
        SearchResponse r = client.prepareSearch(PEER_INDEX).setQuery(peerQuery(v, reachKm)).setSize(20)
            .setFetchSource(false).get(TimeValue.timeValueSeconds(60));
        List<String> ids = new ArrayList<>();
        for (SearchHit h : r.getHits().getHits()) {
          ids.add(h.getId());
        }
        return ids;
      }));
    } finally {
      BenchData.deleteTree(home);
    }
    out.forEach(System.out::println);
  }

  private static List<String> ids(MatchResult r) {
    return r.matches().stream().map(m -> m.score().candidateId()).toList();
  }

  /** Matches every vacancy once untimed (warm-up; its shortlists give the recall), then once timed. */
  private static String measure(int size, String engine, List<Vacancy> vacancies, Map<String, List<Recall.Top>> reference,
      double loadSeconds, Function<Vacancy, List<String>> match) {
    double sum = 0;
    double min = 1;
    int counted = 0;
    int falseShortlists = 0;
    for (Vacancy v : vacancies) {
      List<Recall.Top> got = match.apply(v).stream().map(id -> new Recall.Top(id, 0, null)).toList();
      double r = recall(got, reference.get(v.id()));
      if (reference.get(v.id()).isEmpty() && !got.isEmpty()) {
        falseShortlists++;
      }
      if (!Double.isNaN(r)) {
        sum += r;
        min = Math.min(min, r);
        counted++;
      }
    }
    long[] nanos = new long[vacancies.size()];
    for (int i = 0; i < nanos.length; i++) {
      long t = System.nanoTime();
      match.apply(vacancies.get(i));
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    System.err.printf(Locale.ROOT, "%s: done%n", engine);
    return String.format(Locale.ROOT, "peer\t%d\t%s\t%d\t%d\t%.2f\t%.2f\t%.4f\t%.2f\t%.1f\t%d", size, engine,
        vacancies.size(), counted, rank(nanos, 0.50) / 1e6, rank(nanos, 0.95) / 1e6, counted == 0 ? Double.NaN : sum / counted,
        min, loadSeconds, falseShortlists);
  }

  /**
   * Top-20 recall: the share of the exhaustive top 20 the engine's top 20 holds (ids only; the
   * engines' scores are not werkmatch's); NaN when no one is eligible (those queries are counted
   * apart, as shortlists where there should be none).
   */
  static double recall(List<Recall.Top> got, List<Recall.Top> exact) {
    if (exact.isEmpty()) {
      return Double.NaN;
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    got.forEach(t -> ids.add(t.id()));
    return exact.stream().filter(e -> ids.contains(e.id())).count() / (double) exact.size();
  }

  /** The nearest-rank percentile of sorted values. */
  static long rank(long[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  // ------------------------------------------------------------------ the node

  /** A node with classpath plugins (the role of the test framework's MockNode, without the framework). */
  static final class PeerNode extends Node {
    PeerNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
      super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> settings.get("node.name")),
          plugins.stream().map(p -> new PluginInfo(p.getName(), "classpath plugin", "NA", Version.CURRENT, "21",
              p.getName(), null, List.of(), false)).toList(), true);
    }
  }

  static Node startNode(Path home) throws Exception {
    Files.createDirectories(home.resolve("plugins"));
    Files.createDirectories(home.resolve("modules"));
    Settings settings = Settings.builder().put("path.home", home.toString()).put("cluster.name", "werkmatch-peer")
        .put("node.name", "peer-0").put("discovery.type", "single-node").put("network.host", "127.0.0.1")
        .put("transport.type", "netty4").put("http.type", "netty4").put("http.port", "29200-29299")
        .put("transport.port", "29300-29399").put("node.processors", Runtime.getRuntime().availableProcessors())
        .put("cluster.routing.allocation.disk.threshold_enabled", false).build();
    Node node = new PeerNode(settings, List.of(WerkmatchPlugin.class, org.opensearch.transport.Netty4ModulePlugin.class));
    node.start();
    return node;
  }

  private static void load(Client client, String index, int shards, int size, String mapping, SampleGenerator generator,
      boolean werkmatch) throws IOException {
    client.admin().indices().prepareCreate(index).setSettings(Settings.builder().put("index.number_of_shards", shards)
        .put("index.number_of_replicas", 0).put("index.max_rescore_window", Math.max(10_000, size))
        .put("index.refresh_interval", "-1")).setMapping(mapping).get();
    BulkRequestBuilder bulk = client.prepareBulk();
    for (Candidate c : (Iterable<Candidate>) generator.candidates(size)::iterator) {
      var req = client.prepareIndex(index).setId(c.id());
      if (werkmatch) {
        req.setRouting(CandidateDocuments.routing(c)).setSource(CandidateDocuments.source(c), XContentType.JSON);
      } else {
        req.setSource(peerSource(c), XContentType.JSON);
      }
      bulk.add(req);
      if (bulk.numberOfActions() == 2000) {
        flush(bulk);
        bulk = client.prepareBulk();
      }
    }
    if (bulk.numberOfActions() > 0) {
      flush(bulk);
    }
    client.admin().indices().prepareRefresh(index).get();
    client.admin().indices().prepareForceMerge(index).setMaxNumSegments(1).get();
    client.admin().indices().prepareRefresh(index).get();
    client.admin().cluster().prepareHealth(index).setWaitForGreenStatus().get();
  }

  private static void flush(BulkRequestBuilder bulk) {
    BulkResponse r = bulk.get();
    if (r.hasFailures()) {
      throw new IllegalStateException("loading the OpenSearch node failed: " + r.buildFailureMessage());
    }
  }

  // ------------------------------------------------------------------ the peer

  /** The peer's mapping: the fields its query reads. */
  static final String PEER_MAPPING = "{\"dynamic\":false,\"properties\":{"
      + "\"location\":{\"type\":\"geo_point\"},\"skills\":{\"type\":\"keyword\"},\"occupations\":{\"type\":\"keyword\"},"
      + "\"refusedSectors\":{\"type\":\"keyword\"},\"maxHours\":{\"type\":\"integer\"},"
      + "\"availableFrom\":{\"type\":\"date\"}}}";

  /** The peer's document: home coordinates, skills, wished occupations, refused sectors, hours, start date. */
  static String peerSource(Candidate c) throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    Gazetteer.national().resolve(c.home()).ifPresent(p -> doc.put("location", Map.of("lat", p.lat(), "lon", p.lon())));
    if (c.skills() != null) {
      doc.put("skills", c.skills().stream().map(SkillClaim::skillId).filter(java.util.Objects::nonNull).toList());
    }
    if (c.desiredOccupations() != null) {
      doc.put("occupations", c.desiredOccupations());
    }
    if (c.refusedSectors() != null) {
      doc.put("refusedSectors", c.refusedSectors().stream().map(Enum::name).toList());
    }
    var a = c.availability();
    if (a != null) {
      Integer max = a.maxHours();
      if (a.buildUpHours() != null && !a.buildUpHours().isEmpty()) {
        int end = a.buildUpHours().get(a.buildUpHours().size() - 1);
        max = max == null ? end : Math.max(max, end);
      }
      if (max != null) {
        doc.put("maxHours", max);
      }
      if (a.startDate() != null) {
        doc.put("availableFrom", a.startDate().toString());
      }
    }
    return Json.mapper().writeValueAsString(doc);
  }

  /**
   * The query an engineer would write for a vacancy's top 20: within the travel ceiling's reach
   * (geo distance), no refused sector, enough hours, available by the start date (a missing value
   * passes, as werkmatch's rules then say "unknown"); scored by required skills (3 each), optional
   * skills (1), the wished occupation (2), times a gauss decay on the distance (no loss within 3 km,
   * half at 3 + 15 km).
   */
  static FunctionScoreQueryBuilder peerQuery(Vacancy v, double reachKm) {
    GeoPoint at = Gazetteer.national().resolve(v.location())
        .orElseThrow(() -> new IllegalArgumentException("vacancy " + v.id() + ": field 'location' gives no coordinates"));
    BoolQueryBuilder q = QueryBuilders.boolQuery();
    q.filter(QueryBuilders.geoDistanceQuery("location").point(at.lat(), at.lon())
        .distance(String.format(Locale.ROOT, "%.1fkm", reachKm)));
    if (v.sector() != null) {
      q.mustNot(QueryBuilders.termQuery("refusedSectors", v.sector().name()));
    }
    if (v.minHours() != null) {
      q.filter(QueryBuilders.boolQuery().should(QueryBuilders.rangeQuery("maxHours").gte(v.minHours()))
          .should(QueryBuilders.boolQuery().mustNot(QueryBuilders.existsQuery("maxHours"))));
    }
    if (v.startBy() != null) {
      q.filter(QueryBuilders.boolQuery().should(QueryBuilders.rangeQuery("availableFrom").lte(v.startBy().toString()))
          .should(QueryBuilders.boolQuery().mustNot(QueryBuilders.existsQuery("availableFrom"))));
    }
    addSkills(q, v.requiredSkills(), 3);
    addSkills(q, v.optionalSkills(), 1);
    if (v.occupationId() != null) {
      q.should(QueryBuilders.constantScoreQuery(QueryBuilders.termQuery("occupations", v.occupationId())).boost(2));
    }
    return QueryBuilders.functionScoreQuery(q,
        ScoreFunctionBuilders.gaussDecayFunction("location", at.lat() + "," + at.lon(), "15km", "3km", 0.5))
        .scoreMode(FunctionScoreQuery.ScoreMode.MULTIPLY).boostMode(CombineFunction.MULTIPLY);
  }

  private static void addSkills(BoolQueryBuilder q, List<SkillRequirement> skills, float weight) {
    if (skills == null) {
      return;
    }
    for (SkillRequirement s : skills) {
      if (s.skillId() != null) {
        q.should(QueryBuilders.constantScoreQuery(QueryBuilders.termQuery("skills", s.skillId())).boost(weight));
      }
    }
  }
}
