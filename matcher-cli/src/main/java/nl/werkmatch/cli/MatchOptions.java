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

/** Options shared by the commands that match: index, profile, policy, date. */
final class MatchOptions {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory (from 'index').")
  Path index;

  @Option(names = "--profile", paramLabel = "FILE", description = "Scoring profile JSON (default: the built-in default profile).")
  Path profile;

  @Option(names = "--policy", paramLabel = "FILE", description = "Municipal policy JSON (default: national defaults).")
  Path policy;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Reference date (default: ${DEFAULT-VALUE}).",
      defaultValue = "2026-11-22")
  LocalDate date;

  MatchProfile profile() {
    return profile == null ? MatchProfile.defaults() : MatchProfile.load(profile);
  }

  RuleSet rules() {
    return policy == null ? RuleSet.defaults() : new RuleSet(PolicyConfig.read(policy));
  }

  MatchIndex openIndex() {
    if (!java.nio.file.Files.isDirectory(index)) {
      throw new IllegalArgumentException("no index at " + index + " (build one with: matcher index --index " + index + " FILE...)");
    }
    return MatchIndex.open(index);
  }

  Matcher matcher(MatchIndex idx, MatchProfile p, Audience audience) {
    return Matcher.builder(idx).profile(p).rules(rules()).audience(audience).today(date).build();
  }
}
