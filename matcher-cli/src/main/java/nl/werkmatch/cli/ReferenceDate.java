package nl.werkmatch.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * The {@code --date} of the commands that match ({@code match}, {@code why-not}, {@code batch},
 * {@code eval}, {@code compare}): the day availability, expiry dates and recency are judged on.
 * By default today in the Netherlands ({@value #ZONE}); {@code YYYY-MM-DD} or {@code today}
 * explicitly. The system property {@value #PROPERTY} replaces the default (the tests set it to the
 * sample data's date, 2026-11-22, so their expected output does not move with the calendar).
 */
final class ReferenceDate implements CommandLine.ITypeConverter<LocalDate> {
  /** The zone whose calendar day "today" is. */
  static final String ZONE = "Europe/Amsterdam";
  /** The system property that, when set, is the default instead of today. */
  static final String PROPERTY = "werkmatch.date";
  /** The option's default value: the property if set, else {@code today}. */
  static final String DEFAULT = "${sys:" + PROPERTY + ":-today}";
  /** The option's description. */
  static final String DESCRIPTION = "Reference date, YYYY-MM-DD (default: today, " + ZONE + ").";

  @Override
  public LocalDate convert(String value) {
    String v = value.strip();
    if (v.equalsIgnoreCase("today")) {
      return LocalDate.now(ZoneId.of(ZONE));
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("--date must be YYYY-MM-DD or today, got '" + value + "'");
    }
  }
}
