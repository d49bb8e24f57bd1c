package nl.werkmatch.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.werkmatch.model.Certificate;
import nl.werkmatch.model.DrivingLicence;
import org.junit.jupiter.api.Test;

/** The taxonomy fields of issue 22 item 2: preconditions of trainings and certificates, and typical job demands. */
class TaxonomyPreconditionsTest {
  private static Taxonomy load(String json) {
    return Taxonomy.load(new ByteArrayInputStream(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)), "t.json");
  }

  private static TaxonomyException fails(String json) {
    return assertThrows(TaxonomyException.class, () -> load(json));
  }

  private static final String SKILLS = "'skills':[{'id':'sk.bus','label':'Bus','preconditions':['licence:B']},"
      + "{'id':'sk.balie','label':'Balie'}]";

  @Test
  void preconditionsTypicalDemandsAndCertificatesAreRead() {
    Taxonomy t = load("{" + SKILLS + ",'occupations':[{'id':'occ.rec','label':'Rec','sector':'ADMINISTRATIE',"
        + "'essentialSkills':['sk.balie'],'typicalDemands':{'customerContact':5,'stress':3}}],"
        + "'certificates':[{'id':'CODE_95','preconditions':['licence:C|licence:D']}]}");
    assertEquals(List.of("licence:B"), t.skill("sk.bus").orElseThrow().preconditions());
    assertEquals(List.of(), t.skill("sk.balie").orElseThrow().preconditions());
    assertEquals(5, t.occupation("occ.rec").orElseThrow().typicalDemands().customerContact());
    assertEquals(3, t.occupation("occ.rec").orElseThrow().typicalDemands().stress());
    assertEquals(List.of("licence:C|licence:D"), t.certificate(Certificate.CODE_95).orElseThrow().preconditions());
    assertTrue(t.certificate(Certificate.BHV).isEmpty());
    // merged with a taxonomy without them, they stay
    Taxonomy merged = t.merge(load("{'skills':[{'id':'sk.x','label':'X'}]}"));
    assertEquals(List.of("licence:B"), merged.skill("sk.bus").orElseThrow().preconditions());
    assertEquals(t.certificate(Certificate.CODE_95), merged.certificate(Certificate.CODE_95));
    assertEquals(t.occupation("occ.rec"), merged.occupation("occ.rec"));
  }

  @Test
  void badEntriesNameTheEntryTheFieldAndTheLine() {
    TaxonomyException e = fails("{'skills':[\n{'id':'sk.bus','label':'Bus','preconditions':['licence:B','rijbewijs B']}]}");
    assertEquals("sk.bus", e.entry());
    assertEquals("preconditions[1]", e.field());
    assertEquals(2, e.line());
    TaxonomyException d = fails("{" + SKILLS + ",'occupations':[\n\n{'id':'occ.rec','label':'Rec','sector':'ADMINISTRATIE',"
        + "'essentialSkills':['sk.balie'],'typicalDemands':{'customerContact':7}}]}");
    assertEquals("occ.rec", d.entry());
    assertEquals("typicalDemands", d.field());
    assertEquals(3, d.line());
    assertTrue(d.getMessage().contains("customerContact"), d.getMessage());
    TaxonomyException u = fails("{" + SKILLS + ",'occupations':[{'id':'occ.rec','label':'Rec','sector':'ADMINISTRATIE',"
        + "'essentialSkills':['sk.balie'],'typicalDemands':{'klantcontact':4}}]}");
    assertEquals("typicalDemands", u.field());
    TaxonomyException c = fails("{'certificates':[{'id':'CODE_96'}]}");
    assertEquals("id", c.field());
    TaxonomyException c2 = fails("{'certificates':[{'id':'CODE_95','preconditions':['licence:Z']}]}");
    assertEquals("preconditions[0]", c2.field());
  }

  @Test
  void aLicenceIncludesTheCategoriesItBuildsOn() {
    assertTrue(Preconditions.met("licence:B", List.of(DrivingLicence.CE), cert -> false));
    assertTrue(Preconditions.met("licence:C", List.of(DrivingLicence.CE), cert -> false));
    assertTrue(Preconditions.met("licence:C|licence:D", List.of(DrivingLicence.D), cert -> false));
    assertFalse(Preconditions.met("licence:C", List.of(DrivingLicence.B), cert -> false));
    assertFalse(Preconditions.met("licence:B", List.of(), cert -> false));
    assertFalse(Preconditions.met("licence:B", null, cert -> false));
    assertTrue(Preconditions.met("certificate:VCA_BASIS", List.of(), cert -> cert == Certificate.VCA_BASIS));
  }

  @Test
  void theBuiltInTaxonomyKnowsTheDrivingPreconditionsAndTheReceptionistsContact() {
    Taxonomy t = Taxonomy.builtIn();
    assertEquals(List.of("licence:B"), t.skill("sk.bestelbus-rijden").orElseThrow().preconditions());
    assertEquals(List.of("licence:C|licence:D"), t.certificate(Certificate.CODE_95).orElseThrow().preconditions());
    assertEquals(5, t.occupation("occ.receptionist").orElseThrow().typicalDemands().customerContact());
    assertTrue(t.skill("sk.heftruck-rijden").orElseThrow().preconditions().isEmpty(), "a forklift needs no driving licence");
  }
}
