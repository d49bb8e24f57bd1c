package nl.werkmatch.taxonomy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.Certificate;
import nl.werkmatch.model.EducationLevel;
import nl.werkmatch.model.Sector;

/**
 * Reads the taxonomy JSON format:
 *
 * <pre>{@code
 * { "name": "...", "version": "...", "language": "nl",
 *   "groups":      [ {"id", "label", "broader"?} ],
 *   "skills":      [ {"id", "label", "synonyms"?, "broader"?, "related"?, "uri"?, "preconditions"?} ],
 *   "occupations": [ {"id", "label", "synonyms"?, "sector", "minEducation"?, "essentialSkills",
 *                     "optionalSkills"?, "certificates"?, "uri"?, "typicalDemands"?} ],
 *   "certificates": [ {"id", "preconditions"?} ] }
 * }</pre>
 *
 * {@code preconditions} are strings in the form of {@link Preconditions}; {@code typicalDemands}
 * is a job-demands object as in a vacancy ({@code customerContact}, {@code physicalLoad}, ...).
 *
 * Unknown top-level fields are ignored; unknown fields inside an entry are an error (they are
 * almost always typos that would silently drop data).
 */
final class TaxonomyJson {
  private static final Set<String> GROUP_FIELDS = Set.of("id", "label", "broader");
  private static final Set<String> SKILL_FIELDS = Set.of("id", "label", "synonyms", "broader", "related", "uri",
      "preconditions");
  private static final Set<String> OCCUPATION_FIELDS = Set.of("id", "label", "synonyms", "sector", "minEducation",
      "essentialSkills", "optionalSkills", "certificates", "uri", "typicalDemands");
  private static final Set<String> CERTIFICATE_FIELDS = Set.of("id", "preconditions");

  private TaxonomyJson() {}

  static Taxonomy read(InputStream in, String source) {
    ObjectMapper mapper = Json.mapper();
    TaxonomyBuilder builder = new TaxonomyBuilder(source);
    // one entry at a time from a stream that continues: trailing tokens are expected here
    com.fasterxml.jackson.databind.ObjectReader entryReader =
        mapper.reader().without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw at(source, p.currentTokenLocation(), null, null, "expected a JSON object at the top level");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        switch (name) {
          case "groups", "skills", "occupations", "certificates" -> {
            if (t != JsonToken.START_ARRAY) {
              throw at(source, p.currentTokenLocation(), null, name, "must be an array");
            }
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
              JsonLocation loc = p.currentTokenLocation();
              TaxonomyBuilder.Origin origin = new TaxonomyBuilder.Origin(source, loc.getLineNr(), loc.getColumnNr());
              JsonNode node = entryReader.readTree(p);
              String label = name + "[" + index + "]";
              switch (name) {
                case "groups" -> builder.add(group(node, origin, label), origin);
                case "skills" -> builder.add(skill(node, origin, label), origin);
                case "certificates" -> builder.add(certificate(node, origin, label), origin);
                default -> builder.add(occupation(node, origin, label), origin);
              }
              index++;
            }
          }
          default -> p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw at(source, p.currentTokenLocation(), null, null, "malformed top-level object");
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new TaxonomyException(source, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
          null, null, "invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new TaxonomyException(source, 0, 0, null, null, "cannot read: " + e.getMessage());
    }
    return builder.build();
  }

  private static SkillGroup group(JsonNode n, TaxonomyBuilder.Origin o, String label) {
    String id = entryId(n, o, label);
    checkFields(n, GROUP_FIELDS, o, id);
    return construct(o, id, () -> new SkillGroup(id, text(n, "label", true, o, id), text(n, "broader", false, o, id)));
  }

  private static Skill skill(JsonNode n, TaxonomyBuilder.Origin o, String label) {
    String id = entryId(n, o, label);
    checkFields(n, SKILL_FIELDS, o, id);
    checkPreconditions(n, o, id);
    return construct(o, id, () -> new Skill(id, text(n, "label", true, o, id), strings(n, "synonyms", o, id),
        text(n, "broader", false, o, id), strings(n, "related", o, id), text(n, "uri", false, o, id),
        strings(n, "preconditions", o, id)));
  }

  private static CertificateEntry certificate(JsonNode n, TaxonomyBuilder.Origin o, String label) {
    String id = entryId(n, o, label);
    checkFields(n, CERTIFICATE_FIELDS, o, id);
    Certificate certificate = enumValue(Certificate.class, id, o, id, "id");
    List<String> preconditions = checkPreconditions(n, o, id);
    return construct(o, id, () -> new CertificateEntry(certificate, preconditions));
  }

