package nl.werkmatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.werkmatch.lks.LksRequest;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Sector;
import nl.werkmatch.model.ValidationException;
import nl.werkmatch.model.Vacancy;
import org.junit.jupiter.api.Test;

/** The record builders copy every field and validate like the constructors. */
class BuildersTest {

  @Test
  void everySampleCandidateAndVacancySurvivesToBuilderBuild() {
    for (Candidate c : SampleData.candidates()) {
      assertEquals(c, c.toBuilder().build(), c.id());
    }
    for (Vacancy v : SampleData.vacancies()) {
      assertEquals(v, v.toBuilder().build(), v.id());
    }
  }

  @Test
  void oneChangedFieldChangesOnlyThatField() {
    Candidate c = SampleData.candidates().get(0);
    Candidate older = c.toBuilder().birthYear(1950).build();
    assertEquals(1950, older.birthYear());
    assertNotEquals(c, older);
    assertEquals(c, older.toBuilder().birthYear(c.birthYear()).build());
    Vacancy v = SampleData.vacancies().get(0);
    Vacancy retitled = v.toBuilder().title("Medewerker magazijn").build();
    assertEquals("Medewerker magazijn", retitled.title());
    assertEquals(v, retitled.toBuilder().title(v.title()).build());
  }

  @Test
  void aBuilderStartsWithOnlyTheIdAndValidatesOnBuild() {
    Candidate bare = Candidate.builder("cand-builder-1").build();
    assertEquals("cand-builder-1", bare.id());
    assertNull(bare.skills());
    assertThrows(ValidationException.class, () -> Candidate.builder("cand-builder-2")
        .desiredSectors(List.of(Sector.ZORG)).refusedSectors(List.of(Sector.ZORG)).build());
    assertThrows(ValidationException.class, () -> Vacancy.builder(" ").build());
  }

  @Test
  void theLksRequestBuilderEqualsTheConstructorAndValidates() {
    LksRequest built = LksRequest.builder().wagePerHour(new BigDecimal("15.00"))
        .loonwaardePercent(new BigDecimal("60")).hoursPerWeek(new BigDecimal("32"))
        .date(LocalDate.of(2026, 7, 1)).build();
    assertEquals(new LksRequest(new BigDecimal("15.00"), new BigDecimal("60"), new BigDecimal("32"),
        LocalDate.of(2026, 7, 1), null, false, null, null), built);
    assertThrows(ValidationException.class, () -> LksRequest.builder().hoursPerWeek(BigDecimal.TEN).build());
  }
}
