package nl.werkmatch.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import nl.werkmatch.io.ReadPolicy;
import nl.werkmatch.io.RecordReader;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.io.Json;
import nl.werkmatch.io.ReadListener;
import nl.werkmatch.io.RecordError;

/** Which record type a file holds, and a rejects file shared by several input files. */
final class RecordFiles {
  private RecordFiles() {}

  /** The kinds of record files. */
  enum Type { CANDIDATE, VACANCY }

  /** Records looked at to recognise a file's type. */
  static final int SAMPLE = 100;

  /**
   * The record type of a file: {@code explicit} if given, else recognised from the fields of its
   * first {@value #SAMPLE} records (never from the file name): a type fits a record read as it
   * without error and without unknown fields. Exactly one type must fit some record and the other
   * none; otherwise the file is refused, naming what was found.
   */
  static Type typeOf(Path file, String explicit, Charset encoding) throws IOException {
    if (explicit != null && !explicit.equals("auto")) {
      return switch (explicit.toLowerCase(Locale.ROOT)) {
        case "candidate", "candidates" -> Type.CANDIDATE;
        case "vacancy", "vacancies" -> Type.VACANCY;
        default -> throw new IllegalArgumentException("--type must be candidate, vacancy or auto, got '" + explicit + "'");
      };
    }
    long asCandidates = fits(file, RecordReader.of(Candidate.class), encoding);
    long asVacancies = fits(file, RecordReader.of(Vacancy.class), encoding);
    if (asCandidates > 0 && asVacancies == 0) {
      return Type.CANDIDATE;
    }
    if (asVacancies > 0 && asCandidates == 0) {
      return Type.VACANCY;
    }
    throw new IllegalArgumentException(file + ": cannot tell candidates from vacancies by the fields of its first "
        + SAMPLE + " records (" + asCandidates + " read as candidates, " + asVacancies + " as vacancies, without"
        + " error or unknown field); pass --type candidate or --type vacancy");
  }

  /** How many of the first records of {@code file} read as the reader's type cleanly. */
  private static long fits(Path file, RecordReader<?> reader, Charset encoding) throws IOException {
    long[] clean = {0};
    long[] seen = {0};
    long[] lastWarned = {-1};
    RuntimeException enough = new RuntimeException("enough");
    ReadListener counter = new ReadListener() {
      @Override
      public void onReject(RecordError error, String raw) {
        if (++seen[0] >= SAMPLE) {
          throw enough;
        }
      }

      @Override
      public void onWarning(RecordError warning) {
        lastWarned[0] = warning.line();
      }
    };
    try (InputStream in = Files.newInputStream(file)) {
      reader.policy(ReadPolicy.SKIP_AND_REPORT).encoding(encoding).listener(counter).read(in, file.toString(), r -> {
        // warnings of a record come before it reaches the sink
        if (lastWarned[0] < 0) {
          clean[0]++;
        }
        lastWarned[0] = -1;
        if (++seen[0] >= SAMPLE) {
          throw enough;
        }
      });
    } catch (RuntimeException e) {
      if (e != enough && !(e instanceof nl.werkmatch.io.RecordFormatException)) {
        throw e;
      }
      if (e instanceof nl.werkmatch.io.RecordFormatException rfe && seen[0] == 0 && clean[0] == 0) {
        throw rfe; // the file is refused whole (encoding, container): say so, not "cannot tell"
      }
    }
    return clean[0];
  }

  /** Collects rejects of several reads into one JSON Lines file, in input order. */
  static final class Rejects implements ReadListener, Closeable {
    private final BufferedWriter out;
    long count;

    /**
     * Opens a new rejects file. Refuses one of the {@code inputs} (always) and an existing file
     * (unless {@code force}), so a mistyped name never empties a data file.
     */
    Rejects(Path file, java.util.Collection<Path> inputs, boolean force) throws IOException {
      for (Path input : inputs) {
        if (file.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())
            || (Files.exists(file) && Files.exists(input) && Files.isSameFile(file, input))) {
          throw new IllegalArgumentException("--rejects " + file + " is one of the input files; refusing to overwrite"
              + " it (give the rejects another name)");
        }
      }
      if (Files.exists(file) && !force) {
        throw new IllegalArgumentException("--rejects " + file + " exists; refusing to overwrite it (pass --force to"
            + " replace it, or give another name)");
      }
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    @Override
    public void onReject(RecordError error, String raw) {
      ObjectNode o = Json.mapper().createObjectNode();
      o.put("file", error.file());
      o.put("line", error.line());
      o.put("recordId", error.recordId());
      o.put("jsonPath", error.jsonPath());
      o.put("reason", error.reason());
      o.put("raw", raw);
      try {
        out.write(Json.mapper().writeValueAsString(o));
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      count++;
      System.err.println("rejected: " + Terminal.escape(error.toString()));
    }

    @Override
    public void onWarning(RecordError warning) {
      System.err.println("warning: " + Terminal.escape(warning.toString()));
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
