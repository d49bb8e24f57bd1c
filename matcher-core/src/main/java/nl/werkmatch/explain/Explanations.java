package nl.werkmatch.explain;

import nl.werkmatch.match.Explanation;
import nl.werkmatch.match.CategoryScore;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.GapCloser;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.match.RuleCheck;
import nl.werkmatch.score.Scorer;
import nl.werkmatch.match.SkillMatch;
import nl.werkmatch.match.Substitution;
import nl.werkmatch.match.WhyNot;
import nl.werkmatch.score.Words;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkmatch.text.Phrase;

/**
 * Renders scores, explanations, shortlist funnels and "why not?" answers as text for people and as
 * JSON for programs, in a deterministic order with numbers rounded to three decimals (a decimal
 * point in every language). This is the INTERNAL view: every category and all evidence.
 * Employer-facing output goes through {@link nl.werkmatch.employer.EmployerShortlist}.
 *
 * <p>Language: every method takes a {@link Locale}; Dutch ({@link Phrase#DUTCH}) unless the locale is
 * English, and the methods without one render Dutch, the language of werkcoaches, klantmanagers and
 * employers. Dutch legal terms (loonwaarde, beschut werk, ...) stay Dutch in English. JSON keys, rule
 * ids, category keys, field names and enum values are the same in both languages; only the text for
 * people (evidence, reasons, notes, descriptions, summaries) follows the locale.
 */
public final class Explanations {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Locale DEFAULT = Phrase.DUTCH;

  private Explanations() {}

  /** {@link #categoriesText(MatchScore, String, Locale)} in Dutch. */
  public static String categoriesText(MatchScore s, String indent) {
    return categoriesText(s, indent, DEFAULT);
  }

  /**
   * One line per category: {@code vaardigheden 0.900  x0.30  3 van de 3 essentiële vaardigheden aanwezig}
   * ({@code skills 0.900  x0.30  3 of 3 essential skills met} in English), with the share of known
   * data when below 100%.
   */
  public static String categoriesText(MatchScore s, String indent, Locale locale) {
    boolean nl = Phrase.isDutch(locale);
    StringBuilder b = new StringBuilder();
    for (CategoryScore c : s.categories()) {
      b.append(indent).append(String.format(Locale.ROOT, "%-12s %.3f  x%.2f%s  %s%n", c.category().label(locale), c.score(),
          c.weight(), c.confidence() < 1 ? String.format(Locale.ROOT, nl ? "  (bekend %.0f%%)" : "  (known %.0f%%)",
              c.confidence() * 100) : "",
          Phrase.join("; ", c.evidence(), locale)));
    }
    return b.toString();
  }

  /** {@link #skillsText(MatchScore, Locale)} in Dutch. */
  public static String skillsText(MatchScore s) {
    return skillsText(s, DEFAULT);
  }

  /** The skills line: matched, substituted and missing (skill labels are the taxonomy's Dutch labels). */
  public static String skillsText(MatchScore s, Locale locale) {
    boolean nl = Phrase.isDutch(locale);
    StringBuilder matched = new StringBuilder();
    StringBuilder substituted = new StringBuilder();
    StringBuilder missing = new StringBuilder();
    for (SkillMatch m : s.skills()) {
      String name = m.requiredLabel() + (m.essential() ? "" : nl ? " (optioneel)" : " (optional)");
      switch (m.substitution()) {
        case EXACT -> append(matched, name);
        case MISSING -> append(missing, name);
        default -> append(substituted, name + " <- " + m.matchedLabel() + " [" + substitution(m.substitution(), nl)
            + String.format(Locale.ROOT, " %.2f", m.credit()) + "]");
      }
    }
    StringBuilder b = new StringBuilder();
    if (!matched.isEmpty()) {
      b.append(nl ? "aanwezig: " : "matched: ").append(matched);
    }
    if (!substituted.isEmpty()) {
      b.append(b.isEmpty() ? "" : " | ").append(nl ? "vervangen: " : "substituted: ").append(substituted);
    }
    if (!missing.isEmpty()) {
      b.append(b.isEmpty() ? "" : " | ").append(nl ? "ontbreekt: " : "missing: ").append(missing);
    }
    return b.toString();
  }

