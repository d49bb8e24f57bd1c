package nl.werkmatch.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.ValidationException;

/**
 * The parameters of the rules that differ between municipalities, read from JSON with
 * {@link Json#mapper()}. Absent fields take their defaults: no proefplaatsing or tegenprestatie maximum, no
 * priority groups, no disabled rules, and the statutory travel ceiling of 180 minutes a day (round trip).
 *
 * <p>Example (Enschede):
 * <pre>{@code
 * {"municipality": "Enschede", "proefplaatsingMaxMonths": 2, "tegenprestatieMaxHoursPerWeek": 24,
 *  "priorityGroups": ["YOUTH_UNDER_27"], "disabledRules": [], "travelCeilingMinutesPerDay": 180}
 * }</pre>
 *
 * @param municipality the municipality this configuration is for, required
 * @param proefplaatsingMaxMonths longest proefplaatsing in months, 1..24 (Enschede 2, Hengelo 3); {@code null}
 *     when the municipality sets none
 * @param tegenprestatieMaxHoursPerWeek most tegenprestatie hours per week, 1..40 (Almelo 20, Enschede 24); data
 *     for placement planning, not checked by a rule (the model has no tegenprestatie vacancy kind)
 * @param tegenprestatieMaxWeeksPerYear most tegenprestatie weeks per year, 1..52 (Almelo 44); data, as above
 * @param priorityGroups the municipality's explicit priority groups, distinct, in the order given; policy boosts
 *     for the scorer, never used by a rule
 * @param disabledRules ids of rules switched off, distinct; each must be a known rule id
 * @param travelCeilingMinutesPerDay statutory travel ceiling, round trip, in minutes per day, 1..480, default 180
 *     (3 hours a day = 90 minutes one way)
 */
