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
    assertTrue(r.out().contains("Vacancy vac-00001"), r.out());
    assertTrue(r.out().lines().filter(l -> l.matches("\\s+[1-5]\\s+cand-.*")).count() == 5, r.out());
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