  private static String substitution(Substitution s, boolean nl) {
    if (!nl) {
      return s.name().toLowerCase(Locale.ROOT);
    }
    return switch (s) {
      case EXACT -> "exact";
      case SYNONYM -> "synoniem";
      case BROADER -> "breder";
      case RELATED -> "verwant";
      case TEXT -> "tekst";
      case MISSING -> "ontbreekt";
    };
  }

  private static void append(StringBuilder b, String s) {
    if (!b.isEmpty()) {
      b.append(", ");
    }
    b.append(s);
  }

  /** The travel line of a score: {@code 17 min per fiets (grens 30)}, or null when the travel time is unknown. */
  public static String travelText(MatchScore s, Locale locale) {
    return s.travel().known() ? Words.travel(s.travel()).in(locale) : null;
  }

  /** The travel time for a table column: {@code 17 min fiets} ({@code 17 min bike}), {@code onbekend} when unknown. */
  public static String travelShortText(MatchScore s, Locale locale) {
    boolean nl = Phrase.isDutch(locale);
    if (!s.travel().known()) {
      return nl ? "onbekend" : "unknown";
    }
    String mode = s.travel().mode().name().toLowerCase(Locale.ROOT);
    if (nl) {
      mode = switch (s.travel().mode()) {
        case WALK -> "lopend";
        case BIKE -> "fiets";
        case EBIKE -> "e-bike";
        case PUBLIC_TRANSPORT -> "ov";
        case CAR -> "auto";
      };
    }
    return s.travel().minutes() + " min " + mode;
  }

  /** The job-carving line: the share of the vacancy's task time the person can do, or null. */
  public static String jobCarvingText(MatchScore s, Locale locale) {
    if (s.taskCoverage() == null) {
      return null;
    }
    return String.format(Locale.ROOT, Phrase.isDutch(locale) ? "jobcarving: dekt %.0f%% van de taaktijd van de vacature"
        : "job carving: covers %.0f%% of the vacancy's task time", s.taskCoverage() * 100);
  }

  /** The gap-closer line: {@code verbeterkans: haal HACCP (+0.016 -> 0.826)}. */
  public static String gapCloserText(GapCloser g, Locale locale) {
    return String.format(Locale.ROOT, "%s: %s (+%.3f -> %.3f)", Phrase.isDutch(locale) ? "verbeterkans" : "gap closer",
        g.description().in(locale), g.gain(), g.newTotal());
  }

  /** The INTERNAL loonkostensubsidie line of an explanation, or null when it does not apply. */
  public static String lksText(Explanation e, Locale locale) {
    if (e.lks() == null) {
      return null;
    }
    return String.format(Locale.ROOT, Phrase.isDutch(locale)
        ? "loonkostensubsidie (intern): EUR %s/maand incl. 23%% bij %s uur/week; netto loonkosten werkgever EUR %s/maand"
        : "loonkostensubsidie (internal): EUR %s/month incl. 23%% at %s h/week; employer's net wage cost EUR %s/month",
        e.lks().subsidyInclAllowancePerMonth().toPlainString(), e.lks().hoursPerWeek().toPlainString(),
        e.lks().employerNetCostPerMonth().toPlainString());
  }

  /** The missing-data line (field names as in the data format), or null when nothing is missing. */
  public static String missingText(MatchScore s, Locale locale) {
    return s.missingFields().isEmpty() ? null
        : (Phrase.isDutch(locale) ? "ontbrekende gegevens: " : "missing data: ") + String.join(", ", s.missingFields());
  }

  /** {@link #text(Explanation, Locale)} in Dutch. */
  public static String text(Explanation e) {
    return text(e, DEFAULT);
  }

