package nl.werkmatch.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the commands that read record files: strictness, record type and encoding. */
final class RecordFileOptions {
  @Option(names = "--strict", description = "Unknown fields are errors, not warnings.")
  boolean strict;

  @Option(names = "--type", defaultValue = "auto", paramLabel = "candidate|vacancy|auto",
      description = "Record type of the files (default: recognised from the records' fields, refused when"
          + " ambiguous; never from the file name).")
  String type;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Character encoding of the files, e.g. windows-1252 or UTF-16 (default: UTF-8; a file that"
          + " is recognisably another encoding is refused whole).")
  Charset encoding;

  RecordFiles.Type typeOf(Path file) throws IOException {
    return RecordFiles.typeOf(file, type, encoding);
  }
}
