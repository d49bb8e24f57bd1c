package nl.werkmatch.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.werkmatch.model.Sector;

/**
 * Imports an ESCO classification download (CSV, ESCO v1.1 / v1.2) into a {@link Taxonomy}.
 *
 * <p>Files read from one directory, {@code <lang>} being the language code of the download (for
 * example {@code nl}); columns are found by their header name, extra columns are ignored:
 * <ul>
 *   <li>{@code skills_<lang>.csv} (required): conceptUri, preferredLabel, altLabels</li>
 *   <li>{@code occupations_<lang>.csv} (required): conceptUri, preferredLabel, altLabels</li>
 *   <li>{@code skillGroups_<lang>.csv}: conceptUri, preferredLabel, altLabels</li>
 *   <li>{@code broaderRelationsSkillPillar_<lang>.csv}: conceptUri, broaderUri</li>
 *   <li>{@code skillSkillRelations_<lang>.csv}: originalSkillUri, relatedSkillUri</li>
 *   <li>{@code occupationSkillRelations_<lang>.csv}: occupationUri, relationType
 *       ({@code essential} or {@code optional}), skillUri</li>
 * </ul>
 * The occupation-pillar broader file is not read. Alternative labels are the newline-separated
 * {@code altLabels}; hidden labels are not imported.
 *
 * <p>Mapping: ids come from the URI ({@code http://data.europa.eu/esco/skill/<uuid>} becomes
 * {@code sk.esco-<uuid>}, an occupation {@code occ.esco-<uuid>}, a skill group
 * {@code grp.esco-<rest of the path>}); the URI is kept. Occupations get sector
 * {@link Sector#OVERIG}, no minimum education and no certificates. A concept with several broader
 * concepts keeps the first one in file order. Skill-skill relations of any type become symmetric
 * {@code related} links. A skill both essential and optional for an occupation counts as
 * essential. Any unknown URI or malformed row raises a {@link TaxonomyException} naming the file,
 * line and column.
 */
public final class EscoImporter {
  private static final System.Logger LOG = System.getLogger(EscoImporter.class.getName());

  private EscoImporter() {}

  /**
   * Imports the ESCO CSV files for {@code language} from {@code directory}.
   *
   * @param directory directory holding the unpacked ESCO CSV download
   * @param language the language code in the file names, e.g. {@code nl}
   * @throws IOException when a file cannot be read
   * @throws TaxonomyException when content is malformed or inconsistent
   */
  public static Taxonomy importDirectory(Path directory, String language) throws IOException {
    return new Run(directory, language).run();
  }

  /** Derives a taxonomy id from an ESCO (or other) concept URI. */
  static String idFor(String prefix, String uri) {
    String key;
    int esco = uri.indexOf("/esco/");
    if (esco >= 0) {
      key = uri.substring(esco + "/esco/".length());
      for (String ns : new String[] {"skill/", "occupation/"}) {
        if (key.startsWith(ns)) {
          key = key.substring(ns.length());
        }
      }
    } else {
      String trimmed = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
      key = trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
    StringBuilder sb = new StringBuilder(prefix).append("esco-");
    boolean dash = false;
    for (char c : key.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
        sb.append(c);
        dash = false;
      } else if (!dash) {
        sb.append('-');
        dash = true;
      }
    }
    while (sb.charAt(sb.length() - 1) == '-') {
      sb.setLength(sb.length() - 1);
    }
    return sb.toString();
  }

  private static final class Concept {
    final String uri;
    final String id;
    final String label;
    final List<String> synonyms;
    final TaxonomyBuilder.Origin origin;
    String broader;
    final Set<String> related = new LinkedHashSet<>();
    final Set<String> essential = new LinkedHashSet<>();
    final Set<String> optional = new LinkedHashSet<>();

    Concept(String uri, String id, String label, List<String> synonyms, TaxonomyBuilder.Origin origin) {
      this.uri = uri;
      this.id = id;
      this.label = label;
      this.synonyms = synonyms;
      this.origin = origin;
    }
  }

