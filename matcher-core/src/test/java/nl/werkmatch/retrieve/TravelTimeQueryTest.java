package nl.werkmatch.retrieve;

import nl.werkmatch.match.SampleData;
import nl.werkmatch.match.Category;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.TravelResult;
import nl.werkmatch.match.TravelTimeEstimator;
import nl.werkmatch.score.PreparedVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.index.RecordCodec;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.Test;

/**
 * The retrieval's travel clause against the exact scorer, over the sample data: a candidate matches
 * when the scorer finds the travel time within the limit (and otherwise only on the minute of the
 * limit, from the quantised indexed location), and then scores the scorer's travel category score
 * times the boost.
 */
class TravelTimeQueryTest {

  @Test
  void noModeOfTheSpeedModelGetsBeyondItsReachInTime() {
    TravelTimeEstimator model = TravelTimeEstimator.speedModel();
    nl.werkmatch.geo.GeoPoint from = new nl.werkmatch.geo.GeoPoint(52.37, 4.89);
    for (double minutes : new double[] {3, 10, 30, 45, 90, 120}) {
      double reach = model.maxReachKm(minutes);
      // just beyond the reach, in several directions, every mode takes longer than the minutes
      for (double bearing = 0; bearing < 360; bearing += 45) {
        double km = reach + 0.001;
        double dLat = km * Math.cos(Math.toRadians(bearing)) / 111.195;
        double dLon = km * Math.sin(Math.toRadians(bearing)) / (111.195 * Math.cos(Math.toRadians(from.lat())));
        nl.werkmatch.geo.GeoPoint to = new nl.werkmatch.geo.GeoPoint(from.lat() + dLat, from.lon() + dLon);
        for (nl.werkmatch.model.TravelMode mode : nl.werkmatch.model.TravelMode.values()) {
          double t = model.minutes(from, to, mode);
          assertTrue(Double.isNaN(t) || t > minutes, mode + " reaches " + to + " in " + t + " <= " + minutes + " min");
        }
      }
      // and the bound is close: by car, the reach is within a few km of what 90 minutes cover
      if (minutes == 90) {
        assertTrue(reach < 70, "reach by the speed model in 90 min: " + reach);
      }
    }
    // an estimator that does not know its bound keeps the conservative 100 km/h
    TravelTimeEstimator unknown = (a, b, m) -> 0;
    assertEquals(150, unknown.maxReachKm(90), 1e-9);
    assertEquals(model.maxReachKm(45), TravelTimeEstimator.cached(model, 10).maxReachKm(45), 1e-12);
  }

  @Test
  void matchesAndScoresLikeTheExactScorer() {
    try (MatchIndex index = SampleData.index()) {
      TravelTimeEstimator travel = TravelTimeEstimator.speedModel();
      Matcher matcher = Matcher.builder(index).today(LocalDate.of(2026, 11, 22)).travelTimes(travel).build();
      nl.werkmatch.score.Scorer exact = new nl.werkmatch.score.Scorer(matcher.profile(), matcher.taxonomy(),
          nl.werkmatch.geo.Gazetteer.builtIn(), travel, matcher.today());
      MatchProfile profile = matcher.profile();
      List<Vacancy> vacancies = SampleData.vacancies().subList(0, 12);
      int[] counts = new int[2];
      for (Vacancy v : vacancies) {
        PreparedVacancy pv = exact.prepare(v);
        if (pv.location == null) {
          continue;
        }
        TravelTimeQuery q = TravelTimeQuery.toWorkplace(pv.location, profile.travelCeilingMinutesOneWay(), travel,
            profile.travelDecay());
        index.searchCandidates(searcher -> {
          Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE, 2f);
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer s = w.scorer(leaf);
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
              Candidate c = RecordCodec.decodeCandidate(searcher, leaf.docBase + d);
              MatchScore score = exact.score(v, c);
              TravelResult t = score.travel();
              boolean within = t.known() && t.withinLimit();
              boolean matched = false;
              if (s != null) {
                int at = s.twoPhaseIterator().approximation().docID() < d
                    ? s.twoPhaseIterator().approximation().advance(d) : s.twoPhaseIterator().approximation().docID();
                matched = at == d && s.twoPhaseIterator().matches();
              }
              // never drops a pair the scorer keeps; keeps one beyond only when on the minute of the limit
              String pair = v.id() + " / " + c.id() + ": " + t;
              if (RecordCodec.indexedLocation(searcher, leaf.docBase + d) == null) {
                // no indexed location (a postcode the index did not resolve): the query leaves it to the
                // neutral clause for unknown locations
                assertTrue(!matched, pair);
                counts[1]++;
                continue;
              }
              assertTrue(!within || matched, pair);
              assertTrue(within || !matched || t.minutes() == t.limitMinutes() + 1, pair);
              if (matched && within) {
                double expected = 2 * score.category(Category.TRAVEL).score();
                double oneLess = 2 * Math.min(1, profile.travelDecay().apply(t.minutes() - 1));
                assertTrue(Math.abs(expected - s.score()) < 1e-5 || Math.abs(oneLess - s.score()) < 1e-5, pair + " " + s.score());
                counts[0]++;
              } else {
                counts[1]++;
              }
              if (at(s) == DocIdSetIterator.NO_MORE_DOCS) {
                s = null;
              }
            }
          }
          return null;
        });
      }
      assertTrue(counts[0] > 100 && counts[1] > 0, "both outcomes seen: " + counts[0] + " within, " + counts[1] + " not");
    }
  }

  private static int at(Scorer s) {
    return s == null ? DocIdSetIterator.NO_MORE_DOCS : s.twoPhaseIterator().approximation().docID();
  }
}
