package nl.werkmatch.match;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.werkmatch.io.Json;

/**
 * How a match is scored: a weight per {@link Category}, decay functions for travel time and skill
 * recency, partial credits for skill substitutions, the neutral score for unknown data, the minimum
 * score and the shortlist size, and optional named policy boosts. A ranking change is a profile file.
 *
 * <p>The default profile ({@link #defaults()}) is the resource {@code default-profile.json}; its
 * reasoning is in {@code docs/scoring.md}.
 *
 * @param name a name for reports
 * @param weights weight per category, at least 0; categories left out weigh 0
 * @param travelDecay decay of the travel score over one-way minutes, inside the hard limits
 * @param recencyDecay decay of a skill's credit over the years since it was last used
 * @param substitution partial credit per kind of skill substitution
 * @param missingNeutral the score of a category whose candidate-side data is unknown, in [0,1]
 * @param minScore matches below this total are left out of shortlists
 * @param minSkillFit the minimum skill fit, in [0,1] (0: none): a pair whose {@code skills} score is
 *     below it, for a person with at least one skill on record, cannot reach {@code minScore}: its
 *     total is at most {@code (minScore - 0.01) x (0.5 + 0.5 x skills / minSkillFit)}. A
 *     learning place (leerwerkplek/BBL, stage, werkervaringsplaats) and an employer open to job
 *     carving are exempt and say so ("leerbaan", "jobcarving"). An unknown skill set is not a zero
 *     fit: a person without any recorded skill or past occupation is never held back by it
 * @param topK shortlist size
 * @param retrievalDepth how many candidates the Lucene retrieval stage passes to exact rescoring, at least topK
 * @param travelCeilingMinutesPerDay statutory ceiling of travel per day, round trip (Participatiewet: 180)
 * @param boosts named policy boosts, applied to the total and shown in explanations
 */
