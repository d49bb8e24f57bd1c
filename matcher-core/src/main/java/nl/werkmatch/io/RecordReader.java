package nl.werkmatch.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.CharacterCodingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.werkmatch.model.ValidationException;

/**
 * Streams records of one type from JSON Lines or JSON, one record at a time, so a file of any size
 * is read in the memory of one record (plus the set of ids seen, for the duplicate check).
 *
 * <p>The configuration is immutable: every setter returns a new reader, and one reader may be used
 * by several threads at once.
 *
 * <pre>{@code
 * ReadSummary s = RecordReader.of(Candidate.class)
 *     .policy(ReadPolicy.SKIP_AND_REPORT)
 *     .rejects(Path.of("candidates.rejects.jsonl"))
 *     .read(Path.of("candidates.jsonl"), index::add);
 * }</pre>
 *
 * <p>Each record is read into a JSON tree first, its id taken from the tree, then bound to the
 * record class with {@link Json#mapper()}; so a record that fails to bind is still reported with
 * its id. Every problem is a {@link RecordError} naming file, line, record id, JSON path and reason.
 * A record whose id was already accepted earlier in the same input is rejected (the first is kept).
 * Unknown fields are ignored with a warning, or rejected in {@linkplain #strict(boolean) strict} mode.
 *
 * @param <T> the record type, any class Jackson can bind
 */
public final class RecordReader<T> {
  private static final System.Logger LOG = System.getLogger(RecordReader.class.getName());
  private static final ObjectReader TREE_READER =
      Json.mapper().reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
  /** For one element of a streamed array: what follows the element is the parser's business. */
  private static final ObjectReader ELEMENT_READER =
      TREE_READER.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Class<T> type;
  private final Function<? super JsonNode, String> idExtractor;
  private final boolean requireId;
  private final ReadPolicy policy;
  private final boolean strict;
  private final Path rejects;
  private final ReadListener listener;
  private final RecordFormat format;

  private RecordReader(Class<T> type, Function<? super JsonNode, String> idExtractor, boolean requireId,
      ReadPolicy policy, boolean strict, Path rejects, ReadListener listener, RecordFormat format) {
    this.type = type;
    this.idExtractor = idExtractor;
    this.requireId = requireId;
    this.policy = policy;
    this.strict = strict;
    this.rejects = rejects;
    this.listener = listener;
    this.format = format;
  }

  /**
   * A reader of {@code type} whose records carry a required string {@code "id"} property. Defaults:
   * {@link ReadPolicy#FAIL_FAST}, lenient about unknown fields, no rejects file, format from the
   * file extension.
   *
   * @param type the record class
   * @param <T> the record type
   * @return a new reader
   */
  public static <T> RecordReader<T> of(Class<T> type) {
    return new RecordReader<>(Objects.requireNonNull(type, "type"), RecordReader::idProperty, true,
        ReadPolicy.FAIL_FAST, false, null, null, null);
  }

  /**
   * A reader of {@code type} that takes each record's id with {@code idExtractor} from the record's
   * JSON tree (for records keyed otherwise, e.g. a judgment by vacancy and candidate). A {@code null}
   * id is allowed; such records are reported without id and are not checked for duplicates.
   *
   * @param type the record class
   * @param idExtractor gives the id of a record's JSON object, or {@code null}
   * @param <T> the record type
   * @return a new reader
   */
  public static <T> RecordReader<T> of(Class<T> type, Function<? super JsonNode, String> idExtractor) {
    return new RecordReader<>(Objects.requireNonNull(type, "type"), Objects.requireNonNull(idExtractor,
        "idExtractor"), false, ReadPolicy.FAIL_FAST, false, null, null, null);
  }

  /**
   * What to do with a bad record.
   *
   * @param policy {@link ReadPolicy#FAIL_FAST} (the default) or {@link ReadPolicy#SKIP_AND_REPORT}
   * @return a reader with this policy
   */
  public RecordReader<T> policy(ReadPolicy policy) {
    return new RecordReader<>(type, idExtractor, requireId, Objects.requireNonNull(policy, "policy"), strict,
        rejects, listener, format);
  }

