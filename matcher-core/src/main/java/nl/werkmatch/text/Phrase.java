package nl.werkmatch.text;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A short text for people, in Dutch and in English, worded in one place and rendered when it is read.
 *
 * <p>Dutch is the default ({@link #DUTCH}): werkcoaches, klantmanagers and employers read Dutch. Any
 * locale whose language is English ({@code en}) gets the English text; every other locale, and null,
 * the Dutch. Dutch legal and policy terms (loonwaarde, beschut werk, werkervaringsplaats, ontheffing
 * arbeidsplicht, participatieplaats, proefplaatsing, LKS, banenafspraak, startkwalificatie ...) stay
 * Dutch in the English text too.
 *
 * <p>Whoever produces a text writes both wordings side by side ({@link #of(String, String)}, or
 * {@link #of(Wording)} where the text has parts that cost something to format: the wording is then
 * only built when the phrase is read). There is no translation table that could drift from the code.
 *
 * <p>Immutable and thread-safe. Two phrases are equal when they read the same in both languages.
 * As JSON (Jackson) and {@link #toString()} a phrase is its Dutch text.
 */
public final class Phrase {
  /** The default language of every explanation: Dutch. */
  public static final Locale DUTCH = Locale.of("nl");
  /** English, on request. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** Both wordings of a phrase, built on demand: {@code nl -> nl ? "in het Nederlands" : "in English"}. */
  @FunctionalInterface
  public interface Wording {
    /** The text in Dutch when {@code dutch}, else in English. */
    String in(boolean dutch);
  }

  private final Wording wording;

  private Phrase(Wording wording) {
    this.wording = wording;
  }

  /** A phrase worded in Dutch and English. */
  public static Phrase of(String nl, String en) {
    Objects.requireNonNull(nl, "nl");
    Objects.requireNonNull(en, "en");
    return new Phrase(dutch -> dutch ? nl : en);
  }

  /** A phrase whose wording is built when it is read (for example with numbers in it). */
  public static Phrase of(Wording wording) {
    return new Phrase(Objects.requireNonNull(wording, "wording"));
  }

  /** A text that reads the same in both languages: an id, a name, a label from the taxonomy. */
  public static Phrase same(String text) {
    Objects.requireNonNull(text, "text");
    return new Phrase(dutch -> text);
  }

  /** Whether {@code locale} reads Dutch: every locale but English, and null. */
  public static boolean isDutch(Locale locale) {
    return locale == null || !"en".equals(locale.getLanguage());
  }

  /**
   * The locale of a {@code --lang} value: {@code nl} or {@code en} (case-insensitive).
   *
   * @throws IllegalArgumentException for any other value, naming it
   */
  public static Locale language(String lang) {
    return switch (lang == null ? "" : lang.trim().toLowerCase(Locale.ROOT)) {
      case "nl" -> DUTCH;
      case "en" -> ENGLISH;
      default -> throw new IllegalArgumentException("--lang must be nl or en, got '" + lang + "'");
    };
  }

  /** The text in {@code locale}'s language (Dutch unless it is English). */
  public String in(Locale locale) {
    return wording.in(isDutch(locale));
  }

  /** The Dutch text. */
  public String nl() {
    return wording.in(true);
  }

  /** The English text. */
  public String en() {
    return wording.in(false);
  }

  /** This phrase followed by {@code other}, with nothing between. */
  public Phrase then(Phrase other) {
    Objects.requireNonNull(other, "other");
    return new Phrase(dutch -> wording.in(dutch) + other.wording.in(dutch));
  }

  /** The phrases joined by {@code separator}, in {@code locale}. */
  public static String join(String separator, List<Phrase> phrases, Locale locale) {
    StringBuilder b = new StringBuilder();
    for (Phrase p : phrases) {
      if (!b.isEmpty()) {
        b.append(separator);
      }
      b.append(p.in(locale));
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Phrase p && p.nl().equals(nl()) && p.en().equals(en());
  }

  @Override
  public int hashCode() {
    return nl().hashCode() * 31 + en().hashCode();
  }

  /** The Dutch text (also the JSON value). */
  @JsonValue
  @Override
  public String toString() {
    return nl();
  }
}
