package nl.werkmatch.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Collects groups, skills and occupations from a loader, then validates them as a whole (ids,
 * references, cycles), makes {@code related} symmetric and builds the {@link Taxonomy}.
 */
final class TaxonomyBuilder {
  /** Where an entry or one of its fields came from, for error messages. */
  record Origin(String source, int line, int column) {
    static final Origin UNKNOWN = new Origin(null, 0, 0);
  }

  static final Pattern SKILL_ID = Pattern.compile("sk\\.[a-z0-9][a-z0-9.\\-]{0,120}");
  static final Pattern GROUP_ID = Pattern.compile("grp\\.[a-z0-9][a-z0-9.\\-]{0,120}");
  static final Pattern OCCUPATION_ID = Pattern.compile("occ\\.[a-z0-9][a-z0-9.\\-]{0,120}");

  private final Map<String, SkillGroup> groups = new LinkedHashMap<>();
  private final Map<String, Skill> skills = new LinkedHashMap<>();
  private final Map<String, Occupation> occupations = new LinkedHashMap<>();
  private final Map<nl.werkmatch.model.Certificate, CertificateEntry> certificates = new LinkedHashMap<>();
  private final Map<String, Origin> origins = new HashMap<>();
  private final String defaultSource;

  TaxonomyBuilder(String defaultSource) {
    this.defaultSource = defaultSource;
  }

  /** Records where {@code field} of entry {@code id} was read (overrides the entry's origin). */
  void origin(String id, String field, Origin origin) {
    origins.put(id + "#" + field, origin);
  }

  void add(SkillGroup group, Origin origin) {
    checkId(group.id(), GROUP_ID, "grp.", origin);
    if (groups.containsKey(group.id())) {
      throw error(group.id(), "id", origin, "duplicate group id (first at " + where(group.id()) + ")");
    }
    groups.put(group.id(), group);
    origins.put(group.id(), origin);
  }

  void add(Skill skill, Origin origin) {
    checkId(skill.id(), SKILL_ID, "sk.", origin);
    if (skills.containsKey(skill.id())) {
      throw error(skill.id(), "id", origin, "duplicate skill id (first at " + where(skill.id()) + ")");
    }
    skills.put(skill.id(), skill);
    origins.put(skill.id(), origin);
  }

  void add(Occupation occupation, Origin origin) {
    checkId(occupation.id(), OCCUPATION_ID, "occ.", origin);
    if (occupations.containsKey(occupation.id())) {
      throw error(occupation.id(), "id", origin, "duplicate occupation id (first at " + where(occupation.id()) + ")");
    }
    occupations.put(occupation.id(), occupation);
    origins.put(occupation.id(), origin);
  }

  void add(CertificateEntry certificate, Origin origin) {
    String id = certificate.certificate().name();
    if (certificates.containsKey(certificate.certificate())) {
      throw error(id, "id", origin, "duplicate certificate (first at " + where(id) + ")");
    }
    certificates.put(certificate.certificate(), certificate);
    origins.put(id, origin);
  }

  CertificateEntry certificate(nl.werkmatch.model.Certificate certificate) {
    return certificates.get(certificate);
  }

  boolean hasSkill(String id) {
    return skills.containsKey(id);
  }

  Skill skill(String id) {
    return skills.get(id);
  }

  void replace(Skill skill) {
    skills.put(skill.id(), skill);
  }

  Occupation occupation(String id) {
    return occupations.get(id);
  }

  void replace(Occupation occupation) {
    occupations.put(occupation.id(), occupation);
  }

  SkillGroup group(String id) {
    return groups.get(id);
  }

  void replace(SkillGroup group) {
    groups.put(group.id(), group);
  }

