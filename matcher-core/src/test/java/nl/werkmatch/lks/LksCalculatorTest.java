package nl.werkmatch.lks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.werkmatch.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LksCalculatorTest {
  private static final LksCalculator CALC = LksCalculator.bundled();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static void eq(String expected, BigDecimal actual) {
    assertEquals(d(expected), actual, () -> "expected " + expected + ", got " + actual);
  }

  @Test
  void publishedCheck2016FromTable() {
    LksResult r = CALC.calculate(new LksRequest(d("9.40"), null, d("38"), LocalDate.of(2016, 7, 1), null, true, null,
        null));
    assertEquals(LksResult.Basis.MONTH, r.basis());
    assertEquals(LocalDate.of(2016, 7, 1), r.wmlFrom());
    eq("1537.20", r.wml());
    eq("1660.18", r.wmlWithHoliday());
    eq("830.09", r.lks());
    eq("190.92", r.allowance());
    eq("830.09", r.subsidyPerMonth());
    eq("190.92", r.allowancePerMonth());
    eq("1021.01", r.subsidyInclAllowancePerMonth());
    assertTrue(r.flatRate());
    assertFalse(r.capApplied());
    assertNull(r.loonwaardeEuro());
  }

  @Test
  void publishedCheckWithMonthlyOverride() {
    LksResult r = CALC.calculate(new LksRequest(d("9.40"), null, d("40"), LocalDate.of(2016, 3, 1), null, true,
        d("1537.20"), d("40")));
    assertNull(r.wmlFrom());
    eq("1660.18", r.wmlWithHoliday());
    eq("830.09", r.subsidyPerMonth());
    eq("190.92", r.allowancePerMonth());
    // part-time: half the full-time week gives half the monthly amounts
    LksResult half = CALC.calculate(new LksRequest(d("9.40"), null, d("20"), LocalDate.of(2016, 3, 1), null, true,
        d("1537.20"), d("40")));
    eq("415.05", half.subsidyPerMonth()); // 830.09 x 20 / 40 = 415.045 -> HALF_UP
    eq("95.46", half.allowancePerMonth());
  }

  @Test
  void workedHourlyExample2026() {
    LksResult r = CALC.calculate(LksRequest.of(d("16.00"), d("50"), d("32"), LocalDate.of(2026, 3, 1)));
    assertEquals(LksResult.Basis.HOUR, r.basis());
    assertEquals(LocalDate.of(2026, 1, 1), r.wmlFrom());
    eq("14.71", r.wml());
    eq("15.89", r.wmlWithHoliday());
    eq("11.12", r.cap());
    eq("8.64", r.loonwaardeEuro());
    eq("7.25", r.subsidyPerHour());
    eq("1.67", r.allowancePerHour());
    eq("8.92", r.subsidyInclAllowancePerHour());
    eq("17.28", r.wageCostPerHour());
    eq("8.36", r.employerNetCostPerHour());
    eq("1005.33", r.subsidyPerMonth());     // 7.25 x 32 x 52 / 12
    eq("231.57", r.allowancePerMonth());    // 1.67 x 32 x 52 / 12 = 231.573
    eq("1236.90", r.subsidyInclAllowancePerMonth());
    eq("2396.16", r.wageCostPerMonth());
    eq("1159.26", r.employerNetCostPerMonth());
    assertFalse(r.capApplied());
  }

  @Test
  void capBitesBelowThirtyPercent() {
    LksResult r = CALC.calculate(LksRequest.of(d("14.71"), d("20"), d("36"), LocalDate.of(2026, 1, 1)));
    eq("3.18", r.loonwaardeEuro());
    assertTrue(r.capApplied());
    eq("11.12", r.subsidyPerHour());
    eq("2.56", r.allowancePerHour()); // 11.12 x 0.23 = 2.5576
  }

  @Test
  void flatRateHourly() {
    LksResult r = CALC.calculate(new LksRequest(d("15.00"), d("40"), d("24"), LocalDate.of(2025, 7, 1), null, true, null,
        null));
    eq("14.40", r.wml());
    eq("15.55", r.wmlWithHoliday()); // 15.552
    eq("7.78", r.subsidyPerHour());  // 7.775
    assertNull(r.loonwaardePercent());
    eq("1.79", r.allowancePerHour()); // 1.7894
  }

  @Test
  void youthRate() {
    LksResult r = CALC.calculate(new LksRequest(d("10.00"), d("60"), d("20"), LocalDate.of(2026, 2, 1), 18, false, null,
        null));
    eq("0.50", r.youthShare());
    eq("7.36", r.wml()); // 14.71 x 0.5 = 7.355
    assertEquals(18, r.age());
    eq("1", CALC.table().youthShare(21));
    eq("0.395", CALC.table().youthShare(17));
  }

  @Test
  void tableDatesAndGaps() {
    eq("13.27", CALC.calculate(LksRequest.of(d("20"), d("80"), d("10"), LocalDate.of(2024, 6, 30))).wml());
    eq("13.68", CALC.calculate(LksRequest.of(d("20"), d("80"), d("10"), LocalDate.of(2024, 7, 1))).wml());
    eq("14.06", CALC.calculate(LksRequest.of(d("20"), d("80"), d("10"), LocalDate.of(2025, 1, 1))).wml());
    IllegalArgumentException gap = assertThrows(IllegalArgumentException.class,
        () -> CALC.calculate(LksRequest.of(d("20"), d("80"), d("10"), LocalDate.of(2020, 1, 1))));
    assertTrue(gap.getMessage().contains("no WML in the table for 2020-01-01"), gap.getMessage());
    assertTrue(gap.getMessage().contains("2016-07-01..2016-12-31 and 2024-01-01 onwards"), gap.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CALC.calculate(LksRequest.of(d("20"), d("80"), d("10"), LocalDate.of(2015, 1, 1))));
  }

  @Test
  void badInputIsRejected() {
    IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
        () -> CALC.calculate(LksRequest.of(d("12.00"), d("50"), d("32"), LocalDate.of(2026, 3, 1))));
    assertTrue(low.getMessage().contains("below the applicable WML 14.71"), low.getMessage());
    assertEquals("loonwaardePercent", assertThrows(ValidationException.class,
        () -> LksRequest.of(d("16"), null, d("32"), LocalDate.of(2026, 3, 1))).field());
    assertEquals("loonwaardePercent", assertThrows(ValidationException.class,
        () -> LksRequest.of(d("16"), d("101"), d("32"), LocalDate.of(2026, 3, 1))).field());
    assertEquals("hoursPerWeek", assertThrows(ValidationException.class,
        () -> LksRequest.of(d("16"), d("50"), d("0"), LocalDate.of(2026, 3, 1))).field());
    assertThrows(IllegalArgumentException.class, () -> CALC.calculate(new LksRequest(d("16"), d("50"), d("20"),
        LocalDate.of(2026, 3, 1), 14, false, null, null)));
  }

  @Test
  void propertiesOverManyValues() {
    int checked = 0;
    for (WmlTable.Entry e : CALC.table().entries()) {
      for (Integer age : new Integer[] {null, 15, 17, 18, 20}) {
        BigDecimal wml = LksCalculator.cents(e.amount().multiply(CALC.table().youthShare(age)));
        BigDecimal full = e.monthly() ? d("38") : null;
        BigDecimal wmlPerHour = e.monthly() ? wml.multiply(d("12")).divide(d("38").multiply(d("52")), 2,
            RoundingMode.UP) : wml;
        for (int w = 0; w <= 300; w += 17) {
          BigDecimal wage = wmlPerHour.add(BigDecimal.valueOf(w, 2)).multiply(w > 150 ? d("1.5") : BigDecimal.ONE)
              .setScale(2, RoundingMode.UP);
          BigDecimal previous = null;
          for (int lw = 1; lw <= 100; lw += 3) {
            for (String hours : new String[] {"4", "19.5", "36"}) {
              LksResult r = CALC.calculate(new LksRequest(wage, BigDecimal.valueOf(lw), d(hours), e.from(), age, false,
                  null, full));
              BigDecimal capAllowance = LksCalculator.cents(r.cap().multiply(LksCalculator.EMPLOYER_COSTS));
              assertTrue(r.lks().signum() >= 0, () -> "negative " + r);
              assertTrue(r.subsidyPerHour().signum() >= 0 && r.subsidyPerMonth().signum() >= 0, () -> "negative " + r);
              assertTrue(r.lks().compareTo(r.cap()) <= 0, () -> "above cap " + r);
              assertTrue(r.allowance().compareTo(capAllowance) <= 0, () -> "allowance above cap " + r);
              assertTrue(r.lks().add(r.allowance()).compareTo(r.cap().add(capAllowance)) <= 0, () -> "above cap " + r);
              assertEquals(r.subsidyPerHour().add(r.allowancePerHour()), r.subsidyInclAllowancePerHour());
              assertEquals(r.wageCostPerMonth().subtract(r.subsidyInclAllowancePerMonth()), r.employerNetCostPerMonth());
              assertEquals(LksCalculator.cents(r.lks().multiply(LksCalculator.EMPLOYER_COSTS)), r.allowance());
              BigDecimal output = BigDecimal.valueOf(lw).multiply(r.wage()).divide(d("100"));
              if (output.compareTo(r.wml()) >= 0) {
                assertEquals(0, r.lks().signum(), () -> "loonwaarde x wage >= WML but subsidy " + r);
                assertEquals(0, r.subsidyInclAllowancePerMonth().signum());
              }
              if (hours.equals("36")) {
                if (previous != null) {
                  BigDecimal p = previous;
                  assertTrue(r.lks().compareTo(p) <= 0, () -> "subsidy rose with loonwaarde: " + r);
                }
                previous = r.lks();
              }
              checked++;
            }
          }
        }
      }
    }
    assertTrue(checked > 10_000, "checked " + checked);
  }

  @Test
  void userTable(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("wml.json");
    Files.writeString(f, "{\"entries\":[{\"from\":\"2027-01-01\",\"perHour\":15.00}],\"youthShares\":[]}");
    LksCalculator c = new LksCalculator(WmlTable.read(f));
    eq("15.00", c.calculate(LksRequest.of(d("15"), d("50"), d("20"), LocalDate.of(2027, 2, 1))).wml());
    assertThrows(IllegalArgumentException.class,
        () -> c.calculate(new LksRequest(d("15"), d("50"), d("20"), LocalDate.of(2027, 2, 1), 18, false, null, null)));

    Files.writeString(f, "{\"entries\":[\n{\"from\":\"2027-01-01\",\"perHour\":15.00},\n"
        + "{\"from\":\"2026-07-01\",\"perHour\":14.90}]}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WmlTable.read(f));
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("entries[1].from"), e.getMessage());

    Files.writeString(f, "{\"entries\":[\n{\"from\":\"2027-01-01\",\"perHour\":15.00,\"perMonth\":2500}]}");
    IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> WmlTable.read(f));
    assertTrue(both.getMessage().startsWith(f + ":2:"), both.getMessage());
  }
}
