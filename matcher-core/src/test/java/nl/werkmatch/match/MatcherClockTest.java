package nl.werkmatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.werkmatch.MatchIndex;
import org.junit.jupiter.api.Test;

/** The matcher reads today from its clock at every query, not once when it is built. */
class MatcherClockTest {
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** A clock an instant can be set on. */
  static final class MovableClock extends Clock {
    volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return AMSTERDAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void todayFollowsTheClockBetweenQueries() throws Exception {
    try (MatchIndex index = MatchIndex.inMemory()) {
      index.commit();
      MovableClock clock = new MovableClock(LocalDate.of(2026, 11, 22).atTime(23, 59).atZone(AMSTERDAM).toInstant());
      Matcher matcher = Matcher.builder(index).clock(clock).build();
      assertEquals(LocalDate.of(2026, 11, 22), matcher.today());
      clock.now = clock.now.plusSeconds(120);
      assertEquals(LocalDate.of(2026, 11, 23), matcher.today(), "the date moved on at midnight in Amsterdam");
    }
  }

  @Test
  void aFixedDayStandsStill() throws Exception {
    try (MatchIndex index = MatchIndex.inMemory()) {
      index.commit();
      Matcher matcher = Matcher.builder(index).today(LocalDate.of(2026, 1, 5)).build();
      assertEquals(LocalDate.of(2026, 1, 5), matcher.today());
    }
  }
}
