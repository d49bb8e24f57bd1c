package nl.werkmatch.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.geo.Municipality;
import nl.werkmatch.geo.Netherlands;
import nl.werkmatch.geo.Place;
import nl.werkmatch.geo.PostcodeRange;
import nl.werkmatch.model.Sector;
import nl.werkmatch.taxonomy.Occupation;
import nl.werkmatch.taxonomy.Skill;
import nl.werkmatch.taxonomy.Taxonomy;

/**
 * The reference data the factories draw from, in a fixed order (sorted by id or file order): the
 * regional towns (the default) or every municipality of the country (national).
 */
final class Catalogue {
  final List<Occupation> occupations;
  final Map<String, String> skillLabels = new TreeMap<>();
  /** Work habits and basic skills (werknemersvaardigheden, basisvaardigheden): asked for, but not tasks. */
  final java.util.Set<String> softSkills = new java.util.TreeSet<>();
  final Gazetteer gazetteer;
  final List<Place> candidateTowns = new ArrayList<>();
  final double[] candidateTownWeights;
  final List<Place> vacancyTowns = new ArrayList<>();
  final double[] vacancyTownWeights;
  final double[] candidateOccupationWeights;
  final double[] vacancyOccupationWeights;
  /** Spread radius (km) per national place name; empty in the regional catalogue. */
  private final Map<String, Double> spreadKm = new TreeMap<>();

  /** Rough share of bijstand clients per town (candidates) and of jobs per town (vacancies). */
  private static final Map<String, double[]> TOWN_WEIGHTS = new TreeMap<>(Map.ofEntries(
      Map.entry("Enschede", new double[] {30, 25}), Map.entry("Glanerbrug", new double[] {2, 0.5}),
      Map.entry("Hengelo", new double[] {12, 16}), Map.entry("Almelo", new double[] {14, 16}),
      Map.entry("Borne", new double[] {2, 3}), Map.entry("Oldenzaal", new double[] {4, 5}),
      Map.entry("Losser", new double[] {2, 1.5}), Map.entry("Denekamp", new double[] {1, 1}),
      Map.entry("Ootmarsum", new double[] {0.5, 1}), Map.entry("Weerselo", new double[] {0.5, 0.3}),
      Map.entry("Haaksbergen", new double[] {2, 2}), Map.entry("Nijverdal", new double[] {2.5, 3}),
      Map.entry("Hellendoorn", new double[] {0.7, 0.5}), Map.entry("Goor", new double[] {1.5, 2}),
      Map.entry("Delden", new double[] {0.6, 1}), Map.entry("Markelo", new double[] {0.4, 0.3}),
      Map.entry("Diepenheim", new double[] {0.2, 0.2}), Map.entry("Rijssen", new double[] {2, 3}),
      Map.entry("Holten", new double[] {0.8, 1}), Map.entry("Tubbergen", new double[] {0.8, 1.5}),
      Map.entry("Albergen", new double[] {0.4, 0.5}), Map.entry("Vriezenveen", new double[] {1.5, 2}),
      Map.entry("Vroomshoop", new double[] {1, 1}), Map.entry("Den Ham", new double[] {0.6, 0.5}),
      Map.entry("Wierden", new double[] {1.3, 2}), Map.entry("Enter", new double[] {0.5, 1}),
      Map.entry("Assen", new double[] {9, 6}), Map.entry("Gieten", new double[] {0.6, 0.5}),
      Map.entry("Rolde", new double[] {0.5, 0.3}), Map.entry("Annen", new double[] {0.4, 0.2}),
      Map.entry("Vries", new double[] {0.5, 0.5}), Map.entry("Zuidlaren", new double[] {0.8, 0.7}),
      Map.entry("Eelde", new double[] {0.6, 0.8}),
      Map.entry("Gronau", new double[] {0, 1.2}), Map.entry("Nordhorn", new double[] {0, 1.2}),
      Map.entry("Bad Bentheim", new double[] {0, 0.6})));

  /** Share of desired occupations (candidates) and of vacancies (vacancies) per sector. */
  private static final Map<Sector, double[]> SECTOR_WEIGHTS = new TreeMap<>(Map.ofEntries(
      Map.entry(Sector.LOGISTIEK, new double[] {14, 14}), Map.entry(Sector.PRODUCTIE, new double[] {13, 14}),
      Map.entry(Sector.ZORG, new double[] {12, 12}), Map.entry(Sector.SCHOONMAAK, new double[] {10, 10}),
      Map.entry(Sector.HORECA, new double[] {9, 9}), Map.entry(Sector.DETAILHANDEL, new double[] {11, 10}),
      Map.entry(Sector.TECHNIEK, new double[] {7, 9}), Map.entry(Sector.BOUW, new double[] {5, 7}),
      Map.entry(Sector.GROEN, new double[] {7, 6}), Map.entry(Sector.ADMINISTRATIE, new double[] {7, 4}),
      Map.entry(Sector.CONTACTCENTER, new double[] {4, 3}), Map.entry(Sector.BEVEILIGING, new double[] {3, 3}),
      Map.entry(Sector.ICT, new double[] {2, 2})));

