package nl.werkmatch.model;

import java.util.regex.Pattern;

/**
 * A language at a level.
 *
 * @param language ISO 639-1 code in lower case, e.g. {@code nl}, {@code de}, {@code en}, {@code ar}
 * @param level the level; 1F and 2F are only valid for Dutch
 */
public record LanguageSkill(String language, LanguageLevel level) {
  private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");

  /** Validates the code and that Dutch reference levels are only used for Dutch. */
  public LanguageSkill {
    if (language == null || !ISO_639_1.matcher(language).matches()) {
      throw new ValidationException("language", "must be a two-letter ISO 639-1 code in lower case, got "
          + (language == null ? "nothing" : "'" + Check.clip(language) + "'"));
    }
    if (level != null && level.isDutchReferenceLevel() && !language.equals("nl")) {
      throw new ValidationException("level", level.label() + " is a Dutch reference level, not valid for '" + language + "'");
    }
  }
}
