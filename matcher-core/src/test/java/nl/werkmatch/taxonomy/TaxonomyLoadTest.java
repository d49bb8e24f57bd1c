package nl.werkmatch.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyLoadTest {
  private static Taxonomy load(String json) {
    return Taxonomy.load(new ByteArrayInputStream(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)), "t.json");
  }

  private static TaxonomyException fails(String json) {
    return assertThrows(TaxonomyException.class, () -> load(json));
  }

  private static final String GROUPS = "'groups':[{'id':'grp.top','label':'Top'},{'id':'grp.sub','label':'Sub','broader':'grp.top'}]";

  @Test
  void relatedIsMadeSymmetricAtLoad() {
    Taxonomy t = load("{" + GROUPS + ",'skills':["
        + "{'id':'sk.b','label':'B','broader':'grp.sub'},"
        + "{'id':'sk.a','label':'A','broader':'grp.sub','related':['sk.b']}]}");
    assertEquals(List.of("sk.a"), t.skill("sk.b").orElseThrow().related());
    assertEquals(List.of("sk.a", "sk.b"), t.skills().stream().map(Skill::id).toList());
  }

  @Test
  void unknownRelatedNamesEntryFieldAndLine() {
    TaxonomyException e = fails("{" + GROUPS + ",'skills':[\n{'id':'sk.a','label':'A',\n'related':['sk.b','sk.x']}]}");
    assertEquals("sk.a", e.entry());
    assertEquals("related[0]", e.field());
    assertEquals("t.json", e.source());
    assertEquals(2, e.line());
  }

  @Test
  void duplicateIdIsAnError() {
    TaxonomyException e = fails("{'skills':[{'id':'sk.a','label':'A'},\n{'id':'sk.a','label':'A2'}]}");
    assertEquals("sk.a", e.entry());
    assertEquals("id", e.field());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("duplicate"), e.getMessage());
  }

  @Test
  void cyclesInBroaderAreErrors() {
    TaxonomyException e = fails("{'groups':[{'id':'grp.a','label':'A','broader':'grp.b'},{'id':'grp.b','label':'B','broader':'grp.a'}]}");
    assertEquals("broader", e.field());
    assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    TaxonomyException e2 = fails("{'skills':[{'id':'sk.a','label':'A','broader':'sk.b'},{'id':'sk.b','label':'B','broader':'sk.a'}]}");
    assertTrue(e2.getMessage().contains("cycle"), e2.getMessage());
  }

  @Test
  void occupationValidation() {
    String skills = "'skills':[{'id':'sk.a','label':'A'}]";
    assertEquals("essentialSkills[1]", fails("{" + skills + ",'occupations':[{'id':'occ.x','label':'X','sector':'BOUW',"
        + "'essentialSkills':['sk.a','sk.q']}]}").field());
    assertEquals("sector", fails("{" + skills + ",'occupations':[{'id':'occ.x','label':'X','sector':'RUIMTEVAART',"
        + "'essentialSkills':['sk.a']}]}").field());
    assertEquals("certificates[0]", fails("{" + skills + ",'occupations':[{'id':'occ.x','label':'X','sector':'BOUW',"
        + "'essentialSkills':['sk.a'],'certificates':['RIJBEWIJS_Z']}]}").field());
    assertEquals("optionalSkills[0]", fails("{" + skills + ",'occupations':[{'id':'occ.x','label':'X','sector':'BOUW',"
        + "'essentialSkills':['sk.a'],'optionalSkills':['sk.a']}]}").field());
    assertEquals("lable", fails("{'skills':[{'id':'sk.a','lable':'A'}]}").field());
    assertEquals("id", fails("{'skills':[{'id':'skill.a','label':'A'}]}").field());
    TaxonomyException json = fails("{'skills':[{'id':'sk.a',\n'label':}]}");
    assertEquals(2, json.line());
  }

  @Test
  void loadingTheResourceTwiceGivesEqualContent() throws Exception {
    Taxonomy a;
    Taxonomy b;
    try (InputStream in = Taxonomy.class.getResourceAsStream(Taxonomy.BUILT_IN_RESOURCE)) {
      a = Taxonomy.load(in);
    }
    try (InputStream in = Taxonomy.class.getResourceAsStream(Taxonomy.BUILT_IN_RESOURCE)) {
      b = Taxonomy.load(in);
    }
    assertEquals(a.skills(), b.skills());
    assertEquals(a.occupations(), b.occupations());
    assertEquals(Taxonomy.builtIn().groups(), b.groups());
  }
}
