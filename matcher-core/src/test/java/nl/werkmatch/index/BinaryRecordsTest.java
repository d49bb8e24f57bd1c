package nl.werkmatch.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.sample.SampleGenerator;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

public class BinaryRecordsTest {

  private static List<Record> everyKindOfRecord() {
    List<Record> records = new ArrayList<>();
    records.addAll(SampleGenerator.personas());
    records.addAll(SampleGenerator.personaVacancies());
    SampleGenerator generator = new SampleGenerator(20261122L);
    generator.candidates(500).forEach(records::add);
    generator.vacancies(500).forEach(records::add);
    records.add(TestRecords.fullCandidate("c-full"));
    records.add(TestRecords.fullVacancy("v-full"));
    records.add(TestRecords.bareCandidate("c-bare"));
    return records;
  }

  @Test
  void everyGeneratedPersonaAndFullRecordComesBackEqual() {
    for (Record r : everyKindOfRecord()) {
      byte[] bytes = BinaryRecords.encode(r);
      assertEquals(r, BinaryRecords.decode(new BytesRef(bytes), r.getClass()), () -> "round trip of " + r);
      assertArrayEquals(bytes, BinaryRecords.encode(BinaryRecords.decode(new BytesRef(bytes), r.getClass())));
    }
  }

  @Test
  void decodesFromAnOffsetIntoALargerBuffer() {
    Candidate c = TestRecords.fullCandidate("c-1");
    byte[] bytes = BinaryRecords.encode(c);
    byte[] padded = new byte[bytes.length + 10];
    System.arraycopy(bytes, 0, padded, 7, bytes.length);
    assertEquals(c, BinaryRecords.decode(new BytesRef(padded, 7, bytes.length), Candidate.class));
  }

  /** A record of every value type the layout writes, with edge values. */
  public record Values(String text, Integer whole, Long big, Boolean flag, Double real, BigDecimal money, LocalDate day,
      LocalTime time, java.time.DayOfWeek weekday, List<Integer> numbers, List<Values> nested, int primitive) {}

  @Test
  void everyValueTypeRoundTripsIncludingEdgeValues() {
    Values inner = new Values("", Integer.MIN_VALUE, Long.MIN_VALUE, false, -0.0, new BigDecimal("-0.000"),
        LocalDate.MIN, LocalTime.MIDNIGHT, java.time.DayOfWeek.SUNDAY, List.of(), List.of(), Integer.MAX_VALUE);
    Values outer = new Values("é ✓ \uD83D\uDE00 tekst", Integer.MAX_VALUE, Long.MAX_VALUE, true, Double.NaN,
        new BigDecimal("123456789012345678901234567890.125"), LocalDate.MAX, LocalTime.MAX, java.time.DayOfWeek.MONDAY,
        Arrays.asList(1, null, -3), List.of(inner), -1);
    Values empty = new Values(null, null, null, null, null, null, null, null, null, null, null, 0);
    for (Values v : List.of(inner, outer, empty)) {
      assertEquals(v, BinaryRecords.decode(new BytesRef(BinaryRecords.encode(v)), Values.class));
    }
  }

  @Test
  void damagedBytesAreRefusedAsInvalidNeverMisreadSilentlyOrThrownOtherwise() {
    Random random = new Random(7);
    int refused = 0;
    for (Record r : everyKindOfRecord().subList(0, 200)) {
      byte[] bytes = BinaryRecords.encode(r);
      // cut short: always refused
      for (int cut : new int[] {0, 1, bytes.length / 2, bytes.length - 1}) {
        byte[] shorter = Arrays.copyOf(bytes, cut);
        assertThrows(IllegalArgumentException.class, () -> BinaryRecords.decode(new BytesRef(shorter), r.getClass()));
      }
      // one byte too many: refused
      byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
      assertThrows(IllegalArgumentException.class, () -> BinaryRecords.decode(new BytesRef(longer), r.getClass()));
      // a changed byte: refused, or a valid record of the type (a changed letter of a name)
      for (int i = 0; i < 20; i++) {
        byte[] changed = bytes.clone();
        changed[random.nextInt(changed.length)] ^= (byte) (1 + random.nextInt(255));
        try {
          assertTrue(r.getClass().isInstance(BinaryRecords.decode(new BytesRef(changed), r.getClass())));
        } catch (IllegalArgumentException expected) {
          refused++;
        }
      }
    }
    assertTrue(refused > 0);
  }

  public record Numbers(List<Integer> numbers, String text) {}

  @Test
  void aLengthLargerThanTheBytesLeftIsRefusedBeforeAnythingIsAllocated() {
    byte[] bytes = BinaryRecords.encode(new Numbers(List.of(1), null));
    assertArrayEquals(new byte[] {0x01, 0x01, 0x01, 0x02}, bytes, "presence, list length, element flag, zig-zag 1");
    byte[] huge = {0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
        (byte) 0xFF, (byte) 0xFF, 0x01};
    IllegalArgumentException list = assertThrows(IllegalArgumentException.class,
        () -> BinaryRecords.decode(new BytesRef(huge), Numbers.class));
    assertTrue(list.getMessage().contains("list of"), list.getMessage());
    byte[] longText = {0x02, 0x7F, 'a'};
    IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
        () -> BinaryRecords.decode(new BytesRef(longText), Numbers.class));
    assertTrue(text.getMessage().contains("length 127"), text.getMessage());
  }

  @Test
  void theLayoutFingerprintFollowsTheComponentsAndIsPartOfTheIndexFormat() {
    assertEquals(BinaryRecords.schema(Candidate.class), BinaryRecords.schema(Candidate.class));
    assertNotEquals(BinaryRecords.schema(Candidate.class), BinaryRecords.schema(Vacancy.class));
    assertNotEquals(BinaryRecords.schema(Values.class), BinaryRecords.schema(Renamed.class),
        "a renamed component changes the layout's fingerprint");
    assertTrue(Fields.FORMAT_VERSION.endsWith(RecordCodec.recordLayout()), Fields.FORMAT_VERSION);
  }

  /** {@link Values} with one component renamed. */
  public record Renamed(String words, Integer whole, Long big, Boolean flag, Double real, BigDecimal money, LocalDate day,
      LocalTime time, java.time.DayOfWeek weekday, List<Integer> numbers, List<Values> nested, int primitive) {}

  @Test
  void aTypeWithoutABinaryFormIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BinaryRecords.encode(new WithAMap(java.util.Map.of())));
    assertTrue(e.getMessage().contains("Map"), e.getMessage());
  }

  public record WithAMap(java.util.Map<String, String> map) {}
}
