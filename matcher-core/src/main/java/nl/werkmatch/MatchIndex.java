package nl.werkmatch;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.werkmatch.index.Fields;
import nl.werkmatch.index.RecordCodec;
import nl.werkmatch.index.SearcherFunction;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.taxonomy.Taxonomy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.IOUtils;

/**
 * A Lucene-backed store of candidates and vacancies, on disk or in memory.
 *
 * <p><b>Layout.</b> Each record type has its own Lucene index (on disk: {@code DIR/candidates} and
 * {@code DIR/vacancies}), with its own term statistics, its own {@link IndexWriter} and its own
 * {@link SearcherManager}. A record is one document keyed by its id; the field layout is
 * described in {@link Fields}.
 *
 * <p><b>Visibility and durability.</b> Writes ({@code upsert}, {@code delete}) are buffered and
 * become visible to reads ({@link #candidate}, counts, streams, {@link #searchCandidates}) after
 * {@link #refresh()} (near-real-time, without fsync), or after {@link #commit()}, which also
 * refreshes. They are durable only after {@link #commit()}; {@link #close()} commits too. After a
 * crash, reopening yields exactly the state of the last commit.
 *
 * <p><b>Thread-safety.</b> All methods may be called concurrently from any number of threads:
 * writers are Lucene {@code IndexWriter}s and readers work on reference-counted point-in-time
 * searchers. A read sees one consistent refreshed view. Upserting the same id concurrently from
 * two threads leaves one of the two versions (whichever Lucene applies last).
 *
 * <p><b>Taxonomy.</b> A candidate document holds, besides the skills of the record, the essential
 * skills of the occupations in its work experience, as the taxonomy the index is opened with (by
 * default {@link Taxonomy#builtIn()}) lists them: the fast path of a {@code Matcher} with that
 * taxonomy then finds a skill a person has from a past job with one term, as the exact scorer counts
 * it. The candidate index records which skills its taxonomy implied ({@link #indexedWith}); opening
 * it with a taxonomy that implies others is refused, as documents built with both would not agree.
 *
 * <p><b>Errors.</b> I/O failures are thrown as {@link UncheckedIOException}; any use after
 * {@link #close()} throws {@link IllegalStateException}.
 *
 * <pre>{@code
 * try (MatchIndex index = MatchIndex.open(Path.of("data/index"))) {
 *   index.upsertCandidates(candidates);
 *   index.commit();
 *   index.candidate("c-17").ifPresent(System.out::println);
 * }
 * }</pre>
 */
public final class MatchIndex implements Closeable {
  private static final System.Logger LOG = System.getLogger(MatchIndex.class.getName());
  private static final int PAGE_SIZE = 512;

  private final String where;
  private final Taxonomy taxonomy;
  private final String impliedSkills;
  private final Analyzer analyzer;
  private final Side candidates;
  private final Side vacancies;
  private final AtomicBoolean closed = new AtomicBoolean();

  private MatchIndex(String where, Taxonomy taxonomy, String impliedSkills, Analyzer analyzer, Side candidates,
      Side vacancies) {
    this.where = where;
    this.taxonomy = taxonomy;
    this.impliedSkills = impliedSkills;
    this.analyzer = analyzer;
    this.candidates = candidates;
    this.vacancies = vacancies;
  }

  /**
   * Opens the index in directory {@code dir}, creating it (and {@code dir}) if it does not exist.
   * Only one {@code MatchIndex} at a time may have a directory open, in this JVM or any other.
   *
   * Candidate documents hold the skills {@link Taxonomy#builtIn()} implies from past occupations.
   *
   * @param dir the index directory; it will hold {@code candidates/} and {@code vacancies/}
   * @return the open index
   * @throws IllegalStateException if the directory is already open (Lucene's write lock is held),
   *     or holds an index of another format or built with a taxonomy that implies other skills
   * @throws UncheckedIOException if the directory cannot be created or read
   */
  public static MatchIndex open(Path dir) {
    return open(dir, Taxonomy.builtIn());
  }

