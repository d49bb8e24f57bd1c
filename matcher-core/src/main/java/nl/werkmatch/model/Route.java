package nl.werkmatch.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The route agreed with the person: which kinds of place are offered first, by the expected
 * perspective (003_54404283cad955a7.txt:462-470, 2033-2043). A route steers the order of a shortlist
 * (the {@code OFF_ROUTE} policy boost); only the participation route also gates paid market jobs
 * (rule {@code route.kind}).
 */
public enum Route {
  /** Towards paid employment (route werknemer): paid kinds, proefplaatsing, a project with job guarantee. */
  WERKNEMER,
  /** Towards self-employment (route ondernemer): steers no kind of place. */
  ONDERNEMER,
  /** Towards education (route onderwijs): places combining work with education (BBL / leerwerkplek, stage). */
  ONDERWIJS,
  /**
   * Towards participation (route participatie, vrijwilliger): participation and volunteer places, a
   * werkervaringsplaats, beschut werk.
   */
  PARTICIPATIE;

  private static final Set<VacancyKind> EDUCATION_COMBINING = EnumSet.of(VacancyKind.LEERWERKPLEK, VacancyKind.STAGE);
  private static final Set<VacancyKind> PARTICIPATION = EnumSet.of(VacancyKind.PARTICIPATIEPLAATS,
      VacancyKind.VRIJWILLIGERSWERK, VacancyKind.WERKERVARINGSPLAATS, VacancyKind.BESCHUT_WERK);

  /** Whether this route offers {@code kind} first; always true for {@link #ONDERNEMER}, which steers nothing. */
  public boolean offersFirst(VacancyKind kind) {
    return switch (this) {
      case WERKNEMER -> kind.isPaid() || kind == VacancyKind.PROEFPLAATSING
          || kind == VacancyKind.PROJECT_MET_BAANGARANTIE;
      case ONDERWIJS -> EDUCATION_COMBINING.contains(kind);
      case PARTICIPATIE -> PARTICIPATION.contains(kind);
      case ONDERNEMER -> true;
    };
  }

  /** Whether the place combines work with education (BBL / leerwerkplek, stage). */
  public static boolean combinesEducation(VacancyKind kind) {
    return EDUCATION_COMBINING.contains(kind);
  }
}