  /** One CSV file opened with its header resolved. */
  private static final class Table implements AutoCloseable {
    final String name;
    final CsvReader csv;
    final Reader reader;
    final Map<String, Integer> columns = new HashMap<>();
    int width;
    List<String> row;

    Table(Path file) throws IOException {
      this.name = file.getFileName().toString();
      this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      this.csv = new CsvReader(new BufferedReader(reader), name);
      List<String> header = csv.next();
      if (header == null) {
        throw new TaxonomyException(name, 1, 0, null, null, "file is empty; expected a header line");
      }
      width = header.size();
      for (int i = 0; i < header.size(); i++) {
        columns.putIfAbsent(header.get(i).trim(), i);
      }
    }

    void require(String... names) {
      for (String n : names) {
        if (!columns.containsKey(n)) {
          throw new TaxonomyException(name, 1, 0, null, n, "missing column '" + n + "' in the header");
        }
      }
    }

    boolean next() throws IOException {
      while (true) {
        row = csv.next();
        if (row == null) {
          return false;
        }
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue;
        }
        if (row.size() != width) {
          throw new TaxonomyException(name, csv.recordLine(), 0, null, null,
              "expected " + width + " fields as in the header, found " + row.size());
        }
        return true;
      }
    }

    int line() {
      return csv.recordLine();
    }

    String get(String column) {
      return row.get(columns.get(column)).trim();
    }

