package nl.werkmatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.werkmatch.io.Json;
import nl.werkmatch.match.Category;
import nl.werkmatch.match.MatchProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {
  @TempDir
  Path tmp;

  private static List<String> ids(String json, String field) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode m : Json.mapper().readTree(json).get("matches")) {
      out.add(m.get(field).asText());
    }
    return out;
  }

  @Test
  void matchPrintsARankedShortlistForAVacancy() {
    Cli.Run r = Cli.run("match", "--index", Cli.sampleIndex().toString(), "--vacancy", "vac-00001", "--top", "5");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Vacature vac-00001"), r.out());
    assertTrue(r.out().lines().filter(l -> l.matches("\\s+[1-5]\\s+cand-.*")).count() == 5, r.out());
  }

  @Test
  void explanationsAreDutchByDefaultAndEnglishOnRequest() throws Exception {
    String idx = Cli.sampleIndex().toString();
    Cli.Run nl = Cli.run("match", "--index", idx, "--candidate", "persona-jaap", "--top", "2", "--explain");
    Cli.Run en = Cli.run("match", "--index", idx, "--candidate", "persona-jaap", "--top", "2", "--explain", "--lang", "en");
    assertEquals(0, nl.exit(), nl.err());
    assertEquals(0, en.exit(), en.err());
    assertTrue(nl.out().contains("Snelle route:") && nl.out().contains("essentiële vaardigheden aanwezig")
        && nl.out().contains("reistijd"), nl.out());
    assertTrue(!nl.out().contains("essential skills met") && !nl.out().contains(" considered,"), nl.out());
    assertTrue(en.out().contains("Fast path:") && en.out().contains("essential skills met"), en.out());
    // a Dutch legal term stays Dutch in English
    assertTrue(en.out().contains("loonkostensubsidie"), en.out());
    // the same ranking in both languages, and JSON keys that do not change with the language
    assertEquals(nl.out().lines().filter(l -> l.matches("\\s+\\d+\\s+vac-.*")).map(l -> l.trim().split("\\s+")[1]).toList(),
        en.out().lines().filter(l -> l.matches("\\s+\\d+\\s+vac-.*")).map(l -> l.trim().split("\\s+")[1]).toList());
    JsonNode jn = Json.mapper().readTree(Cli.run("match", "--index", idx, "--candidate", "persona-jaap", "--json",
        "--explain").out());
    JsonNode je = Json.mapper().readTree(Cli.run("match", "--index", idx, "--candidate", "persona-jaap", "--json",
        "--explain", "--lang", "en").out());
    assertEquals(fieldNames(jn), fieldNames(je));
    assertTrue(jn.toString().contains("aanwezig") && je.toString().contains("essential skills met"), jn + "\n" + je);
  }

  @Test
  void anUnknownLanguageIsRefusedByName() {
    Cli.Run r = Cli.run("match", "--index", Cli.sampleIndex().toString(), "--vacancy", "vac-00001", "--lang", "de");
    assertNotEquals(0, r.exit());
    assertTrue(r.err().contains("--lang must be nl or en, got 'de'"), r.err());
  }

  @Test
  void whyNotSpeaksTheLanguageAskedFor() throws Exception {
    String idx = Cli.sampleIndex().toString();
    String[] args = {"why-not", "--index", idx, "--vacancy", "vac-almelo-catering-bedrijfsrestaurant", "--candidate",
        "persona-julia"};
    Cli.Run nl = Cli.run(args);
    Cli.Run en = Cli.run(concat(args, "--lang", "en"));
    assertTrue(nl.out().contains("Uitgesloten door regel kind.doelgroepregister"), nl.out());
    assertTrue(en.out().contains("Excluded by rule kind.doelgroepregister"), en.out());
    JsonNode jn = Json.mapper().readTree(Cli.run(concat(args, "--json")).out());
    JsonNode je = Json.mapper().readTree(Cli.run(concat(args, "--json", "--lang", "en")).out());
    assertEquals(fieldNames(jn), fieldNames(je));
    assertTrue(jn.get("summary").asText().startsWith("Uitgesloten door regel"), jn.toString());
    assertTrue(je.get("summary").asText().startsWith("Excluded by rule"), je.toString());
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Every object key of a JSON tree, by path, in document order. */
  private static List<String> fieldNames(JsonNode n) {
    List<String> out = new ArrayList<>();
    collect(n, "", out);
    return out;
  }

  private static void collect(JsonNode n, String path, List<String> out) {
    if (n.isObject()) {
      n.fieldNames().forEachRemaining(f -> {
        out.add(path + "/" + f);
        collect(n.get(f), path + "/" + f, out);
      });
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        collect(n.get(i), path + "/" + i, out);
      }
    }
  }

  @Test
  void fastAndExhaustiveAgreeOnTheCommandLine() throws Exception {
    String idx = Cli.sampleIndex().toString();
    Cli.Run fast = Cli.run("match", "--index", idx, "--vacancy", "vac-00010", "--json");
    Cli.Run exact = Cli.run("match", "--index", idx, "--vacancy", "vac-00010", "--json", "--exhaustive");
    assertEquals(ids(exact.out(), "candidateId"), ids(fast.out(), "candidateId"));
  }

  @Test
  void aProfileWithOneWeightChangedChangesTheRankingAndIsRead() throws Exception {
    Path profile = tmp.resolve("travel-heavy.json");
    Files.writeString(profile, MatchProfile.defaults().withWeight(Category.TRAVEL, 0.6).toJson());
    String idx = Cli.sampleIndex().toString();
    int changed = 0;
    for (String v : List.of("vac-00001", "vac-00002", "vac-00003", "vac-00004", "vac-00005")) {
      List<String> a = ids(Cli.run("match", "--index", idx, "--vacancy", v, "--json").out(), "candidateId");
      List<String> b = ids(Cli.run("match", "--index", idx, "--vacancy", v, "--json", "--profile", profile.toString()).out(),
          "candidateId");
      if (!a.equals(b)) {
        changed++;
      }
    }
    assertTrue(changed >= 3, "rankings changed for " + changed + " of 5 vacancies");
  }

  @Test
  void aBadProfileFileIsRefusedWithItsFieldNamed() throws Exception {
    Path profile = tmp.resolve("bad.json");
    Files.writeString(profile, MatchProfile.defaults().toJson().replace("\"minScore\" : 0.6", "\"minScore\" : 7"));
    Cli.Run r = Cli.run("match", "--index", Cli.sampleIndex().toString(), "--vacancy", "vac-00001", "--profile",
        profile.toString());
    assertNotEquals(0, r.exit());
    assertTrue(r.err().contains("minScore"), r.err());
  }

  @Test
  void whyNotNamesTheRuleThatExcludedAPair() {
    String idx = Cli.sampleIndex().toString();
    // Julia is job-ready at ladder step 6 and in no target group: a beschut-werk place needs an indication
    String beschut = null;
    for (String line : Cli.run("match", "--index", idx, "--candidate", "persona-hein", "--top", "1").out().lines().toList()) {
      beschut = line;
    }
    Cli.Run r = Cli.run("why-not", "--index", idx, "--vacancy", "vac-almelo-catering-bedrijfsrestaurant", "--candidate",
        "persona-julia");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("kind.doelgroepregister"), r.out());
    assertTrue(beschut != null);
  }

  @Test
  void employerViewShowsNoInternalFields() throws Exception {
    Cli.Run r = Cli.run("match", "--index", Cli.sampleIndex().toString(), "--vacancy", "vac-00001", "--audience", "employer",
        "--pseudonym-key", java.nio.file.Files.createTempDirectory("wm-key").resolve("k").toString());
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    for (String forbidden : List.of("loonwaarde", "targetGroup", "limitation", "benefit", "birthYear", "personal",
        "instrument", "cand-")) {
      assertTrue(!out.contains(forbidden), "employer view contains " + forbidden + ":\n" + out);
    }
    assertTrue(out.contains("\"profileId\" : \"P-"), out);
  }
}
