package nl.werkmatch.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.werkmatch.employer.EmployerPolicy;
import nl.werkmatch.employer.PseudonymKey;
import nl.werkmatch.employer.Pseudonyms;
import picocli.CommandLine.Option;

/** Options of employer output: the pseudonym key, linkage and reviewed free-text fields. */
final class EmployerOptions {
  @Option(names = "--pseudonym-key", paramLabel = "FILE", description = "The deployment secret for employer pseudonyms"
      + " (default: $WERKMATCH_PSEUDONYM_KEY, else ~/.config/werkmatch/pseudonym.key); generated with owner-only"
      + " permissions when the file does not exist.")
  Path key;

  @Option(names = "--linkage", defaultValue = "per-vacancy", paramLabel = "per-vacancy|per-employer|deployment",
      description = "What employers may link across shortlists (default ${DEFAULT-VALUE}: nothing).")
  String linkage;

  @Option(names = "--reviewed", split = ",", paramLabel = "experience-titles|skill-labels",
      description = "Free-text fields the municipality reviewed and allows employers to see (default: none).")
  List<String> reviewed = List.of();

  EmployerPolicy policy() {
    Path file = key;
    if (file == null) {
      String env = System.getenv("WERKMATCH_PSEUDONYM_KEY");
      file = env != null && !env.isBlank() ? Path.of(env)
          : Path.of(System.getProperty("user.home"), ".config", "werkmatch", "pseudonym.key");
    }
    PseudonymKey.Loaded k = PseudonymKey.readOrCreate(file);
    if (k.created()) {
      System.err.println("created the pseudonym key " + file + " (owner-only); keep it: a new key gives everyone new pseudonyms");
    }
    Set<EmployerPolicy.ReviewedField> fields = EnumSet.noneOf(EmployerPolicy.ReviewedField.class);
    for (String r : reviewed) {
      try {
        fields.add(EmployerPolicy.ReviewedField.valueOf(r.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--reviewed takes experience-titles or skill-labels, got '" + r + "'");
      }
    }
    return new EmployerPolicy(new Pseudonyms(k.key(), Pseudonyms.Linkage.parse(linkage)), fields);
  }
}
