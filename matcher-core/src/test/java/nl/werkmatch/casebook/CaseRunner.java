package nl.werkmatch.casebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.io.RecordReader;
import nl.werkmatch.match.Explanation;
import nl.werkmatch.explain.Explanations;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.match.RuleCheck;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.rules.Audience;
import nl.werkmatch.rules.PolicyConfig;
import nl.werkmatch.rules.RuleSet;

/**
 * Runs a {@link Casebook.Case} as the CLI's {@code match --candidate} would (default profile, fast
 * path, INTERNAL audience, the CLI's reference date unless the case sets one, the case's
 * municipality policy via {@link PolicyConfig#bundled} when given) against an in-memory index of the
 * generated sample vacancies (the hand-written {@code vac-almelo-*} persona vacancies left out) plus
 * the case's probes, and checks every expectation.
 */
final class CaseRunner {
  /** The CLI's default reference date ({@code MatchOptions --date}). */
  static final LocalDate CLI_DATE = LocalDate.of(2026, 11, 22);
  /** The persona vacancies hand-written for the four Almelo personas (docs/personas.md). */
  static final String PERSONA_VACANCY_PREFIX = "vac-almelo-";

  private static List<Vacancy> generatedVacancies;
  private static List<Candidate> generatedCandidates;

  private CaseRunner() {}

  /** The generated sample vacancies: sample-data/vacancies.jsonl without the persona vacancies. */
  static synchronized List<Vacancy> generatedVacancies() {
    if (generatedVacancies == null) {
      generatedVacancies = sampleVacancies().stream().filter(v -> !v.id().startsWith(PERSONA_VACANCY_PREFIX)).toList();
    }
    return generatedVacancies;
  }

  private static List<Vacancy> sampleVacancies;

  /** Every record of sample-data/vacancies.jsonl, the persona vacancies included. */
  static synchronized List<Vacancy> sampleVacancies() {
    if (sampleVacancies == null) {
      sampleVacancies = read(sampleData().resolve("vacancies.jsonl"), Vacancy.class);
    }
    return sampleVacancies;
  }

  /** The generated sample candidates: sample-data/candidates.jsonl without the personas. */
  static synchronized List<Candidate> generatedCandidates() {
    if (generatedCandidates == null) {
      generatedCandidates = allSampleCandidates().stream().filter(c -> !c.id().startsWith("persona-")).toList();
    }
    return generatedCandidates;
  }

