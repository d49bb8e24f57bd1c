package nl.werkmatch.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.werkmatch.io.Json;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.opensearch.common.xcontent.XContentFactory;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.query.QueryRewriteContext;
import org.opensearch.index.query.QueryShardContext;
import org.opensearch.search.rescore.RescoreContext;
import org.opensearch.search.rescore.Rescorer;
import org.opensearch.search.rescore.RescorerBuilder;

/**
 * The {@code werkmatch} rescorer: scores every candidate document of the window exactly with
 * werkmatch's scorer and rules for one vacancy and keeps the shard's shortlist (the profile's top
 * k eligible, ranked by score desc, id asc; the document score is the werkmatch score). Because a
 * werkmatch score depends on the pair only (no collection statistics), the shards' shortlists
 * merged by score are the shortlist of all documents: {@link Shortlists} does that merge exactly.
 *
 * <p>Request body: {@code "rescore": {"window_size": N, "werkmatch": {"vacancy": {...werkmatch
 * vacancy JSON...}, "today": "2026-11-22"}}}; {@code today} (the rules' reference date) defaults to
 * the node's date.
 */
public final class WerkmatchRescorerBuilder extends RescorerBuilder<WerkmatchRescorerBuilder> {
  /** The rescorer's name in a search request. */
  public static final String NAME = "werkmatch";

  private final String vacancyJson;
  private final LocalDate today;

  /**
   * A rescorer for {@code vacancy}, rules evaluated on {@code today}.
   *
   * @param vacancy the vacancy
   * @param today the reference date, or {@code null} for the node's date
   */
  public WerkmatchRescorerBuilder(Vacancy vacancy, LocalDate today) {
    this(json(vacancy), today);
  }

  private WerkmatchRescorerBuilder(String vacancyJson, LocalDate today) {
    this.vacancyJson = Objects.requireNonNull(vacancyJson, "vacancy");
    this.today = today;
  }

  /** Reads one from the transport stream. */
  WerkmatchRescorerBuilder(StreamInput in) throws IOException {
    super(in);
    this.vacancyJson = in.readString();
    String t = in.readOptionalString();
    this.today = t == null ? null : LocalDate.parse(t);
  }

  @Override
  protected void doWriteTo(StreamOutput out) throws IOException {
    out.writeString(vacancyJson);
    out.writeOptionalString(today == null ? null : today.toString());
  }

  @Override
  public String getWriteableName() {
    return NAME;
  }

  @Override
  public RescorerBuilder<WerkmatchRescorerBuilder> rewrite(QueryRewriteContext ctx) {
    return this;
  }

  @Override
  protected void doXContent(XContentBuilder builder, Params params) throws IOException {
    builder.startObject(NAME);
    builder.rawField("vacancy", new java.io.ByteArrayInputStream(vacancyJson.getBytes(StandardCharsets.UTF_8)),
        XContentType.JSON);
    if (today != null) {
      builder.field("today", today.toString());
    }
    builder.endObject();
  }

  /**
   * Parses {@code {"vacancy": {...}, "today": "..."}}.
   *
   * @param parser positioned at the object's start
   * @return the builder
   * @throws IOException when the body cannot be read
   * @throws IllegalArgumentException naming the field when the vacancy is missing or invalid
   */
  public static WerkmatchRescorerBuilder fromXContent(XContentParser parser) throws IOException {
    String vacancy = null;
    LocalDate today = null;
    String field = null;
    XContentParser.Token token;
    while ((token = parser.nextToken()) != XContentParser.Token.END_OBJECT) {
      if (token == XContentParser.Token.FIELD_NAME) {
        field = parser.currentName();
      } else if ("vacancy".equals(field) && token == XContentParser.Token.START_OBJECT) {
        try (XContentBuilder b = XContentFactory.jsonBuilder()) {
          b.copyCurrentStructure(parser);
          vacancy = BytesReference.bytes(b).utf8ToString();
        }
      } else if ("today".equals(field) && token == XContentParser.Token.VALUE_STRING) {
        today = LocalDate.parse(parser.text());
      } else {
        throw new IllegalArgumentException("[werkmatch] rescorer: unknown field '" + field + "' (expected vacancy, today)");
      }
    }
    if (vacancy == null) {
      throw new IllegalArgumentException("[werkmatch] rescorer: field 'vacancy' (a werkmatch vacancy record) is required");
    }
    vacancy(vacancy); // validate early, naming the field
    return new WerkmatchRescorerBuilder(vacancy, today);
  }

