package nl.werkmatch.sample;

import static nl.werkmatch.sample.SampleGenerator.TODAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.werkmatch.geo.Place;
import nl.werkmatch.model.Availability;
import nl.werkmatch.model.BenefitType;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.CareDuties;
import nl.werkmatch.model.Certificate;
import nl.werkmatch.model.CertificateHolding;
import nl.werkmatch.model.DrivingLicence;
import nl.werkmatch.model.Education;
import nl.werkmatch.model.EducationLevel;
import nl.werkmatch.model.FunctionalLimitation;
import nl.werkmatch.model.InburgeringStatus;
import nl.werkmatch.model.LadderStep;
import nl.werkmatch.model.LanguageLevel;
import nl.werkmatch.model.LanguageSkill;
import nl.werkmatch.model.Location;
import nl.werkmatch.model.Loonwaarde;
import nl.werkmatch.model.LoonwaardeMethod;
import nl.werkmatch.model.Participation;
import nl.werkmatch.model.PersonalDetails;
import nl.werkmatch.model.Route;
import nl.werkmatch.model.Sector;
import nl.werkmatch.model.Sex;
import nl.werkmatch.model.SkillClaim;
import nl.werkmatch.model.SkillSource;
import nl.werkmatch.model.SupportNeeds;
import nl.werkmatch.model.TargetGroup;
import nl.werkmatch.model.TimeWindow;
import nl.werkmatch.model.TravelMode;
import nl.werkmatch.model.TravelOptions;
import nl.werkmatch.model.WorkExperience;
import nl.werkmatch.model.WorkProfile;
import nl.werkmatch.taxonomy.Occupation;

/** Draws one synthetic candidate from a random stream. */
final class CandidateFactory {
  private static final EducationLevel[] LEVELS = {EducationLevel.NONE, EducationLevel.PRIMARY, EducationLevel.PRO,
      EducationLevel.VSO, EducationLevel.VMBO, EducationLevel.MBO_1, EducationLevel.MBO_2, EducationLevel.MBO_3,
      EducationLevel.MBO_4, EducationLevel.HAVO, EducationLevel.VWO, EducationLevel.HBO, EducationLevel.WO};
  private static final double[] LEVEL_WEIGHTS = {4, 8, 6, 4, 20, 10, 18, 10, 8, 5, 2, 4, 1};
  private static final double[] REFUGEE_LEVEL_WEIGHTS = {14, 22, 0, 0, 4, 14, 12, 6, 6, 6, 4, 8, 3};
  /** Ladder steps 1..6: a Sonar-like mix in which 5 and 6 are common enough for paid matches. */
  private static final double[] LADDER_WEIGHTS = {4, 11, 18, 19, 26, 22};

  private final Catalogue cat;

  CandidateFactory(Catalogue cat) {
    this.cat = cat;
  }

