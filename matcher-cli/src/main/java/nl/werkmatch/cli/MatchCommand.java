package nl.werkmatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.employer.EmployerShortlist;
import nl.werkmatch.io.Json;
import nl.werkmatch.match.Category;
import nl.werkmatch.match.CategoryScore;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.Explanation;
import nl.werkmatch.explain.Explanations;
import nl.werkmatch.match.GapCloser;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.text.Phrase;
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

  @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv|html",
      description = "With --audience employer: the employer shortlist as JSON (default), CSV or a printable Dutch HTML page.")
  String format;

  @Override
  public Integer call() throws Exception {
    Locale locale = options.locale();
    MatchProfile profile = options.profile();
    if (top != null) {
      profile = profile.withTopK(top);
    }
    Audience aud = switch (audience.toLowerCase(Locale.ROOT)) {
      case "employer" -> Audience.EMPLOYER;
      case "internal" -> Audience.INTERNAL;
      default -> throw new IllegalArgumentException("--audience must be employer or internal, got '" + audience + "'");
    };
    if (aud != Audience.EMPLOYER && !"json".equalsIgnoreCase(format)) {
      throw new IllegalArgumentException("--format is for --audience employer; the internal view prints a table or --json");
    }
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
        EmployerShortlist list = EmployerShortlist.of(matcher, idx, result, employer.policy(), locale);
        if (trec != null) {
          java.nio.file.Files.writeString(trec, list.trec(nl.werkmatch.eval.Run.tagOf(profile.name())));
        }
        switch (format.toLowerCase(Locale.ROOT)) {
          case "json" -> System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(list.json()));
          case "csv" -> System.out.print(list.csv());
          case "html" -> System.out.print(list.html());
          default -> throw new IllegalArgumentException("--format must be json, csv or html, got '" + format + "'");
        }
      } else if (trec != null) {
        nl.werkmatch.eval.Run.fromResults(nl.werkmatch.eval.Run.tagOf(profile.name()), java.util.List.of(result)).writeTrec(trec);
      }
      if (aud == Audience.EMPLOYER) {
        return 0;
      } else if (json) {
        System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
            toJson(idx, matcher, result, locale)));
      } else {
        printTable(System.out, idx, matcher, result, locale);
      }
    }
    return 0;
  }

  private ObjectNode toJson(MatchIndex idx, Matcher matcher, MatchResult r, Locale locale) {
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
    o.put("searched", r.searched());
    ObjectNode filtered = o.putObject("filteredByRule");
    r.filteredByRule().forEach(filtered::put);
    ArrayNode arr = o.putArray("matches");
    for (RankedMatch m : r.matches()) {
      ObjectNode mo;
      if (explain) {
        mo = Explanations.json(explainOf(idx, matcher, m.score()), locale);
      } else {
        mo = Explanations.json(m.score(), locale);
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

  private void printTable(PrintStream out, MatchIndex idx, Matcher matcher, MatchResult r, Locale locale) {
    boolean nl = Phrase.isDutch(locale);
    if (r.direction() == Direction.VACANCY_TO_CANDIDATES) {
      Vacancy v = idx.vacancy(r.queryId()).orElseThrow();
      out.printf("%s %s: %s%n", nl ? "Vacature" : "Vacancy", v.id(), Describe.vacancy(v, locale));
    } else {
      Candidate c = idx.candidate(r.queryId()).orElseThrow();
      out.printf("%s %s: %s%n", nl ? "Kandidaat" : "Candidate", c.id(), Describe.candidate(c, locale));
    }
    out.print(Explanations.funnelText(r, matcher.profile().minScore(), locale));
    out.println();
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%4s  %-22s %6s %6s", nl ? "rang" : "rank",
        r.direction() == Direction.VACANCY_TO_CANDIDATES ? (nl ? "kandidaat" : "candidate") : (nl ? "vacature" : "vacancy"),
        "score", nl ? "bekend" : "known"));
    for (Category c : Category.values()) {
      if (matcher.profile().weight(c) > 0) {
        header.append(String.format(Locale.ROOT, " %6.6s", c.label(locale)));
      }
    }
    header.append(nl ? "  reistijd" : "  travel");
    out.println(header);
    for (RankedMatch m : r.matches()) {
      MatchScore s = m.score();
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%4d  %-22s %6.3f %6.2f", m.rank(),
          m.itemId(r.direction()), s.total(), s.completeness()));
      for (CategoryScore c : s.categories()) {
        line.append(String.format(Locale.ROOT, " %6.2f", c.score()));
      }
      line.append("  ").append(Explanations.travelShortText(s, locale));
      out.println(line);
      String title = r.direction() == Direction.VACANCY_TO_CANDIDATES ? null
          : idx.vacancy(s.vacancyId()).map(v -> Describe.vacancy(v, locale)).orElse("");
      if (title != null) {
        out.println("      " + title);
      }
      String skills = Explanations.skillsText(s, locale);
      if (explain) {
        Explanation e = explainOf(idx, matcher, s);
        out.print(Explanations.categoriesText(s, "      ", locale));
        if (!skills.isEmpty()) {
          out.println((nl ? "      vaardigheden: " : "      skills: ") + skills);
        }
        printIfAny(out, Explanations.jobCarvingText(s, locale));
        printIfAny(out, Explanations.missingText(s, locale));
        for (Phrase note : m.ruleNotes()) {
          out.println((nl ? "      let op: " : "      note: ") + note.in(locale));
        }
        for (GapCloser g : e.gapClosers()) {
          out.println("      " + Explanations.gapCloserText(g, locale));
        }
        printIfAny(out, Explanations.lksText(e, locale));
      } else if (!skills.isEmpty()) {
        out.println((nl ? "      vaardigheden: " : "      skills: ") + skills);
      }
    }
    if (r.matches().isEmpty()) {
      out.println(nl ? "   (geen match op of boven de minimumscore)" : "   (no match at or above the minimum score)");
    }
  }

  private static void printIfAny(PrintStream out, String line) {
    if (line != null) {
      out.println("      " + line);
    }
  }
}