  @Override
  protected RescoreContext innerBuildContext(int windowSize, QueryShardContext context) {
    return new Context(windowSize, vacancy(vacancyJson), today == null ? LocalDate.now() : today);
  }

  @Override
  public boolean equals(Object o) {
    if (!super.equals(o)) {
      return false;
    }
    WerkmatchRescorerBuilder other = (WerkmatchRescorerBuilder) o;
    return vacancyJson.equals(other.vacancyJson) && Objects.equals(today, other.today);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), vacancyJson, today);
  }

  private static String json(Vacancy v) {
    try {
      return Json.mapper().writeValueAsString(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Vacancy vacancy(String json) {
    try {
      return Json.mapper().readValue(json, Vacancy.class);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("[werkmatch] rescorer: field 'vacancy' is not a valid werkmatch vacancy: "
          + e.getMessage(), e);
    }
  }

  private static final class Context extends RescoreContext {
    final Vacancy vacancy;
    final LocalDate today;

    Context(int windowSize, Vacancy vacancy, LocalDate today) {
      super(windowSize, ExactRescorer.INSTANCE);
      this.vacancy = vacancy;
      this.today = today;
    }
  }

  /** Decodes the window's candidates from their source and ranks them with the werkmatch matcher. */
  private static final class ExactRescorer implements Rescorer {
    static final ExactRescorer INSTANCE = new ExactRescorer();

    @Override
    public TopDocs rescore(TopDocs topDocs, IndexSearcher searcher, RescoreContext rescoreContext) throws IOException {
      Context ctx = (Context) rescoreContext;
      int end = Math.min(topDocs.scoreDocs.length, ctx.getWindowSize());
      List<Candidate> pool = new ArrayList<>(end);
      Map<String, ScoreDoc> docOf = new HashMap<>();
      var stored = searcher.storedFields();
      for (int i = 0; i < end; i++) {
        ScoreDoc sd = topDocs.scoreDocs[i];
        Document d = stored.document(sd.doc, java.util.Set.of("_source"));
        BytesRef src = d.getBinaryValue("_source");
        Candidate c = CandidateDocuments.candidate(src.bytes, src.offset, src.length);
        pool.add(c);
        docOf.put(c.id(), sd);
      }
      MatchResult result = Matchers.forDate(ctx.today).candidatesAmong(ctx.vacancy, pool);
      List<ScoreDoc> out = new ArrayList<>();
      for (RankedMatch m : result.matches()) {
        ScoreDoc sd = docOf.get(m.score().candidateId());
        out.add(new ScoreDoc(sd.doc, (float) m.score().total(), sd.shardIndex));
      }
      if (out.isEmpty()) {
        // no one eligible here; the rescore phase needs a hit, which the merge's rules drop again
        ScoreDoc first = topDocs.scoreDocs[0];
        out.add(new ScoreDoc(first.doc, 0f, first.shardIndex));
      }
      return new TopDocs(new TotalHits(out.size(), TotalHits.Relation.EQUAL_TO), out.toArray(new ScoreDoc[0]));
    }

    @Override
    public Explanation explain(int topLevelDocId, IndexSearcher searcher, RescoreContext rescoreContext,
        Explanation sourceExplanation) {
      return Explanation.match(0f, "werkmatch exact score and rules; see the shortlist's explanations");
    }
  }
}
