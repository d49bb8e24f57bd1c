package nl.werkmatch.casebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nl.werkmatch.model.VacancyKind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the whole casebook ({@code sample-data/casebook/}, docs/casebook.md): every case as the CLI
 * would run it against the generated sample vacancies plus its probes. A case with status
 * {@code holds} fails the test when an expectation breaks; a {@code pending} case fails it when a
 * pending expectation now holds ("promote this case") or when one of its other expectations breaks.
 * Also proves the runner can fail (every kind of expectation reversed on a real case), that case
 * files are validated strictly, and that docs/casebook.md is generated from the cases
 * (regenerate with {@code -Dcasebook.update=true}).
 */
class CasebookTest {
  private static final Map<String, CaseRunner.Verdict> VERDICTS = new ConcurrentHashMap<>();

  private static CaseRunner.Verdict verdict(Casebook.Case c) {
    return VERDICTS.computeIfAbsent(c.id(), id -> CaseRunner.run(c));
  }

  @TestFactory
  Stream<DynamicTest> everyCaseIsAsItsStatusSays() {
    // each file is read in its own test, so one broken file fails only its own test
    return Casebook.files(Casebook.dir()).stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      Casebook.Case c = Casebook.read(f);
      CaseRunner.Verdict v = verdict(c);
      if (Boolean.getBoolean("casebook.print")) {
        System.out.println(c.file() + (c.pending() ? " [pending]" : "") + "\n  " + CaseRunner.top(v.shortlist(), 20));
        for (int i = 0; i < c.expectations().size(); i++) {
          System.out.println("  " + (v.failures().get(i) == null ? "ok   " : "FAIL ") + c.expectations().get(i).describe()
              + (v.failures().get(i) == null ? "" : ": " + v.failures().get(i)));
        }
      }
      String problem = v.problem();
      if (problem != null) {
        fail(problem);
      }
    }));
  }

  @Test
  void theCasebookCoversWhatIssue22Asks() {
    List<Casebook.Case> cases = Casebook.all();
    assertTrue(cases.size() >= 30, "at least 30 cases, found " + cases.size());
    Set<String> topics = new HashSet<>();
    cases.forEach(c -> topics.addAll(c.topics()));
    for (String t : List.of("participatiegroep -1", "participatiegroep 0", "participatiegroep 1", "participatiegroep 2",
        "participatiegroep 3", "participatiegroep 4", "statushouder", "beschut werk", "banenafspraak", "lks",
        "zorgtaken", "grenswerk", "schaars profiel", "ontheffing arbeidsplicht", "opbouw", "leerwerk 27+",
        "kwetsbaar")) {
      assertTrue(topics.contains(t), "no case on topic '" + t + "'; topics: " + new java.util.TreeSet<>(topics));
    }
    for (Casebook.Case c : cases) {
      // an expectation about the shortlist that the generated vacancies can meet or break
      boolean generated = c.expectations().stream().anyMatch(e -> e.kind() == Casebook.Kind.SHORTLIST_SIZE
          || (e.kind() == Casebook.Kind.IN_TOP || e.kind() == Casebook.Kind.NOT_IN_TOP)
          && !Boolean.TRUE.equals(e.select().probe())
          && (e.select().ids().isEmpty() || e.select().ids().stream().anyMatch(id -> !id.startsWith(Casebook.PROBE_PREFIX))));
      assertTrue(generated, c.file() + ": runs only against its own probes; expect something of the generated vacancies");
    }
  }

  /**
   * Each kind of expectation, reversed on a real case where it holds, is reported by the runner
   * with the case file and the expectation's place.
   */
  @Test
  void theRunnerReportsEveryKindOfExpectationReversed() {
    Set<Casebook.Kind> proven = EnumSet.noneOf(Casebook.Kind.class);
    for (Casebook.Case c : Casebook.all()) {
      CaseRunner.Verdict v = verdict(c);
      for (int i = 0; i < c.expectations().size(); i++) {
        Casebook.Expectation e = c.expectations().get(i);
        if (e.pending() != null || v.failures().get(i) != null || proven.contains(e.kind())) {
          continue;
        }
        Casebook.Case reversed = c.withExpectation(i, e.reversed());
        String problem = CaseRunner.run(reversed).problem();
        assertNotNull(problem, c.file() + ": reversing " + e.path() + " (" + e.describe() + ") went unnoticed");
        assertTrue(problem.contains(c.file()) && problem.contains(e.path() + " (reversed)") && problem.contains("broken"),
            problem);
        proven.add(e.kind());
      }
    }
    // a kind and its reverse are both proven when either holds somewhere
    Set<Casebook.Kind> covered = EnumSet.noneOf(Casebook.Kind.class);
    proven.forEach(k -> {
      covered.add(k);
      covered.add(k.reverse());
    });
    assertEquals(EnumSet.allOf(Casebook.Kind.class), covered, "kinds never reversed on a holding expectation");
  }

  /** A pending expectation that holds fails the test with "promote this case". */
  @Test
  void aPendingExpectationThatHoldsMustBePromoted() {
    for (Casebook.Case c : Casebook.all()) {
      CaseRunner.Verdict v = verdict(c);
      for (int i = 0; i < c.expectations().size(); i++) {
        Casebook.Expectation e = c.expectations().get(i);
        if (e.pending() == null && v.failures().get(i) == null) {
          Casebook.Expectation marked = new Casebook.Expectation(e.kind(), e.because(), e.source(), "test", e.k(),
              e.select(), e.atLeast(), e.atMost(), e.vacancy(), e.rank(), e.rule(), e.text(), e.pointer(), e.equals(),
              e.contains(), e.path());
          String problem = new CaseRunner.Verdict(c.withExpectation(i, marked), v.failures(), v.shortlist()).problem();
          assertNotNull(problem);
          assertTrue(problem.contains("promote this case") && problem.contains(c.file()), problem);
          return;
        }
      }
    }
    fail("no holding expectation found");
  }

  @Test
  void caseFilesAreValidatedStrictly() throws Exception {
    Path any = Casebook.files(Casebook.dir()).get(0);
    ObjectNode root = (ObjectNode) nl.werkmatch.io.Json.mapper().readTree(Files.readAllBytes(any));
    String file = any.getFileName().toString();
    Casebook.parse(file, root);

    ObjectNode unknown = root.deepCopy();
    unknown.put("verwachting", "x");
    assertMessage(file + ": $.verwachting: unknown key", () -> Casebook.parse(file, unknown));

    ObjectNode unknownInExpectation = root.deepCopy();
    ((ObjectNode) unknownInExpectation.withArray("expectations").get(0)).put("top", 3);
    assertMessage(file + ": $.expectations[0].top: unknown key", () -> Casebook.parse(file, unknownInExpectation));

    ObjectNode badKind = root.deepCopy();
    ((ObjectNode) badKind.withArray("expectations").get(0)).put("expect", "mustAppear");
    assertMessage(file + ": $.expectations[0].expect: unknown expectation 'mustAppear'", () -> Casebook.parse(file, badKind));

    ObjectNode badSource = root.deepCopy();
    badSource.putArray("sources").add("/work/shared/seeds/000.txt:1");
    assertMessage(file + ": $.sources[0]: must be SEEDFILE.txt:LINE", () -> Casebook.parse(file, badSource));

    ObjectNode badRecord = root.deepCopy();
    ((ObjectNode) badRecord.get("candidate")).put("birthYear", "1990");
    assertMessage(file + ": $.candidate.birthYear:", () -> Casebook.parse(file, badRecord));

    ObjectNode badProbe = root.deepCopy();
    ArrayNode probes = badProbe.putArray("probes");
    probes.addObject().put("id", "vac-1");
    assertMessage(file + ": $.probes[0].id: a probe's id starts with 'probe-'", () -> Casebook.parse(file, badProbe));

    ObjectNode pendingWithoutReason = root.deepCopy();
    pendingWithoutReason.put("status", "pending");
    pendingWithoutReason.remove("pendingReason");
    assertMessage(file + ": $.pendingReason: is required", () -> Casebook.parse(file, pendingWithoutReason));

    ObjectNode wrongId = root.deepCopy();
    wrongId.put("id", "another-case");
    assertMessage(file + ": $.id: must equal the file name", () -> Casebook.parse(file, wrongId));
  }

  private static void assertMessage(String prefix, org.junit.jupiter.api.function.Executable run) {
    Casebook.CaseFormatException e = assertThrows(Casebook.CaseFormatException.class, run);
    assertTrue(e.getMessage().startsWith(prefix), "expected '" + prefix + "...', got: " + e.getMessage());
  }

  /** docs/casebook.md lists every case with its source and verdict; it is generated from the cases. */
  @Test
  void theDocListsEveryCase() throws Exception {
    Path doc = CasebookDoc.path();
    String expected = CasebookDoc.render(Casebook.all());
    if (Boolean.getBoolean("casebook.update")) {
      Files.writeString(doc, expected, StandardCharsets.UTF_8);
    }
    String actual = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    assertEquals(expected, actual, doc + " is out of date with sample-data/casebook/: regenerate with "
        + "bin/mvn -B -q -o -pl matcher-core test -Dtest=CasebookTest#theDocListsEveryCase -Dcasebook.update=true");
  }

  /** The casebook never runs only against the persona vacancies: they are not in its index at all. */
  @Test
  void thePersonaVacanciesAreNotInTheIndex() {
    assertTrue(CaseRunner.generatedVacancies().size() >= 200, "generated vacancies: " + CaseRunner.generatedVacancies().size());
    assertTrue(CaseRunner.generatedVacancies().stream().noneMatch(v -> v.id().startsWith("vac-almelo-")));
    Map<VacancyKind, Integer> kinds = new TreeMap<>();
    CaseRunner.generatedVacancies().forEach(v -> kinds.merge(v.kind(), 1, Integer::sum));
    assertEquals(EnumSet.allOf(VacancyKind.class), EnumSet.copyOf(kinds.keySet()), "every kind among the generated: " + kinds);
    List<String> probeIds = new ArrayList<>();
    Casebook.all().forEach(c -> c.probes().forEach(p -> probeIds.add(p.id())));
    assertTrue(probeIds.stream().allMatch(id -> id.startsWith(Casebook.PROBE_PREFIX)));
  }
}
