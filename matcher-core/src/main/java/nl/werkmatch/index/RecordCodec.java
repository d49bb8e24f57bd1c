package nl.werkmatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.index.Fields.VacancyLevel;
import nl.werkmatch.model.Availability;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Route;
import nl.werkmatch.model.CertificateHolding;
import nl.werkmatch.model.CertificateRequirement;
import nl.werkmatch.model.EmployerOffer;
import nl.werkmatch.model.JobDemands;
import nl.werkmatch.model.LanguageLevel;
import nl.werkmatch.model.Location;
import nl.werkmatch.model.Schedule;
import nl.werkmatch.model.SkillClaim;
import nl.werkmatch.model.SkillRequirement;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.WorkExperience;
import nl.werkmatch.model.WorkProfile;
import nl.werkmatch.taxonomy.Occupation;
import nl.werkmatch.taxonomy.Taxonomy;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Maps candidates and vacancies to Lucene documents and back. The field layout is described in
 * {@link Fields}. The record is kept whole in {@link Fields#RECORD} in a compact binary form, so
 * {@code decode(encode(r)).equals(r)} for every valid record; the other fields are derived from it
 * (plus optional coordinates given at indexing) and only serve queries.
 *
 * <p>All methods are static and thread-safe.
 */
public final class RecordCodec {
  private RecordCodec() {}

  /** The term that identifies the document of the record with this id (for update and delete). */
  public static Term idTerm(String id) {
    return new Term(Fields.ID, Objects.requireNonNull(id, "id"));
  }

  /**
   * The document for a candidate; location fields come from {@code candidate.home()}: its
   * coordinates, or where it has none, its postcode or municipality resolved by
   * {@link Gazetteer#builtIn()}. Skills implied by past occupations come from
   * {@link Taxonomy#builtIn()}.
   */
  public static Document candidateDocument(Candidate candidate) {
    return candidateDocument(candidate, null, Taxonomy.builtIn());
  }

  /**
   * The document for a candidate, indexing {@code latLon} ({@code {lat, lon}} in degrees) as its
   * location instead of the record's coordinates; {@code null} means "use the record's". The
   * stored record is not changed. Skills implied by past occupations come from
   * {@link Taxonomy#builtIn()}.
   *
   * @throws IllegalArgumentException if {@code latLon} is not two valid WGS84 coordinates
   */
  public static Document candidateDocument(Candidate candidate, double[] latLon) {
    return candidateDocument(candidate, latLon, Taxonomy.builtIn());
  }

  /**
   * The document for a candidate as {@link #candidateDocument(Candidate, double[])}, with the
   * essential skills of the occupations in its work experience that {@code taxonomy} knows indexed
   * among its skills, as the exact scorer counts them (see {@link Fields#SKILL}).
   *
   * @throws IllegalArgumentException if {@code latLon} is not two valid WGS84 coordinates
   */
  public static Document candidateDocument(Candidate candidate, double[] latLon, Taxonomy taxonomy) {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(taxonomy, "taxonomy");
    Document doc = base(candidate.id(), encode(candidate));
    double[] home = latLon != null ? checkLatLon(latLon) : coordinates(candidate.home());
    addLocation(doc, home, candidate.home());
    if (home != null) {
      boolean byCar = candidate.travel() != null && candidate.travel().modes() != null
          && candidate.travel().modes().contains(nl.werkmatch.model.TravelMode.CAR);
      long encoded = ((long) GeoEncodingUtils.encodeLatitude(home[0]) << 32)
          | (GeoEncodingUtils.encodeLongitude(home[1]) & 0xFFFFFFFFL);
      doc.add(new NumericDocValuesField(Fields.HOME_NEARNESS, byCar ? encoded | 1L : encoded & ~1L));
    }

    List<String> text = new ArrayList<>();
    Map<String, Float> features = new LinkedHashMap<>();
    if (candidate.skills() != null) {
      for (SkillClaim s : candidate.skills()) {
        if (s.label() != null && !s.label().isBlank()) {
          text.add(s.label());
        }
        if (s.skillId() != null) {
          float weight = candidateSkillWeight(s);
          features.merge(s.skillId(), weight, Math::max);
        }
      }
    }
    if (candidate.experience() != null) {
      for (WorkExperience e : candidate.experience()) {
        if (e.title() != null && !e.title().isBlank()) {
          text.add(e.title());
        }
        Occupation occupation = e.occupationId() == null ? null : taxonomy.occupation(e.occupationId()).orElse(null);
        if (occupation != null) {
          for (String skillId : occupation.essentialSkills()) {
            features.merge(skillId, IMPLIED_SKILL_WEIGHT, Math::max);
          }
        }
      }
      keywords(doc, Fields.EXPERIENCE_OCCUPATION, candidate.experience().stream()
          .map(WorkExperience::occupationId).filter(Objects::nonNull).distinct().toList());
    }
    // as the exact scorer: known when there is at least one skill, claimed or from a past occupation
    boolean skillsKnown = (candidate.skills() != null && !candidate.skills().isEmpty()) || !features.isEmpty();
    doc.add(new StringField(Fields.SKILLS_KNOWN, skillsKnown ? "1" : "0", Field.Store.NO));
    if (candidate.education() != null && candidate.education().diplomas() != null) {
      text.addAll(candidate.education().diplomas());
    }
    for (String t : text) {
      doc.add(new TextField(Fields.TEXT, t, Field.Store.NO));
    }
    addSkills(doc, features);

    keywords(doc, Fields.DESIRED_OCCUPATION, candidate.desiredOccupations());
    keywords(doc, Fields.DESIRED_SECTOR, candidate.desiredSectors());
    keywords(doc, Fields.REFUSED_SECTOR, candidate.refusedSectors());
    if (candidate.travel() != null) {
      keywords(doc, Fields.MODE, candidate.travel().modes());
      if (candidate.travel().modes() != null && !candidate.travel().modes().isEmpty()) {
        doc.add(new org.apache.lucene.document.NumericDocValuesField(Fields.TRAVEL_MODES,
            Fields.travelModeBits(candidate.travel().modes())));
      }
      intField(doc, Fields.MAX_TRAVEL, candidate.travel().maxTravelMinutes());
    }
    if (candidate.certificates() != null) {
      keywords(doc, Fields.CERTIFICATE,
          candidate.certificates().stream().map(CertificateHolding::certificate).toList());
    }
    keywords(doc, Fields.TARGET_GROUP, candidate.targetGroups());
    keywords(doc, Fields.LIMITATION, candidate.limitations());
    if (candidate.participation() != null && Boolean.TRUE.equals(candidate.participation().jobReady())) {
      doc.add(new StringField(Fields.JOB_READY, "1", Field.Store.NO));
    }
    if (candidate.participation() != null && candidate.participation().ladderStep() != null) {
      doc.add(new StringField(Fields.LADDER, Fields.ladderTerm(candidate.participation().ladderStep(),
          candidate.participation().stepPart()), Field.Store.NO));
    }
    if (candidate.participation() != null && candidate.participation().route() != null) {
      doc.add(new StringField(Fields.ROUTE, candidate.participation().route().name(), Field.Store.NO));
    }
    WorkProfile wp = candidate.workProfile();
    if (wp != null) {
      intField(doc, Fields.workProfile("pace"), wp.pace());
      intField(doc, Fields.workProfile("accuracy"), wp.accuracy());
      intField(doc, Fields.workProfile("independence"), wp.independence());
      intField(doc, Fields.workProfile("stressTolerance"), wp.stressTolerance());
      intField(doc, Fields.workProfile("customerContact"), wp.customerContact());
      intField(doc, Fields.workProfile("physicalCapacity"), wp.physicalCapacity());
      intField(doc, Fields.workProfile("needForStructure"), wp.needForStructure());
      intField(doc, Fields.workProfile("needForSupervision"), wp.needForSupervision());
    }
    Availability a = candidate.availability();
    if (a != null) {
      intField(doc, Fields.MIN_HOURS, a.minHours());
      intField(doc, Fields.MAX_HOURS, a.reachableMaxHours());
      scheduleParts(doc, Fields.UNAVAILABLE_FOR, Boolean.FALSE, a.shifts(), a.nights(), a.weekends());
      scheduleParts(doc, Fields.AVAILABLE_FOR, Boolean.TRUE, a.shifts(), a.nights(), a.weekends());
      intField(doc, Fields.START_DATE, epochDay(a.startDate()));
    }
    if (candidate.loonwaarde() != null && candidate.loonwaarde().percentage() != null) {
      doc.add(new DoubleField(Fields.LOONWAARDE, candidate.loonwaarde().percentage(), Field.Store.NO));
    }
    intField(doc, Fields.BESCHUT_INDICATION, epochDay(candidate.beschutIndicationDate()));
    // for the legal age gates of instruments only (participatieplaats, leerwerkplek); never scored
    intField(doc, Fields.BIRTH_YEAR, candidate.birthYear());
    if (candidate.education() != null && candidate.education().highestLevel() != null) {
      intField(doc, Fields.EDUCATION_RANK, candidate.education().highestLevel().rank());
    }
    LanguageLevel dutch = candidate.dutchLevel();
    if (dutch != null) {
      intField(doc, Fields.DUTCH_LEVEL, dutch.cefrRank());
    }
    Route route = candidate.participation() == null ? null : candidate.participation().route();
    doc.add(new NumericDocValuesField(Fields.LEVELS, levels(doc, route)));
    return doc;
  }

  /** The {@link Fields#LEVELS} value of a candidate document, from its level fields and route (null: none). */
  private static long levels(Document doc, Route route) {
    long packed = 0;
    for (String field : Fields.LEVEL_FIELDS) {
      IndexableField f = field.equals(Fields.ROUTE) ? null : doc.getField(field);
      Long value = field.equals(Fields.ROUTE) ? (route == null ? null : (long) route.ordinal())
          : f == null ? null : f.numericValue().longValue();
      if (value != null) {
        long stored = value + 1;
        int bits = Fields.levelBits(field);
        if (stored < 1 || stored >= 1L << bits) {
          throw new IllegalArgumentException(field + " value " + (stored - 1) + " does not fit the " + Fields.LEVELS
              + " field (" + bits + " bits)");
        }
        packed |= stored << Fields.levelShift(field);
      }
    }
    return packed;
  }

  /**
   * The document for a vacancy; location fields come from {@code vacancy.location()}: its
   * coordinates, or where it has none, its postcode or municipality resolved by
   * {@link Gazetteer#builtIn()}.
   */
  public static Document vacancyDocument(Vacancy vacancy) {
    return vacancyDocument(vacancy, coordinates(vacancy.location()));
  }

  /**
   * The document for a vacancy, indexing {@code latLon} ({@code {lat, lon}} in degrees) as its
   * location instead of the record's coordinates; {@code null} means "use the record's". The
   * stored record is not changed.
   *
   * @throws IllegalArgumentException if {@code latLon} is not two valid WGS84 coordinates
   */
  public static Document vacancyDocument(Vacancy vacancy, double[] latLon) {
    Objects.requireNonNull(vacancy, "vacancy");
    Document doc = base(vacancy.id(), encode(vacancy));
    addLocation(doc, latLon != null ? checkLatLon(latLon) : coordinates(vacancy.location()),
        vacancy.location());

    if (vacancy.title() != null && !vacancy.title().isBlank()) {
      doc.add(new TextField(Fields.TITLE, vacancy.title(), Field.Store.NO));
      doc.add(new TextField(Fields.TEXT, vacancy.title(), Field.Store.NO));
    }
    if (vacancy.description() != null && !vacancy.description().isBlank()) {
      doc.add(new TextField(Fields.TEXT, vacancy.description(), Field.Store.NO));
    }
    Map<String, Float> features = new LinkedHashMap<>();
    int required = vacancy.requiredSkills() == null ? 0 : vacancy.requiredSkills().size();
    int optional = vacancy.optionalSkills() == null ? 0 : vacancy.optionalSkills().size();
    // each skill's share of the vacancy's skill score: essential skills count double
    float share = 1f / Math.max(1, Fields.REQUIRED_SKILL_WEIGHT * required + Fields.OPTIONAL_SKILL_WEIGHT * optional);
    if (vacancy.requiredSkills() != null) {
      for (SkillRequirement s : vacancy.requiredSkills()) {
        if (s.skillId() != null) {
          features.merge(s.skillId(), Fields.REQUIRED_SKILL_WEIGHT * share, Math::max);
        }
      }
    }
    if (vacancy.optionalSkills() != null) {
      for (SkillRequirement s : vacancy.optionalSkills()) {
        if (s.skillId() != null) {
          features.merge(s.skillId(), Fields.OPTIONAL_SKILL_WEIGHT * share, Math::max);
        }
      }
    }
    addSkills(doc, features);
    doc.add(new StringField(Fields.SKILLS_KNOWN, required + optional > 0 ? "1" : "0", Field.Store.NO));

    keyword(doc, Fields.KIND, vacancy.kind());
    keyword(doc, Fields.SECTOR, vacancy.sector());
    keyword(doc, Fields.OCCUPATION, vacancy.occupationId());
    if (vacancy.certificates() != null) {
      keywords(doc, Fields.CERTIFICATE,
          vacancy.certificates().stream().map(CertificateRequirement::certificate).toList());
    }
    if (vacancy.demands() != null) {
      keywords(doc, Fields.CONDITION, vacancy.demands().conditions());
    }
    intField(doc, Fields.MIN_HOURS, vacancy.minHours());
    intField(doc, Fields.MAX_HOURS, vacancy.maxHours());
    Schedule schedule = vacancy.schedule();
    if (schedule != null) {
      scheduleParts(doc, Fields.SCHEDULE, Boolean.TRUE, schedule.shifts(), schedule.nights(), schedule.weekends());
    }
    intField(doc, Fields.START_DATE, epochDay(vacancy.startBy()));
    if (vacancy.offer() != null && vacancy.offer().minLoonwaarde() != null) {
      doc.add(new DoubleField(Fields.MIN_LOONWAARDE, vacancy.offer().minLoonwaarde(), Field.Store.NO));
    }
    if (vacancy.dutchLevel() != null) {
      intField(doc, Fields.DUTCH_LEVEL, vacancy.dutchLevel().cefrRank());
    }
    doc.add(new NumericDocValuesField(Fields.VACANCY_LEVELS, vacancyLevels(vacancy)));
    return doc;
  }

  /** The {@link Fields#VACANCY_LEVELS} value of a vacancy. */
  static long vacancyLevels(Vacancy v) {
    long p = 0;
    JobDemands d = v.demands();
    if (d != null) {
      p = level(p, VacancyLevel.PACE, d.pace());
      p = level(p, VacancyLevel.ACCURACY, d.accuracy());
      p = level(p, VacancyLevel.INDEPENDENCE, d.independence());
      p = level(p, VacancyLevel.STRESS, d.stress());
      p = level(p, VacancyLevel.CUSTOMER_CONTACT, d.customerContact());
      p = level(p, VacancyLevel.PHYSICAL_LOAD, d.physicalLoad());
    }
    EmployerOffer o = v.offer();
    if (o != null) {
      p = level(p, VacancyLevel.STRUCTURE, o.structure());
      p = level(p, VacancyLevel.SUPERVISION, o.supervision());
      p = level(p, VacancyLevel.SETBACK_TOLERANCE, o.setbackTolerance());
      if (o.acceptsLoonkostensubsidie() != null) {
        p = VacancyLevel.LOONKOSTENSUBSIDIE.with(p, o.acceptsLoonkostensubsidie() ? 1 : 2);
      }
    }
    p = level(p, VacancyLevel.MIN_HOURS, v.minHours() == null ? null : v.minHours() + 1);
    p = level(p, VacancyLevel.MAX_HOURS, v.maxHours() == null ? null : v.maxHours() + 1);
    Schedule s = v.schedule();
    if (s != null) {
      p = VacancyLevel.SHIFTS.with(p, Boolean.TRUE.equals(s.shifts()) ? 1 : 0);
      p = VacancyLevel.NIGHTS.with(p, Boolean.TRUE.equals(s.nights()) ? 1 : 0);
      p = VacancyLevel.WEEKENDS.with(p, Boolean.TRUE.equals(s.weekends()) ? 1 : 0);
    }
    p = level(p, VacancyLevel.MIN_EDUCATION, v.minEducation() == null ? null : v.minEducation().rank());
    p = VacancyLevel.STARTKWALIFICATIE.with(p, Boolean.TRUE.equals(v.startkwalificatieRequired()) ? 1 : 0);
    if (v.certificates() != null) {
      long onJob = v.certificates().stream().filter(c -> Boolean.TRUE.equals(c.obtainableOnJob())).count();
      p = VacancyLevel.CERTIFICATES.with(p, (int) Math.min(3, v.certificates().size() - onJob));
      p = VacancyLevel.CERTIFICATES_ON_JOB.with(p, (int) Math.min(3, onJob));
    }
    if (v.languages() != null) {
      // as the exact scorer counts them: Dutch among the languages only where no Dutch level is asked
      long others = v.languages().stream().filter(l -> !(l.language().equals("nl") && v.dutchLevel() != null)).count();
      p = VacancyLevel.OTHER_LANGUAGES.with(p, (int) Math.min(3, others));
    }
    p = level(p, VacancyLevel.DUTCH_LEVEL, v.dutchLevel() == null ? null : v.dutchLevel().cefrRank());
    return VacancyLevel.UNPAID.with(p, v.kind() != null && !v.kind().isPaid() ? 1 : 0);
  }

  private static long level(long packed, VacancyLevel part, Integer value) {
    return value == null ? packed : part.with(packed, value);
  }

  /**
   * The bytes of a record as kept in {@link Fields#RECORD}: its components in declaration order,
   * without names, decoded in a few microseconds where JSON took about twenty (the fast path
   * decodes every record it rescores). Deterministic: equal records give equal bytes.
   */
  public static byte[] encode(Record record) {
    return BinaryRecords.encode(Objects.requireNonNull(record, "record"));
  }

  /**
   * A fingerprint of the layout {@link #encode} writes candidates and vacancies in; it changes
   * whenever the model's records do, and is part of {@link Fields#FORMAT_VERSION}.
   */
  public static String recordLayout() {
    return recordLayout(Candidate.class) + recordLayout(Vacancy.class);
  }

  /**
   * The fingerprint of the layout {@link #encode} writes records of {@code type} in: 16 hexadecimal
   * digits; {@link #recordLayout()} is that of {@code Candidate} followed by that of {@code Vacancy}.
   *
   * @param type the record type
   * @return the fingerprint of its layout
   */
  public static String recordLayout(Class<? extends Record> type) {
    return BinaryRecords.schema(Objects.requireNonNull(type, "type"));
  }

  /**
   * Decodes the candidate in document {@code docId} of the searcher's index.
   *
   * @throws UncheckedIOException if the index cannot be read
   * @throws IllegalStateException if the document holds no valid candidate
   */
  public static Candidate decodeCandidate(IndexSearcher searcher, int docId) {
    return decodeCandidate(searcher.getIndexReader(), docId);
  }

  /**
   * Decodes the candidate in document {@code docId} of {@code reader}.
   *
   * @throws UncheckedIOException if the index cannot be read
   * @throws IllegalStateException if the document holds no valid candidate
   */
  public static Candidate decodeCandidate(IndexReader reader, int docId) {
    return decode(reader, docId, Candidate.class);
  }

  /**
   * Decodes the vacancy in document {@code docId} of the searcher's index.
   *
   * @throws UncheckedIOException if the index cannot be read
   * @throws IllegalStateException if the document holds no valid vacancy
   */
  public static Vacancy decodeVacancy(IndexSearcher searcher, int docId) {
    return decodeVacancy(searcher.getIndexReader(), docId);
  }

  /**
   * Decodes the vacancy in document {@code docId} of {@code reader}.
   *
   * @throws UncheckedIOException if the index cannot be read
   * @throws IllegalStateException if the document holds no valid vacancy
   */
  public static Vacancy decodeVacancy(IndexReader reader, int docId) {
    return decode(reader, docId, Vacancy.class);
  }

  /**
   * Decodes a record from the bytes of {@link Fields#RECORD} ({@link #encode}).
   *
   * @throws IllegalArgumentException if the bytes are not one valid record of that type
   */
  public static <T extends Record> T decode(BytesRef record, Class<T> type) {
    try {
      return BinaryRecords.decode(record, type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(type.getSimpleName() + " in field " + Fields.RECORD + " is not valid: "
          + e.getMessage(), e);
    }
  }

  /**
   * The bytes of {@link Fields#RECORD} of document {@code docId} of {@code reader}, in any order of
   * documents, for callers that cache decoded records. The returned bytes may be reused by the
   * index: copy them ({@link BytesRef#deepCopyOf}) to keep them.
   *
   * @throws IOException if the index cannot be read
   * @throws IllegalStateException if the document holds no record
   */
  public static BytesRef record(IndexReader reader, int docId) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    // a fresh iterator per call: records are read in score order, and doc values go forward only
    BinaryDocValues records = leaf.reader().getBinaryDocValues(Fields.RECORD);
    if (records == null || !records.advanceExact(docId - leaf.docBase)) {
      throw new IllegalStateException("index document " + docId + " has no field " + Fields.RECORD);
    }
    return records.binaryValue();
  }

  /**
   * The indexed location of document {@code docId} as {@code {lat, lon}} in degrees (quantised
   * by Lucene's encoding to about 1e-7 degrees), or {@code null} when the document has none. This
   * is the location the distance queries see, which may come from coordinates given at upsert
   * rather than from the record.
   *
   * @throws UncheckedIOException if the index cannot be read
   */
  public static double[] indexedLocation(IndexSearcher searcher, int docId) {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    try {
      SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), Fields.LOCATION);
      if (!values.advanceExact(docId - leaf.docBase)) {
        return null;
      }
      long encoded = values.nextValue();
      return new double[] {
          GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32)),
          GeoEncodingUtils.decodeLongitude((int) encoded)};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A fingerprint of what {@code taxonomy} makes a candidate document hold beyond the record: the
   * essential skills of each occupation. Two taxonomies with the same fingerprint index the same
   * candidate documents; the candidate index records the fingerprint of the taxonomy it was built
   * with under {@link Fields#IMPLIED_SKILLS_KEY}.
   */
  public static String impliedSkillsFingerprint(Taxonomy taxonomy) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    taxonomy.occupations().stream()
        .sorted(Comparator.comparing(Occupation::id))
        .forEach(o -> digest.update((o.id() + "=" + String.join(",", o.essentialSkills()) + "\n")
            .getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }

  /** The feature value of a skill implied by a past occupation: a claim of the implied level, from experience. */
  private static final float IMPLIED_SKILL_WEIGHT =
      skillWeight(Fields.IMPLIED_SKILL_LEVEL, nl.werkmatch.model.SkillSource.EXPERIENCE);

  /**
   * The feature value of a candidate's coded skill: an estimate of the credit the exact scorer gives
   * it against a typical requirement, {@code min(1, 0.5 + 0.125 x level)} (level
   * {@link Fields#DEFAULT_SKILL_LEVEL} when unknown), times {@link Fields#SELF_REPORTED_FACTOR} when self-reported.
   */
  static float candidateSkillWeight(SkillClaim s) {
    return skillWeight(s.level(), s.source());
  }

  private static float skillWeight(Integer claimedLevel, nl.werkmatch.model.SkillSource source) {
    int level = claimedLevel == null ? Fields.DEFAULT_SKILL_LEVEL : claimedLevel;
    float w = Math.min(1f, 0.5f + Fields.CANDIDATE_WEIGHT_PER_LEVEL * level);
    if (source == nl.werkmatch.model.SkillSource.SELF_REPORTED) {
      w *= (float) Fields.SELF_REPORTED_FACTOR;
    }
    return Math.max(Fields.MIN_SKILL_WEIGHT, w);
  }

  private static <T extends Record> T decode(IndexReader reader, int docId, Class<T> type) {
    BytesRef record;
    try {
      record = record(reader, docId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read field " + Fields.RECORD + " of " + describe(reader, docId, type), e);
    } catch (IllegalStateException e) {
      throw new IllegalStateException(describe(reader, docId, type) + ": " + e.getMessage() + DAMAGED, e);
    }
    try {
      return decode(record, type);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(describe(reader, docId, type) + ": " + e.getMessage() + DAMAGED, e);
    }
  }

  /** What a decode failure adds: the index is damaged, and the remedy. */
  private static final String DAMAGED = "; the index is damaged: run `matcher check --index DIR`, then restore it from a"
      + " backup or reindex from the records";

  /** "index document N (candidate ID)": the record id read from the document, where it can be. */
  private static String describe(IndexReader reader, int docId, Class<?> type) {
    String id = null;
    try {
      List<LeafReaderContext> leaves = reader.leaves();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
      org.apache.lucene.index.SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ID);
      if (ids != null && ids.advanceExact(docId - leaf.docBase)) {
        id = ids.lookupOrd(ids.ordValue()).utf8ToString();
      }
    } catch (IOException | RuntimeException unreadable) {
      // the id is a courtesy: the document number is named either way
    }
    return "index document " + docId + (id == null ? ""
        : " (" + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " " + id + ")");
  }

  private static Document base(String id, byte[] record) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, id, Field.Store.NO));
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
    doc.add(new BinaryDocValuesField(Fields.RECORD, new BytesRef(record)));
    return doc;
  }

  private static void addLocation(Document doc, double[] latLon, Location location) {
    if (latLon != null) {
      doc.add(new LatLonPoint(Fields.LOCATION, latLon[0], latLon[1]));
      doc.add(new LatLonDocValuesField(Fields.LOCATION, latLon[0], latLon[1]));
    }
    doc.add(new StringField(Fields.HAS_LOCATION, latLon != null ? "1" : "0", Field.Store.NO));
    if (location != null && location.country() != null) {
      doc.add(new StringField(Fields.COUNTRY, location.country(), Field.Store.NO));
    }
  }

  private static void addSkills(Document doc, Map<String, Float> features) {
    // FeatureField allows one value per feature and document: duplicates were merged (max) above.
    for (Map.Entry<String, Float> f : features.entrySet()) {
      doc.add(new FeatureField(Fields.SKILL, f.getKey(), f.getValue()));
      doc.add(new StringField(Fields.SKILL_ID, f.getKey(), Field.Store.NO));
    }
  }

  /**
   * The location to index: the record's coordinates, or for a location known only by postcode or
   * municipality, the point the built-in gazetteer resolves it to, as the exact scorer does (the
   * fast path can then filter and rank the record by travel time like every other); null when
   * neither.
   */
  private static double[] coordinates(Location location) {
    if (location == null) {
      return null;
    }
    return Gazetteer.builtIn().resolve(location).map(p -> new double[] {p.lat(), p.lon()}).orElse(null);
  }

  private static double[] checkLatLon(double[] latLon) {
    if (latLon.length != 2) {
      throw new IllegalArgumentException("latLon must hold 2 values {lat, lon}, got " + latLon.length);
    }
    if (!(latLon[0] >= -90 && latLon[0] <= 90)) {
      throw new IllegalArgumentException("lat must be between -90 and 90, got " + latLon[0]);
    }
    if (!(latLon[1] >= -180 && latLon[1] <= 180)) {
      throw new IllegalArgumentException("lon must be between -180 and 180, got " + latLon[1]);
    }
    return latLon.clone();
  }

  private static void keyword(Document doc, String field, Object value) {
    if (value != null) {
      doc.add(new StringField(field, value instanceof Enum<?> e ? e.name() : value.toString(), Field.Store.NO));
    }
  }

  private static void keywords(Document doc, String field, List<?> values) {
    if (values != null) {
      Set<String> seen = new LinkedHashSet<>();
      for (Object v : values) {
        seen.add(v instanceof Enum<?> e ? e.name() : v.toString());
      }
      for (String s : seen) {
        doc.add(new StringField(field, s, Field.Store.NO));
      }
    }
  }

  /** One term per part of the week ({@link Fields#SHIFTS}, nights, weekends) whose flag equals {@code flag}. */
  private static void scheduleParts(Document doc, String field, Boolean flag, Boolean shifts, Boolean nights,
      Boolean weekends) {
    if (flag.equals(shifts)) {
      doc.add(new StringField(field, Fields.SHIFTS, Field.Store.NO));
    }
    if (flag.equals(nights)) {
      doc.add(new StringField(field, Fields.NIGHTS, Field.Store.NO));
    }
    if (flag.equals(weekends)) {
      doc.add(new StringField(field, Fields.WEEKENDS, Field.Store.NO));
    }
  }

  /** A date as indexed: its epoch day; null stays null. */
  private static Integer epochDay(java.time.LocalDate date) {
    return date == null ? null : Math.toIntExact(date.toEpochDay());
  }

  private static void intField(Document doc, String field, Integer value) {
    if (value != null) {
      doc.add(new IntField(field, value, Field.Store.NO));
    }
  }
}
