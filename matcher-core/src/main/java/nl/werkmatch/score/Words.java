package nl.werkmatch.score;

import nl.werkmatch.match.TravelResult;
import java.util.Locale;
import nl.werkmatch.model.TravelMode;
import nl.werkmatch.text.Phrase;

/** The Dutch words of the few names the scorer's evidence is built from (the English is the name itself). */
public final class Words {
  private Words() {}

  /** The Dutch name of a work-profile dimension or need, as the evidence quotes it ({@code pace}: tempo). */
  static String demand(String name) {
    return switch (name) {
      case "pace" -> "tempo";
      case "accuracy" -> "nauwkeurigheid";
      case "independence" -> "zelfstandigheid";
      case "stressTolerance" -> "stressbestendigheid";
      case "customerContact" -> "klantcontact";
      case "physicalCapacity" -> "fysieke belastbaarheid";
      case "structure" -> "structuur";
      case "supervision" -> "begeleiding";
      default -> name;
    };
  }

  /** The Dutch name of a part of the week a schedule can include ({@code nights}: nachtwerk). */
  static String weekPart(String name) {
    return switch (name) {
      case "shifts" -> "ploegendienst";
      case "nights" -> "nachtwerk";
      case "weekends" -> "weekendwerk";
      default -> name;
    };
  }

  /** A travel mode: {@code per fiets} / {@code by bike}. */
  static String mode(TravelMode m, boolean dutch) {
    if (!dutch) {
      return "by " + m.name().toLowerCase(Locale.ROOT);
    }
    return switch (m) {
      case WALK -> "lopend";
      case BIKE -> "per fiets";
      case EBIKE -> "per e-bike";
      case PUBLIC_TRANSPORT -> "met het openbaar vervoer";
      case CAR -> "per auto";
    };
  }

  /** The travel line of a known travel result: {@code 17 min per fiets (grens 30)}. */
  public static Phrase travel(TravelResult t) {
    return Phrase.of(nl -> t.minutes() + " min " + mode(t.mode(), nl) + (nl ? " (grens " : " (limit ") + t.limitMinutes() + ")");
  }
}