  /**
   * Whether an unknown field is an error ({@code true}) or ignored with a warning ({@code false}, the
   * default).
   *
   * @param strict whether unknown fields reject the record
   * @return a reader with this setting
   */
  public RecordReader<T> strict(boolean strict) {
    return new RecordReader<>(type, idExtractor, requireId, policy, strict, rejects, listener, format);
  }

  /**
   * Where to write rejected records, as JSON Lines of
   * {@code {"file","line","recordId","jsonPath","reason","raw"}} in input order. The file is
   * replaced at the start of every read, and is empty when nothing was rejected.
   *
   * @param rejectsFile the rejects file, or {@code null} for none (the default)
   * @return a reader with this rejects file
   */
  public RecordReader<T> rejects(Path rejectsFile) {
    return new RecordReader<>(type, idExtractor, requireId, policy, strict, rejectsFile, listener, format);
  }

  /**
   * Who hears of rejects and warnings as they happen. Without a listener and a rejects file, rejects
   * and warnings are logged at {@code WARNING} through {@link System.Logger}.
   *
   * @param listener the listener, or {@code null} for none
   * @return a reader with this listener
   */
  public RecordReader<T> listener(ReadListener listener) {
    return new RecordReader<>(type, idExtractor, requireId, policy, strict, rejects, listener, format);
  }

  /**
   * Overrides the format otherwise chosen by file extension.
   *
   * @param format the format, or {@code null} to go by extension (the default)
   * @return a reader with this format
   */
  public RecordReader<T> format(RecordFormat format) {
    return new RecordReader<>(type, idExtractor, requireId, policy, strict, rejects, listener, format);
  }

