package nl.werkmatch.opensearch;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.match.Matcher;

/**
 * The werkmatch matchers a node scores with: the default profile, rules, taxonomy and travel model,
 * the national gazetteer, one per reference date. A matcher here never reads an index (it ranks
 * the records OpenSearch hands it, {@link Matcher#candidatesAmong}), so it sits over an empty
 * in-memory one.
 */
final class Matchers {
  private Matchers() {}

  private static final MatchIndex EMPTY = MatchIndex.inMemory();
  private static final ConcurrentMap<LocalDate, Matcher> BY_DATE = new ConcurrentHashMap<>();

  /** The matcher for reference date {@code today}. */
  static Matcher forDate(LocalDate today) {
    if (BY_DATE.size() > 64) {
      BY_DATE.clear();
    }
    return BY_DATE.computeIfAbsent(today,
        d -> Matcher.builder(EMPTY).gazetteer(Gazetteer.national()).today(d).cacheSize(1).build());
  }
}