  /**
   * Opens the index in directory {@code dir} as {@link #open(Path)}, with candidate documents that
   * hold the skills {@code taxonomy} implies from past occupations: open it with the taxonomy the
   * {@code Matcher} uses.
   *
   * @param dir the index directory; it will hold {@code candidates/} and {@code vacancies/}
   * @param taxonomy the taxonomy whose occupations imply skills
   * @return the open index
   * @throws IllegalStateException if the directory is already open (Lucene's write lock is held),
   *     or holds an index of another format or built with a taxonomy that implies other skills
   * @throws UncheckedIOException if the directory cannot be created or read
   */
  public static MatchIndex open(Path dir, Taxonomy taxonomy) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(taxonomy, "taxonomy");
    String implied = RecordCodec.impliedSkillsFingerprint(taxonomy);
    String where = "index directory " + dir.toAbsolutePath();
    Analyzer analyzer = new DutchAnalyzer();
    Side cands = null;
    try {
      Path c = Files.createDirectories(dir.resolve("candidates"));
      Path v = Files.createDirectories(dir.resolve("vacancies"));
      cands = Side.open("candidates", FSDirectory.open(c), analyzer, where, implied);
      Side vacs = Side.open("vacancies", FSDirectory.open(v), analyzer, where, null);
      LOG.log(System.Logger.Level.DEBUG, "opened {0}", where);
      return new MatchIndex(where, taxonomy, implied, analyzer, cands, vacs);
    } catch (IOException e) {
      closeQuietly(cands, analyzer);
      throw new UncheckedIOException("cannot open " + where + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(cands, analyzer);
      throw e;
    }
  }

  /**
   * Creates an empty index held in memory ({@link ByteBuffersDirectory}); its content is lost on
   * {@link #close()}. Candidate documents hold the skills {@link Taxonomy#builtIn()} implies from
   * past occupations.
   *
   * @return the open index
   */
  public static MatchIndex inMemory() {
    return inMemory(Taxonomy.builtIn());
  }

  /**
   * Creates an empty index held in memory as {@link #inMemory()}, with candidate documents that hold
   * the skills {@code taxonomy} implies from past occupations.
   *
   * @param taxonomy the taxonomy whose occupations imply skills
   * @return the open index
   */
  public static MatchIndex inMemory(Taxonomy taxonomy) {
    Objects.requireNonNull(taxonomy, "taxonomy");
    String implied = RecordCodec.impliedSkillsFingerprint(taxonomy);
    Analyzer analyzer = new DutchAnalyzer();
    String where = "in-memory index";
    try {
      Side cands = Side.open("candidates", new ByteBuffersDirectory(), analyzer, where, implied);
      Side vacs = Side.open("vacancies", new ByteBuffersDirectory(), analyzer, where, null);
      return new MatchIndex(where, taxonomy, implied, analyzer, cands, vacs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + where + ": " + e.getMessage(), e);
    }
  }

  /**
   * Adds a candidate, or replaces the candidate with the same id. The location indexed is
   * {@code candidate.home()}: its coordinates, or for a home known only by postcode or municipality,
   * the point {@link nl.werkmatch.geo.Gazetteer#builtIn()} resolves it to (the point the exact scorer
   * uses with the default gazetteer), so the fast path filters and ranks every located record by
   * travel time. A matcher with another gazetteer indexes its own resolution with
   * {@link #upsert(Candidate, double, double)}.
   *
   * @param candidate the candidate
   */
  public void upsert(Candidate candidate) {
    Objects.requireNonNull(candidate, "candidate");
    candidates.update(candidate.id(), RecordCodec.candidateDocument(candidate, null, taxonomy), this);
  }

  /**
   * Adds or replaces a candidate, indexing the given coordinates as its location (for example
   * resolved from its postcode) instead of those in {@code candidate.home()}. The stored record is
   * unchanged; a later {@link #upsert(Candidate)} indexes the record's own coordinates again.
   *
   * @param candidate the candidate
   * @param lat latitude in degrees, -90..90
   * @param lon longitude in degrees, -180..180
   * @throws IllegalArgumentException if the coordinates are out of range
   */
  public void upsert(Candidate candidate, double lat, double lon) {
    Objects.requireNonNull(candidate, "candidate");
    candidates.update(candidate.id(), RecordCodec.candidateDocument(candidate, new double[] {lat, lon}, taxonomy), this);
  }

