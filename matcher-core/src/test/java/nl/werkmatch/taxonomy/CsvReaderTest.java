package nl.werkmatch.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private static CsvReader csv(String text) {
    return new CsvReader(new StringReader(text), "test.csv");
  }

  @Test
  void readsQuotedCommasQuotesAndNewlines() throws IOException {
    CsvReader r = csv("\uFEFFa,b,c\r\n1,\"x, y\",\"he said \"\"hi\"\"\"\r\n2,\"line1\nline2\r\nline3\",\r\n3,,\"\"\n");
    assertEquals(List.of("a", "b", "c"), r.next());
    assertEquals(1, r.recordLine());
    assertEquals(List.of("1", "x, y", "he said \"hi\""), r.next());
    assertEquals(2, r.recordLine());
    assertEquals(List.of("2", "line1\nline2\r\nline3", ""), r.next());
    assertEquals(3, r.recordLine());
    assertEquals(List.of("3", "", ""), r.next());
    assertEquals(6, r.recordLine());
    assertNull(r.next());
  }

  @Test
  void lastRecordWithoutLineBreak() throws IOException {
    CsvReader r = csv("a,b\n1,2");
    r.next();
    assertEquals(List.of("1", "2"), r.next());
    assertNull(r.next());
  }

  @Test
  void unterminatedQuoteNamesLineAndColumn() throws IOException {
    CsvReader r = csv("a,b\n1,2\n3,\"open\nstill open\n");
    r.next();
    r.next();
    TaxonomyException e = assertThrows(TaxonomyException.class, r::next);
    assertEquals("test.csv", e.source());
    assertEquals(3, e.line());
    assertEquals(2, e.column());
    assertTrue(e.getMessage().contains("not closed"), e.getMessage());
  }

  @Test
  void garbageAfterClosingQuoteAndBareQuoteAreErrors() throws IOException {
    CsvReader r = csv("\"a\"b,c\n");
    TaxonomyException e = assertThrows(TaxonomyException.class, r::next);
    assertEquals(1, e.line());
    assertEquals(1, e.column());
    CsvReader r2 = csv("a,b\"c\n");
    TaxonomyException e2 = assertThrows(TaxonomyException.class, r2::next);
    assertEquals(2, e2.column());
  }
}
