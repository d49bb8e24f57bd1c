package nl.werkmatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.werkmatch.employer.PseudonymKey;
import nl.werkmatch.employer.Pseudonyms;
import nl.werkmatch.io.Json;
import nl.werkmatch.io.RecordReader;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.WorkExperience;
import nl.werkmatch.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leak scanner over every employer output format of {@code batch} and {@code match}, for every
 * sample vacancy: each file is searched for every person's internal data (ids, name, contact
 * details, address, free text: diplomas, experience titles, what helps, the loonwaarde function)
 * and for the vocabulary of hidden facts (instrument, benefit, target groups, limitations); every
 * pseudonym is mapped back with the deployment key and must be a consenting person. The scanner
 * itself is shown to fail on a file with a leak put back.
 */
class EmployerExportTest {
  private static final String DATE = "2026-11-22";
  /** Words that name a hidden fact; an employer file may hold them only in the vacancy's own title. */
  private static final List<String> HIDDEN_VOCABULARY = List.of("loonwaarde", "loonkostensubsidie", "lks", "doelgroep",
      "uitkering", "bijstand", "wajong", "statushouder", "beperking", "limitation", "instrument", "medisch", "medical",
      "indicatie", "birthyear", "geboren", "nationality", "nationaliteit", "benefit", "targetgroup", "vso", "praktijkonderwijs",
      "speciaal onderwijs", "cand-", "persona-");
  private static final Pattern PSEUDONYM = Pattern.compile("P-[0-9A-F]{16}");

  @TempDir
  static Path tmp;
  private static Path key;
  private static Path out;
  private static Map<String, Candidate> candidates;
  private static Map<String, Vacancy> vacancies;
  /** Per person, the internal strings an employer must never see (lower case). */
  private static Map<String, List<String>> secrets;
  /** Taxonomy terms that contain a hidden word (e.g. "doelgroepenvervoer"): vocabulary, not a fact about a person. */
  private static List<String> vocabularyWithHiddenWords;

  @BeforeAll
  static void export() throws Exception {
    key = tmp.resolve("pseudonym.key");
    out = tmp.resolve("batch");
    Cli.Run r = Cli.run("batch", "--index", Cli.sampleIndex().toString(), "--direction", "vacancies", "--out",
        out.toString(), "--audience", "employer", "--pseudonym-key", key.toString(), "--date", DATE);
    assertEquals(0, r.exit(), r.err());
    candidates = new TreeMap<>();
    read(Cli.sampleData().resolve("candidates.jsonl"), Candidate.class).forEach(c -> candidates.put(c.id(), c));
    vacancies = new TreeMap<>();
    read(Cli.sampleData().resolve("vacancies.jsonl"), Vacancy.class).forEach(v -> vacancies.put(v.id(), v));
    Set<String> vocabulary = taxonomyLabels();
    vocabularyWithHiddenWords = vocabulary.stream().filter(t -> HIDDEN_VOCABULARY.stream().anyMatch(t::contains))
        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    secrets = new HashMap<>();
    for (Candidate c : candidates.values()) {
      List<String> s = new ArrayList<>();
      s.add(c.id());
      if (c.personal() != null) {
        add(s, c.personal().name(), c.personal().email(), c.personal().phone(), c.personal().address());
      }
      if (c.home() != null && c.home().postcode() != null && c.home().postcode().length() > 4) {
        s.add(c.home().postcode());
      }
      if (c.education() != null && c.education().diplomas() != null) {
        c.education().diplomas().forEach(d -> add(s, d));
      }
      if (c.experience() != null) {
        for (WorkExperience e : c.experience()) {
          add(s, e.title());
        }
      }
      if (c.workProfile() != null && c.workProfile().whatHelps() != null) {
        c.workProfile().whatHelps().forEach(w -> add(s, w));
      }
      if (c.loonwaarde() != null) {
        add(s, c.loonwaarde().functionTitle());
      }
      // a free text that is a taxonomy label or synonym (an experience title "Vakkenvuller") is controlled vocabulary
      secrets.put(c.id(), s.stream().map(x -> x.toLowerCase(Locale.ROOT)).filter(x -> x.length() >= 6)
          .filter(x -> !vocabulary.contains(x)).distinct().toList());
    }
  }

