package nl.werkmatch.sample;

import static nl.werkmatch.sample.SampleGenerator.TODAY;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.werkmatch.geo.Place;
import nl.werkmatch.model.Certificate;
import nl.werkmatch.model.CertificateRequirement;
import nl.werkmatch.model.ContactPerson;
import nl.werkmatch.model.ContractType;
import nl.werkmatch.model.EducationLevel;
import nl.werkmatch.model.EmployerOffer;
import nl.werkmatch.model.JobDemands;
import nl.werkmatch.model.LanguageLevel;
import nl.werkmatch.model.LanguageSkill;
import nl.werkmatch.model.Location;
import nl.werkmatch.model.Schedule;
import nl.werkmatch.model.Sector;
import nl.werkmatch.model.SkillRequirement;
import nl.werkmatch.model.Task;
import nl.werkmatch.model.TimeWindow;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.VacancyKind;
import nl.werkmatch.model.VacancyOrigin;
import nl.werkmatch.model.WorkCondition;
import nl.werkmatch.taxonomy.Occupation;

/** Draws one synthetic vacancy from a random stream. */
final class VacancyFactory {
  /** Wettelijk minimumloon per hour from 1 January 2026, age 21+. */
  static final BigDecimal WML_2026 = new BigDecimal("14.71");

  private static final List<VacancyKind> KINDS = List.of(VacancyKind.REGULAR, VacancyKind.GARANTIEBAAN,
      VacancyKind.BESCHUT_WERK, VacancyKind.PROEFPLAATSING, VacancyKind.LEERWERKPLEK, VacancyKind.WERKERVARINGSPLAATS,
      VacancyKind.PARTICIPATIEPLAATS, VacancyKind.VRIJWILLIGERSWERK, VacancyKind.DETACHERING, VacancyKind.STAGE,
      VacancyKind.PROJECT_MET_BAANGARANTIE);
  private static final double[] KIND_WEIGHTS = {46, 9, 4, 6, 6, 7, 4, 4, 6, 4, 4};
  private static final List<VacancyOrigin> ORIGINS = List.of(VacancyOrigin.NEW_POSITION, VacancyOrigin.OWN_RESIGNATION,
      VacancyOrigin.RETIREMENT, VacancyOrigin.REDUCED_HOURS_AT_WORKERS_REQUEST, VacancyOrigin.DISABILITY,
      VacancyOrigin.DISMISSAL_FOR_URGENT_CAUSE, VacancyOrigin.REDUNDANCY, VacancyOrigin.UNKNOWN);
  private static final double[] ORIGIN_WEIGHTS = {34, 26, 10, 4, 4, 2, 6, 10};

  private final Catalogue cat;

  VacancyFactory(Catalogue cat) {
    this.cat = cat;
  }

