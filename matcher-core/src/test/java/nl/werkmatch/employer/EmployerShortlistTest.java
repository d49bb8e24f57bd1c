package nl.werkmatch.employer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.io.Json;
import nl.werkmatch.match.Category;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.EducationLevel;
import nl.werkmatch.model.FunctionalLimitation;
import nl.werkmatch.model.Loonwaarde;
import nl.werkmatch.model.TargetGroup;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.WorkExperience;
import nl.werkmatch.rules.Audience;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leaks of issue 23, each tried as an attacker would, over the first sample vacancies: consent
 * whatever matcher made the list, reversible pseudonyms, a recomputable instrument score, proxies in
 * allowed fields, internal ids. Each test fails on the old EmployerView.
 */
class EmployerShortlistTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final int VACANCIES = 40;
  static List<Candidate> candidates;
  static List<Vacancy> vacancies;
  static Map<String, Candidate> byId = new HashMap<>();
  static MatchIndex index;
  static final PseudonymKey KEY = PseudonymKey.of("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
  static final EmployerPolicy POLICY = EmployerPolicy.of(KEY);

  @BeforeAll
  static void load() throws Exception {
    Path dir = Files.isDirectory(Path.of("sample-data")) ? Path.of("sample-data") : Path.of("../sample-data");
    candidates = read(dir.resolve("candidates.jsonl"), Candidate.class);
    vacancies = read(dir.resolve("vacancies.jsonl"), Vacancy.class).subList(0, VACANCIES);
    candidates.forEach(c -> byId.put(c.id(), c));
    index = MatchIndex.inMemory();
    index.upsertCandidates(candidates);
    index.upsertVacancies(vacancies);
    index.commit();
  }

  private static <T> List<T> read(Path f, Class<T> type) throws Exception {
    List<T> out = new ArrayList<>();
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(Json.mapper().readValue(line, type));
      }
    }
    return out;
  }

  private static Matcher matcher(Audience a) {
    return Matcher.builder(index).audience(a).today(TODAY).build();
  }

  /** Pseudonym -> candidate, as the municipality (holding the key) recomputes it. */
  private static Map<String, Candidate> resolver(Vacancy v) {
    Map<String, Candidate> m = new HashMap<>();
    for (Candidate c : candidates) {
      m.put(POLICY.pseudonyms().of(v, c.id()), c);
    }
    return m;
  }

  @Test
  void onlyConsentedPeopleWhateverMatcherMadeTheList() {
    Matcher internal = matcher(Audience.INTERNAL);
    int shown = 0;
    int withheld = 0;
    for (Vacancy v : vacancies.subList(0, 15)) {
      MatchResult r = internal.candidatesFor(v.id());
      EmployerShortlist list = EmployerShortlist.of(internal, index, r, POLICY);
      Map<String, Candidate> who = resolver(v);
      for (EmployerProfile p : list.profiles()) {
        assertEquals(Boolean.TRUE, who.get(p.pseudonym()).employerConsent(), p.pseudonym());
        shown++;
      }
      withheld += list.withheld();
    }
    assertTrue(shown > 50 && withheld > 0, "shown " + shown + ", withheld " + withheld);
    // a hand-built result naming only people without consent renders nobody
    Vacancy v = vacancies.get(0);
    List<RankedMatch> forged = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!Boolean.TRUE.equals(c.employerConsent()) && forged.size() < 5) {
        forged.add(new RankedMatch(forged.size() + 1, internal.score(v, c), List.of()));
      }
    }
    MatchResult fake = new MatchResult(Direction.VACANCY_TO_CANDIDATES, v.id(), forged, 5, 5, 5, Map.of(), true);
    assertEquals(0, EmployerShortlist.of(internal, index, fake, POLICY).profiles().size());
  }

  @Test
  void enumeratingTheIdSchemeReversesNoPseudonym() throws Exception {
    Matcher m = matcher(Audience.EMPLOYER);
    Set<String> seen = new java.util.HashSet<>();
    for (Vacancy v : vacancies.subList(0, 10)) {
      for (EmployerProfile p : EmployerShortlist.of(m, index, m.candidatesFor(v.id()), POLICY).profiles()) {
        seen.add(p.pseudonym());
      }
    }
    assertTrue(seen.size() > 20);
    int reversed = 0;
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    Pseudonyms guessedKey = new Pseudonyms(PseudonymKey.of(new byte[32]));
    for (Vacancy v : vacancies.subList(0, 10)) {
      for (int i = 0; i < 10_000; i++) {
        String id = String.format("cand-%06d", i);
        byte[] h = sha.digest((v.id() + "\u0000" + id).getBytes(StandardCharsets.UTF_8));
        String unkeyed = "P-" + HexFormat.of().formatHex(h, 0, 6).toUpperCase(java.util.Locale.ROOT);
        String unkeyed64 = "P-" + HexFormat.of().formatHex(h, 0, 8).toUpperCase(java.util.Locale.ROOT);
        if (seen.contains(unkeyed) || seen.contains(unkeyed64) || seen.contains(guessedKey.of(v, id))) {
          reversed++;
        }
      }
    }
    assertEquals(0, reversed, "pseudonyms reversed by enumerating cand-000000..cand-009999");
  }

  @Test
  void pseudonymsAreUnlinkableAcrossVacanciesUnlessChosen() {
    Vacancy a = vacancies.get(0);
    Vacancy b = vacancies.get(1);
    Pseudonyms perVacancy = POLICY.pseudonyms();
    assertNotEquals(perVacancy.of(a, "cand-000001"), perVacancy.of(b, "cand-000001"));
    Pseudonyms deployment = new Pseudonyms(KEY, Pseudonyms.Linkage.DEPLOYMENT);
    assertEquals(deployment.of(a, "cand-000001"), deployment.of(b, "cand-000001"));
    Pseudonyms other = new Pseudonyms(PseudonymKey.generate());
    assertNotEquals(perVacancy.of(a, "cand-000001"), other.of(a, "cand-000001"), "rotation changes pseudonyms");
  }

  @Test
  void noFigureDependsOnTheInstrument() {
    Matcher m = matcher(Audience.EMPLOYER);
    int checked = 0;
    for (Vacancy v : vacancies.subList(0, 15)) {
      for (EmployerProfile p : EmployerShortlist.of(m, index, m.candidatesFor(v.id()), POLICY).profiles()) {
        assertFalse(p.fit().containsKey(Category.INSTRUMENT));
        double sum = 0;
        double w = 0;
        for (var e : p.fit().entrySet()) {
          sum += m.profile().weight(e.getKey()) * e.getValue();
          w += m.profile().weight(e.getKey());
        }
        // the score is a function of the visible figures alone: the residual an attacker would
        // divide by the instrument weight is rounding noise, the same for everyone
        assertEquals(sum / w, p.score(), 0.0051, p.pseudonym());
        checked++;
      }
    }
    assertTrue(checked > 50);
    // the same person with another loonwaarde (another instrument score) gets the same figures
    Vacancy v = vacancies.stream().filter(x -> m.candidatesFor(x.id()).matches().size() > 0).findFirst().orElseThrow();
    RankedMatch top = m.candidatesFor(v.id()).matches().get(0);
    Candidate c = byId.get(top.score().candidateId());
    Candidate twin = c.toBuilder().id("cand-twin").loonwaarde(new Loonwaarde(c.loonwaarde() != null && c.loonwaarde().percentage() != null
        && c.loonwaarde().percentage() < 50 ? 95.0 : 35.0, TODAY.minusMonths(2), nl.werkmatch.model.LoonwaardeMethod.DARIUZ,
        null, null)).build();
    try (MatchIndex small = MatchIndex.inMemory()) {
      small.upsertCandidates(List.of(c, twin));
      small.upsertVacancies(List.of(v));
      small.commit();
      Matcher sm = Matcher.builder(small).audience(Audience.EMPLOYER).today(TODAY).build();
      MatchResult r = new MatchResult(Direction.VACANCY_TO_CANDIDATES, v.id(), List.of(
          new RankedMatch(1, sm.score(v, c), List.of()), new RankedMatch(2, sm.score(v, twin), List.of())),
          2, 2, 2, Map.of(), true);
      assertNotEquals(sm.score(v, c).category(Category.INSTRUMENT).score(),
          sm.score(v, twin).category(Category.INSTRUMENT).score(), "the twin must differ in the instrument");
      List<EmployerProfile> ps = EmployerShortlist.of(sm, small, r, POLICY).profiles();
      assertEquals(2, ps.size());
      assertEquals(ps.get(0).score(), ps.get(1).score());
      assertEquals(ps.get(0).fit(), ps.get(1).fit());
    }
  }

  @Test
  void everyEmployerFormatHoldsOnlyVettedContent() {
    Matcher m = matcher(Audience.EMPLOYER);
    int profiles = 0;
    for (Vacancy v : vacancies) {
      EmployerShortlist list = EmployerShortlist.of(m, index, m.candidatesFor(v.id()), POLICY);
      Map<String, Candidate> who = resolver(v);
      String all = list.json().toString() + "\n" + list.csv() + "\n" + list.html() + "\n" + list.trec("t");
      assertFalse(all.contains("cand-"), "internal id in employer output of " + v.id());
      for (String word : List.of("loonwaarde", "loonkostensubsidie", "\"instrument\"", ",instrument", "VSO", "PRO", "Praktijkonderwijs",
          "speciaal")) {
        int at = all.indexOf(word);
        assertFalse(at >= 0, word + " in employer output of " + v.id() + ": ..."
            + (at < 0 ? "" : all.substring(Math.max(0, at - 60), Math.min(all.length(), at + 40))) + "...");
      }
      for (EmployerProfile p : list.profiles()) {
        Candidate c = who.get(p.pseudonym());
        String text = Json.mapper().valueToTree(list.json()).toString();
        if (c.personal() != null) {
          for (String s : new String[] {c.personal().name(), c.personal().email(), c.personal().phone(), c.personal().address()}) {
            assertFalse(s != null && !s.isBlank() && all.contains(s), "personal detail of " + c.id());
          }
        }
        if (c.experience() != null) {
          for (WorkExperience e : c.experience()) {
            boolean isLabel = e.occupationId() != null && m.taxonomy().occupation(e.occupationId())
                .map(o -> o.label().equals(e.title())).orElse(false);
            assertTrue(isLabel || e.title() == null || !p.experience().stream().anyMatch(x -> x.startsWith(e.title())),
                "free-text title '" + e.title() + "' of " + c.id());
          }
        }
        if (c.availability() != null && c.availability().medicalMaxHours() != null) {
          int med = c.availability().medicalMaxHours();
          assertTrue(p.maxHours() == null || p.maxHours() < med, "hours.max reveals the medical limit of " + c.id());
          assertTrue(p.minHours() == null || p.minHours() < med, "hours.min reveals the medical limit of " + c.id());
        }
        if (c.education() != null && (c.education().highestLevel() == EducationLevel.VSO
            || c.education().highestLevel() == EducationLevel.PRO)) {
          assertEquals(EmployerShortlist.educationBand(EducationLevel.VMBO, true), p.education());
        }
        for (TargetGroup g : TargetGroup.values()) {
          assertFalse(text.contains(g.name()));
        }
        for (FunctionalLimitation l : FunctionalLimitation.values()) {
          assertFalse(text.contains(l.name()));
        }
        profiles++;
      }
    }
    assertTrue(profiles > 200, "profiles checked: " + profiles);
  }

  @Test
  void aKeyFileIsCreatedOwnerOnlyAndRefusedWhenOthersCanRead(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("sub/pseudonym.key");
    PseudonymKey.Loaded k = PseudonymKey.readOrCreate(f);
    assertTrue(k.created());
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    assertFalse(PseudonymKey.readOrCreate(f).created());
    Vacancy v = vacancies.get(0);
    assertEquals(new Pseudonyms(k.key()).of(v, "x"), new Pseudonyms(PseudonymKey.read(f)).of(v, "x"));
    Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> PseudonymKey.read(f));
    assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> PseudonymKey.read(dir.resolve("missing"))).getMessage().contains("no pseudonym key"));
  }
}
