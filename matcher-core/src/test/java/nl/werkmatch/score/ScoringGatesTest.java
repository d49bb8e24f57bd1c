package nl.werkmatch.score;

import nl.werkmatch.match.Category;
import nl.werkmatch.match.CategoryScore;
import nl.werkmatch.match.GapCloser;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.TravelTimeEstimator;
import nl.werkmatch.match.Explanation;
import nl.werkmatch.retrieve.TravelTimeQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.geo.GeoPoint;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.TravelMode;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.taxonomy.Taxonomy;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.Test;

/**
 * The scoring gates of issue 22 item 2, pass and fail: the minimum skill fit (with its learning-place
 * and job-carving exceptions, and no effect on an unknown skill set) and the in-town trip between
 * two points resolved to one place centre, in the exact scorer and in the fast path's travel clause.
 */
class ScoringGatesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final MatchProfile PROFILE = MatchProfile.defaults();

  private static Scorer scorer(MatchProfile profile) {
    return new Scorer(profile, Taxonomy.builtIn(), Gazetteer.builtIn(), TravelTimeEstimator.speedModel(), TODAY);
  }

  /** A cook of 12 years in Almelo (the casebook's minimale-vakfit case), edited. */
  private static Candidate cook(Consumer<ObjectNode> edit) {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("id", "cook");
    n.putObject("home").put("postcode", "7604").put("municipality", "Almelo").put("country", "NL")
        .put("lat", 52.3567).put("lon", 6.6625);
    n.putObject("travel").putArray("modes").add("BIKE");
    n.putArray("desiredSectors").add("HORECA");
    var skills = n.putArray("skills");
    skills.addObject().put("skillId", "sk.koken-a-la-carte").put("level", 4).put("source", "EXPERIENCE");
    skills.addObject().put("skillId", "sk.eenvoudig-koken").put("level", 5).put("source", "EXPERIENCE");
    skills.addObject().put("skillId", "sk.haccp-hygiene").put("level", 4).put("source", "DIPLOMA");
    n.putArray("experience").addObject().put("occupationId", "occ.kok").put("years", 12.0).put("lastYear", 2025);
    n.putObject("education").put("highestLevel", "MBO_2").put("startkwalificatie", true);
    n.putArray("languages").addObject().put("language", "nl").put("level", "C2");
    n.putObject("availability").put("minHours", 24).put("maxHours", 40).put("shifts", true).put("nights", false)
        .put("weekends", true);
    edit.accept(n);
    return Json.mapper().convertValue(n, Candidate.class);
  }

  /** A software-tester vacancy next door that asks nothing but its skills, edited. */
  private static Vacancy tester(Consumer<ObjectNode> edit) {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("id", "tester");
    n.put("employer", "Proefwerkgever");
    n.put("sector", "ICT");
    n.put("occupationId", "occ.softwaretester");
    n.put("title", "Softwaretester");
    n.putObject("location").put("postcode", "7600").put("municipality", "Almelo").put("country", "NL")
        .put("lat", 52.3597).put("lon", 6.6645);
    n.put("kind", "REGULAR");
    var req = n.putArray("requiredSkills");
    req.addObject().put("skillId", "sk.software-testen").put("minLevel", 3);
    req.addObject().put("skillId", "sk.bevindingen-rapporteren").put("minLevel", 2);
    n.put("hourlyWage", 16.0);
    n.put("origin", "NEW_POSITION");
    edit.accept(n);
    return Json.mapper().convertValue(n, Vacancy.class);
  }

  private static final Consumer<ObjectNode> AS_IS = n -> { };

  @Test
  void aPairBelowTheMinimumSkillFitCannotReachTheMinimumScore() {
    MatchScore gated = scorer(PROFILE).score(tester(AS_IS), cook(AS_IS));
    MatchScore open = scorer(PROFILE.withMinSkillFit(0)).score(tester(AS_IS), cook(AS_IS));
    double skills = gated.category(Category.SKILLS).score();
    assertTrue(skills < PROFILE.minSkillFit(), "the cook's skill fit for software testing: " + skills);
    // without the gate the neutral and met shares alone carry the pair over the minimum: the defect
    assertTrue(open.total() >= PROFILE.minScore(), "without a minimum skill fit: " + open.total());
    assertTrue(gated.total() < PROFILE.minScore(), "with it: " + gated.total());
    assertTrue(gated.category(Category.SKILLS).evidence().stream().anyMatch(e -> e.en().contains("below the minimum")),
        gated.category(Category.SKILLS).evidence().toString());
    // the categories themselves are the same: only the total is held
    assertEquals(skills, open.category(Category.SKILLS).score(), 1e-12);
  }

  @Test
  void aPairAtOrAboveTheMinimumSkillFitIsNotTouched() {
    // the same cook for a kitchen job: his skills fit
    Vacancy kitchen = tester(n -> {
      n.put("sector", "HORECA");
      n.put("occupationId", "occ.kok");
      var req = n.putArray("requiredSkills");
      req.addObject().put("skillId", "sk.koken-a-la-carte").put("minLevel", 3);
    });
    MatchScore gated = scorer(PROFILE).score(kitchen, cook(AS_IS));
    MatchScore open = scorer(PROFILE.withMinSkillFit(0)).score(kitchen, cook(AS_IS));
    assertTrue(gated.category(Category.SKILLS).score() >= PROFILE.minSkillFit());
    assertEquals(open.total(), gated.total(), 1e-12);
    assertTrue(gated.total() >= PROFILE.minScore(), "a fitting pair reaches the minimum: " + gated.total());
  }

  @Test
  void learningPlacesAndJobCarvingAreExemptAndSaySo() {
    for (String kind : List.of("LEERWERKPLEK", "STAGE", "WERKERVARINGSPLAATS")) {
      Vacancy place = tester(n -> n.put("kind", kind));
      MatchScore gated = scorer(PROFILE).score(place, cook(AS_IS));
      MatchScore open = scorer(PROFILE.withMinSkillFit(0)).score(place, cook(AS_IS));
      assertEquals(open.total(), gated.total(), 1e-12, kind);
      assertTrue(gated.category(Category.SKILLS).evidence().stream().anyMatch(e -> e.en().contains("leerbaan exception")),
          kind + ": " + gated.category(Category.SKILLS).evidence());
    }
    Vacancy carving = tester(n -> n.putObject("offer").put("openToJobCarving", true));
    MatchScore gated = scorer(PROFILE).score(carving, cook(AS_IS));
    assertEquals(scorer(PROFILE.withMinSkillFit(0)).score(carving, cook(AS_IS)).total(), gated.total(), 1e-12);
    assertTrue(gated.category(Category.SKILLS).evidence().stream().anyMatch(e -> e.en().contains("jobcarving exception")),
        gated.category(Category.SKILLS).evidence().toString());
    // a paid place whose employer is not open to job carving is not exempt
    Vacancy closed = tester(n -> n.putObject("offer").put("openToJobCarving", false));
    assertTrue(scorer(PROFILE).score(closed, cook(AS_IS)).total() < PROFILE.minScore());
  }

  /**
   * A participation place asks no trade skill beforehand: a person's skills count from the neutral
   * value ({@link Scorer#participationSkills}), so the cook without any testing skill scores the
   * neutral share, not zero, is above the minimum skill fit, and the evidence says why; a person
   * who has the listed skills still scores higher. A proefplaatsing (a try-out for a paid job) is
   * scored and gated as before.
   */
  @Test
  void unpaidParticipationPlacesCountSkillsFromNeutralAndSaySo() {
    double neutral = PROFILE.missingNeutral();
    double regularFit = scorer(PROFILE).score(tester(AS_IS), cook(AS_IS)).category(Category.SKILLS).score();
    Candidate tester = cook(n -> {
      var skills = n.putArray("skills");
      skills.addObject().put("skillId", "sk.software-testen").put("level", 4).put("source", "EXPERIENCE");
      skills.addObject().put("skillId", "sk.bevindingen-rapporteren").put("level", 4).put("source", "EXPERIENCE");
    });
    for (String kind : List.of("PARTICIPATIEPLAATS", "VRIJWILLIGERSWERK")) {
      Vacancy place = tester(n -> {
        n.put("kind", kind);
        n.remove("hourlyWage");
      });
      CategoryScore skills = scorer(PROFILE).score(place, cook(AS_IS)).category(Category.SKILLS);
      assertEquals(Scorer.participationSkills(regularFit, neutral), skills.score(), 1e-12, kind);
      assertTrue(skills.score() >= neutral && skills.score() >= PROFILE.minSkillFit(), kind + ": " + skills.score());
      assertTrue(skills.evidence().stream().anyMatch(e -> e.en().contains("skills count from neutral")
          && e.nl().contains("vaardigheden tellen vanaf neutraal")), kind + ": " + skills.evidence());
      assertTrue(scorer(PROFILE).score(place, tester).category(Category.SKILLS).score() > skills.score(),
          kind + ": the listed skills still count");
    }
    assertEquals(neutral, Scorer.participationSkills(0, neutral), 1e-12);
    assertEquals(1, Scorer.participationSkills(1, neutral), 1e-12);
    // a proefplaatsing is a try-out for a paid job: not exempt
    Vacancy proef = tester(n -> n.put("kind", "PROEFPLAATSING"));
    assertEquals(regularFit, scorer(PROFILE).score(proef, cook(AS_IS)).category(Category.SKILLS).score(), 1e-12);
    assertTrue(scorer(PROFILE).score(proef, cook(AS_IS)).total() < PROFILE.minScore());
  }

  /** A kitchen job in Gronau asking German at {@code level}. */
  private static Vacancy germanKitchen(String level) {
    return tester(n -> {
      n.put("sector", "HORECA");
      n.put("occupationId", "occ.kok");
      n.putArray("requiredSkills").addObject().put("skillId", "sk.koken-a-la-carte").put("minLevel", 3);
      n.putArray("languages").addObject().put("language", "de").put("level", level);
      n.putObject("location").put("postcode", "48599").put("municipality", "Gronau (Westf.)").put("country", "DE")
          .put("lat", 52.2147).put("lon", 7.0256);
    });
  }

  @Test
  void aRequiredForeignLanguageThePersonLacksHoldsTheTotalBelowTheMinimum() {
    Vacancy job = germanKitchen("B1");
    MatchScore none = scorer(PROFILE).score(job, cook(AS_IS)); // Dutch only on record
    assertTrue(none.total() < PROFILE.minScore(), "no German for German B1: " + none.total());
    assertTrue(none.category(Category.LANGUAGE).evidence().stream()
        .anyMatch(e -> e.nl().contains("taaleis de B1 niet gehaald")), none.category(Category.LANGUAGE).evidence().toString());
    // two steps short (A1 for B1) is unmet; one step short (A2) is scored, not held
    MatchScore a1 = scorer(PROFILE).score(job, cook(n -> n.withArray("languages").addObject().put("language", "de")
        .put("level", "A1")));
    assertTrue(a1.total() < PROFILE.minScore(), "German A1 for B1: " + a1.total());
    MatchScore a2 = scorer(PROFILE).score(job, cook(n -> n.withArray("languages").addObject().put("language", "de")
        .put("level", "A2")));
    assertTrue(a2.total() >= PROFILE.minScore(), "German A2 for B1: " + a2.total());
    // spoken at a level not on record, or languages not recorded at all: no known gap
    MatchScore noLevel = scorer(PROFILE).score(job, cook(n -> n.withArray("languages").addObject().put("language", "de")));
    assertTrue(noLevel.total() >= PROFILE.minScore(), "German, level unknown: " + noLevel.total());
    MatchScore unrecorded = scorer(PROFILE).score(job, cook(n -> n.remove("languages")));
    assertTrue(unrecorded.total() >= PROFILE.minScore(), "languages not recorded: " + unrecorded.total());
    // the same demand by a job in the Netherlands is scored, not held
    Vacancy home = tester(n -> {
      n.put("sector", "HORECA");
      n.put("occupationId", "occ.kok");
      n.putArray("requiredSkills").addObject().put("skillId", "sk.koken-a-la-carte").put("minLevel", 3);
      n.putArray("languages").addObject().put("language", "de").put("level", "B1");
    });
    assertTrue(scorer(PROFILE).score(home, cook(AS_IS)).category(Category.LANGUAGE).evidence().stream()
        .noneMatch(e -> e.nl().contains("niet gehaald")));
    // Dutch is left to its score and gap closer
    Vacancy dutchB2 = tester(n -> {
      n.put("sector", "HORECA");
      n.put("occupationId", "occ.kok");
      n.putArray("requiredSkills").addObject().put("skillId", "sk.koken-a-la-carte").put("minLevel", 3);
      n.put("dutchLevel", "B2");
    });
    MatchScore dutchA1 = scorer(PROFILE).score(dutchB2, cook(n -> {
      n.putArray("languages").addObject().put("language", "nl").put("level", "A1");
    }));
    assertTrue(dutchA1.category(Category.LANGUAGE).evidence().stream().noneMatch(e -> e.nl().contains("niet gehaald")),
        dutchA1.category(Category.LANGUAGE).evidence().toString());
  }

  @Test
  void anUnknownSkillSetIsNotAZeroSkillFit() {
    Consumer<ObjectNode> sparse = n -> {
      n.remove("skills");
      n.remove("experience");
    };
    Consumer<ObjectNode> noExperience = n -> {
      n.remove("skills");
      n.putArray("experience");
    };
    for (Consumer<ObjectNode> edit : List.of(sparse, noExperience)) {
      Candidate c = cook(edit);
      MatchScore gated = scorer(PROFILE).score(tester(AS_IS), c);
      MatchScore open = scorer(PROFILE.withMinSkillFit(0)).score(tester(AS_IS), c);
      assertEquals(open.total(), gated.total(), 1e-12, "nothing recorded is not held back");
      assertFalse(gated.category(Category.SKILLS).evidence().stream().anyMatch(e -> e.en().contains("below the minimum")));
    }
  }

  @Test
  void theHeldTotalKeepsSomeFitAboveNone() {
    double min = PROFILE.minScore();
    double fit = PROFILE.minSkillFit();
    assertTrue(Scorer.skillFitCap(0.9, 0.2, fit, min) < min);
    assertTrue(Scorer.skillFitCap(0.9, 0.2, fit, min) > Scorer.skillFitCap(0.9, 0.0, fit, min));
    assertEquals(0.3, Scorer.skillFitCap(0.3, 0.2, fit, min), 1e-12, "a total already lower stays");
    assertEquals(0.9, Scorer.skillFitCap(0.9, 0.0, fit, 0), 1e-12, "no minimum score: nothing to hold below");
  }

  @Test
  void aProfileThatSetsNoMinimumSkillFitHasNone() {
    String json = PROFILE.toJson().replaceAll("\"minSkillFit\" : [0-9.]+,", "");
    assertFalse(json.contains("minSkillFit"));
    MatchProfile read = MatchProfile.read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "p");
    assertEquals(0, read.minSkillFit());
    assertEquals(0.2, PROFILE.minSkillFit(), "the default profile's");
    String bad = PROFILE.toJson().replaceAll("\"minSkillFit\" : [0-9.]+", "\"minSkillFit\" : 1.5");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> MatchProfile.read(new java.io.ByteArrayInputStream(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "p.json"));
    assertTrue(e.getMessage().contains("minSkillFit"), e.getMessage());
  }

  // ---------------------------------------------------------------- travel inside one place

  /** A person and a vacancy in Tubbergen known by postcode only: both resolve to the place centre. */
  private static Candidate tubbergenPerson(String mode) {
    return cook(n -> {
      n.putObject("home").put("postcode", "7651").put("municipality", "Tubbergen").put("country", "NL");
      n.putObject("travel").putArray("modes").add(mode);
    });
  }

  private static Vacancy tubbergenVacancy() {
    return tester(n -> n.putObject("location").put("postcode", "7651").put("municipality", "Tubbergen").put("country", "NL"));
  }

  @Test
  void twoPointsOfOnePlaceCentreAreATypicalInTownTripApart() {
    Scorer scorer = scorer(PROFILE);
    for (String mode : List.of("BIKE", "WALK", "CAR")) {
      MatchScore s = scorer.score(tubbergenVacancy(), tubbergenPerson(mode));
      GeoPoint centre = scorer.prepare(tubbergenVacancy()).location;
      assertNotNull(centre);
      double expected = TravelTimeEstimator.speedModel().minutes(centre,
          new GeoPoint(centre.lat() + Scorer.IN_TOWN_KM / 111.195, centre.lon()), TravelMode.valueOf(mode));
      assertEquals((int) Math.ceil(expected - 1e-9), s.travel().minutes(), mode);
      assertTrue(s.travel().minutes() >= 3, mode + ": " + s.travel());
      assertTrue(s.category(Category.TRAVEL).evidence().stream().anyMatch(e -> e.en().contains("one place centre")),
          s.category(Category.TRAVEL).evidence().toString());
    }
    // two different points keep the estimator's time, however close
    GeoPoint a = new GeoPoint(52.40, 6.78);
    GeoPoint b = new GeoPoint(52.40 + 0.2 / 111.195, 6.78);
    assertEquals(TravelTimeEstimator.speedModel().minutes(a, b, TravelMode.BIKE),
        Scorer.tripMinutes(TravelTimeEstimator.speedModel(), a, b, TravelMode.BIKE), 1e-12);
    assertFalse(scorer.score(tester(AS_IS), cook(AS_IS)).category(Category.TRAVEL).evidence().stream()
        .anyMatch(e -> e.en().contains("one place centre")));
  }

  @Test
  void theFastPathsTravelClauseTakesTheSameInTownTrip() throws Exception {
    // on foot 1.5 km is past the travel decay's free 10 minutes, so the score shows the trip
    Candidate walker = tubbergenPerson("WALK");
    Vacancy v = tubbergenVacancy();
    try (MatchIndex index = MatchIndex.inMemory()) {
      index.upsert(walker);
      index.commit();
      Scorer exact = scorer(PROFILE);
      MatchScore s = exact.score(v, walker);
      double travelScore = s.category(Category.TRAVEL).score();
      assertTrue(travelScore < 1, "an in-town walk costs travel score: " + s.travel());
      TravelTimeQuery q = TravelTimeQuery.toWorkplace(exact.prepare(v).location, PROFILE.travelCeilingMinutesOneWay(),
          TravelTimeEstimator.speedModel(), PROFILE.travelDecay());
      float[] seen = {Float.NaN};
      index.searchCandidates(searcher -> {
        Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          org.apache.lucene.search.Scorer sc = w.scorer(leaf);
          if (sc != null && sc.iterator().nextDoc() != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
            seen[0] = sc.score();
          }
        }
        return null;
      });
      assertEquals(travelScore, seen[0], 1e-5, "the travel clause scores the exact travel score");
    }
  }

  // ---------------------------------------------------------------- gap closers with preconditions

  /** A parcel sorter in Hengelo (the casebook's gap-closer case) with {@code licences} (null: not recorded). */
  private static Candidate sorter(List<String> licences) {
    return cook(n -> {
      ObjectNode travel = n.putObject("travel");
      travel.putArray("modes").add("BIKE");
      if (licences != null) {
        var l = travel.putArray("drivingLicences");
        licences.forEach(l::add);
      }
      var skills = n.putArray("skills");
      skills.addObject().put("skillId", "sk.pakketten-sorteren").put("level", 4).put("source", "EXPERIENCE");
      skills.addObject().put("skillId", "sk.scannen-handscanner").put("level", 4).put("source", "EXPERIENCE");
      skills.addObject().put("skillId", "sk.pakketten-bezorgen").put("level", 2).put("source", "SELF_REPORTED");
      n.putArray("experience").addObject().put("occupationId", "occ.pakketsorteerder").put("years", 2.0)
          .put("lastYear", 2026);
      n.putArray("certificates");
    });
  }

  private static Vacancy delivery(Consumer<ObjectNode> edit) {
    return tester(n -> {
      n.put("sector", "LOGISTIEK");
      n.put("occupationId", "occ.pakketbezorger");
      var req = n.putArray("requiredSkills");
      req.addObject().put("skillId", "sk.pakketten-bezorgen").put("minLevel", 2);
      req.addObject().put("skillId", "sk.bestelbus-rijden").put("minLevel", 3);
      req.addObject().put("skillId", "sk.scannen-handscanner").put("minLevel", 2);
      edit.accept(n);
    });
  }

  private static List<GapCloser> closers(Vacancy v, Candidate c) {
    try (MatchIndex index = MatchIndex.inMemory()) {
      return Matcher.builder(index).today(TODAY).build().explain(v, c).gapClosers();
    }
  }

  @Test
  void aDrivingTrainingIsProposedOnlyToSomeoneWithTheLicence() {
    Vacancy v = delivery(n -> { });
    assertTrue(closers(v, sorter(List.of())).stream().noneMatch(g -> g.subject().equals("sk.bestelbus-rijden")),
        "no licence: " + closers(v, sorter(List.of())));
    List<GapCloser> withLicence = closers(v, sorter(List.of("B")));
    assertTrue(withLicence.stream().anyMatch(g -> g.subject().equals("sk.bestelbus-rijden")
        && g.description().en().equals("short training: Bestelbus rijden")), withLicence.toString());
    // a licence that includes B
    assertTrue(closers(v, sorter(List.of("CE"))).stream().anyMatch(g -> g.subject().equals("sk.bestelbus-rijden")));
    // licences not recorded: proposed, naming what it needs
    List<GapCloser> unknown = closers(v, sorter(null));
    assertTrue(unknown.stream().anyMatch(g -> g.subject().equals("sk.bestelbus-rijden")
        && g.description().en().contains("(needs driving licence B)")
        && g.description().nl().contains("(vereist rijbewijs B)")), unknown.toString());
  }

  @Test
  void aCertificateIsProposedOnlyToSomeoneWhoMeetsItsPrerequisite() {
    Vacancy truck = delivery(n -> {
      n.put("occupationId", "occ.vrachtwagenchauffeur");
      n.putArray("requiredSkills").addObject().put("skillId", "sk.pakketten-bezorgen").put("minLevel", 2);
      n.putArray("certificates").addObject().put("certificate", "CODE_95").put("obtainableOnJob", false);
    });
    assertTrue(closers(truck, sorter(List.of("B"))).stream().noneMatch(g -> g.subject().equals("CODE_95")),
        "Code 95 without a C or D licence: " + closers(truck, sorter(List.of("B"))));
    assertTrue(closers(truck, sorter(List.of("C"))).stream()
        .anyMatch(g -> g.kind() == GapCloser.Kind.OBTAIN_CERTIFICATE && g.subject().equals("CODE_95")));
    // a certificate without preconditions is proposed as before
    Vacancy vca = delivery(n -> n.putArray("certificates").addObject().put("certificate", "VCA_BASIS"));
    assertTrue(closers(vca, sorter(List.of())).stream().anyMatch(g -> g.subject().equals("VCA_BASIS")));
  }

  // ---------------------------------------------------------------- demands from the occupation

  /** A person with LIMITED_CUSTOMER_CONTACT and a recorded customer contact of 1. */
  private static Candidate limited() {
    return cook(n -> {
      n.putArray("limitations").add("LIMITED_CUSTOMER_CONTACT");
      n.putObject("workProfile").put("customerContact", 1).put("stressTolerance", 2);
      var skills = n.putArray("skills");
      skills.addObject().put("skillId", "sk.receptiewerk").put("level", 2).put("source", "SELF_REPORTED");
      skills.addObject().put("skillId", "sk.telefoon-aannemen").put("level", 2).put("source", "SELF_REPORTED");
    });
  }

  private static Vacancy reception(Consumer<ObjectNode> edit) {
    return tester(n -> {
      n.put("sector", "ADMINISTRATIE");
      n.put("occupationId", "occ.receptionist");
      var req = n.putArray("requiredSkills");
      req.addObject().put("skillId", "sk.receptiewerk").put("minLevel", 2);
      req.addObject().put("skillId", "sk.telefoon-aannemen").put("minLevel", 2);
      edit.accept(n);
    });
  }

  @Test
  void aDemandTheVacancyDoesNotRecordIsTakenFromItsOccupationAndMarkedInferred() {
    try (MatchIndex index = MatchIndex.inMemory()) {
      Matcher m = Matcher.builder(index).today(TODAY).build();
      Explanation unrecorded = m.explain(reception(n -> { }), limited());
      assertFalse(unrecorded.eligible(), "the receptionist's typical customer contact meets the limitation");
      assertTrue(unrecorded.failures().stream().anyMatch(f -> f.ruleId().equals("limitations.customer-contact")),
          unrecorded.failures().toString());
      CategoryScore soft = unrecorded.score().category(Category.SOFT);
      assertTrue(soft.evidence().get(0).en().startsWith("inferred from occupation Receptionist"), soft.evidence().toString());
      assertTrue(soft.evidence().get(0).en().contains("customerContact 5"), soft.evidence().toString());
      // the same demand recorded scores the same but with full confidence
      Explanation recorded = m.explain(reception(n -> n.putObject("demands").put("customerContact", 5)), limited());
      CategoryScore softRecorded = recorded.score().category(Category.SOFT);
      assertEquals(softRecorded.score(), soft.score(), 1e-12);
      assertEquals(1.0, softRecorded.confidence(), 1e-12);
      assertEquals(Scorer.INFERRED_DEMAND_CONFIDENCE, soft.confidence(), 1e-12);
      // a recorded value wins over the occupation's
      Explanation low = m.explain(reception(n -> n.putObject("demands").put("customerContact", 2)), limited());
      assertTrue(low.eligible(), low.failures().toString());
      assertFalse(low.score().category(Category.SOFT).evidence().stream().anyMatch(e -> e.en().startsWith("inferred")));
      // an occupation without typical demands adds none
      assertFalse(m.explain(tester(AS_IS), limited()).score().category(Category.SOFT).evidence().stream()
          .anyMatch(e -> e.en().startsWith("inferred")));
    }
  }

  @Test
  void theFastPathFromTheVacancyLeavesOutWhoTheInferredDemandExcludes() {
    Vacancy v = reception(n -> { });
    try (MatchIndex index = MatchIndex.inMemory()) {
      index.upsert(limited());
      index.upsert(cook(n -> n.put("id", "able")));
      index.commit();
      Matcher m = Matcher.builder(index).today(TODAY).profile(PROFILE.withMinSkillFit(0)).build();
      MatchResult exhaustive = m.candidatesFor(v, Matcher.Mode.EXHAUSTIVE);
      assertEquals(Integer.valueOf(1), exhaustive.excludedByRule().get("limitations.customer-contact"),
          exhaustive.excludedByRule().toString());
      // the fast path's filters are derived from the vacancy as scored, so they drop her before rescoring
      MatchResult fast = m.candidatesFor(v, Matcher.Mode.FAST);
      assertTrue(fast.matches().stream().noneMatch(x -> x.score().candidateId().equals("cook")), fast.toString());
      assertEquals(1, fast.considered(), "only the able person is read: " + fast);
    }
  }

  // ---------------------------------------------------------------- a skill set not recorded

  @Test
  void noSkillsAndNoPastOccupationIsASkillSetNotRecordedInTheScoreAndTheIndex() throws Exception {
    Consumer<ObjectNode> noExperience = n -> {
      n.remove("skills");
      n.put("id", "none");
      n.putArray("experience");
    };
    Consumer<ObjectNode> emptySkills = n -> {
      n.putArray("skills");
      n.put("id", "empty");
      n.putArray("experience").addObject().put("title", "vakantiewerk").put("years", 0.5);
    };
    Scorer scorer = scorer(PROFILE);
    for (Consumer<ObjectNode> edit : List.of(noExperience, emptySkills)) {
      CategoryScore skills = scorer.score(tester(AS_IS), cook(edit)).category(Category.SKILLS);
      assertEquals(PROFILE.missingNeutral(), skills.score(), 1e-12, "unknown, not zero: " + skills);
      assertEquals(0, skills.confidence(), 1e-12);
    }
    // 'no work experience' recorded still scores as such in its own category
    assertEquals(0.4, scorer.score(tester(AS_IS), cook(noExperience)).category(Category.EXPERIENCE).score(), 1e-12);
    // a person with one past occupation has a skill set
    assertEquals(1, scorer.score(tester(AS_IS), cook(n -> n.remove("skills"))).category(Category.SKILLS).confidence(), 1e-12);
    // the index says the same, so the fast path gives them the neutral skills share
    try (MatchIndex index = MatchIndex.inMemory()) {
      index.upsert(cook(noExperience));
      index.upsert(cook(emptySkills));
      index.upsert(cook(n -> n.put("id", "skilled")));
      index.commit();
      List<String> unknown = new java.util.ArrayList<>();
      index.searchCandidates(searcher -> {
        for (org.apache.lucene.search.ScoreDoc sd : searcher.search(new org.apache.lucene.search.TermQuery(
            new org.apache.lucene.index.Term(nl.werkmatch.index.Fields.SKILLS_KNOWN, "0")), 10).scoreDocs) {
          unknown.add(nl.werkmatch.index.RecordCodec.decodeCandidate(searcher, sd.doc).id());
        }
        return null;
      });
      java.util.Collections.sort(unknown);
      assertEquals(List.of("empty", "none"), unknown);
    }
  }
}
