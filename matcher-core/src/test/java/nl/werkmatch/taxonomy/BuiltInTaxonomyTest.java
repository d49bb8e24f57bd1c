package nl.werkmatch.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.Sector;
import org.junit.jupiter.api.Test;

class BuiltInTaxonomyTest {
  private static final Taxonomy T = Taxonomy.builtIn();
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Test
  void builtInIsCachedSingleton() {
    assertSame(T, Taxonomy.builtIn());
  }

  @Test
  void countsAndSectors() {
    assertTrue(T.occupations().size() >= 60, "occupations: " + T.occupations().size());
    assertTrue(T.skills().size() >= 300, "skills: " + T.skills().size());
    Map<Sector, Integer> perSector = new EnumMap<>(Sector.class);
    T.occupations().forEach(o -> perSector.merge(o.sector(), 1, Integer::sum));
    for (Sector s : List.of(Sector.ZORG, Sector.TECHNIEK, Sector.LOGISTIEK, Sector.PRODUCTIE, Sector.SCHOONMAAK,
        Sector.HORECA, Sector.DETAILHANDEL, Sector.GROEN, Sector.BOUW, Sector.ICT, Sector.BEVEILIGING,
        Sector.CONTACTCENTER, Sector.ADMINISTRATIE)) {
      assertTrue(perSector.getOrDefault(s, 0) >= 4, s + " has " + perSector.get(s));
    }
  }

  @Test
  void entryLevelOccupationsArePresent() {
    for (String id : List.of("occ.orderpicker", "occ.heftruckchauffeur", "occ.magazijnmedewerker", "occ.productiemedewerker",
        "occ.inpakker", "occ.schoonmaker", "occ.glazenwasser", "occ.afwasser", "occ.keukenhulp", "occ.medewerker-bediening",
        "occ.vakkenvuller", "occ.kassamedewerker", "occ.hovenier", "occ.groenvoorziener", "occ.helpende-zorg-en-welzijn",
        "occ.huishoudelijke-hulp", "occ.woonbegeleider", "occ.bouwplaatsmedewerker", "occ.schilder", "occ.stratenmaker",
        "occ.beveiliger", "occ.klantenservicemedewerker", "occ.administratief-medewerker", "occ.postbezorger",
        "occ.servicedeskmedewerker")) {
      assertTrue(T.occupation(id).isPresent(), id);
    }
  }

  @Test
  void idsFollowThePatternAndEveryReferenceResolves() {
    for (SkillGroup g : T.groups()) {
      assertTrue(g.id().startsWith("grp.") && KEBAB.matcher(g.id().substring(4)).matches(), g.id());
      if (g.broader() != null) {
        assertTrue(T.group(g.broader()).isPresent(), g.id() + " broader");
      }
    }
    for (Skill s : T.skills()) {
      assertTrue(s.id().startsWith("sk.") && KEBAB.matcher(s.id().substring(3)).matches(), s.id());
      assertTrue(T.group(s.broader()).isPresent(), s.id() + " broader " + s.broader());
      assertFalse(s.synonyms().isEmpty(), s.id() + " has no synonyms");
      for (String r : s.related()) {
        assertTrue(T.skill(r).isPresent(), s.id() + " related " + r);
      }
    }
    for (Occupation o : T.occupations()) {
      assertTrue(o.id().startsWith("occ.") && KEBAB.matcher(o.id().substring(4)).matches(), o.id());
      assertTrue(o.essentialSkills().size() >= 3 && o.essentialSkills().size() <= 8, o.id() + " essential");
      assertTrue(o.optionalSkills().size() >= 2 && o.optionalSkills().size() <= 6, o.id() + " optional");
      for (String id : o.essentialSkills()) {
        assertTrue(T.skill(id).isPresent(), o.id() + " essential " + id);
      }
      for (String id : o.optionalSkills()) {
        assertTrue(T.skill(id).isPresent(), o.id() + " optional " + id);
      }
    }
  }

  @Test
  void relatedIsSymmetric() {
    int links = 0;
    for (Skill s : T.skills()) {
      for (String r : s.related()) {
        assertTrue(T.skill(r).orElseThrow().related().contains(s.id()), s.id() + " <-> " + r);
        links++;
      }
    }
    assertTrue(links > 300, "related links: " + links);
  }

  @Test
  void listsAndResourceAreSortedById() throws Exception {
    assertSorted(T.skills().stream().map(Skill::id).toList());
    assertSorted(T.groups().stream().map(SkillGroup::id).toList());
    assertSorted(T.occupations().stream().map(Occupation::id).toList());
    try (InputStream in = Taxonomy.class.getResourceAsStream(Taxonomy.BUILT_IN_RESOURCE)) {
      JsonNode root = Json.mapper().readTree(in);
      for (String array : List.of("groups", "skills", "occupations")) {
        List<String> ids = new ArrayList<>();
        root.get(array).forEach(n -> ids.add(n.get("id").asText()));
        assertSorted(ids);
      }
    }
  }

  private static void assertSorted(List<String> ids) {
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    assertEquals(sorted, ids);
  }

  @Test
  void noNameIsSharedByTwoSkillsOrTwoOccupations() {
    Map<String, String> seen = new HashMap<>();
    for (Skill s : T.skills()) {
      List<String> names = new ArrayList<>(s.synonyms());
      names.add(s.label());
      for (String n : names) {
        String prev = seen.put(Entries.normalize(n), s.id());
        assertTrue(prev == null || prev.equals(s.id()), "'" + n + "' in " + prev + " and " + s.id());
      }
    }
    seen.clear();
    for (Occupation o : T.occupations()) {
      List<String> names = new ArrayList<>(o.synonyms());
      names.add(o.label());
      for (String n : names) {
        String prev = seen.put(Entries.normalize(n), o.id());
        assertTrue(prev == null || prev.equals(o.id()), "'" + n + "' in " + prev + " and " + o.id());
      }
    }
  }

