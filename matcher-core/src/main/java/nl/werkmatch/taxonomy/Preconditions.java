package nl.werkmatch.taxonomy;

import java.util.Collection;
import java.util.function.Predicate;
import nl.werkmatch.model.Certificate;
import nl.werkmatch.model.DrivingLicence;

/**
 * What a person must hold before a training or certificate can close a gap, as the taxonomy states
 * it ({@link Skill#preconditions()}, {@link CertificateEntry#preconditions()}): {@code licence:B}
 * (a driving licence of that category, or one that includes it: BE, C, CE and D include B; CE
 * includes C) or {@code certificate:VCA_BASIS}; alternatives joined by {@code |}, any one of which
 * suffices ({@code licence:C|licence:D}). A training whose precondition a person lacks is not a
 * small step, so the gap closers do not propose it (docs/scoring.md).
 */
public final class Preconditions {
  private Preconditions() {}

  /**
   * Checks the form of one precondition.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static void check(String precondition) {
    if (precondition == null || precondition.isBlank()) {
      throw new IllegalArgumentException("a precondition must not be empty");
    }
    for (String alternative : precondition.split("\\|", -1)) {
      int colon = alternative.indexOf(':');
      String kind = colon < 0 ? alternative : alternative.substring(0, colon);
      String value = colon < 0 ? "" : alternative.substring(colon + 1);
      try {
        switch (kind) {
          case "licence" -> DrivingLicence.valueOf(value);
          case "certificate" -> Certificate.valueOf(value);
          default -> throw new IllegalArgumentException();
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + precondition + "': expected licence:<" + enumNames(DrivingLicence.values())
            + "> or certificate:<certificate>, alternatives joined by '|'");
      }
    }
  }

  /**
   * Whether a person meets {@code precondition}: holds one of its licences (or one including it) or
   * one of its certificates ({@code holdsCertificate}, which decides what counts as held).
   */
  public static boolean met(String precondition, Collection<DrivingLicence> licences,
      Predicate<Certificate> holdsCertificate) {
    for (String alternative : precondition.split("\\|")) {
      String value = alternative.substring(alternative.indexOf(':') + 1);
      if (alternative.startsWith("licence:")) {
        DrivingLicence needed = DrivingLicence.valueOf(value);
        if (licences != null && licences.stream().anyMatch(held -> includes(held, needed))) {
          return true;
        }
      } else if (holdsCertificate.test(Certificate.valueOf(value))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a held licence category includes the one needed. */
  static boolean includes(DrivingLicence held, DrivingLicence needed) {
    if (held == needed) {
      return true;
    }
    return switch (needed) {
      case B -> held == DrivingLicence.BE || held == DrivingLicence.C || held == DrivingLicence.CE || held == DrivingLicence.D;
      case C -> held == DrivingLicence.CE;
      default -> false;
    };
  }

  /** Whether {@code precondition} names a driving licence in any alternative. */
  public static boolean namesLicence(String precondition) {
    return precondition.contains("licence:");
  }

  private static String enumNames(Enum<?>[] values) {
    StringBuilder b = new StringBuilder();
    for (Enum<?> v : values) {
      b.append(b.length() == 0 ? "" : "|").append(v.name());
    }
    return b.toString();
  }
}
