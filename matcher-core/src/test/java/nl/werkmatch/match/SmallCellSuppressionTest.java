package nl.werkmatch.match;

import nl.werkmatch.explain.ExposureReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Small-cell suppression of the exposure table ({@link ExposureReport#rows(int)}). */
class SmallCellSuppressionTest {
  private static ExposureReport report(Map<String, Long> eligible, Map<String, Long> shortlisted) {
    ExposureReport r = new ExposureReport(LocalDate.of(2026, 11, 22));
    r.addGroupCounts(eligible, shortlisted);
    r.addCounts(Map.of(), Map.of(), eligible.values().stream().mapToLong(Long::longValue).sum() / 2,
        shortlisted.values().stream().mapToLong(Long::longValue).sum() / 2);
    return r;
  }

  private static Map<String, Row> byGroup(List<ExposureReport.Row> rows) {
    Map<String, Row> m = new TreeMap<>();
    rows.forEach(r -> m.put(r.dimension() + "=" + r.group(), new Row(r.suppressed(), r.shortlisted())));
    return m;
  }

  private record Row(boolean suppressed, long shortlisted) {}

  @Test
  void smallCountsAndOneComplementPerDimensionAreWithheld() {
    ExposureReport r = report(
        Map.of("statushouder=yes", 40L, "statushouder=no", 400L, "statushouder=unrecorded", 60L,
            "sex=MALE", 250L, "sex=FEMALE", 250L),
        Map.of("statushouder=yes", 3L, "statushouder=no", 80L, "statushouder=unrecorded", 9L,
            "sex=MALE", 46L, "sex=FEMALE", 46L));
    Map<String, Row> rows = byGroup(r.rows(5));
    assertTrue(rows.get("statushouder=yes").suppressed(), "3 shortlisted is a small cell");
    assertTrue(rows.get("statushouder=unrecorded").suppressed(), "the complement: else 3 = total - 80 - 9");
    assertFalse(rows.get("statushouder=no").suppressed());
    assertEquals(80, rows.get("statushouder=no").shortlisted());
    assertFalse(rows.get("sex=MALE").suppressed());
    assertFalse(rows.get("sex=FEMALE").suppressed());
    ExposureReport.Row hidden = r.rows(5).stream().filter(ExposureReport.Row::suppressed).findFirst().orElseThrow();
    assertEquals(0, hidden.eligible() + hidden.shortlisted());
    assertEquals(0.0, hidden.ratio() + hidden.eligibleShare() + hidden.shortlistShare());
  }

  @Test
  void zeroIsNotASmallCellAndMinCellOneShowsEverything() {
    ExposureReport r = report(Map.of("ageBand=55+", 30L, "ageBand=27-49", 300L), Map.of("ageBand=27-49", 60L));
    assertTrue(r.rows(5).stream().noneMatch(ExposureReport.Row::suppressed), "0 of 30 shortlisted is shown");
    ExposureReport small = report(Map.of("ageBand=55+", 2L, "ageBand=27-49", 300L), Map.of("ageBand=27-49", 60L));
    assertTrue(small.rows(1).stream().noneMatch(ExposureReport.Row::suppressed));
    assertEquals(2, small.rows(5).stream().filter(ExposureReport.Row::suppressed).count(), "the small row and its complement");
    assertThrows(IllegalArgumentException.class, () -> small.rows(0));
  }
}
