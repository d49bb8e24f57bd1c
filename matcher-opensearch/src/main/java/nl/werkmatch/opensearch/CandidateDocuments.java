package nl.werkmatch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.werkmatch.geo.GeoPoint;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.geo.Municipality;
import nl.werkmatch.geo.Netherlands;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Location;

/**
 * How a werkmatch candidate is stored in an OpenSearch index: the document's {@code _source} is
 * {@code {"region": <labour-market region>, "record": <the candidate's werkmatch JSON>}}, indexed
 * with {@link #MAPPING} (only {@code region} and {@code id} are indexed; the record is kept as
 * source, read back by the rescorer), and routed by its region ({@link #routing}) so that a
 * region's records sit on one shard.
 *
 * <p>The region is the labour-market region of the candidate's home municipality
 * ({@link Netherlands}), else of the municipality nearest to the home's coordinates.
 */
public final class CandidateDocuments {
  private CandidateDocuments() {}

  /** The field holding the routing region (keyword). */
  public static final String REGION = "region";
  /** The field holding the candidate's werkmatch record (not indexed). */
  public static final String RECORD = "record";

  /**
   * The index mapping: {@code region} and {@code record.id} as keywords, nothing else indexed
   * ({@code dynamic: false}, so the record's own fields never become OpenSearch fields).
   */
  public static final String MAPPING = "{\"dynamic\":false,\"properties\":{\"" + REGION + "\":{\"type\":\"keyword\"},"
      + "\"" + RECORD + "\":{\"type\":\"object\",\"enabled\":false}}}";

  /**
   * The labour-market region a candidate is routed to.
   *
   * @param candidate the candidate
   * @return the region's name
   * @throws IllegalArgumentException when the candidate has neither a known municipality nor a
   *     home that resolves to coordinates
   */
  public static String routing(Candidate candidate) {
    Netherlands nl = Netherlands.builtIn();
    Location home = candidate.home();
    String municipality = candidate.municipality() != null ? candidate.municipality()
        : home == null ? null : home.municipality();
    var m = nl.municipality(municipality);
    if (m.isPresent()) {
      return m.get().region();
    }
    GeoPoint p = Gazetteer.national().resolve(home)
        .orElseThrow(() -> new IllegalArgumentException("candidate " + candidate.id()
            + ": field 'home' gives no location and 'municipality' is not a Dutch municipality, so it has no region"));
    Municipality nearest = nl.nearest(p);
    return nearest.region();
  }

  /**
   * The document source for a candidate.
   *
   * @param candidate the candidate
   * @return the JSON source
   */
  public static String source(Candidate candidate) {
    ObjectNode doc = Json.mapper().createObjectNode();
    doc.put(REGION, routing(candidate));
    doc.set(RECORD, Json.mapper().valueToTree(candidate));
    try {
      return Json.mapper().writeValueAsString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The candidate in a document source written by {@link #source}.
   *
   * @param source the JSON source bytes
   * @param offset where they start
   * @param length how many
   * @return the candidate
   * @throws IllegalArgumentException when the source holds no werkmatch record
   */
  public static Candidate candidate(byte[] source, int offset, int length) {
    try {
      JsonNode doc = Json.mapper().readTree(source, offset, length);
      JsonNode record = doc.get(RECORD);
      if (record == null) {
        throw new IllegalArgumentException("document has no '" + RECORD + "' field: not a werkmatch candidate document");
      }
      return Json.mapper().treeToValue(record, Candidate.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the werkmatch record of a document: " + e.getMessage(), e);
    }
  }
}
