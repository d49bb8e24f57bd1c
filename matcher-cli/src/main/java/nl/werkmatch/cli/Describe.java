package nl.werkmatch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;

/** One-line descriptions of records for people. */
final class Describe {
  private Describe() {}

  static String vacancy(Vacancy v) {
    List<String> parts = new ArrayList<>();
    parts.add((v.title() == null ? "(no title)" : v.title()) + (v.employer() == null ? "" : " at " + v.employer()));
    if (v.location() != null && v.location().municipality() != null) {
      parts.add(v.location().municipality() + ("DE".equals(v.location().country()) ? " (DE)" : ""));
    }
    if (v.kind() != null) {
      parts.add(v.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    if (v.minHours() != null || v.maxHours() != null) {
      parts.add((v.minHours() == null ? "?" : v.minHours()) + "-" + (v.maxHours() == null ? "?" : v.maxHours()) + " h/week");
    }
    return String.join(", ", parts);
  }

  static String candidate(Candidate c) {
    List<String> parts = new ArrayList<>();
    if (c.home() != null && c.home().municipality() != null) {
      parts.add("lives in " + c.home().municipality());
    }
    if (c.desiredOccupations() != null && !c.desiredOccupations().isEmpty()) {
      parts.add("wants " + String.join(", ", c.desiredOccupations()));
    }
    if (c.availability() != null && c.availability().effectiveMaxHours() != null) {
      parts.add("up to " + c.availability().effectiveMaxHours() + " h/week");
    }
    return parts.isEmpty() ? "(no details)" : String.join(", ", parts);
  }
}
