package nl.werkmatch.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.rules.Audience;
import nl.werkmatch.rules.PolicyConfig;
import nl.werkmatch.rules.RuleSet;
import picocli.CommandLine.Option;

/** Options shared by the commands that match: index, profile, policy, date, language. */
final class MatchOptions {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory (from 'index').")
  Path index;

  @Option(names = "--profile", paramLabel = "FILE", description = "Scoring profile JSON (default: the built-in default profile).")
  Path profile;

  @Option(names = "--policy", paramLabel = "FILE", description = "Municipal policy JSON (default: national defaults).")
  Path policy;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", defaultValue = ReferenceDate.DEFAULT,
      converter = ReferenceDate.class, description = ReferenceDate.DESCRIPTION)
  LocalDate date;

  @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en",
      description = "Language of explanations and reports (default ${DEFAULT-VALUE}); Dutch legal terms stay Dutch.")
  String lang;

  /** The locale of {@code --lang}: Dutch by default, English on request. */
  java.util.Locale locale() {
    return nl.werkmatch.text.Phrase.language(lang);
  }

  MatchProfile profile() {
    return profile == null ? MatchProfile.defaults() : MatchProfile.load(profile);
  }

  MatchIndex openIndex() {
    return openIndex(index);
  }

  Matcher matcher(MatchIndex idx, MatchProfile p, Audience audience) {
    return matcher(idx, p, policy, date, audience);
  }

  /**
   * Opens an existing index read-only (no write lock: any number of readers run at once and beside
   * an {@code index}), or says how to build one; never creates or changes anything.
   */
  static MatchIndex openIndex(Path dir) {
    requireIndex(dir);
    return MatchIndex.openReadOnly(dir);
  }

  /** Refuses a directory that does not exist, saying how to build an index. */
  static void requireIndex(Path dir) {
    if (!java.nio.file.Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no index at " + dir + " (build one with: matcher index --index " + dir + " FILE...)");
    }
  }

  /** The matcher every command uses: profile, the rules of the policy file (or national defaults), audience, date. */
  static Matcher matcher(MatchIndex idx, MatchProfile p, Path policy, LocalDate date, Audience audience) {
    RuleSet rules = policy == null ? RuleSet.defaults() : new RuleSet(PolicyConfig.read(policy));
    return Matcher.builder(idx).profile(p).rules(rules).audience(audience).today(date).build();
  }
}
