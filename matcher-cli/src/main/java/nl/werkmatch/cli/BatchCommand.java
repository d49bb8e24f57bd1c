package nl.werkmatch.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.batch.BatchMatcher;
import nl.werkmatch.batch.BatchReport;
import nl.werkmatch.batch.QueryDiagnostics;
import nl.werkmatch.eval.Run;
import nl.werkmatch.io.Json;
import nl.werkmatch.match.CategoryScore;
import nl.werkmatch.match.Category;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.rules.Audience;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code batch}: a region-wide run with progress, resumable after any interruption (kill -9
 * included), writing results, diagnostics and a report.
 *
 * <p>Resumability: results, a TREC run and per-query diagnostics are appended query by query in id
 * order; after each flush a checkpoint records how many queries are done and the byte length of
 * every output file, replaced atomically. A new run with the same arguments finds the checkpoint,
 * cuts every file back to its recorded length and carries on with the next query, so the final
 * bytes equal those of an uninterrupted run. Different arguments start afresh.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Match every vacancy against the candidates (or every candidate against the vacancies) and write "
        + "results (JSON Lines, CSV, TREC run), diagnostics and an HTML report. Resumable: run it again with the same "
        + "arguments after an interruption.")
final class BatchCommand implements Callable<Integer> {
  @Mixin
  MatchOptions options;

  @Option(names = "--direction", required = true, paramLabel = "vacancies|candidates",
      description = "vacancies: every vacancy gets ranked candidates; candidates: every candidate gets ranked vacancies.")
  String direction;

  @Option(names = "--top", paramLabel = "K", description = "Shortlist size (default: the profile's topK).")
  Integer top;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path out;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Worker threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--exhaustive", description = "Score every pair exactly (slower; exact funnels and distributions).")
  boolean exhaustive;

  @Option(names = "--audience", defaultValue = "internal", paramLabel = "internal|employer",
      description = "internal (default): results, diagnostics and the report for the municipality; employer: only an "
          + "employer shortlist per vacancy (JSON, CSV, printable Dutch HTML) in OUT/employer/, with consented, "
          + "pseudonymised profiles and nothing else (needs --direction vacancies).")
  String audience;

  @Mixin
  EmployerOptions employer;

  @Option(names = "--min-cell", defaultValue = "5", paramLabel = "N",
      description = "Small-cell suppression: group counts below N are not shown in report.json, report.html and "
          + "diagnostics.json (default ${DEFAULT-VALUE}; 1 shows every count). Group counts are never written per "
          + "query beside shortlisted ids.")
  int minCell;

  @Option(names = "--restart", description = "Start afresh even if the output folder holds a checkpoint (needed when"
      + " the index changed since it was written, or the checkpoint is damaged).")
  boolean restart;

  static final String RESULTS = "results.jsonl";
  static final String CSV = "results.csv";
  static final String TREC = "results.trec";
  static final String DIAG = "diagnostics.jsonl";
  static final String CHECKPOINT = "checkpoint.json";
  static final List<String> APPENDED = List.of(RESULTS, CSV, TREC, DIAG);

