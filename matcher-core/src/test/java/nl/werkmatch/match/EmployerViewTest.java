package nl.werkmatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.BenefitType;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.FunctionalLimitation;
import nl.werkmatch.model.TargetGroup;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.rules.Audience;
import org.junit.jupiter.api.Test;

/**
 * Every sample match, serialised in the employer view, holds none of the forbidden fields or
 * values: no LKS, loonwaarde, target groups, limitations, benefit status, age, name, contact,
 * address or internal id, and only candidates who consented.
 */
class EmployerViewTest {
  static final Set<String> FORBIDDEN_KEYS = Set.of("loonwaarde", "loonkostensubsidie", "lks", "targetGroups",
      "targetGroup", "limitations", "benefit", "benefitSince", "birthYear", "age", "personal", "name", "email", "phone",
      "address", "postcode", "home", "municipality", "careDuties", "support", "instrument", "candidateId",
      "beschutIndicationDate", "inburgering", "sex", "nationality", "participation", "ladderStep");

  @Test
  void noSampleMatchLeaksAnythingInternal() throws Exception {
    try (MatchIndex index = SampleData.index()) {
      Matcher m = Matcher.builder(index).audience(Audience.EMPLOYER).today(LocalDate.of(2026, 11, 22)).build();
      int matches = 0;
      for (Vacancy v : SampleData.vacancies()) {
        for (RankedMatch r : m.candidatesFor(v.id(), Matcher.Mode.FAST).matches()) {
          Candidate c = SampleData.candidate(r.score().candidateId());
          assertEquals(Boolean.TRUE, c.employerConsent(), "only consented profiles reach an employer: " + c.id());
          JsonNode view = EmployerView.match(r.score(), c);
          String text = Json.mapper().writeValueAsString(view);
          List<String> keys = new ArrayList<>();
          collectKeys(view, keys);
          for (String k : keys) {
            assertFalse(FORBIDDEN_KEYS.contains(k), "employer view has field " + k + ": " + text);
          }
          for (String value : forbiddenValues(c)) {
            assertFalse(text.contains(value), "employer view contains '" + value + "': " + text);
          }
          matches++;
        }
      }
      assertTrue(matches > 1000, "matches checked: " + matches);
    }
  }

  @Test
  void theInternalViewDoesShowTheLksEstimate() throws Exception {
    try (MatchIndex index = SampleData.index()) {
      Matcher m = Matcher.builder(index).today(LocalDate.of(2026, 11, 22)).build();
      int withLks = 0;
      for (Candidate c : SampleData.candidates().subList(0, 400)) {
        if (c.loonwaarde() == null) {
          continue;
        }
        for (RankedMatch r : m.vacanciesFor(c.id(), Matcher.Mode.FAST).matches()) {
          Explanation e = m.explain(r.score().vacancyId(), c.id());
          if (e.lks() != null) {
            assertTrue(Explanations.json(e).has("loonkostensubsidie"));
            assertTrue(e.lks().employerNetCostPerMonth().signum() >= 0);
            withLks++;
          }
        }
      }
      assertTrue(withLks > 0, "no internal explanation carried an LKS estimate");
    }
  }

  private static List<String> forbiddenValues(Candidate c) {
    List<String> out = new ArrayList<>();
    out.add(c.id());
    if (c.personal() != null) {
      for (String s : new String[] {c.personal().name(), c.personal().email(), c.personal().phone(), c.personal().address()}) {
        if (s != null && !s.isBlank()) {
          out.add(s);
        }
      }
    }
    if (c.home() != null && c.home().postcode() != null) {
      out.add("\"" + c.home().postcode() + "\"");
    }
    for (TargetGroup g : TargetGroup.values()) {
      out.add(g.name());
    }
    for (FunctionalLimitation l : FunctionalLimitation.values()) {
      out.add(l.name());
    }
    for (BenefitType b : BenefitType.values()) {
      if (b != BenefitType.NONE) {
        out.add(b.name());
      }
    }
    return out;
  }

  private static void collectKeys(JsonNode n, List<String> out) {
    if (n.isObject()) {
      Iterator<String> it = n.fieldNames();
      while (it.hasNext()) {
        String k = it.next();
        out.add(k);
        collectKeys(n.get(k), out);
      }
    } else if (n.isArray()) {
      n.forEach(x -> collectKeys(x, out));
    }
  }
}
