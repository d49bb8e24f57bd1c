package nl.werkmatch.model;

/**
 * A spell of work experience.
 *
 * @param occupationId taxonomy occupation id
 * @param title the job title as recorded
 * @param years years of experience, 0..60
 * @param lastYear the last year worked in it
 */
public record WorkExperience(String occupationId, String title, Double years, Integer lastYear) {
  /** Validates ranges. */
  public WorkExperience {
    if (occupationId == null && (title == null || title.isBlank())) {
      throw new ValidationException("occupationId", "an experience needs an occupationId or a title");
    }
    Check.optionalId("occupationId", occupationId);
    Check.text("title", title);
    Check.range("years", years, 0, 60);
    Check.range("lastYear", lastYear, 1950, 2100);
  }
}