  /**
   * Reads every record of {@code file} into {@code sink}, in file order.
   *
   * @param file a {@code .jsonl}/{@code .ndjson} or {@code .json} file (or any name with
   *     {@link #format} set); it is named in errors as given
   * @param sink receives each accepted record
   * @return the counts
   * @throws RecordFormatException at the first bad record under {@link ReadPolicy#FAIL_FAST}, or when
   *     the input is broken beyond recovery
   * @throws IOException when the file or the rejects file cannot be read or written
   */
  public ReadSummary read(Path file, Consumer<? super T> sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), sink);
    }
  }

  /**
   * Reads every record of a UTF-8 stream into {@code sink}, in stream order. The stream is read to
   * its end but not closed.
   *
   * @param in the input
   * @param displayName the name used in errors; its extension picks the format unless
   *     {@link #format} is set
   * @param sink receives each accepted record
   * @return the counts
   * @throws RecordFormatException at the first bad record under {@link ReadPolicy#FAIL_FAST}, or when
   *     the input is broken beyond recovery
   * @throws IOException when the input or the rejects file cannot be read or written
   */
  public ReadSummary read(InputStream in, String displayName, Consumer<? super T> sink) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(sink, "sink");
    RecordFormat f = format != null ? format : RecordFormat.forFileName(displayName);
    BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    try (Run run = new Run(displayName, sink)) {
      try {
        text.mark(1);
        if (text.read() != '\uFEFF') {
          text.reset();
        }
      } catch (CharacterCodingException e) {
        run.read++;
        run.fatal(new RecordError(displayName, 1, null, "$", "invalid UTF-8, the rest of the input cannot be read"),
            "", e);
      }
      if (f == RecordFormat.JSON_LINES) {
        run.readLines(text);
      } else {
        run.readDocument(text);
      }
      return new ReadSummary(run.read, run.accepted, run.rejected, run.warnings);
    }
  }

  private static String idProperty(JsonNode record) {
    JsonNode id = record.get("id");
    if (id == null || !id.isValueNode() || id.isNull()) {
      return null;
    }
    String s = id.asText();
    return s.isBlank() ? null : s;
  }

  /** The state of one read. */
  private final class Run implements AutoCloseable {
    private final String file;
    private final Consumer<? super T> sink;
    private final Writer rejectsOut;
    private final Map<String, Long> firstLineOfId = new HashMap<>();
    private final List<String[]> unknownFields = new ArrayList<>();
    private final ObjectReader binder;
    private long read;
    private long accepted;
    private long rejected;
    private long warnings;

    Run(String file, Consumer<? super T> sink) throws IOException {
      this.file = file;
      this.sink = sink;
      this.rejectsOut = rejects == null ? null : new BufferedWriter(new OutputStreamWriter(
          Files.newOutputStream(rejects), StandardCharsets.UTF_8));
      this.binder = Json.mapper().readerFor(type).withHandler(new DeserializationProblemHandler() {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
            JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
          JsonStreamContext ctx = p.getParsingContext();
          String path = Errors.path(ctx);
          if (!(ctx.inObject() && propertyName.equals(ctx.getCurrentName()))) {
            path = Errors.field(path, propertyName);
          }
          unknownFields.add(new String[] {path, propertyName});
          p.skipChildren();
          return true;
        }
      });
    }

    void readLines(BufferedReader text) throws IOException {
      long lineNo = 0;
      while (true) {
        String line;
        try {
          line = text.readLine();
        } catch (CharacterCodingException e) {
          fatal(new RecordError(file, lineNo + 1, null, "$", "invalid UTF-8, the rest of the input cannot be read"),
              "", e);
          return;
        }
        if (line == null) {
          return;
        }
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        read++;
        JsonNode tree;
        try {
          tree = TREE_READER.readTree(line);
        } catch (JsonProcessingException e) {
          String raw = line;
          reject(new RecordError(file, lineNo, null, "$", Errors.syntax(e, true)), () -> raw, e);
          continue;
        }
        String raw = line;
        record(lineNo, tree, () -> raw);
      }
    }

    void readDocument(BufferedReader text) throws IOException {
      RecordingReader rec = new RecordingReader(text);
      try (JsonParser p = Json.mapper().getFactory().createParser(rec)) {
        p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE); // the caller owns the stream
        JsonToken t = nextOrFatal(p, rec, -1);
        if (t == null) {
          read++;
          fatal(new RecordError(file, 1, null, "$", "empty input, expected a JSON array of records or one record"),
              "", null);
          return;
        }
        if (t == JsonToken.START_ARRAY) {
          JsonStreamContext arrayContext = p.getParsingContext();
          while ((t = nextOrFatal(p, rec, -1)) != JsonToken.END_ARRAY) {
            if (t == null) {
              read++;
              fatal(new RecordError(file, p.currentLocation().getLineNr(), null, "$",
                  "unexpected end of input, the array is not closed"), "", null);
              return;
            }
            element(p, rec, t, arrayContext);
          }
        } else {
          element(p, rec, t, p.getParsingContext().getParent());
        }
        long end = p.currentLocation().getLineNr();
        t = nextOrFatal(p, rec, -1);
        if (t != null) {
          read++;
          fatal(new RecordError(file, p.currentTokenLocation().getLineNr(), null, "$",
              "unexpected content after the end of the JSON document (line " + end + ")"), "", null);
        }
      }
    }

    private JsonToken nextOrFatal(JsonParser p, RecordingReader rec, long startChar) throws IOException {
      try {
        return p.nextToken();
      } catch (JsonProcessingException e) {
        read++;
        long line = e.getLocation() == null ? p.currentLocation().getLineNr() : e.getLocation().getLineNr();
        String raw = startChar < 0 ? "" : rec.text(startChar, p.currentLocation().getCharOffset());
        fatal(new RecordError(file, line, null, "$", Errors.syntax(e, true) + "; the rest of the input cannot be read"),
            raw, e);
        return null; // not reached
      } catch (CharacterCodingException e) {
        read++;
        fatal(new RecordError(file, p.currentLocation().getLineNr(), null, "$",
            "invalid UTF-8, the rest of the input cannot be read"), "", e);
        return null; // not reached
      }
    }

    private void element(JsonParser p, RecordingReader rec, JsonToken t, JsonStreamContext container)
        throws IOException {
      long line = p.currentTokenLocation().getLineNr();
      long startChar = p.currentTokenLocation().getCharOffset();
      rec.discardBefore(startChar);
      read++;
      JsonNode tree;
      try {
        tree = ELEMENT_READER.readTree(p);
      } catch (JsonParseException e) {
        fatal(new RecordError(file, line, null, "$", Errors.syntax(e, false) + " at line "
            + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
            + "; the rest of the input cannot be read"), rec.text(startChar, p.currentLocation().getCharOffset()), e);
        return;
      } catch (JsonProcessingException e) {
        // Well-formed but not acceptable (a duplicate key, a constraint): skip to the element's end.
        while (p.getParsingContext() != container && p.getParsingContext() != null) {
          if (nextOrFatal(p, rec, startChar) == null) {
            break;
          }
        }
        String raw = rec.text(startChar, p.currentLocation().getCharOffset());
        reject(new RecordError(file, line, null, "$", Errors.syntax(e, false)), () -> raw, e);
        return;
      } catch (CharacterCodingException e) {
        fatal(new RecordError(file, line, null, "$", "invalid UTF-8, the rest of the input cannot be read"), "", e);
        return;
      }
      long endChar = p.currentLocation().getCharOffset();
      record(line, tree, () -> rec.text(startChar, endChar));
    }

    /** Binds and checks one record's tree; {@code read} has been counted. */
    private void record(long line, JsonNode tree, Supplier<String> raw) throws IOException {
      if (!tree.isObject()) {
        reject(new RecordError(file, line, null, "$", "a record must be a JSON object, got "
            + Errors.describeNode(tree)), raw, null);
        return;
      }
      String id;
      try {
        id = idExtractor.apply(tree);
      } catch (RuntimeException e) {
        id = null;
      }
      if (requireId && id == null) {
        reject(new RecordError(file, line, null, "$.id", "is required"), raw, null);
        return;
      }
      unknownFields.clear();
      T value;
      try {
        value = binder.readValue(tree);
      } catch (JsonMappingException e) {
        Errors.Located at = Errors.locate(e, tree);
        reject(new RecordError(file, line, id, at.jsonPath(), at.reason()), raw, e);
        return;
      } catch (ValidationException e) {
        reject(new RecordError(file, line, id, Errors.appendModelField("$", e.field()), e.reason()), raw, e);
        return;
      } catch (JsonProcessingException e) {
        reject(new RecordError(file, line, id, "$", Errors.clean(e.getOriginalMessage())), raw, e);
        return;
      }
      if (value == null) {
        reject(new RecordError(file, line, id, "$", "the record is empty"), raw, null);
        return;
      }
      if (strict && !unknownFields.isEmpty()) {
        reject(new RecordError(file, line, id, unknownFields.get(0)[0], "unknown field"), raw, null);
        return;
      }
      if (id != null) {
        Long first = firstLineOfId.putIfAbsent(id, line);
        if (first != null) {
          reject(new RecordError(file, line, id, "$.id", "duplicate id, first seen on line " + first), raw, null);
          return;
        }
      }
      accepted++;
      for (String[] unknown : unknownFields) {
        warnings++;
        RecordError w = new RecordError(file, line, id, unknown[0], "unknown field, ignored");
        if (listener != null) {
          listener.onWarning(w);
        } else {
          LOG.log(System.Logger.Level.WARNING, w.toString());
        }
      }
      sink.accept(value);
    }

    private void reject(RecordError error, Supplier<String> raw, Throwable cause) throws IOException {
      rejected++;
      String text = raw.get();
      if (rejectsOut != null) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("file", error.file());
        n.put("line", error.line());
        n.put("recordId", error.recordId());
        n.put("jsonPath", error.jsonPath());
        n.put("reason", error.reason());
        n.put("raw", text);
        rejectsOut.write(Json.mapper().writeValueAsString(n));
        rejectsOut.write('\n');
      }
      if (listener != null) {
        listener.onReject(error, text);
      }
      if (policy == ReadPolicy.FAIL_FAST) {
        throw new RecordFormatException(error, cause);
      }
      if (rejectsOut == null && listener == null) {
        LOG.log(System.Logger.Level.WARNING, error.toString());
      }
    }

    /** Reports an error after which nothing more can be read, and throws. */
    private void fatal(RecordError error, String raw, Throwable cause) throws IOException {
      reject(error, () -> raw, cause);
      throw new RecordFormatException(error, cause);
    }

    @Override
    public void close() throws IOException {
      if (rejectsOut != null) {
        rejectsOut.close();
      }
    }
  }
}