  Vacancy create(String id, Rng r) {
    VacancyKind kind = r.weighted(KINDS, KIND_WEIGHTS);
    Place town = cat.vacancyTowns.get(r.weighted(cat.vacancyTownWeights));
    boolean germany = town.country().equals("DE");
    if (germany && kind != VacancyKind.REGULAR && kind != VacancyKind.DETACHERING) {
      kind = VacancyKind.REGULAR; // GrensWerk: paid jobs only
    }
    Occupation occ = occupation(r, kind);
    Sector sector = occ.sector();
    String employer = employer(r, sector, kind);
    boolean unpaid = !kind.isPaid();

    Location location = location(r, town);

    // skills
    List<SkillRequirement> required = new ArrayList<>();
    int entryLevel = switch (kind) {
      case BESCHUT_WERK, PARTICIPATIEPLAATS, VRIJWILLIGERSWERK, WERKERVARINGSPLAATS, STAGE -> 1;
      case GARANTIEBAAN, PROEFPLAATSING, LEERWERKPLEK, PROJECT_MET_BAANGARANTIE -> 2;
      default -> 3;
    };
    for (String sk : occ.essentialSkills()) {
      if (r.chance(0.85)) {
        required.add(new SkillRequirement(sk, null, Math.max(1, Math.min(5, entryLevel + r.between(-1, 1)))));
      }
    }
    if (required.isEmpty() && !occ.essentialSkills().isEmpty()) {
      required.add(new SkillRequirement(occ.essentialSkills().get(0), null, entryLevel));
    }
    List<SkillRequirement> optional = new ArrayList<>();
    for (String sk : occ.optionalSkills()) {
      if (r.chance(0.6)) {
        optional.add(new SkillRequirement(sk, null, r.between(1, 3)));
      }
    }
    if (r.chance(0.1)) {
      optional.add(new SkillRequirement(null, r.pick("rijbewijs B is handig", "ervaring met klussen", "Duits is een pré",
          "affiniteit met de doelgroep", "handig met de computer"), null));
    }
    List<Task> tasks = tasks(r, occ);

    EducationLevel minEducation = occ.minEducation();
    if (minEducation != null && (kind == VacancyKind.GARANTIEBAAN || kind == VacancyKind.BESCHUT_WERK
        || kind == VacancyKind.PARTICIPATIEPLAATS || kind == VacancyKind.VRIJWILLIGERSWERK || kind == VacancyKind.STAGE
        || kind == VacancyKind.LEERWERKPLEK || r.chance(0.3))) {
      minEducation = null;
    }
    Boolean startkwalificatie = minEducation != null && minEducation.givesStartkwalificatie() ? Boolean.valueOf(r.chance(0.6))
        : r.chance(0.3) ? Boolean.FALSE : null;

    List<CertificateRequirement> certificates = new ArrayList<>();
    for (Certificate c : occ.certificates()) {
      certificates.add(new CertificateRequirement(c, unpaid || kind == VacancyKind.LEERWERKPLEK ? Boolean.TRUE
          : r.chance(0.25) ? null : Boolean.valueOf(r.chance(c == Certificate.VCA_BASIS ? 0.5 : 0.3))));
    }

    boolean customerFacing = sector == Sector.HORECA || sector == Sector.DETAILHANDEL || sector == Sector.CONTACTCENTER
        || sector == Sector.ZORG || sector == Sector.BEVEILIGING;
    LanguageLevel dutch = null;
    List<LanguageSkill> languages = null;
    if (germany) {
      languages = List.of(new LanguageSkill("de", r.pick(LanguageLevel.A2, LanguageLevel.B1, LanguageLevel.B1)));
    } else if (!r.chance(0.3)) {
      dutch = customerFacing ? r.pick(LanguageLevel.REF_2F, LanguageLevel.B1, LanguageLevel.B2)
          : r.pick(LanguageLevel.A2, LanguageLevel.REF_1F, LanguageLevel.A2, LanguageLevel.B1);
      if (kind == VacancyKind.BESCHUT_WERK || kind == VacancyKind.PARTICIPATIEPLAATS || kind == VacancyKind.VRIJWILLIGERSWERK) {
        dutch = r.chance(0.5) ? LanguageLevel.A1 : LanguageLevel.A2;
      }
      if (r.chance(0.06)) {
        languages = List.of(new LanguageSkill("en", LanguageLevel.B1));
      }
    }
    Double minExperience = kind == VacancyKind.REGULAR || kind == VacancyKind.DETACHERING
        ? (r.chance(0.5) ? null : (double) r.pick(0, 0, 1, 1, 2, 3)) : null;

    int[] hours = hours(r, kind);
    Schedule schedule = schedule(r, sector, occ);
    ContractType contract = contract(r, kind);
    Integer months = switch (contract) {
      case PERMANENT -> null;
      case FIXED_TERM -> r.pick(6, 7, 12, 12, 24);
      case BBL -> r.pick(12, 24);
      case TEMP_AGENCY, ON_CALL -> r.chance(0.5) ? null : r.pick(3, 6);
      case NONE -> switch (kind) {
        case PROEFPLAATSING -> r.pick(2, 3);
        case WERKERVARINGSPLAATS, STAGE -> r.pick(3, 6);
        case PARTICIPATIEPLAATS, PROJECT_MET_BAANGARANTIE -> r.pick(6, 12);
        default -> null;
      };
    };
    LocalDate closing = TODAY.plusDays(r.between(7, 100));
    LocalDate start = closing.plusDays(r.between(7, 60));
    if (r.chance(0.1)) {
      closing = null;
    }
    int positions = r.chance(0.75) ? 1 : r.chance(0.7) ? r.between(2, 3) : r.between(4, 10);

    BigDecimal wage = unpaid ? null : wage(r, occ);
    JobDemands demands = demands(r, occ, kind, customerFacing);
    EmployerOffer offer = offer(r, kind);
    VacancyOrigin origin = r.chance(0.05) ? null : r.weighted(ORIGINS, ORIGIN_WEIGHTS);
    ContactPerson contact = contact(r, employer);

    String title = title(occ, kind, hours);
    String description = Descriptions.describe(r, employer, town.name(), occ.label(), kind, tasks, hours, schedule, offer,
        certificates, dutch, germany, cat);
    start = laterStart(r, kind, start);
    return new Vacancy(id, employer, contact, sector, occ.id(), title, description, location, kind, required, optional,
        tasks, minEducation, startkwalificatie, certificates, dutch, languages, minExperience, hours[0], hours[1],
        schedule, contract, months, start, closing, positions, wage, demands, offer, origin);
  }

