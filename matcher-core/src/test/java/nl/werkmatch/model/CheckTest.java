package nl.werkmatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written id check against the regular expression it replaces. */
class CheckTest {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,127}");

  @Test
  void idCheckAgreesWithTheRegex() {
    for (String s : List.of("", "a", "-a", "_", "vac-00017", "sk.nauwkeurig-werken", "a b", "é", "A:b_c.d-e", "9",
        "a".repeat(128), "a".repeat(129), "a\n", "a/b", "Z0")) {
      assertEquals(ID.matcher(s).matches(), Check.isId(s), "'" + s + "'");
    }
    String alphabet = "aZ09._:-/ é\tx";
    Random r = new Random(20261129);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(6) == 0 ? 120 + r.nextInt(12) : r.nextInt(8);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertEquals(ID.matcher(s).matches(), Check.isId(s), "'" + s + "'");
    }
  }
}