  /** The entry's preconditions, each checked; an error names the entry and {@code preconditions[i]}. */
  private static List<String> checkPreconditions(JsonNode n, TaxonomyBuilder.Origin o, String id) {
    List<String> preconditions = strings(n, "preconditions", o, id);
    for (int i = 0; i < preconditions.size(); i++) {
      String p = preconditions.get(i);
      construct(o, id, "preconditions[" + i + "]", () -> {
        Preconditions.check(p);
        return p;
      });
    }
    return preconditions;
  }

  private static nl.werkmatch.model.JobDemands demands(JsonNode n, TaxonomyBuilder.Origin o, String id) {
    JsonNode v = n.get("typicalDemands");
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isObject()) {
      throw err(o, id, "typicalDemands", "must be an object");
    }
    try {
      return Json.mapper().readerFor(nl.werkmatch.model.JobDemands.class)
          .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(v);
    } catch (IOException | IllegalArgumentException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\n")[0];
      if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && m.getCause() != null
          && m.getCause().getMessage() != null) {
        message = m.getCause().getMessage().split("\n")[0];
      }
      throw err(o, id, "typicalDemands", message);
    }
  }

  private static Occupation occupation(JsonNode n, TaxonomyBuilder.Origin o, String label) {
    String id = entryId(n, o, label);
    checkFields(n, OCCUPATION_FIELDS, o, id);
    String sector = text(n, "sector", true, o, id);
    String edu = text(n, "minEducation", false, o, id);
    List<String> certNames = strings(n, "certificates", o, id);
    List<Certificate> certs = new ArrayList<>();
    for (int i = 0; i < certNames.size(); i++) {
      certs.add(enumValue(Certificate.class, certNames.get(i), o, id, "certificates[" + i + "]"));
    }
    List<String> essential = strings(n, "essentialSkills", o, id);
    if (essential.isEmpty()) {
      throw err(o, id, "essentialSkills", "an occupation needs at least one essential skill");
    }
    return construct(o, id, () -> new Occupation(id, text(n, "label", true, o, id), strings(n, "synonyms", o, id),
        enumValue(Sector.class, sector, o, id, "sector"),
        edu == null ? null : enumValue(EducationLevel.class, edu, o, id, "minEducation"),
        essential, strings(n, "optionalSkills", o, id), certs, text(n, "uri", false, o, id), demands(n, o, id)));
  }

  private interface Maker<T> {
    T make();
  }

  private static <T> T construct(TaxonomyBuilder.Origin o, String id, Maker<T> maker) {
    return construct(o, id, null, maker);
  }

  private static <T> T construct(TaxonomyBuilder.Origin o, String id, String field, Maker<T> maker) {
    try {
      return maker.make();
    } catch (TaxonomyException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw err(o, id, field, e.getMessage());
    }
  }

  private static String entryId(JsonNode n, TaxonomyBuilder.Origin o, String label) {
    if (!n.isObject()) {
      throw err(o, label, null, "must be a JSON object");
    }
    JsonNode id = n.get("id");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      throw err(o, label, "id", "is required and must be a non-empty string");
    }
    return id.asText();
  }

  private static void checkFields(JsonNode n, Set<String> allowed, TaxonomyBuilder.Origin o, String id) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw err(o, id, f, "unknown field; expected one of " + new java.util.TreeSet<>(allowed));
      }
    }
  }

  private static String text(JsonNode n, String field, boolean required, TaxonomyBuilder.Origin o, String id) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw err(o, id, field, "is required");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw err(o, id, field, "must be a string");
    }
    if (required && v.asText().isBlank()) {
      throw err(o, id, field, "must not be blank");
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode n, String field, TaxonomyBuilder.Origin o, String id) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw err(o, id, field, "must be an array of strings");
    }
    List<String> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isTextual() || e.asText().isBlank()) {
        throw err(o, id, field + "[" + i + "]", "must be a non-empty string");
      }
      out.add(e.asText());
    }
    return out;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String name, TaxonomyBuilder.Origin o, String id, String field) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw err(o, id, field, "unknown " + type.getSimpleName() + " '" + name + "'");
    }
  }

  private static TaxonomyException err(TaxonomyBuilder.Origin o, String id, String field, String reason) {
    return new TaxonomyException(o.source(), o.line(), o.column(), id, field, reason);
  }

  private static TaxonomyException at(String source, JsonLocation loc, String id, String field, String reason) {
    return new TaxonomyException(source, loc.getLineNr(), loc.getColumnNr(), id, field, reason);
  }
}
