package nl.werkmatch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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

/** {@code index}: load candidate and vacancy files into an index directory. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Load JSON / JSON Lines files of candidates and vacancies into an index (upsert by id). "
        + "Without --rejects the first bad record stops the load; with it, bad records are skipped and written there.")
final class IndexCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory (created if absent).")
  Path index;

  @Option(names = "--merge", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Merge the index into one segment per record type after loading, for faster matching"
          + " (default; --no-merge for small changes to a large index).")
  boolean merge;

  @Option(names = "--rejects", paramLabel = "FILE", description = "Skip bad records and write each, with line and reason, here.")
  Path rejects;

  @picocli.CommandLine.Mixin
  RecordFileOptions records;

  @Parameters(arity = "1..*", paramLabel = "FILE")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    long accepted = 0;
    long rejected = 0;
    try (MatchIndex idx = MatchIndex.open(index);
        RecordFiles.Rejects sink = rejects == null ? null : new RecordFiles.Rejects(rejects)) {
      ReadListener listener = sink != null ? sink : new ReadListener() {
        @Override
        public void onWarning(RecordError warning) {
          System.err.println("warning: " + warning);
        }
      };
      ReadPolicy policy = rejects == null ? ReadPolicy.FAIL_FAST : ReadPolicy.SKIP_AND_REPORT;
      for (Path file : files) {
        ReadSummary s;
        if (records.typeOf(file) == RecordFiles.Type.CANDIDATE) {
          s = RecordReader.of(Candidate.class).policy(policy).strict(records.strict).listener(listener).read(file, idx::upsert);
        } else {
          s = RecordReader.of(Vacancy.class).policy(policy).strict(records.strict).listener(listener).read(file, idx::upsert);
        }
        System.err.printf("%s: %d read, %d indexed, %d rejected, %d warnings%n", file, s.read(), s.accepted(),
            s.rejected(), s.warnings());
        accepted += s.accepted();
        rejected += s.rejected();
      }
      if (merge) {
        idx.forceMerge();
      } else {
        idx.commit();
      }
      System.err.printf("index %s: %d candidates, %d vacancies (%d records loaded, %d rejected%s)%n", index,
          idx.candidateCount(), idx.vacancyCount(), accepted, rejected, rejects == null ? "" : ", see " + rejects);
    }
    return 0;
  }
}
