package nl.werkmatch.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.werkmatch.match.Explanation;
import nl.werkmatch.explain.ExposureReport;
import nl.werkmatch.match.GapCloser;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.PairListener;
import nl.werkmatch.match.TravelResult;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;

/**
 * What one batch query saw: the exclusion funnel, the distribution of scores and travel times of
 * eligible pairs, near misses and what would unlock them, and the missing fields of near misses.
 * Collected while the query runs (one thread per query), then frozen into {@link Data}, which is
 * written beside the results so a resumed run loses nothing.
 */
public final class QueryDiagnostics {
  /** Score histogram bins: [0,0.05), [0.05,0.1), ... [0.95,1]. */
  public static final int SCORE_BINS = 20;
  /** Travel histogram bins of 10 minutes: [0,10), ... [170,180), 180+. */
  public static final int TRAVEL_BINS = 19;
  /** At most this many near misses per query get gap closers (the closest to the minimum first). */
  public static final int MAX_NEAR_MISSES = 50;

  /**
   * The frozen diagnostics of one query, as written to {@code diagnostics.jsonl}.
   *
   * @param query the vacancy or candidate id
   * @param considered pairs evaluated
   * @param eligible pairs that passed every rule
   * @param aboveMinScore eligible pairs at or above the minimum score
   * @param excludedByRule per first failing rule, pairs excluded
   * @param scoreHistogram eligible pairs per score bin
   * @param travelHistogram eligible pairs with a known travel time per 10-minute bin
   * @param unlocks per gap closer ({@code KIND subject}), near misses it would lift to the minimum score
   * @param unlockLabels a label per gap-closer key, for reports
   * @param nearMissMissingFields per missing field, near misses that lack it
   * @param shortlisted ids of the items on the shortlist
   * @param eligibleGroups for a vacancy query: eligible candidates per fairness group ({@code dimension=group})
   * @param shortlistGroups for a vacancy query: shortlisted candidates per fairness group
   * @param filteredByRule for a short fast-path list, per rule the records its index filters left out before
   *     retrieval ({@link MatchResult#filteredByRule}); empty otherwise (and when read from an older file)
   */
  public record Data(String query, int considered, int eligible, int aboveMinScore, Map<String, Integer> excludedByRule,
      int[] scoreHistogram, int[] travelHistogram, Map<String, Integer> unlocks, Map<String, String> unlockLabels,
      Map<String, Integer> nearMissMissingFields, List<String> shortlisted, Map<String, Integer> eligibleGroups,
      Map<String, Integer> shortlistGroups, Map<String, Integer> filteredByRule) {
    /** An absent {@code filteredByRule} (a file written before it existed) is empty. */
    public Data {
      filteredByRule = filteredByRule == null ? Map.of() : filteredByRule;
    }

    /** Per rule, the records excluded by it after retrieval plus those its index filters left out. */
    public Map<String, Integer> byRule() {
      Map<String, Integer> all = new TreeMap<>(excludedByRule);
      filteredByRule.forEach((k, v) -> all.merge(k, v, Integer::sum));
      return all;
    }
  }

  private final BatchMatcher.DiagnosticsSettings settings;
  private final Matcher matcher;
  private final int[] scores = new int[SCORE_BINS];
  private final int[] travel = new int[TRAVEL_BINS];
  private final List<NearMiss> nearMisses = new ArrayList<>();
  private final Map<String, Integer> eligibleGroups = new TreeMap<>();
  private final Map<String, List<String>> groupsById = new java.util.HashMap<>();
  private Data data;

  private record NearMiss(Vacancy vacancy, Candidate candidate, MatchScore score) {}

  QueryDiagnostics(BatchMatcher.DiagnosticsSettings settings, Matcher matcher) {
    this.settings = settings;
    this.matcher = matcher;
  }

  PairListener listener() {
    double min = matcher.profile().minScore();
    return new PairListener() {
      @Override
      public void scored(Vacancy v, Candidate c, MatchScore s) {
        List<String> groups = ExposureReport.groupsOf(c, matcher.today());
        for (String g : groups) {
          eligibleGroups.merge(g, 1, Integer::sum);
        }
        if (s.total() >= min) {
          groupsById.put(c.id(), groups);
        }
        scores[Math.min(SCORE_BINS - 1, (int) (s.total() * SCORE_BINS))]++;
        TravelResult t = s.travel();
        if (t.known()) {
          travel[Math.min(TRAVEL_BINS - 1, t.minutes() / 10)]++;
        }
        if (settings.gapClosers() && s.total() < min && s.total() >= min - settings.nearMissMargin()) {
          nearMisses.add(new NearMiss(v, c, s));
        }
      }
    };
  }

  void finish(MatchResult r) {
    double min = matcher.profile().minScore();
    nearMisses.sort(Comparator.comparingDouble((NearMiss n) -> n.score().total()).reversed()
        .thenComparing(n -> n.score().vacancyId()).thenComparing(n -> n.score().candidateId()));
    Map<String, Integer> unlocks = new TreeMap<>();
    Map<String, String> labels = new TreeMap<>();
    Map<String, Integer> missing = new TreeMap<>();
    for (NearMiss n : nearMisses.subList(0, Math.min(MAX_NEAR_MISSES, nearMisses.size()))) {
      for (String f : n.score().missingFields()) {
        missing.merge(f, 1, Integer::sum);
      }
      Explanation e = matcher.explain(n.vacancy(), n.candidate());
      for (GapCloser g : e.gapClosers()) {
        if (g.newTotal() >= min) {
          String key = g.kind() + " " + g.subject();
          unlocks.merge(key, 1, Integer::sum);
          labels.putIfAbsent(key, label(g));
        }
      }
    }
    List<String> listed = new ArrayList<>();
    Map<String, Integer> listedGroups = new TreeMap<>();
    r.matches().forEach(m -> listed.add(m.itemId(r.direction())));
    boolean vacancyQuery = r.direction() == nl.werkmatch.match.Direction.VACANCY_TO_CANDIDATES;
    if (vacancyQuery) {
      for (var m : r.matches()) {
        for (String g : groupsById.getOrDefault(m.score().candidateId(), List.of())) {
          listedGroups.merge(g, 1, Integer::sum);
        }
      }
    }
    data = new Data(r.queryId(), r.considered(), r.eligible(), r.aboveMinScore(), new TreeMap<>(r.excludedByRule()),
        scores.clone(), travel.clone(), unlocks, labels, missing, listed,
        vacancyQuery ? new TreeMap<>(eligibleGroups) : Map.of(), listedGroups, new TreeMap<>(r.filteredByRule()));
    nearMisses.clear();
    groupsById.clear();
  }

  private static String label(GapCloser g) {
    return switch (g.kind()) {
      case RENEW_CERTIFICATE -> "renew " + g.subject();
      case OBTAIN_CERTIFICATE -> "obtain " + g.subject();
      case LANGUAGE_STEP -> "one step up in Dutch";
      case SHORT_TRAINING -> g.description().en();
    };
  }

  /** The frozen diagnostics (after the query finished). */
  public Data data() {
    return data;
  }
}