  @Test
  void relationSemantics() {
    assertEquals(SkillRelation.EXACT, T.relation("sk.heftruck-rijden", "sk.heftruck-rijden"));
    // siblings under grp.intern-transport (also listed as related: the stronger BROADER wins)
    assertEquals(SkillRelation.BROADER, T.relation("sk.reachtruck-rijden", "sk.heftruck-rijden"));
    assertTrue(T.skill("sk.reachtruck-rijden").orElseThrow().related().contains("sk.heftruck-rijden"));
    // skill against its group and the group's parent
    assertEquals(SkillRelation.BROADER, T.relation("sk.orderpicken", "grp.magazijn"));
    assertEquals(SkillRelation.BROADER, T.relation("sk.orderpicken", "grp.logistiek"));
    assertEquals(SkillRelation.BROADER, T.relation("grp.magazijn", "sk.orderpicken"));
    // related across groups: kassa (grp.kassa) and afrekenen in de horeca (grp.bediening)
    assertEquals(SkillRelation.RELATED, T.relation("sk.afrekenen-horeca", "sk.kassa-bedienen"));
    assertEquals(SkillRelation.RELATED, T.relation("sk.kassa-bedienen", "sk.afrekenen-horeca"));
    assertEquals(SkillRelation.NONE, T.relation("sk.lassen", "sk.afwassen"));
    // skills in different groups under the same top group are not siblings
    assertEquals(SkillRelation.NONE, T.relation("sk.heftruck-rijden", "sk.orderpicken"));
    assertEquals(SkillRelation.NONE, T.relation("sk.lassen", "sk.bestaat-niet"));
    assertEquals(SkillRelation.NONE, T.relation(null, "sk.lassen"));
    assertEquals(SkillRelation.EXACT, T.relation("sk.bestaat-niet", "sk.bestaat-niet"));
  }

  @Test
  void ordinalRelationAgreesWithStringRelationForAllPairs() {
    List<Skill> skills = T.skills();
    int broader = 0;
    int related = 0;
    for (int i = 0; i < skills.size(); i++) {
      String a = skills.get(i).id();
      assertEquals(i, T.ordinal(a));
      for (int j = 0; j < skills.size(); j++) {
        String b = skills.get(j).id();
        SkillRelation r = T.relation(a, b);
        assertEquals(r, T.relation(i, j));
        assertEquals(r, T.relation(b, a), "relation is symmetric");
        boolean siblings = skills.get(i).broader().equals(skills.get(j).broader());
        SkillRelation expected = i == j ? SkillRelation.EXACT
            : siblings ? SkillRelation.BROADER
            : skills.get(i).related().contains(b) ? SkillRelation.RELATED : SkillRelation.NONE;
        assertEquals(expected, r, a + " vs " + b);
        if (r == SkillRelation.BROADER) {
          broader++;
        } else if (r == SkillRelation.RELATED) {
          related++;
        }
      }
    }
    assertTrue(broader > 0 && related > 0);
    assertEquals(-1, T.ordinal("sk.bestaat-niet"));
    assertEquals(SkillRelation.NONE, T.relation(-1, 0));
  }

  @Test
  void labelLookupIgnoresCaseDiacriticsAndSpacing() {
    assertEquals("sk.heftruck-rijden", T.findSkillByLabel("Heftruck Rijden").orElseThrow().id());
    assertEquals("sk.orderpicken", T.findSkillByLabel("orders verzamelen").orElseThrow().id());
    assertEquals("sk.orderpicken", T.findSkillByLabel("  ORDERPICKEN ").orElseThrow().id());
    assertEquals("sk.vca-veilig-werken", T.findSkillByLabel("vca   veilig werken").orElseThrow().id());
    assertEquals("sk.handhygiene", T.findSkillByLabel("Handhygiene").orElseThrow().id());
    assertEquals("sk.haccp-hygiene", T.findSkillByLabel("hygienisch werken met voedsel (haccp)").orElseThrow().id());
    assertEquals("sk.koken-a-la-carte", T.findSkillByLabel("koken a la carte").orElseThrow().id());
    assertTrue(T.findSkillByLabel("raketten bouwen").isEmpty());
    assertTrue(T.findSkillByLabel(null).isEmpty());
    assertEquals("occ.kassamedewerker", T.findOccupationByLabel("Caissiere").orElseThrow().id());
    assertEquals("occ.postbezorger", T.findOccupationByLabel("postbode").orElseThrow().id());
    assertEquals("occ.helpende-zorg-en-welzijn", T.findOccupationByLabel("helpende z&w").orElseThrow().id());
  }

  @Test
  void occupationsWithSkill() {
    List<String> ids = T.occupationsWithSkill("sk.heftruck-rijden").stream().map(Occupation::id).toList();
    assertTrue(ids.containsAll(Set.of("occ.heftruckchauffeur", "occ.magazijnmedewerker", "occ.reachtruckchauffeur")), ids.toString());
    assertSorted(ids);
    assertTrue(T.occupationsWithSkill("sk.bestaat-niet").isEmpty());
  }

  @Test
  void certificatesAndEducationAreSet() {
    Occupation heftruck = T.occupation("occ.heftruckchauffeur").orElseThrow();
    assertTrue(heftruck.certificates().contains(nl.werkmatch.model.Certificate.HEFTRUCK));
    assertNull(heftruck.minEducation());
    assertEquals(nl.werkmatch.model.EducationLevel.MBO_3, T.occupation("occ.woonbegeleider").orElseThrow().minEducation());
    assertEquals(Sector.LOGISTIEK, heftruck.sector());
  }
}
