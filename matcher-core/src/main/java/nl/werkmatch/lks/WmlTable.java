package nl.werkmatch.lks;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.ValidationException;

/**
 * A dated, replaceable table of the statutory minimum wage (wettelijk minimumloon, WML) for age 21 and over, and
 * the youth rates as shares of it. The shipped table is {@code nl/werkmatch/lks/wml.json}; a user file of the same
 * shape replaces it (the WML changes every 1 January and 1 July).
 *
 * <pre>{@code
 * {"description": "...",
 *  "entries": [{"from": "2016-07-01", "to": "2016-12-31", "perMonth": 1537.20},
 *              {"from": "2026-01-01", "perHour": 14.71}],
 *  "youthShares": [{"age": 20, "share": 0.80}]}
 * }</pre>
 * An entry holds either an hourly or a monthly (full-time) amount and applies from its date up to its
 * {@code to} date if given, else up to the day before the next entry; the last entry stays in force.
 */
public final class WmlTable {
  private static final System.Logger LOG = System.getLogger(WmlTable.class.getName());

  /** Whether the stale-table warning was logged already (once per table). */
  private final java.util.concurrent.atomic.AtomicBoolean staleWarned = new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * One WML amount and the period it applies to.
   *
   * @param from first day it applies
   * @param to last day it applies, inclusive; {@code null} for "until the next entry"
   * @param perHour the gross hourly amount, or {@code null}
   * @param perMonth the gross monthly amount for a full-time week, or {@code null}
   */
  public record Entry(LocalDate from, LocalDate to, BigDecimal perHour, BigDecimal perMonth) {
    /** Validates that exactly one positive amount is set and the period is not empty. */
    public Entry {
      if (from == null) {
        throw new ValidationException("from", "is required");
      }
      if (to != null && to.isBefore(from)) {
        throw new ValidationException("to", "(" + to + ") is before from (" + from + ")");
      }
      if ((perHour == null) == (perMonth == null)) {
        throw new ValidationException("perHour", "exactly one of perHour and perMonth must be set");
      }
      BigDecimal amount = perHour != null ? perHour : perMonth;
      if (amount.signum() <= 0) {
        throw new ValidationException(perHour != null ? "perHour" : "perMonth", "must be positive, got " + amount);
      }
    }

    /** Whether the amount is monthly (for a full-time week) rather than hourly. */
    public boolean monthly() {
      return perMonth != null;
    }

    /** The amount, hourly or monthly. */
    public BigDecimal amount() {
      return perHour != null ? perHour : perMonth;
    }
  }

