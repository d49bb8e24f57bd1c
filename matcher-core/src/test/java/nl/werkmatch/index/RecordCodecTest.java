package nl.werkmatch.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.SkillClaim;
import nl.werkmatch.model.SkillSource;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.WorkExperience;
import nl.werkmatch.taxonomy.Occupation;
import nl.werkmatch.taxonomy.Taxonomy;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

  @Test
  void recordRoundTripIsExactForFullRecords() {
    Candidate c = TestRecords.fullCandidate("c-1");
    Vacancy v = TestRecords.fullVacancy("v-1");
    assertEquals(c, RecordCodec.decode(new BytesRef(RecordCodec.encode(c)), Candidate.class));
    assertEquals(v, RecordCodec.decode(new BytesRef(RecordCodec.encode(v)), Vacancy.class));
    Candidate bare = TestRecords.bareCandidate("c-2");
    assertEquals(bare, RecordCodec.decode(new BytesRef(RecordCodec.encode(bare)), Candidate.class));
    // Same record, same bytes.
    assertArrayEquals(RecordCodec.encode(c), RecordCodec.encode(TestRecords.fullCandidate("c-1")));
  }

  @Test
  void vacancyLevelsHoldWhatTheVacancyStatesAndNothingForABareOne() {
    long full = RecordCodec.vacancyLevels(TestRecords.fullVacancy("v"));
    Map<Fields.VacancyLevel, Integer> expected = new java.util.EnumMap<>(Map.ofEntries(
        Map.entry(Fields.VacancyLevel.PACE, 3), Map.entry(Fields.VacancyLevel.ACCURACY, 3),
        Map.entry(Fields.VacancyLevel.INDEPENDENCE, 2), Map.entry(Fields.VacancyLevel.STRESS, 3),
        Map.entry(Fields.VacancyLevel.CUSTOMER_CONTACT, 2), Map.entry(Fields.VacancyLevel.PHYSICAL_LOAD, 4),
        Map.entry(Fields.VacancyLevel.SUPERVISION, 4), Map.entry(Fields.VacancyLevel.STRUCTURE, 4),
        Map.entry(Fields.VacancyLevel.SETBACK_TOLERANCE, 4), Map.entry(Fields.VacancyLevel.MIN_HOURS, 17),
        Map.entry(Fields.VacancyLevel.MAX_HOURS, 33), Map.entry(Fields.VacancyLevel.SHIFTS, 1),
        Map.entry(Fields.VacancyLevel.NIGHTS, 0), Map.entry(Fields.VacancyLevel.WEEKENDS, 1),
        Map.entry(Fields.VacancyLevel.MIN_EDUCATION, 4), Map.entry(Fields.VacancyLevel.STARTKWALIFICATIE, 0),
        Map.entry(Fields.VacancyLevel.CERTIFICATES, 0), Map.entry(Fields.VacancyLevel.CERTIFICATES_ON_JOB, 1),
        Map.entry(Fields.VacancyLevel.OTHER_LANGUAGES, 1), Map.entry(Fields.VacancyLevel.DUTCH_LEVEL, 2),
        Map.entry(Fields.VacancyLevel.UNPAID, 0), Map.entry(Fields.VacancyLevel.LOONKOSTENSUBSIDIE, 1)));
    for (Fields.VacancyLevel level : Fields.VacancyLevel.values()) {
      assertEquals(expected.get(level), level.of(full), level.name());
      assertEquals(0, level.of(RecordCodec.vacancyLevels(TestRecords.bareVacancy("b"))), level.name());
    }
    assertEquals(63, Fields.VacancyLevel.MAX_HOURS.of(Fields.VacancyLevel.MAX_HOURS.with(full, 63)));
    assertEquals(3, Fields.VacancyLevel.PACE.of(Fields.VacancyLevel.MAX_HOURS.with(full, 63)), "neighbours untouched");
    assertThrows(IllegalArgumentException.class, () -> Fields.VacancyLevel.PACE.with(0, 8));
    assertThrows(IllegalArgumentException.class, () -> Fields.VacancyLevel.PACE.with(0, -1));
    Document doc = RecordCodec.vacancyDocument(TestRecords.fullVacancy("v"));
    assertEquals(full, doc.getField(Fields.VACANCY_LEVELS).numericValue().longValue());
  }

  @Test
  void candidateDocumentHasTheDocumentedFields() {
    Document doc = RecordCodec.candidateDocument(TestRecords.fullCandidate("c-1"));
    assertEquals(List.of("1"), strings(doc, Fields.HAS_LOCATION));
    assertEquals(List.of("NL"), strings(doc, Fields.COUNTRY));
    assertEquals(List.of("occ-1", "occ-2"), strings(doc, Fields.DESIRED_OCCUPATION));
    assertEquals(List.of("ZORG", "LOGISTIEK"), strings(doc, Fields.DESIRED_SECTOR));
    assertEquals(List.of("BEVEILIGING"), strings(doc, Fields.REFUSED_SECTOR));
    assertEquals(List.of("BIKE", "CAR"), strings(doc, Fields.MODE));
    assertEquals(List.of("VCA_BASIS", "HEFTRUCK"), strings(doc, Fields.CERTIFICATE));
    assertEquals(List.of("DOELGROEPREGISTER", "BESCHUT_WERK_INDICATIE"), strings(doc, Fields.TARGET_GROUP));
    assertEquals(List.of("NO_HEAVY_LIFTING", "NO_NIGHT_SHIFTS"), strings(doc, Fields.LIMITATION));
    assertEquals(List.of("5"), strings(doc, Fields.LADDER));
    assertEquals(List.of("sk-1", "sk-2"), strings(doc, Fields.SKILL_ID));
    assertEquals(Map.of("sk-1", 1.0f, "sk-2", 0.875f), features(doc)); // min(1, 0.5 + 0.125 x level): levels 4 and 3
    assertEquals(List.of("Heftruck rijden", "Klantvriendelijk", "Magazijnmedewerker", "Schoonmaker", "MBO 2 Logistiek"),
        strings(doc, Fields.TEXT));
    assertEquals(16, doc.getField(Fields.MIN_HOURS).numericValue().intValue());
    assertEquals(24, doc.getField(Fields.MAX_HOURS).numericValue().intValue(), "effective max hours (medical limit)");
    assertEquals(45, doc.getField(Fields.MAX_TRAVEL).numericValue().intValue());
    assertEquals(62.5, org.apache.lucene.util.NumericUtils.sortableLongToDouble(doc.getField(Fields.LOONWAARDE).numericValue().longValue()));
    assertEquals(3, doc.getField(Fields.DUTCH_LEVEL).numericValue().intValue(), "2F is about B1");
    assertEquals(1, doc.getFields(Fields.RECORD).length);
  }

  @Test
  void vacancyDocumentMergesSkillListedAsRequiredAndOptional() {
    Document doc = RecordCodec.vacancyDocument(TestRecords.fullVacancy("v-1"));
    Map<String, Float> f = features(doc);
    assertEquals(2f / 6, f.get("sk-1"), 0.005f);
    assertEquals(1f / 6, f.get("sk-2"), 0.005f);
    assertEquals(2, f.size());
    assertEquals(List.of("sk-1", "sk-2"), strings(doc, Fields.SKILL_ID));
    assertEquals(List.of("GARANTIEBAAN"), strings(doc, Fields.KIND));
    assertEquals(List.of("ZORG"), strings(doc, Fields.SECTOR));
    assertEquals(List.of("occ-1"), strings(doc, Fields.OCCUPATION));
    assertEquals(List.of("VCA_BASIS"), strings(doc, Fields.CERTIFICATE));
    assertEquals(List.of("PROLONGED_STANDING", "DUST"), strings(doc, Fields.CONDITION));
    assertEquals(List.of("Medewerker facilitaire dienst"), strings(doc, Fields.TITLE));
    assertEquals(2, doc.getFields(Fields.TEXT).length);
    assertEquals(2, doc.getField(Fields.DUTCH_LEVEL).numericValue().intValue(), "1F is about A2");
    assertEquals(35.0, org.apache.lucene.util.NumericUtils.sortableLongToDouble(doc.getField(Fields.MIN_LOONWAARDE).numericValue().longValue()));
  }

  @Test
  void bareRecordsHaveOnlyIdSourceAndNoLocation() {
    Document doc = RecordCodec.candidateDocument(TestRecords.bareCandidate("c-9"));
    assertEquals(List.of("0"), strings(doc, Fields.HAS_LOCATION));
    assertTrue((doc.getFields(Fields.LOCATION).length == 0));
    assertTrue((doc.getFields(Fields.SKILL).length == 0));
    assertNull(doc.getField(Fields.MAX_HOURS));
    Document vdoc = RecordCodec.vacancyDocument(TestRecords.bareVacancy("v-9"));
    assertEquals(List.of("0"), strings(vdoc, Fields.HAS_LOCATION));
    assertNull(vdoc.getField(Fields.KIND));
  }

  @Test
  void locationOverrideIsCheckedAndIndexed() {
    Candidate c = TestRecords.candidate("c-1", null, null);
    // a postcode-only home is located by the built-in gazetteer; the override replaces that
    assertEquals(List.of("1"), strings(RecordCodec.candidateDocument(c), Fields.HAS_LOCATION));
    Document doc = RecordCodec.candidateDocument(c, new double[] {52.26, 6.79});
    assertEquals(List.of("1"), strings(doc, Fields.HAS_LOCATION));
    assertEquals(2, doc.getFields(Fields.LOCATION).length, "point and doc values");
    assertThrows(IllegalArgumentException.class, () -> RecordCodec.candidateDocument(c, new double[] {91, 0}));
    assertThrows(IllegalArgumentException.class, () -> RecordCodec.candidateDocument(c, new double[] {1}));
  }

  @Test
  void decodingGarbageNamesTheField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RecordCodec.decode(new BytesRef("{\"id\":\"x y\"}"), Candidate.class));
    assertTrue(e.getMessage().contains(Fields.RECORD), e.getMessage());
  }

  @Test
  void aDamagedRecordInTheIndexNamesTheDocumentAndTheField() throws Exception {
    Candidate c = TestRecords.fullCandidate("c-1");
    try (var dir = new org.apache.lucene.store.ByteBuffersDirectory();
        var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
      writer.addDocument(RecordCodec.candidateDocument(c));
      byte[] cut = java.util.Arrays.copyOf(RecordCodec.encode(c), 40);
      Document damaged = new Document();
      damaged.add(new org.apache.lucene.document.BinaryDocValuesField(Fields.RECORD, new BytesRef(cut)));
      damaged.add(new org.apache.lucene.document.SortedDocValuesField(Fields.ID, new BytesRef("c-2")));
      damaged.add(new org.apache.lucene.document.StringField(Fields.ID, "c-2",
          org.apache.lucene.document.Field.Store.NO));
      writer.addDocument(damaged);
      writer.addDocument(new Document()); // no record at all
      writer.commit();
      try (var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
        assertEquals(c, RecordCodec.decodeCandidate(reader, 0));
        IllegalStateException e1 = assertThrows(IllegalStateException.class, () -> RecordCodec.decodeCandidate(reader, 1));
        assertTrue(e1.getMessage().contains("index document 1") && e1.getMessage().contains(Fields.RECORD), e1.getMessage());
        assertTrue(e1.getMessage().contains("index document 1 (candidate c-2)") && e1.getMessage().contains("matcher check"),
            e1.getMessage());
        IllegalStateException e2 = assertThrows(IllegalStateException.class, () -> RecordCodec.decodeCandidate(reader, 2));
        assertTrue(e2.getMessage().contains("index document 2") && e2.getMessage().contains(Fields.RECORD), e2.getMessage());
      }
    }
  }

  @Test
  void essentialSkillsOfPastOccupationsAreIndexedAsImpliedClaims() {
    Taxonomy builtIn = Taxonomy.builtIn();
    Occupation o = builtIn.occupations().stream().filter(x -> x.essentialSkills().size() >= 2).findFirst().orElseThrow();
    String claimed = o.essentialSkills().get(0);
    Candidate c = new Candidate("c-1", null, null, null, null, null, null, null,
        List.of(new SkillClaim(claimed, null, 5, SkillSource.ASSESSED, null)),
        List.of(new WorkExperience(o.id(), null, 2.0, 2024), new WorkExperience("occ.unknown-here", "Elders", 1.0, 2020)),
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    Map<String, Float> withBuiltIn = features(RecordCodec.candidateDocument(c));
    float implied = 0.5f + Fields.CANDIDATE_WEIGHT_PER_LEVEL * Fields.IMPLIED_SKILL_LEVEL;
    Map<String, Float> expected = new TreeMap<>();
    o.essentialSkills().forEach(id -> expected.put(id, implied));
    expected.put(claimed, 1f); // claimed at level 5: the higher of claim and implied
    assertEquals(expected.keySet(), withBuiltIn.keySet());
    expected.forEach((id, w) -> assertEquals(w, withBuiltIn.get(id), 0.01f, id));
    assertEquals(List.copyOf(expected.keySet()), strings(RecordCodec.candidateDocument(c), Fields.SKILL_ID).stream().sorted().toList());

    // a taxonomy without that occupation implies nothing: only the claim is indexed
    Taxonomy none = Taxonomy.load(new java.io.ByteArrayInputStream("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(Map.of(claimed, 1f), features(RecordCodec.candidateDocument(c, null, none)));
    assertNotEquals(RecordCodec.impliedSkillsFingerprint(builtIn), RecordCodec.impliedSkillsFingerprint(none));
  }

  @Test
  void theFingerprintFollowsWhatOccupationsImplyOnly() throws java.io.IOException {
    Taxonomy reloaded;
    try (java.io.InputStream in = Taxonomy.class.getResourceAsStream(Taxonomy.BUILT_IN_RESOURCE)) {
      reloaded = Taxonomy.load(in);
    }
    assertEquals(RecordCodec.impliedSkillsFingerprint(Taxonomy.builtIn()), RecordCodec.impliedSkillsFingerprint(reloaded));
  }

  private static List<String> strings(Document doc, String field) {
    return java.util.Arrays.stream(doc.getFields(field))
        .filter(f -> f.stringValue() != null)
        .map(IndexableField::stringValue)
        .toList();
  }

  private static Map<String, Float> features(Document doc) {
    Map<String, Float> out = new TreeMap<>();
    for (IndexableField f : doc.getFields(Fields.SKILL)) {
      FeatureField ff = (FeatureField) f;
      out.put(ff.stringValue(), ff.getFeatureValue());
    }
    return out;
  }
}
