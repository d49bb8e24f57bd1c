package nl.werkmatch.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.werkmatch.io.Json;
import nl.werkmatch.io.ReadListener;
import nl.werkmatch.io.RecordError;

/** Which record type a file holds, and a rejects file shared by several input files. */
final class RecordFiles {
  private RecordFiles() {}

  /** The kinds of record files. */
  enum Type { CANDIDATE, VACANCY }

  /** The record type of a file: {@code explicit} if given, else from its name. */
  static Type typeOf(Path file, String explicit) {
    if (explicit != null && !explicit.equals("auto")) {
      return switch (explicit.toLowerCase(Locale.ROOT)) {
        case "candidate", "candidates" -> Type.CANDIDATE;
        case "vacancy", "vacancies" -> Type.VACANCY;
        default -> throw new IllegalArgumentException("--type must be candidate, vacancy or auto, got '" + explicit + "'");
      };
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.contains("vacanc") || name.contains("vacature")) {
      return Type.VACANCY;
    }
    if (name.contains("candidat") || name.contains("kandida") || name.contains("persona")) {
      return Type.CANDIDATE;
    }
    throw new IllegalArgumentException(file + ": cannot tell candidates from vacancies by the file name; "
        + "name it *candidates*.jsonl or *vacancies*.jsonl, or pass --type");
  }

  /** Collects rejects of several reads into one JSON Lines file, in input order. */
  static final class Rejects implements ReadListener, Closeable {
    private final BufferedWriter out;
    long count;

    Rejects(Path file) throws IOException {
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
      System.err.println("rejected: " + error);
    }

    @Override
    public void onWarning(RecordError warning) {
      System.err.println("warning: " + warning);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