  Taxonomy build() {
    for (SkillGroup g : groups.values()) {
      if (g.broader() != null) {
        if (g.broader().equals(g.id())) {
          throw error(g.id(), "broader", "a group cannot be its own broader group");
        }
        if (!groups.containsKey(g.broader())) {
          throw error(g.id(), "broader", "unknown group id '" + g.broader() + "'");
        }
      }
    }
    for (SkillGroup g : groups.values()) {
      Set<String> seen = new HashSet<>();
      for (String cur = g.id(); cur != null; cur = groups.get(cur).broader()) {
        if (!seen.add(cur)) {
          throw error(g.id(), "broader", "cycle in broader groups: " + String.join(" -> ", seen) + " -> " + cur);
        }
      }
    }
    Map<String, Set<String>> related = new TreeMap<>();
    for (Skill s : skills.values()) {
      related.put(s.id(), new TreeSet<>());
    }
    for (Skill s : skills.values()) {
      if (s.broader() != null) {
        if (s.broader().equals(s.id())) {
          throw error(s.id(), "broader", "a skill cannot be its own broader concept");
        }
        if (!groups.containsKey(s.broader()) && !skills.containsKey(s.broader())) {
          throw error(s.id(), "broader", "unknown group or skill id '" + s.broader() + "'");
        }
      }
      for (int i = 0; i < s.related().size(); i++) {
        String r = s.related().get(i);
        if (r.equals(s.id())) {
          throw error(s.id(), "related[" + i + "]", "a skill cannot be related to itself");
        }
        if (!skills.containsKey(r)) {
          throw error(s.id(), "related[" + i + "]", "unknown skill id '" + r + "'");
        }
        related.get(s.id()).add(r);
        related.get(r).add(s.id());
      }
    }
    for (Skill s : skills.values()) {
      List<String> path = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (String cur = s.id(); cur != null && skills.containsKey(cur); cur = skills.get(cur).broader()) {
        path.add(cur);
        if (!seen.add(cur)) {
          throw error(s.id(), "broader", "cycle in broader skills: " + String.join(" -> ", path));
        }
      }
    }
    for (Occupation o : occupations.values()) {
      Set<String> seen = new HashSet<>();
      checkSkillList(o, "essentialSkills", o.essentialSkills(), seen);
      checkSkillList(o, "optionalSkills", o.optionalSkills(), seen);
      Set<Object> certs = new HashSet<>();
      for (int i = 0; i < o.certificates().size(); i++) {
        if (!certs.add(o.certificates().get(i))) {
          throw error(o.id(), "certificates[" + i + "]", "duplicate certificate " + o.certificates().get(i));
        }
      }
    }
    List<Skill> finalSkills = new ArrayList<>(skills.size());
    for (Skill s : skills.values()) {
      finalSkills.add(new Skill(s.id(), s.label(), s.synonyms(), s.broader(), List.copyOf(related.get(s.id())), s.uri(),
          s.preconditions()));
    }
    return new Taxonomy(new ArrayList<>(groups.values()), finalSkills, new ArrayList<>(occupations.values()),
        new ArrayList<>(certificates.values()));
  }

  private void checkSkillList(Occupation o, String field, List<String> ids, Set<String> seen) {
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!skills.containsKey(id)) {
        throw error(o.id(), field + "[" + i + "]", "unknown skill id '" + id + "'");
      }
      if (!seen.add(id)) {
        throw error(o.id(), field + "[" + i + "]", "skill '" + id + "' is listed twice (essential and optional skills must be distinct)");
      }
    }
  }

  private void checkId(String id, Pattern pattern, String prefix, Origin origin) {
    if (!pattern.matcher(id).matches()) {
      throw error(id, "id", origin, "must be '" + prefix + "' followed by lower-case letters, digits, '.' or '-'");
    }
  }

  private String where(String id) {
    Origin o = origins.getOrDefault(id, Origin.UNKNOWN);
    return o.line() > 0 ? "line " + o.line() : "an earlier entry";
  }

  TaxonomyException error(String id, String field, String reason) {
    Origin o = origins.get(id + "#" + field);
    if (o == null && field.indexOf('[') > 0) {
      o = origins.get(id + "#" + field.substring(0, field.indexOf('[')));
    }
    if (o == null) {
      o = origins.getOrDefault(id, Origin.UNKNOWN);
    }
    return error(id, field, o, reason);
  }

  TaxonomyException error(String id, String field, Origin o, String reason) {
    String source = o.source() != null ? o.source() : defaultSource;
    return new TaxonomyException(source, o.line(), o.column(), id, field, reason);
  }
}