  /**
   * Adds a vacancy, or replaces the vacancy with the same id. Its location is indexed as a
   * candidate's home is ({@link #upsert(Candidate)}).
   *
   * @param vacancy the vacancy
   */
  public void upsert(Vacancy vacancy) {
    Objects.requireNonNull(vacancy, "vacancy");
    vacancies.update(vacancy.id(), RecordCodec.vacancyDocument(vacancy), this);
  }

  /**
   * Adds or replaces a vacancy, indexing the given coordinates as its location instead of those in
   * {@code vacancy.location()}; the stored record is unchanged.
   *
   * @param vacancy the vacancy
   * @param lat latitude in degrees, -90..90
   * @param lon longitude in degrees, -180..180
   * @throws IllegalArgumentException if the coordinates are out of range
   */
  public void upsert(Vacancy vacancy, double lat, double lon) {
    Objects.requireNonNull(vacancy, "vacancy");
    vacancies.update(vacancy.id(), RecordCodec.vacancyDocument(vacancy, new double[] {lat, lon}), this);
  }

  /**
   * Upserts every candidate, in order (a later record with the same id wins).
   *
   * @param records the candidates
   * @return how many were upserted
   * @throws NullPointerException naming the position of a null element (earlier ones are upserted)
   */
  public int upsertCandidates(Iterable<Candidate> records) {
    Objects.requireNonNull(records, "records");
    return upsertAll(records.iterator(), "candidate", this::upsert);
  }

  /**
   * Upserts every candidate of the stream, in encounter order.
   *
   * @param records the candidates
   * @return how many were upserted
   */
  public int upsertCandidates(Stream<Candidate> records) {
    Objects.requireNonNull(records, "records");
    return upsertAll(records.sequential().iterator(), "candidate", this::upsert);
  }

  /**
   * Upserts every vacancy, in order (a later record with the same id wins).
   *
   * @param records the vacancies
   * @return how many were upserted
   */
  public int upsertVacancies(Iterable<Vacancy> records) {
    Objects.requireNonNull(records, "records");
    return upsertAll(records.iterator(), "vacancy", this::upsert);
  }

  /**
   * Upserts every vacancy of the stream, in encounter order.
   *
   * @param records the vacancies
   * @return how many were upserted
   */
  public int upsertVacancies(Stream<Vacancy> records) {
    Objects.requireNonNull(records, "records");
    return upsertAll(records.sequential().iterator(), "vacancy", this::upsert);
  }

  /**
   * Deletes the candidate with this id, if any.
   *
   * @param id the candidate id
   */
  public void deleteCandidate(String id) {
    candidates.delete(id, this);
  }

  /**
   * Deletes the vacancy with this id, if any.
   *
   * @param id the vacancy id
   */
  public void deleteVacancy(String id) {
    vacancies.delete(id, this);
  }

  /**
   * Makes all changes so far durable (fsync), then visible as by {@link #refresh()}. The two record
   * types are committed one after the other (candidates first), not atomically together.
   */
  public void commit() {
    ensureOpen();
    try {
      candidates.writer.commit();
      vacancies.writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit " + where + ": " + e.getMessage(), e);
    }
    refresh();
  }

  /**
   * Merges each side of the index, buffered changes included, into one segment and commits, for an index
   * loaded in bulk and then searched (a region's batch, a benchmark): a search then visits one
   * segment instead of the dozen a bulk load leaves. At a million generated candidates the merge took
   * 9 s and a fast-path match of a new vacancy 7% less time (see matcher-bench/results-notes.md).
   * It rewrites the whole index, so it is not worth it after each small change. Blocks until done.
   */
  public void forceMerge() {
    ensureOpen();
    try {
      candidates.writer.forceMerge(1);
      vacancies.writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot merge " + where + ": " + e.getMessage(), e);
    }
    commit();
  }

  /** Makes all changes so far visible to reads, without making them durable. Blocks until done. */
  public void refresh() {
    ensureOpen();
    try {
      candidates.manager.maybeRefreshBlocking();
      vacancies.manager.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh " + where + ": " + e.getMessage(), e);
    }
  }

