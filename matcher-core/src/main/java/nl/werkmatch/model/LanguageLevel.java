package nl.werkmatch.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A language level on the CEFR scale (A1..C2) or, for Dutch, the Dutch reference levels 1F (about
 * A2) and 2F (about B1). The taaleis of the Participatiewet asks for at least 1F.
 */
public enum LanguageLevel {
  /** CEFR A1. */
  A1(1, false),
  /** CEFR A2. */
  A2(2, false),
  /** CEFR B1. */
  B1(3, false),
  /** CEFR B2. */
  B2(4, false),
  /** CEFR C1. */
  C1(5, false),
  /** CEFR C2. */
  C2(6, false),
  /** Dutch reference level 1F, about CEFR A2; the minimum of the taaleis. Written {@code "1F"}. */
  @JsonProperty("1F")
  REF_1F(2, true),
  /** Dutch reference level 2F, about CEFR B1. Written {@code "2F"}. */
  @JsonProperty("2F")
  REF_2F(3, true);

  private final int cefrRank;
  private final boolean dutchReference;

  LanguageLevel(int cefrRank, boolean dutchReference) {
    this.cefrRank = cefrRank;
    this.dutchReference = dutchReference;
  }

  /** Position on the CEFR scale, A1 = 1 .. C2 = 6; 1F counts as A2 and 2F as B1. */
  public int cefrRank() {
    return cefrRank;
  }

  /** Whether this is one of the Dutch reference levels (1F, 2F), only valid for Dutch. */
  public boolean isDutchReferenceLevel() {
    return dutchReference;
  }

  /** Whether this level meets a requirement of {@code required}. */
  public boolean meets(LanguageLevel required) {
    return cefrRank >= required.cefrRank;
  }

  /** The label as written in JSON and by people: "A1".."C2", "1F", "2F". */
  public String label() {
    return switch (this) {
      case REF_1F -> "1F";
      case REF_2F -> "2F";
      default -> name();
    };
  }
}