  @Override
  public Integer call() throws Exception {
    Direction dir = switch (direction.toLowerCase(Locale.ROOT)) {
      case "vacancies" -> Direction.VACANCY_TO_CANDIDATES;
      case "candidates" -> Direction.CANDIDATE_TO_VACANCIES;
      default -> throw new IllegalArgumentException("--direction must be vacancies or candidates, got '" + direction + "'");
    };
    MatchProfile profile = options.profile();
    if (top != null) {
      profile = profile.withTopK(top);
    }
    boolean forEmployer = switch (audience.toLowerCase(Locale.ROOT)) {
      case "employer" -> true;
      case "internal" -> false;
      default -> throw new IllegalArgumentException("--audience must be internal or employer, got '" + audience + "'");
    };
    if (forEmployer && dir != Direction.VACANCY_TO_CANDIDATES) {
      throw new IllegalArgumentException("--audience employer writes candidates per vacancy: use --direction vacancies");
    }
    if (minCell < 1) {
      throw new IllegalArgumentException("--min-cell must be at least 1, got " + minCell);
    }
    Files.createDirectories(out);
    if (forEmployer) {
      try (MatchIndex idx = options.openIndex()) {
        idx.verifyChecksums();
        Matcher matcher = options.matcher(idx, profile, Audience.EMPLOYER);
        EmployerExport.run(matcher, idx, exhaustive ? Matcher.Mode.EXHAUSTIVE : Matcher.Mode.FAST, threads,
            employer.policy(), options.locale(), out);
      }
      return 0;
    }
    String fingerprint = fingerprint(dir, profile);
    try (MatchIndex idx = options.openIndex()) {
      idx.verifyChecksums(); // flipped bytes stop the run here, not at one record on every resume
      Matcher matcher = options.matcher(idx, profile, Audience.INTERNAL);
      String commit = idx.lastCommit().toString();
      long skip = resume(fingerprint, commit, dir == Direction.VACANCY_TO_CANDIDATES ? idx::vacancyIds : idx::candidateIds);
      BatchMatcher batch = BatchMatcher.builder(matcher, idx).direction(dir).threads(threads)
          .mode(exhaustive ? Matcher.Mode.EXHAUSTIVE : Matcher.Mode.FAST).skip(skip)
          .progress(new Progress(System.err, skip)).build();
      if (skip > 0) {
        System.err.printf("resuming after %d of %d queries%n", skip, batch.total());
      }
      Output.Groups groups = new Output.Groups(skip == 0 ? null : resumed);
      try (Output o = new Output(out, skip == 0, fingerprint, commit, skip, profile,
          skip == 0 ? null : skippedIds(dir == Direction.VACANCY_TO_CANDIDATES ? idx::vacancyIds : idx::candidateIds,
              skip), groups)) {
        BatchMatcher.Summary s = batch.run((result, diagnostics) -> o.write(result, diagnostics.data()));
        o.checkpoint(true);
        System.err.printf("%n%d queries (%d resumed), %d matches in %.1f s%n", s.queries() + s.skipped(), s.skipped(),
            s.matches(), s.elapsedNanos() / 1e9);
      }
      report(dir, matcher, idx, groups);
    }
    return 0;
  }