public record MatchProfile(
    String name,
    Map<Category, Double> weights,
    Decay travelDecay,
    Decay recencyDecay,
    SubstitutionCredits substitution,
    double missingNeutral,
    double minScore,
    double minSkillFit,
    int topK,
    int retrievalDepth,
    int travelCeilingMinutesPerDay,
    List<PolicyBoost> boosts) {

  /**
   * Credit for a required skill met through the taxonomy rather than by the same skill.
   *
   * @param exact the same skill
   * @param synonym a free-text label resolved to the skill through its synonyms
   * @param broader a skill under the same broader concept, or the broader/narrower skill itself
   * @param related a related skill
   * @param text a free-text label that shares most analysed words with the required skill
   */
  public record SubstitutionCredits(double exact, double synonym, double broader, double related, double text) {
    /** Validates each credit is in [0,1] and that exact is the highest. */
    public SubstitutionCredits {
      for (double d : new double[] {exact, synonym, broader, related, text}) {
        if (!(d >= 0 && d <= 1)) {
          throw new IllegalArgumentException("substitution credits must be in [0,1], got " + d);
        }
      }
      if (synonym > exact || broader > exact || related > exact || text > exact) {
        throw new IllegalArgumentException("substitution.exact must be the highest credit");
      }
    }
  }

  /**
   * A named policy boost: a municipality's explicit, visible choice (for example "inclusive employers
   * first"). It multiplies the total by {@code factor} when its condition holds, and every match it
   * touches names it in its explanation.
   *
   * @param name shown in explanations
   * @param when the condition
   * @param value the condition's argument (a target group, vacancy kind or sector name), if it takes one
   * @param factor multiplier, 0.5..2
   */
  public record PolicyBoost(String name, Condition when, String value, double factor) {
    /** Conditions a boost can test. */
    public enum Condition {
      /** The candidate is in the target group named by {@code value}. */
      CANDIDATE_TARGET_GROUP,
      /** The vacancy is of the kind named by {@code value}. */
      VACANCY_KIND,
      /** The vacancy is in the sector named by {@code value}. */
      VACANCY_SECTOR,
      /** The employer carries an inclusive-employer mark. */
      INCLUSIVE_EMPLOYER,
      /** The employer has an SROI obligation. */
      SROI,
      /**
       * The candidate is recorded as job-ready and the place is not a paid employment (a trial,
       * work-experience, participation or volunteer place): paid work fits a job-ready person better.
       */
      JOB_READY_UNPAID_PLACE,
      /**
       * The candidate's agreed route is recorded and does not offer the vacancy's kind first
       * ({@link nl.werkmatch.model.Route#offersFirst}); use a factor below 1 so on-route kinds come first.
       */
      OFF_ROUTE,
      /**
       * The candidate belongs to the municipality's priority group named by {@code value} (a
       * {@link nl.werkmatch.rules.PriorityGroup}); unknown membership does not boost.
       */
      PRIORITY_GROUP
    }

    /** Validates the boost. */
    public PolicyBoost {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("boost.name is required");
      }
      Objects.requireNonNull(when, "boost.when is required");
      if (!(factor >= 0.5 && factor <= 2)) {
        throw new IllegalArgumentException("boost.factor must be between 0.5 and 2, got " + factor);
      }
      if ((when == Condition.CANDIDATE_TARGET_GROUP || when == Condition.VACANCY_KIND || when == Condition.VACANCY_SECTOR
          || when == Condition.PRIORITY_GROUP)
          && (value == null || value.isBlank())) {
        throw new IllegalArgumentException("boost '" + name + "': condition " + when + " needs a value");
      }
    }
  }

  /** Reads a profile from JSON; a profile that sets no {@code minSkillFit} has none (0). */
  @JsonCreator
  static MatchProfile fromJson(
      @JsonProperty("name") String name,
      @JsonProperty("weights") Map<Category, Double> weights,
      @JsonProperty("travelDecay") Decay travelDecay,
      @JsonProperty("recencyDecay") Decay recencyDecay,
      @JsonProperty("substitution") SubstitutionCredits substitution,
      @JsonProperty("missingNeutral") double missingNeutral,
      @JsonProperty("minScore") double minScore,
      @JsonProperty("minSkillFit") Double minSkillFit,
      @JsonProperty("topK") int topK,
      @JsonProperty("retrievalDepth") int retrievalDepth,
      @JsonProperty("travelCeilingMinutesPerDay") int travelCeilingMinutesPerDay,
      @JsonProperty("boosts") List<PolicyBoost> boosts) {
    return new MatchProfile(name, weights, travelDecay, recencyDecay, substitution, missingNeutral, minScore,
        minSkillFit == null ? 0 : minSkillFit, topK, retrievalDepth, travelCeilingMinutesPerDay, boosts);
  }

  /** Validates and copies. */
  public MatchProfile(
      String name,
      Map<Category, Double> weights,
      Decay travelDecay,
      Decay recencyDecay,
      SubstitutionCredits substitution,
      double missingNeutral,
      double minScore,
      double minSkillFit,
      int topK,
      int retrievalDepth,
      int travelCeilingMinutesPerDay,
      List<PolicyBoost> boosts) {
    Objects.requireNonNull(weights, "weights are required");
    EnumMap<Category, Double> w = new EnumMap<>(Category.class);
    double sum = 0;
    for (Map.Entry<Category, Double> e : weights.entrySet()) {
      double v = e.getValue() == null ? 0 : e.getValue();
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("weights." + e.getKey().key() + " must be at least 0, got " + v);
      }
      w.put(e.getKey(), v);
      sum += v;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("at least one weight must be more than 0");
    }
    if (!(missingNeutral >= 0 && missingNeutral <= 1)) {
      throw new IllegalArgumentException("missingNeutral must be in [0,1], got " + missingNeutral);
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minScore must be in [0,1], got " + minScore);
    }
    if (!(minSkillFit >= 0 && minSkillFit <= 1)) {
      throw new IllegalArgumentException("minSkillFit must be in [0,1], got " + minSkillFit);
    }
    if (topK < 1 || topK > 10_000) {
      throw new IllegalArgumentException("topK must be between 1 and 10000, got " + topK);
    }
    if (retrievalDepth < topK) {
      throw new IllegalArgumentException("retrievalDepth (" + retrievalDepth + ") must be at least topK (" + topK + ")");
    }
    if (travelCeilingMinutesPerDay < 2 || travelCeilingMinutesPerDay > 480) {
      throw new IllegalArgumentException("travelCeilingMinutesPerDay must be between 2 and 480, got " + travelCeilingMinutesPerDay);
    }
    this.name = name == null ? "unnamed" : name;
    this.weights = Collections.unmodifiableMap(w);
    this.travelDecay = Objects.requireNonNull(travelDecay, "travelDecay is required");
    this.recencyDecay = Objects.requireNonNull(recencyDecay, "recencyDecay is required");
    this.substitution = Objects.requireNonNull(substitution, "substitution is required");
    this.missingNeutral = missingNeutral;
    this.minScore = minScore;
    this.minSkillFit = minSkillFit;
    this.topK = topK;
    this.retrievalDepth = retrievalDepth;
    this.travelCeilingMinutesPerDay = travelCeilingMinutesPerDay;
    this.boosts = boosts == null ? List.of() : List.copyOf(boosts);
  }

  /** The weight of {@code category} (0 when not set). */
  public double weight(Category category) {
    Double w = weights.get(category);
    return w == null ? 0 : w;
  }

  /** The statutory one-way ceiling in minutes: half the daily ceiling. */
  public int travelCeilingMinutesOneWay() {
    return travelCeilingMinutesPerDay / 2;
  }

  /** A copy with one category's weight changed. */
  public MatchProfile withWeight(Category category, double weight) {
    EnumMap<Category, Double> w = new EnumMap<>(weights);
    w.put(category, weight);
    return new MatchProfile(name, w, travelDecay, recencyDecay, substitution, missingNeutral, minScore, minSkillFit, topK,
        retrievalDepth, travelCeilingMinutesPerDay, boosts);
  }

  /** A copy with another shortlist size (and retrieval depth raised to it if needed). */
  public MatchProfile withTopK(int k) {
    return new MatchProfile(name, weights, travelDecay, recencyDecay, substitution, missingNeutral, minScore, minSkillFit, k,
        Math.max(k, retrievalDepth), travelCeilingMinutesPerDay, boosts);
  }

  /** A copy with another minimum skill fit (0: none). */
  public MatchProfile withMinSkillFit(double fit) {
    return new MatchProfile(name, weights, travelDecay, recencyDecay, substitution, missingNeutral, minScore, fit, topK,
        retrievalDepth, travelCeilingMinutesPerDay, boosts);
  }

  /** A copy with other boosts. */
  public MatchProfile withBoosts(List<PolicyBoost> newBoosts) {
    return new MatchProfile(name, weights, travelDecay, recencyDecay, substitution, missingNeutral, minScore, minSkillFit, topK,
        retrievalDepth, travelCeilingMinutesPerDay, new ArrayList<>(newBoosts));
  }

  private static final MatchProfile DEFAULTS = loadDefaults();

  /** The documented default profile. */
  public static MatchProfile defaults() {
    return DEFAULTS;
  }

  /** Reads a profile from a JSON file; errors name the file and the field. */
  public static MatchProfile load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read profile " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a profile from JSON.
   *
   * @throws IllegalArgumentException naming {@code displayName} (and the field, or line and column)
   *     when the input is not valid JSON or not a valid profile; a string or field name with a lone UTF-16
   *     surrogate or a control character is named with its line, column and JSON path
   *     ({@link nl.werkmatch.io.JsonText})
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static MatchProfile read(InputStream in, String displayName) {
    try {
      byte[] json = in.readAllBytes();
      java.util.Optional<nl.werkmatch.io.JsonText.Unfit> unfit = nl.werkmatch.io.JsonText.firstUnfit(json);
      if (unfit.isPresent()) {
        throw new IllegalArgumentException(displayName + ":" + unfit.get());
      }
      MatchProfile read = Json.mapper().readerFor(MatchProfile.class)
          .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(json);
      if (read == null) { // the JSON literal null (Jackson binds it to null, not to an error)
        throw new IllegalArgumentException(displayName + ":1:1: $: the document is null, not an object");
      }
      return read;
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      String path = e.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("$");
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
      throw new IllegalArgumentException(displayName + ": " + path + ": " + message.split("\n")[0], e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // Malformed JSON is bad input, not an I/O failure.
      com.fasterxml.jackson.core.JsonLocation loc = e.getLocation();
      throw new IllegalArgumentException(displayName + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
          + ": " + e.getOriginalMessage(), e);
    } catch (java.io.CharConversionException e) {
      // Bytes that are not text in any encoding Jackson detects (UTF-8/16/32) are bad input too.
      throw new IllegalArgumentException(displayName + ": not valid JSON text: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(displayName + ": " + e.getMessage(), e);
    }
  }

  /** Writes this profile as pretty JSON. */
  public String toJson() {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MatchProfile loadDefaults() {
    try (InputStream in = MatchProfile.class.getResourceAsStream("default-profile.json")) {
      if (in == null) {
        throw new IllegalStateException("default-profile.json missing from the classpath");
      }
      return read(in, "default-profile.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
