package nl.werkmatch.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.werkmatch.IndexExport;
import nl.werkmatch.io.ReadListener;
import nl.werkmatch.io.RecordError;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export}: writes the records of one type of an index as JSON Lines in the record format of
 * docs/data-format.md, ordered by id, the same bytes on a rerun, read back by {@code index}: the
 * upgrade path between index formats ({@link IndexExport} says which formats it reads). A file is
 * written whole or not at all (a temporary file moved into place).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the candidates or vacancies of an index as JSON Lines (the record format of"
        + " docs/data-format.md), ordered by id, for `matcher index` to read back: the upgrade path to a new index"
        + " format. Reads this version's format and the older formats docs/data-format.md lists; refuses others"
        + " naming the remedy. Exit 0: written; 1: error, no file written.")
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  Path index;

  @Option(names = "--type", paramLabel = "candidates|vacancies",
      description = "Which records (default: the one type the index holds records of; required when it holds both).")
  String type;

  @Option(names = "--out", required = true, paramLabel = "FILE|-",
      description = "Output file (a new file: an existing one only with --force), or - for standard output.")
  String out;

  @Option(names = "--force", description = "Let --out replace an existing file.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    MatchOptions.requireIndex(index);
    Path file = out.equals("-") ? null : Path.of(out);
    if (file != null && Files.exists(file) && !force) {
      throw new IllegalArgumentException(file + " exists; pass --force to replace it");
    }
    try (IndexExport export = IndexExport.open(index)) {
      Class<? extends Record> what = typeOf(export);
      ReadListener warnings = new ReadListener() {
        @Override
        public void onWarning(RecordError warning) {
          System.err.println("warning: " + Terminal.escape(warning.toString()));
        }
      };
      long n;
      if (file == null) {
        n = export.write(what, System.out, warnings);
        System.out.flush();
      } else {
        Path tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
          n = export.write(what, o, warnings);
        } catch (Exception e) {
          Files.deleteIfExists(tmp);
          throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      System.err.printf(Locale.ROOT, "exported %d %s (index format %s) to %s%n", n,
          what == Candidate.class ? "candidates" : "vacancies", export.format(what), file == null ? "standard output" : file);
    }
    return 0;
  }

  private Class<? extends Record> typeOf(IndexExport export) {
    if (type != null) {
      return switch (type.toLowerCase(Locale.ROOT)) {
        case "candidate", "candidates" -> Candidate.class;
        case "vacancy", "vacancies" -> Vacancy.class;
        default -> throw new IllegalArgumentException("--type must be candidates or vacancies, got '" + type + "'");
      };
    }
    int c = export.count(Candidate.class);
    int v = export.count(Vacancy.class);
    if (c > 0 && v > 0) {
      throw new IllegalArgumentException("the index holds " + c + " candidates and " + v
          + " vacancies; pass --type candidates or --type vacancies (one file holds one record type)");
    }
    return v > 0 ? Vacancy.class : Candidate.class;
  }
}