  /**
   * Reads the checkpoint; truncates the outputs to it and returns the queries done, or 0 to start
   * afresh. A checkpoint of another index commit, or whose query ids are not the first ids of the
   * index, is refused (unless --restart); a damaged one is named with the remedy.
   */
  private long resume(String fingerprint, String commit, java.util.function.Supplier<Stream<String>> queryIds)
      throws IOException {
    Path cp = out.resolve(CHECKPOINT);
    if (!Files.exists(cp)) {
      return 0;
    }
    if (restart) {
      System.err.println("--restart: starting afresh");
      return 0;
    }
    Checkpoint c = Checkpoint.read(cp);
    if (!fingerprint.equals(c.arguments())) {
      System.err.println("output folder holds a run with other arguments: starting afresh");
      return 0;
    }
    if (!commit.equals(c.index())) {
      throw new IllegalStateException("the index changed since the checkpoint " + cp + " was written (index commit "
          + c.index() + ", now " + commit + "): the " + c.queriesDone() + " shortlists already written were computed on"
          + " other data. Run again with --restart to start the batch afresh");
    }
    if (!skippedIds(queryIds, c.queriesDone()).hash().equals(c.queryIds())) {
      throw new IllegalStateException("the checkpoint " + cp + " does not cover the first " + c.queriesDone()
          + " queries of the index (their ids differ): run again with --restart to start afresh");
    }
    for (String f : APPENDED) {
      long len = c.bytes().get(f);
      Path p = out.resolve(f);
      if (!Files.exists(p) || Files.size(p) < len) {
        System.err.println("checkpoint does not match " + f + ": starting afresh");
        return 0;
      }
      try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
        ch.truncate(len);
      }
    }
    resumed = c;
    return c.queriesDone();
  }

  /** The checkpoint a run resumes from (null on a fresh run). */
  private Checkpoint resumed;

  /** The running hash of the first {@code n} query ids in the index's order. */
  private static QueryIds skippedIds(java.util.function.Supplier<Stream<String>> ids, long n) {
    QueryIds q = new QueryIds();
    try (Stream<String> s = ids.get()) {
      s.limit(n).forEach(q::add);
    }
    return q;
  }

  /** A running SHA-256 of query ids, in order. */
  static final class QueryIds {
    private final MessageDigest sha;

    QueryIds() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    void add(String id) {
      sha.update(id.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
    }

    String hash() {
      try {
        return HexFormat.of().formatHex(((MessageDigest) sha.clone()).digest());
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * What a checkpoint holds.
   *
   * @param arguments the fingerprint of the arguments
   * @param index the index commit the run reads ({@link MatchIndex#lastCommit()})
   * @param queriesDone queries whose output is complete
   * @param queryIds the SHA-256 of those queries' ids in order
   * @param bytes each appended file's length after them
   * @param eligibleGroups eligible candidates per fairness group ({@code dimension=group}), summed over those queries
   * @param shortlistGroups shortlisted candidates per fairness group, summed over those queries
   */
  record Checkpoint(String arguments, String index, long queriesDone, String queryIds, Map<String, Long> bytes,
      Map<String, Long> eligibleGroups, Map<String, Long> shortlistGroups) {
    /** Reads and checks a checkpoint file; a damaged one is an error naming the file and the remedy. */
    static Checkpoint read(Path cp) {
      String remedy = "; remove it, or run again with --restart, to start the batch afresh";
      com.fasterxml.jackson.databind.JsonNode c;
      try {
        c = Json.mapper().readTree(cp.toFile());
      } catch (IOException e) {
        throw new IllegalStateException("the checkpoint " + cp + " is damaged (not JSON: "
            + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")" + remedy, e);
      }
      if (c == null || !c.isObject()) {
        throw new IllegalStateException("the checkpoint " + cp + " is damaged (not a JSON object)" + remedy);
      }
      Map<String, Long> bytes = new LinkedHashMap<>();
      for (String f : APPENDED) {
        com.fasterxml.jackson.databind.JsonNode n = c.path("bytes").path(f);
        if (!n.canConvertToLong() || !n.isIntegralNumber() || n.asLong() < 0) {
          throw new IllegalStateException("the checkpoint " + cp + " is damaged (bytes." + f
              + " is not a length)" + remedy);
        }
        bytes.put(f, n.asLong());
      }
      for (String field : new String[] {"arguments", "index", "queryIds"}) {
        if (!c.path(field).isTextual()) {
          throw new IllegalStateException("the checkpoint " + cp + " is damaged or from an older werkmatch ("
              + field + " is missing)" + remedy);
        }
      }
      com.fasterxml.jackson.databind.JsonNode done = c.path("queriesDone");
      if (!done.isIntegralNumber() || !done.canConvertToLong() || done.asLong() < 0) {
        throw new IllegalStateException("the checkpoint " + cp + " is damaged (queriesDone is not a count)" + remedy);
      }
      Map<String, Long> eligibleGroups = counts(c.path("groups").path("eligible"), cp, "groups.eligible", remedy);
      Map<String, Long> shortlistGroups = counts(c.path("groups").path("shortlisted"), cp, "groups.shortlisted", remedy);
      return new Checkpoint(c.get("arguments").asText(), c.get("index").asText(), done.asLong(),
          c.get("queryIds").asText(), bytes, eligibleGroups, shortlistGroups);
    }

    private static Map<String, Long> counts(com.fasterxml.jackson.databind.JsonNode n, Path cp, String field,
        String remedy) {
      if (!n.isObject()) {
        throw new IllegalStateException("the checkpoint " + cp + " is damaged or from an older werkmatch (" + field
            + " is missing)" + remedy);
      }
      Map<String, Long> m = new java.util.TreeMap<>();
      for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : n.properties()) {
        if (!e.getValue().isIntegralNumber() || e.getValue().asLong() < 0) {
          throw new IllegalStateException("the checkpoint " + cp + " is damaged (" + field + "." + e.getKey()
              + " is not a count)" + remedy);
        }
        m.put(e.getKey(), e.getValue().asLong());
      }
      return m;
    }
  }

  /** What identifies a run: everything that changes its output bytes. */
  private String fingerprint(Direction dir, MatchProfile profile) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(dir.name().getBytes(StandardCharsets.UTF_8));
    sha.update(profile.toJson().getBytes(StandardCharsets.UTF_8));
    sha.update(String.valueOf(options.policy == null ? "" : Files.readString(options.policy)).getBytes(StandardCharsets.UTF_8));
    sha.update(options.date.toString().getBytes(StandardCharsets.UTF_8));
    sha.update(Boolean.toString(exhaustive).getBytes(StandardCharsets.UTF_8));
    sha.update(options.index.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest());
  }

  private void report(Direction dir, Matcher matcher, MatchIndex idx, Output.Groups groups) throws IOException {
    BatchReport report = new BatchReport(dir, matcher, minCell);
    report.addExposureGroups(groups.eligible, groups.shortlisted);
    try (Stream<String> lines = Files.lines(out.resolve(DIAG), StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        report.add(Json.mapper().readValue(line, QueryDiagnostics.Data.class));
      }
    }
    try (Stream<Candidate> all = idx.candidates()) {
      report.explainNoMatch(matcher, all::iterator);
    }
    ObjectNode json = report.json();
    Files.writeString(out.resolve("report.json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
    ObjectNode diag = Json.mapper().createObjectNode();
    diag.set("exclusionFunnel", json.get("exclusionFunnel"));
    diag.set("unfillableVacancies", json.get("unfillableVacancies"));
    diag.set("withoutMatch", json.get("withoutMatch"));
    diag.set("completenessProblems", json.get("completenessProblems"));
    diag.set("gapClosers", json.get("gapClosers"));
    diag.set("exposure", json.get("exposure"));
    Files.writeString(out.resolve("diagnostics.json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(diag) + "\n");
    Files.writeString(out.resolve("report.html"), report.html(options.locale()));
    System.err.println("wrote " + out.resolve("report.html") + ", report.json, diagnostics.json");
    List<String> closers = report.topGapClosers(5);
    if (!closers.isEmpty()) {
      System.err.println("top gap closers:");
      closers.forEach(c -> System.err.println("  " + c));
    }
  }

  /** The appended output files and the checkpoint. */
  private static final class Output implements AutoCloseable {
    private final Path dir;
    private final Map<String, Writer> writers = new LinkedHashMap<>();
    private final Map<String, long[]> bytes = new LinkedHashMap<>();
    private final String fingerprint;
    private final String commit;
    private final QueryIds queryIds;
    private final MatchProfile profile;
    private long done;
    private long lastCheckpoint;

    private final Groups groups;

    /**
     * Fairness-group counts summed over the queries done: kept here and in the checkpoint only, so no
     * file holds a shortlist's group counts beside its ids.
     */
    static final class Groups {
      final Map<String, Long> eligible = new java.util.TreeMap<>();
      final Map<String, Long> shortlisted = new java.util.TreeMap<>();

      Groups(Checkpoint resumed) {
        if (resumed != null) {
          eligible.putAll(resumed.eligibleGroups());
          shortlisted.putAll(resumed.shortlistGroups());
        }
      }
    }

    Output(Path dir, boolean fresh, String fingerprint, String commit, long done, MatchProfile profile,
        QueryIds skipped, Groups groups) throws IOException {
      this.dir = dir;
      this.groups = groups;
      this.fingerprint = fingerprint;
      this.commit = commit;
      this.queryIds = skipped == null ? new QueryIds() : skipped;
      this.done = done;
      this.profile = profile;
      if (fresh) {
        Files.deleteIfExists(dir.resolve(CHECKPOINT));
      }
      for (String f : APPENDED) {
        Path p = dir.resolve(f);
        Writer w = fresh
            ? Files.newBufferedWriter(p, StandardCharsets.UTF_8)
            : Files.newBufferedWriter(p, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        writers.put(f, w);
        bytes.put(f, new long[] {fresh ? 0 : Files.size(p)});
      }
      if (fresh) {
        StringBuilder h = new StringBuilder("query,rank,vacancyId,candidateId,score,completeness");
        for (Category c : Category.values()) {
          if (profile.weight(c) > 0) {
            h.append(',').append(c.key());
          }
        }
        h.append(",travelMinutes,travelMode\n");
        append(CSV, h.toString());
        flush();
      }
    }

    void write(MatchResult r, QueryDiagnostics.Data d) throws IOException {
      StringBuilder jsonl = new StringBuilder();
      StringBuilder csv = new StringBuilder();
      List<Run.Entry> run = new ArrayList<>();
      for (RankedMatch m : r.matches()) {
        MatchScore s = m.score();
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("query", r.queryId());
        o.put("rank", m.rank());
        o.put("vacancyId", s.vacancyId());
        o.put("candidateId", s.candidateId());
        o.put("score", round(s.total()));
        o.put("completeness", round(s.completeness()));
        ObjectNode cats = o.putObject("categories");
        csv.append(r.queryId()).append(',').append(m.rank()).append(',').append(s.vacancyId()).append(',')
            .append(s.candidateId()).append(',').append(fmt(s.total())).append(',').append(fmt(s.completeness()));
        for (CategoryScore c : s.categories()) {
          cats.put(c.category().key(), round(c.score()));
          csv.append(',').append(fmt(c.score()));
        }
        if (s.travel().known()) {
          o.put("travelMinutes", s.travel().minutes());
          o.put("travelMode", s.travel().mode().name());
          csv.append(',').append(s.travel().minutes()).append(',').append(s.travel().mode().name());
        } else {
          csv.append(",,");
        }
        csv.append('\n');
        jsonl.append(Json.mapper().writeValueAsString(o)).append('\n');
        run.add(new Run.Entry(m.itemId(r.direction()), round(s.total())));
      }
      append(RESULTS, jsonl.toString());
      append(CSV, csv.toString());
      if (!run.isEmpty()) {
        java.io.StringWriter sw = new java.io.StringWriter();
        Run.of(Run.tagOf(profile.name()), Map.of(r.queryId(), run)).writeTrec(sw);
        append(TREC, sw.toString());
      }
      d.eligibleGroups().forEach((g, n) -> groups.eligible.merge(g, (long) n, Long::sum));
      d.shortlistGroups().forEach((g, n) -> groups.shortlisted.merge(g, (long) n, Long::sum));
      QueryDiagnostics.Data withoutGroups = new QueryDiagnostics.Data(d.query(), d.considered(), d.eligible(),
          d.aboveMinScore(), d.excludedByRule(), d.scoreHistogram(), d.travelHistogram(), d.unlocks(), d.unlockLabels(),
          d.nearMissMissingFields(), d.shortlisted(), Map.of(), Map.of(), d.filteredByRule());
      append(DIAG, Json.mapper().writeValueAsString(withoutGroups) + "\n");
      queryIds.add(r.queryId());
      done++;
      long now = System.nanoTime();
      if (now - lastCheckpoint > 200_000_000L) {
        checkpoint(false);
        lastCheckpoint = now;
      }
    }

    private void append(String file, String text) throws IOException {
      writers.get(file).write(text);
      bytes.get(file)[0] += text.getBytes(StandardCharsets.UTF_8).length;
    }

    private void flush() throws IOException {
      for (Writer w : writers.values()) {
        w.flush();
      }
    }

    /** Flushes every file, then records the queries done and the file lengths, atomically. */
    void checkpoint(boolean complete) throws IOException {
      flush();
      ObjectNode c = Json.mapper().createObjectNode();
      c.put("arguments", fingerprint);
      c.put("index", commit);
      c.put("queriesDone", done);
      c.put("queryIds", queryIds.hash());
      c.put("complete", complete);
      ObjectNode g = c.putObject("groups");
      ObjectNode ge = g.putObject("eligible");
      groups.eligible.forEach(ge::put);
      ObjectNode gs = g.putObject("shortlisted");
      groups.shortlisted.forEach(gs::put);
      ObjectNode b = c.putObject("bytes");
      bytes.forEach((f, n) -> b.put(f, n[0]));
      Path tmp = dir.resolve(CHECKPOINT + ".tmp");
      Files.writeString(tmp, Json.mapper().writeValueAsString(c) + "\n");
      Files.move(tmp, dir.resolve(CHECKPOINT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() throws IOException {
      for (Writer w : writers.values()) {
        w.close();
      }
    }

    private static double round(double d) {
      return Math.round(d * 10_000) / 10_000.0;
    }

    private static String fmt(double d) {
      return String.format(Locale.ROOT, "%.4f", d);
    }
  }

  /** A progress bar with rate and ETA on a terminal; a log line every 10 seconds otherwise. */
  static final class Progress implements BatchMatcher.ProgressListener {
    private final java.io.PrintStream err;
    private final boolean terminal = System.console() != null && System.getenv("TERM") != null
        && !"dumb".equals(System.getenv("TERM"));
    private final long start = System.nanoTime();
    private final long skipped;
    private long lastPrint;

    Progress(java.io.PrintStream err, long skipped) {
      this.err = err;
      this.skipped = skipped;
    }

    @Override
    public void progress(long done, long total) {
      long now = System.nanoTime();
      boolean last = done == total;
      if (!last && now - lastPrint < (terminal ? 100_000_000L : 10_000_000_000L)) {
        return;
      }
      lastPrint = now;
      double secs = (now - start) / 1e9;
      double rate = secs > 0 ? (done - skipped) / secs : 0;
      long eta = rate > 0 ? Math.round((total - done) / rate) : -1;
      String stats = String.format(Locale.ROOT, "%d/%d queries  %.1f/s  ETA %s", done, total, rate,
          eta < 0 ? "?" : eta / 60 + "m" + String.format(Locale.ROOT, "%02d", eta % 60) + "s");
      if (terminal) {
        int width = 30;
        int filled = total == 0 ? width : (int) (width * done / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + stats + "   ");
        err.flush();
      } else {
        err.println("progress: " + stats);
      }
    }
  }
}
