package nl.werkmatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.model.SkillClaim;
import nl.werkmatch.model.ValidationException;
import nl.werkmatch.rules.PolicyConfig;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: a lone UTF-16 surrogate or a control character in a policy config or a match profile is
 * a clear error naming the file, the line and the field (it used to be read, and written back as
 * {@code ?}); a lone surrogate given to a record constructor names the field.
 */
class ConfigTextTest {
  private static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String defaultProfileJson() throws Exception {
    try (InputStream in = MatchProfile.class.getResourceAsStream("default-profile.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aLoneSurrogateInAPolicyConfigNamesFileLineAndField() throws Exception {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyConfig.read(
        bytes("{\n  \"municipality\" : \"Ens\\ud800chede\",\n  \"proefplaatsingMaxMonths\" : 2\n}\n"), "policy-x.json"));
    assertTrue(e.getMessage().startsWith("policy-x.json:2:"), e.getMessage());
    assertTrue(e.getMessage().contains("$.municipality: holds a lone UTF-16 surrogate U+D800"), e.getMessage());
  }

  @Test
  void theStoredFuzzFindingIsNowRejected() throws Exception {
    Path finding = FuzzTargets.seedRoot().getParent().getParent()
        .resolve("nl/werkmatch/reliability/ReaderFuzzTestInputs/policy/regression-lone-surrogate-round-trip");
    byte[] data = Files.readAllBytes(finding);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PolicyConfig.read(new ByteArrayInputStream(data), "finding.json"));
    assertTrue(e.getMessage().startsWith("finding.json:2:"), e.getMessage());
    assertTrue(e.getMessage().contains("$.municipality"), e.getMessage());
  }

  @Test
  void controlCharactersInAPolicyConfigAreRejectedWithTheirCode() throws Exception {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyConfig.read(
        bytes("{\"municipality\": \"Enschede\", \"disabledRules\": [\"a\", \"b\\u001b[2J\"]}"), "p.json"));
    assertTrue(e.getMessage().startsWith("p.json:1:"), e.getMessage());
    assertTrue(e.getMessage().contains("$.disabledRules[1]: holds the control character U+001B at character 2"),
        e.getMessage());
    // a raw tab inside a string is invalid JSON anyway; an escaped one is a control character too
    e = assertThrows(IllegalArgumentException.class,
        () -> PolicyConfig.read(bytes("{\"municipality\": \"Ens\\tchede\"}"), "p.json"));
    assertTrue(e.getMessage().contains("U+0009"), e.getMessage());
  }

  @Test
  void aBadFieldNameIsNamedEscapedNeverRaw() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PolicyConfig.read(bytes("{\"municipality\": \"Enschede\",\n \"x\\u0007\": 1}"), "p.json"));
    assertTrue(e.getMessage().startsWith("p.json:2:"), e.getMessage());
    assertTrue(e.getMessage().contains("$.x\\u0007: field name holds the control character U+0007"), e.getMessage());
    assertTrue(e.getMessage().chars().noneMatch(Character::isISOControl), e.getMessage());
  }

  @Test
  void aLoneSurrogateOrControlCharacterInAProfileNamesFileLineAndField() throws Exception {
    String json = defaultProfileJson();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MatchProfile.read(
        bytes(json.replace("\"name\" : \"default\"", "\"name\" : \"proef\\udc00\"")), "profile-x.json"));
    assertEquals("profile-x.json:2:12: $.name: holds a lone UTF-16 surrogate U+DC00 (an escape such as \\ud800"
        + " without its pair): not text, and it cannot be stored as it was read", e.getMessage());

    int boostLine = (int) json.substring(0, json.indexOf("\"boosts\"")).lines().count() + 1;
    String withBell = json.replaceFirst("(\"boosts\" : \\[ \\{[^}]*?\"name\" : \")", "$1\\\\u0007");
    assertTrue(!withBell.equals(json), "the default profile has a named boost");
    e = assertThrows(IllegalArgumentException.class, () -> MatchProfile.read(bytes(withBell), "profile-y.json"));
    assertTrue(e.getMessage().matches("profile-y\\.json:\\d+:\\d+: \\$\\.boosts\\[0\\]\\.name: holds the control"
        + " character U\\+0007 at character 1"), e.getMessage());
    int line = Integer.parseInt(e.getMessage().split(":")[1]);
    assertTrue(line >= boostLine, line + " >= " + boostLine);
  }

  @Test
  void surrogatePairsAndNonAsciiTextStayValid() throws Exception {
    MatchProfile p = MatchProfile.read(bytes(defaultProfileJson()
        .replace("\"name\" : \"default\"", "\"name\" : \"proef \\ud83d\\ude00 Hengelo \u00e9\"")), "profile.json");
    assertEquals("proef \ud83d\ude00 Hengelo \u00e9", p.name());
    PolicyConfig c = PolicyConfig.read(bytes("{\"municipality\": \"S\u00fadwest-Frysl\u00e2n\"}"), "p.json");
    assertEquals("S\u00fadwest-Frysl\u00e2n", c.municipality());
  }

  @Test
  void aNullDocumentIsAnErrorNotANullConfig() { // mutation fuzzer, policy input 27,543 of the 10^6 run
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PolicyConfig.read(bytes("null"), "p.json"));
    assertEquals("p.json:1:1: policy config: the document is null, not an object", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> MatchProfile.read(bytes(" null\n"), "profile.json"));
    assertEquals("profile.json:1:1: $: the document is null, not an object", e.getMessage());
  }

  @Test
  void malformedJsonIsStillReportedByTheParser() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PolicyConfig.read(bytes("{\"municipality\": \"Enschede\",, \"x\\u0007\": 1}"), "p.json"));
    assertTrue(e.getMessage().startsWith("p.json:1:"), e.getMessage());
    assertTrue(!e.getMessage().contains("control character"), e.getMessage());
  }

  @Test
  void aLoneSurrogateGivenToARecordConstructorNamesTheField() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> new SkillClaim(null, "lassen \ud800", 3, null, null));
    assertEquals("label", e.field());
    assertTrue(e.reason().contains("lone UTF-16 surrogate U+D800 at character 8"), e.reason());
    // control characters in record text stay: real exports carry them, the CLI escapes them on output
    assertEquals("lassen\u0007", new SkillClaim(null, "lassen\u0007", 3, null, null).label());
    assertEquals("heftruck \ud83d\ude9c", new SkillClaim(null, "heftruck \ud83d\ude9c", 3, null, null).label());
  }
}
