package nl.werkmatch.match;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The categories a match is scored on, each in [0,1], combined with the weights of a {@link MatchProfile}. */
public enum Category {
  /** Skills: essential and optional, levels, recency, taxonomy substitutions, free text. */
  @JsonProperty("skills") SKILLS,
  /** Soft criteria: work profile against job demands, structure and supervision against the offer. */
  @JsonProperty("soft") SOFT,
  /** Travel time by the candidate's best mode, inside the personal and statutory limits. */
  @JsonProperty("travel") TRAVEL,
  /** Loonwaarde and instrument fit (loonkostensubsidie, its minimum loonwaarde, validity of the measurement). */
  @JsonProperty("instrument") INSTRUMENT,
  /** Hours and availability: overlap, build-up path, schedule, time windows, start date. */
  @JsonProperty("hours") HOURS,
  /** Education level, startkwalificatie and certificates. */
  @JsonProperty("education") EDUCATION,
  /** Dutch and other languages. */
  @JsonProperty("language") LANGUAGE,
  /** Relevant work experience. */
  @JsonProperty("experience") EXPERIENCE,
  /** Desired occupations and sectors. */
  @JsonProperty("preferences") PREFERENCES;

  /** The lower-case name used in JSON (and in English explanations). */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The category's name for people: Dutch ({@code vaardigheden}, {@code reistijd}, ...) by default,
   * the {@link #key()} in English (see {@link nl.werkmatch.text.Phrase#isDutch}).
   */
  public String label(java.util.Locale locale) {
    if (!nl.werkmatch.text.Phrase.isDutch(locale)) {
      return key();
    }
    return switch (this) {
      case SKILLS -> "vaardigheden";
      case SOFT -> "werkomgeving";
      case TRAVEL -> "reistijd";
      case INSTRUMENT -> "instrument";
      case HOURS -> "uren";
      case EDUCATION -> "opleiding";
      case LANGUAGE -> "taal";
      case EXPERIENCE -> "werkervaring";
      case PREFERENCES -> "voorkeuren";
    };
  }
}
