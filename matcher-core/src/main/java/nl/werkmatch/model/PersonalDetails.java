package nl.werkmatch.model;

import java.util.regex.Pattern;

/**
 * Identifying and protected personal data. Never used for scoring; never shown to an employer;
 * sex only feeds the fairness exposure report.
 *
 * @param name full name
 * @param email e-mail address
 * @param phone phone number
 * @param address street address
 * @param sex sex, where recorded
 * @param nationality ISO 3166 alpha-2 nationality code
 */
public record PersonalDetails(String name, String email, String phone, String address, Sex sex, String nationality) {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /** Validates the nationality code. */
  public PersonalDetails {
    Check.text("name", name);
    Check.text("address", address);
    if (nationality != null && !COUNTRY.matcher(nationality).matches()) {
      throw new ValidationException("nationality", "must be an ISO 3166 alpha-2 code such as NL or SY, got '"
          + Check.clip(nationality) + "'");
    }
  }
}
