package nl.werkmatch.match;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * Renders scores and explanations as text for people and as JSON for programs, in a deterministic
 * order with numbers rounded to three decimals. This is the INTERNAL view: every category and all
 * evidence. Employer-facing output goes through the audience filter of the rules package.
 */
public final class Explanations {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Explanations() {}

  /** One line per category: {@code skills 0.900 x0.30  3 of 3 essential skills met}. */
  public static String categoriesText(MatchScore s, String indent) {
    StringBuilder b = new StringBuilder();
    for (CategoryScore c : s.categories()) {
      b.append(indent).append(String.format(Locale.ROOT, "%-12s %.3f  x%.2f%s  %s%n", c.category().key(), c.score(),
          c.weight(), c.confidence() < 1 ? String.format(Locale.ROOT, "  (known %.0f%%)", c.confidence() * 100) : "",
          String.join("; ", c.evidence())));
    }
    return b.toString();
  }

  /** The skills line: matched, substituted and missing. */
  public static String skillsText(MatchScore s) {
    StringBuilder matched = new StringBuilder();
    StringBuilder substituted = new StringBuilder();
    StringBuilder missing = new StringBuilder();
    for (SkillMatch m : s.skills()) {
      String name = m.requiredLabel() + (m.essential() ? "" : " (optional)");
      switch (m.substitution()) {
        case EXACT -> append(matched, name);
        case MISSING -> append(missing, name);
        default -> append(substituted, name + " <- " + m.matchedLabel() + " ["
            + m.substitution().name().toLowerCase(Locale.ROOT) + String.format(Locale.ROOT, " %.2f", m.credit()) + "]");
      }
    }
    StringBuilder b = new StringBuilder();
    if (!matched.isEmpty()) {
      b.append("matched: ").append(matched);
    }
    if (!substituted.isEmpty()) {
      b.append(b.isEmpty() ? "" : " | ").append("substituted: ").append(substituted);
    }
    if (!missing.isEmpty()) {
      b.append(b.isEmpty() ? "" : " | ").append("missing: ").append(missing);
    }
    return b.toString();
  }

  private static void append(StringBuilder b, String s) {
    if (!b.isEmpty()) {
      b.append(", ");
    }
    b.append(s);
  }

  /** A full explanation as text. */
  public static String text(Explanation e) {
    MatchScore s = e.score();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s x %s: score %.3f, completeness %.2f, %s%n", s.vacancyId(), s.candidateId(),
        s.total(), s.completeness(), e.eligible() ? "eligible" : "EXCLUDED"));
    for (RuleCheck r : e.rules()) {
      if (!r.passed()) {
        b.append("  rule ").append(r.ruleId()).append(" failed: ").append(r.reason()).append(" [").append(r.source())
            .append("]\n");
      } else if (r.reason() != null) {
        b.append("  rule ").append(r.ruleId()).append(": ").append(r.reason()).append('\n');
      }
    }
    b.append(categoriesText(s, "  "));
    String skills = skillsText(s);
    if (!skills.isEmpty()) {
      b.append("  skills: ").append(skills).append('\n');
    }
    if (s.travel().known()) {
      b.append(String.format(Locale.ROOT, "  travel: %d min by %s (limit %d)%n", s.travel().minutes(),
          s.travel().mode().name().toLowerCase(Locale.ROOT), s.travel().limitMinutes()));
    }
    if (s.taskCoverage() != null) {
      b.append(String.format(Locale.ROOT, "  job carving: covers %.0f%% of the vacancy's task time%n", s.taskCoverage() * 100));
    }
    if (!s.missingFields().isEmpty()) {
      b.append("  missing data: ").append(String.join(", ", s.missingFields())).append('\n');
    }
    if (!s.boosts().isEmpty()) {
      b.append("  policy boosts: ").append(String.join(", ", s.boosts())).append('\n');
    }
    for (GapCloser g : e.gapClosers()) {
      b.append(String.format(Locale.ROOT, "  gap closer: %s (+%.3f -> %.3f)%n", g.description(), g.gain(), g.newTotal()));
    }
    if (e.lks() != null) {
      b.append(String.format(Locale.ROOT,
          "  loonkostensubsidie (internal): EUR %s/month incl. 23%% at %s h/week; employer's net wage cost EUR %s/month%n",
          e.lks().subsidyInclAllowancePerMonth().toPlainString(), e.lks().hoursPerWeek().toPlainString(),
          e.lks().employerNetCostPerMonth().toPlainString()));
    }
    return b.toString();
  }

  /** A score as JSON. */
  public static ObjectNode json(MatchScore s) {
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
      c.evidence().forEach(ev::add);
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

  /** A full explanation as JSON. */
  public static ObjectNode json(Explanation e) {
    ObjectNode o = json(e.score());
    o.put("eligible", e.eligible());
    o.set("rules", rulesJson(e.rules()));
    o.set("gapClosers", gapClosersJson(e.gapClosers()));
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

  static ArrayNode rulesJson(List<RuleCheck> rules) {
    ArrayNode a = F.arrayNode();
    for (RuleCheck r : rules) {
      ObjectNode ro = a.addObject();
      ro.put("rule", r.ruleId());
      ro.put("passed", r.passed());
      if (r.reason() != null) {
        ro.put("reason", r.reason());
      }
      ro.put("source", r.source());
    }
    return a;
  }

  /** Gap closers as JSON. */
  public static ArrayNode gapClosersJson(List<GapCloser> closers) {
    ArrayNode a = F.arrayNode();
    for (GapCloser g : closers) {
      ObjectNode go = a.addObject();
      go.put("kind", g.kind().name());
      go.put("subject", g.subject());
      go.put("description", g.description());
      go.put("gain", g.gain());
      go.put("newScore", g.newTotal());
    }
    return a;
  }

  /** A why-not answer as text. */
  public static String text(WhyNot w) {
    StringBuilder b = new StringBuilder();
    b.append(w.vacancyId()).append(" x ").append(w.candidateId()).append(": ").append(w.summary()).append('\n');
    for (RuleCheck r : w.excludedBy()) {
      b.append("  rule ").append(r.ruleId()).append(": ").append(r.reason()).append(" [").append(r.source()).append("]\n");
    }
    b.append(String.format(Locale.ROOT, "  score %.3f (minimum %.2f)%s%n", w.total(), w.minScore(),
        w.cutoff() == null ? "" : String.format(Locale.ROOT, ", shortlist cut-off %.3f", w.cutoff())));
    for (CategoryScore c : w.costliest()) {
      b.append(String.format(Locale.ROOT, "  cost %.3f  %-12s %.3f  %s%n", c.loss(), c.category().key(), c.score(),
          String.join("; ", c.evidence())));
    }
    for (GapCloser g : w.gapClosers()) {
      b.append(String.format(Locale.ROOT, "  gap closer: %s (+%.3f)%n", g.description(), g.gain()));
    }
    return b.toString();
  }
}