  /** A record of sample-data/candidates.jsonl (the generated candidates and the personas) by id. */
  static java.util.Optional<Candidate> sampleCandidate(String id) {
    return allSampleCandidates().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  private static List<Candidate> allSampleCandidates;

  private static synchronized List<Candidate> allSampleCandidates() {
    if (allSampleCandidates == null) {
      allSampleCandidates = read(sampleData().resolve("candidates.jsonl"), Candidate.class);
    }
    return allSampleCandidates;
  }

  /** What one run found: per expectation, null when it holds or the reason it does not. */
  record Verdict(Casebook.Case c, List<String> failures, MatchResult shortlist) {
    boolean allHold() {
      return failures.stream().allMatch(f -> f == null) && c.unknownFields().isEmpty();
    }

    /**
     * The test's verdict: null when the case is as its status says; otherwise a message naming the
     * case file and every broken expectation. A pending case must not hold: its pending
     * expectations must still fail (else "promote this case") and all others must hold.
     */
    String problem() {
      List<String> lines = new ArrayList<>();
      List<Casebook.Expectation> exps = c.expectations();
      if (!c.pending() && !c.unknownFields().isEmpty()) {
        lines.add("record fields the engine does not know: " + c.unknownFields()
            + " (mark the case pending with the reason, or fix the field)");
      }
      for (int i = 0; i < exps.size(); i++) {
        Casebook.Expectation e = exps.get(i);
        String f = failures.get(i);
        if (e.pending() == null && f != null) {
          lines.add(e.path() + " " + e.kind().json + " broken: " + e.describe() + ": " + f);
        } else if (e.pending() != null && f == null) {
          lines.add(e.path() + " " + e.kind().json + " (pending: " + e.pending() + ") now holds: promote this case"
              + " (remove the expectation's pending mark" + (exps.stream().filter(x -> x.pending() != null).count() == 1
                  && c.unknownFields().isEmpty() ? " and set status 'holds')" : ")"));
        }
      }
      if (c.pending() && c.unknownFields().isEmpty() && exps.stream().allMatch(e -> e.pending() == null)) {
        lines.add("$.status is 'pending' but no expectation is marked pending and every record field is known:"
            + " promote this case (status 'holds', no pendingReason)");
      }
      if (lines.isEmpty()) {
        return null;
      }
      return c.file() + ": " + String.join("\n  " + c.file() + ": ", lines) + "\n  shortlist: " + top(shortlist, 10);
    }
  }

  /** Runs every expectation of a case. */
  static Verdict run(Casebook.Case c) {
    int maxK = 10;
    boolean needsCandidates = false;
    for (Casebook.Expectation e : c.expectations()) {
      if (e.k() != null) {
        maxK = Math.max(maxK, e.k());
      }
      if (e.rank() != null) {
        maxK = Math.max(maxK, e.rank());
      }
      needsCandidates |= e.kind() == Casebook.Kind.FINDABLE || e.kind() == Casebook.Kind.NOT_FINDABLE;
    }
    MatchProfile profile = MatchProfile.defaults();
    profile = profile.withTopK(Math.max(maxK, profile.topK()));
    RuleSet rules = c.municipality() == null ? RuleSet.defaults() : new RuleSet(PolicyConfig.bundled(c.municipality()));
    LocalDate today = c.date() == null ? CLI_DATE : c.date();
    try (MatchIndex index = MatchIndex.inMemory()) {
      index.upsertVacancies(generatedVacancies());
      index.upsertVacancies(c.probes());
      if (needsCandidates) {
        index.upsertCandidates(generatedCandidates());
      }
      index.upsert(c.candidate());
      index.commit();
      Matcher matcher = Matcher.builder(index).profile(profile).rules(rules).audience(Audience.INTERNAL).today(today)
          .build();
      MatchResult shortlist = matcher.vacanciesFor(c.candidate().id(), Matcher.Mode.FAST);
      Map<String, Explanation> explained = new HashMap<>();
      List<String> failures = new ArrayList<>();
      for (Casebook.Expectation e : c.expectations()) {
        String f;
        try {
          f = check(e, c, index, matcher, shortlist, explained);
        } catch (RuntimeException ex) {
          f = "could not be checked: " + ex;
        }
        failures.add(f);
      }
      return new Verdict(c, failures, shortlist);
    }
  }

  private static String check(Casebook.Expectation e, Casebook.Case c, MatchIndex index, Matcher matcher,
      MatchResult shortlist, Map<String, Explanation> explained) {
    List<RankedMatch> matches = shortlist.matches();
    switch (e.kind()) {
      case IN_TOP, NOT_IN_TOP -> {
        List<String> hits = new ArrayList<>();
        for (RankedMatch m : matches.subList(0, Math.min(e.k(), matches.size()))) {
          Vacancy v = index.vacancy(m.score().vacancyId()).orElseThrow();
          if (e.select().test(v)) {
            hits.add(m.rank() + ". " + label(v));
          }
        }
        if (e.kind() == Casebook.Kind.IN_TOP) {
          int need = e.atLeast() == null ? 1 : e.atLeast().intValue();
          return hits.size() >= need ? null : "found " + hits.size() + (hits.isEmpty() ? "" : " " + hits);
        }
        return hits.isEmpty() ? null : "found " + hits;
      }
      case FUNNEL_NAMES -> {
        int n = shortlist.excludedByRule().getOrDefault(e.rule(), 0) + shortlist.filteredByRule().getOrDefault(e.rule(), 0);
        return n > 0 ? null : "the funnel is " + shortlist.excludedByRule() + ", filtered " + shortlist.filteredByRule();
      }
      case FUNNEL_OMITS -> {
        int n = shortlist.excludedByRule().getOrDefault(e.rule(), 0) + shortlist.filteredByRule().getOrDefault(e.rule(), 0);
        return n == 0 ? null : "the funnel has " + e.rule() + "=" + n;
      }
      case SHORTLIST_SIZE -> {
        int n = matches.size();
        boolean ok = (e.atLeast() == null || n >= e.atLeast()) && (e.atMost() == null || n <= e.atMost());
        return ok ? null : "the shortlist holds " + n + " (" + shortlist.considered() + " considered, "
            + shortlist.eligible() + " eligible, " + shortlist.aboveMinScore() + " at or above the minimum; excluded "
            + shortlist.excludedByRule() + ")";
      }
      case FINDABLE, NOT_FINDABLE -> {
        MatchResult fromVacancy = matcher.candidatesFor(e.vacancy(), Matcher.Mode.FAST);
        int place = -1;
        for (RankedMatch m : fromVacancy.matches()) {
          if (m.score().candidateId().equals(c.candidate().id())) {
            place = m.rank();
          }
        }
        boolean found = place >= 1 && place <= e.k();
        if (e.kind() == Casebook.Kind.FINDABLE) {
          return found ? null : place < 0 ? "not on the vacancy's shortlist of " + fromVacancy.matches().size()
              + " (excluded " + fromVacancy.excludedByRule() + ")" : "at place " + place;
        }
        return found ? "at place " + place : null;
      }
      default -> {
        // a pair: by vacancy id or by shortlist place
        String vacancyId = e.vacancy();
        if (vacancyId == null) {
          if (e.rank() > matches.size()) {
            return "the shortlist has only " + matches.size() + " places";
          }
          vacancyId = matches.get(e.rank() - 1).score().vacancyId();
        }
        String vid = vacancyId;
        Vacancy v = index.vacancy(vid).orElseThrow(() -> new IllegalArgumentException("no vacancy " + vid));
        Explanation ex = explained.computeIfAbsent(vid, id -> matcher.explain(v, c.candidate()));
        return checkPair(e, ex, vid);
      }
    }
  }

  private static String checkPair(Casebook.Expectation e, Explanation ex, String vacancyId) {
    List<RuleCheck> failed = ex.failures();
    List<String> failedIds = failed.stream().map(RuleCheck::ruleId).toList();
    switch (e.kind()) {
      case EXCLUDED_BY -> {
        boolean ok = e.rule() == null ? !failed.isEmpty() : failedIds.contains(e.rule());
        return ok ? null : failed.isEmpty() ? "eligible: no rule excludes " + vacancyId : "excluded by " + failedIds;
      }
      case NOT_EXCLUDED_BY -> {
        boolean ok = e.rule() == null ? failed.isEmpty() : !failedIds.contains(e.rule());
        return ok ? null : "excluded by " + failedIds + ": " + failed.get(0).reason();
      }
      case STATES, OMITS -> {
        String text = Explanations.text(ex);
        // the first line names the pair by id; a phrase must be stated, not found in an id
        String lower = text.replace(vacancyId, "").replace(ex.score().candidateId(), "").toLowerCase(Locale.ROOT);
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String t : e.text()) {
          (lower.contains(t.toLowerCase(Locale.ROOT)) ? present : absent).add(t);
        }
        if (e.kind() == Casebook.Kind.STATES) {
          return absent.isEmpty() ? null : "does not state " + absent + " in:\n" + indent(text);
        }
        return present.isEmpty() ? null : "states " + present + " in:\n" + indent(text);
      }
      case FACT, NOT_FACT -> {
        JsonNode json = Explanations.json(ex);
        JsonNode at = json.at(e.pointer());
        boolean holds = factHolds(e, at);
        boolean ok = e.kind() == Casebook.Kind.FACT ? holds : !holds;
        return ok ? null : e.pointer() + " is " + (at.isMissingNode() ? "absent" : at.toString());
      }
      default -> throw new IllegalStateException(e.kind().toString());
    }
  }

