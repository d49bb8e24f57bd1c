package nl.werkmatch;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkmatch.index.Fields;
import nl.werkmatch.index.RecordCodec;
import nl.werkmatch.io.ReadListener;
import nl.werkmatch.io.ReadPolicy;
import nl.werkmatch.io.RecordError;
import nl.werkmatch.io.RecordReader;
import nl.werkmatch.io.RecordWriter;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * Reads the records out of a {@link MatchIndex} directory and writes them as JSON Lines in the
 * record format of {@code docs/data-format.md}, for an upgrade of the index format, a backup that
 * outlives werkmatch versions, or a hand-over. The output is ordered by id (ascending UTF-8 bytes)
 * and is the same bytes for the same records, and {@link RecordReader} (or {@code matcher index})
 * reads it back to equal records.
 *
 * <p><b>Formats read.</b> An index records its format in its commit user data
 * ({@code werkmatch.index.format}: the field-layout version, a dot, the fingerprint of the record
 * layout). Export needs only the records, not the query fields, so it reads:
 * <ul>
 *   <li>the current format, {@link Fields#FORMAT_VERSION};
 *   <li>formats 12 and later whose records were written in the record layout of this version
 *       ({@link RecordCodec#recordLayout(Class)}; the field layout may be older), per record type;
 *   <li>formats 1 to 11, which kept each record as JSON in a stored field ({@code _source}); each is
 *       read as the current record format reads a line of a file: a field the model no longer
 *       has is reported to the {@link ReadListener} and left out, a record the model no longer
 *       accepts stops the export naming its id and field.
 * </ul>
 * A format 12 or later index whose records are in another record layout is refused with
 * {@link IllegalStateException}: the binary form names no fields and the index keeps only a digest
 * of its layout, so this version cannot tell what the bytes mean. Export such an index with the
 * werkmatch version that wrote it, or rebuild it from the source files ({@code matcher index}).
 *
 * <p>The index is read as of its last complete commit (both record types of one commit, as
 * {@link MatchIndex#openReadOnly} sees it); nothing in the directory is created, changed or deleted
 * and no lock is taken, so a running writer is no obstacle. Coordinates given at indexing
 * ({@link MatchIndex#upsert(Candidate, double, double)}) are not part of the record and are not
 * exported.
 *
 * <pre>{@code
 * try (IndexExport export = IndexExport.open(Path.of("data/index"));
 *     OutputStream out = Files.newOutputStream(Path.of("candidates.jsonl"))) {
 *   export.write(Candidate.class, out, new ReadListener() {});
 * }
 * }</pre>
 *
 * <p>Not thread-safe; one export at a time per instance.
 */
public final class IndexExport implements Closeable {
  /** The stored field that held the record's JSON in index formats 1 to 11. */
  private static final String SOURCE_V11 = "_source";
  /** The last format that kept records as JSON. */
  private static final int LAST_JSON_FORMAT = 11;
  private static final Pattern BINARY_FORMAT = Pattern.compile("(\\d+)\\.([0-9a-f]{16})([0-9a-f]{16})");

  private final String where;
  private final Side candidates;
  private final Side vacancies;

  private IndexExport(String where, Side candidates, Side vacancies) {
    this.where = where;
    this.candidates = candidates;
    this.vacancies = vacancies;
  }

  /**
   * Opens the index in {@code dir} for export, at the last commit both record types share.
   *
   * @param dir the index directory, holding {@code candidates/} and {@code vacancies/}
   * @return the open export
   * @throws IllegalStateException if {@code dir} is not a complete werkmatch index, or was written
   *     by a Lucene version this one cannot read (the message names the remedy)
   * @throws UncheckedIOException if the directory cannot be read
   */
  public static IndexExport open(Path dir) {
    Objects.requireNonNull(dir, "dir");
    String where = "index directory " + dir.toAbsolutePath();
    Directory cd = null;
    Directory vd = null;
    DirectoryReader cr = null;
    try {
      cd = directory(dir.resolve("candidates"), "candidates", where);
      vd = directory(dir.resolve("vacancies"), "vacancies", where);
      long sequence = Math.min(MatchIndex.latestSequence(cd), MatchIndex.latestSequence(vd));
      IndexCommit cc = MatchIndex.commitWithSequence(cd, sequence, "candidates", where);
      IndexCommit vc = MatchIndex.commitWithSequence(vd, sequence, "vacancies", where);
      cr = DirectoryReader.open(cc);
      DirectoryReader vr = DirectoryReader.open(vc);
      return new IndexExport(where, new Side("candidates", cd, cr, cc.getUserData().get(Fields.FORMAT_KEY)),
          new Side("vacancies", vd, vr, vc.getUserData().get(Fields.FORMAT_KEY)));
    } catch (IndexFormatTooNewException | IndexFormatTooOldException e) {
      IOUtils.closeWhileHandlingException(cr, cd, vd);
      throw new IllegalStateException(where + " was written by a Lucene version this werkmatch (Lucene "
          + org.apache.lucene.util.Version.LATEST + ") cannot read: " + e.getMessage()
          + "; export it with the werkmatch version that wrote it, or rebuild it from the source files", e);
    } catch (IOException e) {
      IOUtils.closeWhileHandlingException(cr, cd, vd);
      throw new UncheckedIOException("cannot read " + where + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      IOUtils.closeWhileHandlingException(cr, cd, vd);
      throw e;
    }
  }

  /**
   * The index format recorded by the records of {@code type} ({@code werkmatch.index.format}), or
   * {@code "none"} when the commit records none.
   *
   * @param type {@code Candidate.class} or {@code Vacancy.class}
   * @return the recorded format
   */
  public String format(Class<? extends Record> type) {
    String f = side(type).format;
    return f == null ? "none" : f;
  }

  /**
   * Whether this version can export the records of {@code type} (see the class comment).
   *
   * @param type {@code Candidate.class} or {@code Vacancy.class}
   * @return whether {@link #write} can read them
   */
  public boolean readable(Class<? extends Record> type) {
    return refusal(type) == null;
  }

  /**
   * How many records of {@code type} the index holds.
   *
   * @param type {@code Candidate.class} or {@code Vacancy.class}
   * @return the count
   */
  public int count(Class<? extends Record> type) {
    return side(type).reader.numDocs();
  }

  /**
   * Writes every record of {@code type} to {@code out} as JSON Lines, in ascending id order. The
   * stream is flushed, not closed. On an exception part of the records may have been written: write
   * to a temporary file and move it into place.
   *
   * @param type {@code Candidate.class} or {@code Vacancy.class}
   * @param out the output
   * @param listener told of each field of a JSON-format record (formats 1 to 11) the current
   *     model does not have, which is left out
   * @param <T> the record type
   * @return how many records were written
   * @throws IllegalStateException if the records are in a format this version cannot read (the
   *     message names the format and the remedy), or a stored record cannot be decoded (naming the
   *     record)
   * @throws IOException if the index cannot be read or the output cannot be written
   */
  public <T extends Record> long write(Class<T> type, OutputStream out, ReadListener listener) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(listener, "listener");
    Side side = side(type);
    String refusal = refusal(type);
    if (refusal != null) {
      throw new IllegalStateException(refusal);
    }
    boolean json = jsonFormat(side.format);
    RecordReader<T> reader = json ? RecordReader.of(type).policy(ReadPolicy.FAIL_FAST).listener(listener) : null;
    String noun = type.getSimpleName().toLowerCase(Locale.ROOT);
    long written = 0;
    try (RecordWriter<T> w = RecordWriter.jsonLines(new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush(); // the caller's stream stays open
      }
    })) {
      DirectoryReader r = side.reader;
      Terms ids = MultiTerms.getTerms(r, Fields.ID);
      if (ids == null) {
        return 0;
      }
      Bits live = MultiBits.getLiveDocs(r);
      TermsEnum terms = ids.iterator();
      PostingsEnum docs = null;
      for (BytesRef id = terms.next(); id != null; id = terms.next()) {
        docs = terms.postings(docs, PostingsEnum.NONE);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String where = this.where + ", " + side.name + " index, " + noun + " " + id.utf8ToString();
          T record;
          if (json) {
            record = fromSource(r, doc, reader, where);
          } else {
            try {
              record = RecordCodec.decode(RecordCodec.record(r, doc), type);
            } catch (IllegalArgumentException | IllegalStateException e) {
              throw new IllegalStateException(where + ": " + e.getMessage()
                  + "; the index is damaged: run `matcher check --index DIR`, then restore it from a backup", e);
            }
          }
          w.write(record);
          written++;
        }
      }
    }
    return written;
  }

  private static <T> T fromSource(DirectoryReader r, int doc, RecordReader<T> reader, String where) throws IOException {
    Document d = r.storedFields().document(doc);
    IndexableField f = d.getField(SOURCE_V11);
    if (f == null) {
      throw new IllegalStateException(where + ": the document has no stored field " + SOURCE_V11
          + " (the record of an index of format " + LAST_JSON_FORMAT + " or earlier); the index is damaged:"
          + " rebuild it from the source files");
    }
    byte[] json = f.binaryValue() != null ? BytesRef.deepCopyOf(f.binaryValue()).bytes
        : f.stringValue().getBytes(StandardCharsets.UTF_8);
    Object[] one = {null};
    reader.read(new ByteArrayInputStream(json), where, rec -> one[0] = rec);
    if (one[0] == null) {
      throw new IllegalStateException(where + ": the stored JSON holds no record");
    }
    @SuppressWarnings("unchecked")
    T record = (T) one[0];
    return record;
  }

  /** Why the records of {@code type} cannot be exported, or null when they can. */
  private String refusal(Class<? extends Record> type) {
    Side side = side(type);
    String format = side.format;
    if (format == null) {
      return where + ": the " + side.name + " index records no werkmatch index format (no "
          + Fields.FORMAT_KEY + " in its commit data): it is not a werkmatch index";
    }
    if (format.equals(Fields.FORMAT_VERSION) || jsonFormat(format)) {
      return null;
    }
    Matcher m = BINARY_FORMAT.matcher(format);
    if (m.matches()) {
      String layout = type == Candidate.class ? m.group(2) : m.group(3);
      if (layout.equals(RecordCodec.recordLayout(type))) {
        return null;
      }
      return where + ": the " + side.name + " index has format " + format + ", whose " + side.name
          + " are in a binary record layout (" + layout + ") of another werkmatch version; this version ("
          + Fields.FORMAT_VERSION + ") reads its own layout (" + RecordCodec.recordLayout(type)
          + ") and the JSON of formats 1 to " + LAST_JSON_FORMAT + " only, as the binary form names no fields."
          + " Export the index with the werkmatch version that wrote it (matcher export), or rebuild it"
          + " from the source files (matcher index)";
    }
    return where + ": the " + side.name + " index has format " + format + ", which this werkmatch version ("
        + Fields.FORMAT_VERSION + ") does not know (a newer werkmatch?); export it with the version that wrote it";
  }

  private static boolean jsonFormat(String format) {
    if (format == null || !format.matches("[1-9][0-9]?")) {
      return false;
    }
    return Integer.parseInt(format) <= LAST_JSON_FORMAT;
  }

  private Side side(Class<? extends Record> type) {
    if (type == Candidate.class) {
      return candidates;
    }
    if (type == Vacancy.class) {
      return vacancies;
    }
    throw new IllegalArgumentException("an index holds candidates and vacancies, not " + type.getName());
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(candidates.reader, vacancies.reader, candidates.directory, vacancies.directory);
  }

  @Override
  public String toString() {
    return "IndexExport[" + where + "]";
  }

  private static Directory directory(Path side, String name, String where) throws IOException {
    String remedy = "; nothing was read. Give the directory `matcher index` built (it holds candidates/ and vacancies/)";
    if (!Files.isDirectory(side)) {
      throw new IllegalStateException(where + " is not a complete werkmatch index: " + name + "/ is missing" + remedy);
    }
    Directory d = FSDirectory.open(side);
    if (!DirectoryReader.indexExists(d)) {
      d.close();
      throw new IllegalStateException(where + " is not a complete werkmatch index: " + name
          + "/ has no Lucene segments file (segments_N)" + remedy);
    }
    return d;
  }

  /** One record type's directory, reader and recorded format. */
  private record Side(String name, Directory directory, DirectoryReader reader, String format) {}
}
