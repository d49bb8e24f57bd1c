package nl.werkmatch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the commands that read record files: strictness and record type. */
final class RecordFileOptions {
  @Option(names = "--strict", description = "Unknown fields are errors, not warnings.")
  boolean strict;

  @Option(names = "--type", defaultValue = "auto", paramLabel = "candidate|vacancy|auto",
      description = "Record type of the files (default: from the file name).")
  String type;

  RecordFiles.Type typeOf(Path file) {
    return RecordFiles.typeOf(file, type);
  }
}
