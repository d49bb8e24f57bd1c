package nl.werkmatch.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.werkmatch.match.CategoryScore;
import nl.werkmatch.match.Direction;
import nl.werkmatch.explain.ExposureReport;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.text.Phrase;

/**
 * The region-wide view of a batch run, aggregated from every query's {@link QueryDiagnostics.Data}:
 * exclusion funnel, vacancies that cannot be filled, items without any match and why, missing data
 * that costs matches, gap closers ranked by the matches they would unlock, score and travel-time
 * distributions, and the fairness exposure table. {@link #json()} gives the numbers,
 * {@link #html()} one self-contained page with inline SVG charts.
 */
public final class BatchReport {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  /** At most this many items without a match get their reasons computed (by id order). */
  public static final int MAX_NO_MATCH_EXPLAINED = 200;

  private final Direction direction;
  private final int topK;
  private final double minScore;
  private final String profileName;
  private long queries;
  private long considered;
  private long eligible;
  private long aboveMin;
  private long shortlistEntries;
  private final long[] scores = new long[QueryDiagnostics.SCORE_BINS];
  private final long[] travel = new long[QueryDiagnostics.TRAVEL_BINS];
  private final Map<String, Long> excluded = new TreeMap<>();
  private final Map<String, Long> filtered = new TreeMap<>();
  private final Map<String, Long> unlocks = new TreeMap<>();
  private final Map<String, String> unlockLabels = new TreeMap<>();
  private final Map<String, Long> missing = new TreeMap<>();
  private final List<ObjectNode> perQuery = new ArrayList<>();
  private final List<ObjectNode> unfillable = new ArrayList<>();
  private final Set<String> shortlisted = new TreeSet<>();
  private final List<String> emptyQueries = new ArrayList<>();
  private final Map<String, Map<String, Integer>> emptyQueryReasons = new TreeMap<>();
  private final ExposureReport exposure;
  private final int minCell;
  private ObjectNode noMatch;

  /**
   * @param direction the run's direction
   * @param matcher the matcher the run used (profile, date)
   */
  public BatchReport(Direction direction, Matcher matcher) {
    this(direction, matcher, ExposureReport.DEFAULT_MIN_CELL);
  }

  /**
   * @param direction the run's direction
   * @param matcher the matcher the run used (profile, date)
   * @param minCell small-cell suppression of the exposure table: the smallest group count shown
   *     ({@link ExposureReport#rows(int)}; 1 shows every count)
   */
  public BatchReport(Direction direction, Matcher matcher, int minCell) {
    if (minCell < 1) {
      throw new IllegalArgumentException("minCell must be at least 1, got " + minCell);
    }
    this.minCell = minCell;
    this.direction = direction;
    this.topK = matcher.profile().topK();
    this.minScore = matcher.profile().minScore();
    this.profileName = matcher.profile().name();
    this.exposure = new ExposureReport(matcher.today());
  }

  /** Adds one query's diagnostics, in query order. */
  public void add(QueryDiagnostics.Data d) {
    queries++;
    considered += d.considered();
    eligible += d.eligible();
    aboveMin += d.aboveMinScore();
    shortlistEntries += d.shortlisted().size();
    for (int i = 0; i < scores.length; i++) {
      scores[i] += d.scoreHistogram()[i];
    }
    for (int i = 0; i < travel.length; i++) {
      travel[i] += d.travelHistogram()[i];
    }
    d.excludedByRule().forEach((k, v) -> excluded.merge(k, (long) v, Long::sum));
    d.filteredByRule().forEach((k, v) -> filtered.merge(k, (long) v, Long::sum));
    d.unlocks().forEach((k, v) -> unlocks.merge(k, (long) v, Long::sum));
    unlockLabels.putAll(d.unlockLabels());
    d.nearMissMissingFields().forEach((k, v) -> missing.merge(k, (long) v, Long::sum));
    shortlisted.addAll(d.shortlisted());
    ObjectNode q = F.objectNode();
    q.put("query", d.query());
    q.put("considered", d.considered());
    q.put("eligible", d.eligible());
    q.put("aboveMinScore", d.aboveMinScore());
    ObjectNode ex = q.putObject("excludedByRule");
    d.excludedByRule().forEach(ex::put);
    if (!d.filteredByRule().isEmpty()) {
      ObjectNode fi = q.putObject("filteredByRule");
      d.filteredByRule().forEach(fi::put);
    }
    perQuery.add(q);
    if (direction == Direction.VACANCY_TO_CANDIDATES) {
      long listed = d.shortlisted().size();
      exposure.addCounts(d.eligibleGroups(), d.shortlistGroups(), d.eligible(), listed);
      if (d.aboveMinScore() < topK) {
        ObjectNode u = F.objectNode();
        u.put("vacancy", d.query());
        u.put("eligible", d.eligible());
        u.put("aboveMinScore", d.aboveMinScore());
        u.put("mainExclusion", mainRule(d.byRule()));
        unfillable.add(u);
      }
    } else if (d.shortlisted().isEmpty()) {
      emptyQueries.add(d.query());
      emptyQueryReasons.put(d.query(), d.byRule());
    }
  }