  /**
   * The candidate with this id in the current view.
   *
   * @param id the candidate id
   * @return the candidate, or empty if there is none
   */
  public Optional<Candidate> candidate(String id) {
    return lookup(candidates, id, RecordCodec::decodeCandidate);
  }

  /**
   * The vacancy with this id in the current view.
   *
   * @param id the vacancy id
   * @return the vacancy, or empty if there is none
   */
  public Optional<Vacancy> vacancy(String id) {
    return lookup(vacancies, id, RecordCodec::decodeVacancy);
  }

  /** The number of candidates in the current view. */
  public int candidateCount() {
    return searchCandidates(s -> s.getIndexReader().numDocs());
  }

  /** The number of vacancies in the current view. */
  public int vacancyCount() {
    return searchVacancies(s -> s.getIndexReader().numDocs());
  }

  /**
   * All candidates in ascending id order (by UTF-8 bytes, which is {@link String#compareTo} order
   * for the ASCII ids the model allows). The stream is lazy and reads pages of a few hundred
   * records, each from the then-current view, so memory stays small for any index size. It is
   * weakly consistent: every id appears at most once and ids only rise; a record changed while the
   * stream runs is seen in its new version if its id is still ahead. Closing the stream is not
   * required.
   */
  public Stream<Candidate> candidates() {
    return stream(candidates, RecordCodec::decodeCandidate);
  }

  /** All vacancies in ascending id order; lazy and weakly consistent as {@link #candidates()}. */
  public Stream<Vacancy> vacancies() {
    return stream(vacancies, RecordCodec::decodeVacancy);
  }

  /**
   * Expert: runs {@code f} with a searcher over the current view of the candidate index, and
   * releases the searcher afterwards. Decode hits with {@link RecordCodec#decodeCandidate}; build
   * queries with the field names in {@link Fields}.
   *
   * @param f the work
   * @param <R> the result type
   * @return what {@code f} returns
   */
  public <R> R searchCandidates(SearcherFunction<R> f) {
    return candidates.withSearcher(f, this);
  }

  /**
   * Expert: runs {@code f} with a searcher over the current view of the vacancy index, and
   * releases the searcher afterwards. Decode hits with {@link RecordCodec#decodeVacancy}.
   *
   * @param f the work
   * @param <R> the result type
   * @return what {@code f} returns
   */
  public <R> R searchVacancies(SearcherFunction<R> f) {
    return vacancies.withSearcher(f, this);
  }

  /**
   * Whether the candidate documents hold the skills {@code taxonomy} implies from past occupations:
   * true when the index was opened with {@code taxonomy} or one whose occupations have the same
   * essential skills. A {@code Matcher} with another taxonomy finds those skills through the
   * occupations instead.
   *
   * @param taxonomy a taxonomy
   * @return true if the candidate documents were built as {@code taxonomy} implies skills
   */
  public boolean indexedWith(Taxonomy taxonomy) {
    return taxonomy == this.taxonomy || impliedSkills.equals(RecordCodec.impliedSkillsFingerprint(taxonomy));
  }

  /**
   * The analyzer of the {@link Fields#TEXT} and {@link Fields#TITLE} fields (Lucene's
   * {@link DutchAnalyzer}), to analyse query text the same way. Thread-safe; do not close it.
   */
  public Analyzer textAnalyzer() {
    return analyzer;
  }

