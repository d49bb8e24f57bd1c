package nl.werkmatch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.io.Json;
import nl.werkmatch.io.RecordReader;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.rules.Audience;
import nl.werkmatch.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pinned ranking regressions, Anserini style: the figures of the default profile on the committed
 * sample data, kept in {@value #FILE_NAME} under {@code src/test/resources/regressions/} and
 * recomputed on every build.
 *
 * <p>Pinned: {@code map}, {@code ndcg_cut_10} and {@code P_10} of {@code matcher eval --index}
 * (fast path, default profile with topK 100, national default rules, internal audience, reference
 * date 2026-11-22, {@code --unjudged skip}) against {@code sample-data/judgments.jsonl}, per
 * judged direction (the sample judgments are all vacancy -> candidates), each within an absolute
 * tolerance stated in the file; and the top-20 digest of both directions, exact. The digest is the
 * benchmark's ({@code nl.werkmatch.bench.Digest}): the SHA-256 of, per query in id order, each
 * fast top-20 match's query id, matched id and total score ({@link Double#toString}), concatenated;
 * the queries are every vacancy and every tenth candidate in id order.
 *
 * <p>A change to the ranking fails this test, naming the figure, the pinned and the measured value.
 * When the change is meant, regenerate with {@value #REGENERATE} and commit the file in the same
 * commit as the change, with the reason in CHANGELOG.md. Never updated automatically; a missing
 * file fails.
 */
class SampleRegressionTest {
  static final String FILE_NAME = "sample-data-default.json";
  static final Path FILE = Path.of("src/test/resources/regressions", FILE_NAME);
  static final String REGENERATE =
      "bin/mvn -B -pl matcher-core -Dtest=SampleRegressionTest -Dregression.update=true test";
  static final LocalDate DATE = LocalDate.of(2026, 11, 22);
  static final List<String> METRICS = List.of("map", "ndcg_cut_10", "P_10");
  static final double METRIC_TOLERANCE = 1e-4;

  private static ObjectNode measured;

  @BeforeAll
  static void measure() throws Exception {
    measured = measure(sampleData());
  }

  @Test
  void theSampleDataFiguresAreThePinnedOnes() throws IOException {
    if (Boolean.getBoolean("regression.update")) {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(measured) + "\n",
          StandardCharsets.UTF_8);
    }
    List<String> problems = compare(read(FILE), measured);
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  void aChangedPinnedMetricFailsNamingItAndBothValues() {
    ObjectNode pinned = measured.deepCopy();
    ObjectNode ndcg = (ObjectNode) pinned.get("metrics").get(1);
    assertEquals("ndcg_cut_10", ndcg.get("metric").asText());
    double was = ndcg.get("value").asDouble();
    ndcg.put("value", was + 0.002);
    List<String> problems = compare(pinned, measured);
    assertEquals(1, problems.size(), problems.toString());
    String p = problems.get(0);
    assertTrue(p.contains("VACANCY_TO_CANDIDATES ndcg_cut_10"), p);
    assertTrue(p.contains("pinned " + (was + 0.002)) && p.contains("measured " + was), p);
    assertTrue(p.contains(REGENERATE), p);
    ndcg.put("value", was + 0.00009); // within the stated tolerance
    assertEquals(List.of(), compare(pinned, measured));
  }

  @Test
  void aChangedDigestFailsExactly() {
    ObjectNode pinned = measured.deepCopy();
    ObjectNode digest = (ObjectNode) pinned.get("digests").get(1);
    String was = digest.get("sha256").asText();
    String other = (was.charAt(0) == '0' ? "1" : "0") + was.substring(1);
    digest.put("sha256", other);
    List<String> problems = compare(pinned, measured);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("CANDIDATE_TO_VACANCIES top-20 digest: pinned " + other + ", measured " + was),
        problems.get(0));
    assertTrue(problems.get(0).contains(REGENERATE), problems.get(0));
  }

  @Test
  void aMissingOrIncompleteFileFails(@TempDir Path tmp) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(tmp.resolve(FILE_NAME)));
    assertTrue(e.getMessage().contains("missing") && e.getMessage().contains(REGENERATE), e.getMessage());
    ObjectNode pinned = measured.deepCopy();
    ((ArrayNode) pinned.get("metrics")).remove(0);
    List<String> problems = compare(pinned, measured);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("VACANCY_TO_CANDIDATES map: not pinned"), problems.get(0));
  }

  /** The pinned figures, or a failure saying the file is missing and how to make it. */
  static JsonNode read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("regression file " + file + " is missing: generate it with " + REGENERATE
          + " and commit it");
    }
    try {
      return Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("regression file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Every difference between pinned and measured figures, one message each (empty: the same). */
  static List<String> compare(JsonNode pinned, JsonNode measured) {
    List<String> problems = new ArrayList<>();
    String hint = "; if the ranking change is meant, regenerate with " + REGENERATE
        + " and commit " + FILE_NAME + " with the change and its reason in CHANGELOG.md";
    for (String field : List.of("data", "profile", "date", "mode")) {
      if (!pinned.path(field).equals(measured.path(field))) {
        problems.add(FILE_NAME + ": " + field + ": pinned " + pinned.path(field) + ", measured " + measured.path(field) + hint);
      }
    }
    Map<String, JsonNode> pinnedMetrics = byKey(pinned.path("metrics"), "metric");
    for (JsonNode m : measured.path("metrics")) {
      String key = m.get("direction").asText() + " " + m.get("metric").asText();
      JsonNode p = pinnedMetrics.remove(key);
      if (p == null) {
        problems.add(FILE_NAME + ": " + key + ": not pinned, measured " + m.get("value").asDouble() + hint);
        continue;
      }
      double pv = p.path("value").asDouble(Double.NaN);
      double mv = m.get("value").asDouble();
      double tolerance = p.path("tolerance").asDouble(Double.NaN);
      if (!(Math.abs(pv - mv) <= tolerance)) {
        problems.add(String.format(Locale.ROOT, "%s: %s: pinned %s, measured %s (|difference| %.2e, tolerance %s)%s",
            FILE_NAME, key, pv, mv, Math.abs(pv - mv), tolerance, hint));
      }
    }
    pinnedMetrics.keySet().forEach(k -> problems.add(FILE_NAME + ": " + k + ": pinned but no longer measured" + hint));
    Map<String, JsonNode> pinnedDigests = byKey(pinned.path("digests"), null);
    for (JsonNode d : measured.path("digests")) {
      String key = d.get("direction").asText();
      JsonNode p = pinnedDigests.remove(key);
      if (p == null) {
        problems.add(FILE_NAME + ": " + key + " top-20 digest: not pinned, measured " + d.get("sha256").asText() + hint);
        continue;
      }
      for (String field : List.of("queries", "matches", "sha256")) {
        if (!p.path(field).asText().equals(d.get(field).asText())) {
          problems.add(FILE_NAME + ": " + key + " top-20 digest: pinned " + (field.equals("sha256") ? "" : field + " ")
              + p.path(field).asText() + ", measured " + (field.equals("sha256") ? "" : field + " ")
              + d.get(field).asText() + " (exact)" + hint);
        }
      }
    }
    pinnedDigests.keySet().forEach(k -> problems.add(FILE_NAME + ": " + k + " top-20 digest: pinned but no longer measured" + hint));
    return problems;
  }

  private static Map<String, JsonNode> byKey(JsonNode array, String second) {
    Map<String, JsonNode> m = new LinkedHashMap<>();
    for (JsonNode n : array) {
      m.put(n.path("direction").asText() + (second == null ? "" : " " + n.path(second).asText()), n);
    }
    return m;
  }

  /** The figures of the default profile on {@code data}, in the regression file's shape. */
  static ObjectNode measure(Path data) throws IOException, NoSuchAlgorithmException {
    Qrels qrels = Qrels.read(data.resolve("judgments.jsonl"));
    Metrics.Options options = Metrics.Options.defaults(); // matcher eval's: --k 5,10 --unjudged skip
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("description", "Pinned figures of the default profile on sample-data; checked by "
        + "matcher-core SampleRegressionTest in every build (docs/evaluation.md, 'Pinned regressions')");
    out.put("regenerate", REGENERATE);
    out.put("data", "sample-data/candidates.jsonl, sample-data/vacancies.jsonl, sample-data/judgments.jsonl");
    out.put("profile", MatchProfile.defaults().name());
    out.put("date", DATE.toString());
    out.put("mode", "FAST");
    ArrayNode metrics = out.putArray("metrics");
    ArrayNode digests = out.putArray("digests");
    try (MatchIndex index = MatchIndex.inMemory()) {
      RecordReader.of(Candidate.class).read(data.resolve("candidates.jsonl"), index::upsert);
      RecordReader.of(Vacancy.class).read(data.resolve("vacancies.jsonl"), index::upsert);
      index.forceMerge(); // as `matcher index` does by default
      MatchProfile eval = MatchProfile.defaults().withTopK(Math.max(options.cutoffs().getLast(), 100));
      Matcher evalMatcher = matcher(index, eval);
      for (Direction direction : Direction.values()) {
        List<MatchResult> results = new ArrayList<>();
        for (String q : qrels.queryIds()) {
          if (qrels.direction(q).orElse(Direction.VACANCY_TO_CANDIDATES) == direction) {
            results.add(run(evalMatcher, direction, q));
          }
        }
        if (results.isEmpty()) {
          continue; // no judgments this way: only the digest is pinned
        }
        Evaluation e = Metrics.evaluate(Run.fromResults(Run.tagOf(eval.name()), results), qrels, options);
        for (String metric : METRICS) {
          ObjectNode m = metrics.addObject();
          m.put("direction", direction.name());
          m.put("metric", metric);
          m.put("queries", e.perQuery().size());
          m.put("value", e.mean().get(metric));
          m.put("tolerance", METRIC_TOLERANCE);
        }
      }
      Matcher top20 = matcher(index, MatchProfile.defaults());
      for (Direction direction : Direction.values()) {
        List<String> queries = direction == Direction.VACANCY_TO_CANDIDATES
            ? index.vacancyIds().sorted().toList() : everyTenth(index.candidateIds().sorted().toList());
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        int matches = 0;
        for (String q : queries) {
          MatchResult r = run(top20, direction, q);
          for (RankedMatch m : r.matches()) {
            md.update((q + m.itemId(direction) + m.score().total()).getBytes(StandardCharsets.UTF_8));
          }
          matches += r.matches().size();
        }
        ObjectNode d = digests.addObject();
        d.put("direction", direction.name());
        d.put("queries", queries.size());
        d.put("matches", matches);
        d.put("sha256", String.format(Locale.ROOT, "%064x", new BigInteger(1, md.digest())));
        d.put("tolerance", "exact");
      }
    }
    return out;
  }

  /** Every tenth id (indices 0, 10, 20, ...): the candidate -> vacancies digest's queries, a tenth of the cost. */
  static List<String> everyTenth(List<String> ids) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 10) {
      out.add(ids.get(i));
    }
    return out;
  }

  private static Matcher matcher(MatchIndex index, MatchProfile profile) {
    // what `matcher eval --index` builds without --policy: national default rules, internal audience
    return Matcher.builder(index).profile(profile).rules(RuleSet.defaults()).audience(Audience.INTERNAL).today(DATE).build();
  }

  private static MatchResult run(Matcher m, Direction direction, String query) {
    return direction == Direction.VACANCY_TO_CANDIDATES
        ? m.candidatesFor(query, Matcher.Mode.FAST) : m.vacanciesFor(query, Matcher.Mode.FAST);
  }

  private static Path sampleData() {
    for (Path p : new Path[] {Path.of("sample-data"), Path.of("../sample-data")}) {
      if (Files.isRegularFile(p.resolve("judgments.jsonl"))) {
        return p;
      }
    }
    throw new IllegalStateException("sample-data/ not found from " + Path.of("").toAbsolutePath());
  }
}