    String required(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        throw error(column, "must not be empty");
      }
      return v;
    }

    TaxonomyException error(String column, String reason) {
      return new TaxonomyException(name, line(), columns.get(column) + 1, null, column, reason);
    }

    TaxonomyBuilder.Origin origin(String column) {
      return new TaxonomyBuilder.Origin(name, line(), column == null ? 0 : columns.get(column) + 1);
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  private static final class Run {
    final Path dir;
    final String lang;
    final Map<String, Concept> groups = new LinkedHashMap<>();
    final Map<String, Concept> skills = new LinkedHashMap<>();
    final Map<String, Concept> occupations = new LinkedHashMap<>();
    final Map<String, TaxonomyBuilder.Origin> broaderOrigins = new HashMap<>();
    int multipleBroader;

    Run(Path dir, String lang) {
      this.dir = dir;
      this.lang = lang;
    }

    Path file(String stem) {
      return dir.resolve(stem + "_" + lang + ".csv");
    }

    Taxonomy run() throws IOException {
      Path groupFile = file("skillGroups");
      if (Files.exists(groupFile)) {
        readConcepts(groupFile, groups, "grp.");
      }
      readConcepts(file("skills"), skills, "sk.");
      readConcepts(file("occupations"), occupations, "occ.");
      Path broader = file("broaderRelationsSkillPillar");
      if (Files.exists(broader)) {
        readBroader(broader);
      }
      Path skillSkill = file("skillSkillRelations");
      if (Files.exists(skillSkill)) {
        readSkillSkill(skillSkill);
      }
      Path occSkill = file("occupationSkillRelations");
      if (Files.exists(occSkill)) {
        readOccupationSkill(occSkill);
      }
      if (multipleBroader > 0) {
        LOG.log(System.Logger.Level.DEBUG, "{0} concepts had more than one broader concept; kept the first", multipleBroader);
      }
      return build();
    }

    void readConcepts(Path path, Map<String, Concept> into, String prefix) throws IOException {
      try (Table t = new Table(path)) {
        t.require("conceptUri", "preferredLabel");
        boolean hasAlt = t.columns.containsKey("altLabels");
        while (t.next()) {
          String uri = t.required("conceptUri");
          String label = t.required("preferredLabel");
          if (into.containsKey(uri)) {
            throw t.error("conceptUri", "duplicate concept URI " + uri + " (first at line " + into.get(uri).origin.line() + ")");
          }
          List<String> synonyms = new ArrayList<>();
          if (hasAlt) {
            Set<String> seen = new LinkedHashSet<>();
            for (String alt : t.get("altLabels").split("\r?\n")) {
              String a = alt.trim();
              if (!a.isEmpty() && !a.equals(label)) {
                seen.add(a);
              }
            }
            synonyms.addAll(seen);
          }
          into.put(uri, new Concept(uri, idFor(prefix, uri), label, List.copyOf(synonyms), t.origin(null)));
        }
      }
    }

    void readBroader(Path path) throws IOException {
      try (Table t = new Table(path)) {
        t.require("conceptUri", "broaderUri");
        while (t.next()) {
          String uri = t.required("conceptUri");
          String broaderUri = t.required("broaderUri");
          Concept concept = skills.get(uri);
          String broaderId;
          if (concept != null) {
            Concept b = groups.containsKey(broaderUri) ? groups.get(broaderUri) : skills.get(broaderUri);
            if (b == null) {
              throw t.error("broaderUri", "unknown skill or skill group " + broaderUri);
            }
            broaderId = b.id;
          } else {
            concept = groups.get(uri);
            if (concept == null) {
              throw t.error("conceptUri", "unknown skill or skill group " + uri);
            }
            Concept b = groups.get(broaderUri);
            if (b == null) {
              throw t.error("broaderUri", skills.containsKey(broaderUri)
                  ? "a skill group cannot have a skill as broader concept: " + broaderUri
                  : "unknown skill group " + broaderUri);
            }
            broaderId = b.id;
          }
          if (concept.broader == null) {
            concept.broader = broaderId;
            broaderOrigins.put(concept.id, t.origin("broaderUri"));
          } else if (!concept.broader.equals(broaderId)) {
            multipleBroader++;
          }
        }
      }
    }

    void readSkillSkill(Path path) throws IOException {
      try (Table t = new Table(path)) {
        t.require("originalSkillUri", "relatedSkillUri");
        while (t.next()) {
          Concept a = skills.get(t.required("originalSkillUri"));
          if (a == null) {
            throw t.error("originalSkillUri", "unknown skill " + t.get("originalSkillUri"));
          }
          Concept b = skills.get(t.required("relatedSkillUri"));
          if (b == null) {
            throw t.error("relatedSkillUri", "unknown skill " + t.get("relatedSkillUri"));
          }
          if (a == b) {
            throw t.error("relatedSkillUri", "a skill cannot be related to itself");
          }
          a.related.add(b.id);
        }
      }
    }

    void readOccupationSkill(Path path) throws IOException {
      try (Table t = new Table(path)) {
        t.require("occupationUri", "relationType", "skillUri");
        while (t.next()) {
          Concept occ = occupations.get(t.required("occupationUri"));
          if (occ == null) {
            throw t.error("occupationUri", "unknown occupation " + t.get("occupationUri"));
          }
          Concept skill = skills.get(t.required("skillUri"));
          if (skill == null) {
            throw t.error("skillUri", "unknown skill " + t.get("skillUri"));
          }
          String type = t.required("relationType").toLowerCase(Locale.ROOT);
          switch (type) {
            case "essential" -> {
              occ.essential.add(skill.id);
              occ.optional.remove(skill.id);
            }
            case "optional" -> {
              if (!occ.essential.contains(skill.id)) {
                occ.optional.add(skill.id);
              }
            }
            default -> throw t.error("relationType", "expected 'essential' or 'optional', found '" + t.get("relationType") + "'");
          }
        }
      }
    }

    Taxonomy build() {
      TaxonomyBuilder b = new TaxonomyBuilder(dir.toString());
      for (Concept c : groups.values()) {
        b.add(new SkillGroup(c.id, c.label, c.broader), c.origin);
        originOfBroader(b, c);
      }
      for (Concept c : skills.values()) {
        b.add(new Skill(c.id, c.label, c.synonyms, c.broader, List.copyOf(c.related), c.uri), c.origin);
        originOfBroader(b, c);
      }
      for (Concept c : occupations.values()) {
        b.add(new Occupation(c.id, c.label, c.synonyms, Sector.OVERIG, null,
            List.copyOf(c.essential), List.copyOf(c.optional), List.of(), c.uri), c.origin);
      }
      return b.build();
    }

    void originOfBroader(TaxonomyBuilder b, Concept c) {
      TaxonomyBuilder.Origin o = broaderOrigins.get(c.id);
      if (o != null) {
        b.origin(c.id, "broader", o);
      }
    }
  }
}
