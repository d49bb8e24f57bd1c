package nl.werkmatch.retrieve;

import nl.werkmatch.match.SampleData;
import nl.werkmatch.match.Category;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.TravelTimeEstimator;
import nl.werkmatch.score.PreparedCandidate;
import nl.werkmatch.score.PreparedVacancy;
import nl.werkmatch.score.Scorer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.index.Fields;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.rules.Audience;
import nl.werkmatch.rules.RuleSet;
import nl.werkmatch.taxonomy.Taxonomy;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

/**
 * The fast path's approximate score against the exact scorer, on pairs that differ in one field:
 * each clause must move the approximation by what the exact score moves (so it orders like the
 * exact score), and be absent where the exact score does not move.
 */
class RetrievalApproximationTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  /**
   * The default profile without its minimum skill fit: the probes here share no skill with the
   * vacancy, and the retrieval does not approximate that gate (the exact rescoring applies it).
   */
  private static final MatchProfile PROFILE = MatchProfile.defaults().withMinSkillFit(0);

  @Test
  void preferencesTakeTheBestClauseWithTheExactGains() {
    Vacancy v = SampleData.vacancy("vac-00001");
    Consumer<ObjectNode> elsewhere = c -> {
      c.putArray("desiredOccupations").add("occ.heftruckchauffeur");
      c.putArray("desiredSectors").add("LOGISTIEK");
      c.remove("refusedSectors");
    };
    Map<String, Candidate> cs = Map.of(
        "else", candidate("else", elsewhere),
        "occ", candidate("occ", elsewhere.andThen(c -> c.putArray("desiredOccupations").add(v.occupationId()))),
        "sector", candidate("sector", elsewhere.andThen(c -> c.putArray("desiredSectors").add(v.sector().name()))),
        "both", candidate("both", elsewhere.andThen(c -> {
          c.putArray("desiredOccupations").add(v.occupationId());
          c.putArray("desiredSectors").add(v.sector().name());
        })));
    Map<String, Double> approx = approximate(v, cs.values(), false);
    Map<String, Double> exact = exact(v, cs);
    assertEquals(exact.get("occ") - exact.get("else"), approx.get("occ") - approx.get("else"), 1e-5);
    assertEquals(exact.get("sector") - exact.get("else"), approx.get("sector") - approx.get("else"), 1e-5);
    assertEquals(approx.get("occ"), approx.get("both"), 1e-6, "the best clause, not the sum");
    assertEquals(exact.get("occ"), exact.get("both"), 1e-9);
  }

  /**
   * Where the travel rule's limit is the scoring ceiling (the defaults: 90 minutes one way), the
   * recheck's clause and the travel-time clause are one query, which the pass over the selection
   * adds once, required and scored, so the travel time is computed once per record.
   */
  @Test
  void theTravelRuleAndTheTravelScoreAreOneClauseWhereTheyAreTheSameQuery() {
    RetrievalQuery q = queries(Taxonomy.builtIn()).forVacancy(scorer().prepare(SampleData.vacancy("vac-00001")));
    java.util.Set<org.apache.lucene.search.Query> scored = new java.util.HashSet<>();
    q.travelTime().clauses().forEach(c -> scored.add(c.query()));
    assertTrue(q.recheck().clauses().stream().anyMatch(c -> c.occur() == Occur.FILTER && scored.contains(c.query())),
        q.toString());
  }

  /**
   * A skill someone has both as a claim and from a past occupation counts once, as the exact scorer
   * takes the best credit: the index holds the implied skill as a skill, so the selecting content
   * needs no occupation clause that would add to the claim. With an index built with another
   * taxonomy, the occupation stands in for the skill.
   */
  @Test
  void aSkillFromAPastJobCountsOnceLikeTheExactScore() {
    Vacancy v = SampleData.vacancy("vac-00001");
    Taxonomy taxonomy = Taxonomy.builtIn();
    String required = v.requiredSkills().get(0).skillId();
    String occupation = taxonomy.occupationsWithSkill(required).stream()
        .filter(o -> o.essentialSkills().contains(required)).findFirst().orElseThrow().id();
    Consumer<ObjectNode> bare = c -> {
      c.putArray("skills");
      c.putArray("experience");
    };
    Consumer<ObjectNode> claim = c -> c.withArray("skills").addObject()
        .put("skillId", required).put("level", Fields.IMPLIED_SKILL_LEVEL).put("source", "EXPERIENCE").put("lastUsedYear", 2026);
    Consumer<ObjectNode> job = c -> c.withArray("experience").addObject()
        .put("occupationId", occupation).put("years", 2.0).put("lastYear", 2026);
    Map<String, Candidate> cs = Map.of(
        "bare", candidate("bare", bare),
        "job", candidate("job", bare.andThen(job)),
        "both", candidate("both", bare.andThen(job).andThen(claim)));
    Map<String, Double> exact = exact(v, cs);
    assertEquals(exact.get("job"), exact.get("both"), 1e-9, "the claim adds nothing to the skill implied by the job");
    Map<String, Double> approx = approximate(v, cs.values(), true);
    assertTrue(approx.get("job") > approx.get("bare") + 0.05, "the implied skills count: " + approx);
    assertEquals(approx.get("job"), approx.get("both"), 1e-6, "the best credit, not the sum");

    Taxonomy none = Taxonomy.load(new java.io.ByteArrayInputStream("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Map<String, Double> viaOccupation = approximate(v, cs.values(), true, none);
    assertTrue(viaOccupation.get("job") > viaOccupation.get("bare") + 0.05,
        "without implied skills in the index the occupation counts: " + viaOccupation);
  }

  @Test
  void recordedScheduleAvailabilityMovesLikeTheHoursScore() {
    Vacancy v = vacancy("vac-00001", n -> ((ObjectNode) n.get("schedule")).put("nights", true));
    Consumer<ObjectNode> fits = c -> {
      ObjectNode a = c.putObject("availability");
      a.put("maxHours", 40);
      a.put("shifts", true);
      a.put("weekends", true);
    };
    Map<String, Candidate> cs = Map.of(
        "yes", candidate("yes", fits.andThen(c -> ((ObjectNode) c.get("availability")).put("nights", true))),
        "unknown", candidate("unknown", fits));
    Map<String, Double> approx = approximate(v, cs.values(), false);
    Map<String, Double> exact = exact(v, cs);
    double gain = exact.get("yes") - exact.get("unknown");
    assertTrue(gain > 0.03, "the exact hours score counts a recorded yes: " + gain);
    assertEquals(gain, approx.get("yes") - approx.get("unknown"), 1e-5);
  }

  @Test
  void jobReadyPeopleOnAnUnpaidPlaceAreApproximatedAsTheBoostScoresThem() {
    Vacancy unpaid = vacancy("vac-00001", n -> n.put("kind", "WERKERVARINGSPLAATS"));
    Vacancy paid = SampleData.vacancy("vac-00001");
    Map<String, Candidate> cs = Map.of(
        "ready", candidate("ready", c -> ((ObjectNode) c.get("participation")).put("jobReady", true)),
        "notReady", candidate("notReady", c -> ((ObjectNode) c.get("participation")).put("jobReady", false)));
    Map<String, Double> exact = exact(unpaid, cs);
    Map<String, Double> approx = approximate(unpaid, cs.values(), false);
    assertTrue(exact.get("notReady") > exact.get("ready"), "the boost puts paid work first for job-ready people");
    double factor = PROFILE.boosts().get(0).factor();
    assertEquals((1 - factor) * RetrievalQueries.SHORTLIST_TOTAL, approx.get("notReady") - approx.get("ready"), 1e-5);
    Map<String, Double> onPaid = approximate(paid, cs.values(), false);
    assertEquals(onPaid.get("ready"), onPaid.get("notReady"), 1e-6, "no boost on a paid vacancy");
  }

  @Test
  void nearnessDropsLikeTheTravelScoreBetweenItsCalibrationDistances() {
    // without a car (modes not recorded: bike and public transport assumed)
    assertNearnessDrop(c -> c.remove("travel"), RetrievalQueries.NEAR_KM, RetrievalQueries.FAR_KM);
    // by car
    assertNearnessDrop(c -> c.putObject("travel").putArray("modes").add("CAR"), RetrievalQueries.NEAR_KM_BY_CAR,
        RetrievalQueries.FAR_KM_BY_CAR);
  }

  /**
   * Two people alike but for a home {@code nearKm} and {@code farKm} due north of the workplace: the
   * selecting content drops between them by what the weighted exact travel score drops.
   */
  private static void assertNearnessDrop(Consumer<ObjectNode> travel, double nearKm, double farKm) {
    Vacancy v = SampleData.vacancy("vac-00001");
    double lat = v.location().lat();
    double lon = v.location().lon();
    Map<String, Candidate> cs = Map.of(
        "near", candidate("near", travel.andThen(c -> home(c, lat + nearKm / 111.195, lon))),
        "far", candidate("far", travel.andThen(c -> home(c, lat + farKm / 111.195, lon))));
    Map<String, Double> content = approximate(v, cs.values(), true);
    Scorer scorer = scorer();
    PreparedVacancy pv = scorer.prepare(v);
    double travelNear = scorer.score(pv, scorer.prepare(cs.get("near"))).category(Category.TRAVEL).score();
    double travelFar = scorer.score(pv, scorer.prepare(cs.get("far"))).category(Category.TRAVEL).score();
    double expected = PROFILE.weight(Category.TRAVEL) * (travelNear - travelFar);
    assertTrue(expected > 0.05, "the calibration distances lie on the slope of the travel decay: " + expected);
    // the exact scorer rounds minutes up and the index quantises coordinates
    assertEquals(expected, content.get("near") - content.get("far"), 0.005, "drop from " + nearKm + " to " + farKm + " km");
  }

  // ---------------------------------------------------------------- helpers

  @Test
  void levelsAreReadFromOnePackedDocValueAndMoveLikeTheExactScore() {
    Vacancy v = vacancy("vac-00001", n -> {
      ObjectNode d = n.putObject("demands");
      d.put("pace", 4);
      d.put("accuracy", 3);
      ObjectNode o = n.putObject("offer");
      o.put("structure", 2);
      o.put("setbackTolerance", 3);
      n.put("minHours", 24);
      n.put("minEducation", "MBO_2");
      n.put("dutchLevel", "B1");
    });
    Consumer<ObjectNode> base = c -> {
      ObjectNode wp = c.putObject("workProfile");
      wp.put("pace", 4);
      wp.put("accuracy", 5);
      wp.put("needForStructure", 2);
      wp.put("stressTolerance", 4);
      ((ObjectNode) c.get("availability")).put("maxHours", 32);
      ((ObjectNode) c.get("education")).put("highestLevel", "MBO_2");
      c.putArray("languages").addObject().put("language", "nl").put("level", "B1");
    };
    Map<String, Candidate> cs = Map.of(
        "meets", candidate("meets", base),
        "paceShort", candidate("paceShort", base.andThen(c -> ((ObjectNode) c.get("workProfile")).put("pace", 2))),
        "paceUnknown", candidate("paceUnknown", base.andThen(c -> ((ObjectNode) c.get("workProfile")).remove("pace"))),
        "needsMore", candidate("needsMore",
            base.andThen(c -> ((ObjectNode) c.get("workProfile")).put("needForStructure", 5))),
        "noProfile", candidate("noProfile", base.andThen(c -> c.remove("workProfile"))),
        "setbackShort", candidate("setbackShort",
            base.andThen(c -> ((ObjectNode) c.get("workProfile")).put("stressTolerance", 1))),
        "hoursShort", candidate("hoursShort", base.andThen(c -> ((ObjectNode) c.get("availability")).put("maxHours", 16))),
        "educationShort", candidate("educationShort",
            base.andThen(c -> ((ObjectNode) c.get("education")).put("highestLevel", "MBO_1"))),
        "dutchShort", candidate("dutchShort",
            base.andThen(c -> c.putArray("languages").addObject().put("language", "nl").put("level", "A2"))));
    Map<String, Double> approx = approximate(v, cs.values(), false);
    Map<String, Double> exact = exact(v, cs);
    // education and Dutch level: moved exactly as the exact score moves (vac-00001 asks no
    // certificates, startkwalificatie or other languages, so each is its whole category)
    for (String other : List.of("educationShort", "dutchShort")) {
      assertEquals(exact.get("meets") - exact.get(other), approx.get("meets") - approx.get(other), 1e-5, other);
    }
    // hours: a step at the vacancy's minimum (the exact score falls more or less with the shortfall)
    assertEquals(0.6 * PROFILE.weight(Category.HOURS), approx.get("meets") - approx.get("hoursShort"), 1e-5, "hours");
    // the work profile: moved exactly as the exact soft score moves (half the mean of the fits,
    // half the worst), recorded or not
    for (String other : List.of("paceShort", "needsMore", "paceUnknown", "noProfile", "setbackShort")) {
      assertEquals(exact.get("meets") - exact.get(other), approx.get("meets") - approx.get(other), 1e-5, other);
    }
    for (String other : List.of("paceShort", "needsMore", "paceUnknown", "noProfile", "setbackShort", "hoursShort",
        "educationShort", "dutchShort")) {
      assertTrue(exact.get("meets") > exact.get(other), other + " scores lower in the exact score too");
    }
  }

  /**
   * Candidate to vacancies: what a vacancy states (work-profile demands and offer, hours and
   * schedule, education, Dutch level, loonkostensubsidie, an unpaid place) moves the approximation
   * of one person's vacancies as it moves the exact score; the packed value holds no certificate or
   * other language by name, so those are left out here.
   */
  @Test
  void whatAVacancyStatesMovesItsApproximationLikeTheExactScore() {
    Candidate c = candidate("person", n -> {
      ObjectNode wp = n.putObject("workProfile");
      wp.put("pace", 3);
      wp.put("accuracy", 4);
      wp.put("needForStructure", 4);
      wp.put("stressTolerance", 2);
      ObjectNode a = n.putObject("availability");
      a.put("maxHours", 24);
      a.put("minHours", 16);
      a.put("shifts", false);
      ((ObjectNode) n.get("education")).put("highestLevel", "MBO_1");
      ((ObjectNode) n.get("education")).put("startkwalificatie", false);
      n.putArray("languages").addObject().put("language", "nl").put("level", "A2");
      n.putObject("loonwaarde").put("percentage", 60.0).put("assessedOn", "2026-06-01");
      ((ObjectNode) n.get("participation")).put("jobReady", true);
    });
    Consumer<ObjectNode> plain = v -> {
      v.remove("demands");
      v.remove("offer");
      v.remove("minHours");
      v.remove("maxHours");
      v.remove("schedule");
      v.remove("minEducation");
      v.remove("startkwalificatieRequired");
      v.remove("certificates");
      v.remove("dutchLevel");
      v.remove("languages");
      v.put("kind", "REGULAR");
    };
    Map<String, Vacancy> vs = new java.util.LinkedHashMap<>();
    vs.put("plain", vacancy("vac-00001", plain));
    vs.put("pace", vacancy("vac-00001", plain.andThen(v -> v.putObject("demands").put("pace", 5))));
    vs.put("demands", vacancy("vac-00001", plain.andThen(v -> v.putObject("demands").put("pace", 2).put("accuracy", 5))));
    vs.put("structure", vacancy("vac-00001", plain.andThen(v -> v.putObject("offer").put("structure", 2))));
    vs.put("setback", vacancy("vac-00001", plain.andThen(v -> v.putObject("offer").put("setbackTolerance", 1))));
    vs.put("hoursAbove", vacancy("vac-00001", plain.andThen(v -> v.put("minHours", 32))));
    vs.put("hoursBelow", vacancy("vac-00001", plain.andThen(v -> v.put("maxHours", 12))));
    vs.put("shifts", vacancy("vac-00001", plain.andThen(v -> v.putObject("schedule").put("shifts", true))));
    vs.put("nights", vacancy("vac-00001", plain.andThen(v -> v.putObject("schedule").put("nights", true))));
    vs.put("education", vacancy("vac-00001", plain.andThen(v -> v.put("minEducation", "MBO_3"))));
    vs.put("startkwalificatie", vacancy("vac-00001", plain.andThen(v -> v.put("startkwalificatieRequired", true))));
    vs.put("dutch", vacancy("vac-00001", plain.andThen(v -> v.put("dutchLevel", "B2"))));
    vs.put("lksNo", vacancy("vac-00001", plain.andThen(v -> v.putObject("offer").put("acceptsLoonkostensubsidie", false))));
    vs.put("lksYes", vacancy("vac-00001", plain.andThen(v -> v.putObject("offer").put("acceptsLoonkostensubsidie", true))));
    vs.put("unpaid", vacancy("vac-00001", plain.andThen(v -> v.put("kind", "WERKERVARINGSPLAATS"))));
    Map<String, Double> exact = new HashMap<>();
    Scorer scorer = scorer();
    PreparedCandidate pc = scorer.prepare(c);
    vs.forEach((id, v) -> exact.put(id, scorer.score(scorer.prepare(v), pc).total()));
    Map<String, Double> approx = approximateForCandidate(c, vs);
    for (String id : List.of("pace", "demands", "structure", "setback", "hoursAbove", "hoursBelow", "shifts", "nights",
        "education", "startkwalificatie", "dutch", "lksNo", "lksYes")) {
      double moved = exact.get(id) - exact.get("plain");
      assertTrue(Math.abs(moved) > 0.005, id + " moves the exact score: " + moved);
      // the loonwaarde's quality is taken as measured in another occupation
      assertEquals(moved, approx.get(id) - approx.get("plain"), id.startsWith("lks") ? 0.01 : 1e-5, id);
    }
    // an unpaid place needs no subsidy, and the boost that puts paid work first for job-ready people
    // is approximated at a shortlist total, as for vacancy to candidates
    double instrument = PROFILE.weight(Category.INSTRUMENT)
        * (scorer.score(scorer.prepare(vs.get("unpaid")), pc).category(Category.INSTRUMENT).score()
            - scorer.score(scorer.prepare(vs.get("plain")), pc).category(Category.INSTRUMENT).score());
    double boost = (PROFILE.boosts().get(0).factor() - 1) * RetrievalQueries.SHORTLIST_TOTAL;
    assertTrue(exact.get("unpaid") < exact.get("plain"), "paid work first");
    assertEquals(instrument + boost, approx.get("unpaid") - approx.get("plain"), 1e-5, "unpaid");
  }

  /**
   * A person's claim counts for every skill the exact scorer credits for it in a vacancy, not only
   * the strongest few: a claim in a group of skills credits each sibling.
   */
  @Test
  void aClaimCountsForEverySkillTheExactScoreCreditsItFor() {
    Taxonomy taxonomy = Taxonomy.builtIn();
    RetrievalQueries queries = queries(Taxonomy.builtIn());
    String claim = "sk.handgereedschap";
    List<RetrievalQueries.Substitute> all = queries.allSubstitutes(claim);
    assertTrue(all.size() > queries.substitutes(claim).size(), "more substitutes than the vacancy direction takes");
    RetrievalQueries.Substitute last = all.get(all.size() - 1);
    assertTrue(taxonomy.relation(claim, last.skillId()) != nl.werkmatch.taxonomy.SkillRelation.NONE);
    Candidate c = candidate("person", n -> {
      n.putArray("skills").addObject().put("skillId", claim).put("level", 3).put("source", "ASSESSED");
      n.putArray("experience");
    });
    Consumer<ObjectNode> requires = v -> {
      v.putArray("requiredSkills").addObject().put("skillId", last.skillId()).put("minLevel", 1);
      v.putArray("optionalSkills");
    };
    Map<String, Vacancy> vs = Map.of(
        "sibling", vacancy("vac-00001", requires),
        "other", vacancy("vac-00001", v -> {
          v.putArray("requiredSkills").addObject().put("skillId", "sk.ehbo").put("minLevel", 1);
          v.putArray("optionalSkills");
        }));
    Scorer scorer = scorer();
    PreparedCandidate pc = scorer.prepare(c);
    double credited = scorer.score(scorer.prepare(vs.get("sibling")), pc).category(Category.SKILLS).score();
    assertTrue(credited > 0.3, "the exact scorer credits the sibling: " + credited);
    Map<String, Double> approx = approximateForCandidate(c, vs);
    assertTrue(approx.get("sibling") > approx.get("other") + 0.1, "the approximation credits it too: " + approx);
  }

  private static RetrievalQueries queries(Taxonomy indexTaxonomy) {
    return new RetrievalQueries(Taxonomy.builtIn(), PROFILE,
        new RuleFilters(RuleSet.defaults(), TODAY, Audience.INTERNAL), TravelTimeEstimator.speedModel(),
        indexTaxonomy == Taxonomy.builtIn());
  }

  /** The approximate score (content + context + travel time, unfiltered) of each vacancy for {@code c}, by key. */
  private static Map<String, Double> approximateForCandidate(Candidate c, Map<String, Vacancy> vs) {
    RetrievalQuery q = queries(Taxonomy.builtIn()).forCandidate(scorer().prepare(c));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new MatchAllDocsQuery(), Occur.FILTER);
    q.content().clauses().forEach(b::add);
    q.context().clauses().forEach(b::add);
    q.travelTime().clauses().forEach(b::add);
    Map<String, String> keyById = new HashMap<>();
    try (MatchIndex index = MatchIndex.inMemory(Taxonomy.builtIn())) {
      int i = 0;
      for (Map.Entry<String, Vacancy> e : vs.entrySet()) {
        ObjectNode n = Json.mapper().valueToTree(e.getValue());
        String id = "vac-" + (++i);
        n.put("id", id);
        keyById.put(id, e.getKey());
        index.upsert(Json.mapper().convertValue(n, Vacancy.class));
      }
      index.commit();
      Map<String, Double> out = new HashMap<>();
      index.searchVacancies(searcher -> scoresById(searcher, b.build())).forEach((id, score) -> out.put(keyById.get(id), score));
      return out;
    }
  }

  private static Scorer scorer() {
    return new Scorer(PROFILE, Taxonomy.builtIn(), nl.werkmatch.geo.Gazetteer.builtIn(),
        TravelTimeEstimator.speedModel(), TODAY);
  }

  /** A sample candidate (cand-000001) with another id and {@code edit} applied to its JSON. */
  private static Candidate candidate(String id, Consumer<ObjectNode> edit) {
    ObjectNode n = Json.mapper().valueToTree(SampleData.candidate("cand-000001"));
    n.put("id", id);
    edit.accept(n);
    return Json.mapper().convertValue(n, Candidate.class);
  }

  private static Vacancy vacancy(String id, Consumer<ObjectNode> edit) {
    ObjectNode n = Json.mapper().valueToTree(SampleData.vacancy(id));
    edit.accept(n);
    return Json.mapper().convertValue(n, Vacancy.class);
  }

  private static void home(ObjectNode c, double lat, double lon) {
    ObjectNode h = c.putObject("home");
    h.put("lat", lat);
    h.put("lon", lon);
    h.put("country", "NL");
  }

  private static Map<String, Double> exact(Vacancy v, Map<String, Candidate> cs) {
    Scorer scorer = scorer();
    PreparedVacancy pv = scorer.prepare(v);
    Map<String, Double> out = new HashMap<>();
    cs.forEach((id, c) -> out.put(id, scorer.score(pv, scorer.prepare(c)).total()));
    return out;
  }

  /**
   * The approximate score of each candidate for {@code v}, unfiltered: content + context + travel
   * time, or the selecting content alone.
   */
  private static Map<String, Double> approximate(Vacancy v, java.util.Collection<Candidate> cs, boolean contentOnly) {
    return approximate(v, cs, contentOnly, Taxonomy.builtIn());
  }

  /** As above, with the candidate index built with {@code indexTaxonomy} (the queries use the built-in one). */
  private static Map<String, Double> approximate(Vacancy v, java.util.Collection<Candidate> cs, boolean contentOnly,
      Taxonomy indexTaxonomy) {
    RetrievalQuery q = queries(indexTaxonomy).forVacancy(scorer().prepare(v));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new MatchAllDocsQuery(), Occur.FILTER);
    q.content().clauses().forEach(b::add);
    if (!contentOnly) {
      q.context().clauses().forEach(b::add);
      q.travelTime().clauses().forEach(b::add);
    }
    try (MatchIndex index = MatchIndex.inMemory(indexTaxonomy)) {
      index.upsertCandidates(List.copyOf(cs));
      index.commit();
      return index.searchCandidates(searcher -> scoresById(searcher, b.build()));
    }
  }

  /** The score of every record {@code query} matches, by record id. */
  private static Map<String, Double> scoresById(org.apache.lucene.search.IndexSearcher searcher,
      org.apache.lucene.search.Query query) throws java.io.IOException {
    Map<String, Double> out = new HashMap<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (ScoreDoc sd : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.ID);
      ids.advanceExact(sd.doc - leaf.docBase);
      out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), (double) sd.score);
    }
    return out;
  }
}
