package nl.werkmatch.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable skill taxonomy: skill groups, skills and occupations, with the lookups the matcher
 * needs.
 *
 * <p>Obtain one with {@link #builtIn()} (the Dutch taxonomy shipped with werkmatch, for the work
 * people under the Participatiewet typically do), {@link #load(InputStream, String)} (the same
 * JSON format) or {@link EscoImporter} (ESCO CSV downloads); combine them with {@link #merge}.
 *
 * <p>All validation happens at load: unknown referenced ids, duplicate ids and cycles in broader
 * chains raise a {@link TaxonomyException} naming the entry and field. The {@code related}
 * relation is made symmetric at load: if A lists B, B lists A in the loaded taxonomy.
 *
 * <p>{@link #relation(String, String)} is meant for the scoring hot path: it does two hash
 * lookups and a few binary searches in arrays prepared at load, and allocates nothing. Instances
 * are thread-safe.
 */
public final class Taxonomy {
  /** Classpath location of the built-in Dutch taxonomy. */
  public static final String BUILT_IN_RESOURCE = "/nl/werkmatch/taxonomy/taxonomy-nl.json";


  private final List<SkillGroup> groups;
  private final List<Skill> skills;
  private final List<Occupation> occupations;
  private final Map<String, SkillGroup> groupById = new HashMap<>();
  private final Map<String, Skill> skillById = new HashMap<>();
  private final Map<String, Occupation> occupationById = new HashMap<>();
  private final Map<nl.werkmatch.model.Certificate, CertificateEntry> certificateById =
      new java.util.EnumMap<>(nl.werkmatch.model.Certificate.class);
  /** Concept ordinals: skills 0..n-1 in id order, then groups n..n+g-1 in id order. */
  private final Map<String, Integer> ordinals = new HashMap<>();
  private final int[] parent;
  private final int[][] ancestors;
  private final int[][] related;
  /** Lazily filled rows of {@link #relationsTo(int)}. */
  private final java.util.concurrent.atomic.AtomicReferenceArray<SkillRelation[]> relationRows;
  private final Map<String, List<Skill>> skillsByName;
  private final Map<String, List<Occupation>> occupationsByName;
  private final Map<String, List<Occupation>> occupationsBySkill = new HashMap<>();

  /** Built by {@link TaxonomyBuilder} from validated entries; sorts everything by id. */
  Taxonomy(List<SkillGroup> groupList, List<Skill> skillList, List<Occupation> occupationList,
      List<CertificateEntry> certificateList) {
    for (CertificateEntry c : certificateList) {
      certificateById.put(c.certificate(), c);
    }
    List<SkillGroup> g = new ArrayList<>(groupList);
    g.sort(Comparator.comparing(SkillGroup::id));
    List<Skill> s = new ArrayList<>(skillList);
    s.sort(Comparator.comparing(Skill::id));
    List<Occupation> o = new ArrayList<>(occupationList);
    o.sort(Comparator.comparing(Occupation::id));
    this.groups = List.copyOf(g);
    this.skills = List.copyOf(s);
    this.occupations = List.copyOf(o);
    int n = skills.size();
    int total = n + groups.size();
    for (int i = 0; i < n; i++) {
      skillById.put(skills.get(i).id(), skills.get(i));
      ordinals.put(skills.get(i).id(), i);
    }
    for (int i = 0; i < groups.size(); i++) {
      groupById.put(groups.get(i).id(), groups.get(i));
      ordinals.put(groups.get(i).id(), n + i);
    }
    for (Occupation occ : occupations) {
      occupationById.put(occ.id(), occ);
    }
    parent = new int[total];
    relationRows = new java.util.concurrent.atomic.AtomicReferenceArray<>(total);
    for (int i = 0; i < total; i++) {
      String broader = i < n ? skills.get(i).broader() : groups.get(i - n).broader();
      parent[i] = broader == null ? -1 : ordinals.get(broader);
    }
    ancestors = new int[total][];
    for (int i = 0; i < total; i++) {
      List<Integer> chain = new ArrayList<>();
      for (int p = parent[i]; p >= 0; p = parent[p]) {
        chain.add(p);
      }
      ancestors[i] = chain.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
    related = new int[n][];
    for (int i = 0; i < n; i++) {
      related[i] = skills.get(i).related().stream().mapToInt(ordinals::get).sorted().toArray();
    }
    skillsByName = nameIndex(skills, Skill::label, Skill::synonyms);
    occupationsByName = nameIndex(occupations, Occupation::label, Occupation::synonyms);
    Map<String, Set<Occupation>> bySkill = new HashMap<>();
    for (Occupation occ : occupations) {
      for (String id : occ.essentialSkills()) {
        bySkill.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(occ);
      }
      for (String id : occ.optionalSkills()) {
        bySkill.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(occ);
      }
    }
    Comparator<Occupation> byId = Comparator.comparing(Occupation::id);
    bySkill.forEach((k, v) -> {
      List<Occupation> list = new ArrayList<>(v);
      list.sort(byId);
      occupationsBySkill.put(k, List.copyOf(list));
    });
  }

  private interface Getter<T, R> {
    R get(T t);
  }

  /** Normalised name to entries: label matches first, then synonym matches, each in id order. */
  private static <T> Map<String, List<T>> nameIndex(List<T> entries, Getter<T, String> label, Getter<T, List<String>> synonyms) {
    Map<String, List<T>> byLabel = new HashMap<>();
    Map<String, List<T>> bySynonym = new HashMap<>();
    for (T e : entries) {
      byLabel.computeIfAbsent(Entries.normalize(label.get(e)), k -> new ArrayList<>()).add(e);
      for (String syn : synonyms.get(e)) {
        bySynonym.computeIfAbsent(Entries.normalize(syn), k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, List<T>> out = new HashMap<>();
    Set<String> keys = new TreeSet<>(byLabel.keySet());
    keys.addAll(bySynonym.keySet());
    for (String key : keys) {
      LinkedHashSet<T> merged = new LinkedHashSet<>(byLabel.getOrDefault(key, List.of()));
      merged.addAll(bySynonym.getOrDefault(key, List.of()));
      out.put(key, List.copyOf(merged));
    }
    return out;
  }

  private static final class Holder {
    static final Taxonomy BUILT_IN = loadBuiltIn();

    private static Taxonomy loadBuiltIn() {
      try (InputStream in = Taxonomy.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("built-in taxonomy resource missing: " + BUILT_IN_RESOURCE);
        }
        return load(in, "taxonomy-nl.json");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The built-in Dutch taxonomy (resource {@value #BUILT_IN_RESOURCE}), loaded once on first use
   * and shared.
   */
  public static Taxonomy builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * Loads a taxonomy from JSON in the format of the built-in resource.
   *
   * @param json the JSON input; not closed by this method
   * @throws TaxonomyException on malformed JSON or invalid content
   */
  public static Taxonomy load(InputStream json) {
    return load(json, null);
  }

  /**
   * Loads a taxonomy from JSON, naming {@code sourceName} in error messages.
   *
   * @param json the JSON input; not closed by this method
   * @param sourceName file or resource name for error messages, may be null
   * @throws TaxonomyException on malformed JSON or invalid content, naming line, entry and field
   */
  public static Taxonomy load(InputStream json, String sourceName) {
    return TaxonomyJson.read(new NonClosingInputStream(json), sourceName);
  }

  /**
   * Returns a new taxonomy with the entries of this one and {@code other}, for example the
   * built-in taxonomy plus an ESCO import. An id present in both is kept once if the entries are
   * equal; otherwise a {@link TaxonomyException} names it. The result is validated again and
   * {@code related} is made symmetric across both.
   */
  public Taxonomy merge(Taxonomy other) {
    TaxonomyBuilder b = new TaxonomyBuilder("merge");
    TaxonomyBuilder.Origin origin = TaxonomyBuilder.Origin.UNKNOWN;
    for (Taxonomy t : List.of(this, other)) {
      for (SkillGroup g : t.groups) {
        SkillGroup existing = b.group(g.id());
        if (existing == null) {
          b.add(g, origin);
        } else if (!existing.equals(g)) {
          throw new TaxonomyException("merge", 0, 0, g.id(), null, "group id present in both taxonomies with different content");
        }
      }
      for (Skill s : t.skills) {
        Skill existing = b.skill(s.id());
        if (existing == null) {
          b.add(s, origin);
        } else if (!existing.equals(s)) {
          throw new TaxonomyException("merge", 0, 0, s.id(), null, "skill id present in both taxonomies with different content");
        }
      }
      for (Occupation o : t.occupations) {
        Occupation existing = b.occupation(o.id());
        if (existing == null) {
          b.add(o, origin);
        } else if (!existing.equals(o)) {
          throw new TaxonomyException("merge", 0, 0, o.id(), null, "occupation id present in both taxonomies with different content");
        }
      }
      for (CertificateEntry c : t.certificateById.values()) {
        CertificateEntry existing = b.certificate(c.certificate());
        if (existing == null) {
          b.add(c, origin);
        } else if (!existing.equals(c)) {
          throw new TaxonomyException("merge", 0, 0, c.certificate().name(), null,
              "certificate present in both taxonomies with different content");
        }
      }
    }
    return b.build();
  }

  /** What the taxonomy knows about {@code certificate} (its preconditions), if anything. */
  public Optional<CertificateEntry> certificate(nl.werkmatch.model.Certificate certificate) {
    return Optional.ofNullable(certificate == null ? null : certificateById.get(certificate));
  }

  /** The skill with this id, if any. */
  public Optional<Skill> skill(String id) {
    return Optional.ofNullable(id == null ? null : skillById.get(id));
  }

  /** The occupation with this id, if any. */
  public Optional<Occupation> occupation(String id) {
    return Optional.ofNullable(id == null ? null : occupationById.get(id));
  }

  /** The skill group with this id, if any. */
  public Optional<SkillGroup> group(String id) {
    return Optional.ofNullable(id == null ? null : groupById.get(id));
  }

  /** All skills, sorted by id. */
  public List<Skill> skills() {
    return skills;
  }

  /** All occupations, sorted by id. */
  public List<Occupation> occupations() {
    return occupations;
  }

  /** All skill groups, sorted by id. */
  public List<SkillGroup> groups() {
    return groups;
  }

  /**
   * The skill whose label or synonym equals {@code text}, ignoring case, diacritics, punctuation
   * and extra whitespace ("Heftruck  Rijden", "orders verzamelen", "hygienisch werken met voedsel
   * HACCP"). A label match wins over a synonym match; among equals the smallest id wins.
   */
  public Optional<Skill> findSkillByLabel(String text) {
    List<Skill> all = findSkillsByLabel(text);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** All skills whose label or a synonym matches {@code text} (label matches first, then by id). */
  public List<Skill> findSkillsByLabel(String text) {
    return skillsByName.getOrDefault(Entries.normalize(text), List.of());
  }

  /** The occupation whose label or synonym matches {@code text}, as {@link #findSkillByLabel}. */
  public Optional<Occupation> findOccupationByLabel(String text) {
    List<Occupation> all = findOccupationsByLabel(text);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** All occupations whose label or a synonym matches {@code text} (label matches first, then by id). */
  public List<Occupation> findOccupationsByLabel(String text) {
    return occupationsByName.getOrDefault(Entries.normalize(text), List.of());
  }

  /** Occupations listing the skill as essential or optional, sorted by id; empty if none. */
  public List<Occupation> occupationsWithSkill(String skillId) {
    return skillId == null ? List.of() : occupationsBySkill.getOrDefault(skillId, List.of());
  }

  /**
   * The strongest relation between a skill a candidate has and a skill (or skill group) a vacancy
   * requires: {@link SkillRelation#EXACT} for the same id; {@link SkillRelation#BROADER} when one
   * is an ancestor of the other through broader links, or both have the same direct broader
   * concept; {@link SkillRelation#RELATED} when listed as related; otherwise
   * {@link SkillRelation#NONE}, also when an id is null or unknown. Allocation-free.
   */
  public SkillRelation relation(String candidateSkillId, String requiredSkillId) {
    if (candidateSkillId == null || requiredSkillId == null) {
      return SkillRelation.NONE;
    }
    if (candidateSkillId.equals(requiredSkillId)) {
      return SkillRelation.EXACT;
    }
    Integer a = ordinals.get(candidateSkillId);
    Integer b = ordinals.get(requiredSkillId);
    if (a == null || b == null) {
      return SkillRelation.NONE;
    }
    return relation(a.intValue(), b.intValue());
  }

  /**
   * The dense ordinal of a skill or group id for {@link #relation(int, int)}, or -1 if unknown.
   * Skills have ordinals {@code 0..skills().size()-1} in the order of {@link #skills()}; groups
   * follow in the order of {@link #groups()}. Ordinals are only meaningful for this instance.
   */
  public int ordinal(String id) {
    Integer o = id == null ? null : ordinals.get(id);
    return o == null ? -1 : o;
  }

  /**
   * {@link #relation(String, String)} on ordinals from {@link #ordinal(String)}, for callers that
   * resolve ids once. A negative ordinal gives {@link SkillRelation#NONE}.
   */
  public SkillRelation relation(int candidateOrdinal, int requiredOrdinal) {
    int a = candidateOrdinal;
    int b = requiredOrdinal;
    if (a < 0 || b < 0 || a >= parent.length || b >= parent.length) {
      return SkillRelation.NONE;
    }
    if (a == b) {
      return SkillRelation.EXACT;
    }
    if (Arrays.binarySearch(ancestors[a], b) >= 0 || Arrays.binarySearch(ancestors[b], a) >= 0) {
      return SkillRelation.BROADER;
    }
    int pa = parent[a];
    if (pa >= 0 && pa == parent[b]) {
      return SkillRelation.BROADER;
    }
    if (a < related.length && b < related.length && Arrays.binarySearch(related[a], b) >= 0) {
      return SkillRelation.RELATED;
    }
    return SkillRelation.NONE;
  }

  /**
   * {@link #relation(int, int)} of every ordinal against one required ordinal, as an array indexed
   * by the candidate's ordinal: the scoring hot path compares many claims with one requirement.
   * Computed once per required ordinal and shared (do not modify); {@code null} for an unknown
   * ordinal.
   */
  public SkillRelation[] relationsTo(int requiredOrdinal) {
    if (requiredOrdinal < 0 || requiredOrdinal >= parent.length) {
      return null;
    }
    SkillRelation[] row = relationRows.get(requiredOrdinal);
    if (row == null) {
      row = new SkillRelation[parent.length];
      for (int a = 0; a < row.length; a++) {
        row[a] = relation(a, requiredOrdinal);
      }
      relationRows.compareAndSet(requiredOrdinal, null, row);
    }
    return row;
  }

  @Override
  public String toString() {
    return "Taxonomy[" + groups.size() + " groups, " + skills.size() + " skills, " + occupations.size() + " occupations]";
  }

  /** Keeps Jackson's parser from closing the caller's stream. */
  private static final class NonClosingInputStream extends java.io.FilterInputStream {
    NonClosingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