public record PolicyConfig(String municipality, Integer proefplaatsingMaxMonths, Integer tegenprestatieMaxHoursPerWeek,
    Integer tegenprestatieMaxWeeksPerYear, List<PriorityGroup> priorityGroups, List<String> disabledRules,
    Integer travelCeilingMinutesPerDay) {

  /** The statutory travel ceiling: 3 hours a day, round trip. */
  public static final int DEFAULT_TRAVEL_CEILING_MINUTES_PER_DAY = 180;

  /** The municipalities whose example configuration ships as a resource. */
  public static final List<String> BUNDLED = List.of("almelo", "assen", "enschede", "hengelo");

  /** Validates ranges and rule ids and fills defaults. */
  public PolicyConfig {
    if (municipality == null || municipality.isBlank()) {
      throw new ValidationException("municipality", "is required");
    }
    range("proefplaatsingMaxMonths", proefplaatsingMaxMonths, 1, 24);
    range("tegenprestatieMaxHoursPerWeek", tegenprestatieMaxHoursPerWeek, 1, 40);
    range("tegenprestatieMaxWeeksPerYear", tegenprestatieMaxWeeksPerYear, 1, 52);
    if (travelCeilingMinutesPerDay == null) {
      travelCeilingMinutesPerDay = DEFAULT_TRAVEL_CEILING_MINUTES_PER_DAY;
    }
    range("travelCeilingMinutesPerDay", travelCeilingMinutesPerDay, 1, 480);
    priorityGroups = distinct("priorityGroups", priorityGroups);
    disabledRules = distinct("disabledRules", disabledRules);
    Set<String> known = Set.copyOf(StandardRules.ids());
    for (int i = 0; i < disabledRules.size(); i++) {
      if (!known.contains(disabledRules.get(i))) {
        throw new ValidationException("disabledRules[" + i + "]", "unknown rule id '" + disabledRules.get(i)
            + "'; known ids: " + String.join(", ", StandardRules.ids()));
      }
    }
  }

  /** The default configuration: municipality {@code default}, statutory travel ceiling, nothing else set. */
  public static PolicyConfig defaults() {
    return new PolicyConfig("default", null, null, null, List.of(), List.of(), DEFAULT_TRAVEL_CEILING_MINUTES_PER_DAY);
  }

  /** Whether the rule with this id is switched off. */
  public boolean isDisabled(String ruleId) {
    return disabledRules.contains(ruleId);
  }

  /**
   * Reads a configuration from a JSON file.
   *
   * @param file the file
   * @return the configuration
   * @throws IllegalArgumentException naming the file, line, column and field when the file is not a valid
   *     configuration
   * @throws UncheckedIOException when the file cannot be read
   */
  public static PolicyConfig read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy config " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads the example configuration shipped for one of {@link #BUNDLED} (case-insensitive).
   *
   * @param municipality e.g. {@code Enschede}
   * @return the configuration
   * @throws IllegalArgumentException when none is shipped for that municipality
   */
  public static PolicyConfig bundled(String municipality) {
    String name = municipality.toLowerCase(Locale.ROOT);
    if (!BUNDLED.contains(name)) {
      throw new IllegalArgumentException("no bundled policy config for '" + municipality + "'; bundled: " + BUNDLED);
    }
    String resource = "policy-" + name + ".json";
    try (InputStream in = PolicyConfig.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource nl/werkmatch/rules/" + resource + " is missing from the jar");
      }
      return read(in, "nl/werkmatch/rules/" + resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a configuration from a stream.
   *
   * @param in the JSON
   * @param name the name used in error messages (file or resource)
   * @return the configuration
   * @throws IOException when the stream cannot be read
   * @throws IllegalArgumentException naming {@code name}, line, column and field on invalid content,
   *     including a string or field name with a lone UTF-16 surrogate or a control character
   *     ({@link nl.werkmatch.io.JsonText})
   */
  public static PolicyConfig read(InputStream in, String name) throws IOException {
    byte[] json = in.readAllBytes();
    java.util.Optional<nl.werkmatch.io.JsonText.Unfit> unfit = nl.werkmatch.io.JsonText.firstUnfit(json);
    if (unfit.isPresent()) {
      nl.werkmatch.io.JsonText.Unfit u = unfit.get();
      throw new IllegalArgumentException(name + ":" + u.line() + ":" + u.column() + ": policy config: "
          + u.path() + ": " + u.reason());
    }
    try {
      PolicyConfig read = Json.mapper().readValue(json, PolicyConfig.class);
      if (read == null) { // the JSON literal null (Jackson binds it to null, not to an error)
        throw new IllegalArgumentException(name + ":1:1: policy config: the document is null, not an object");
      }
      return read;
    } catch (ValueInstantiationException e) {
      JsonLocation loc = e.getLocation();
      String where = name + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr());
      Throwable cause = e.getCause();
      String what = cause instanceof ValidationException v ? v.field() + ": " + v.reason() : e.getOriginalMessage();
      throw new IllegalArgumentException(where + ": policy config: " + what, e);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where = name + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr());
      throw new IllegalArgumentException(where + ": policy config: " + e.getOriginalMessage(), e);
    } catch (java.io.CharConversionException e) {
      // Bytes that are not text in any encoding Jackson detects (UTF-8/16/32) are invalid content, not I/O.
      throw new IllegalArgumentException(name + ": policy config: not valid JSON text: " + e.getMessage(), e);
    }
  }

  /** Writes this configuration as JSON (fields in record order). */
  public String toJson() {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void range(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new ValidationException(field, "must be between " + min + " and " + max + ", got " + value);
    }
  }

  private static <T> List<T> distinct(String field, List<T> values) {
    if (values == null) {
      return List.of();
    }
    Set<T> seen = new LinkedHashSet<>();
    List<T> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      T v = values.get(i);
      if (v == null) {
        throw new ValidationException(field + "[" + i + "]", "is null");
      }
      if (!seen.add(v)) {
        throw new ValidationException(field + "[" + i + "]", "duplicate value " + v);
      }
      out.add(v);
    }
    return List.copyOf(out);
  }
}