  Candidate create(String id, Rng r) {
    Place town = cat.candidateTowns.get(r.weighted(cat.candidateTownWeights));
    Location home = home(town, r);

    int birthYear = birthYear(r);
    int age = TODAY.getYear() - birthYear;
    Sex sex = r.chance(0.03) ? null : r.chance(0.01) ? Sex.X : r.chance(0.47) ? Sex.FEMALE : Sex.MALE;

    boolean statushouder = r.chance(0.12);
    String nationality;
    if (statushouder) {
      nationality = r.weighted(Names.REFUGEE_NATIONALITIES, Names.REFUGEE_WEIGHTS);
    } else if (r.chance(0.08)) {
      nationality = r.pick(Names.OTHER_NATIONALITIES);
    } else {
      nationality = "NL";
    }

    // participation
    LadderStep step = LadderStep.of(r.weighted(LADDER_WEIGHTS) + 1);
    int s = step.number();
    Route route;
    if (s <= 2) {
      route = r.chance(0.7) ? Route.PARTICIPATIE : Route.WERKNEMER;
    } else if (s == 3) {
      route = r.chance(0.4) ? Route.PARTICIPATIE : Route.WERKNEMER;
    } else if (age < 27 && r.chance(0.15)) {
      route = Route.ONDERWIJS;
    } else {
      route = r.chance(0.03) ? Route.ONDERNEMER : Route.WERKNEMER;
    }
    Boolean jobReady = s == 6 ? Boolean.valueOf(r.chance(0.9)) : s == 5 ? Boolean.valueOf(r.chance(0.6))
        : Boolean.valueOf(s == 4 && r.chance(0.1));
    Participation participation = r.chance(0.03) ? null : new Participation(step, r.chance(0.08) ? null : route, jobReady);

    // education: about 30% without a recorded level, as in the Kandidatenverkenner
    Education education = education(r, statushouder, age);
    EducationLevel level = education == null ? null : education.highestLevel();

    // occupations wanted and done
    List<String> desired = new ArrayList<>();
    int nDesired = r.chance(0.1) ? 0 : r.between(1, 3);
    for (int i = 0; i < nDesired; i++) {
      Occupation o = occupationFor(r, level, desired.isEmpty() ? null : cat.occupation(desired.get(0)).sector());
      if (!desired.contains(o.id())) {
        desired.add(o.id());
      }
    }
    List<WorkExperience> experience;
    List<Occupation> previous = new ArrayList<>();
    double noExperience = s <= 2 ? 0.35 : age < 22 ? 0.4 : 0.12;
    if (r.chance(0.07)) {
      experience = null;
    } else if (r.chance(noExperience)) {
      experience = List.of();
    } else {
      experience = new ArrayList<>();
      int nExp = r.between(1, 3);
      for (int i = 0; i < nExp; i++) {
        Occupation o = !desired.isEmpty() && r.chance(0.5) ? cat.occupation(r.pick(desired)) : occupationFor(r, level, null);
        if (previous.contains(o)) {
          continue;
        }
        previous.add(o);
        int maxYears = Math.max(1, age - 17);
        double years = Math.round(Math.min(maxYears, Math.abs(r.gaussian()) * 4 + 0.25) * 2) / 2.0;
        int lastYear = Math.max(birthYear + 17, TODAY.getYear() - (int) Math.min(age - 17, Math.abs(r.gaussian()) * 4));
        boolean coded = r.chance(0.85);
        experience.add(new WorkExperience(coded ? o.id() : null, o.label(), years, Math.min(lastYear, TODAY.getYear())));
      }
    }

    List<Sector> desiredSectors = null;
    if (!r.chance(0.35)) {
      Set<Sector> set = new LinkedHashSet<>();
      for (String d : desired) {
        set.add(cat.occupation(d).sector());
      }
      if (set.isEmpty() || r.chance(0.2)) {
        set.add(cat.occupations.get(r.weighted(cat.candidateOccupationWeights)).sector());
      }
      desiredSectors = List.copyOf(set);
    }
    List<Sector> refused = null;
    if (r.chance(0.05)) {
      Sector refusedSector = r.pick(Sector.HORECA, Sector.BEVEILIGING, Sector.ZORG, Sector.SCHOONMAAK);
      boolean clash = (desiredSectors != null && desiredSectors.contains(refusedSector))
          || desired.stream().anyMatch(d -> cat.occupation(d).sector() == refusedSector);
      refused = clash ? null : List.of(refusedSector);
    }

    List<SkillClaim> skills = skills(r, desired, previous, experience, level);
    List<CertificateHolding> certificates = certificates(r, previous);
    List<LanguageSkill> languages = languages(r, statushouder, nationality);
    InburgeringStatus inburgering = null;
    if (statushouder) {
      inburgering = r.weighted(List.of(InburgeringStatus.NOT_STARTED, InburgeringStatus.IN_PROGRESS,
          InburgeringStatus.COMPLETED, InburgeringStatus.EXEMPT), new double[] {8, 55, 32, 5});
    }

    CareDuties care = null;
    boolean youngChildren = false;
    if (!r.chance(0.2)) {
      youngChildren = age >= 20 && age <= 46 && r.chance(0.32);
      care = new CareDuties(youngChildren, r.chance(age >= 40 ? 0.12 : 0.05));
    }
    List<FunctionalLimitation> limitations = limitations(r, s);
    Availability availability = availability(r, s, youngChildren, limitations);

    BenefitType benefit = r.weighted(List.of(BenefitType.BIJSTAND, BenefitType.WW, BenefitType.WAJONG,
        BenefitType.IOAW, BenefitType.IOAZ, BenefitType.NONE), new double[] {78, 6, 5, 2, 1, 8});
    if ((benefit == BenefitType.IOAW || benefit == BenefitType.IOAZ) && age < 50) {
      benefit = BenefitType.BIJSTAND;
    }
    LocalDate benefitSince = null;
    if (benefit != BenefitType.NONE && !r.chance(0.1)) {
      int maxDays = Math.max(30, Math.min((age - 18) * 365, 12 * 365));
      int days = (int) Math.min(maxDays, Math.abs(r.gaussian()) * 3 * 365 + r.between(14, 200));
      benefitSince = TODAY.minusDays(days);
    }

    // target groups
    List<TargetGroup> groups = null;
    LocalDate beschutDate = null;
    Loonwaarde loonwaarde = null;
    if (!r.chance(0.08) || statushouder) {
      List<TargetGroup> g = new ArrayList<>();
      boolean register = r.chance(benefit == BenefitType.WAJONG ? 0.8 : 0.13);
      if (register) {
        g.add(TargetGroup.DOELGROEPREGISTER);
      }
      if (r.chance(register ? 0.16 : 0.015)) {
        g.add(TargetGroup.BESCHUT_WERK_INDICATIE);
        beschutDate = TODAY.minusDays(r.between(20, 6 * 365));
      }
      boolean lks = r.chance(register ? 0.7 : 0.11);
      if (lks) {
        g.add(TargetGroup.LKS_DOELGROEP);
      }
      if (statushouder) {
        g.add(TargetGroup.STATUSHOUDER);
      }
      if (age <= 25 && level != null && (level == EducationLevel.PRO || level == EducationLevel.VSO
          || level == EducationLevel.MBO_1 || level == EducationLevel.PRIMARY) && r.chance(0.8)) {
        g.add(TargetGroup.KWETSBARE_SCHOOLVERLATER);
      }
      if (r.chance(0.01)) {
        g.add(TargetGroup.WSW);
      }
      groups = g;
      if (lks && r.chance(0.85)) {
        loonwaarde = loonwaarde(r, desired, previous);
      }
    }

    SupportNeeds support = null;
    if (groups != null && (groups.contains(TargetGroup.DOELGROEPREGISTER) || groups.contains(TargetGroup.LKS_DOELGROEP)
        || !limitations(limitations).isEmpty()) && r.chance(0.8)) {
      List<String> adaptations = new ArrayList<>();
      if (r.chance(0.35)) {
        adaptations.add(r.pick(Names.ADAPTATIONS));
      }
      support = new SupportNeeds((double) r.between(1, 8) / 2, adaptations, r.chance(0.08));
    }

    WorkProfile profile = workProfile(r, s);
    Boolean consent = r.chance(0.7) ? Boolean.TRUE : r.chance(0.67) ? Boolean.FALSE : null;
    TravelOptions travel = travel(r, age);

    PersonalDetails personal = personal(r, sex, nationality, statushouder, town);
    return new Candidate(id, town.municipality(), town.region(), home, travel, desired.isEmpty() ? null : desired,
        desiredSectors, refused, skills, experience, education, certificates, languages, availability, care, profile,
        limitations, participation, benefit, benefitSince, groups, beschutDate, inburgering, loonwaarde, support, consent,
        birthYear, personal);
  }

