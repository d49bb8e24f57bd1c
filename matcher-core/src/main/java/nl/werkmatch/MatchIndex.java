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
import org.apache.lucene.index.IndexCommit;
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
  /** Commit user-data key of the sequence number both record types' commits share. */
  static final String COMMIT_SEQUENCE_KEY = "werkmatch.commit.sequence";
  /** Commits kept per record type: the last, and the one before to roll back a half-done commit. */
  private static final int COMMITS_KEPT = 2;

  private final String where;
  private final Taxonomy taxonomy;
  private final String impliedSkills;
  private final Analyzer analyzer;
  private final Side candidates;
  private final Side vacancies;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final boolean readOnly;
  private long sequence;

  private MatchIndex(String where, Taxonomy taxonomy, String impliedSkills, Analyzer analyzer, Side candidates,
      Side vacancies, long sequence) {
    this.readOnly = candidates.writer == null;
    this.sequence = sequence;
    this.where = where;
    this.taxonomy = taxonomy;
    this.impliedSkills = impliedSkills;
    this.analyzer = analyzer;
    this.candidates = candidates;
    this.vacancies = vacancies;
  }

  /**
   * Opens the index in directory {@code dir} for reading and writing, creating it (and {@code dir})
   * if neither {@code dir/candidates} nor {@code dir/vacancies} holds any file. Only one writable
   * {@code MatchIndex} at a time may have a directory open, in this JVM or any other; any number of
   * {@link #openReadOnly read-only} ones may be open beside it. A directory that holds index files
   * but not a complete index (a side without its segments file, one side missing) is refused
   * without creating or deleting anything. A commit that a crash interrupted between the two record
   * types is rolled back here (see {@link #commit()}).
   *
   * Candidate documents hold the skills {@link Taxonomy#builtIn()} implies from past occupations.
   *
   * @param dir the index directory; it will hold {@code candidates/} and {@code vacancies/}
   * @return the open index
   * @throws IllegalStateException if the directory is already open (Lucene's write lock is held),
   *     holds an incomplete index, or an index of another format or built with a taxonomy that
   *     implies other skills
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
   *     holds an incomplete index, or an index of another format or built with a taxonomy that
   *     implies other skills
   * @throws UncheckedIOException if the directory cannot be created or read
   */
  public static MatchIndex open(Path dir, Taxonomy taxonomy) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(taxonomy, "taxonomy");
    String where = "index directory " + dir.toAbsolutePath();
    Path c = dir.resolve("candidates");
    Path v = dir.resolve("vacancies");
    boolean cExists = hasIndexFiles(c);
    boolean vExists = hasIndexFiles(v);
    if (cExists || vExists) {
      // Never let a writer create an index over files it does not recognise: Lucene would then
      // delete them (a half-copied backup without segments_N would be emptied).
      requireComplete(c, "candidates", where, cExists && !vExists);
      requireComplete(v, "vacancies", where, vExists && !cExists);
    }
    boolean fresh = !(cExists && vExists); // none, or an empty first side of an interrupted creation
    try {
      Files.createDirectories(c);
      Files.createDirectories(v);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + where + ": " + e.getMessage(), e);
    }
    MatchIndex index = openBoth(c, v, where, taxonomy, fresh, "",
        (name, d, analyzer, implied, sequence) -> Side.open(name, d, analyzer, where, implied, sequence, fresh));
    if (index.candidates.rolledBack || index.vacancies.rolledBack || index.candidates.created
        || index.vacancies.created) {
      try {
        index.commit(); // one commit point for both sides again
      } catch (RuntimeException e) {
        index.closeWithoutCommit();
        throw e;
      }
    }
    LOG.log(System.Logger.Level.DEBUG, "opened {0}", where);
    return index;
  }

  /** Opens one side of an index. */
  @FunctionalInterface
  private interface SideOpener {
    Side open(String name, Directory directory, Analyzer analyzer, String impliedSkills, long sequence)
        throws IOException;
  }

  /**
   * Opens both sides with {@code opener} at the commit sequence both share (0 when {@code fresh}),
   * closing whatever was opened when one fails.
   */
  private static MatchIndex openBoth(Path c, Path v, String where, Taxonomy taxonomy, boolean fresh, String purpose,
      SideOpener opener) {
    String implied = RecordCodec.impliedSkillsFingerprint(taxonomy);
    Analyzer analyzer = new DutchAnalyzer();
    Directory cd = null;
    Directory vd = null;
    Side cands = null;
    try {
      cd = FSDirectory.open(c);
      vd = FSDirectory.open(v);
      long sequence = fresh ? 0 : Math.min(latestSequence(cd), latestSequence(vd));
      cands = opener.open("candidates", cd, analyzer, implied, sequence);
      cd = null;
      Side vacs = opener.open("vacancies", vd, analyzer, null, sequence);
      vd = null;
      return new MatchIndex(where, taxonomy, implied, analyzer, cands, vacs, sequence);
    } catch (org.apache.lucene.index.IndexFormatTooNewException | org.apache.lucene.index.IndexFormatTooOldException e) {
      closeQuietly(cands, analyzer);
      IOUtils.closeWhileHandlingException(cd, vd);
      throw new IllegalStateException(where + " was written by a Lucene version this werkmatch (Lucene "
          + org.apache.lucene.util.Version.LATEST + ") cannot read: " + e.getMessage() + "; reindex from the records", e);
    } catch (IOException e) {
      closeQuietly(cands, analyzer);
      IOUtils.closeWhileHandlingException(cd, vd);
      throw new UncheckedIOException("cannot open " + where + purpose + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(cands, analyzer);
      IOUtils.closeWhileHandlingException(cd, vd);
      throw e;
    }
  }

  /**
   * Opens the index in directory {@code dir} for reading only, as {@link #openReadOnly(Path,
   * Taxonomy)} with {@link Taxonomy#builtIn()}.
   *
   * @param dir the index directory, holding {@code candidates/} and {@code vacancies/}
   * @return the open, read-only index
   * @throws IllegalStateException if {@code dir} does not hold a complete werkmatch index (nothing
   *     is created, changed or deleted)
   * @throws UncheckedIOException if the directory cannot be read
   */
  public static MatchIndex openReadOnly(Path dir) {
    return openReadOnly(dir, Taxonomy.builtIn());
  }

  /**
   * Opens the index in directory {@code dir} for reading only: no write lock is taken and nothing in
   * the directory is created, changed or deleted, so any number of readers may open it at once, next
   * to one writer ({@link #open}), and a directory the process may not write is readable. The index
   * is seen as of its last complete commit when opened (both record types of the same
   * {@link #commit()}); {@link #refresh()} does nothing. Writes ({@code upsert}, {@code delete},
   * {@code commit}, {@code forceMerge}) throw {@link IllegalStateException}.
   *
   * @param dir the index directory, holding {@code candidates/} and {@code vacancies/}
   * @param taxonomy the taxonomy the index was built with
   * @return the open, read-only index
   * @throws IllegalStateException if {@code dir} does not hold a complete werkmatch index of this
   *     format built with this taxonomy (nothing is created, changed or deleted)
   * @throws UncheckedIOException if the directory cannot be read
   */
  public static MatchIndex openReadOnly(Path dir, Taxonomy taxonomy) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(taxonomy, "taxonomy");
    String where = "index directory " + dir.toAbsolutePath();
    Path c = dir.resolve("candidates");
    Path v = dir.resolve("vacancies");
    requireComplete(c, "candidates", where, false);
    requireComplete(v, "vacancies", where, false);
    return openBoth(c, v, where, taxonomy, false, " for reading",
        (name, d, analyzer, implied, sequence) -> Side.openReader(name, d, where, implied, sequence));
  }

  /** Whether a side's directory holds any file but a lock. */
  private static boolean hasIndexFiles(Path side) throws UncheckedIOException {
    if (!Files.isDirectory(side)) {
      return false;
    }
    try (Stream<Path> files = Files.list(side)) {
      return files.anyMatch(f -> !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + side + ": " + e.getMessage(), e);
    }
  }

  /**
   * Refuses a side that is not a complete Lucene index, creating and deleting nothing. With
   * {@code onlyThisSideExists} the side must also be an empty new index (a first {@code open}
   * interrupted between creating the two sides), else the missing other side is an error.
   */
  private static void requireComplete(Path side, String name, String where, boolean onlyThisSideExists) {
    String remedy = "; nothing was created, changed or deleted. Restore the whole index directory"
        + " from a backup, or build a new index in an empty directory";
    if (!Files.isDirectory(side)) {
      throw new IllegalStateException(where + " is not a complete werkmatch index: " + side.getFileName()
          + "/ is missing" + remedy);
    }
    try (Directory d = FSDirectory.open(side)) {
      if (!DirectoryReader.indexExists(d)) {
        throw new IllegalStateException(where + " is not a complete werkmatch index: " + name
            + "/ has no Lucene segments file (segments_N)" + remedy);
      }
      if (onlyThisSideExists) {
        try (DirectoryReader r = DirectoryReader.open(d)) {
          if (r.maxDoc() > 0) {
            throw new IllegalStateException(where + " is not a complete werkmatch index: " + name
                + "/ holds records but the other record type's index is missing" + remedy);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + side + ": " + e.getMessage(), e);
    }
  }

  /** The commit sequence of the newest commit of a side, 0 for none or an index before sequences. */
  static long latestSequence(Directory d) throws IOException {
    if (!DirectoryReader.indexExists(d)) {
      return 0;
    }
    List<IndexCommit> commits = DirectoryReader.listCommits(d);
    return sequenceOf(commits.get(commits.size() - 1));
  }

  private static long sequenceOf(IndexCommit commit) throws IOException {
    String s = commit.getUserData().get(COMMIT_SEQUENCE_KEY);
    return s == null ? 0 : Long.parseLong(s);
  }

  /** The newest commit of a side whose sequence is {@code sequence}. */
  static IndexCommit commitWithSequence(Directory d, long sequence, String name, String where)
      throws IOException {
    List<IndexCommit> commits = DirectoryReader.listCommits(d);
    for (int i = commits.size() - 1; i >= 0; i--) {
      if (sequenceOf(commits.get(i)) == sequence) {
        return commits.get(i);
      }
    }
    throw new IllegalStateException(where + ": the " + name + " index has no commit " + sequence
        + " to match the other record type's; run `matcher check --index DIR` and restore from a backup");
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
      Side cands = Side.open("candidates", new ByteBuffersDirectory(), analyzer, where, implied, 0, true);
      Side vacs = Side.open("vacancies", new ByteBuffersDirectory(), analyzer, where, null, 0, true);
      MatchIndex index = new MatchIndex(where, taxonomy, implied, analyzer, cands, vacs, 0);
      index.commit();
      return index;
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
   * Makes all changes so far durable (fsync), then visible as by {@link #refresh()}. Both record
   * types are committed as one: each side is first prepared (every file written and synced), then
   * both publish a commit carrying the same sequence number. A crash between the two publications
   * leaves one side a commit ahead; the next {@link #open} or {@link #openReadOnly} rolls it back
   * to the commit both sides share, so after a crash the index is the state of the last complete
   * commit, never candidates of one commit with vacancies of another.
   *
   * @throws IllegalStateException if the index is read-only or closed
   */
  public void commit() {
    ensureWritable();
    synchronized (this) {
      long next = sequence + 1;
      try {
        candidates.setCommitData(next);
        vacancies.setCommitData(next);
        candidates.writer.prepareCommit();
        vacancies.writer.prepareCommit();
        candidates.writer.commit();
        vacancies.writer.commit();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot commit " + where + ": " + e.getMessage(), e);
      }
      sequence = next;
    }
    refresh();
  }

  /**
   * Discards every change since the last {@link #commit()} and closes the index, as if the process
   * had stopped: the directory keeps the last commit. For a load that failed half way. Idempotent
   * with {@link #close()} (whichever comes first decides).
   */
  public void rollback() {
    closeWithoutCommit();
  }

  /** Whether this index was opened with {@link #openReadOnly}. */
  public boolean readOnly() {
    return readOnly;
  }

  /**
   * The commit the index's committed state is: its sequence number (shared by both record types),
   * each side's Lucene generation, and a SHA-256 over both sides' segment identities, deletions and
   * updates, which changes with any committed change. For a read-only index, the commit it was
   * opened at; for a writable one, its last commit.
   *
   * @return the commit
   */
  public Commit lastCommit() {
    ensureOpen();
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      long[] generations = new long[2];
      int i = 0;
      for (Side side : new Side[] {candidates, vacancies}) {
        org.apache.lucene.index.SegmentInfos infos = side.committedInfos();
        generations[i++] = infos.getGeneration();
        sha.update(side.name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (org.apache.lucene.index.SegmentCommitInfo sci : infos) {
          sha.update((sci.info.name + ':' + java.util.HexFormat.of().formatHex(sci.info.getId()) + ':'
              + sci.info.maxDoc() + ':' + sci.getDelCount() + ':' + sci.getDelGen() + ':' + sci.getFieldInfosGen()
              + ':' + sci.getDocValuesGen() + ';').getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      return new Commit(sequence, generations[0], generations[1],
          java.util.HexFormat.of().formatHex(sha.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the commit of " + where + ": " + e.getMessage(), e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks the checksums of every file of both sides' current view (Lucene's
   * {@code LeafReader.checkIntegrity}): reads the whole index once, so flipped bytes are found before
   * a long run rather than by the decode of one record in the middle of it.
   *
   * @throws IllegalStateException naming the side and the file when a checksum does not match, with
   *     the remedy ({@code matcher check}, restore or reindex)
   */
  public void verifyChecksums() {
    for (Side side : new Side[] {candidates, vacancies}) {
      side.withSearcher(s -> {
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
          try {
            leaf.reader().checkIntegrity();
          } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(where + ": the " + side.name + " index is damaged ("
                + e.getMessage() + "); run `matcher check --index DIR` and restore it from a backup or"
                + " reindex from the records", e);
          }
        }
        return null;
      }, this);
    }
  }

  /**
   * One commit of a {@link MatchIndex} ({@link #lastCommit()}).
   *
   * @param sequence the commit's sequence number, shared by both record types
   * @param candidateGeneration the Lucene generation of the candidate index's commit
   * @param vacancyGeneration the Lucene generation of the vacancy index's commit
   * @param contentSha256 hex SHA-256 over both commits' segments, deletions and updates
   */
  public record Commit(long sequence, long candidateGeneration, long vacancyGeneration, String contentSha256) {
    /** The one-line form {@code sequence/candidateGeneration/vacancyGeneration/sha}. */
    @Override
    public String toString() {
      return sequence + "/" + candidateGeneration + "/" + vacancyGeneration + "/" + contentSha256;
    }
  }

  /**
   * Merges each side of the index, buffered changes included, into one segment and commits, for an index
   * loaded in bulk and then searched (a region's batch, a benchmark): a search then visits one
   * segment instead of the dozen a bulk load leaves. At a million generated candidates the merge took
   * 9 s and a fast-path match of a new vacancy 7% less time (see matcher-bench/results-notes.md).
   * It rewrites the whole index, so it is not worth it after each small change. Blocks until done.
   */
  public void forceMerge() {
    ensureWritable();
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
    if (readOnly) {
      return;
    }
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
   * The ids of all candidates in ascending order, without decoding the records; lazy and weakly
   * consistent as {@link #candidates()}.
   */
  public Stream<String> candidateIds() {
    return stream(candidates, null);
  }

  /** The ids of all vacancies in ascending order, without decoding the records; as {@link #candidateIds()}. */
  public Stream<String> vacancyIds() {
    return stream(vacancies, null);
  }

  /**
   * Removes deleted records from the files of the index, not just from its view: rewrites every
   * segment that holds deleted documents ({@code IndexWriter.forceMergeDeletes}), then commits twice,
   * so that neither the last commit nor the one kept before it (see {@link #commit()}) references a
   * file with a deleted record's bytes. For an erasure request (AVG article 17): after
   * {@link #deleteCandidate} and this call, the record is gone from the directory. Readers still
   * open on older files keep them until they close.
   *
   * @throws IllegalStateException if the index is read-only or closed
   */
  public void expungeDeletes() {
    ensureWritable();
    try {
      candidates.writer.forceMergeDeletes(true);
      vacancies.writer.forceMergeDeletes(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot expunge deletes in " + where + ": " + e.getMessage(), e);
    }
    commit();
    commit();
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
    if (closed.get()) {
      return;
    }
    if (!readOnly && (candidates.writer.hasUncommittedChanges() || vacancies.writer.hasUncommittedChanges())) {
      commit();
    }
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
   * Closes without committing: changes since the last commit are lost, as after a crash.
   */
  void closeWithoutCommit() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      IOUtils.close(candidates.manager, vacancies.manager);
      if (!readOnly) {
        candidates.writer.rollback();
        vacancies.writer.rollback();
      }
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

  private void ensureWritable() {
    ensureOpen();
    if (readOnly) {
      throw new IllegalStateException(where + " is open read-only; open it with MatchIndex.open to change it");
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
      return Optional.of(decode(side, decoder, s.getIndexReader(), hits.scoreDocs[0].doc, id));
    }, this);
  }

  /** Decodes one document, naming the record id and the remedy when it cannot be decoded. */
  private <T> T decode(Side side, BiFunction<IndexReader, Integer, T> decoder, IndexReader reader, int doc,
      String id) {
    try {
      return decoder.apply(reader, doc);
    } catch (RuntimeException e) {
      String m = String.valueOf(e.getMessage());
      throw new IllegalStateException(where + ": cannot decode " + side.name + " record " + id + ": " + m
          + (m.contains("matcher check") ? "" : "; the index is damaged: run `matcher check --index DIR`, then"
          + " restore it from a backup or reindex from the records"), e);
    }
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
            String id = cursor.term.utf8ToString();
            @SuppressWarnings("unchecked")
            T value = decoder == null ? (T) id : decode(side, decoder, reader, cursor.docBase + cursor.doc, id);
            out.add(value);
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
      IOUtils.closeWhileHandlingException(side.manager);
      if (side.writer != null) {
        IOUtils.closeWhileHandlingException(side.writer::rollback);
      }
      IOUtils.closeWhileHandlingException(side.directory);
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

  /** One record type: its directory, writer (null when read-only) and searcher manager. */
  private static final class Side {
    final String name;
    final Directory directory;
    final IndexWriter writer;
    final SearcherManager manager;
    /** The user data every commit of this side carries besides the sequence. */
    final Map<String, String> baseData;
    /** The commit a read-only side was opened at. */
    final IndexCommit openedAt;
    /** Whether opening rolled this side back to the commit the other side has. */
    boolean rolledBack;
    /** Whether opening created this side. */
    boolean created;

    private Side(String name, Directory directory, IndexWriter writer, SearcherManager manager,
        Map<String, String> baseData, IndexCommit openedAt) {
      this.name = name;
      this.directory = directory;
      this.writer = writer;
      this.manager = manager;
      this.baseData = baseData;
      this.openedAt = openedAt;
    }

    /**
     * Opens one side for writing at the commit with {@code sequence} (rolling back a newer one);
     * {@code impliedSkills} is the fingerprint of the candidate side's taxonomy (null: none kept).
     */
    static Side open(String name, Directory directory, Analyzer analyzer, String where, String impliedSkills,
        long sequence, boolean fresh) throws IOException {
      IndexWriter writer = null;
      try {
        boolean exists = !fresh && DirectoryReader.indexExists(directory);
        IndexCommit start = null;
        boolean rollBack = false;
        if (exists) {
          start = commitWithSequence(directory, sequence, name, where);
          List<IndexCommit> commits = DirectoryReader.listCommits(directory);
          rollBack = !start.equals(commits.get(commits.size() - 1));
          checkCommitData(start.getUserData(), name, where, impliedSkills);
        }
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
            .setOpenMode(exists ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
            .setIndexDeletionPolicy(new KeepLastCommits(COMMITS_KEPT))
            // expungeDeletes rewrites every segment with a deleted record, however few (erasure)
            .setMergePolicy(new org.apache.lucene.index.TieredMergePolicy().setForceMergeDeletesPctAllowed(0))
            .setCommitOnClose(false);
        if (rollBack) {
          config.setIndexCommit(start);
          LOG.log(System.Logger.Level.WARNING, "{0}: the {1} index was a commit ahead of the other record type"
              + " (a commit interrupted half way); rolled back to commit {2}", where, name, sequence);
        }
        try {
          writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
          throw new IllegalStateException(where + " is already open (the write lock of its " + name
              + " index is held by another MatchIndex, in this or another process): " + e.getMessage(), e);
        }
        Map<String, String> base = new java.util.TreeMap<>();
        base.put(Fields.FORMAT_KEY, Fields.FORMAT_VERSION);
        if (impliedSkills != null) {
          base.put(Fields.IMPLIED_SKILLS_KEY, impliedSkills);
        }
        Side side = new Side(name, directory, writer, new SearcherManager(writer, null), base, null);
        side.rolledBack = rollBack;
        side.created = !exists;
        return side;
      } catch (IOException | RuntimeException e) {
        if (writer != null) {
          IOUtils.closeWhileHandlingException(writer::rollback);
        }
        IOUtils.closeWhileHandlingException(directory);
        throw e;
      }
    }

    /** Opens one side for reading at its newest commit with {@code sequence}; takes no lock. */
    static Side openReader(String name, Directory directory, String where, String impliedSkills, long sequence)
        throws IOException {
      try {
        IndexCommit commit = commitWithSequence(directory, sequence, name, where);
        checkCommitData(commit.getUserData(), name, where, impliedSkills);
        DirectoryReader reader = DirectoryReader.open(commit);
        return new Side(name, directory, null, new SearcherManager(reader, null), Map.of(), commit);
      } catch (IOException | RuntimeException e) {
        IOUtils.closeWhileHandlingException(directory);
        throw e;
      }
    }

    private static void checkCommitData(Map<String, String> data, String name, String where, String impliedSkills) {
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
    }

    void setCommitData(long sequence) {
      Map<String, String> data = new java.util.TreeMap<>(baseData);
      data.put(COMMIT_SEQUENCE_KEY, Long.toString(sequence));
      writer.setLiveCommitData(data.entrySet(), true);
    }

    /** The segments of the commit this side's committed state is. */
    org.apache.lucene.index.SegmentInfos committedInfos() throws IOException {
      return openedAt != null
          ? org.apache.lucene.index.SegmentInfos.readCommit(directory, openedAt.getSegmentsFileName())
          : org.apache.lucene.index.SegmentInfos.readLatestCommit(directory);
    }

    void update(String id, Document doc, MatchIndex owner) {
      owner.ensureWritable();
      try {
        writer.updateDocument(RecordCodec.idTerm(id), doc);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot index " + name + " " + id + " in " + owner.where + ": "
            + e.getMessage(), e);
      }
    }

    void delete(String id, MatchIndex owner) {
      Objects.requireNonNull(id, "id");
      owner.ensureWritable();
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

  /** Keeps the newest {@code n} commits, so a side a commit ahead can be rolled back. */
  private static final class KeepLastCommits extends org.apache.lucene.index.IndexDeletionPolicy {
    private final int n;

    KeepLastCommits(int n) {
      this.n = n;
    }

    @Override
    public void onInit(List<? extends IndexCommit> commits) {
      onCommit(commits);
    }

    @Override
    public void onCommit(List<? extends IndexCommit> commits) {
      for (int i = 0; i < commits.size() - n; i++) {
        commits.get(i).delete();
      }
    }
  }
}
