package nl.werkmatch.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.werkmatch.model.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscoImporterTest {
  static final String HEFTRUCK = "sk.esco-e01fcef9-e83c-5ab9-86c9-c8f40615c0e6";
  static final String REACHTRUCK = "sk.esco-0646c072-4e0b-5b91-b269-e5065043dfc1";
  static final String ORDERPICKEN = "sk.esco-6985bb42-b406-5292-8835-cc5bbefbba25";
  static final String OPSLAAN = "sk.esco-0669eae3-4af7-5a69-9c4b-e74e3976ab20";
  static final String KASSA = "sk.esco-d3165082-1471-548e-ae2b-40fe38f89f4d";
  static final String SAMENWERKEN = "sk.esco-5607664b-8708-5e29-97c2-0fde96b6a616";
  static final String KLANTEN = "sk.esco-aa59907a-2ad8-50b5-8865-7ee59e04584a";
  static final String VLOEREN = "sk.esco-2dca6eef-4a13-5d0b-97cf-5f4ab40e401f";
  static final String RAMEN = "sk.esco-c72579af-7e26-56fd-b3c9-0ade2ef9fa47";
  static final String SCHOONMAAKWERK = "sk.esco-ab6ce614-8c2c-543c-90fb-17ff4b014427";
  static final String AFWASSEN = "sk.esco-7da3d6bd-492e-558d-9b51-6e8955462497";
  static final String HYGIENE = "sk.esco-a0793a4d-dae6-5c0c-a545-310ea7f2bfac";
  static final String OCC_HEFTRUCK = "occ.esco-e01fcef9-e83c-5ab9-86c9-c8f40615c0e6";
  static final String OCC_SCHOONMAKER = "occ.esco-6cd19fee-08b1-5ba0-baba-1479b748fe67";
  static final String OCC_KEUKENHULP = "occ.esco-306c8346-e35e-5371-b887-24f5bd41ac33";

  static Path fixture() throws URISyntaxException {
    return Path.of(EscoImporterTest.class.getResource("/esco/skills_nl.csv").toURI()).getParent();
  }

  static Taxonomy esco() throws Exception {
    return EscoImporter.importDirectory(fixture(), "nl");
  }

  @Test
  void importsConceptsWithIdsFromUris() throws Exception {
    Taxonomy t = esco();
    assertEquals(17, t.skills().size());
    assertEquals(5, t.occupations().size());
    assertEquals(6, t.groups().size());
    Skill heftruck = t.skill(HEFTRUCK).orElseThrow();
    assertEquals("heftruck besturen", heftruck.label());
    assertEquals("http://data.europa.eu/esco/skill/e01fcef9-e83c-5ab9-86c9-c8f40615c0e6", heftruck.uri());
    assertEquals(List.of("heftruck rijden", "vorkheftruck bedienen", "vorkheftruck besturen"), heftruck.synonyms());
    assertEquals("grp.esco-s6.2.1", heftruck.broader());
    assertEquals("grp.esco-s6.2", t.group("grp.esco-s6.2.1").orElseThrow().broader());
    assertEquals("grp.esco-isced-f-1013", t.skill(HYGIENE).orElseThrow().broader());
    assertEquals("hotel, restaurants en catering", t.group("grp.esco-isced-f-1013").orElseThrow().label());
  }

  @Test
  void quotedCommaAndMultiLineLabelsSurvive() throws Exception {
    Taxonomy t = esco();
    assertEquals("vloeren reinigen, dweilen en boenen", t.skill(VLOEREN).orElseThrow().label());
    Occupation schoonmaker = t.occupation(OCC_SCHOONMAKER).orElseThrow();
    assertEquals("schoonmaker kantoren, scholen en winkels", schoonmaker.label());
    assertEquals(List.of("schoonmaakmedewerker", "interieurverzorger"), schoonmaker.synonyms());
    assertEquals(OCC_SCHOONMAKER, t.findOccupationByLabel("Interieurverzorger").orElseThrow().id());
    assertEquals(ORDERPICKEN, t.findSkillByLabel("Orderpicken").orElseThrow().id());
  }

  @Test
  void occupationSkillRelations() throws Exception {
    Taxonomy t = esco();
    Occupation heftruck = t.occupation(OCC_HEFTRUCK).orElseThrow();
    assertEquals(Sector.OVERIG, heftruck.sector());
    assertNull(heftruck.minEducation());
    assertEquals("http://data.europa.eu/esco/occupation/e01fcef9-e83c-5ab9-86c9-c8f40615c0e6", heftruck.uri());
    assertEquals(3, heftruck.essentialSkills().size());
    assertTrue(heftruck.essentialSkills().contains(HEFTRUCK));
    assertTrue(heftruck.optionalSkills().contains(REACHTRUCK));
    Occupation keukenhulp = t.occupation(OCC_KEUKENHULP).orElseThrow();
    assertTrue(keukenhulp.essentialSkills().contains(AFWASSEN));
    assertTrue(!keukenhulp.optionalSkills().contains(AFWASSEN), "essential wins over optional");
    assertEquals(List.of(OCC_HEFTRUCK, "occ.esco-faec0082-e792-5ee1-a27c-3d082fd44fed"),
        t.occupationsWithSkill(HEFTRUCK).stream().map(Occupation::id).toList());
  }

  @Test
  void broaderAndSkillSkillRelations() throws Exception {
    Taxonomy t = esco();
    // siblings in S6.2.1, also related
    assertEquals(SkillRelation.BROADER, t.relation(HEFTRUCK, REACHTRUCK));
    assertTrue(t.skill(REACHTRUCK).orElseThrow().related().contains(HEFTRUCK), "made symmetric");
    // skill -> skill broader, and the first broader row wins for 'ramen wassen'
    assertEquals(SCHOONMAAKWERK, t.skill(VLOEREN).orElseThrow().broader());
    assertEquals(SCHOONMAAKWERK, t.skill(RAMEN).orElseThrow().broader());
    assertEquals(SkillRelation.BROADER, t.relation(VLOEREN, SCHOONMAAKWERK));
    assertEquals(SkillRelation.BROADER, t.relation(VLOEREN, RAMEN));
    assertEquals(SkillRelation.BROADER, t.relation(VLOEREN, "grp.esco-s6.1"));
    assertEquals(SkillRelation.BROADER, t.relation(HEFTRUCK, "grp.esco-s6"));
    // related across groups
    assertEquals(SkillRelation.RELATED, t.relation(SAMENWERKEN, KASSA));
    assertEquals(SkillRelation.BROADER, t.relation(KASSA, KLANTEN));
    assertEquals(SkillRelation.NONE, t.relation(HEFTRUCK, AFWASSEN));
    assertEquals(SkillRelation.BROADER, t.relation(ORDERPICKEN, OPSLAAN));
  }

  @Test
  void mergeWithBuiltIn() throws Exception {
    Taxonomy builtIn = Taxonomy.builtIn();
    Taxonomy merged = builtIn.merge(esco());
    assertEquals(builtIn.skills().size() + 17, merged.skills().size());
    assertEquals(builtIn.occupations().size() + 5, merged.occupations().size());
    assertEquals(builtIn.groups().size() + 6, merged.groups().size());
    // label match (built-in "Orderpicken") beats the ESCO synonym "orderpicken"
    assertEquals("sk.orderpicken", merged.findSkillByLabel("orderpicken").orElseThrow().id());
    assertEquals(List.of("sk.orderpicken", ORDERPICKEN),
        merged.findSkillsByLabel("orderpicken").stream().map(Skill::id).toList());
    assertEquals(SkillRelation.NONE, merged.relation("sk.heftruck-rijden", HEFTRUCK));
    assertEquals(SkillRelation.BROADER, merged.relation("sk.heftruck-rijden", "sk.reachtruck-rijden"));
    // merging the same taxonomy twice keeps one copy
    assertEquals(merged.skills(), merged.merge(esco()).skills());
  }

  @Test
  void mergeRejectsConflictingEntries() throws Exception {
    Taxonomy a = Taxonomy.load(new java.io.ByteArrayInputStream(
        "{\"groups\":[{\"id\":\"grp.a\",\"label\":\"A\"}]}".getBytes(StandardCharsets.UTF_8)));
    Taxonomy b = Taxonomy.load(new java.io.ByteArrayInputStream(
        "{\"groups\":[{\"id\":\"grp.a\",\"label\":\"B\"}]}".getBytes(StandardCharsets.UTF_8)));
    TaxonomyException e = assertThrows(TaxonomyException.class, () -> a.merge(b));
    assertEquals("grp.a", e.entry());
  }

  private static Path copyFixture(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(fixture())) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  private static void append(Path file, String line) throws IOException {
    Files.writeString(file, line, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
  }

  @Test
  void unknownSkillInRelationNamesFileLineAndColumn(@TempDir Path tmp) throws Exception {
    Path dir = copyFixture(tmp);
    Path rel = dir.resolve("occupationSkillRelations_nl.csv");
    long lines = Files.readAllLines(rel).size();
    append(rel, "http://data.europa.eu/esco/occupation/e01fcef9-e83c-5ab9-86c9-c8f40615c0e6,essential,skill/competence,"
        + "http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000\r\n");
    TaxonomyException e = assertThrows(TaxonomyException.class, () -> EscoImporter.importDirectory(dir, "nl"));
    assertEquals("occupationSkillRelations_nl.csv", e.source());
    assertEquals(lines + 1, e.line());
    assertEquals(4, e.column());
    assertEquals("skillUri", e.field());
    assertTrue(e.getMessage().contains("unknown skill"), e.getMessage());
  }

  @Test
  void badRelationTypeAndWrongFieldCount(@TempDir Path tmp) throws Exception {
    Path dir = copyFixture(tmp);
    Path rel = dir.resolve("occupationSkillRelations_nl.csv");
    append(rel, "http://data.europa.eu/esco/occupation/e01fcef9-e83c-5ab9-86c9-c8f40615c0e6,vital,skill/competence,"
        + "http://data.europa.eu/esco/skill/e01fcef9-e83c-5ab9-86c9-c8f40615c0e6\r\n");
    TaxonomyException e = assertThrows(TaxonomyException.class, () -> EscoImporter.importDirectory(dir, "nl"));
    assertEquals("relationType", e.field());
    assertEquals(2, e.column());

    Path dir2 = Files.createDirectory(tmp.resolve("two"));
    copyFixture(dir2);
    append(dir2.resolve("skillSkillRelations_nl.csv"), "a,b,c\r\n");
    TaxonomyException e2 = assertThrows(TaxonomyException.class, () -> EscoImporter.importDirectory(dir2, "nl"));
    assertEquals("skillSkillRelations_nl.csv", e2.source());
    assertTrue(e2.getMessage().contains("expected 5 fields"), e2.getMessage());
  }

  @Test
  void missingColumnAndCycleInBroader(@TempDir Path tmp) throws Exception {
    Path dir = copyFixture(tmp);
    Files.writeString(dir.resolve("skillSkillRelations_nl.csv"), "originalSkillUri,relationType\r\n", StandardCharsets.UTF_8);
    TaxonomyException e = assertThrows(TaxonomyException.class, () -> EscoImporter.importDirectory(dir, "nl"));
    assertEquals("relatedSkillUri", e.field());
    assertEquals(1, e.line());

    Path dir2 = Files.createDirectory(tmp.resolve("cycle"));
    copyFixture(dir2);
    Path broader = dir2.resolve("broaderRelationsSkillPillar_nl.csv");
    long lines = Files.readAllLines(broader).size();
    append(broader, "SkillGroup,http://data.europa.eu/esco/skill/S6,SkillGroup,http://data.europa.eu/esco/skill/S6.2.1\r\n");
    TaxonomyException e2 = assertThrows(TaxonomyException.class, () -> EscoImporter.importDirectory(dir2, "nl"));
    assertTrue(e2.getMessage().contains("cycle"), e2.getMessage());
    assertEquals("broader", e2.field());
    assertEquals("broaderRelationsSkillPillar_nl.csv", e2.source());
    assertTrue(e2.line() > 1 && e2.line() <= lines + 1, e2.getMessage());
  }

  @Test
  void idForUris() {
    assertEquals("sk.esco-abc-123", EscoImporter.idFor("sk.", "http://data.europa.eu/esco/skill/abc-123"));
    assertEquals("grp.esco-isced-f-0412", EscoImporter.idFor("grp.", "http://data.europa.eu/esco/isced-f/0412"));
    assertEquals("occ.esco-x-y", EscoImporter.idFor("occ.", "http://example.org/occ/X_Y/"));
  }
}
