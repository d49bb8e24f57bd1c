package nl.werkmatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import nl.werkmatch.io.Json;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LksCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new LksCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void printsAlignedTable() {
    assertEquals(0, run("--wage", "16.00", "--loonwaarde", "50", "--hours", "32", "--date", "2026-03-01"), err::toString);
    String text = out.toString();
    assertTrue(text.contains("WML + 8% holiday allowance  15.89"), text);
    assertTrue(text.contains("LKS excl. 23%                    7.25   1,005.33"), text);
    assertTrue(text.contains("LKS incl. 23%                    8.92   1,236.90"), text);
    assertTrue(text.contains("Employer net wage cost           8.36   1,159.26"), text);
    assertTrue(text.contains("(WML table entry from 2026-01-01)"), text);
  }

  @Test
  void printsJson() throws Exception {
    assertEquals(0, run("--wage", "16", "--loonwaarde", "50", "--hours", "32", "--date", "2026-03-01", "--json"));
    JsonNode n = Json.mapper().readTree(out.toString());
    assertEquals(0, new BigDecimal("1236.90").compareTo(n.get("subsidyInclAllowancePerMonth").decimalValue()));
    assertTrue(out.toString().contains("\"subsidyInclAllowancePerMonth\" : 1236.90,"), out::toString);
    assertEquals("2026-01-01", n.get("wmlFrom").asText());
    assertEquals(false, n.get("capApplied").asBoolean());
  }

  @Test
  void publishedCheckWithMonthlyWml() throws Exception {
    assertEquals(0, run("--wage", "9.40", "--hours", "38", "--date", "2016-03-01", "--flat-rate", "--wml-month",
        "1537.20", "--json"), err::toString);
    JsonNode n = Json.mapper().readTree(out.toString());
    assertEquals(0, new BigDecimal("1660.18").compareTo(n.get("wmlWithHoliday").decimalValue()));
    assertEquals(0, new BigDecimal("830.09").compareTo(n.get("subsidyPerMonth").decimalValue()));
    assertEquals(0, new BigDecimal("190.92").compareTo(n.get("allowancePerMonth").decimalValue()));
  }

  @Test
  void helpHasNoFormatWarnings() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("plus 23%."), out::toString);
    assertTrue(out.toString().contains("50% x WML"), out::toString);
    assertEquals("", err.toString());
  }

  @Test
  void errorsGoToStderr() {
    assertEquals(1, run("--wage", "16", "--loonwaarde", "50", "--hours", "32", "--date", "2020-01-01"));
    assertTrue(err.toString().startsWith("lks: no WML in the table for 2020-01-01"), err.toString());
    assertEquals(1, run("--wage", "16", "--hours", "32", "--date", "2026-01-01"));
    assertTrue(err.toString().contains("loonwaardePercent: is required unless the flat rate is used"), err.toString());
    assertEquals(2, run("--wage", "16", "--hours", "32"));
  }
}