  /**
   * A full explanation as text: the pair and its verdict, every failed rule with its reason and
   * source, every rule note, the categories with their evidence, skills, travel, job carving, missing
   * data, policy boosts, gap closers and (INTERNAL) the loonkostensubsidie estimate.
   */
  public static String text(Explanation e, Locale locale) {
    boolean nl = Phrase.isDutch(locale);
    MatchScore s = e.score();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, nl ? "%s x %s: score %.3f, volledigheid %.2f, %s%n"
        : "%s x %s: score %.3f, completeness %.2f, %s%n", s.vacancyId(), s.candidateId(), s.total(), s.completeness(),
        e.eligible() ? (nl ? "komt in aanmerking" : "eligible") : (nl ? "UITGESLOTEN" : "EXCLUDED")));
    for (RuleCheck r : e.rules()) {
      if (!r.passed()) {
        b.append(nl ? "  regel " : "  rule ").append(r.ruleId()).append(nl ? " niet gehaald: " : " failed: ")
            .append(r.reason().in(locale)).append(" [").append(r.source()).append("]\n");
      } else if (r.reason() != null) {
        b.append(nl ? "  regel " : "  rule ").append(r.ruleId()).append(": ").append(r.reason().in(locale)).append('\n');
      }
    }
    b.append(categoriesText(s, "  ", locale));
    String skills = skillsText(s, locale);
    if (!skills.isEmpty()) {
      b.append(nl ? "  vaardigheden: " : "  skills: ").append(skills).append('\n');
    }
    line(b, "  ", (nl ? "reistijd: " : "travel: "), travelText(s, locale));
    line(b, "  ", "", jobCarvingText(s, locale));
    line(b, "  ", "", missingText(s, locale));
    if (!s.boosts().isEmpty()) {
      b.append(nl ? "  beleidsvoorrang: " : "  policy boosts: ").append(String.join(", ", s.boosts())).append('\n');
    }
    for (GapCloser g : e.gapClosers()) {
      b.append("  ").append(gapCloserText(g, locale)).append('\n');
    }
    line(b, "  ", "", lksText(e, locale));
    return b.toString();
  }

  private static void line(StringBuilder b, String indent, String label, String text) {
    if (text != null) {
      b.append(indent).append(label).append(text).append('\n');
    }
  }

  /**
   * The funnel of a shortlist as text, so that a short list always says why it is short: which path;
   * how many of the records on the other side were considered, eligible and at or above
   * {@code minScore}, and how many eligible ones fell below it; per rule, how many considered pairs
   * it excluded; in the fast path for a short list, per rule how many records its index filters
   * left out before retrieval, and how many ranked below the retrieval depth. Counts per rule are
   * ordered largest first, then by rule id.
   */
  public static String funnelText(MatchResult r, double minScore, Locale locale) {
    boolean nl = Phrase.isDutch(locale);
    boolean vacancies = r.direction() == Direction.CANDIDATE_TO_VACANCIES;
    String records = nl ? (vacancies ? "vacatures" : "kandidaten") : (vacancies ? "vacancies" : "candidates");
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, nl ? "%s: %d van de %d %s bekeken, %d komen in aanmerking, %d op of boven de"
        + " minimumscore %.2f (%d eronder)%n" : "%s: %d of %d %s considered, %d eligible, %d at or above the minimum"
        + " score %.2f (%d below it)%n",
        r.exhaustive() ? (nl ? "Volledige route" : "Exhaustive path") : (nl ? "Snelle route" : "Fast path"),
        r.considered(), r.searched(), records, r.eligible(), r.aboveMinScore(), minScore, r.belowMinScore()));
    if (!r.filteredByRule().isEmpty()) {
      b.append(nl ? "Vooraf buiten beschouwing door de indexfilters van de regels:"
          : "Left out before retrieval by the rules' index filters:");
      appendCounts(b, r.filteredByRule());
      b.append('\n');
    }
    if (!r.excludedByRule().isEmpty()) {
      b.append(nl ? "Uitgesloten per regel:" : "Excluded by rule:");
      appendCounts(b, r.excludedByRule());
      b.append('\n');
    }
    if (!r.exhaustive() && r.notRetrieved() > 0) {
      b.append(String.format(Locale.ROOT, r.filteredByRule().isEmpty()
          ? (nl ? "Niet bekeken: %d (buiten de indexfilters of onder de ophaaldiepte)%n"
              : "Not considered: %d (left out by the index filters or below the retrieval depth)%n")
          : (nl ? "Niet opgehaald: %d (lager geschat dan de ophaaldiepte)%n"
              : "Not retrieved: %d (estimated below the retrieval depth)%n"), r.notRetrieved()));
    }
    return b.toString();
  }

  private static void appendCounts(StringBuilder b, Map<String, Integer> counts) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> b.append(' ').append(e.getKey()).append('=').append(e.getValue()));
  }

  /** {@link #json(MatchScore, Locale)} in Dutch. */
  public static ObjectNode json(MatchScore s) {
    return json(s, DEFAULT);
  }

  /** A score as JSON; the evidence in {@code locale}'s language. */
  public static ObjectNode json(MatchScore s, Locale locale) {
    ObjectNode o = F.objectNode();
    o.put("vacancyId", s.vacancyId());
    o.put("candidateId", s.candidateId());
    o.put("score", Scorer.round(s.total()));
    o.put("completeness", Scorer.round(s.completeness()));
    ObjectNode cats = o.putObject("categories");
    for (CategoryScore c : s.categories()) {
      ObjectNode co = cats.putObject(c.category().key());
      co.put("score", Scorer.round(c.score()));
      co.put("weight", c.weight());
      co.put("confidence", Scorer.round(c.confidence()));
      ArrayNode ev = co.putArray("evidence");
      c.evidence().forEach(p -> ev.add(p.in(locale)));
    }
    ArrayNode skills = o.putArray("skills");
    for (SkillMatch m : s.skills()) {
      ObjectNode so = skills.addObject();
      so.put("required", m.required());
      so.put("label", m.requiredLabel());
      so.put("essential", m.essential());
      so.put("match", m.substitution().name().toLowerCase(Locale.ROOT));
      if (m.matchedBy() != null) {
        so.put("matchedBy", m.matchedBy());
      }
      so.put("credit", m.credit());
    }
    ObjectNode t = o.putObject("travel");
    if (s.travel().known()) {
      t.put("minutes", s.travel().minutes());
      t.put("mode", s.travel().mode().name());
    }
    t.put("limitMinutes", s.travel().limitMinutes());
    t.put("withinLimit", s.travel().withinLimit());
    if (s.taskCoverage() != null) {
      o.put("taskCoverage", s.taskCoverage());
    }
    ArrayNode missing = o.putArray("missingFields");
    s.missingFields().forEach(missing::add);
    ArrayNode boosts = o.putArray("boosts");
    s.boosts().forEach(boosts::add);
    return o;
  }

  /** {@link #json(Explanation, Locale)} in Dutch. */
  public static ObjectNode json(Explanation e) {
    return json(e, DEFAULT);
  }

  /** A full explanation as JSON; reasons, evidence and descriptions in {@code locale}'s language. */
  public static ObjectNode json(Explanation e, Locale locale) {
    ObjectNode o = json(e.score(), locale);
    o.put("eligible", e.eligible());
    o.set("rules", rulesJson(e.rules(), locale));
    o.set("gapClosers", gapClosersJson(e.gapClosers(), locale));
    if (e.lks() != null) {
      ObjectNode l = o.putObject("loonkostensubsidie");
      l.put("hoursPerWeek", e.lks().hoursPerWeek());
      l.put("loonwaardePercent", e.lks().loonwaardePercent());
      l.put("wml", e.lks().wml());
      l.put("subsidyPerMonth", e.lks().subsidyPerMonth());
      l.put("subsidyInclAllowancePerMonth", e.lks().subsidyInclAllowancePerMonth());
      l.put("wageCostPerMonth", e.lks().wageCostPerMonth());
      l.put("employerNetCostPerMonth", e.lks().employerNetCostPerMonth());
      l.put("capApplied", e.lks().capApplied());
    }
    return o;
  }

  static ArrayNode rulesJson(List<RuleCheck> rules, Locale locale) {
    ArrayNode a = F.arrayNode();
    for (RuleCheck r : rules) {
      ObjectNode ro = a.addObject();
      ro.put("rule", r.ruleId());
      ro.put("passed", r.passed());
      if (r.reason() != null) {
        ro.put("reason", r.reason().in(locale));
      }
      ro.put("source", r.source());
    }
    return a;
  }

  /** Gap closers as JSON, in Dutch. */
  public static ArrayNode gapClosersJson(List<GapCloser> closers) {
    return gapClosersJson(closers, DEFAULT);
  }

  /** Gap closers as JSON; the descriptions in {@code locale}'s language. */
  public static ArrayNode gapClosersJson(List<GapCloser> closers, Locale locale) {
    ArrayNode a = F.arrayNode();
    for (GapCloser g : closers) {
      ObjectNode go = a.addObject();
      go.put("kind", g.kind().name());
      go.put("subject", g.subject());
      go.put("description", g.description().in(locale));
      go.put("gain", g.gain());
      go.put("newScore", g.newTotal());
    }
    return a;
  }

  /** {@link #text(WhyNot, Locale)} in Dutch. */
  public static String text(WhyNot w) {
    return text(w, DEFAULT);
  }

  /** A why-not answer as text. */
  public static String text(WhyNot w, Locale locale) {
    boolean nl = Phrase.isDutch(locale);
    StringBuilder b = new StringBuilder();
    b.append(w.vacancyId()).append(" x ").append(w.candidateId()).append(": ").append(w.summary().in(locale)).append('\n');
    for (RuleCheck r : w.excludedBy()) {
      b.append(nl ? "  regel " : "  rule ").append(r.ruleId()).append(": ").append(r.reason().in(locale)).append(" [")
          .append(r.source()).append("]\n");
    }
    b.append(String.format(Locale.ROOT, "  score %.3f (minimum %.2f)%s%n", w.total(), w.minScore(),
        w.cutoff() == null ? "" : String.format(Locale.ROOT, nl ? ", grens van de kortste lijst %.3f"
            : ", shortlist cut-off %.3f", w.cutoff())));
    for (CategoryScore c : w.costliest()) {
      b.append(String.format(Locale.ROOT, "  %s %.3f  %-12s %.3f  %s%n", nl ? "kost" : "cost", c.loss(),
          c.category().label(locale), c.score(), Phrase.join("; ", c.evidence(), locale)));
    }
    for (GapCloser g : w.gapClosers()) {
      b.append(String.format(Locale.ROOT, "  %s: %s (+%.3f)%n", nl ? "verbeterkans" : "gap closer",
          g.description().in(locale), g.gain()));
    }
    return b.toString();
  }

  private static final ObjectMapper DUTCH_JSON = mapper(Phrase.DUTCH);
  private static final ObjectMapper ENGLISH_JSON = mapper(Phrase.ENGLISH);

  private static ObjectMapper mapper(Locale locale) {
    SimpleModule m = new SimpleModule("phrases-" + locale);
    m.addSerializer(Phrase.class, new com.fasterxml.jackson.databind.JsonSerializer<Phrase>() {
      @Override
      public void serialize(Phrase p, com.fasterxml.jackson.core.JsonGenerator g,
          com.fasterxml.jackson.databind.SerializerProvider sp) throws java.io.IOException {
        g.writeString(p.in(locale));
      }
    });
    return nl.werkmatch.io.Json.mapper().copy().registerModule(m);
  }

  /**
   * A why-not answer as JSON: its record components as keys ({@code vacancyId}, {@code excludedBy},
   * {@code costliest}, {@code summary}, ...), the text for people in {@code locale}'s language.
   */
  public static JsonNode json(WhyNot w, Locale locale) {
    return (Phrase.isDutch(locale) ? DUTCH_JSON : ENGLISH_JSON).valueToTree(w);
  }
}
