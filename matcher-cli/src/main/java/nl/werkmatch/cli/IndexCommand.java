package nl.werkmatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.io.ReadListener;
import nl.werkmatch.io.ReadPolicy;
import nl.werkmatch.io.ReadSummary;
import nl.werkmatch.io.RecordError;
import nl.werkmatch.io.RecordReader;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code index}: load candidate and vacancy files into an index directory, all or nothing: the
 * records of every file are committed together in one commit, or, when anything fails or more
 * records are rejected than {@code --max-rejects} allows, none is and the index stays as it was.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Load JSON / JSON Lines files (.gz too) of candidates and vacancies into an index (upsert by id),"
        + " all or nothing: one commit for every file, or none when a file fails or too many records are rejected."
        + " Exit 0: loaded; 1: error, nothing loaded; 2: more rejects than --max-rejects, nothing loaded;"
        + " 3: --sync would delete more than --max-deletes allows, nothing loaded or deleted.")
final class IndexCommand implements Callable<Integer> {
  /** Exit code when more records were rejected than allowed. */
  static final int TOO_MANY_REJECTS = 2;

  /** Exit code when --sync (or delete) would delete more records than --max-deletes allows. */
  static final int TOO_MANY_DELETES = 3;

  /** The default of --max-deletes: a sync may delete at most a tenth of a record type in one run. */
  static final String DEFAULT_MAX_DELETES = "10%";

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory (created if absent).")
  Path index;

  @Option(names = "--merge", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Merge the index into one segment per record type after loading, for faster matching"
          + " (default; --no-merge for small changes to a large index).")
  boolean merge;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Write each rejected record, with line and reason, here (a new file: an existing one only with --force,"
          + " an input file never).")
  Path rejects;

  @Option(names = "--force", description = "Let --rejects replace an existing file.")
  boolean force;

  @Option(names = "--max-rejects", paramLabel = "N|P%", defaultValue = "0",
      description = "How many rejected records still let the load commit: a count, or a percentage of the records"
          + " read (default 0: any reject fails the load).")
  String maxRejects;

  @Option(names = "--sync", description = "The files are the full export: delete every record of the types they hold"
      + " that is not in them (the AVG erasure path for people who left the source system).")
  boolean sync;

  @Option(names = "--max-deletes", paramLabel = "N|P%", defaultValue = DEFAULT_MAX_DELETES,
      description = "With --sync: the most records of one type the sync may delete, a count or a percentage of"
          + " that type's records in the index (default ${DEFAULT-VALUE}); a sync that would delete more is refused"
          + " whole (exit 3), so a truncated export cannot erase most of the index.")
  String maxDeletes;

  @Option(names = "--dry-run", description = "Read, check and report (with --sync: what would be deleted), change nothing.")
  boolean dryRun;

  @picocli.CommandLine.Mixin
  RecordFileOptions records;