  /** The regional catalogue: Twente and the Assen region, the built-in gazetteer's towns. */
  Catalogue(Taxonomy taxonomy, Gazetteer gazetteer) {
    this(taxonomy, gazetteer, null);
  }

  /**
   * With {@code national} set: candidates and vacancies in every Dutch municipality (one
   * postcode-less place at its centre each), in proportion to its population; else the regional
   * towns with {@link #TOWN_WEIGHTS}.
   */
  Catalogue(Taxonomy taxonomy, Gazetteer gazetteer, Netherlands national) {
    this.gazetteer = gazetteer;
    List<Occupation> occ = new ArrayList<>(taxonomy.occupations());
    occ.sort(Comparator.comparing(Occupation::id));
    this.occupations = List.copyOf(occ);
    for (Skill s : taxonomy.skills()) {
      skillLabels.put(s.id(), s.label());
      String group = s.broader();
      for (int depth = 0; group != null && depth < 20; depth++) {
        if (group.equals("grp.werknemersvaardigheden") || group.equals("grp.basisvaardigheden")) {
          softSkills.add(s.id());
          break;
        }
        group = taxonomy.group(group).map(nl.werkmatch.taxonomy.SkillGroup::broader).orElse(null);
      }
    }
    softSkills.add("sk.empathie");
    List<Double> cw = new ArrayList<>();
    List<Double> vw = new ArrayList<>();
    for (Municipality m : national == null ? List.<Municipality>of() : national.municipalities()) {
      Place p = new Place(m.name(), Place.Kind.MUNICIPALITY, m.name(), m.province(), m.region(), "NL", m.centre(), List.of());
      candidateTowns.add(p);
      cw.add((double) m.population());
      vacancyTowns.add(p);
      vw.add((double) m.population());
      spreadKm.put(m.name(), spreadKm(m.population()));
    }
    for (Place p : national != null ? List.<Place>of() : gazetteer.places()) {
      double[] w = TOWN_WEIGHTS.get(p.name());
      if (w == null || p.kind() != Place.Kind.TOWN) {
        continue;
      }
      if (w[0] > 0) {
        candidateTowns.add(p);
        cw.add(w[0]);
      }
      if (w[1] > 0) {
        vacancyTowns.add(p);
        vw.add(w[1]);
      }
    }
    candidateTownWeights = cw.stream().mapToDouble(Double::doubleValue).toArray();
    vacancyTownWeights = vw.stream().mapToDouble(Double::doubleValue).toArray();
    candidateOccupationWeights = occupationWeights(0);
    vacancyOccupationWeights = occupationWeights(1);
  }

  private double[] occupationWeights(int column) {
    Map<Sector, Integer> perSector = new TreeMap<>();
    for (Occupation o : occupations) {
      perSector.merge(o.sector(), 1, Integer::sum);
    }
    double[] w = new double[occupations.size()];
    for (int i = 0; i < w.length; i++) {
      Occupation o = occupations.get(i);
      double[] sw = SECTOR_WEIGHTS.get(o.sector());
      w[i] = (sw == null ? 1 : sw[column]) / perSector.get(o.sector());
    }
    return w;
  }

  /**
   * How far (km) from its centre a record of a national place is placed: a town of 20,000 spreads
   * over 2.5 km, a city of 900,000 over 8 (at most); the regional towns use the factories' own radii.
   */
  private static double spreadKm(int population) {
    return Math.min(8.0, 1.5 + Math.sqrt(population / 20_000.0));
  }

  /**
   * The radius within which records of {@code town} are placed: {@code regional} for a town of the
   * regional catalogue, the population-based spread for a national municipality.
   */
  double spreadKm(Place town, double regional) {
    Double km = spreadKm.get(town.name());
    return km == null ? regional : km;
  }

  String skillLabel(String id) {
    String label = skillLabels.get(id);
    return label == null ? id : label;
  }

  List<Occupation> inSector(Sector s) {
    return occupations.stream().filter(o -> o.sector() == s).toList();
  }

  Occupation occupation(String id) {
    for (Occupation o : occupations) {
      if (o.id().equals(id)) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown occupation " + id);
  }

  /** A postcode owned by {@code town}: a PC4 (or PLZ) whose owner in the gazetteer is the town. */
  String postcodeIn(Place town, Rng r) {
    for (int attempt = 0; attempt < 50; attempt++) {
      PostcodeRange range = r.pick(town.postcodes());
      int code = r.between(range.from(), range.to());
      String s = Integer.toString(code);
      if (gazetteer.placeOfPostcode(s, town.country()).map(p -> p.name().equals(town.name())).orElse(false)) {
        return s;
      }
    }
    return Integer.toString(town.postcodes().get(0).from());
  }
}
