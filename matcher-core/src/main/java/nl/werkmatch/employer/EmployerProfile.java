package nl.werkmatch.employer;

import java.util.List;
import java.util.Map;
import nl.werkmatch.match.Category;

/**
 * One anonymised profile of an {@link EmployerShortlist}; built only there (no public constructor),
 * from vetted content: see {@link EmployerShortlist} for what each field may hold.
 */
public final class EmployerProfile {
  /** A skill the vacancy asks for (the vacancy's own label) and whether this person meets it. */
  public record Requirement(String skill, boolean essential, boolean met) {}

  private final int rank;
  private final String pseudonym;
  private final double score;
  private final Map<Category, Double> fit;
  private final List<Requirement> requirements;
  private final List<String> skills;
  private final List<String> experience;
  private final String education;
  private final Boolean startkwalificatie;
  private final String dutch;
  private final List<String> languages;
  private final Integer minHours;
  private final Integer maxHours;
  private final String travelBand;

  EmployerProfile(int rank, String pseudonym, double score, Map<Category, Double> fit, List<Requirement> requirements,
      List<String> skills, List<String> experience, String education, Boolean startkwalificatie, String dutch,
      List<String> languages, Integer minHours, Integer maxHours, String travelBand) {
    this.rank = rank;
    this.pseudonym = pseudonym;
    this.score = score;
    this.fit = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fit));
    this.requirements = List.copyOf(requirements);
    this.skills = List.copyOf(skills);
    this.experience = List.copyOf(experience);
    this.education = education;
    this.startkwalificatie = startkwalificatie;
    this.dutch = dutch;
    this.languages = List.copyOf(languages);
    this.minHours = minHours;
    this.maxHours = maxHours;
    this.travelBand = travelBand;
  }

  EmployerProfile withRank(int r) {
    return new EmployerProfile(r, pseudonym, score, fit, requirements, skills, experience, education, startkwalificatie,
        dutch, languages, minHours, maxHours, travelBand);
  }

  /** 1-based rank by {@link #score()}, ties by pseudonym. */
  public int rank() { return rank; }
  /** The keyed pseudonym ({@link Pseudonyms}). */
  public String pseudonym() { return pseudonym; }
  /** The weighted mean of the visible category scores, in [0,1], 2 decimals. */
  public double score() { return score; }
  /** Score per visible category, in {@link Category} order, 2 decimals. */
  public Map<Category, Double> fit() { return fit; }
  /** The vacancy's skill requirements, met or not. */
  public List<Requirement> requirements() { return requirements; }
  /** Dutch taxonomy labels of the person's skills. */
  public List<String> skills() { return skills; }
  /** Taxonomy occupation labels with a band of years. */
  public List<String> experience() { return experience; }
  /** The education band, or null. */
  public String education() { return education; }
  /** Whether a startkwalificatie is held, or null. */
  public Boolean startkwalificatie() { return startkwalificatie; }
  /** Level of Dutch, or null. */
  public String dutch() { return dutch; }
  /** Other languages the vacancy asks for, with level. */
  public List<String> languages() { return languages; }
  /** Minimum hours wanted, or null. */
  public Integer minHours() { return minHours; }
  /** Maximum hours wanted, or null (also when a medical limit binds it). */
  public Integer maxHours() { return maxHours; }
  /** Travel-time band, or null when unknown. */
  public String travelBand() { return travelBand; }
}
