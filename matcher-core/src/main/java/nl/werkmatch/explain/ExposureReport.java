package nl.werkmatch.explain;

import nl.werkmatch.score.Scorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.TargetGroup;

/**
 * The fairness exposure report for a set of shortlists: per group (age band, statushouder,
 * doelgroepregister, sex where recorded) its share of shortlist places against its share of the
 * eligible candidates. A ratio well below 1 means the group is under-exposed in the shortlists
 * compared with how often it is eligible. Groups are read here, for measurement only; the scorer
 * never reads them.
 *
 * <p>Feed it every vacancy's eligible candidates and shortlist with {@link #add}; then read
 * {@link #rows()}.
 */
public final class ExposureReport {
  private final LocalDate today;
  private final Map<String, long[]> counts = new TreeMap<>(); // group -> {eligible, shortlisted}
  private long eligibleTotal;
  private long shortlistTotal;

  /**
   * The smallest count a report that may leave the municipality shows (small-cell suppression): a
   * group with 1 to 4 people eligible or shortlisted is not shown, nor anything derived from it.
   */
  public static final int DEFAULT_MIN_CELL = 5;

  /**
   * A row of the report.
   *
   * @param suppressed whether the row's counts are withheld by small-cell suppression ({@link #rows(int)});
   *     its counts, shares and ratio are then 0 and must not be shown
   */
  public record Row(String dimension, String group, long eligible, long shortlisted, double eligibleShare,
      double shortlistShare, double ratio, boolean suppressed) {}

  /** @param today the reference date for age bands */
  public ExposureReport(LocalDate today) {
    this.today = today;
  }

  /** Adds one vacancy: its eligible candidates and its shortlist. */
  public synchronized void add(List<Candidate> eligible, List<Candidate> shortlisted) {
    for (Candidate c : eligible) {
      for (String g : groups(c)) {
        counts.computeIfAbsent(g, k -> new long[2])[0]++;
      }
    }
    for (Candidate c : shortlisted) {
      for (String g : groups(c)) {
        counts.computeIfAbsent(g, k -> new long[2])[1]++;
      }
    }
    eligibleTotal += eligible.size();
    shortlistTotal += shortlisted.size();
  }

  /** The groups a candidate falls in, as {@code dimension=group}. */
  List<String> groups(Candidate c) {
    return groupsOf(c, today);
  }

  /** The groups a candidate falls in on {@code today}, as {@code dimension=group}, one per dimension. */
  public static List<String> groupsOf(Candidate c, LocalDate today) {
    List<String> out = new ArrayList<>(4);
    Integer age = c.ageIn(today);
    out.add("ageBand=" + (age == null ? "unrecorded" : age < 27 ? "under 27" : age < 50 ? "27-49" : age < 55 ? "50-54" : "55+"));
    out.add("statushouder=" + (c.targetGroups() == null ? "unrecorded" : c.inTargetGroup(TargetGroup.STATUSHOUDER) ? "yes" : "no"));
    out.add("doelgroepregister=" + (c.targetGroups() == null ? "unrecorded"
        : c.inTargetGroup(TargetGroup.DOELGROEPREGISTER) ? "yes" : "no"));
    out.add("sex=" + (c.personal() == null || c.personal().sex() == null ? "unrecorded" : c.personal().sex().name()));
    return out;
  }

  /**
   * Adds counts gathered elsewhere (for example per batch query): eligible and shortlisted
   * candidates per {@code dimension=group}, and the totals they are shares of.
   */
  public synchronized void addCounts(Map<String, Integer> eligible, Map<String, Integer> shortlisted, long eligibleCount,
      long shortlistCount) {
    eligible.forEach((g, n) -> counts.computeIfAbsent(g, k -> new long[2])[0] += n);
    shortlisted.forEach((g, n) -> counts.computeIfAbsent(g, k -> new long[2])[1] += n);
    eligibleTotal += eligibleCount;
    shortlistTotal += shortlistCount;
  }