  /**
   * Commits pending changes and releases all resources (files, locks, memory). Idempotent.
   * Searchers lent to running {@link #searchCandidates} calls stay valid until those return.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      IOUtils.close(candidates.manager, vacancies.manager, candidates.writer, vacancies.writer,
          candidates.directory, vacancies.directory, analyzer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + where + ": " + e.getMessage(), e);
    }
  }

  /**
   * Closes without committing: changes since the last commit are lost, as after a crash. Used by
   * tests to check durability.
   */
  void closeWithoutCommit() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      IOUtils.close(candidates.manager, vacancies.manager);
      candidates.writer.rollback();
      vacancies.writer.rollback();
      IOUtils.close(candidates.directory, vacancies.directory, analyzer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "MatchIndex[" + where + (closed.get() ? ", closed" : "") + "]";
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException(where + " is closed");
    }
  }

  private <T> int upsertAll(Iterator<T> it, String what, java.util.function.Consumer<T> upsert) {
    int n = 0;
    while (it.hasNext()) {
      T record = it.next();
      if (record == null) {
        throw new NullPointerException(what + " at position " + n + " is null");
      }
      upsert.accept(record);
      n++;
    }
    return n;
  }

  private <T> Optional<T> lookup(Side side, String id, BiFunction<IndexReader, Integer, T> decoder) {
    Objects.requireNonNull(id, "id");
    return side.withSearcher(s -> {
      TopDocs hits = s.search(new TermQuery(RecordCodec.idTerm(id)), 1);
      if (hits.scoreDocs.length == 0) {
        return Optional.<T>empty();
      }
      return Optional.of(decoder.apply(s.getIndexReader(), hits.scoreDocs[0].doc));
    }, this);
  }

  private <T> Stream<T> stream(Side side, BiFunction<IndexReader, Integer, T> decoder) {
    ensureOpen();
    Spliterator<T> pages = new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT) {
      private BytesRef lastId;
      private Iterator<T> page = Collections.emptyIterator();
      private boolean exhausted;

      @Override
      public boolean tryAdvance(java.util.function.Consumer<? super T> action) {
        while (!page.hasNext()) {
          if (exhausted) {
            return false;
          }
          page = nextPage().iterator();
        }
        action.accept(page.next());
        return true;
      }

      private List<T> nextPage() {
        return side.withSearcher(s -> {
          List<LeafReaderContext> leaves = s.getIndexReader().leaves();
          // Merge the segments' sorted id terms, each positioned just after lastId: a page costs
          // one seek per segment plus O(log segments) per record, whatever the index size.
          PriorityQueue<IdCursor> queue = new PriorityQueue<>(Math.max(1, leaves.size()));
          for (LeafReaderContext leaf : leaves) {
            IdCursor cursor = IdCursor.start(leaf, lastId);
            if (cursor != null) {
              queue.add(cursor);
            }
          }
          List<T> out = new ArrayList<>(PAGE_SIZE);
          IndexReader reader = s.getIndexReader();
          BytesRefBuilder last = null;
          while (out.size() < PAGE_SIZE && !queue.isEmpty()) {
            IdCursor cursor = queue.poll();
            out.add(decoder.apply(reader, cursor.docBase + cursor.doc));
            if (last == null) {
              last = new BytesRefBuilder();
            }
            last.copyBytes(cursor.term); // before advance(), which reuses the term's bytes
            if (cursor.advance()) {
              queue.add(cursor);
            }
          }
          if (out.size() < PAGE_SIZE) {
            exhausted = true;
          }
          if (last != null) {
            lastId = last.toBytesRef();
          }
          return out;
        }, MatchIndex.this);
      }
    };
    return StreamSupport.stream(pages, false);
  }

  private static void closeQuietly(Side side, Analyzer analyzer) {
    if (side != null) {
      IOUtils.closeWhileHandlingException(side.manager, side.writer, side.directory);
    }
    IOUtils.closeWhileHandlingException(analyzer);
  }

  /** The live ids of one segment in term order, for {@link #stream}. */
  private static final class IdCursor implements Comparable<IdCursor> {
    final int docBase;
    private final TermsEnum terms;
    private final Bits liveDocs;
    private PostingsEnum postings;
    BytesRef term;
    int doc;

    private IdCursor(LeafReaderContext leaf, TermsEnum terms) {
      this.docBase = leaf.docBase;
      this.terms = terms;
      this.liveDocs = leaf.reader().getLiveDocs();
    }

    /** A cursor on the first live id after {@code after} (or the first if null), or null if none. */
    static IdCursor start(LeafReaderContext leaf, BytesRef after) throws IOException {
      Terms t = leaf.reader().terms(Fields.ID);
      if (t == null) {
        return null;
      }
      IdCursor cursor = new IdCursor(leaf, t.iterator());
      BytesRef first;
      if (after == null) {
        first = cursor.terms.next();
      } else {
        TermsEnum.SeekStatus status = cursor.terms.seekCeil(after);
        first = switch (status) {
          case END -> null;
          case FOUND -> cursor.terms.next();
          case NOT_FOUND -> cursor.terms.term();
        };
      }
      return cursor.settle(first) ? cursor : null;
    }

    /** Moves to the next live id; false at the end of the segment. */
    boolean advance() {
      try {
        return settle(terms.next());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private boolean settle(BytesRef candidate) throws IOException {
      for (BytesRef t = candidate; t != null; t = terms.next()) {
        postings = terms.postings(postings, PostingsEnum.NONE);
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          if (liveDocs == null || liveDocs.get(d)) {
            term = t;
            doc = d;
            return true;
          }
        }
      }
      term = null;
      return false;
    }

    @Override
    public int compareTo(IdCursor other) {
      return term.compareTo(other.term);
    }
  }

  /** One record type: its directory, writer and searcher manager. */
  private static final class Side {
    final String name;
    final Directory directory;
    final IndexWriter writer;
    final SearcherManager manager;

    private Side(String name, Directory directory, IndexWriter writer, SearcherManager manager) {
      this.name = name;
      this.directory = directory;
      this.writer = writer;
      this.manager = manager;
    }

    /** Opens one side; {@code impliedSkills} is the fingerprint of the candidate side's taxonomy (null: none kept). */
    static Side open(String name, Directory directory, Analyzer analyzer, String where, String impliedSkills)
        throws IOException {
      IndexWriter writer = null;
      try {
        boolean exists = DirectoryReader.indexExists(directory);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setCommitOnClose(true);
        try {
          writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
          throw new IllegalStateException(where + " is already open (the write lock of its " + name
              + " index is held by another MatchIndex, in this or another process): " + e.getMessage(), e);
        }
        if (exists) {
          Map<String, String> data = new java.util.HashMap<>();
          Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
          if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
          }
          String format = data.get(Fields.FORMAT_KEY);
          if (!Fields.FORMAT_VERSION.equals(format)) {
            throw new IllegalStateException(where + ": the " + name + " index has format "
                + (format == null ? "none (not a werkmatch index)" : format) + ", expected "
                + Fields.FORMAT_VERSION + "; reindex from the records");
          }
          String built = data.get(Fields.IMPLIED_SKILLS_KEY);
          if (impliedSkills != null && !impliedSkills.equals(built)) {
            throw new IllegalStateException(where + ": the " + name + " index was built with a taxonomy whose"
                + " occupations imply other skills (fingerprint " + built + ", this taxonomy's " + impliedSkills
                + "); open it with the taxonomy it was built with, or reindex from the records");
          }
        } else {
          Map<String, String> data = new java.util.TreeMap<>();
          data.put(Fields.FORMAT_KEY, Fields.FORMAT_VERSION);
          if (impliedSkills != null) {
            data.put(Fields.IMPLIED_SKILLS_KEY, impliedSkills);
          }
          writer.setLiveCommitData(data.entrySet());
          writer.commit();
        }
        return new Side(name, directory, writer, new SearcherManager(writer, null));
      } catch (IOException | RuntimeException e) {
        if (writer != null) {
          IOUtils.closeWhileHandlingException(writer::rollback);
        }
        IOUtils.closeWhileHandlingException(directory);
        throw e;
      }
    }

    void update(String id, Document doc, MatchIndex owner) {
      owner.ensureOpen();
      try {
        writer.updateDocument(RecordCodec.idTerm(id), doc);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot index " + name + " " + id + " in " + owner.where + ": "
            + e.getMessage(), e);
      }
    }

    void delete(String id, MatchIndex owner) {
      Objects.requireNonNull(id, "id");
      owner.ensureOpen();
      try {
        writer.deleteDocuments(RecordCodec.idTerm(id));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + name + " " + id + " in " + owner.where + ": "
            + e.getMessage(), e);
      }
    }

    <R> R withSearcher(SearcherFunction<R> f, MatchIndex owner) {
      owner.ensureOpen();
      IndexSearcher searcher;
      try {
        searcher = manager.acquire();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        return f.apply(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot search " + name + " in " + owner.where + ": " + e.getMessage(), e);
      } finally {
        try {
          manager.release(searcher);
        } catch (IOException e) {
          LOG.log(System.Logger.Level.WARNING, "cannot release searcher of " + name + " in " + owner.where, e);
        }
      }
    }
  }
}
