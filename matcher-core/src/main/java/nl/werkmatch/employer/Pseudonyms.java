package nl.werkmatch.employer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.werkmatch.model.Vacancy;

/**
 * The pseudonyms employers see: {@code P-} and 16 upper-case hex digits, the first 64 bits of
 * {@code HMAC-SHA256(key, "werkmatch-pseudonym-v1" 0x00 scope 0x00 candidateId)}.
 *
 * <p>The scope decides what an employer can link ({@link Linkage}): by default the vacancy id, so
 * the same person has unrelated pseudonyms on two vacancies and employers comparing lists cannot
 * link them; a municipality may choose one pseudonym per employer, or one for the whole deployment.
 * Without the {@link PseudonymKey} nobody can compute a pseudonym, so enumerating the id scheme
 * (cand-000001, ...) reverses none; the municipality, holding the key, recomputes the pseudonyms of
 * a shortlist's candidates to find the person an employer asks about ({@link #of}).
 *
 * <p>Thread-safe and deterministic: same key, scope and id, same pseudonym.
 */
public final class Pseudonyms {
  private static final String DOMAIN = "werkmatch-pseudonym-v1";

  /** What an employer may link across the shortlists it receives. */
  public enum Linkage {
    /** Nothing: a new pseudonym per vacancy (the default). */
    PER_VACANCY,
    /** One pseudonym per person per employer (by employer name): an employer recognises a person across its own vacancies. */
    PER_EMPLOYER,
    /** One pseudonym per person for the whole deployment: every employer sees the same one. */
    DEPLOYMENT;

    /** Parses {@code per-vacancy}, {@code per-employer} or {@code deployment} (any case, - or _). */
    public static Linkage parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("linkage must be per-vacancy, per-employer or deployment, got '" + s + "'", e);
      }
    }
  }

  private final SecretKeySpec key;
  private final Linkage linkage;

  /**
   * @param key the deployment secret
   * @param linkage what employers may link (use {@link Linkage#PER_VACANCY} unless the municipality chose otherwise)
   */
  public Pseudonyms(PseudonymKey key, Linkage linkage) {
    this.key = new SecretKeySpec(Objects.requireNonNull(key).secret(), "HmacSHA256");
    this.linkage = Objects.requireNonNull(linkage);
  }

  /** Unlinkable pseudonyms ({@link Linkage#PER_VACANCY}). */
  public Pseudonyms(PseudonymKey key) {
    this(key, Linkage.PER_VACANCY);
  }

  /** The linkage chosen. */
  public Linkage linkage() {
    return linkage;
  }

  /** The pseudonym of {@code candidateId} on {@code vacancy}. */
  public String of(Vacancy vacancy, String candidateId) {
    String scope = switch (linkage) {
      case PER_VACANCY -> "vacancy:" + vacancy.id();
      case PER_EMPLOYER -> "employer:" + (vacancy.employer() == null ? "vacancy:" + vacancy.id()
          : vacancy.employer().strip().toLowerCase(Locale.ROOT));
      case DEPLOYMENT -> "deployment";
    };
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] h = mac.doFinal((DOMAIN + "\u0000" + scope + "\u0000" + candidateId).getBytes(StandardCharsets.UTF_8));
      return "P-" + HexFormat.of().withUpperCase().formatHex(h, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
