package nl.werkmatch.match;

import nl.werkmatch.explain.ExposureReport;
import nl.werkmatch.score.GapClosers;
import nl.werkmatch.score.PreparedCandidate;
import nl.werkmatch.score.PreparedVacancy;
import nl.werkmatch.retrieve.RetrievalQueries;
import nl.werkmatch.retrieve.RetrievalQuery;
import nl.werkmatch.retrieve.RuleFilters;
import nl.werkmatch.score.Scorer;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.index.RecordCodec;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.rules.Audience;
import nl.werkmatch.rules.RuleInput;
import nl.werkmatch.rules.RuleOutcome;
import nl.werkmatch.rules.RuleResult;
import nl.werkmatch.rules.RuleSet;
import nl.werkmatch.taxonomy.Taxonomy;
import nl.werkmatch.text.Phrase;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The matching entry point: ranked, explained shortlists both ways over a {@link MatchIndex}.
 *
 * <p>Every pair goes through the same steps: the legal gates of a {@link RuleSet} (a pair that
 * fails one is left out, and {@link #whyNot} says which rule), then the exact {@link Scorer}. The
 * {@link Mode#FAST fast} path lets Lucene pick the best {@code retrievalDepth} candidates with a
 * query that approximates the score (skills as {@code FeatureField} terms with taxonomy
 * expansions, travel time by the person's modes, preference terms, travel-limit filters), then
 * rescores them exactly (for a beschut-werk vacancy, whose shortlist is its waiting list, it takes
 * the eligible people longest waiting first instead); the {@link Mode#EXHAUSTIVE exhaustive} path
 * scores every record and is the reference the fast path is tested against. Where a rule that judges
 * the vacancy alone refuses it (displacement: a subsidised placement on a vacancy that arose from
 * redundancy; a proefplaatsing without job prospect or too long), no candidate can pass: the fast
 * path reads none and counts every candidate in the index as excluded by that rule.
 *
 * <pre>{@code
 * try (MatchIndex index = MatchIndex.open(Path.of("index"))) {
 *   Matcher matcher = Matcher.builder(index).today(LocalDate.of(2026, 11, 22)).build();
 *   MatchResult shortlist = matcher.candidatesFor("vac-00017");
 *   Explanation why = matcher.explain("vac-00017", shortlist.matches().get(0).score().candidateId());
 * }
 * }</pre>
 *
 * <p>Thread-safe. Results are deterministic: ties are broken by id.
 */
public final class Matcher {

  /** How candidates for scoring are found. */
  public enum Mode {
    /** Lucene retrieval of the best {@code retrievalDepth} records, then exact rescoring. */
    FAST,
    /** Every record scored exactly (the reference). */
    EXHAUSTIVE
  }

  private final MatchIndex index;
  private final Clock clock;
  private final MatchProfile profile;
  private final MatchProfile retrievalProfile;
  private final Taxonomy taxonomy;
  private final Gazetteer gazetteer;
  private final TravelTimeEstimator travel;
  private final boolean indexedWithTaxonomy;
  private volatile Day day;
  private final RuleSet rules;
  private final Audience audience;
  private final Cache<Object, PreparedCandidate> candidateCache;
  private final Cache<Object, PreparedVacancy> vacancyCache;

  private Matcher(Builder b) {
    this.index = b.index;
    this.clock = b.clock;
    this.profile = withPriorityGroups(b.profile, b.rules);
    this.retrievalProfile = b.profile;
    this.taxonomy = b.taxonomy;
    this.gazetteer = b.gazetteer;
    this.travel = b.travel;
    this.indexedWithTaxonomy = b.index.indexedWith(b.taxonomy);
    this.rules = b.rules;
    this.audience = b.audience;
    this.day = new Day(LocalDate.now(clock));
    this.candidateCache = Caffeine.newBuilder().maximumSize(b.cacheSize).executor(Runnable::run).build();
    this.vacancyCache = Caffeine.newBuilder().maximumSize(Math.max(1, b.cacheSize / 4)).executor(Runnable::run).build();
  }

  /**
   * The scorer, rule filters and retrieval queries of one reference date. A query takes the day once,
   * at its start, so every pair of one shortlist is judged on the same date.
   */
  private final class Day {
    final LocalDate date;
    final Scorer scorer;
    final RuleFilters filters;
    final RetrievalQueries queries;

    Day(LocalDate date) {
      this.date = date;
      this.scorer = new Scorer(profile, taxonomy, gazetteer, travel, date);
      this.filters = new RuleFilters(rules, date, audience);
      this.queries = new RetrievalQueries(taxonomy, retrievalProfile, filters, travel, indexedWithTaxonomy);
    }
  }

  /** The day of {@link Builder#clock(Clock) the clock}'s today, built again when the date moved on. */
  private Day day() {
    LocalDate today = LocalDate.now(clock);
    Day current = day;
    if (!current.date.equals(today)) {
      current = new Day(today);
      day = current;
    }
    return current;
  }

  /** Priority boost factor for a municipality's configured priority groups. */
  static final double PRIORITY_BOOST = 1.05;
  /**
   * Vacancy to candidates: rescoring stops early once this many eligible candidates in a row, in
   * the selection's order, did not enter the full shortlist (the retrieval depth stays the most it
   * rescores). On a million generated candidates, 1,500 vacancies in a row took 41.3 instead of
   * 44.3 ms each, for the same shortlists but one place in 7,500 (top-20 recall against exhaustive
   * 0.9796 -> 0.9793 over 375 vacancies; a patience of 100: 0.9725; see
   * matcher-bench/results-notes.md).
   */
  static final int RESCORING_PATIENCE = 200;

  /**
   * The municipality's priority groups ({@code PolicyConfig.priorityGroups}) become named boosts of
   * the profile, so each shows in the explanations it touches and the exposure report measures it.
   */
  private static MatchProfile withPriorityGroups(MatchProfile profile, RuleSet rules) {
    var groups = rules.policy().priorityGroups();
    if (groups == null || groups.isEmpty()) {
      return profile;
    }
    List<MatchProfile.PolicyBoost> boosts = new ArrayList<>(profile.boosts());
    String municipality = rules.policy().municipality() == null ? "municipal" : rules.policy().municipality();
    for (var g : groups) {
      boosts.add(new MatchProfile.PolicyBoost(municipality + " priority group " + g.name(),
          MatchProfile.PolicyBoost.Condition.PRIORITY_GROUP, g.name(), PRIORITY_BOOST));
    }
    return profile.withBoosts(boosts);
  }

  /** A builder over {@code index}. */
  public static Builder builder(MatchIndex index) {
    return new Builder(index);
  }

  /** The exact scorer of today (internal: {@link Scorer} is not exported). */
  Scorer scorer() {
    return day().scorer;
  }

  /**
   * The exact score of one pair as of today ({@link #today}), whatever the rules say: the same
   * categories, total and evidence a shortlist shows for the pair. Thread-safe.
   */
  public MatchScore score(Vacancy vacancy, Candidate candidate) {
    return scorer().score(vacancy, candidate);
  }

  /** The date this matcher judges on now: today by its clock ({@link Builder#clock}). */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The skill taxonomy this matcher scores with. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** The profile. */
  public MatchProfile profile() {
    return profile;
  }

  /** The rules. */
  public RuleSet rules() {
    return rules;
  }

  // ------------------------------------------------------------------ vacancy -> candidates

  /** The ranked candidates for a vacancy in the index (fast path). */
  public MatchResult candidatesFor(String vacancyId) {
    return candidatesFor(vacancyId, Mode.FAST);
  }

  /** The ranked candidates for a vacancy in the index. */
  public MatchResult candidatesFor(String vacancyId, Mode mode) {
    return candidatesFor(requireVacancy(vacancyId), mode);
  }

  /** The ranked candidates for any vacancy, indexed or not. */
  public MatchResult candidatesFor(Vacancy vacancy, Mode mode) {
    return candidatesFor(vacancy, mode, null);
  }

  /**
   * The ranked candidates for any vacancy, telling {@code listener} about every pair evaluated (for
   * batch diagnostics: exclusion funnels, score distributions, near misses).
   */
  public MatchResult candidatesFor(Vacancy vacancy, Mode mode, PairListener listener) {
    Day d = day();
    PreparedVacancy pv = d.scorer.prepare(vacancy);
    Collector collector = new Collector(Direction.VACANCY_TO_CANDIDATES, vacancy.id(), d.scorer.profile(),
        d.scorer.profile().topK(), d.scorer.profile().minScore(), waitingList(vacancy), listener);
    String refusing = mode == Mode.FAST ? d.filters.refusingEveryone(vacancy) : null;
    index.searchCandidates(searcher -> {
      collector.searched = searcher.getIndexReader().numDocs();
      if (refusing != null) {
        // a rule on the vacancy alone refuses it: every candidate fails it, none needs reading
        collector.refusedEveryone(refusing, searcher.getIndexReader().numDocs());
      } else if (mode == Mode.EXHAUSTIVE) {
        forEachDoc(searcher, (reader, doc) -> evaluate(d, pv, candidate(d, reader, doc), collector));
      } else {
        int depth = d.scorer.profile().retrievalDepth();
        IndexReader reader = searcher.getIndexReader();
        RetrievalQuery query = d.queries.forVacancy(pv);
        if (waitingList(vacancy)) {
          // longest waiting first, page by page: once the shortlist is full, only people with the
          // same indication date as the one who filled it can still enter it (on score)
          Integer fullAt = null;
          org.apache.lucene.search.FieldDoc after = null;
          do {
            RetrievalQuery.WaitingListPage page =
                query.waitingList(searcher, depth * RetrievalQuery.SELECTION_FACTOR, after);
            for (ScoreDoc sd : page.kept()) {
              int waitingSince = RetrievalQuery.waitingSince(sd);
              if (fullAt != null && waitingSince != fullAt) {
                return null;
              }
              evaluate(d, pv, candidate(d, reader, sd.doc), collector);
              if (fullAt == null && collector.full()) {
                fullAt = waitingSince;
              }
            }
            after = page.last();
          } while (after != null);
        } else {
          for (ScoreDoc sd : query.select(searcher, depth)) {
            if (collector.eligible >= depth || collector.settled(RESCORING_PATIENCE)) {
              break;
            }
            evaluate(d, pv, candidate(d, reader, sd.doc), collector);
          }
        }
        if (!collector.full()) {
          collector.filtered = filteredByRule(d, searcher, query.filter(), (f, b) -> f.forVacancy(vacancy, b));
        }
      }
      return null;
    });
    return collector.result(mode == Mode.EXHAUSTIVE);
  }

  /**
   * The ranked candidates for a vacancy among {@code pool} only, each scored exactly and checked
   * against the rules as {@link Mode#EXHAUSTIVE} does over the whole index (same ranking, ties by
   * id, the result marked exhaustive over the pool): for an engine that selects candidates itself and
   * has werkmatch rescore them, such as the OpenSearch plugin's rescorer over a shard's window and
   * its merge of the shards' shortlists. Scores depend on the pair only, so ranking the union of
   * several pools' shortlists gives the shortlist of the union.
   *
   * @param vacancy the vacancy
   * @param pool the candidates to rank, each id once, in any order
   * @return the ranked candidates (at most the profile's {@code topK})
   */
  public MatchResult candidatesAmong(Vacancy vacancy, Iterable<Candidate> pool) {
    Day d = day();
    PreparedVacancy pv = d.scorer.prepare(vacancy);
    Collector collector = new Collector(Direction.VACANCY_TO_CANDIDATES, vacancy.id(), d.scorer.profile(),
        d.scorer.profile().topK(), d.scorer.profile().minScore(), waitingList(vacancy), null);
    for (Candidate c : pool) {
      evaluate(d, pv, d.scorer.prepare(c), collector);
    }
    return collector.result(true);
  }

  // ------------------------------------------------------------------ candidate -> vacancies

  /** The ranked vacancies for a candidate in the index (fast path). */
  public MatchResult vacanciesFor(String candidateId) {
    return vacanciesFor(candidateId, Mode.FAST);
  }

  /** The ranked vacancies for a candidate in the index. */
  public MatchResult vacanciesFor(String candidateId, Mode mode) {
    return vacanciesFor(requireCandidate(candidateId), mode);
  }

  /** The ranked vacancies for any candidate, indexed or not. */
  public MatchResult vacanciesFor(Candidate candidate, Mode mode) {
    return vacanciesFor(candidate, mode, null);
  }

  /** The ranked vacancies for any candidate, telling {@code listener} about every pair evaluated. */
  public MatchResult vacanciesFor(Candidate candidate, Mode mode, PairListener listener) {
    Day d = day();
    PreparedCandidate pc = d.scorer.prepare(candidate);
    Collector collector = new Collector(Direction.CANDIDATE_TO_VACANCIES, candidate.id(), d.scorer.profile(),
        d.scorer.profile().topK(), d.scorer.profile().minScore(), false, listener);
    index.searchVacancies(searcher -> {
      collector.searched = searcher.getIndexReader().numDocs();
      if (mode == Mode.EXHAUSTIVE) {
        forEachDoc(searcher, (reader, doc) -> evaluate(d, vacancy(d, reader, doc), pc, collector));
      } else {
        int depth = d.scorer.profile().retrievalDepth();
        IndexReader reader = searcher.getIndexReader();
        RetrievalQuery query = d.queries.forCandidate(pc);
        for (ScoreDoc sd : query.select(searcher, depth)) {
          if (collector.eligible >= depth || collector.settled(RESCORING_PATIENCE)) {
            break;
          }
          evaluate(d, vacancy(d, reader, sd.doc), pc, collector);
        }
        if (!collector.full()) {
          collector.filtered = filteredByRule(d, searcher, query.filter(), (f, b) -> f.forCandidate(candidate, b));
        }
      }
      return null;
    });
    return collector.result(mode == Mode.EXHAUSTIVE);
  }

  /**
   * Per rule, how many records the fast path's index filters leave out before retrieval: a record
   * counts for the first rule (in rule order) whose filter clauses it fails; a record that passes
   * every rule's filter but not the whole retrieval filter (the travel reach) counts for {@code
   * travel.ceiling}. Counted only for a short list, in one pass over the index: each rule's clauses
   * are one iterator, advanced once per record, and records passing the whole filter are skipped.
   */
  private Map<String, Integer> filteredByRule(Day d, IndexSearcher searcher, org.apache.lucene.search.BooleanQuery whole,
      java.util.function.BiConsumer<RuleFilters, org.apache.lucene.search.BooleanQuery.Builder> filtersOf)
      throws IOException {
    List<nl.werkmatch.rules.Rule> enabled = rules.rules();
    List<String> ids = new ArrayList<>();
    List<org.apache.lucene.search.Weight> weights = new ArrayList<>();
    List<org.apache.lucene.search.BooleanClause> previous = List.of();
    for (int k = 1; k <= enabled.size(); k++) {
      org.apache.lucene.search.BooleanQuery.Builder b = new org.apache.lucene.search.BooleanQuery.Builder();
      filtersOf.accept(new RuleFilters(rules.upTo(k), d.scorer.today(), audience), b);
      List<org.apache.lucene.search.BooleanClause> clauses = b.build().clauses();
      List<org.apache.lucene.search.BooleanClause> added = new ArrayList<>(clauses);
      for (org.apache.lucene.search.BooleanClause c : previous) {
        added.remove(c);
      }
      previous = clauses;
      if (added.isEmpty()) {
        continue;
      }
      ids.add(enabled.get(k - 1).id());
      weights.add(filterWeight(searcher, added));
    }
    org.apache.lucene.search.Weight wholeWeight = filterWeight(searcher, whole.clauses());
    int[] counts = new int[ids.size() + 1];
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      org.apache.lucene.search.DocIdSetIterator passesAll = iterator(wholeWeight, leaf);
      org.apache.lucene.search.DocIdSetIterator[] passes = new org.apache.lucene.search.DocIdSetIterator[weights.size()];
      for (int i = 0; i < passes.length; i++) {
        passes[i] = iterator(weights.get(i), leaf);
      }
      Bits live = leaf.reader().getLiveDocs();
      int maxDoc = leaf.reader().maxDoc();
      for (int doc = 0; doc < maxDoc; doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        if (at(passesAll, doc)) {
          continue;
        }
        int first = passes.length;
        for (int i = 0; i < passes.length; i++) {
          if (!at(passes[i], doc)) {
            first = i;
            break;
          }
        }
        counts[first]++;
      }
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      if (counts[i] > 0) {
        out.merge(ids.get(i), counts[i], Integer::sum);
      }
    }
    if (counts[ids.size()] > 0) {
      out.merge("travel.ceiling", counts[ids.size()], Integer::sum);
    }
    return out;
  }

  /** The weight of the records passing {@code clauses} (FILTER and MUST_NOT), not scored. */
  private static org.apache.lucene.search.Weight filterWeight(IndexSearcher searcher,
      List<org.apache.lucene.search.BooleanClause> clauses) throws IOException {
    org.apache.lucene.search.BooleanQuery.Builder b = new org.apache.lucene.search.BooleanQuery.Builder();
    b.add(new org.apache.lucene.search.MatchAllDocsQuery(), org.apache.lucene.search.BooleanClause.Occur.FILTER);
    clauses.forEach(b::add);
    return searcher.createWeight(searcher.rewrite(b.build()), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1);
  }

  /** The records of {@code leaf} passing {@code w}, in doc order (empty when none). */
  private static org.apache.lucene.search.DocIdSetIterator iterator(org.apache.lucene.search.Weight w, LeafReaderContext leaf)
      throws IOException {
    org.apache.lucene.search.Scorer s = w.scorer(leaf);
    return s == null ? org.apache.lucene.search.DocIdSetIterator.empty() : s.iterator();
  }

  /** Whether {@code it}, only ever advanced forwards, holds {@code doc}. */
  private static boolean at(org.apache.lucene.search.DocIdSetIterator it, int doc) throws IOException {
    int cur = it.docID();
    if (cur < doc) {
      cur = it.advance(doc);
    }
    return cur == doc;
  }

  // ------------------------------------------------------------------ fairness

  /**
   * Adds one vacancy to an exposure report: every candidate eligible for it under the rules (all
   * candidates are checked) and its shortlist.
   */
  public void addExposure(String vacancyId, ExposureReport report) {
    Day d = day();
    Vacancy vacancy = requireVacancy(vacancyId);
    PreparedVacancy pv = d.scorer.prepare(vacancy);
    List<Candidate> eligible = new ArrayList<>();
    index.searchCandidates(searcher -> {
      forEachDoc(searcher, (reader, doc) -> {
        PreparedCandidate pc = candidate(d, reader, doc);
        if (rules.evaluate(input(d, pv, pc, d.scorer.travel(pv, pc))).eligible()) {
          eligible.add(pc.candidate);
        }
      });
      return null;
    });
    List<Candidate> listed = new ArrayList<>();
    for (RankedMatch m : candidatesFor(vacancy, Mode.FAST).matches()) {
      listed.add(requireCandidate(m.score().candidateId()));
    }
    report.add(eligible, listed);
  }

  // ------------------------------------------------------------------ one pair

  /** Everything about one pair: rules, scores, evidence and gap closers. */
  public Explanation explain(String vacancyId, String candidateId) {
    return explain(requireVacancy(vacancyId), requireCandidate(candidateId));
  }

  /** Everything about one pair, indexed or not. */
  public Explanation explain(Vacancy vacancy, Candidate candidate) {
    Day d = day();
    PreparedVacancy pv = d.scorer.prepare(vacancy);
    PreparedCandidate pc = d.scorer.prepare(candidate);
    MatchScore score = d.scorer.score(pv, pc);
    RuleOutcome outcome = rules.evaluate(input(d, pv, pc, score.travel()));
    List<GapCloser> closers = GapClosers.find(d.scorer, pv, pc, score);
    return new Explanation(score, outcome.eligible(), checks(outcome), closers, lksEstimate(d, vacancy, candidate));
  }

  /**
   * The loonkostensubsidie estimate for a pair (INTERNAL only): the vacancy's hourly wage, the
   * candidate's loonwaarde, the hours both can agree on, the reference date and the youth rate.
   * Null when it does not apply or cannot be computed (for example a date outside the WML table).
   */
  private nl.werkmatch.lks.LksResult lksEstimate(Day d, Vacancy v, Candidate c) {
    if (v.kind() == null || !v.kind().isPaid() || v.hourlyWage() == null || c.loonwaarde() == null
        || c.loonwaarde().percentage() == null || c.loonwaarde().percentage() >= 100) {
      return null;
    }
    // the contract hours: the vacancy's maximum, but no more than the person can work
    Integer hours = v.maxHours() != null ? v.maxHours() : v.minHours();
    Integer personMax = c.availability() == null ? null : c.availability().effectiveMaxHours();
    if (hours != null && personMax != null) {
      hours = Math.min(hours, personMax);
    }
    if (hours == null || hours <= 0) {
      return null;
    }
    Integer age = c.ageIn(d.scorer.today());
    try {
      return LKS.calculate(new nl.werkmatch.lks.LksRequest(v.hourlyWage(),
          java.math.BigDecimal.valueOf(c.loonwaarde().percentage()), java.math.BigDecimal.valueOf(hours), d.scorer.today(),
          age != null && age < 21 && age >= 15 ? age : null, false, null, null));
    } catch (IllegalArgumentException outsideTheTable) {
      return null;
    }
  }

  private static final nl.werkmatch.lks.LksCalculator LKS = nl.werkmatch.lks.LksCalculator.bundled();

  /** Why a candidate is not on a vacancy's shortlist, or not higher. */
  public WhyNot whyNot(String vacancyId, String candidateId) {
    Day d = day();
    Vacancy vacancy = requireVacancy(vacancyId);
    Candidate candidate = requireCandidate(candidateId);
    Explanation e = explain(vacancy, candidate);
    MatchProfile p = d.scorer.profile();
    List<CategoryScore> costliest = new ArrayList<>(e.score().categories());
    costliest.sort(Comparator.comparingDouble(CategoryScore::loss).reversed().thenComparing(CategoryScore::category));
    costliest.removeIf(c -> c.loss() <= 1e-9);
    if (!e.eligible()) {
      List<RuleCheck> failures = e.failures();
      RuleCheck first = failures.get(0);
      Phrase summary = Phrase.of(nl -> (nl ? "Uitgesloten door regel " : "Excluded by rule ") + first.ruleId() + ": "
          + first.reason().in(nl ? Phrase.DUTCH : Phrase.ENGLISH));
      return new WhyNot(vacancyId, candidateId, failures, e.score().total(), p.minScore(), null, null, costliest,
          e.gapClosers(), summary);
    }
    // rank among every eligible candidate of the vacancy, exhaustively
    MatchResult full = allEligible(d, vacancy);
    int rank = 0;
    int shortlisted = 0;
    Double cutoff = null;
    for (RankedMatch m : full.matches()) {
      if (m.score().candidateId().equals(candidateId)) {
        rank = m.rank();
      }
      if (m.score().total() >= p.minScore() && ++shortlisted == p.topK()) {
        cutoff = m.score().total();
      }
    }
    Phrase summary = whyNotSummary(e.score().total(), p, rank, cutoff, costliest.isEmpty() ? null : costliest.get(0));
    return new WhyNot(vacancyId, candidateId, List.of(), e.score().total(), p.minScore(), rank, cutoff, costliest,
        e.gapClosers(), summary);
  }

  /** The one-sentence answer of {@link #whyNot} for an eligible pair. */
  private static Phrase whyNotSummary(double total, MatchProfile p, int rank, Double cutoff, CategoryScore costliest) {
    java.util.Locale r = java.util.Locale.ROOT;
    return Phrase.of(nl -> {
      String top = costliest == null ? (nl ? "niets" : "nothing") : costliest.category().label(nl ? Phrase.DUTCH : Phrase.ENGLISH)
          + " (" + String.format(r, "%.2f", costliest.score()) + ")";
      if (total < p.minScore()) {
        return nl ? String.format(r, "Komt in aanmerking, maar de score %.3f ligt onder het minimum %.2f; verloor het meest op %s",
                total, p.minScore(), top)
            : String.format(r, "Eligible, but the score %.3f is below the minimum %.2f; it lost most on %s", total,
                p.minScore(), top);
      } else if (rank > p.topK()) {
        return nl ? String.format(r, "Komt in aanmerking en staat op plaats %d, onder de kortste lijst van %d (grens %.3f);"
                + " verloor het meest op %s", rank, p.topK(), cutoff, top)
            : String.format(r, "Eligible and ranked %d, below the shortlist of %d (cut-off %.3f); it lost most on %s", rank,
                p.topK(), cutoff, top);
      }
      return nl ? String.format(r, "Op de kortste lijst op plaats %d; verloor het meest op %s", rank, top)
          : String.format(r, "On the shortlist at rank %d; it lost most on %s", rank, top);
    });
  }

  private MatchResult allEligible(Day d, Vacancy vacancy) {
    PreparedVacancy pv = d.scorer.prepare(vacancy);
    Collector collector = new Collector(Direction.VACANCY_TO_CANDIDATES, vacancy.id(), d.scorer.profile(),
        Integer.MAX_VALUE, 0, waitingList(vacancy), null);
    index.searchCandidates(searcher -> {
      forEachDoc(searcher, (reader, doc) -> evaluate(d, pv, candidate(d, reader, doc), collector));
      return null;
    });
    return collector.result(true);
  }

  // ------------------------------------------------------------------ internals

  private void evaluate(Day d, PreparedVacancy pv, PreparedCandidate pc, Collector collector) {
    TravelResult travel = d.scorer.travel(pv, pc);
    RuleOutcome outcome = rules.evaluate(input(d, pv, pc, travel), true);
    collector.considered++;
    if (!outcome.eligible()) {
      collector.excluded(outcome.failures().get(0).ruleId());
      if (collector.listener != null) {
        collector.listener.excluded(pv.vacancy, pc.candidate, outcome.failures().get(0).ruleId(), travel);
      }
      return;
    }
    collector.eligible++;
    MatchScore score = d.scorer.score(pv, pc);
    if (collector.listener != null) {
      collector.listener.scored(pv.vacancy, pc.candidate, score);
    }
    collector.offer(score, notes(outcome), pc.candidate.beschutIndicationDate());
  }

  /**
   * Beschut werk keeps a waiting list: among eligible candidates, people found eligible earlier
   * come first (Hengelo verordening art. 9 lid 4, 004). Applies to beschut-werk vacancies.
   */
  private static boolean waitingList(Vacancy v) {
    return v.kind() == nl.werkmatch.model.VacancyKind.BESCHUT_WERK;
  }

  private RuleInput input(Day d, PreparedVacancy pv, PreparedCandidate pc, TravelResult travel) {
    return new RuleInput(pv.vacancy, pc.candidate, d.scorer.today(), travel.minutes(), audience);
  }

  private List<RuleCheck> checks(RuleOutcome outcome) {
    List<RuleCheck> out = new ArrayList<>(outcome.results().size());
    for (RuleResult r : outcome.results()) {
      switch (r) {
        case RuleResult.Fail f -> out.add(new RuleCheck(f.ruleId(), false,
            f.data() == null ? f.reason() : f.reason().then(Phrase.same(" (" + f.data() + ")")), f.source()));
        case RuleResult.Pass p -> out.add(new RuleCheck(p.ruleId(), true, p.note(), rules.rule(p.ruleId()).source()));
      }
    }
    return out;
  }

  private static List<Phrase> notes(RuleOutcome outcome) {
    List<RuleResult.Pass> passes = outcome.notes();
    if (passes.isEmpty()) {
      return List.of();
    }
    List<Phrase> out = new ArrayList<>(passes.size());
    for (RuleResult.Pass p : passes) {
      out.add(Phrase.same(p.ruleId() + ": ").then(p.note()));
    }
    return out;
  }

  /**
   * Cache key of an indexed record version: the segment's core key and the doc id in the segment.
   * A segment never changes its documents (an update adds the new version elsewhere), so the key
   * names exactly one record version, and a hit costs no read of the record.
   */
  private record DocKey(Object segment, int doc) {
    @Override
    public boolean equals(Object o) {
      return o instanceof DocKey k && k.doc == doc && k.segment == segment;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(segment) * 0x9E3779B1 + doc;
    }
  }

  private static Object key(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    return helper == null ? BytesRef.deepCopyOf(RecordCodec.record(reader, doc)) : new DocKey(helper.getKey(), doc - leaf.docBase);
  }

  private PreparedCandidate candidate(Day d, IndexReader reader, int doc) throws IOException {
    Object key = key(reader, doc);
    PreparedCandidate cached = candidateCache.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    PreparedCandidate prepared = d.scorer.prepare(RecordCodec.decodeCandidate(reader, doc));
    candidateCache.put(key, prepared);
    return prepared;
  }

  private PreparedVacancy vacancy(Day d, IndexReader reader, int doc) throws IOException {
    Object key = key(reader, doc);
    PreparedVacancy cached = vacancyCache.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    PreparedVacancy prepared = d.scorer.prepare(RecordCodec.decodeVacancy(reader, doc));
    vacancyCache.put(key, prepared);
    return prepared;
  }

  private interface DocVisitor {
    void visit(IndexReader reader, int doc) throws IOException;
  }

  private static void forEachDoc(IndexSearcher searcher, DocVisitor visitor) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      int max = leaf.reader().maxDoc();
      for (int d = 0; d < max; d++) {
        if (live == null || live.get(d)) {
          visitor.visit(reader, leaf.docBase + d);
        }
      }
    }
  }

  private Vacancy requireVacancy(String id) {
    return index.vacancy(id).orElseThrow(() -> new NoSuchElementException("no vacancy with id '" + id + "' in the index"));
  }

  private Candidate requireCandidate(String id) {
    return index.candidate(id).orElseThrow(() -> new NoSuchElementException("no candidate with id '" + id + "' in the index"));
  }

  /**
   * Keeps the best topK pairs with a deterministic order: total descending, then item id ascending;
   * for a beschut-werk waiting list, the indication date (earliest first, unknown last) comes before
   * the score.
   */
  private static final class Collector {
    final Direction direction;
    final String queryId;
    final int topK;
    final double minScore;
    int considered;
    int searched;
    Map<String, Integer> filtered = Map.of();
    int eligible;
    /** {@link #eligible} when a record last entered the shortlist. */
    int lastEntered;
    int aboveMin;
    final Map<String, Integer> excluded = new HashMap<>();
    final java.util.PriorityQueue<Entry> heap;
    final Comparator<Entry> better;

    record Entry(MatchScore score, List<Phrase> notes, String itemId, LocalDate indication) {}

    final PairListener listener;

    Collector(Direction direction, String queryId, MatchProfile profile, int topK, double minScore, boolean waitingList,
        PairListener listener) {
      this.listener = listener;
      this.direction = direction;
      this.queryId = queryId;
      this.topK = topK;
      this.minScore = minScore;
      Comparator<Entry> byScore = Comparator.comparingDouble((Entry e) -> e.score().total()).reversed()
          .thenComparing(Entry::itemId);
      this.better = waitingList
          ? Comparator.comparing(Entry::indication, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
              .thenComparing(byScore)
          : byScore;
      this.heap = new java.util.PriorityQueue<>(better.reversed());
    }

    /** Whether the shortlist holds {@code topK} entries. */
    boolean full() {
      return heap.size() >= topK;
    }

    /** Whether the shortlist is full and the last {@code patience} eligible records did not enter it. */
    boolean settled(int patience) {
      return full() && eligible - lastEntered >= patience;
    }

    void excluded(String ruleId) {
      excluded.merge(ruleId, 1, Integer::sum);
    }

    /** All {@code candidates} considered and excluded by {@code ruleId}, without reading one. */
    void refusedEveryone(String ruleId, int candidates) {
      considered += candidates;
      if (candidates > 0) {
        excluded.merge(ruleId, candidates, Integer::sum);
      }
    }

    void offer(MatchScore score, List<Phrase> notes, LocalDate indication) {
      if (score.total() < minScore) {
        return;
      }
      aboveMin++;
      String item = direction == Direction.VACANCY_TO_CANDIDATES ? score.candidateId() : score.vacancyId();
      Entry e = new Entry(score, notes, item, direction == Direction.VACANCY_TO_CANDIDATES ? indication : null);
      if (heap.size() < topK) {
        heap.add(e);
        lastEntered = eligible;
      } else if (better.compare(e, heap.peek()) < 0) {
        heap.poll();
        heap.add(e);
        lastEntered = eligible;
      }
    }

    MatchResult result(boolean exhaustive) {
      List<Entry> list = new ArrayList<>(heap);
      list.sort(better);
      List<RankedMatch> out = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        out.add(new RankedMatch(i + 1, list.get(i).score(), list.get(i).notes()));
      }
      return new MatchResult(direction, queryId, out, considered, eligible, aboveMin, excluded, exhaustive,
          Math.max(searched, considered), filtered);
    }
  }

  /** Builds a {@link Matcher}; every setting has a documented default. */
  public static final class Builder {
    private final MatchIndex index;
    private MatchProfile profile = MatchProfile.defaults();
    private Taxonomy taxonomy = Taxonomy.builtIn();
    private Gazetteer gazetteer = Gazetteer.builtIn();
    private TravelTimeEstimator travel = TravelTimeEstimator.speedModel();
    private RuleSet rules = RuleSet.defaults();
    private Audience audience = Audience.INTERNAL;
    private Clock clock = Clock.system(ZoneId.of("Europe/Amsterdam"));
    private long cacheSize = 100_000;

    private Builder(MatchIndex index) {
      this.index = Objects.requireNonNull(index, "index");
    }

    /** The scoring profile (default {@link MatchProfile#defaults()}). */
    public Builder profile(MatchProfile profile) {
      this.profile = Objects.requireNonNull(profile);
      return this;
    }

    /**
     * The skill taxonomy (default {@link Taxonomy#builtIn()}). Open the index with the same one
     * ({@link MatchIndex#open(java.nio.file.Path, Taxonomy)}): its candidate documents then hold the
     * skills this taxonomy implies from past occupations, which the fast path reads as one feature
     * per skill; with another, it finds them through the occupations, with lower recall.
     */
    public Builder taxonomy(Taxonomy taxonomy) {
      this.taxonomy = Objects.requireNonNull(taxonomy);
      return this;
    }

    /** The gazetteer resolving postcodes and places (default {@link Gazetteer#builtIn()}). */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.gazetteer = Objects.requireNonNull(gazetteer);
      return this;
    }

    /**
     * The travel-time estimator (default: the speed model, uncached: computing it costs less than a
     * cache lookup). Wrap an expensive estimator, such as a router, in
     * {@link TravelTimeEstimator#cached(TravelTimeEstimator, long)}.
     */
    public Builder travelTimes(TravelTimeEstimator travel) {
      this.travel = Objects.requireNonNull(travel);
      return this;
    }

    /** The legal gates (default {@link RuleSet#defaults()}). */
    public Builder rules(RuleSet rules) {
      this.rules = Objects.requireNonNull(rules);
      return this;
    }

    /** Who will see the results; {@link Audience#EMPLOYER} also requires the candidate's consent (default INTERNAL). */
    public Builder audience(Audience audience) {
      this.audience = Objects.requireNonNull(audience);
      return this;
    }

    /**
     * The clock whose date, in its zone, is the reference date for validity, recency and start
     * dates. It is read at the start of every query, so a long-running matcher judges each query on
     * the day it runs (default: the system clock in Europe/Amsterdam).
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /**
     * A fixed reference date for every query (a clock standing still at the start of that day in
     * Europe/Amsterdam): for batch runs, tests and evaluations that must not depend on the day.
     */
    public Builder today(LocalDate today) {
      ZoneId zone = ZoneId.of("Europe/Amsterdam");
      return clock(Clock.fixed(Objects.requireNonNull(today).atStartOfDay(zone).toInstant(), zone));
    }

    /** Maximum number of prepared candidates kept in memory (default 100,000); vacancies get a quarter. */
    public Builder cacheSize(long size) {
      if (size < 1) {
        throw new IllegalArgumentException("cacheSize must be at least 1");
      }
      this.cacheSize = size;
      return this;
    }

    /** The matcher. */
    public Matcher build() {
      return new Matcher(this);
    }
  }

}