  @Test
  void everyVacancyHasItsThreeEmployerFilesAndNothingElseIsWritten() throws IOException {
    Set<String> names = new HashSet<>();
    try (Stream<Path> files = Files.list(out.resolve(EmployerExport.FOLDER))) {
      files.forEach(f -> names.add(f.getFileName().toString()));
    }
    for (String id : vacancies.keySet()) {
      for (String ext : List.of(".json", ".csv", ".html")) {
        assertTrue(names.contains(EmployerExport.fileName(id) + ext), "no " + ext + " for " + id);
      }
    }
    assertEquals(3 * vacancies.size(), names.size(), "only the three files per vacancy: " + names.size());
    try (Stream<Path> top = Files.list(out)) {
      assertEquals(List.of(EmployerExport.FOLDER), top.map(p -> p.getFileName().toString()).sorted().toList(),
          "an employer run writes no internal results, diagnostics or report");
    }
  }

  @Test
  void noEmployerFileHoldsAnInternalValueOrAHiddenFact() throws IOException {
    List<String> leaks = new ArrayList<>();
    int profiles = 0;
    for (Vacancy v : vacancies.values()) {
      for (String ext : List.of(".json", ".csv", ".html")) {
        Path f = out.resolve(EmployerExport.FOLDER).resolve(EmployerExport.fileName(v.id()) + ext);
        leaks.addAll(scan(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8), v));
      }
      profiles += Json.mapper().readTree(out.resolve(EmployerExport.FOLDER)
          .resolve(EmployerExport.fileName(v.id()) + ".json").toFile()).path("profiles").size();
    }
    assertTrue(profiles > 100, "the scan covers real shortlists: " + profiles + " profiles");
    assertEquals(List.of(), leaks.subList(0, Math.min(20, leaks.size())));
  }

  @Test
  void everyPseudonymIsAConsentingPersonAndNoneLinksAcrossVacancies() throws IOException {
    Pseudonyms pseudonyms = new Pseudonyms(PseudonymKey.read(key));
    Map<String, String> owner = new HashMap<>();
    Map<String, String> vacancyOf = new HashMap<>();
    for (Vacancy v : vacancies.values()) {
      for (Candidate c : candidates.values()) {
        owner.put(v.id() + " " + pseudonyms.of(v, c.id()), c.id());
      }
    }
    int shown = 0;
    for (Vacancy v : vacancies.values()) {
      JsonNode json = Json.mapper().readTree(out.resolve(EmployerExport.FOLDER).resolve(EmployerExport.fileName(v.id()) + ".json").toFile());
      for (JsonNode p : json.path("profiles")) {
        String pseudonym = p.path("profileId").asText();
        assertTrue(PSEUDONYM.matcher(pseudonym).matches(), pseudonym);
        String who = owner.get(v.id() + " " + pseudonym);
        assertTrue(who != null, "pseudonym " + pseudonym + " on " + v.id() + " is nobody's");
        assertEquals(Boolean.TRUE, candidates.get(who).employerConsent(), who + " shown on " + v.id() + " without consent");
        String before = vacancyOf.put(pseudonym, v.id());
        assertTrue(before == null, "pseudonym " + pseudonym + " on both " + before + " and " + v.id());
        shown++;
      }
    }
    assertTrue(shown > 100, "shown " + shown);
  }

  @Test
  void theScannerFindsALeakPutBack() throws IOException {
    Vacancy v = vacancies.values().iterator().next();
    Path f = out.resolve(EmployerExport.FOLDER).resolve(EmployerExport.fileName(v.id()) + ".csv");
    String clean = Files.readString(f, StandardCharsets.UTF_8);
    Candidate someone = candidates.values().stream().filter(c -> c.personal() != null && c.personal().name() != null)
        .findFirst().orElseThrow();
    assertFalse(scan("x.csv", clean + someone.personal().name() + "\n", v).isEmpty(), "a name put back is found");
    assertFalse(scan("x.csv", clean + someone.id() + "\n", v).isEmpty(), "an id put back is found");
    assertFalse(scan("x.csv", clean + "loonwaarde 55%\n", v).isEmpty(), "a hidden fact put back is found");
  }

  @Test
  void aRerunWritesTheSameBytes() throws IOException {
    Path again = tmp.resolve("again");
    Cli.Run r = Cli.run("batch", "--index", Cli.sampleIndex().toString(), "--direction", "vacancies", "--out",
        again.toString(), "--audience", "employer", "--pseudonym-key", key.toString(), "--date", DATE, "--threads", "1");
    assertEquals(0, r.exit(), r.err());
    for (String id : List.copyOf(vacancies.keySet()).subList(0, 25)) {
      for (String ext : List.of(".json", ".csv", ".html")) {
        String name = EmployerExport.fileName(id) + ext;
        assertEquals(Files.readString(out.resolve(EmployerExport.FOLDER).resolve(name)),
            Files.readString(again.resolve(EmployerExport.FOLDER).resolve(name)), name);
      }
    }
  }

  @Test
  void matchWritesEveryEmployerFormatThroughTheSameShortlist() throws IOException {
    Vacancy v = vacancies.get("vac-00001");
    for (String format : List.of("json", "csv", "html")) {
      Cli.Run r = Cli.run("match", "--index", Cli.sampleIndex().toString(), "--vacancy", v.id(), "--audience", "employer",
          "--format", format, "--pseudonym-key", key.toString(), "--date", DATE);
      assertEquals(0, r.exit(), r.err());
      assertEquals(List.of(), scan("match." + format, r.out(), v));
      String batch = Files.readString(out.resolve(EmployerExport.FOLDER).resolve(EmployerExport.fileName(v.id()) + "." + format));
      assertEquals(batch.strip(), r.out().strip(), format + ": match and batch give the employer the same " + format);
    }
    Path trec = tmp.resolve("employer.trec");
    Cli.Run r = Cli.run("match", "--index", Cli.sampleIndex().toString(), "--vacancy", v.id(), "--audience", "employer",
        "--trec", trec.toString(), "--pseudonym-key", key.toString(), "--date", DATE);
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of(), scan("match.trec", Files.readString(trec), v));
    Cli.Run wrong = Cli.run("batch", "--index", Cli.sampleIndex().toString(), "--direction", "candidates", "--out",
        tmp.resolve("wrong").toString(), "--audience", "employer", "--pseudonym-key", key.toString(), "--date", DATE);
    assertTrue(wrong.exit() != 0 && wrong.err().contains("--direction vacancies"), wrong.err());
  }

  @Test
  void fileNamesNeverCollideNorLeaveTheFolder() {
    assertEquals("vac-00001", EmployerExport.fileName("vac-00001"));
    assertEquals("~2E.~2Fetc", EmployerExport.fileName("../etc"));
    assertEquals("a~2Fb", EmployerExport.fileName("a/b"));
    assertEquals("a~7E2Fb", EmployerExport.fileName("a~2Fb"), "the escape character is escaped too: no two ids share a name");
    assertEquals("caf~C3~A9", EmployerExport.fileName("café"));
  }

  /** Every leak in one employer file: an internal value of any person, or a hidden fact outside the vacancy title. */
  private static List<String> scan(String name, String text, Vacancy v) {
    String lower = text.toLowerCase(Locale.ROOT);
    // the employer's own words (the vacancy's title and description) are not a person's data
    String own = ((v.title() == null ? "" : v.title()) + " " + (v.description() == null ? "" : v.description()))
        .toLowerCase(Locale.ROOT);
    List<String> leaks = new ArrayList<>();
    Set<String> words = runs(lower);
    for (Map.Entry<String, List<String>> e : secrets.entrySet()) {
      for (String s : e.getValue()) {
        if (mayContainToken(words, s) && containsToken(lower, s) && !own.contains(s)) {
          leaks.add(name + ": internal value of " + e.getKey() + ": '" + s + "'");
        }
      }
    }
    // the vacancy's own words (title, requirement labels such as "affiniteit met de doelgroep") are the employer's
    String outsideTitle = v.title() == null ? lower : lower.replace(v.title().toLowerCase(Locale.ROOT), " ");
    for (List<nl.werkmatch.model.SkillRequirement> reqs : java.util.Arrays.asList(v.requiredSkills(), v.optionalSkills())) {
      for (nl.werkmatch.model.SkillRequirement r : reqs == null ? List.<nl.werkmatch.model.SkillRequirement>of() : reqs) {
        if (r.label() != null) {
          outsideTitle = outsideTitle.replace(r.label().toLowerCase(Locale.ROOT), " ");
        }
      }
    }
    for (String term : vocabularyWithHiddenWords) {
      outsideTitle = outsideTitle.replace(term, " ");
    }
    for (String word : HIDDEN_VOCABULARY) {
      java.util.regex.Matcher m = Pattern.compile("(?<![a-z])" + Pattern.quote(word)).matcher(outsideTitle);
      if (m.find()) {
        leaks.add(name + ": hidden fact '" + word + "' in '"
            + outsideTitle.substring(Math.max(0, m.start() - 40), Math.min(outsideTitle.length(), m.end() + 40)) + "'");
      }
    }
    return leaks;
  }

  /**
   * Whether {@code text} holds {@code value} as a whole token (no letter or digit on either side), so a
   * postcode such as 7552BD is not found inside a pseudonym's hex digits.
   */
  /** The maximal runs of letters and digits of {@code text}. */
  private static Set<String> runs(String text) {
    Set<String> out = new HashSet<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  /**
   * False only where {@link #containsToken} is false: a value starting with a letter or digit that
   * occurs as a token begins where a run of the text begins and its own first run is that whole run,
   * so that run is one of {@code words}. Saves the text search for almost every value.
   */
  private static boolean mayContainToken(Set<String> words, String value) {
    int end = 0;
    while (end < value.length() && Character.isLetterOrDigit(value.charAt(end))) {
      end++;
    }
    return end == 0 || words.contains(value.substring(0, end));
  }

  private static boolean containsToken(String text, String value) {
    for (int i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) {
      int end = i + value.length();
      boolean before = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
      boolean after = end < text.length() && Character.isLetterOrDigit(text.charAt(end));
      if (!before && !after) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<String> into, String... values) {
    for (String s : values) {
      if (s != null && !s.isBlank()) {
        into.add(s.strip());
      }
    }
  }

  private static Set<String> taxonomyLabels() {
    Set<String> labels = new HashSet<>();
    Taxonomy t = Taxonomy.builtIn();
    t.skills().forEach(s -> labels.add(s.label().toLowerCase(Locale.ROOT)));
    t.occupations().forEach(o -> {
      labels.add(o.label().toLowerCase(Locale.ROOT));
      o.synonyms().forEach(x -> labels.add(x.toLowerCase(Locale.ROOT)));
    });
    t.skills().forEach(x -> x.synonyms().forEach(y -> labels.add(y.toLowerCase(Locale.ROOT))));
    return labels;
  }

  private static <T> List<T> read(Path file, Class<T> type) throws IOException {
    List<T> all = new ArrayList<>();
    RecordReader.of(type).read(file, all::add);
    return all;
  }
}
