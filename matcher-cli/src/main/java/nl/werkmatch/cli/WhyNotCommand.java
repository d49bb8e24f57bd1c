package nl.werkmatch.cli;

import java.util.concurrent.Callable;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.io.Json;
import nl.werkmatch.explain.Explanations;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.WhyNot;
import nl.werkmatch.rules.Audience;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code why-not}: what kept a candidate off a vacancy's shortlist, or down it. */
@Command(name = "why-not", mixinStandardHelpOptions = true,
    description = "Explain why a candidate is not (higher) on a vacancy's shortlist: the rule that excluded the pair, or the categories that cost the most.")
final class WhyNotCommand implements Callable<Integer> {
  @Mixin
  MatchOptions options;

  @Option(names = "--vacancy", required = true, paramLabel = "ID")
  String vacancy;

  @Option(names = "--candidate", required = true, paramLabel = "ID")
  String candidate;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (MatchIndex idx = options.openIndex()) {
      Matcher m = options.matcher(idx, options.profile(), Audience.INTERNAL);
      WhyNot w = m.whyNot(vacancy, candidate);
      if (json) {
        System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
            Explanations.json(w, options.locale())));
      } else {
        System.out.print(Explanations.text(w, options.locale()));
      }
    }
    return 0;
  }
}