  private static List<FunctionalLimitation> limitations(List<FunctionalLimitation> l) {
    return l == null ? List.of() : l;
  }

  private Location home(Place town, Rng r) {
    if (town.postcodes().isEmpty()) { // a national municipality: coordinates, no postcode table to draw from
      double[] p = jitter(town.point().lat(), town.point().lon(), cat.spreadKm(town, 3.0), r);
      return new Location(null, p[0], p[1], town.municipality(), "NL");
    }
    String pc4 = cat.postcodeIn(town, r);
    String postcode = r.chance(0.5) ? pc4 + letters(r) : pc4;
    if (r.chance(0.1)) {
      return new Location(postcode, null, null, town.municipality(), "NL");
    }
    double[] p = jitter(town.point().lat(), town.point().lon(), 3.0, r);
    return new Location(postcode, p[0], p[1], town.municipality(), "NL");
  }

  /** A point uniformly within {@code km} of the centre, rounded to 5 decimals (about 1 m). */
  static double[] jitter(double lat, double lon, double km, Rng r) {
    double dist = km * Math.sqrt(r.nextDouble());
    double angle = 2 * Math.PI * r.nextDouble();
    double dLat = dist * Math.cos(angle) / 111.195;
    double dLon = dist * Math.sin(angle) / (111.195 * Math.cos(Math.toRadians(lat)));
    return new double[] {Math.round((lat + dLat) * 1e5) / 1e5, Math.round((lon + dLon) * 1e5) / 1e5};
  }

