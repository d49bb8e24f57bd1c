package nl.werkmatch.rules;

import java.time.LocalDate;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;

/** Builds records from compact JSON (single quotes for double quotes). */
final class Fixtures {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private Fixtures() {}

  static Candidate cand(String body) {
    return read("{'id':'c1'" + (body.isEmpty() ? "" : "," + body) + "}", Candidate.class);
  }

  static Vacancy vac(String body) {
    return read("{'id':'v1'" + (body.isEmpty() ? "" : "," + body) + "}", Vacancy.class);
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return Json.mapper().readValue(json.replace('\'', '"'), type);
    } catch (Exception e) {
      throw new AssertionError("bad fixture " + json + ": " + e, e);
    }
  }

  static RuleResult run(String ruleId, Vacancy v, Candidate c) {
    return run(RuleSet.defaults(), ruleId, v, c, null, Audience.INTERNAL);
  }

  static RuleResult run(RuleSet set, String ruleId, Vacancy v, Candidate c, Integer travel, Audience audience) {
    Rule rule = set.rule(ruleId);
    if (rule == null) {
      throw new AssertionError("no rule " + ruleId);
    }
    RuleResult r = rule.evaluate(new RuleInput(v, c, TODAY, travel, audience));
    if (!r.ruleId().equals(ruleId)) {
      throw new AssertionError("result carries rule id " + r.ruleId() + ", expected " + ruleId);
    }
    return r;
  }
}