  @Parameters(arity = "1..*", paramLabel = "FILE")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    Limit limit = Limit.parse("--max-rejects", maxRejects);
    Limit deleteLimit = Limit.parse("--max-deletes", maxDeletes);
    List<RecordFiles.Type> types = new ArrayList<>();
    for (Path file : files) {
      RecordFiles.Type t = records.typeOf(file); // every file's type before anything is loaded
      types.add(t);
    }
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    Map<RecordFiles.Type, Set<String>> seen = new EnumMap<>(RecordFiles.Type.class);
    Map<RecordFiles.Type, Export> exports = new EnumMap<>(RecordFiles.Type.class);
    try (RecordFiles.Rejects sink = rejects == null ? null : new RecordFiles.Rejects(rejects, files, force)) {
      // a dry run changes nothing: without an index it loads into memory rather than create one
      MatchIndex idx = dryRun && !java.nio.file.Files.exists(index) ? MatchIndex.inMemory() : MatchIndex.open(index);
      boolean committed = false;
      try {
        ReadListener report = sink != null ? sink : new ReadListener() {
          @Override
          public void onReject(RecordError error, String raw) {
            System.err.println("rejected: " + Terminal.escape(error.toString()));
          }

          @Override
          public void onWarning(RecordError warning) {
            System.err.println("warning: " + Terminal.escape(warning.toString()));
          }
        };
        Export[] current = {null};
        ReadListener listener = new ReadListener() {
          @Override
          public void onReject(RecordError error, String raw) {
            current[0].rejected(error);
            report.onReject(error, raw);
          }

          @Override
          public void onWarning(RecordError warning) {
            report.onWarning(warning);
          }
        };
        ReadPolicy policy = rejects == null && limit.isZero() ? ReadPolicy.FAIL_FAST : ReadPolicy.SKIP_AND_REPORT;
        for (int i = 0; i < files.size(); i++) {
          Path file = files.get(i);
          Set<String> ids = seen.computeIfAbsent(types.get(i), t -> new HashSet<>());
          current[0] = exports.computeIfAbsent(types.get(i), t -> new Export());
          current[0].files.add(file);
          ReadSummary s;
          if (types.get(i) == RecordFiles.Type.CANDIDATE) {
            s = RecordReader.of(Candidate.class).policy(policy).strict(records.strict).encoding(records.encoding)
                .listener(listener).read(file, c -> {
                  ids.add(c.id());
                  idx.upsert(c);
                });
          } else {
            s = RecordReader.of(Vacancy.class).policy(policy).strict(records.strict).encoding(records.encoding)
                .listener(listener).read(file, v -> {
                  ids.add(v.id());
                  idx.upsert(v);
                });
          }
          System.err.printf("%s: %s, %d read, %d accepted, %d rejected, %d warnings%n", file,
              types.get(i) == RecordFiles.Type.CANDIDATE ? "candidates" : "vacancies", s.read(), s.accepted(),
              s.rejected(), s.warnings());
          current[0].read += s.read();
          read += s.read();
          accepted += s.accepted();
          rejected += s.rejected();
        }
        String counts = String.format(Locale.ROOT, "%d records read, %d accepted, %d rejected (--max-rejects %s)%s",
            read, accepted, rejected, maxRejects, rejects == null ? "" : ", see " + rejects);
        if (rejected > limit.allowed(read)) {
          System.err.println("index " + index + ": " + counts + ": more rejects than allowed; nothing was loaded,"
              + " the index is as it was");
          return TOO_MANY_REJECTS;
        }
        idx.refresh();
        long deleted = 0;
        if (sync) {
          deleted = sync(idx, seen, exports, deleteLimit);
          if (deleted < 0) {
            return TOO_MANY_DELETES; // nothing deleted; the finally block rolls the load back
          }
        }
        if (dryRun) {
          System.err.println("index " + index + ": " + counts + "; --dry-run: nothing was changed");
          return 0;
        }
        if (merge) {
          idx.forceMerge();
        } else {
          idx.commit();
        }
        if (deleted > 0) {
          idx.expungeDeletes(); // erased records leave the files, not just the view
        }
        committed = true;
        System.err.printf("index %s: %d candidates, %d vacancies; %s%s%n", index, idx.candidateCount(),
            idx.vacancyCount(), counts, sync ? ", " + deleted + " deleted by --sync" : "");
      } catch (nl.werkmatch.io.RecordFormatException e) {
        throw new IllegalStateException(e.getMessage() + "; nothing was loaded, the index is as it was", e);
      } finally {
        if (committed) {
          idx.close();
        } else {
          idx.rollback(); // a failed or refused load leaves the last commit as it was
        }
      }
    }
    return 0;
  }

  /** What the files of one record type held, for --sync: the files, records read, and the rejects' ids. */
  private static final class Export {
    final List<Path> files = new ArrayList<>();
    final Set<String> rejectedIds = new HashSet<>();
    long read;
    long rejectedWithoutId;

    void rejected(RecordError error) {
      if (error.recordId() == null) {
        rejectedWithoutId++;
      } else {
        rejectedIds.add(error.recordId());
      }
    }

    String files() {
      return files.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "));
    }
  }

  /**
   * Deletes (or with --dry-run lists) the records of each synced type that the export does not
   * hold. A rejected record whose id is readable is in the export: its indexed version is kept,
   * never deleted. The sync is refused, before anything is deleted, when a rejected record has no
   * readable id (who it was cannot be told) or a type's files hold no record at all (an empty or
   * wrong export would otherwise erase the whole type). When the records to delete of a type are more
   * than {@code --max-deletes} allows (of that type's records in the index), nothing is deleted and
   * -1 is returned (a dry run reports the same).
   */
  private long sync(MatchIndex idx, Map<RecordFiles.Type, Set<String>> seen, Map<RecordFiles.Type, Export> exports,
      Limit deleteLimit) {
    for (Map.Entry<RecordFiles.Type, Export> e : exports.entrySet()) {
      Export x = e.getValue();
      String what = e.getKey() == RecordFiles.Type.CANDIDATE ? "candidates" : "vacancies";
      if (x.rejectedWithoutId > 0) {
        throw new IllegalStateException("--sync: " + x.rejectedWithoutId + " rejected record(s) in " + x.files()
            + " have no readable id, so who is in the export cannot be told; nothing was loaded or deleted (correct"
            + " those records, see the rejects, or load without --sync)");
      }
      if (x.read == 0) {
        throw new IllegalStateException("--sync: " + x.files() + " hold no " + what + "; syncing would delete every"
            + " one in the index; nothing was loaded or deleted");
      }
    }
    long total = 0;
    Map<RecordFiles.Type, List<String>> toDelete = new EnumMap<>(RecordFiles.Type.class);
    boolean refused = false;
    for (Map.Entry<RecordFiles.Type, Set<String>> e : seen.entrySet()) {
      boolean cands = e.getKey() == RecordFiles.Type.CANDIDATE;
      Export x = exports.get(e.getKey());
      List<String> absent = new ArrayList<>();
      long[] inIndex = {0};
      try (Stream<String> ids = cands ? idx.candidateIds() : idx.vacancyIds()) {
        ids.peek(id -> inIndex[0]++).filter(id -> !e.getValue().contains(id) && !x.rejectedIds.contains(id))
            .forEach(absent::add);
      }
      toDelete.put(e.getKey(), absent);
      long allowed = deleteLimit.allowed(inIndex[0]);
      if (absent.size() > allowed) {
        refused = true;
        System.err.printf(Locale.ROOT, "--sync: %d of the %d %s in the index (%.1f%%) are not in the export (%s):"
                + " more than --max-deletes %s allows (%d)%s%n", absent.size(), inIndex[0],
            cands ? "candidates" : "vacancies", 100.0 * absent.size() / inIndex[0], x.files(), deleteLimit.text(),
            allowed, dryRun ? "; without --dry-run the sync would be refused" : "");
      }
    }
    if (refused) {
      System.err.println("--sync: refused, nothing was loaded or deleted. Is the export truncated or partial? If these"
          + " erasures are intended, run again with a higher --max-deletes (a count, e.g. 900, or a percentage).");
      return -1;
    }
    for (Map.Entry<RecordFiles.Type, Set<String>> e : seen.entrySet()) {
      boolean cands = e.getKey() == RecordFiles.Type.CANDIDATE;
      Export x = exports.get(e.getKey());
      List<String> absent = toDelete.get(e.getKey());
      for (String id : absent) {
        if (!dryRun) {
          if (cands) {
            idx.deleteCandidate(id);
          } else {
            idx.deleteVacancy(id);
          }
        }
      }
      String what = cands ? "candidates" : "vacancies";
      if (!x.rejectedIds.isEmpty()) {
        System.err.printf("sync: %d rejected %s are in the export: their indexed version is kept%n",
            x.rejectedIds.size(), what);
      }
      System.err.printf("sync: %d %s in the index are not in the export (%s)%s%s%n", absent.size(), what,
          x.files(), dryRun ? ", would be deleted" : ", deleted",
          absent.isEmpty() ? "" : ": " + Terminal.escape(String.join(", ", absent.subList(0, Math.min(20,
              absent.size())))) + (absent.size() > 20 ? ", ..." : ""));
      total += absent.size();
    }
    return total;
  }

  /** The --max-rejects limit: a count or a percentage of the records read. */
  record Limit(long count, double percent) {
    static Limit parse(String option, String s) {
      String t = s.strip();
      try {
        if (t.endsWith("%")) {
          double p = Double.parseDouble(t.substring(0, t.length() - 1).strip());
          if (!(p >= 0 && p <= 100)) {
            throw new NumberFormatException();
          }
          return new Limit(-1, p);
        }
        long n = Long.parseLong(t);
        if (n < 0) {
          throw new NumberFormatException();
        }
        return new Limit(n, -1);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " must be a count (e.g. 10) or a percentage (e.g. 0.5%), got '"
            + s + "'");
      }
    }

    /** The limit as given on the command line, e.g. {@code 10%} or {@code 250}. */
    String text() {
      return count >= 0 ? Long.toString(count) : (percent == Math.rint(percent) ? Long.toString((long) percent)
          : Double.toString(percent)) + "%";
    }

    boolean isZero() {
      return count == 0 || percent == 0;
    }

    long allowed(long read) {
      return count >= 0 ? count : (long) Math.floor(read * percent / 100.0);
    }
  }
}
