package nl.werkmatch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.batch.BatchMatcher;
import nl.werkmatch.employer.EmployerPolicy;
import nl.werkmatch.employer.EmployerShortlist;
import nl.werkmatch.io.Json;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.Matcher;

/**
 * {@code batch --audience employer}: one employer shortlist per vacancy, as JSON, CSV and a printable
 * Dutch HTML page, in {@code OUT/employer/}. Every file is built by {@link EmployerShortlist} (consent,
 * employer rules, keyed pseudonyms, vetted fields), so nothing internal reaches the folder: no candidate
 * id, no instrument figure, no diagnostics and no group counts. Each vacancy's three files are written
 * whole and moved into place, so an interrupted run leaves complete files only and a rerun rewrites
 * them to the same bytes.
 */
final class EmployerExport {
  private EmployerExport() {}

  /** The sub-folder of {@code --out} that holds the employer files. */
  static final String FOLDER = "employer";

  /** Runs every vacancy and writes its employer shortlist; returns the number of vacancies written. */
  static long run(Matcher matcher, MatchIndex index, Matcher.Mode mode, int threads, EmployerPolicy policy, Locale locale,
      Path out) throws IOException {
    Path dir = out.resolve(FOLDER);
    Files.createDirectories(dir);
    BatchMatcher batch = BatchMatcher.builder(matcher, index).direction(Direction.VACANCY_TO_CANDIDATES).threads(threads)
        .mode(mode).progress(new BatchCommand.Progress(System.err, 0)).build();
    long[] written = {0};
    BatchMatcher.Summary s = batch.run((result, diagnostics) -> {
      EmployerShortlist list = EmployerShortlist.of(matcher, index, result, policy, locale);
      String name = fileName(result.queryId());
      write(dir.resolve(name + ".json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(list.json()) + "\n");
      write(dir.resolve(name + ".csv"), list.csv());
      write(dir.resolve(name + ".html"), list.html());
      written[0]++;
    });
    System.err.printf("%n%d employer shortlists in %s (%.1f s)%n", written[0], dir, s.elapsedNanos() / 1e9);
    return written[0];
  }

  /**
   * A file name for a vacancy id: letters, digits, {@code . _ -} kept, every other character as
   * {@code ~XX} (its UTF-8 bytes in hex), so two ids never share a name and none leaves the folder.
   */
  static String fileName(String vacancyId) {
    StringBuilder b = new StringBuilder();
    for (byte x : vacancyId.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (x & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
          || (c == '.' && !b.isEmpty())) {
        b.append(c);
      } else {
        b.append('~').append(String.format(Locale.ROOT, "%02X", x & 0xff));
      }
    }
    return b.toString();
  }

  private static void write(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