  /**
   * A youth rate.
   *
   * @param age age in years, 15..20
   * @param share share of the adult WML, more than 0 and less than 1
   */
  public record YouthShare(int age, BigDecimal share) {
    /** Validates age and share. */
    public YouthShare {
      if (age < 15 || age > 20) {
        throw new ValidationException("age", "must be between 15 and 20, got " + age);
      }
      if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) >= 0) {
        throw new ValidationException("share", "must be more than 0 and less than 1, got " + share);
      }
    }
  }

  /** The JSON shape of a table file. */
  record Document(String description, List<Entry> entries, List<YouthShare> youthShares) {}

  private final String description;
  private final List<Entry> entries;
  private final Map<Integer, BigDecimal> youth;

  private WmlTable(String description, List<Entry> entries, Map<Integer, BigDecimal> youth) {
    this.description = description;
    this.entries = List.copyOf(entries);
    this.youth = youth;
  }

  /**
   * Builds a table, checking that entries are in strictly ascending date order without overlap and that every
   * youth age appears once.
   *
   * @param description what the table is and where it comes from
   * @param entries the amounts, oldest first
   * @param youthShares the youth rates
   * @return the table
   * @throws ValidationException naming {@code entries[i]} or {@code youthShares[i]} on bad content
   */
  public static WmlTable of(String description, List<Entry> entries, List<YouthShare> youthShares) {
    if (entries == null || entries.isEmpty()) {
      throw new ValidationException("entries", "at least one entry is required");
    }
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) == null) {
        throw new ValidationException("entries[" + i + "]", "is null");
      }
      if (i > 0) {
        Entry prev = entries.get(i - 1);
        Entry cur = entries.get(i);
        if (!cur.from().isAfter(prev.from())) {
          throw new ValidationException("entries[" + i + "].from", cur.from() + " is not after the previous entry's "
              + prev.from() + "; entries must be in ascending date order");
        }
        if (prev.to() != null && !cur.from().isAfter(prev.to())) {
          throw new ValidationException("entries[" + i + "].from", cur.from() + " overlaps the previous entry, which runs to "
              + prev.to());
        }
      }
    }
    Map<Integer, BigDecimal> youth = new TreeMap<>();
    if (youthShares != null) {
      for (int i = 0; i < youthShares.size(); i++) {
        YouthShare y = youthShares.get(i);
        if (y == null) {
          throw new ValidationException("youthShares[" + i + "]", "is null");
        }
        if (youth.put(y.age(), y.share()) != null) {
          throw new ValidationException("youthShares[" + i + "].age", "duplicate age " + y.age());
        }
      }
    }
    return new WmlTable(description, entries, youth);
  }

  /** The table shipped with werkmatch ({@code nl/werkmatch/lks/wml.json}). */
  public static WmlTable bundled() {
    try (InputStream in = WmlTable.class.getResourceAsStream("wml.json")) {
      if (in == null) {
        throw new IllegalStateException("resource nl/werkmatch/lks/wml.json is missing from the jar");
      }
      return read(in, "nl/werkmatch/lks/wml.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a table from a user file.
   *
   * @param file the JSON file
   * @return the table
   * @throws IllegalArgumentException naming the file, line, column and field on invalid content
   * @throws UncheckedIOException when the file cannot be read
   */
  public static WmlTable read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read WML table " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a table from a stream.
   *
   * @param in the JSON
   * @param name file or resource name for error messages
   * @return the table
   * @throws IOException when the stream cannot be read
   * @throws IllegalArgumentException naming {@code name}, line, column and field on invalid content
   */
  public static WmlTable read(InputStream in, String name) throws IOException {
    Document doc;
    try {
      doc = Json.mapper().readValue(in, Document.class);
    } catch (ValueInstantiationException e) {
      JsonLocation loc = e.getLocation();
      String what = e.getCause() instanceof ValidationException v ? v.field() + ": " + v.reason() : e.getOriginalMessage();
      throw new IllegalArgumentException(name + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
          + ": WML table: " + what, e);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new IllegalArgumentException(name + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
          + ": WML table: " + e.getOriginalMessage(), e);
    }
    try {
      return of(doc.description(), doc.entries(), doc.youthShares());
    } catch (ValidationException e) {
      throw new IllegalArgumentException(name + ": WML table: " + e.getMessage(), e);
    }
  }

  /** What the table is and where it comes from. */
  public String description() {
    return description;
  }

  /** The entries, oldest first. */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The entry in force on a date.
   *
   * @param date the date
   * @return the entry
   * @throws IllegalArgumentException when no entry covers the date
   */
  public Entry at(LocalDate date) {
    Entry found = null;
    int index = -1;
    for (int i = 0; i < entries.size(); i++) {
      if (!entries.get(i).from().isAfter(date)) {
        found = entries.get(i);
        index = i;
      }
    }
    if (found == null || (found.to() != null && date.isAfter(found.to()))) {
      throw new IllegalArgumentException("no WML in the table for " + date + "; the table covers " + coverage()
          + "; give the WML yourself (--wml-month) or a table file (--wml-table)");
    }
    if (index == entries.size() - 1 && found.to() == null && date.isAfter(found.from().plusMonths(6).minusDays(1))
        && staleWarned.compareAndSet(false, true)) {
      // once per table: a batch asks for thousands of pairs
      LOG.log(System.Logger.Level.WARNING, "WML table''s newest entry is from {0}; {1} is more than six months later, "
          + "the WML may have changed: update the table", found.from(), date);
    }
    return found;
  }

  /**
   * The share of the adult WML for an age: 1 for 21 and over or an unknown age ({@code null}).
   *
   * @param age age in years, or {@code null}
   * @return the share
   * @throws IllegalArgumentException for an age below the youngest in the table
   */
  public BigDecimal youthShare(Integer age) {
    if (age == null || age >= 21) {
      return BigDecimal.ONE;
    }
    BigDecimal share = youth.get(age);
    if (share == null) {
      throw new IllegalArgumentException("no youth minimum wage rate for age " + age + "; the table has ages "
          + youth.keySet());
    }
    return share;
  }

  private String coverage() {
    List<String> parts = new ArrayList<>();
    LocalDate start = null;
    LocalDate end = null;
    for (Entry e : entries) {
      if (start == null) {
        start = e.from();
      } else if (end != null && e.from().isAfter(end.plusDays(1))) {
        parts.add(start + ".." + end);
        start = e.from();
      }
      end = e.to();
    }
    parts.add(start + (end == null ? " onwards" : ".." + end));
    return String.join(" and ", parts);
  }
}
