package nl.werkmatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.employer.EmployerShortlist;
import nl.werkmatch.io.Json;
import nl.werkmatch.match.Category;
import nl.werkmatch.match.CategoryScore;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.Explanation;
import nl.werkmatch.match.Explanations;
import nl.werkmatch.match.GapCloser;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.rules.Audience;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code match}: a ranked, explained shortlist for one vacancy or one candidate. */
@Command(name = "match", mixinStandardHelpOptions = true,
    description = "Rank candidates for a vacancy, or vacancies for a candidate, with explanations.")
final class MatchCommand implements Callable<Integer> {
  @Mixin
  MatchOptions options;

  @Mixin
  EmployerOptions employer;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--vacancy", paramLabel = "ID", description = "Rank candidates for this vacancy.")
    String vacancy;

    @Option(names = "--candidate", paramLabel = "ID", description = "Rank vacancies for this candidate.")
    String candidate;
  }

  @Option(names = "--top", paramLabel = "K", description = "Shortlist size (default: the profile's topK).")
  Integer top;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--explain", description = "Explain every match: rules, evidence per category, gap closers.")
  boolean explain;

  @Option(names = "--exhaustive", description = "Score every record exactly instead of the Lucene fast path (the reference).")
  boolean exhaustive;

  @Option(names = "--trec", paramLabel = "FILE", description = "Also write the ranking as a TREC run (qid Q0 docid rank score tag).")
  java.nio.file.Path trec;

  @Option(names = "--audience", defaultValue = "internal", paramLabel = "employer|internal",
      description = "Who sees the result; employer shows only consented, anonymised profiles (default ${DEFAULT-VALUE}).")
  String audience;

  @Override
  public Integer call() throws Exception {
    MatchProfile profile = options.profile();
    if (top != null) {
      profile = profile.withTopK(top);
    }
    Audience aud = switch (audience.toLowerCase(Locale.ROOT)) {
      case "employer" -> Audience.EMPLOYER;
      case "internal" -> Audience.INTERNAL;
      default -> throw new IllegalArgumentException("--audience must be employer or internal, got '" + audience + "'");
    };
    Matcher.Mode mode = exhaustive ? Matcher.Mode.EXHAUSTIVE : Matcher.Mode.FAST;
    try (MatchIndex idx = options.openIndex()) {
      Matcher matcher = options.matcher(idx, profile, aud);
      MatchResult result = target.vacancy != null
          ? matcher.candidatesFor(target.vacancy, mode)
          : matcher.vacanciesFor(target.candidate, mode);
      if (aud == Audience.EMPLOYER && result.direction() != Direction.VACANCY_TO_CANDIDATES) {
        throw new IllegalArgumentException("--audience employer shows candidates for a vacancy; use it with --vacancy");
      }
      if (aud == Audience.EMPLOYER) {
        // every employer output goes through EmployerShortlist: consent, employer rules, pseudonyms, vetted fields
        EmployerShortlist list = EmployerShortlist.of(matcher, idx, result, employer.policy());
        if (trec != null) {
          java.nio.file.Files.writeString(trec, list.trec(nl.werkmatch.eval.Run.tagOf(profile.name())));
        }
        System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(list.json()));
      } else if (trec != null) {
        nl.werkmatch.eval.Run.fromResults(nl.werkmatch.eval.Run.tagOf(profile.name()), java.util.List.of(result)).writeTrec(trec);
      }
      if (aud == Audience.EMPLOYER) {
        return 0;
      } else if (json) {
        System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(idx, matcher, result)));
      } else {
        printTable(System.out, idx, matcher, result);
      }
    }
    return 0;
  }

  private ObjectNode toJson(MatchIndex idx, Matcher matcher, MatchResult r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("direction", r.direction().name());
    o.put("query", r.queryId());
    o.put("profile", matcher.profile().name());
    o.put("exhaustive", r.exhaustive());
    o.put("considered", r.considered());
    o.put("eligible", r.eligible());
    o.put("aboveMinScore", r.aboveMinScore());
    ObjectNode ex = o.putObject("excludedByRule");
    r.excludedByRule().forEach(ex::put);
    ArrayNode arr = o.putArray("matches");
    for (RankedMatch m : r.matches()) {
      ObjectNode mo;
      if (explain) {
        mo = Explanations.json(explainOf(idx, matcher, m.score()));
      } else {
        mo = Explanations.json(m.score());
      }
      ObjectNode withRank = JsonNodeFactory.instance.objectNode();
      withRank.put("rank", m.rank());
      withRank.setAll(mo);
      arr.add(withRank);
    }
    return o;
  }

  private static Explanation explainOf(MatchIndex idx, Matcher matcher, MatchScore s) {
    Vacancy v = idx.vacancy(s.vacancyId()).orElseThrow();
    Candidate c = idx.candidate(s.candidateId()).orElseThrow();
    return matcher.explain(v, c);
  }

  private void printTable(PrintStream out, MatchIndex idx, Matcher matcher, MatchResult r) {
    if (r.direction() == Direction.VACANCY_TO_CANDIDATES) {
      Vacancy v = idx.vacancy(r.queryId()).orElseThrow();
      out.printf("Vacancy %s: %s%n", v.id(), Describe.vacancy(v));
    } else {
      Candidate c = idx.candidate(r.queryId()).orElseThrow();
      out.printf("Candidate %s: %s%n", c.id(), Describe.candidate(c));
    }
    out.printf("%s path: %d considered, %d eligible, %d at or above the minimum score %.2f%n",
        r.exhaustive() ? "Exhaustive" : "Fast", r.considered(), r.eligible(), r.aboveMinScore(), matcher.profile().minScore());
    if (!r.excludedByRule().isEmpty()) {
      StringBuilder b = new StringBuilder("Excluded by rule:");
      for (Map.Entry<String, Integer> e : r.excludedByRule().entrySet()) {
        b.append(' ').append(e.getKey()).append('=').append(e.getValue());
      }
      out.println(b);
    }
    out.println();
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%4s  %-22s %6s %6s", "rank",
        r.direction() == Direction.VACANCY_TO_CANDIDATES ? "candidate" : "vacancy", "score", "known"));
    for (Category c : Category.values()) {
      if (matcher.profile().weight(c) > 0) {
        header.append(String.format(Locale.ROOT, " %6.6s", c.key()));
      }
    }
    header.append("  travel");
    out.println(header);
    for (RankedMatch m : r.matches()) {
      MatchScore s = m.score();
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%4d  %-22s %6.3f %6.2f", m.rank(),
          m.itemId(r.direction()), s.total(), s.completeness()));
      for (CategoryScore c : s.categories()) {
        line.append(String.format(Locale.ROOT, " %6.2f", c.score()));
      }
      line.append("  ").append(s.travel().known()
          ? s.travel().minutes() + " min " + s.travel().mode().name().toLowerCase(Locale.ROOT) : "unknown");
      out.println(line);
      String title = r.direction() == Direction.VACANCY_TO_CANDIDATES ? null
          : idx.vacancy(s.vacancyId()).map(Describe::vacancy).orElse("");
      if (title != null) {
        out.println("      " + title);
      }
      if (explain) {
        Explanation e = explainOf(idx, matcher, s);
        out.print(Explanations.categoriesText(s, "      "));
        String skills = Explanations.skillsText(s);
        if (!skills.isEmpty()) {
          out.println("      skills: " + skills);
        }
        if (s.taskCoverage() != null) {
          out.printf(Locale.ROOT, "      job carving: covers %.0f%% of the task time%n", s.taskCoverage() * 100);
        }
        if (!s.missingFields().isEmpty()) {
          out.println("      missing data: " + String.join(", ", s.missingFields()));
        }
        for (String note : m.ruleNotes()) {
          out.println("      note: " + note);
        }
        for (GapCloser g : e.gapClosers()) {
          out.printf(Locale.ROOT, "      gap closer: %s (+%.3f)%n", g.description(), g.gain());
        }
        if (e.lks() != null) {
          out.printf(Locale.ROOT, "      loonkostensubsidie (internal): EUR %s/month incl. 23%% at %s h/week; "
              + "employer's net wage cost EUR %s/month%n", e.lks().subsidyInclAllowancePerMonth().toPlainString(),
              e.lks().hoursPerWeek().toPlainString(), e.lks().employerNetCostPerMonth().toPlainString());
        }
      } else {
        String skills = Explanations.skillsText(s);
        if (!skills.isEmpty()) {
          out.println("      skills: " + skills);
        }
      }
    }
    if (r.matches().isEmpty()) {
      out.println("   (no match at or above the minimum score)");
    }
  }
}
