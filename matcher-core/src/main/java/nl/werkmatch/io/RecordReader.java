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
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.CharacterCodingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
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

  /** The JSON property names of each record class, to tell a wrapper object from a record. */
  private static final ClassValue<java.util.Set<String>> RECORD_PROPERTIES = new ClassValue<>() {
    @Override
    protected java.util.Set<String> computeValue(Class<?> type) {
      java.util.Set<String> names = new java.util.HashSet<>();
      Json.mapper().getDeserializationConfig().introspect(Json.mapper().constructType(type)).findProperties()
          .forEach(prop -> names.add(prop.getName()));
      return java.util.Set.copyOf(names);
    }
  };

  /**
   * The JSON path of the first text in {@code node}, a value or a field name, that holds an unpaired
   * UTF-16 surrogate (JSON lets {@code "\\ud800"} through; UTF-8, and so the index, cannot hold
   * it), or null when there is none.
   */
  static String loneSurrogate(JsonNode node, String path) {
    if (node.isTextual()) {
      return hasLoneSurrogate(node.textValue()) ? path : null;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = loneSurrogate(node.get(i), path + "[" + i + "]");
        if (found != null) {
          return found;
        }
      }
    } else if (node.isObject()) {
      for (java.util.Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = path + "." + e.getKey();
        String found = hasLoneSurrogate(e.getKey()) ? at : loneSurrogate(e.getValue(), at);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** The default of {@link #maxRecordBytes}: 4 MiB. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 4 << 20;

  private final Class<T> type;
  private final Function<? super JsonNode, String> idExtractor;
  private final boolean requireId;
  private final ReadPolicy policy;
  private final boolean strict;
  private final Path rejects;
  private final ReadListener listener;
  private final RecordFormat format;
  private final Charset encoding;
  private final int maxRecordBytes;

  private RecordReader(Class<T> type, Function<? super JsonNode, String> idExtractor, boolean requireId,
      ReadPolicy policy, boolean strict, Path rejects, ReadListener listener, RecordFormat format) {
    this(type, idExtractor, requireId, policy, strict, rejects, listener, format, null, DEFAULT_MAX_RECORD_BYTES);
  }

  private RecordReader(Class<T> type, Function<? super JsonNode, String> idExtractor, boolean requireId,
      ReadPolicy policy, boolean strict, Path rejects, ReadListener listener, RecordFormat format,
      Charset encoding, int maxRecordBytes) {
    this.encoding = encoding;
    this.maxRecordBytes = maxRecordBytes;
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
        rejects, listener, format, encoding, maxRecordBytes);
  }

  /**
   * Whether an unknown field is an error ({@code true}) or ignored with a warning ({@code false}, the
   * default).
   *
   * @param strict whether unknown fields reject the record
   * @return a reader with this setting
   */
  public RecordReader<T> strict(boolean strict) {
    return new RecordReader<>(type, idExtractor, requireId, policy, strict, rejects, listener, format, encoding, maxRecordBytes);
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
    return new RecordReader<>(type, idExtractor, requireId, policy, strict, rejectsFile, listener, format, encoding, maxRecordBytes);
  }

  /**
   * Who hears of rejects and warnings as they happen. Without a listener and a rejects file, rejects
   * and warnings are logged at {@code WARNING} through {@link System.Logger}.
   *
   * @param listener the listener, or {@code null} for none
   * @return a reader with this listener
   */
  public RecordReader<T> listener(ReadListener listener) {
    return new RecordReader<>(type, idExtractor, requireId, policy, strict, rejects, listener, format, encoding, maxRecordBytes);
  }

  /**
   * Overrides the container otherwise recognised from the content. {@link RecordFormat#JSON_LINES}
   * then refuses an input that holds a JSON array or a JSON document spread over lines (naming what
   * it found); {@link RecordFormat#JSON} reads any JSON document (an array, one record, a wrapper
   * object holding one array of records, or a sequence of records).
   *
   * @param format the format, or {@code null} to recognise it from the content (the default)
   * @return a reader with this format
   */
  public RecordReader<T> format(RecordFormat format) {
    return new RecordReader<>(type, idExtractor, requireId, policy, strict, rejects, listener, format, encoding,
        maxRecordBytes);
  }

  /**
   * The character encoding of the input. By default ({@code null}) the input must be UTF-8 (a
   * byte-order mark is skipped): an input that is recognisably UTF-16 or UTF-32, or Latin-1 /
   * Windows-1252 (see {@link #read(Path, Consumer)}), is refused whole before any record is
   * delivered; in a UTF-8 input a line with bytes that are not UTF-8 is rejected on its own. With
   * an encoding set, the input is decoded with it, and bytes not valid in it are a fatal error.
   *
   * @param encoding the charset, for example {@code windows-1252} or {@code UTF-16}, or {@code null}
   * @return a reader with this encoding
   */
  public RecordReader<T> encoding(Charset encoding) {
    return new RecordReader<>(type, idExtractor, requireId, policy, strict, rejects, listener, format, encoding,
        maxRecordBytes);
  }

  /**
   * The longest record accepted, in bytes of UTF-8 (default {@value #DEFAULT_MAX_RECORD_BYTES}). The
   * limit is enforced while streaming: a longer JSON Lines line is rejected without being held (its
   * first 200 bytes are reported), and a longer record in a JSON document is a fatal error, so no
   * record is ever built as a tree larger than the limit.
   *
   * @param maxRecordBytes at least 1
   * @return a reader with this limit
   */
  public RecordReader<T> maxRecordBytes(int maxRecordBytes) {
    if (maxRecordBytes < 1) {
      throw new IllegalArgumentException("maxRecordBytes must be at least 1, got " + maxRecordBytes);
    }
    return new RecordReader<>(type, idExtractor, requireId, policy, strict, rejects, listener, format, encoding,
        maxRecordBytes);
  }

  /**
   * Reads every record of {@code file} into {@code sink}, in file order. A gzip-compressed file
   * (recognised by its first bytes, whatever its name) is decompressed. Unless an
   * {@linkplain #encoding encoding} is set, the whole file is first scanned for its encoding: when
   * two or more lines hold bytes that are not UTF-8 and no line holds UTF-8 beyond ASCII (a Latin-1
   * or Windows-1252 export), it is refused whole before any record is delivered.
   *
   * @param file the input file (JSON Lines, a JSON array, pretty-printed JSON, a wrapper object with
   *     one array, any of them gzip-compressed); it is named in errors as given
   * @param sink receives each accepted record
   * @return the counts
   * @throws RecordFormatException at the first bad record under {@link ReadPolicy#FAIL_FAST}, or when
   *     the input is broken beyond recovery or refused whole
   * @throws IOException when the file or the rejects file cannot be read or written
   */
  public ReadSummary read(Path file, Consumer<? super T> sink) throws IOException {
    String name = file.toString();
    if (encoding == null) {
      try (BufferedInputStream in = new BufferedInputStream(
          decompressed(new BufferedInputStream(Files.newInputStream(file), 1 << 16), name), 1 << 16)) {
        String utf16 = utf16Refusal(in);
        if (utf16 != null) {
          throw refuse(name, 1, utf16);
        }
        ByteLines lines = new ByteLines(in, maxRecordBytes);
        Encodings.Scan scan = new Encodings.Scan();
        while (lines.next()) {
          scan.line(lines.lineNo, lines.bytes, lines.length);
        }
        String refusal = scan.refusal();
        if (refusal != null) {
          throw refuse(name, scan.firstInvalidLine, refusal);
        }
      } catch (java.util.zip.ZipException | java.io.EOFException e) {
        throw refuse(name, 1, "the gzip data is damaged or truncated (" + e.getMessage() + ")");
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name, sink, encoding == null);
    }
  }

  /**
   * Reads every record of a stream into {@code sink}, in stream order, as {@link #read(Path,
   * Consumer)}; the encoding check covers the first 64 KiB only (a stream is read once). The stream
   * is read to its end but not closed.
   *
   * @param in the input
   * @param displayName the name used in errors
   * @param sink receives each accepted record
   * @return the counts
   * @throws RecordFormatException at the first bad record under {@link ReadPolicy#FAIL_FAST}, or when
   *     the input is broken beyond recovery or refused whole
   * @throws IOException when the input or the rejects file cannot be read or written
   */
  public ReadSummary read(InputStream in, String displayName, Consumer<? super T> sink) throws IOException {
    return read(in, displayName, sink, false);
  }

  private ReadSummary read(InputStream in, String displayName, Consumer<? super T> sink, boolean scanned)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(sink, "sink");
    try (Run run = new Run(displayName, sink)) {
      try {
        BufferedInputStream bin = new BufferedInputStream(
            decompressed(new BufferedInputStream(new NonClosing(in), 1 << 16), displayName), 1 << 16);
        InputStream utf8 = bin;
        if (encoding == null || encoding.equals(StandardCharsets.UTF_8)) {
          if (encoding == null) {
            checkHead(bin, run, scanned);
          }
        } else {
          utf8 = new BufferedInputStream(new Encodings.Utf8Transcoder(bin, encoding), 1 << 16);
        }
        BufferedInputStream text = utf8 instanceof BufferedInputStream b ? b : new BufferedInputStream(utf8);
        skipByteOrderMark(text);
        RecordFormat found = detect(text);
        if (found == null) {
          return run.summary(); // empty input
        }
        if (format == RecordFormat.JSON_LINES && found != RecordFormat.JSON_LINES) {
          run.read++;
          run.fatal(new RecordError(displayName, 1, null, "$", "expected JSON Lines (one record per line) but the"
              + " input holds " + describe(text) + "; read it as JSON"), "", null);
        }
        if ((format == null ? found : format) == RecordFormat.JSON_LINES) {
          run.readLines(text);
        } else {
          run.readDocument(new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
              1 << 16));
        }
      } catch (java.util.zip.ZipException | java.io.EOFException e) {
        run.read++;
        run.fatal(new RecordError(displayName, 1, null, "$", "the gzip data is damaged or truncated ("
            + e.getMessage() + "); the rest of the input cannot be read"), "", e);
      } catch (CharacterCodingException e) {
        run.read++;
        run.fatal(new RecordError(displayName, 1, null, "$", "the input is " + e.getMessage()
            + "; the rest of the input cannot be read"), "", e);
      }
      return run.summary();
    }
  }

  /** The error that refuses an input whole, before anything was delivered. */
  private static RecordFormatException refuse(String file, long line, String reason) {
    return new RecordFormatException(new RecordError(file, line, null, "$", reason));
  }

  /** The stream, decompressed if it starts with the gzip magic bytes. */
  private static InputStream decompressed(BufferedInputStream in, String name) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    if (a == 0x1F && b == 0x8B) {
      return new java.util.zip.GZIPInputStream(in, 1 << 16);
    }
    return in;
  }

  /** The reason to refuse an input whose first bytes show it is UTF-16 or UTF-32, or null. */
  private static String utf16Refusal(BufferedInputStream in) throws IOException {
    in.mark(1024);
    byte[] head = in.readNBytes(1024);
    in.reset();
    String utf16 = Encodings.utf16Guess(head, head.length);
    if (utf16 == null) {
      return null;
    }
    String cs = utf16.substring(0, utf16.indexOf(' '));
    return "the input is " + utf16 + ", not UTF-8; nothing was read. Convert it to UTF-8, or read it with"
        + " encoding " + cs + " (matcher: --encoding " + cs + ")";
  }

  /**
   * Refuses a stream whose start shows it is UTF-16/32, or (unless the whole file was {@code scanned}
   * already) whose first 64 KiB look Latin-1, before reading any record.
   */
  private void checkHead(BufferedInputStream in, Run run, boolean scanned) throws IOException {
    String utf16 = utf16Refusal(in);
    if (utf16 != null) {
      run.read++;
      run.fatal(new RecordError(run.file, 1, null, "$", utf16), "", null);
    }
    if (scanned) {
      return;
    }
    int size = 1 << 16;
    in.mark(size);
    byte[] head = in.readNBytes(size);
    in.reset();
    ByteLines lines = new ByteLines(new java.io.ByteArrayInputStream(head), maxRecordBytes);
    Encodings.Scan scan = new Encodings.Scan();
    while (lines.next()) {
      scan.line(lines.lineNo, lines.bytes, lines.length);
    }
    String refusal = scan.refusal();
    if (refusal != null) {
      run.read++;
      run.fatal(new RecordError(run.file, scan.firstInvalidLine, null, "$", refusal), "", null);
    }
  }

  private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
    in.mark(3);
    byte[] b = in.readNBytes(3);
    if (!(b.length == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)) {
      in.reset();
    }
  }

  /**
   * The container the content is, leaving the stream where it was: {@link RecordFormat#JSON} for a
   * JSON array, a record spread over lines (pretty-printed), several records on one line, or a
   * wrapper object; {@link RecordFormat#JSON_LINES} when the first non-blank line is one complete
   * JSON value (or not JSON at all: its lines are then rejected one by one); null when empty.
   */
  private RecordFormat detect(BufferedInputStream in) throws IOException {
    long bound = (long) maxRecordBytes + (1 << 16);
    in.mark((int) Math.min(Integer.MAX_VALUE - 8, bound + 1));
    try {
      ByteLines lines = new ByteLines(new java.io.FilterInputStream(in) {
        private long left = bound;

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (left <= 0) {
            return -1;
          }
          int n = super.read(b, off, (int) Math.min(len, left));
          if (n > 0) {
            left -= n;
          }
          return n;
        }
      }, maxRecordBytes);
      while (lines.next()) {
        int i = 0;
        while (i < lines.length && (lines.bytes[i] == ' ' || lines.bytes[i] == '\t' || lines.bytes[i] == '\r')) {
          i++;
        }
        if (i == lines.length) {
          if (lines.tooLong) {
            return RecordFormat.JSON_LINES; // blanks past the limit: let the line reader report it
          }
          continue;
        }
        if (lines.bytes[i] == '[') {
          return RecordFormat.JSON;
        }
        if (lines.bytes[i] != '{' || lines.tooLong || Encodings.firstInvalidUtf8(lines.bytes, 0, lines.length) >= 0) {
          return RecordFormat.JSON_LINES;
        }
        try {
          JsonNode first = TREE_READER.readTree(new String(lines.bytes, 0, lines.length, StandardCharsets.UTF_8));
          return isWrapper(first) ? RecordFormat.JSON : RecordFormat.JSON_LINES;
        } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
          return RecordFormat.JSON; // the first record goes on past its line: pretty-printed
        } catch (JsonProcessingException e) {
          String m = String.valueOf(e.getOriginalMessage());
          // the line ends between two fields of the record (a plain JsonParseException, not a
          // JsonEOFException): pretty-printed; a complete value followed by more on the same line:
          // records without newlines, or a wrapper
          return m.startsWith("Unexpected end-of-input within/between Object entries") || m.startsWith("Trailing token")
              ? RecordFormat.JSON : RecordFormat.JSON_LINES;
        } catch (NumberFormatException e) {
          return RecordFormat.JSON_LINES; // a whole record on its line; the line reader rejects the number
        }
      }
      return lines.lineNo == 0 ? null : RecordFormat.JSON_LINES;
    } finally {
      in.reset();
    }
  }

  /** Whether an object holds an array under a name that is not a property of the record, and none that is. */
  private boolean isWrapper(JsonNode object) {
    java.util.Set<String> properties = RECORD_PROPERTIES.get(type);
    boolean array = false;
    for (java.util.Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> field = it.next();
      if (properties.contains(field.getKey())) {
        return false;
      }
      array |= field.getValue().isArray();
    }
    return array;
  }

  /** What the content is, in words, for a refusal. */
  private String describe(BufferedInputStream in) throws IOException {
    in.mark(64);
    byte[] b = in.readNBytes(64);
    in.reset();
    String start = new String(b, StandardCharsets.UTF_8).strip();
    if (start.startsWith("[")) {
      return "a JSON array (it starts with '[')";
    }
    return "JSON that is not one record per line (a record spread over several lines, several records on"
        + " one line, or an object wrapping an array)";
  }

  /** Keeps a caller's stream open when the decompressor or decoder is closed. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
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
    private final java.util.Set<String> recordProperties = RECORD_PROPERTIES.get(type);
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

    ReadSummary summary() {
      return new ReadSummary(read, accepted, rejected, warnings);
    }

    /** Reads JSON Lines: each line is split off as bytes, then decoded on its own. */
    void readLines(InputStream in) throws IOException {
      ByteLines lines = new ByteLines(in, maxRecordBytes);
      java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      while (lines.next()) {
        long lineNo = lines.lineNo;
        if (lines.blank) {
          continue;
        }
        if (lines.tooLong) {
          read++;
          String raw = Encodings.escape(lines.bytes, 0, lines.length) + "...";
          reject(new RecordError(file, lineNo, null, "$", "the line is " + lines.fullLength
              + " bytes long, over the limit of " + maxRecordBytes + " bytes for one record; it was skipped unread"),
              () -> raw, null);
          continue;
        }
        String line;
        try {
          line = utf8.decode(java.nio.ByteBuffer.wrap(lines.bytes, 0, lines.length)).toString();
        } catch (CharacterCodingException e) {
          read++;
          int at = Encodings.firstInvalidUtf8(lines.bytes, 0, lines.length);
          String raw = Encodings.escape(lines.bytes, 0, lines.length);
          String lenient = new String(lines.bytes, 0, lines.length, StandardCharsets.UTF_8);
          String id = null;
          try {
            id = idExtractor.apply(TREE_READER.readTree(lenient));
          } catch (JsonProcessingException | RuntimeException ignored) {
            // the id is a courtesy: the line is rejected either way
          }
          reject(new RecordError(file, lineNo, id, "$", "invalid UTF-8 at byte " + (at + 1) + " of the line ("
              + String.format("\\x%02X", lines.bytes[at] & 0xFF)
              + "); the record is skipped (for a file in Latin-1 or Windows-1252, read it with encoding"
              + " windows-1252)"), () -> raw, e);
          continue;
        }
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
        } catch (NumberFormatException e) {
          String raw = line;
          reject(new RecordError(file, lineNo, null, "$", Errors.number(e)), () -> raw, e);
          continue;
        }
        String raw = line;
        record(lineNo, tree, () -> raw);
      }
    }

    /**
     * Reads a JSON document: a sequence of root values, each an array of records, a record, or a
     * wrapper object whose one array holds the records.
     */
    void readDocument(BufferedReader text) throws IOException {
      RecordingReader rec = new RecordingReader(text, maxRecordBytes);
      try (JsonParser p = Json.mapper().getFactory().createParser(rec)) {
        p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE); // the caller owns the stream
        JsonToken t = nextOrFatal(p, rec, -1);
        if (t == null && format == RecordFormat.JSON) {
          read++;
          fatal(new RecordError(file, 1, null, "$", "empty input, expected a JSON array of records or one record"),
              "", null);
          return;
        }
        while (t != null) {
          if (t == JsonToken.START_ARRAY) {
            array(p, rec);
          } else if (t == JsonToken.START_OBJECT) {
            rootObject(p, rec);
          } else {
            element(p, rec, t, p.getParsingContext().getParent());
          }
          t = nextOrFatal(p, rec, -1);
        }
      }
    }

    /** The elements of the array the parser is at the start of, each a record. */
    private void array(JsonParser p, RecordingReader rec) throws IOException {
      JsonStreamContext arrayContext = p.getParsingContext();
      JsonToken t;
      while ((t = nextOrFatal(p, rec, -1)) != JsonToken.END_ARRAY) {
        if (t == null) {
          read++;
          fatal(new RecordError(file, p.currentLocation().getLineNr(), null, "$",
              "unexpected end of input, the array is not closed"), "", null);
          return;
        }
        element(p, rec, t, arrayContext);
      }
    }

    /**
     * A root object: a wrapper when its first property is not one of the record's and holds an
     * array (its elements are the records; a second array is refused); else one record.
     */
    private void rootObject(JsonParser p, RecordingReader rec) throws IOException {
      long line = p.currentTokenLocation().getLineNr();
      long startChar = p.currentTokenLocation().getCharOffset();
      rec.discardBefore(startChar);
      JsonToken t;
      String wrapped = null;
      boolean isRecord = false;
      while ((t = nextOrFatal(p, rec, startChar)) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = nextOrFatal(p, rec, startChar);
        boolean property = recordProperties.contains(name);
        isRecord |= property;
        if (v == JsonToken.START_ARRAY && !isRecord) {
          if (wrapped != null) {
            read++;
            fatal(new RecordError(file, p.currentTokenLocation().getLineNr(), null, Errors.field("$", name),
                "the wrapper object holds a second array ('" + wrapped + "' and '" + name + "'): cannot tell"
                    + " which holds the records; give one array of records"), "", null);
            return;
          }
          wrapped = name;
          array(p, rec);
          continue;
        }
        skipOrFatal(p, rec, wrapped == null ? startChar : -1);
      }
      if (wrapped != null) {
        return; // a wrapper: its array's elements were the records, its other properties are ignored
      }
      if (t != JsonToken.END_OBJECT) {
        read++;
        fatal(new RecordError(file, line, null, "$", "unexpected end of input inside the record"),
            rec.text(startChar, p.currentLocation().getCharOffset()), null);
        return;
      }
      read++;
      String raw = rec.text(startChar, p.currentLocation().getCharOffset());
      JsonNode tree;
      try {
        tree = TREE_READER.readTree(raw);
      } catch (JsonProcessingException e) {
        reject(new RecordError(file, line, null, "$", Errors.syntax(e, false)), () -> raw, e);
        return;
      } catch (NumberFormatException e) {
        reject(new RecordError(file, line, null, "$", Errors.number(e)), () -> raw, e);
        return;
      }
      record(line, tree, () -> raw);
    }

    /** Skips the value the parser is at (its children, for a container), as {@link #nextOrFatal}. */
    private void skipOrFatal(JsonParser p, RecordingReader rec, long startChar) throws IOException {
      if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
        int depth = 1;
        while (depth > 0) {
          JsonToken t = nextOrFatal(p, rec, startChar);
          if (t == null) {
            return;
          }
          if (t.isStructStart()) {
            depth++;
          } else if (t.isStructEnd()) {
            depth--;
          }
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
      } catch (RecordingReader.TooLong e) {
        read++;
        fatal(new RecordError(file, p.currentLocation().getLineNr(), null, "$", e.getMessage()), "", e);
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
      } catch (JsonProcessingException | NumberFormatException e) {
        // Well-formed but not acceptable (a duplicate key, a constraint, a number that cannot be
        // read): skip to the element's end.
        while (p.getParsingContext() != container && p.getParsingContext() != null) {
          if (nextOrFatal(p, rec, startChar) == null) {
            break;
          }
        }
        String raw = rec.text(startChar, p.currentLocation().getCharOffset());
        String reason = e instanceof JsonProcessingException j ? Errors.syntax(j, false)
            : Errors.number((NumberFormatException) e);
        reject(new RecordError(file, line, null, "$", reason), () -> raw, e);
        return;
      } catch (CharacterCodingException e) {
        fatal(new RecordError(file, line, null, "$", "invalid UTF-8, the rest of the input cannot be read"), "", e);
        return;
      } catch (RecordingReader.TooLong e) {
        fatal(new RecordError(file, line, null, "$", e.getMessage()), "", e);
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
      String surrogate = loneSurrogate(tree, "$");
      if (surrogate != null) {
        reject(new RecordError(file, line, id, surrogate, "holds a lone UTF-16 surrogate (an escape such as \\ud800"
            + " without its pair): not text, and it cannot be stored as it was read"), raw, null);
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
