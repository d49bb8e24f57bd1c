package nl.werkmatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import nl.werkmatch.io.Json;
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

/** {@code validate}: counts, errors and profile completeness per field. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check candidate and vacancy files: record counts, every error with file, line, record and field, "
        + "and how complete the profiles are per field.")
final class ValidateCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin
  RecordFileOptions records;

  @Parameters(arity = "1..*", paramLabel = "FILE")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    int bad = 0;
    for (Path file : files) {
      RecordFiles.Type t = records.typeOf(file);
      Completeness completeness = new Completeness(t == RecordFiles.Type.CANDIDATE ? Candidate.class : Vacancy.class);
      int[] errors = new int[1];
      ReadListener listener = new ReadListener() {
        @Override
        public void onReject(RecordError error, String raw) {
          System.out.println("  error: " + error);
          errors[0]++;
        }

        @Override
        public void onWarning(RecordError warning) {
          System.out.println("  warning: " + warning);
        }
      };
      System.out.println(file);
      ReadSummary s = (t == RecordFiles.Type.CANDIDATE ? RecordReader.of(Candidate.class) : RecordReader.of(Vacancy.class))
          .policy(ReadPolicy.SKIP_AND_REPORT).strict(records.strict).listener(listener)
          .read(file, r -> completeness.add(Json.mapper().valueToTree(r)));
      System.out.printf("  %d %s records: %d valid, %d invalid, %d warnings%n", s.read(),
          t.name().toLowerCase(Locale.ROOT), s.accepted(), s.rejected(), s.warnings());
      if (s.accepted() > 0) {
        System.out.println("  completeness per field (share of valid records that have it):");
        System.out.print(completeness.table(s.accepted(), "    "));
      }
      bad += s.rejected();
    }
    return bad == 0 ? 0 : 2;
  }

  /** Counts, per field path, how many records have a value there (two levels deep). */
  static final class Completeness {
    final Map<String, Long> present = new TreeMap<>();

    /** Starts every field of {@code type} (and of its nested records) at zero, so absent fields show. */
    Completeness(Class<?> type) {
      for (var c : type.getRecordComponents()) {
        if (c.getName().equals("id")) {
          continue;
        }
        present.put(c.getName(), 0L);
        if (c.getType().isRecord()) {
          for (var inner : c.getType().getRecordComponents()) {
            present.put(c.getName() + "." + inner.getName(), 0L);
          }
        }
      }
    }

    void add(JsonNode record) {
      record.properties().forEach(e -> {
        if (e.getKey().equals("id")) {
          return;
        }
        present.merge(e.getKey(), 1L, Long::sum);
        if (e.getValue().isObject()) {
          e.getValue().properties().forEach(inner -> present.merge(e.getKey() + "." + inner.getKey(), 1L, Long::sum));
        }
      });
    }

    String table(long total, String indent) {
      StringBuilder b = new StringBuilder();
      for (Map.Entry<String, Long> e : present.entrySet()) {
        double pct = 100.0 * e.getValue() / total;
        b.append(String.format(Locale.ROOT, "%s%-36s %7d %6.1f%%  %s%n", indent, e.getKey(), e.getValue(), pct,
            "#".repeat((int) Math.round(pct / 5))));
      }
      return b.toString();
    }
  }
}