  private static String letters(Rng r) {
    String allowed = "ABCDEGHJKLMNPRSTVWXZ";
    return "" + allowed.charAt(r.between(0, allowed.length() - 1)) + allowed.charAt(r.between(0, allowed.length() - 1));
  }

  private static int birthYear(Rng r) {
    // ages 19..66 on the reference date, somewhat more people aged 25-45
    double x = r.nextDouble();
    if (x < 0.12) {
      return r.between(2000, 2007);
    } else if (x < 0.62) {
      return r.between(1981, 1999);
    } else if (x < 0.9) {
      return r.between(1967, 1980);
    }
    return r.between(1960, 1966);
  }

  private Education education(Rng r, boolean statushouder, int age) {
    if (r.chance(0.04)) {
      return null;
    }
    boolean missingLevel = r.chance(0.3);
    EducationLevel level = missingLevel ? null
        : LEVELS[r.weighted(statushouder ? REFUGEE_LEVEL_WEIGHTS : LEVEL_WEIGHTS)];
    if (level != null && age < 21 && level.rank() > EducationLevel.MBO_4.rank()) {
      level = EducationLevel.MBO_2;
    }
    if (level != null && age <= 25 && !statushouder && r.chance(0.3)) {
      // young people on bijstand: relatively many left praktijkonderwijs, VSO or entree
      level = r.pick(EducationLevel.PRO, EducationLevel.VSO, EducationLevel.MBO_1);
    }
    List<String> diplomas = new ArrayList<>();
    List<String> partial = new ArrayList<>();
    if (level != null) {
      String diploma = switch (level) {
        case VMBO -> r.pick("VMBO basisberoepsgerichte leerweg", "VMBO kaderberoepsgerichte leerweg", "VMBO-TL");
        case MBO_1 -> "Entreeopleiding " + r.pick("Logistiek", "Horeca", "Zorg en welzijn", "Techniek", "Detailhandel");
        case MBO_2 -> "MBO 2 " + r.pick("Logistiek medewerker", "Helpende zorg en welzijn", "Verkoopmedewerker",
            "Medewerker fastservice", "Basismedewerker schoonmaak", "Productiemedewerker", "Medewerker bouw");
        case MBO_3 -> "MBO 3 " + r.pick("Verzorgende IG", "Eerste monteur", "Doktersassistent", "Administratief medewerker");
        case MBO_4 -> "MBO 4 " + r.pick("Bedrijfsadministrateur", "Medewerker ICT", "Sociaal werker", "Maatschappelijke zorg");
        case HAVO -> "HAVO";
        case VWO -> "VWO";
        case HBO -> "HBO " + r.pick("Bedrijfskunde", "Social Work", "Communicatie", "Pedagogiek");
        case WO -> "WO " + r.pick("Rechten", "Bestuurskunde", "Werktuigbouwkunde");
        default -> null;
      };
      if (diploma != null) {
        if (statushouder && level.rank() >= EducationLevel.MBO_2.rank()) {
          diploma = diploma + " (buitenlands diploma, gewaardeerd door IDW)";
        }
        diplomas.add(diploma);
      }
    }
    if (r.chance(0.08)) {
      partial.add(r.pick("deelcertificaat Entree Logistiek", "deelcertificaat Schoonmaak", "deelcertificaat Horeca assistent",
          "praktijkverklaring Groen", "branchecertificaat Magazijnmedewerker"));
    }
    Boolean startkwalificatie = level == null ? (r.chance(0.5) ? null : Boolean.valueOf(r.chance(0.3)))
        : null;
    return new Education(level, startkwalificatie, diplomas.isEmpty() ? null : diplomas, partial.isEmpty() ? null : partial);
  }

