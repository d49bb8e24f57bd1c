package nl.werkmatch.casebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.werkmatch.io.Json;
import nl.werkmatch.io.ReadListener;
import nl.werkmatch.io.RecordError;
import nl.werkmatch.io.RecordFormat;
import nl.werkmatch.io.RecordFormatException;
import nl.werkmatch.io.RecordReader;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Sector;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.VacancyKind;

/**
 * The casebook of {@code sample-data/casebook/}: one JSON file per case, a person written from the
 * policy texts, optional probe vacancies, and what a werkcoach expects of the engine's shortlist
 * for that person. This class reads and validates a case file strictly (an unknown key, a missing
 * source, an expectation without its fields, a probe id that is not {@code probe-*} are errors naming
 * the file and the JSON path); {@link CaseRunner} runs it. A case gives its person as a record
 * ({@code candidate}) or refers to a record of the sample data ({@code candidateRef}, the Almelo personas). The format is documented in
 * {@code docs/casebook.md}.
 */
final class Casebook {
  /** A seed citation: the seed file name and a line or line range. */
  static final Pattern SOURCE = Pattern.compile("00[0-4]_[0-9a-f]{16}\\.txt:\\d+(-\\d+)?");
  static final Pattern CASE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,80}");
  static final String PROBE_PREFIX = "probe-";

  private static final Set<String> CASE_KEYS = Set.of("id", "title", "sources", "story", "topics", "municipality",
      "date", "status", "pendingReason", "candidate", "candidateRef", "probes", "expectations");
  private static final Set<String> EXPECTATION_KEYS = Set.of("expect", "because", "source", "pending", "k", "select",
      "atLeast", "atMost", "vacancy", "rank", "rule", "text", "pointer", "equals", "contains");
  private static final Set<String> SELECT_KEYS = Set.of("ids", "kinds", "sectors", "occupations", "countries",
      "municipalities", "paid", "probe");

  private Casebook() {}

  /** Where the casebook lives, from the module or the repository root. */
  static Path dir() {
    for (Path p : new Path[] {Path.of("sample-data/casebook"), Path.of("../sample-data/casebook")}) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    throw new IllegalStateException("sample-data/casebook/ not found from " + Path.of("").toAbsolutePath());
  }

  /** Every case file, in file-name order. */
  static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every case, read and validated. */
  static List<Case> all() {
    return files(dir()).stream().map(Casebook::read).toList();
  }

  /** Reads and validates one case file. */
  static Case read(Path file) {
    String name = file.getFileName().toString();
    JsonNode root;
    try {
      root = Json.mapper().readTree(Files.readAllBytes(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new CaseFormatException(name + ": invalid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(name, root);
  }

  /** Validates a case given as a tree ({@code file} names it in errors). */
  static Case parse(String file, JsonNode root) {
    Ctx c = new Ctx(file);
    if (root == null || !root.isObject()) {
      throw c.error("$", "a case is a JSON object");
    }
    c.keys(root, "$", CASE_KEYS);
    String id = c.text(root, "$", "id", true);
    if (!CASE_ID.matcher(id).matches()) {
      throw c.error("$.id", "must be lower-case letters, digits and '-', got '" + id + "'");
    }
    if (!file.equals(id + ".json")) {
      throw c.error("$.id", "must equal the file name without .json, got '" + id + "'");
    }
    String title = c.text(root, "$", "title", true);
    String story = c.text(root, "$", "story", true);
    List<String> sources = c.textList(root, "$", "sources", true);
    if (sources.isEmpty()) {
      throw c.error("$.sources", "cite at least one seed line");
    }
    for (int i = 0; i < sources.size(); i++) {
      if (!SOURCE.matcher(sources.get(i)).matches()) {
        throw c.error("$.sources[" + i + "]", "must be SEEDFILE.txt:LINE or :FROM-TO, got '" + sources.get(i) + "'");
      }
    }
    List<String> topics = c.textList(root, "$", "topics", false);
    String municipality = c.text(root, "$", "municipality", false);
    LocalDate date = null;
    String dateText = c.text(root, "$", "date", false);
    if (dateText != null) {
      try {
        date = LocalDate.parse(dateText);
      } catch (DateTimeParseException e) {
        throw c.error("$.date", "must be yyyy-MM-dd, got '" + dateText + "'");
      }
    }
    String status = c.text(root, "$", "status", true);
    if (!status.equals("holds") && !status.equals("pending")) {
      throw c.error("$.status", "must be 'holds' or 'pending', got '" + status + "'");
    }
    String pendingReason = c.text(root, "$", "pendingReason", false);
    if (status.equals("pending") != (pendingReason != null)) {
      throw c.error("$.pendingReason", "is required with status 'pending' and only then");
    }
    JsonNode cand = root.get("candidate");
    String ref = c.text(root, "$", "candidateRef", false);
    if ((cand == null) == (ref == null)) {
      throw c.error("$.candidate", "give exactly one of 'candidate' (a candidate record, docs/data-format.md) or"
          + " 'candidateRef' (the id of a record in sample-data/candidates.jsonl)");
    }
    List<String> unknownFields = new ArrayList<>();
    Candidate candidate;
    if (ref != null) {
      candidate = CaseRunner.sampleCandidate(ref)
          .orElseThrow(() -> c.error("$.candidateRef", "no candidate '" + ref + "' in sample-data/candidates.jsonl"));
    } else {
      candidate = record(c, "$.candidate", cand, Candidate.class, unknownFields);
    }
    List<Vacancy> probes = new ArrayList<>();
    List<JsonNode> probeNodes = new ArrayList<>();
    JsonNode probesNode = root.get("probes");
    if (probesNode != null) {
      if (!probesNode.isArray()) {
        throw c.error("$.probes", "must be a list of vacancy records");
      }
      for (int i = 0; i < probesNode.size(); i++) {
        String path = "$.probes[" + i + "]";
        Vacancy v = record(c, path, probesNode.get(i), Vacancy.class, unknownFields);
        if (!v.id().startsWith(PROBE_PREFIX)) {
          throw c.error(path + ".id", "a probe's id starts with '" + PROBE_PREFIX + "', got '" + v.id() + "'");
        }
        if (probes.stream().anyMatch(p -> p.id().equals(v.id()))) {
          throw c.error(path + ".id", "duplicate probe id '" + v.id() + "'");
        }
        probes.add(v);
        probeNodes.add(probesNode.get(i));
      }
    }
    JsonNode exps = root.get("expectations");
    if (exps == null || !exps.isArray() || exps.isEmpty()) {
      throw c.error("$.expectations", "is required: a non-empty list");
    }
    List<Expectation> expectations = new ArrayList<>();
    for (int i = 0; i < exps.size(); i++) {
      expectations.add(expectation(c, "$.expectations[" + i + "]", exps.get(i), probes));
    }
    boolean anyPending = expectations.stream().anyMatch(e -> e.pending() != null);
    if (status.equals("holds") && anyPending) {
      throw c.error("$.status", "is 'holds' but an expectation is marked pending: mark the case 'pending' with a reason");
    }
    return new Case(file, id, title, story, sources, topics, municipality, date, status.equals("pending"), pendingReason,
        candidate, ref != null, probes, expectations, List.copyOf(unknownFields), (ObjectNode) root);
  }

  private static <T> T record(Ctx c, String path, JsonNode node, Class<T> type, List<String> unknownFields) {
    if (node == null || !node.isObject()) {
      throw c.error(path, "must be a JSON object (a record)");
    }
    List<T> out = new ArrayList<>();
    byte[] bytes;
    try {
      bytes = Json.mapper().writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ReadListener listener = new ReadListener() {
      @Override
      public void onWarning(RecordError w) {
        // a field the engine does not know (yet): allowed only in a pending case, see CaseRunner
        unknownFields.add(path + w.jsonPath().substring(1) + " (" + w.reason() + ")");
      }
    };
    try {
      RecordReader.of(type).format(RecordFormat.JSON).listener(listener)
          .read(new ByteArrayInputStream(bytes), c.file, out::add);
    } catch (RecordFormatException e) {
      RecordError err = e.error();
      throw c.error(path + err.jsonPath().substring(1), err.reason());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.size() != 1) {
      throw c.error(path, "must be exactly one record");
    }
    return out.get(0);
  }

  private static Expectation expectation(Ctx c, String path, JsonNode n, List<Vacancy> probes) {
    if (n == null || !n.isObject()) {
      throw c.error(path, "an expectation is a JSON object");
    }
    c.keys(n, path, EXPECTATION_KEYS);
    String type = c.text(n, path, "expect", true);
    Kind kind;
    try {
      kind = Kind.of(type);
    } catch (IllegalArgumentException e) {
      throw c.error(path + ".expect", e.getMessage());
    }
    String because = c.text(n, path, "because", true);
    String source = c.text(n, path, "source", false);
    if (source != null && !SOURCE.matcher(source).matches()) {
      throw c.error(path + ".source", "must be SEEDFILE.txt:LINE or :FROM-TO, got '" + source + "'");
    }
    String pending = c.text(n, path, "pending", false);
    Set<String> allowed = kind.fields;
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!Set.of("expect", "because", "source", "pending").contains(f) && !allowed.contains(f)) {
        throw c.error(path + "." + f, "not a field of expectation '" + type + "' (fields: " + allowed + ")");
      }
    }
    Integer k = c.integer(n, path, "k", kind.fields.contains("k") && kind.requiresK);
    if (k != null && (k < 1 || k > 100)) {
      throw c.error(path + ".k", "must be 1..100, got " + k);
    }
    Double atLeast = c.number(n, path, "atLeast");
    Double atMost = c.number(n, path, "atMost");
    if (kind != Kind.FACT && kind != Kind.NOT_FACT) {
      for (String f : List.of("atLeast", "atMost")) {
        Double d = f.equals("atLeast") ? atLeast : atMost;
        if (d != null && (d != Math.rint(d) || d < 0)) {
          throw c.error(path + "." + f, "must be a whole number, 0 or more, got " + n.get(f));
        }
      }
    }
    Selector select = null;
    if (allowed.contains("select")) {
      select = selector(c, path + ".select", n.get("select"));
    }
    String vacancy = c.text(n, path, "vacancy", false);
    Integer rank = c.integer(n, path, "rank", false);
    if (kind.pair) {
      if ((vacancy == null) == (rank == null)) {
        throw c.error(path, "names the pair by exactly one of 'vacancy' (an id) or 'rank' (a shortlist place)");
      }
      if (rank != null && rank < 1) {
        throw c.error(path + ".rank", "must be 1 or more, got " + rank);
      }
    }
    if (kind == Kind.FINDABLE || kind == Kind.NOT_FINDABLE) {
      if (vacancy == null) {
        throw c.error(path + ".vacancy", "is required: the vacancy whose candidate shortlist must (not) hold the person");
      }
    }
    if (vacancy != null && vacancy.startsWith(PROBE_PREFIX) && probes.stream().noneMatch(p -> p.id().equals(vacancy))) {
      throw c.error(path + ".vacancy", "no probe with id '" + vacancy + "' in this case");
    }
    String rule = c.text(n, path, "rule", kind.requiresRule);
    List<String> text = allowed.contains("text") ? c.textList(n, path, "text", true) : List.of();
    if (allowed.contains("text") && text.isEmpty()) {
      throw c.error(path + ".text", "name at least one phrase");
    }
    String pointer = c.text(n, path, "pointer", kind == Kind.FACT || kind == Kind.NOT_FACT);
    JsonNode equals = n.get("equals");
    String contains = c.text(n, path, "contains", false);
    switch (kind) {
      case SHORTLIST_SIZE -> {
        if (atLeast == null && atMost == null) {
          throw c.error(path, "shortlistSize needs 'atLeast' or 'atMost'");
        }
      }
      case FACT, NOT_FACT -> {
        int given = (equals != null ? 1 : 0) + (atLeast != null ? 1 : 0) + (atMost != null ? 1 : 0)
            + (contains != null ? 1 : 0);
        if (given != 1) {
          throw c.error(path, "a fact has exactly one of 'equals', 'atLeast', 'atMost', 'contains'");
        }
        if (!pointer.startsWith("/")) {
          throw c.error(path + ".pointer", "a JSON Pointer into the explanation JSON, starting with '/', got '" + pointer + "'");
        }
      }
      case IN_TOP -> {
        if (atLeast != null && atLeast < 1) {
          throw c.error(path + ".atLeast", "must be 1 or more");
        }
      }
      default -> { }
    }
    return new Expectation(kind, because, source, pending, k, select, atLeast, atMost, vacancy, rank, rule, text,
        pointer, equals, contains, path);
  }

  private static Selector selector(Ctx c, String path, JsonNode n) {
    if (n == null || !n.isObject() || n.isEmpty()) {
      throw c.error(path, "is required: an object with at least one of " + SELECT_KEYS);
    }
    c.keys(n, path, SELECT_KEYS);
    List<VacancyKind> kinds = c.enumList(n, path, "kinds", VacancyKind.class);
    List<Sector> sectors = c.enumList(n, path, "sectors", Sector.class);
    JsonNode paid = n.get("paid");
    JsonNode probe = n.get("probe");
    if (paid != null && !paid.isBoolean() || probe != null && !probe.isBoolean()) {
      throw c.error(path, "'paid' and 'probe' are true or false");
    }
    return new Selector(c.textList(n, path, "ids", false), kinds, sectors, c.textList(n, path, "occupations", false),
        c.textList(n, path, "countries", false), c.textList(n, path, "municipalities", false),
        paid == null ? null : paid.booleanValue(), probe == null ? null : probe.booleanValue());
  }

  /** The kinds of expectation and their reverse (what the runner must report as broken). */
  enum Kind {
    IN_TOP("inTop", Set.of("k", "select", "atLeast"), true, false, false),
    NOT_IN_TOP("notInTop", Set.of("k", "select"), true, false, false),
    EXCLUDED_BY("excludedBy", Set.of("vacancy", "rank", "rule"), false, true, true),
    NOT_EXCLUDED_BY("notExcludedBy", Set.of("vacancy", "rank", "rule"), false, true, false),
    STATES("states", Set.of("vacancy", "rank", "text"), false, true, false),
    OMITS("omits", Set.of("vacancy", "rank", "text"), false, true, false),
    FACT("fact", Set.of("vacancy", "rank", "pointer", "equals", "atLeast", "atMost", "contains"), false, true, false),
    NOT_FACT("notFact", Set.of("vacancy", "rank", "pointer", "equals", "atLeast", "atMost", "contains"), false, true,
        false),
    FINDABLE("findable", Set.of("vacancy", "k"), true, false, false),
    NOT_FINDABLE("notFindable", Set.of("vacancy", "k"), true, false, false),
    FUNNEL_NAMES("funnelNames", Set.of("rule"), false, false, true),
    FUNNEL_OMITS("funnelOmits", Set.of("rule"), false, false, true),
    SHORTLIST_SIZE("shortlistSize", Set.of("atLeast", "atMost"), false, false, false);

    final String json;
    final Set<String> fields;
    final boolean requiresK;
    final boolean pair;
    final boolean requiresRule;

    Kind(String json, Set<String> fields, boolean requiresK, boolean pair, boolean requiresRule) {
      this.json = json;
      this.fields = fields;
      this.requiresK = requiresK;
      this.pair = pair;
      this.requiresRule = requiresRule;
    }

    static Kind of(String json) {
      for (Kind k : values()) {
        if (k.json.equals(json)) {
          return k;
        }
      }
      List<String> names = Stream.of(values()).map(k -> k.json).toList();
      throw new IllegalArgumentException("unknown expectation '" + json + "'; one of " + names);
    }

    /** The expectation that says the opposite. */
    Kind reverse() {
      return switch (this) {
        case IN_TOP -> NOT_IN_TOP;
        case NOT_IN_TOP -> IN_TOP;
        case EXCLUDED_BY -> NOT_EXCLUDED_BY;
        case NOT_EXCLUDED_BY -> EXCLUDED_BY;
        case STATES -> OMITS;
        case OMITS -> STATES;
        case FACT -> NOT_FACT;
        case NOT_FACT -> FACT;
        case FINDABLE -> NOT_FINDABLE;
        case NOT_FINDABLE -> FINDABLE;
        case FUNNEL_NAMES -> FUNNEL_OMITS;
        case FUNNEL_OMITS -> FUNNEL_NAMES;
        case SHORTLIST_SIZE -> SHORTLIST_SIZE;
      };
    }
  }

  /** Which vacancies an expectation is about: every given field must hold (a list holds when one entry does). */
  record Selector(List<String> ids, List<VacancyKind> kinds, List<Sector> sectors, List<String> occupations,
      List<String> countries, List<String> municipalities, Boolean paid, Boolean probe) {
    boolean test(Vacancy v) {
      return (ids.isEmpty() || ids.contains(v.id()))
          && (kinds.isEmpty() || kinds.contains(v.kind()))
          && (sectors.isEmpty() || sectors.contains(v.sector()))
          && (occupations.isEmpty() || occupations.contains(v.occupationId()))
          && (countries.isEmpty() || v.location() != null && countries.contains(v.location().country()))
          && (municipalities.isEmpty() || v.location() != null && municipalities.contains(v.location().municipality()))
          && (paid == null || v.kind() != null && v.kind().isPaid() == paid)
          && (probe == null || v.id().startsWith(PROBE_PREFIX) == probe);
    }

    String describe() {
      List<String> parts = new ArrayList<>();
      String[] names = {"ids", "kinds", "sectors", "occupations", "countries", "municipalities"};
      List<?>[] lists = {ids, kinds, sectors, occupations, countries, municipalities};
      for (int i = 0; i < names.length; i++) {
        if (!lists[i].isEmpty()) {
          parts.add(names[i] + " " + lists[i]);
        }
      }
      if (paid != null) {
        parts.add(paid ? "paid" : "unpaid");
      }
      if (probe != null) {
        parts.add(probe ? "a probe" : "not a probe");
      }
      return String.join(", ", parts);
    }
  }

  /** One expectation; {@code path} is where it sits in the case file. */
  record Expectation(Kind kind, String because, String source, String pending, Integer k, Selector select,
      Double atLeast, Double atMost, String vacancy, Integer rank, String rule, List<String> text, String pointer,
      JsonNode equals, String contains, String path) {
    /** The same expectation saying the opposite (for proving the runner can fail). */
    Expectation reversed() {
      Double least = atLeast;
      Double most = atMost;
      if (kind == Kind.SHORTLIST_SIZE) {
        // at least n <-> at most n-1
        least = atMost == null ? null : atMost + 1;
        most = atLeast == null ? null : atLeast - 1;
        if (least != null && most != null) {
          most = null;
        }
      } else if (kind == Kind.IN_TOP) {
        least = null;
      }
      return new Expectation(kind.reverse(), "reversed: " + because, source, null, k, select, least, most, vacancy,
          rank, rule, text, pointer, equals, contains, path + " (reversed)");
    }

    /** One line for people: what is expected. */
    String describe() {
      String pair = vacancy != null ? vacancy : rank != null ? "shortlist place " + rank : null;
      return switch (kind) {
        case IN_TOP -> "at least " + (atLeast == null ? 1 : num(atLeast)) + " of the top " + k + ": " + select.describe();
        case NOT_IN_TOP -> "none of the top " + k + ": " + select.describe();
        case EXCLUDED_BY -> pair + " excluded by rule " + rule;
        case NOT_EXCLUDED_BY -> pair + (rule == null ? " eligible (no rule excludes it)" : " not excluded by rule " + rule);
        case STATES -> "the explanation of " + pair + " states " + text;
        case OMITS -> "the explanation of " + pair + " states none of " + text;
        case FACT -> "the explanation of " + pair + " has " + pointer + " " + factDescription();
        case NOT_FACT -> "the explanation of " + pair + " does not have " + pointer + " " + factDescription();
        case FINDABLE -> "the person is in the top " + k + " candidates for " + vacancy;
        case NOT_FINDABLE -> "the person is not in the top " + k + " candidates for " + vacancy;
        case FUNNEL_NAMES -> "the shortlist's exclusion funnel names rule " + rule;
        case FUNNEL_OMITS -> "the shortlist's exclusion funnel does not name rule " + rule;
        case SHORTLIST_SIZE -> "the shortlist holds " + (atLeast != null ? "at least " + num(atLeast) : "")
            + (atLeast != null && atMost != null ? " and " : "") + (atMost != null ? "at most " + num(atMost) : "");
      };
    }

    private static String num(double d) {
      return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private String factDescription() {
      if (equals != null) {
        return "= " + equals;
      }
      if (atLeast != null) {
        return ">= " + num(atLeast);
      }
      if (atMost != null) {
        return "<= " + num(atMost);
      }
      return "containing '" + contains + "'";
    }
  }

  /** A validated case. */
  record Case(String file, String id, String title, String story, List<String> sources, List<String> topics,
      String municipality, LocalDate date, boolean pending, String pendingReason, Candidate candidate,
      boolean sampleCandidate, List<Vacancy> probes, List<Expectation> expectations, List<String> unknownFields,
      ObjectNode json) {
    /** A copy with one expectation replaced (for proving the runner can fail). */
    Case withExpectation(int index, Expectation e) {
      List<Expectation> list = new ArrayList<>(expectations);
      list.set(index, e);
      return new Case(file, id, title, story, sources, topics, municipality, date, pending, pendingReason, candidate,
          sampleCandidate, probes, list, unknownFields, json);
    }
  }

  /** A case file that is not valid; the message names the file and the JSON path. */
  static final class CaseFormatException extends RuntimeException {
    CaseFormatException(String message) {
      super(message);
    }
  }

  /** Validation helpers that name the file. */
  private record Ctx(String file) {
    CaseFormatException error(String path, String reason) {
      return new CaseFormatException(file + ": " + path + ": " + reason);
    }

    void keys(JsonNode n, String path, Set<String> allowed) {
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!allowed.contains(f)) {
          throw error(path + "." + f, "unknown key (allowed: " + new java.util.TreeSet<>(allowed) + ")");
        }
      }
    }

    /** The field's value, or null when absent (an error when required). */
    private JsonNode value(JsonNode n, String path, String field, boolean required) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          throw error(path + "." + field, "is required");
        }
        return null;
      }
      return v;
    }

    String text(JsonNode n, String path, String field, boolean required) {
      JsonNode v = value(n, path, field, required);
      if (v != null && (!v.isTextual() || v.asText().isBlank())) {
        throw error(path + "." + field, "must be a non-empty string");
      }
      return v == null ? null : v.asText();
    }

    Double number(JsonNode n, String path, String field) {
      JsonNode v = value(n, path, field, false);
      if (v != null && !v.isNumber()) {
        throw error(path + "." + field, "must be a number");
      }
      return v == null ? null : v.doubleValue();
    }

    Integer integer(JsonNode n, String path, String field, boolean required) {
      JsonNode v = value(n, path, field, required);
      if (v != null && !v.isInt()) {
        throw error(path + "." + field, "must be a whole number");
      }
      return v == null ? null : v.intValue();
    }

    <E extends Enum<E>> List<E> enumList(JsonNode n, String path, String field, Class<E> type) {
      List<E> out = new ArrayList<>();
      for (String s : textList(n, path, field, false)) {
        try {
          out.add(Enum.valueOf(type, s));
        } catch (IllegalArgumentException e) {
          throw error(path + "." + field, "not a " + type.getSimpleName() + ": '" + s + "'");
        }
      }
      return List.copyOf(out);
    }

    List<String> textList(JsonNode n, String path, String field, boolean required) {
      JsonNode v = value(n, path, field, required);
      if (v == null) {
        return List.of();
      }
      if (!v.isArray()) {
        throw error(path + "." + field, "must be a list of strings");
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
          throw error(path + "." + field + "[" + i + "]", "must be a non-empty string");
        }
        out.add(v.get(i).asText());
      }
      return List.copyOf(out);
    }
  }
}