  private static boolean factHolds(Casebook.Expectation e, JsonNode at) {
    if (at.isMissingNode()) {
      return false;
    }
    if (e.equals() != null) {
      return e.equals().isNumber() && at.isNumber() ? e.equals().decimalValue().compareTo(at.decimalValue()) == 0
          : e.equals().equals(at);
    }
    if (e.atLeast() != null) {
      return at.isNumber() && at.doubleValue() >= e.atLeast();
    }
    if (e.atMost() != null) {
      return at.isNumber() && at.doubleValue() <= e.atMost();
    }
    return at.toString().toLowerCase(Locale.ROOT).contains(e.contains().toLowerCase(Locale.ROOT));
  }

  /** The first {@code n} places, for failure messages. */
  static String top(MatchResult r, int n) {
    if (r == null) {
      return "(none)";
    }
    StringBuilder b = new StringBuilder();
    for (RankedMatch m : r.matches().subList(0, Math.min(n, r.matches().size()))) {
      b.append(b.isEmpty() ? "" : ", ").append(m.rank()).append(". ").append(m.score().vacancyId())
          .append(String.format(Locale.ROOT, " %.3f", m.score().total()));
    }
    return (b.isEmpty() ? "(empty)" : b.toString()) + "; " + r.considered() + " considered, " + r.eligible()
        + " eligible, excluded " + r.excludedByRule();
  }

  private static String label(Vacancy v) {
    return v.id() + " (" + v.kind() + ", " + v.occupationId() + ")";
  }

  private static String indent(String text) {
    return text.lines().map(l -> "      | " + l).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  static Path sampleData() {
    for (Path p : new Path[] {Path.of("sample-data"), Path.of("../sample-data")}) {
      if (Files.isRegularFile(p.resolve("vacancies.jsonl"))) {
        return p;
      }
    }
    throw new IllegalStateException("sample-data/ not found from " + Path.of("").toAbsolutePath());
  }

  /** Reads a JSON Lines file of the sample data with the library's own reader (fails fast on a bad record). */
  private static <T> List<T> read(Path file, Class<T> type) {
    List<T> out = new ArrayList<>();
    try {
      RecordReader.of(type).read(file, out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