  /** Adds group counts only (the totals they are shares of are added elsewhere, e.g. by {@link #addCounts}). */
  public synchronized void addGroupCounts(Map<String, Long> eligible, Map<String, Long> shortlisted) {
    eligible.forEach((g, n) -> counts.computeIfAbsent(g, k -> new long[2])[0] += n);
    shortlisted.forEach((g, n) -> counts.computeIfAbsent(g, k -> new long[2])[1] += n);
  }

  /** The report rows, sorted by dimension and group. */
  public synchronized List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      String[] dg = e.getKey().split("=", 2);
      long el = e.getValue()[0];
      long sl = e.getValue()[1];
      double es = eligibleTotal == 0 ? 0 : (double) el / eligibleTotal;
      double ss = shortlistTotal == 0 ? 0 : (double) sl / shortlistTotal;
      rows.add(new Row(dg[0], dg[1], el, sl, Scorer.round(es), Scorer.round(ss), es == 0 ? 0 : Scorer.round(ss / es),
          false));
    }
    return rows;
  }

  /**
   * The rows with small-cell suppression, for anything that may leave the municipality: a row whose
   * eligible or shortlisted count is between 1 and {@code minCell - 1} is withheld
   * ({@link Row#suppressed()}, every figure 0), and so is, per dimension, the next smallest row
   * when only one is withheld, so no withheld count can be derived from a dimension's total.
   *
   * @param minCell the smallest count shown, at least 1 (1 withholds nothing)
   */
  public synchronized List<Row> rows(int minCell) {
    if (minCell < 1) {
      throw new IllegalArgumentException("minCell must be at least 1, got " + minCell);
    }
    List<Row> raw = rows();
    boolean[] hide = new boolean[raw.size()];
    for (int i = 0; i < raw.size(); i++) {
      hide[i] = small(raw.get(i).eligible(), minCell) || small(raw.get(i).shortlisted(), minCell);
    }
    // complementary suppression: a dimension with exactly one withheld row loses its next smallest too
    Map<String, List<Integer>> byDimension = new TreeMap<>();
    for (int i = 0; i < raw.size(); i++) {
      byDimension.computeIfAbsent(raw.get(i).dimension(), k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> rowsOf : byDimension.values()) {
      long hidden = rowsOf.stream().filter(i -> hide[i]).count();
      if (hidden == 1 && rowsOf.size() > 1) {
        rowsOf.stream().filter(i -> !hide[i])
            .min(java.util.Comparator.comparingLong((Integer i) -> raw.get(i).shortlisted())
                .thenComparingLong(i -> raw.get(i).eligible()).thenComparing(i -> raw.get(i).group()))
            .ifPresent(i -> hide[i] = true);
      }
    }
    List<Row> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      Row r = raw.get(i);
      out.add(hide[i] ? new Row(r.dimension(), r.group(), 0, 0, 0, 0, 0, true) : r);
    }
    return out;
  }

  private static boolean small(long count, int minCell) {
    return count > 0 && count < minCell;
  }

  /** The rows as a map keyed {@code dimension=group}, in order. */
  public Map<String, Row> byGroup() {
    Map<String, Row> m = new LinkedHashMap<>();
    for (Row r : rows()) {
      m.put(r.dimension() + "=" + r.group(), r);
    }
    return m;
  }

  /** A plain-text table. */
  public String text() {
    StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%-18s %-12s %9s %9s %8s %8s %6s%n",
        "dimension", "group", "eligible", "listed", "elig%", "listed%", "ratio"));
    for (Row r : rows()) {
      b.append(String.format(java.util.Locale.ROOT, "%-18s %-12s %9d %9d %7.1f%% %7.1f%% %6.2f%n", r.dimension(),
          r.group(), r.eligible(), r.shortlisted(), r.eligibleShare() * 100, r.shortlistShare() * 100, r.ratio()));
    }
    return b.toString();
  }
}