  private Occupation occupationFor(Rng r, EducationLevel level, Sector preferSector) {
    for (int attempt = 0; attempt < 6; attempt++) {
      Occupation o;
      if (preferSector != null && r.chance(0.6)) {
        o = r.pick(cat.inSector(preferSector));
      } else {
        o = cat.occupations.get(r.weighted(cat.candidateOccupationWeights));
      }
      int need = o.minEducation() == null ? 0 : o.minEducation().rank();
      int have = level == null ? EducationLevel.MBO_1.rank() : level.rank();
      if (need <= have + 1 || r.chance(0.15)) {
        return o;
      }
    }
    return cat.occupations.get(r.weighted(cat.candidateOccupationWeights));
  }

  private List<SkillClaim> skills(Rng r, List<String> desired, List<Occupation> previous, List<WorkExperience> experience,
      EducationLevel level) {
    if (r.chance(0.05)) {
      return null;
    }
    List<SkillClaim> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < previous.size(); i++) {
      Occupation o = previous.get(i);
      Integer lastYear = experience == null || i >= experience.size() ? null : experience.get(i).lastYear();
      addSkills(r, o, true, lastYear, level, out, seen);
    }
    for (String d : desired) {
      addSkills(r, cat.occupation(d), false, null, level, out, seen);
    }
    for (String basic : List.of("sk.op-tijd-komen", "sk.samenwerken", "sk.instructies-opvolgen", "sk.afspraken-nakomen")) {
      if (cat.skillLabels.containsKey(basic) && !seen.contains(basic) && r.chance(0.25)) {
        seen.add(basic);
        out.add(new SkillClaim(basic, cat.skillLabel(basic), r.between(2, 4),
            r.chance(0.3) ? SkillSource.ASSESSED : SkillSource.SELF_REPORTED, null));
      }
    }
    if (r.chance(0.15)) {
      int n = r.between(1, 2);
      Set<String> labels = new LinkedHashSet<>();
      for (int i = 0; i < n; i++) {
        labels.add(r.pick(Names.FREE_TEXT_SKILLS));
      }
      for (String label : labels) {
        out.add(new SkillClaim(null, label, r.chance(0.3) ? null : r.between(2, 4), SkillSource.SELF_REPORTED, null));
      }
    }
    return out;
  }

  private void addSkills(Rng r, Occupation o, boolean done, Integer lastYear, EducationLevel level, List<SkillClaim> out,
      Set<String> seen) {
    boolean diploma = level != null && o.minEducation() != null && level.meets(o.minEducation()) && r.chance(0.4);
    for (String sk : o.essentialSkills()) {
      if (!seen.contains(sk) && r.chance(done ? 0.75 : 0.45)) {
        seen.add(sk);
        out.add(claim(r, sk, done, diploma, lastYear));
      }
    }
    for (String sk : o.optionalSkills()) {
      if (!seen.contains(sk) && r.chance(done ? 0.35 : 0.15)) {
        seen.add(sk);
        out.add(claim(r, sk, done, diploma, lastYear));
      }
    }
  }

  private SkillClaim claim(Rng r, String skillId, boolean done, boolean diploma, Integer lastYear) {
    SkillSource source;
    if (diploma && r.chance(0.5)) {
      source = SkillSource.DIPLOMA;
    } else if (r.chance(0.1)) {
      source = SkillSource.ASSESSED;
    } else {
      source = done ? SkillSource.EXPERIENCE : SkillSource.SELF_REPORTED;
    }
    int lvl = done ? r.between(2, 5) : r.between(1, 3);
    Integer year = done ? lastYear : (r.chance(0.5) ? null : TODAY.getYear() - r.between(0, 3));
    String label = r.chance(0.2) ? null : cat.skillLabel(skillId);
    return new SkillClaim(skillId, label, r.chance(0.07) ? null : lvl, source, year);
  }

  private List<CertificateHolding> certificates(Rng r, List<Occupation> previous) {
    List<CertificateHolding> out = new ArrayList<>();
    Set<Certificate> have = new LinkedHashSet<>();
    for (Occupation o : previous) {
      for (Certificate c : o.certificates()) {
        if (!have.contains(c) && r.chance(0.6)) {
          have.add(c);
          out.add(holding(r, c));
        }
      }
    }
    if (r.chance(0.06) && !have.contains(Certificate.VCA_BASIS)) {
      have.add(Certificate.VCA_BASIS);
      out.add(holding(r, Certificate.VCA_BASIS));
    }
    if (r.chance(0.04) && !have.contains(Certificate.BHV)) {
      out.add(holding(r, Certificate.BHV));
    }
    return out;
  }

  private static CertificateHolding holding(Rng r, Certificate c) {
    LocalDate obtained;
    LocalDate expires;
    switch (c) {
      case VCA_BASIS, VCA_VOL -> {
        // valid 10 years; about a third obtained before 2016-11 and thus expired
        obtained = LocalDate.of(2010, 1, 1).plusDays(r.between(0, 16 * 365));
        expires = obtained.plusYears(10);
      }
      case BHV, EHBO -> {
        obtained = TODAY.minusDays(r.between(30, 3 * 365));
        expires = obtained.plusYears(1);
      }
      case CODE_95 -> {
        obtained = TODAY.minusDays(r.between(30, 8 * 365));
        expires = obtained.plusYears(5);
      }
      case HEFTRUCK, REACHTRUCK, ORDERPICKER, HOOGWERKER -> {
        obtained = TODAY.minusDays(r.between(60, 10 * 365));
        expires = r.chance(0.5) ? obtained.plusYears(5) : null;
      }
      default -> {
        obtained = TODAY.minusDays(r.between(60, 10 * 365));
        expires = null;
      }
    }
    return new CertificateHolding(c, r.chance(0.1) ? null : obtained, expires);
  }

  private List<LanguageSkill> languages(Rng r, boolean statushouder, String nationality) {
    if (r.chance(0.06)) {
      return null;
    }
    List<LanguageSkill> out = new ArrayList<>();
    if (statushouder) {
      LanguageLevel nl = r.weighted(List.of(LanguageLevel.A1, LanguageLevel.A2, LanguageLevel.REF_1F, LanguageLevel.B1,
          LanguageLevel.REF_2F), new double[] {25, 30, 15, 20, 10});
      out.add(new LanguageSkill("nl", nl));
      out.add(new LanguageSkill(Names.HOME_LANGUAGE.get(nationality), LanguageLevel.C2));
      if (r.chance(0.3)) {
        out.add(new LanguageSkill("en", r.pick(LanguageLevel.A2, LanguageLevel.B1, LanguageLevel.B2)));
      }
      return out;
    }
    if (nationality.equals("NL")) {
      if (!r.chance(0.1)) {
        out.add(new LanguageSkill("nl", r.chance(0.8) ? LanguageLevel.C2 : r.pick(LanguageLevel.REF_2F, LanguageLevel.B2,
            LanguageLevel.C1)));
      }
    } else {
      String home = switch (nationality) {
        case "PL" -> "pl";
        case "MA" -> "ar";
        case "DE" -> "de";
        default -> "ro";
      };
      out.add(new LanguageSkill("nl", r.pick(LanguageLevel.A2, LanguageLevel.B1, LanguageLevel.B2, LanguageLevel.C1)));
      out.add(new LanguageSkill(home, LanguageLevel.C2));
    }
    if (r.chance(0.35) && out.stream().noneMatch(l -> l.language().equals("en"))) {
      out.add(new LanguageSkill("en", r.pick(LanguageLevel.A2, LanguageLevel.B1, LanguageLevel.B2)));
    }
    if (r.chance(0.12) && out.stream().noneMatch(l -> l.language().equals("de"))) {
      out.add(new LanguageSkill("de", r.pick(LanguageLevel.A1, LanguageLevel.A2, LanguageLevel.B1)));
    }
    return out;
  }

  private List<FunctionalLimitation> limitations(Rng r, int step) {
    if (r.chance(0.2)) {
      return null;
    }
    double p = step <= 3 ? 0.35 : 0.2;
    if (!r.chance(p)) {
      return List.of();
    }
    FunctionalLimitation[] all = FunctionalLimitation.values();
    double[] w = {20, 12, 6, 12, 5, 5, 5, 5, 3, 14, 3, 10, 6};
    List<FunctionalLimitation> out = new ArrayList<>();
    out.add(all[r.weighted(w)]);
    if (r.chance(0.35)) {
      FunctionalLimitation second = all[r.weighted(w)];
      if (!out.contains(second)) {
        out.add(second);
      }
    }
    return out;
  }

  private Availability availability(Rng r, int step, boolean youngChildren, List<FunctionalLimitation> limitations) {
    if (r.chance(0.06)) {
      return null;
    }
    int[][] bands = {{8, 16}, {12, 20}, {16, 24}, {16, 32}, {20, 28}, {24, 32}, {24, 36}, {32, 40}, {36, 40}};
    double[] w = step <= 3 ? new double[] {18, 14, 20, 12, 10, 10, 6, 6, 4} : new double[] {3, 5, 14, 16, 12, 16, 10, 14, 10};
    int[] band = bands[r.weighted(w)];
    Integer minH = r.chance(0.1) ? null : band[0];
    Integer maxH = r.chance(0.05) ? null : band[1];
    List<Integer> buildUp = null;
    if (step >= 2 && step <= 5 && r.chance(0.12)) {
      buildUp = r.pick(List.of(2, 8, 16, 24), List.of(4, 8, 12, 16), List.of(8, 16, 24, 32), List.of(4, 12, 20),
          List.of(12, 16, 20, 24));
      minH = buildUp.get(0);
      maxH = buildUp.get(buildUp.size() - 1);
    }
    LocalDate start = r.chance(0.4) ? null : TODAY.plusDays(r.between(0, 90));
    List<TimeWindow> windows = null;
    if (youngChildren && r.chance(0.8)) {
      windows = new ArrayList<>();
      LocalTime from = r.pick(LocalTime.of(8, 45), LocalTime.of(9, 0), LocalTime.of(8, 30));
      LocalTime to = r.pick(LocalTime.of(14, 30), LocalTime.of(14, 45), LocalTime.of(15, 0));
      int days = r.between(3, 5);
      for (int d = 1; d <= days; d++) {
        windows.add(new TimeWindow(DayOfWeek.of(d), from, d == 3 && r.chance(0.5) ? LocalTime.of(12, 15) : to));
      }
      if (maxH != null) {
        int cap = 0;
        for (TimeWindow tw : windows) {
          cap += tw.minutes();
        }
        maxH = Math.min(maxH, cap / 60);
        if (minH != null && minH > maxH) {
          minH = Math.max(4, maxH - 8);
        }
        if (buildUp != null && buildUp.get(buildUp.size() - 1) > maxH) {
          buildUp = null;
        }
      }
    }
    Integer medical = null;
    if (r.chance(0.08) || (limitations != null && !limitations.isEmpty() && r.chance(0.15))) {
      medical = r.pick(12, 16, 20, 24, 28, 32);
    }
    Boolean shifts = r.chance(0.15) ? null : r.chance(youngChildren ? 0.15 : 0.5);
    boolean noNights = limitations != null && limitations.contains(FunctionalLimitation.NO_NIGHT_SHIFTS);
    Boolean nights = r.chance(0.2) ? null : !noNights && !youngChildren && r.chance(0.25);
    Boolean weekends = r.chance(0.15) ? null : r.chance(youngChildren ? 0.3 : 0.55);
    return new Availability(minH, maxH, buildUp, start, windows, shifts, nights, weekends, medical);
  }

  private Loonwaarde loonwaarde(Rng r, List<String> desired, List<Occupation> previous) {
    double pct = 5 * r.between(6, 18); // 30..90
    LocalDate assessed = TODAY.minusDays(r.between(10, 730)); // about half older than a year
    Occupation where;
    if (!desired.isEmpty() && r.chance(0.7)) {
      where = cat.occupation(desired.get(0));
    } else if (!previous.isEmpty() && r.chance(0.5)) {
      where = previous.get(0);
    } else {
      where = cat.occupations.get(r.weighted(cat.candidateOccupationWeights));
    }
    LoonwaardeMethod method = r.weighted(List.of(LoonwaardeMethod.UNIFORME_METHODE, LoonwaardeMethod.DARIUZ,
        LoonwaardeMethod.LOONBALANS, LoonwaardeMethod.OTHER), new double[] {60, 20, 15, 5});
    return new Loonwaarde(pct, assessed, method, where.id(), where.label());
  }

  private WorkProfile workProfile(Rng r, int step) {
    if (r.chance(0.25)) {
      return null;
    }
    int base = Math.min(5, Math.max(1, step - 1));
    List<String> drivers = new ArrayList<>();
    if (r.chance(0.5)) {
      drivers.add(r.pick(Names.DRIVERS));
      String second = r.pick(Names.DRIVERS);
      if (!drivers.contains(second) && r.chance(0.5)) {
        drivers.add(second);
      }
    }
    List<String> helps = new ArrayList<>();
    if (r.chance(0.4)) {
      helps.add(r.pick(Names.WHAT_HELPS));
    }
    return new WorkProfile(level(r, base), level(r, 3), level(r, base), level(r, base), level(r, 6 - base),
        level(r, 6 - base), level(r, 3), level(r, 3), level(r, 4), drivers.isEmpty() ? null : drivers,
        helps.isEmpty() ? null : helps);
  }

  private static Integer level(Rng r, int centre) {
    if (r.chance(0.1)) {
      return null;
    }
    int v = centre + (int) Math.round(r.gaussian() * 0.9);
    return Math.max(1, Math.min(5, v));
  }

  private static TravelOptions travel(Rng r, int age) {
    if (r.chance(0.05)) {
      return null;
    }
    List<TravelMode> modes = new ArrayList<>();
    if (r.chance(0.3)) {
      modes.add(TravelMode.WALK);
    }
    if (r.chance(0.78)) {
      modes.add(TravelMode.BIKE);
    }
    if (r.chance(age > 50 ? 0.2 : 0.1)) {
      modes.add(TravelMode.EBIKE);
    }
    if (r.chance(0.45)) {
      modes.add(TravelMode.PUBLIC_TRANSPORT);
    }
    boolean licence = r.chance(0.38);
    if (licence && r.chance(0.65)) {
      modes.add(TravelMode.CAR);
    }
    if (modes.isEmpty()) {
      modes.add(TravelMode.WALK);
    }
    List<DrivingLicence> licences = new ArrayList<>();
    if (licence) {
      licences.add(DrivingLicence.B);
      if (r.chance(0.08)) {
        licences.add(DrivingLicence.C);
      }
    } else if (r.chance(0.05)) {
      licences.add(DrivingLicence.AM);
    }
    Integer max = r.chance(0.4) ? 5 * r.between(6, 18) : null;
    return new TravelOptions(modes, licences, max);
  }

  private static PersonalDetails personal(Rng r, Sex sex, String nationality, boolean statushouder, Place town) {
    if (r.chance(0.02)) {
      return null;
    }
    Sex forName = sex == null ? (r.chance(0.5) ? Sex.FEMALE : Sex.MALE) : sex;
    String first;
    String last;
    if (statushouder) {
      List<List<String>> set = Names.REFUGEE.get(nationality);
      first = Names.firstName(r, set, forName);
      last = r.pick(set.get(2));
    } else if (!nationality.equals("NL")) {
      List<List<String>> set = Names.OTHER.get(nationality);
      first = Names.firstName(r, set, forName);
      last = r.pick(set.get(2));
    } else {
      first = forName == Sex.X ? r.pick(Names.NEUTRAL)
          : r.pick(forName == Sex.FEMALE ? Names.DUTCH_FEMALE : Names.DUTCH_MALE);
      last = r.pick(Names.DUTCH_FAMILY);
    }
    String name = first + " " + last;
    String email = r.chance(0.3) ? null : slug(first) + "." + slug(last) + r.between(1, 99) + "@example.nl";
    String address = r.chance(0.2) ? null : r.pick(Names.STREETS) + " " + r.between(1, 180) + ", " + town.name();
    return new PersonalDetails(name, email, null, address, sex, nationality);
  }

  static String slug(String s) {
    String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replace("ı", "i").replaceAll("[^a-z0-9]+", "");
  }
}
