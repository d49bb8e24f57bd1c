package nl.werkmatch.match;

/**
 * A small intervention that would raise a match: renewing or obtaining a certificate, one step in a
 * language, a short training in a missing essential skill. "The mismatch is more interesting than
 * the match."
 *
 * @param kind the kind of intervention
 * @param subject what it is about: a certificate, language or skill id
 * @param description in plain words, Dutch and English
 * @param gain how much the total score would rise
 * @param newTotal the total after the intervention
 */
public record GapCloser(Kind kind, String subject, nl.werkmatch.text.Phrase description, double gain, double newTotal) {
  /** Kinds of intervention. */
  public enum Kind {
    /** Renew an expired certificate. */
    RENEW_CERTIFICATE,
    /** Obtain a missing certificate. */
    OBTAIN_CERTIFICATE,
    /** One step up in a language (course). */
    LANGUAGE_STEP,
    /** A short training in a missing essential skill. */
    SHORT_TRAINING
  }
}