  private static String mainRule(Map<String, Integer> byRule) {
    return byRule.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse("none");
  }

  /**
   * Works out which items never reached a shortlist and why: for a vacancy run, the candidates on no
   * vacancy's shortlist (the first {@value #MAX_NO_MATCH_EXPLAINED} by id are matched exhaustively
   * to find the main reason); for a candidate run, the candidates whose own list is empty.
   *
   * @param matcher the matcher of the run
   * @param allCandidates every candidate in the index, in id order (read only for a vacancy run)
   */
  public void explainNoMatch(Matcher matcher, Iterable<Candidate> allCandidates) {
    Map<String, Long> reasons = new TreeMap<>();
    List<String> ids = new ArrayList<>();
    long count = 0;
    if (direction == Direction.VACANCY_TO_CANDIDATES) {
      for (Candidate c : allCandidates) {
        if (shortlisted.contains(c.id())) {
          continue;
        }
        count++;
        if (ids.size() < MAX_NO_MATCH_EXPLAINED) {
          ids.add(c.id());
          reasons.merge(reason(matcher.vacanciesFor(c, Matcher.Mode.EXHAUSTIVE), matcher), 1L, Long::sum);
        }
      }
    } else {
      count = emptyQueries.size();
      for (String q : emptyQueries) {
        if (ids.size() < MAX_NO_MATCH_EXPLAINED) {
          ids.add(q);
        }
        Map<String, Integer> r = emptyQueryReasons.get(q);
        reasons.merge(r.isEmpty() ? "no vacancy reaches the minimum score" : "excluded mostly by " + mainRule(r), 1L,
            Long::sum);
      }
    }
    noMatch = F.objectNode();
    noMatch.put("count", count);
    noMatch.put("explained", ids.size());
    ObjectNode rs = noMatch.putObject("mainReasons");
    reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> rs.put(e.getKey(), e.getValue()));
    ArrayNode a = noMatch.putArray("examples");
    ids.stream().limit(50).forEach(a::add);
  }

  private static String reason(MatchResult r, Matcher matcher) {
    if (r.eligible() == 0) {
      return r.excludedByRule().isEmpty() ? "no vacancy in reach" : "excluded mostly by " + mainRule(r.excludedByRule());
    }
    // eligible somewhere but never high enough: what cost the best pair most
    if (r.matches().isEmpty()) {
      return "eligible, but below the minimum score everywhere";
    }
    CategoryScore worst = r.matches().get(0).score().categories().stream()
        .max(Comparator.comparingDouble(CategoryScore::loss)).orElseThrow();
    return "shortlisted nowhere: outranked; loses most on " + worst.category().key();
  }

  /** Gap closers sorted by matches unlocked, as {@code label: +N matches}. */
  public List<String> topGapClosers(int n) {
    return unlocks.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n).map(e -> unlockLabels.get(e.getKey()) + ": +" + e.getValue() + " matches above the minimum score").toList();
  }

  /** All numbers, as JSON. */
  public ObjectNode json() {
    ObjectNode o = F.objectNode();
    o.put("direction", direction.name());
    o.put("profile", profileName);
    o.put("topK", topK);
    o.put("minScore", minScore);
    ObjectNode t = o.putObject("totals");
    t.put("queries", queries);
    t.put("pairsConsidered", considered);
    t.put("pairsEligible", eligible);
    t.put("pairsAboveMinScore", aboveMin);
    t.put("shortlistEntries", shortlistEntries);
    ArrayNode sh = o.putArray("scoreHistogram");
    for (int i = 0; i < scores.length; i++) {
      sh.addObject().put("from", i / (double) QueryDiagnostics.SCORE_BINS).put("pairs", scores[i]);
    }
    ArrayNode th = o.putArray("travelHistogram");
    for (int i = 0; i < travel.length; i++) {
      th.addObject().put("fromMinutes", i * 10).put("pairs", travel[i]);
    }
    ObjectNode fun = o.putObject("exclusionFunnel");
    ObjectNode byRule = fun.putObject("excludedByRule");
    excluded.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> byRule.put(e.getKey(), e.getValue()));
    ObjectNode byFilter = fun.putObject("filteredByRule");
    filtered.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> byFilter.put(e.getKey(), e.getValue()));
    ArrayNode pq = fun.putArray("perQuery");
    perQuery.forEach(pq::add);
    ArrayNode uf = o.putArray("unfillableVacancies");
    unfillable.stream().sorted(Comparator.comparingInt((ObjectNode u) -> u.get("aboveMinScore").asInt())
        .thenComparing(u -> u.get("vacancy").asText())).forEach(uf::add);
    if (noMatch != null) {
      o.set("withoutMatch", noMatch);
    }
    ObjectNode miss = o.putObject("completenessProblems");
    missing.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> miss.put(e.getKey(), e.getValue()));
    ArrayNode gc = o.putArray("gapClosers");
    unlocks.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> gc.addObject().put("key", e.getKey())
            .put("label", unlockLabels.get(e.getKey())).put("unlocks", e.getValue()));
    ArrayNode ex = o.putArray("exposure");
    if (direction == Direction.VACANCY_TO_CANDIDATES) {
      for (ExposureReport.Row r : exposure.rows(minCell)) {
        ObjectNode row = ex.addObject().put("dimension", r.dimension()).put("group", r.group());
        if (r.suppressed()) {
          row.put("suppressed", true);
        } else {
          row.put("eligible", r.eligible()).put("shortlisted", r.shortlisted()).put("eligibleShare", r.eligibleShare())
              .put("shortlistShare", r.shortlistShare()).put("ratio", r.ratio());
        }
      }
    }
    return o;
  }

  /**
   * Adds group counts summed over queries elsewhere (a batch keeps them in its checkpoint, never
   * per query beside shortlisted ids): eligible and shortlisted candidates per {@code dimension=group}.
   * The totals they are shares of come from {@link #add}.
   */
  public void addExposureGroups(Map<String, Long> eligibleGroups, Map<String, Long> shortlistGroups) {
    exposure.addGroupCounts(eligibleGroups, shortlistGroups);
  }

  /** The exposure rows (vacancy runs), with the report's small-cell suppression. */
  public List<ExposureReport.Row> exposureRows() {
    return exposure.rows(minCell);
  }

  // ------------------------------------------------------------------ HTML

  /** {@link #html(Locale)} in Dutch. */
  public String html() {
    return html(Phrase.DUTCH);
  }

  /**
   * One self-contained HTML page (inline CSS and SVG, no external assets), its text in
   * {@code locale}'s language (Dutch unless English; rule ids, field names and the figures are the
   * same in both).
   */
  public String html(Locale locale) {
    boolean nl = Phrase.isDutch(locale);
    ObjectNode j = json();
    StringBuilder b = new StringBuilder(64_000);
    String title = nl ? "werkmatch batchrapport: " + (direction == Direction.VACANCY_TO_CANDIDATES
        ? "vacatures naar kandidaten" : "kandidaten naar vacatures")
        : "werkmatch batch report: " + (direction == Direction.VACANCY_TO_CANDIDATES
        ? "vacancies to candidates" : "candidates to vacancies");
    b.append("<!DOCTYPE html><html lang=\"").append(nl ? "nl" : "en").append("\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title))
        .append("</title><style>")
        .append("body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:1100px;color:#1d2733;padding:0 1em}")
        .append("h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:2px solid #e3e8ee;padding-bottom:.2em}")
        .append(".sub{color:#5b6b7c;margin-top:0}.cards{display:flex;gap:12px;flex-wrap:wrap}")
        .append(".card{background:#f4f7fa;border-radius:8px;padding:10px 14px;min-width:140px}.card b{display:block;font-size:1.5em}")
        .append("table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e3e8ee}")
        .append("th{background:#f4f7fa}td.n{text-align:right;font-variant-numeric:tabular-nums}.note{color:#5b6b7c;font-size:.92em}")
        .append(".low{color:#b3261e;font-weight:600}svg text{font:11px system-ui,sans-serif;fill:#1d2733}")
        .append("</style></head><body>");
    b.append("<h1>").append(esc(title)).append("</h1>");
    ObjectNode t = (ObjectNode) j.get("totals");
    b.append(nl ? "<p class=\"sub\">profiel <b>" : "<p class=\"sub\">profile <b>").append(esc(profileName))
        .append(nl ? "</b>, kortste lijst " : "</b>, shortlist ").append(topK)
        .append(nl ? ", minimumscore " : ", minimum score ").append(fmt(minScore)).append("</p>");
    b.append("<div class=\"cards\">");
    card(b, nl ? "vragen" : "queries", t.get("queries").asLong());
    card(b, nl ? "paren bekeken" : "pairs considered", t.get("pairsConsidered").asLong());
    card(b, nl ? "paren in aanmerking" : "pairs eligible", t.get("pairsEligible").asLong());
    card(b, nl ? "boven het minimum" : "above minimum", t.get("pairsAboveMinScore").asLong());
    card(b, nl ? "plaatsen op kortste lijsten" : "shortlist places", t.get("shortlistEntries").asLong());
    b.append("</div>");

    b.append(nl ? "<h2>Verdeling van de scores</h2><p class=\"note\">Exacte scores van elk bekeken paar dat in aanmerking komt; de lijn markeert de minimumscore.</p>"
        : "<h2>Score distribution</h2><p class=\"note\">Exact scores of every eligible pair considered; the line marks the minimum score.</p>");
    b.append(bars(scores, i -> fmt(i / (double) QueryDiagnostics.SCORE_BINS), "#3b7dd8", (int) Math.round(minScore * QueryDiagnostics.SCORE_BINS)));
    b.append(nl ? "<h2>Verdeling van de reistijden</h2><p class=\"note\">Minuten enkele reis met de beste vervoerswijze, paren in aanmerking met een bekende reistijd.</p>"
        : "<h2>Travel-time distribution</h2><p class=\"note\">One-way minutes by the best available mode, eligible pairs with a known travel time.</p>");
    b.append(bars(travel, i -> i == QueryDiagnostics.TRAVEL_BINS - 1 ? "180+" : Integer.toString(i * 10), "#2e9e6b", -1));

    b.append(nl ? "<h2>Uitsluitingen per regel</h2><p class=\"note\">Paren die elke wettelijke poort tegenhield (een paar telt voor de eerste regel waar het niet door komt).</p>"
        : "<h2>Exclusion funnel</h2><p class=\"note\">Pairs removed by each legal gate (a pair counts for the first rule it fails).</p>");
    long[] ruleCounts = excluded.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).mapToLong(Map.Entry::getValue).toArray();
    List<String> ruleNames = excluded.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList();
    b.append(hbars(ruleNames, ruleCounts, "#d0772b", nl));
    if (!filtered.isEmpty()) {
      b.append(nl ? "<p class=\"note\">Vooraf buiten beschouwing gelaten door de indexfilters van de regels, bij kortste lijsten die niet vol raakten (snelle route):</p>"
          : "<p class=\"note\">Left out before retrieval by the rules' index filters, for shortlists that did not fill (fast path):</p>");
      List<Map.Entry<String, Long>> sorted = filtered.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue()
          .reversed().thenComparing(Map.Entry.comparingByKey())).toList();
      b.append(hbars(sorted.stream().map(Map.Entry::getKey).toList(),
          sorted.stream().mapToLong(Map.Entry::getValue).toArray(), "#e3a86b", nl));
    }

    if (direction == Direction.VACANCY_TO_CANDIDATES) {
      b.append(nl ? "<h2>Vacatures die niemand kan vervullen</h2><p class=\"note\">Minder dan "
          : "<h2>Vacancies nobody can fill</h2><p class=\"note\">Fewer than ").append(topK)
          .append(nl ? " kandidaten op of boven de minimumscore, de minste eerst.</p><table><tr><th>vacature</th><th>in aanmerking</th><th>op of boven het minimum</th><th>belangrijkste uitsluiting</th></tr>"
              : " candidates at or above the minimum score, fewest first.</p><table><tr><th>vacancy</th><th>eligible</th><th>at or above minimum</th><th>main exclusion</th></tr>");
      int shown = 0;
      for (var u : (ArrayNode) j.get("unfillableVacancies")) {
        if (shown++ >= 25) {
          break;
        }
        b.append("<tr><td>").append(esc(u.get("vacancy").asText())).append("</td><td class=\"n\">")
            .append(u.get("eligible").asInt()).append("</td><td class=\"n").append(u.get("aboveMinScore").asInt() == 0 ? " low" : "")
            .append("\">").append(u.get("aboveMinScore").asInt()).append("</td><td>")
            .append(esc(u.get("mainExclusion").asText())).append("</td></tr>");
      }
      b.append("</table><p class=\"note\">").append(((ArrayNode) j.get("unfillableVacancies")).size())
          .append(nl ? " vacatures in totaal; de hele lijst staat in diagnostics.json.</p>"
              : " vacancies in all; the full list is in diagnostics.json.</p>");
    }
    if (noMatch != null) {
      b.append(nl ? "<h2>Kandidaten zonder enige match</h2><p>" : "<h2>Candidates without any match</h2><p>")
          .append(noMatch.get("count").asLong())
          .append(nl ? " zonder plaats op een kortste lijst; belangrijkste redenen voor de eerste "
              : " without a place on any shortlist; main reasons for the first ").append(noMatch.get("explained").asInt())
          .append(nl ? ":</p><table><tr><th>reden</th><th>kandidaten</th></tr>" : ":</p><table><tr><th>reason</th><th>candidates</th></tr>");
      noMatch.get("mainReasons").properties().forEach(e -> b.append("<tr><td>").append(esc(e.getKey()))
          .append("</td><td class=\"n\">").append(e.getValue().asLong()).append("</td></tr>"));
      b.append("</table>");
    }
    b.append(nl ? "<h2>Beste verbeterkansen</h2><p class=\"note\">Kleine interventies, gerangschikt naar hoeveel bijna-matches ze tot de minimumscore zouden tillen.</p><table><tr><th>interventie</th><th>matches erbij</th></tr>"
        : "<h2>Top gap closers</h2><p class=\"note\">Small interventions ranked by how many near-miss pairs they would lift to the minimum score.</p><table><tr><th>intervention</th><th>matches unlocked</th></tr>");
    int n = 0;
    for (var g : (ArrayNode) j.get("gapClosers")) {
      if (n++ >= 15) {
        break;
      }
      b.append("<tr><td>").append(esc(g.get("label").asText())).append("</td><td class=\"n\">+")
          .append(g.get("unlocks").asLong()).append("</td></tr>");
    }
    b.append("</table>");
    b.append(nl ? "<h2>Ontbrekende gegevens die matches kosten</h2><p class=\"note\">Velden die ontbreken bij bijna-matches.</p><table><tr><th>veld</th><th>bijna-matches</th></tr>"
        : "<h2>Missing data that costs matches</h2><p class=\"note\">Fields missing in near-miss pairs.</p><table><tr><th>field</th><th>near misses</th></tr>");
    j.get("completenessProblems").properties().forEach(e -> b.append("<tr><td>").append(esc(e.getKey()))
        .append("</td><td class=\"n\">").append(e.getValue().asLong()).append("</td></tr>"));
    b.append("</table>");
    if (direction == Direction.VACANCY_TO_CANDIDATES) {
      b.append(nl ? "<h2>Zichtbaarheid</h2><p class=\"note\">Het aandeel van elke groep in de plaatsen op kortste lijsten tegenover haar aandeel in de kandidaten die in aanmerking komen; een verhouding ruim onder 1 betekent te weinig zichtbaarheid. Groepen worden hier gemeten, nooit gebruikt om te scoren. Groepen met minder dan " + minCell + " mensen in aanmerking of op de lijst worden niet getoond (kleine aantallen afgeschermd).</p>"
          + "<table><tr><th>dimensie</th><th>groep</th><th>in aanmerking</th><th>op de lijst</th><th>aandeel in aanmerking</th><th>aandeel op de lijst</th><th>verhouding</th></tr>"
          : "<h2>Exposure</h2><p class=\"note\">Each group's share of shortlist places against its share of eligible candidates; a ratio well below 1 means under-exposure. Groups are measured here, never used to score. Groups with fewer than " + minCell + " people eligible or shortlisted are not shown (small-cell suppression).</p>"
          + "<table><tr><th>dimension</th><th>group</th><th>eligible</th><th>shortlisted</th><th>eligible share</th><th>shortlist share</th><th>ratio</th></tr>");
      for (ExposureReport.Row r : exposure.rows(minCell)) {
        if (r.suppressed()) {
          b.append("<tr><td>").append(esc(r.dimension())).append("</td><td>").append(esc(r.group()))
              .append("</td><td class=\"n\" colspan=\"5\">").append(nl ? "minder dan " : "fewer than ").append(minCell)
              .append(nl ? " (niet getoond)" : " (not shown)").append("</td></tr>");
          continue;
        }
        b.append("<tr><td>").append(esc(r.dimension())).append("</td><td>").append(esc(r.group())).append("</td><td class=\"n\">")
            .append(r.eligible()).append("</td><td class=\"n\">").append(r.shortlisted()).append("</td><td class=\"n\">")
            .append(pct(r.eligibleShare())).append("</td><td class=\"n\">").append(pct(r.shortlistShare()))
            .append("</td><td class=\"n").append(r.ratio() < 0.8 ? " low" : "").append("\">").append(fmt(r.ratio()))
            .append("</td></tr>");
      }
      b.append("</table>");
    }
    b.append(nl ? "<p class=\"note\">De cijfers achter deze pagina: report.json en diagnostics.json in dezelfde map.</p></body></html>\n"
        : "<p class=\"note\">Numbers behind this page: report.json and diagnostics.json in the same folder.</p></body></html>\n");
    return b.toString();
  }

  private static void card(StringBuilder b, String label, long v) {
    b.append("<div class=\"card\"><b>").append(String.format(Locale.ROOT, "%,d", v)).append("</b>").append(esc(label)).append("</div>");
  }

  private static String bars(long[] v, java.util.function.IntFunction<String> label, String color, int markAt) {
    int w = 1000;
    int h = 220;
    int n = v.length;
    long max = 1;
    for (long x : v) {
      max = Math.max(max, x);
    }
    double bw = (w - 60) / (double) n;
    StringBuilder s = new StringBuilder();
    s.append("<svg viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" width=\"100%\" role=\"img\">");
    for (int i = 0; i < n; i++) {
      double bh = (h - 50) * v[i] / (double) max;
      double x = 50 + i * bw;
      s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %d</title></rect>",
          x + 1, h - 30 - bh, bw - 2, bh, color, esc(label.apply(i)), v[i]));
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x + bw / 2, h - 14, esc(label.apply(i))));
      if (v[i] > 0) {
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>", x + bw / 2, h - 34 - bh, v[i]));
      }
    }
    if (markAt >= 0) {
      double x = 50 + markAt * bw;
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%d\" stroke=\"#b3261e\" stroke-dasharray=\"4 3\"/>", x, x, h - 30));
    }
    s.append(String.format(Locale.ROOT, "<line x1=\"50\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#9aa7b4\"/>", h - 30, w - 10, h - 30));
    s.append("</svg>");
    return s.toString();
  }

  private static String hbars(List<String> names, long[] v, String color, boolean nl) {
    if (names.isEmpty()) {
      return nl ? "<p>Geen paar uitgesloten.</p>" : "<p>No pair was excluded.</p>";
    }
    int rowH = 24;
    int w = 1000;
    int h = names.size() * rowH + 10;
    long max = 1;
    for (long x : v) {
      max = Math.max(max, x);
    }
    StringBuilder s = new StringBuilder();
    s.append("<svg viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" width=\"100%\" role=\"img\">");
    for (int i = 0; i < names.size(); i++) {
      double bw = (w - 330) * v[i] / (double) max;
      int y = 5 + i * rowH;
      s.append(String.format(Locale.ROOT, "<text x=\"240\" y=\"%d\" text-anchor=\"end\">%s</text>", y + 15, esc(names.get(i))));
      s.append(String.format(Locale.ROOT, "<rect x=\"250\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", y + 3, Math.max(1, bw), rowH - 6, color));
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%,d</text>", 256 + bw, y + 15, v[i]));
    }
    s.append("</svg>");
    return s.toString();
  }

  private static String pct(double d) {
    return String.format(Locale.ROOT, "%.1f%%", d * 100);
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Counts for tests and logs. */
  Map<String, Long> excludedByRule() {
    return new LinkedHashMap<>(excluded);
  }
}