  /**
   * The start date drawn last, so every other field is what the record's stream gave before: half
   * the BBL places and stages start with the next school year (the last Monday of August, as MBO
   * programmes do), and about one other vacancy in eight is posted months ahead, starting between
   * June and September. A person available only from the summer (a school leaver) then meets
   * vacancies they can start in, as in a real region.
   */
  private static LocalDate laterStart(Rng r, VacancyKind kind, LocalDate start) {
    boolean schoolYear = (kind == VacancyKind.LEERWERKPLEK || kind == VacancyKind.STAGE) && r.chance(0.5);
    LocalDate later = schoolYear ? schoolYearStart(TODAY) : r.chance(0.12) ? TODAY.plusDays(r.between(190, 290)) : null;
    return later != null && later.isAfter(start) ? later : start;
  }

  /** The first day of the school year after {@code day}: the last Monday of August. */
  static LocalDate schoolYearStart(LocalDate day) {
    int year = day.getMonthValue() >= 8 ? day.getYear() + 1 : day.getYear();
    return LocalDate.of(year, 8, 31).with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private Occupation occupation(Rng r, VacancyKind kind) {
    boolean lowThreshold = switch (kind) {
      case GARANTIEBAAN, BESCHUT_WERK, PARTICIPATIEPLAATS, VRIJWILLIGERSWERK, WERKERVARINGSPLAATS -> true;
      default -> false;
    };
    for (int attempt = 0; attempt < 10; attempt++) {
      Occupation o = cat.occupations.get(r.weighted(cat.vacancyOccupationWeights));
      if (!lowThreshold || o.minEducation() == null || o.minEducation().rank() <= EducationLevel.MBO_2.rank()) {
        return o;
      }
    }
    return cat.occupations.get(r.weighted(cat.vacancyOccupationWeights));
  }

  private Location location(Rng r, Place town) {
    if (town.postcodes().isEmpty()) { // a national municipality: coordinates, no postcode table to draw from
      double[] p = CandidateFactory.jitter(town.point().lat(), town.point().lon(), cat.spreadKm(town, 2.5), r);
      return new Location(null, p[0], p[1], town.municipality(), town.country());
    }
    String postcode = cat.postcodeIn(town, r);
    double[] p = CandidateFactory.jitter(town.point().lat(), town.point().lon(), 2.5, r);
    if (r.chance(0.08)) {
      return new Location(postcode, null, null, town.municipality(), town.country());
    }
    return new Location(postcode, p[0], p[1], town.municipality(), town.country());
  }

  private static String employer(Rng r, Sector sector, VacancyKind kind) {
    if (kind == VacancyKind.BESCHUT_WERK && r.chance(0.6)) {
      return r.pick("Werkbedrijf " + r.pick(Names.EMPLOYER_STEMS), r.pick(Names.EMPLOYER_STEMS) + " Werkt",
          "Sociaal Werkbedrijf " + r.pick(Names.EMPLOYER_STEMS));
    }
    if ((kind == VacancyKind.VRIJWILLIGERSWERK || kind == VacancyKind.PARTICIPATIEPLAATS) && r.chance(0.5)) {
      return r.pick("Stichting ", "Vereniging ", "Buurthuis ", "Kringloop ") + r.pick(Names.EMPLOYER_STEMS);
    }
    if (kind == VacancyKind.DETACHERING && r.chance(0.5)) {
      return r.pick(Names.EMPLOYER_STEMS) + r.pick(" Detachering", " Flexwerk", " Personeelsdiensten") + " B.V.";
    }
    List<String> activities = Names.EMPLOYER_ACTIVITY.get(sector.name());
    return r.pick(Names.EMPLOYER_STEMS) + " " + r.pick(activities) + r.pick(Names.LEGAL_FORMS);
  }

  private List<Task> tasks(Rng r, Occupation occ) {
    List<String> pool = new ArrayList<>();
    for (String s : occ.essentialSkills()) {
      if (!cat.softSkills.contains(s)) {
        pool.add(s);
      }
    }
    for (String s : occ.optionalSkills()) {
      if (!cat.softSkills.contains(s) && r.chance(0.4)) {
        pool.add(s);
      }
    }
    int n = Math.min(pool.size(), r.between(3, 5));
    if (n == 0) {
      return List.of();
    }
    List<List<String>> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      groups.add(new ArrayList<>());
    }
    for (int i = 0; i < pool.size(); i++) {
      // keep the first n skills as task leads, then spread the rest
      int g = i < n ? i : r.between(0, n - 1);
      if (groups.get(g).size() < 2) {
        groups.get(g).add(pool.get(i));
      }
    }
    int[] shares = shares(r, n);
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> ids = groups.get(i);
      String d = cat.skillLabel(ids.get(0));
      if (ids.size() > 1) {
        d = d + " en " + lowerFirst(cat.skillLabel(ids.get(1)));
      }
      tasks.add(new Task(d, ids, shares[i]));
    }
    tasks.sort((a, b) -> Integer.compare(b.sharePercent(), a.sharePercent()));
    return tasks;
  }

  static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))) {
      return s; // acronym such as HACCP
    }
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** {@code n} shares, multiples of 5, each at least 10, summing to 100. */
  private static int[] shares(Rng r, int n) {
    int[] s = new int[n];
    int units = 20 - 2 * n;
    for (int i = 0; i < n; i++) {
      s[i] = 2;
    }
    for (int u = 0; u < units; u++) {
      s[r.chance(0.45) ? 0 : r.between(0, n - 1)]++;
    }
    for (int i = 0; i < n; i++) {
      s[i] *= 5;
    }
    return s;
  }

  private static int[] hours(Rng r, VacancyKind kind) {
    return switch (kind) {
      case PARTICIPATIEPLAATS -> new int[] {r.pick(4, 8, 12), r.pick(16, 20)};
      case VRIJWILLIGERSWERK -> new int[] {r.pick(2, 4), r.pick(8, 12, 16)};
      case WERKERVARINGSPLAATS, PROJECT_MET_BAANGARANTIE -> new int[] {r.pick(12, 16, 20), r.pick(24, 32)};
      case STAGE, LEERWERKPLEK -> new int[] {r.pick(16, 24, 32), r.pick(32, 36, 38)};
      case BESCHUT_WERK, GARANTIEBAAN -> {
        int lo = r.pick(12, 16, 20, 24);
        yield new int[] {lo, Math.min(36, lo + r.pick(8, 12, 16))};
      }
      case PROEFPLAATSING -> new int[] {r.pick(16, 20, 24), r.pick(24, 32, 36)};
      default -> {
        int[][] bands = {{8, 16}, {12, 20}, {16, 24}, {20, 32}, {24, 32}, {24, 36}, {32, 38}, {32, 40}, {36, 40}, {38, 40}};
        yield bands[r.weighted(new double[] {4, 5, 10, 10, 12, 10, 14, 12, 12, 11})];
      }
    };
  }

  private static Schedule schedule(Rng r, Sector sector, Occupation occ) {
    boolean shiftSector = sector == Sector.PRODUCTIE || sector == Sector.LOGISTIEK;
    boolean weekendSector = sector == Sector.HORECA || sector == Sector.DETAILHANDEL || sector == Sector.ZORG
        || sector == Sector.BEVEILIGING;
    boolean shifts = (shiftSector && r.chance(0.45)) || (sector == Sector.ZORG && r.chance(0.5));
    boolean nights = (shifts && r.chance(0.25)) || (sector == Sector.BEVEILIGING && r.chance(0.4));
    boolean weekends = (weekendSector && r.chance(0.65)) || (shifts && r.chance(0.2));
    List<TimeWindow> windows = null;
    if (!shifts && !nights && r.chance(0.45)) {
      windows = new ArrayList<>();
      LocalTime from = r.pick(LocalTime.of(7, 30), LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(9, 0));
      LocalTime to = r.pick(LocalTime.of(12, 30), LocalTime.of(14, 30), LocalTime.of(16, 30), LocalTime.of(17, 0));
      int days = r.between(3, 5);
      for (int d = 1; d <= days; d++) {
        windows.add(new TimeWindow(DayOfWeek.of(d), from, to));
      }
    }
    return new Schedule(shifts, nights, weekends, windows);
  }

  private static ContractType contract(Rng r, VacancyKind kind) {
    return switch (kind) {
      case REGULAR -> r.weighted(List.of(ContractType.PERMANENT, ContractType.FIXED_TERM, ContractType.TEMP_AGENCY,
          ContractType.ON_CALL), new double[] {22, 50, 20, 8});
      case GARANTIEBAAN, BESCHUT_WERK -> r.chance(0.3) ? ContractType.PERMANENT : ContractType.FIXED_TERM;
      case DETACHERING -> r.chance(0.5) ? ContractType.FIXED_TERM : ContractType.TEMP_AGENCY;
      case LEERWERKPLEK -> ContractType.BBL;
      default -> ContractType.NONE;
    };
  }

  /** A CAO-like hourly wage for the occupation: at least WML, higher with the required level. */
  private static BigDecimal wage(Rng r, Occupation occ) {
    int rank = occ.minEducation() == null ? 0 : occ.minEducation().rank();
    double base = switch (rank) {
      case 0 -> 14.90;
      case 5 -> 16.20;
      case 6 -> 18.10;
      default -> rank >= 7 ? 20.50 : 15.40;
    };
    if (occ.sector() == Sector.ICT) {
      base += 2.5;
    } else if (occ.sector() == Sector.TECHNIEK || occ.sector() == Sector.BOUW) {
      base += 1.2;
    } else if (occ.sector() == Sector.HORECA || occ.sector() == Sector.DETAILHANDEL) {
      base -= 0.2;
    }
    double w = base + Math.abs(r.gaussian()) * 1.6;
    BigDecimal wage = BigDecimal.valueOf(w).setScale(2, RoundingMode.HALF_UP);
    return wage.compareTo(WML_2026) < 0 ? WML_2026 : wage;
  }

  private static JobDemands demands(Rng r, Occupation occ, VacancyKind kind, boolean customerFacing) {
    Sector s = occ.sector();
    int physical = switch (s) {
      case BOUW, LOGISTIEK, GROEN -> 4;
      case SCHOONMAAK, PRODUCTIE, HORECA -> 3;
      case ZORG, DETAILHANDEL, TECHNIEK -> 3;
      default -> 1;
    };
    int pace = s == Sector.LOGISTIEK || s == Sector.PRODUCTIE || s == Sector.HORECA ? 4 : 3;
    boolean sheltered = kind == VacancyKind.BESCHUT_WERK || kind == VacancyKind.PARTICIPATIEPLAATS
        || kind == VacancyKind.VRIJWILLIGERSWERK;
    if (sheltered) {
      pace = 2;
    }
    Set<WorkCondition> conditions = new LinkedHashSet<>();
    switch (s) {
      case BOUW -> {
        conditions.add(WorkCondition.OUTDOOR);
        conditions.add(WorkCondition.HEAVY_LIFTING);
        if (r.chance(0.5)) {
          conditions.add(WorkCondition.DUST);
        }
        if (r.chance(0.4)) {
          conditions.add(WorkCondition.HEIGHTS);
        }
      }
      case LOGISTIEK -> {
        conditions.add(WorkCondition.PROLONGED_STANDING);
        if (r.chance(0.6)) {
          conditions.add(WorkCondition.HEAVY_LIFTING);
        }
        if (r.chance(0.2)) {
          conditions.add(WorkCondition.COLD);
        }
        if (occ.id().contains("bezorger") || occ.id().contains("chauffeur") && !occ.id().contains("truck")) {
          conditions.add(WorkCondition.DRIVING);
        }
        if (r.chance(0.4)) {
          conditions.add(WorkCondition.TIME_PRESSURE);
        }
      }
      case PRODUCTIE -> {
        conditions.add(WorkCondition.PROLONGED_STANDING);
        if (r.chance(0.5)) {
          conditions.add(WorkCondition.NOISY);
        }
        if (r.chance(0.4)) {
          conditions.add(WorkCondition.TIME_PRESSURE);
        }
        if (r.chance(0.3)) {
          conditions.add(WorkCondition.FINE_MANUAL_WORK);
        }
      }
      case GROEN -> {
        conditions.add(WorkCondition.OUTDOOR);
        if (r.chance(0.4)) {
          conditions.add(WorkCondition.HEAVY_LIFTING);
        }
        if (r.chance(0.3)) {
          conditions.add(WorkCondition.COLD);
        }
      }
      case SCHOONMAAK -> {
        conditions.add(WorkCondition.WALKING);
        if (r.chance(0.5)) {
          conditions.add(WorkCondition.PROLONGED_STANDING);
        }
        if (occ.id().contains("glazenwasser")) {
          conditions.add(WorkCondition.HEIGHTS);
        }
      }
      case HORECA -> {
        conditions.add(WorkCondition.PROLONGED_STANDING);
        if (r.chance(0.5)) {
          conditions.add(WorkCondition.TIME_PRESSURE);
        }
        if (r.chance(0.4)) {
          conditions.add(WorkCondition.NOISY);
        }
      }
      case DETAILHANDEL -> {
        conditions.add(WorkCondition.PROLONGED_STANDING);
        if (r.chance(0.3)) {
          conditions.add(WorkCondition.WALKING);
        }
      }
      case TECHNIEK -> {
        conditions.add(WorkCondition.FINE_MANUAL_WORK);
        if (r.chance(0.3)) {
          conditions.add(WorkCondition.HEIGHTS);
        }
        if (r.chance(0.3)) {
          conditions.add(WorkCondition.DUST);
        }
      }
      case CONTACTCENTER -> {
        if (r.chance(0.5)) {
          conditions.add(WorkCondition.TIME_PRESSURE);
        }
      }
      default -> {
        // office and other work: no typical conditions
      }
    }
    if (sheltered) {
      conditions.remove(WorkCondition.TIME_PRESSURE);
    }
    Integer lifting = conditions.contains(WorkCondition.HEAVY_LIFTING) ? r.pick(20, 23, 25)
        : physical >= 3 ? r.pick(5, 10, 15) : r.chance(0.5) ? null : 5;
    // the occupation's typical demands, where the taxonomy states them, are the centre of the drawn
    // ones (a contact-centre job does not record little customer contact); the draws are the same
    JobDemands typical = occ.typicalDemands();
    int contact = typical != null && typical.customerContact() != null ? typical.customerContact() : customerFacing ? 4 : 2;
    if (typical != null && typical.physicalLoad() != null) {
      physical = typical.physicalLoad();
    }
    return new JobDemands(jitter(r, pace), jitter(r, 3), jitter(r, sheltered ? 2 : 3),
        jitter(r, sheltered ? 1 : pace - 1), jitter(r, contact), jitter(r, physical), lifting,
        List.copyOf(conditions));
  }

  private static Integer jitter(Rng r, int centre) {
    if (r.chance(0.08)) {
      return null;
    }
    return Math.max(1, Math.min(5, centre + r.between(-1, 1)));
  }

  private static EmployerOffer offer(Rng r, VacancyKind kind) {
    boolean inclusive = kind == VacancyKind.GARANTIEBAAN || kind == VacancyKind.BESCHUT_WERK;
    Boolean lks = switch (kind) {
      case GARANTIEBAAN, BESCHUT_WERK -> Boolean.TRUE;
      case REGULAR, DETACHERING, LEERWERKPLEK -> r.chance(0.1) ? null : Boolean.valueOf(r.chance(0.4));
      default -> null;
    };
    Double minLoonwaarde = Boolean.TRUE.equals(lks) && r.chance(0.5) ? (double) (10 * r.between(3, 7)) : null;
    if (kind == VacancyKind.BESCHUT_WERK && minLoonwaarde != null) {
      minLoonwaarde = 20.0;
    }
    int supervision = inclusive || !kind.isPaid() ? r.between(3, 5) : r.between(1, 4);
    return new EmployerOffer(supervision, r.between(inclusive ? 3 : 2, 5),
        inclusive || r.chance(0.5) ? Boolean.TRUE : r.chance(0.5) ? Boolean.FALSE : null,
        inclusive ? Boolean.TRUE : r.chance(0.3),
        lks, minLoonwaarde,
        inclusive ? Boolean.valueOf(r.chance(0.6)) : r.chance(0.25),
        r.chance(0.1) ? null : r.between(inclusive ? 3 : 1, 5),
        inclusive ? Boolean.valueOf(r.chance(0.6)) : r.chance(0.12),
        r.chance(0.1));
  }

  private static ContactPerson contact(Rng r, String employer) {
    boolean female = r.chance(0.55);
    String first = r.pick(female ? Names.DUTCH_FEMALE : Names.DUTCH_MALE);
    String last = r.pick(Names.DUTCH_FAMILY);
    String domain = CandidateFactory.slug(employer.replace("B.V.", "").replace("V.O.F.", ""));
    return new ContactPerson(first + " " + last, CandidateFactory.slug(first) + "@" + domain + ".example", null);
  }

  private static String title(Occupation occ, VacancyKind kind, int[] hours) {
    String label = occ.label();
    return switch (kind) {
      case GARANTIEBAAN -> label + " (garantiebaan)";
      case BESCHUT_WERK -> label + " (beschut werk)";
      case PROEFPLAATSING -> label + " (proefplaatsing)";
      case LEERWERKPLEK -> "Leerwerkplek " + lowerFirst(label) + " (BBL)";
      case STAGE -> "Stage " + lowerFirst(label);
      case WERKERVARINGSPLAATS -> "Werkervaringsplaats " + lowerFirst(label);
      case PARTICIPATIEPLAATS -> "Participatieplaats " + lowerFirst(label);
      case VRIJWILLIGERSWERK -> "Vrijwilliger " + lowerFirst(label);
      case DETACHERING -> label + " (detachering)";
      case PROJECT_MET_BAANGARANTIE -> "Opleidingsproject " + lowerFirst(label) + " met baangarantie";
      default -> hours[1] <= 24 ? label + " (parttime)" : label;
    };
  }
}
