package nl.werkmatch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.VacancyKind;
import nl.werkmatch.text.Phrase;

/** One-line descriptions of records for people. */
final class Describe {
  private Describe() {}

  static String vacancy(Vacancy v, Locale locale) {
    boolean nl = Phrase.isDutch(locale);
    List<String> parts = new ArrayList<>();
    parts.add((v.title() == null ? (nl ? "(geen titel)" : "(no title)") : v.title())
        + (v.employer() == null ? "" : (nl ? " bij " : " at ") + v.employer()));
    if (v.location() != null && v.location().municipality() != null) {
      parts.add(v.location().municipality() + ("DE".equals(v.location().country()) ? " (DE)" : ""));
    }
    if (v.kind() != null) {
      parts.add(v.kind() == VacancyKind.REGULAR ? (nl ? "reguliere baan" : "regular")
          : v.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    if (v.minHours() != null || v.maxHours() != null) {
      parts.add((v.minHours() == null ? "?" : v.minHours()) + "-" + (v.maxHours() == null ? "?" : v.maxHours())
          + (nl ? " uur/week" : " h/week"));
    }
    return String.join(", ", parts);
  }

  static String candidate(Candidate c, Locale locale) {
    boolean nl = Phrase.isDutch(locale);
    List<String> parts = new ArrayList<>();
    if (c.home() != null && c.home().municipality() != null) {
      parts.add((nl ? "woont in " : "lives in ") + c.home().municipality());
    }
    if (c.desiredOccupations() != null && !c.desiredOccupations().isEmpty()) {
      parts.add((nl ? "wil " : "wants ") + String.join(", ", c.desiredOccupations()));
    }
    if (c.availability() != null && c.availability().effectiveMaxHours() != null) {
      parts.add((nl ? "tot " : "up to ") + c.availability().effectiveMaxHours() + (nl ? " uur/week" : " h/week"));
    }
    return parts.isEmpty() ? (nl ? "(geen gegevens)" : "(no details)") : String.join(", ", parts);
  }
}
