package nl.werkmatch.employer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.match.Category;
import nl.werkmatch.match.CategoryScore;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.match.SkillMatch;
import nl.werkmatch.match.Substitution;
import nl.werkmatch.model.Availability;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.EducationLevel;
import nl.werkmatch.model.LanguageSkill;
import nl.werkmatch.model.SkillClaim;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.model.WorkExperience;
import nl.werkmatch.rules.Audience;
import nl.werkmatch.rules.RuleInput;
import nl.werkmatch.taxonomy.Taxonomy;

/**
 * What an employer receives for one vacancy: anonymised profiles of people who consented, and the
 * only type an employer-facing caller should hand on. It cannot be bypassed: {@link #of} takes any
 * {@link MatchResult} (from a matcher of either audience, or built by hand), reads every person again
 * from the index, and keeps only those with {@code employerConsent == true} who pass every rule under
 * {@link Audience#EMPLOYER}; their scores are recomputed, so no figure of the result is trusted.
 *
 * <p>Each profile shows only (docs/privacy.md):
 * <ul>
 *   <li>a keyed pseudonym ({@link Pseudonyms}), never an internal id;
 *   <li>the scores of the visible categories and an employer score, their weighted mean by the
 *       profile's weights: {@code sum(w_c * s_c) / sum(w_c)} over the categories not in
 *       {@link #HIDDEN}, rounded to 2 decimals, without policy boosts; the rank orders by it (ties by
 *       pseudonym), so no figure depends on loonwaarde or the instrument (001_9a8395ceee984767.txt:2761);
 *   <li>skills and experience as Dutch taxonomy labels (free text only when the municipality
 *       marked the field reviewed, {@link EmployerPolicy.ReviewedField});
 *   <li>education as a band that puts PrO and VSO with VMBO and MBO 1; a startkwalificatie;
 *   <li>Dutch, and other languages only when the vacancy asks for them;
 *   <li>hours wanted, where the maximum is left out when a medical hour limit binds it;
 *   <li>a travel-time band.
 * </ul>
 */
public final class EmployerShortlist {
  /** Categories an employer never sees nor gets a figure that depends on. */
  public static final Set<Category> HIDDEN = EnumSet.of(Category.INSTRUMENT);

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final Vacancy vacancy;
  private final List<EmployerProfile> profiles;
  private final int withheld;
  private final boolean dutch;

  private EmployerShortlist(Vacancy vacancy, List<EmployerProfile> profiles, int withheld, boolean dutch) {
    this.vacancy = vacancy;
    this.profiles = List.copyOf(profiles);
    this.withheld = withheld;
    this.dutch = dutch;
  }

  /** {@link #of(Matcher, MatchIndex, MatchResult, EmployerPolicy, Locale)} in Dutch. */
  public static EmployerShortlist of(Matcher matcher, MatchIndex index, MatchResult result, EmployerPolicy policy) {
    return of(matcher, index, result, policy, nl.werkmatch.text.Phrase.DUTCH);
  }

  /**
   * The employer shortlist of a vacancy-to-candidates result.
   *
   * @param matcher the matcher (its rules, scorer, taxonomy and date are used; any audience)
   * @param index the index the people and the vacancy are read from
   * @param result the shortlist; entries that fail consent or an employer rule are left out
   * @param policy pseudonyms and reviewed free-text fields
   * @param locale the language of the text fields of {@link #json()} and {@link #csv()} (bands, "unknown");
   *     Dutch unless English. The HTML page is always Dutch; skill and occupation labels are the
   *     taxonomy's Dutch labels in both
   */
  public static EmployerShortlist of(Matcher matcher, MatchIndex index, MatchResult result, EmployerPolicy policy,
      Locale locale) {
    boolean dutch = nl.werkmatch.text.Phrase.isDutch(locale);
    Objects.requireNonNull(policy);
    if (result.direction() != Direction.VACANCY_TO_CANDIDATES) {
      throw new IllegalArgumentException("an employer shortlist shows candidates for a vacancy; got a candidate query");
    }
    Vacancy v = index.vacancy(result.queryId()).orElseThrow(
        () -> new IllegalArgumentException("vacancy " + result.queryId() + " is not in the index"));
    MatchProfile profile = matcher.profile();
    Taxonomy tax = matcher.taxonomy();
    List<EmployerProfile> out = new ArrayList<>();
    int withheld = 0;
    for (RankedMatch m : result.matches()) {
      Candidate c = index.candidate(m.score().candidateId()).orElse(null);
      if (c == null || !Boolean.TRUE.equals(c.employerConsent())) {
        withheld++;
        continue;
      }
      MatchScore s = matcher.score(v, c);
      RuleInput in = new RuleInput(v, c, matcher.today(), s.travel().minutes(), Audience.EMPLOYER);
      if (!matcher.rules().evaluate(in).eligible()) {
        withheld++;
        continue;
      }
      out.add(profile(v, c, s, profile, tax, policy, dutch));
    }
    out.sort(Comparator.comparingDouble(EmployerProfile::score).reversed().thenComparing(EmployerProfile::pseudonym));
    List<EmployerProfile> ranked = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      ranked.add(out.get(i).withRank(i + 1));
    }
    return new EmployerShortlist(v, ranked, withheld, dutch);
  }

  private static EmployerProfile profile(Vacancy v, Candidate c, MatchScore s, MatchProfile p, Taxonomy tax,
      EmployerPolicy policy, boolean inDutch) {
    Map<Category, Double> fit = new LinkedHashMap<>();
    double sum = 0;
    double weights = 0;
    for (CategoryScore cs : s.categories()) {
      if (HIDDEN.contains(cs.category())) {
        continue;
      }
      double shown = round2(cs.score());
      fit.put(cs.category(), shown);
      sum += p.weight(cs.category()) * shown;
      weights += p.weight(cs.category());
    }
    double score = weights == 0 ? 0 : round2(sum / weights);
    List<EmployerProfile.Requirement> req = new ArrayList<>();
    for (SkillMatch m : s.skills()) {
      req.add(new EmployerProfile.Requirement(m.requiredLabel(), m.essential(), m.substitution() != Substitution.MISSING));
    }
    List<String> skills = new ArrayList<>();
    if (c.skills() != null) {
      for (SkillClaim k : c.skills()) {
        String label = k.skillId() == null ? null : tax.skill(k.skillId()).map(x -> x.label()).orElse(null);
        if (label == null && policy.reviewed(EmployerPolicy.ReviewedField.SKILL_LABELS) && k.label() != null) {
          label = k.label();
        }
        if (label != null && !skills.contains(label)) {
          skills.add(label);
        }
      }
    }
    List<String> experience = new ArrayList<>();
    if (c.experience() != null) {
      for (WorkExperience e : c.experience()) {
        String label = e.occupationId() == null ? null : tax.occupation(e.occupationId()).map(x -> x.label()).orElse(null);
        if (policy.reviewed(EmployerPolicy.ReviewedField.EXPERIENCE_TITLES) && e.title() != null) {
          label = e.title();
        }
        if (label != null) {
          experience.add(e.years() == null ? label : label + " (" + yearsBand(e.years(), inDutch) + ")");
        }
      }
    }
    String education = null;
    Boolean sq = null;
    if (c.education() != null) {
      education = educationBand(c.education().highestLevel(), inDutch);
      sq = c.education().hasStartkwalificatie();
    }
    String dutch = null;
    List<String> languages = new ArrayList<>();
    if (c.languages() != null) {
      for (LanguageSkill l : c.languages()) {
        if (l.language().equals("nl")) {
          dutch = l.level() == null ? null : l.level().label();
        } else if (v.languages() != null && v.languages().stream().anyMatch(x -> x.language().equals(l.language()))) {
          languages.add(l.language() + (l.level() == null ? "" : " " + l.level().label()));
        }
      }
    }
    Integer min = null;
    Integer max = null;
    Availability a = c.availability();
    if (a != null) {
      min = a.minHours();
      max = a.maxHours();
      if (max != null && a.medicalMaxHours() != null && max >= a.medicalMaxHours()) {
        max = null; // the medical limit binds: showing either figure would reveal it
      }
      if (min != null && a.medicalMaxHours() != null && min >= a.medicalMaxHours()) {
        min = null;
      }
    }
    return new EmployerProfile(0, policy.pseudonyms().of(v, c.id()), score, fit, req, skills, experience, education, sq,
        dutch, languages, min, max, s.travel().minutes() == null ? null : s.travel().band());
  }

  /** Education as a band; PrO and VSO (special schooling) fall in the lowest band with VMBO and MBO 1. */
  static String educationBand(EducationLevel level, boolean dutch) {
    if (level == null) {
      return null;
    }
    return switch (level) {
      case NONE, PRIMARY, PRO, VSO, VMBO, MBO_1 -> dutch ? "tot mbo 2-niveau" : "below mbo 2 level";
      case MBO_2, MBO_3 -> "mbo 2-3";
      case MBO_4, HAVO, VWO -> dutch ? "mbo 4, havo of vwo" : "mbo 4, havo or vwo";
      case HBO, WO -> dutch ? "hbo of wo" : "hbo or wo";
    };
  }

  private static String yearsBand(double years, boolean dutch) {
    return years < 1 ? (dutch ? "minder dan 1 jaar" : "less than 1 year") : years < 3 ? (dutch ? "1-3 jaar" : "1-3 years")
        : years < 5 ? (dutch ? "3-5 jaar" : "3-5 years") : dutch ? "5 jaar of meer" : "5 years or more";
  }

  static double round2(double d) {
    return Math.round(d * 100) / 100.0;
  }

  /** The vacancy (the employer's own). */
  public String vacancyId() {
    return vacancy.id();
  }

  /** The profiles, best first. */
  public List<EmployerProfile> profiles() {
    return profiles;
  }

  /**
   * How many entries of the result were left out for lack of consent or an employer rule: for the
   * municipality's log, never for the employer (build the matcher with {@link Audience#EMPLOYER} to
   * get a full list).
   */
  public int withheld() {
    return withheld;
  }

  // ------------------------------------------------------------------ renderings

  /**
   * JSON: {@code vacancy}, {@code title} and {@code profiles} (keys in English; the text fields in the
   * shortlist's language, skill and occupation labels in Dutch).
   */
  public ObjectNode json() {
    ObjectNode o = F.objectNode();
    o.put("vacancy", vacancy.id());
    o.put("title", vacancy.title());
    ArrayNode arr = o.putArray("profiles");
    for (EmployerProfile p : profiles) {
      ObjectNode po = arr.addObject();
      po.put("rank", p.rank());
      po.put("profileId", p.pseudonym());
      po.put("score", p.score());
      ObjectNode fit = po.putObject("fit");
      p.fit().forEach((c, x) -> fit.put(c.key(), x));
      ArrayNode req = po.putArray("requirements");
      p.requirements().forEach(r -> req.addObject().put("skill", r.skill()).put("essential", r.essential()).put("met", r.met()));
      ArrayNode sk = po.putArray("skills");
      p.skills().forEach(sk::add);
      ArrayNode ex = po.putArray("experience");
      p.experience().forEach(ex::add);
      ObjectNode edu = po.putObject("education");
      edu.put("band", p.education());
      if (p.startkwalificatie() != null) {
        edu.put("startkwalificatie", p.startkwalificatie());
      }
      ObjectNode lang = po.putObject("languages");
      lang.put("nl", p.dutch());
      ArrayNode other = lang.putArray("asked");
      p.languages().forEach(other::add);
      ObjectNode h = po.putObject("hours");
      if (p.minHours() != null) {
        h.put("min", p.minHours());
      }
      if (p.maxHours() != null) {
        h.put("max", p.maxHours());
      }
      po.put("travelTime", p.travelBand() == null ? (dutch ? "onbekend" : "unknown") : p.travelBand());
    }
    return o;
  }

  /** CSV with a Dutch header (stable column names); one row per profile, the text fields in the shortlist's language. */
  public String csv() {
    StringBuilder b = new StringBuilder("rang,profiel,score");
    List<Category> cats = profiles.isEmpty() ? List.of() : List.copyOf(profiles.get(0).fit().keySet());
    for (Category c : cats) {
      b.append(',').append(dutch(c));
    }
    b.append(",vaardigheden,werkervaring,opleiding,startkwalificatie,nederlands,uren_min,uren_max,reistijd\n");
    for (EmployerProfile p : profiles) {
      b.append(p.rank()).append(',').append(p.pseudonym()).append(',').append(fmt(p.score()));
      for (Category c : cats) {
        b.append(',').append(fmt(p.fit().get(c)));
      }
      b.append(',').append(csv(String.join("; ", p.skills()))).append(',').append(csv(String.join("; ", p.experience())))
          .append(',').append(csv(p.education())).append(',')
          .append(p.startkwalificatie() == null ? "" : p.startkwalificatie() ? (dutch ? "ja" : "yes") : dutch ? "nee" : "no")
          .append(',')
          .append(csv(p.dutch())).append(',').append(p.minHours() == null ? "" : p.minHours()).append(',')
          .append(p.maxHours() == null ? "" : p.maxHours()).append(',').append(csv(p.travelBand())).append('\n');
    }
    return b.toString();
  }

  /** A TREC run (qid Q0 docid rank score tag) with pseudonyms as docids and the employer score. */
  public String trec(String tag) {
    StringBuilder b = new StringBuilder();
    for (EmployerProfile p : profiles) {
      b.append(vacancy.id()).append(" Q0 ").append(p.pseudonym()).append(' ').append(p.rank()).append(' ')
          .append(fmt(p.score())).append(' ').append(tag).append('\n');
    }
    return b.toString();
  }

  /** A printable, self-contained HTML page in Dutch. */
  public String html() {
    StringBuilder b = new StringBuilder(8_000);
    String title = "Kandidatenvoorstel: " + (vacancy.title() == null ? vacancy.id() : vacancy.title());
    b.append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
        .append("</title><style>body{font:13px/1.4 system-ui,sans-serif;margin:2em;color:#1d2733}")
        .append("section{border:1px solid #ccd;border-radius:6px;padding:8px 12px;margin:10px 0;page-break-inside:avoid}")
        .append("h1{font-size:1.4em}h2{font-size:1.1em;margin:0}td,th{text-align:left;padding:2px 8px}")
        .append(".note{color:#556}</style></head><body>");
    b.append("<h1>").append(esc(title)).append("</h1><p class=\"note\">Vacature ").append(esc(vacancy.id()))
        .append(". Geanonimiseerde profielen van kandidaten die toestemming gaven. Noem het profielnummer als u een"
            + " kandidaat wilt spreken; de gemeente legt het contact.</p>");
    for (EmployerProfile p : profiles) {
      b.append("<section><h2>").append(p.rank()).append(". Profiel ").append(esc(p.pseudonym())).append(" &middot; score ")
          .append(fmt(p.score())).append("</h2><table>");
      StringBuilder fit = new StringBuilder();
      p.fit().forEach((c, x) -> fit.append(fit.isEmpty() ? "" : ", ").append(dutch(c)).append(' ').append(fmt(x)));
      row(b, "Passendheid", fit.toString());
      StringBuilder req = new StringBuilder();
      p.requirements().forEach(r -> req.append(req.isEmpty() ? "" : ", ").append(r.skill()).append(r.met() ? " (ja)" : " (nee)"));
      row(b, "Gevraagde vaardigheden", req.toString());
      row(b, "Vaardigheden", String.join(", ", p.skills()));
      row(b, "Werkervaring", String.join(", ", p.experience()));
      row(b, "Opleiding", (p.education() == null ? "onbekend" : p.education())
          + (p.startkwalificatie() == null ? "" : p.startkwalificatie() ? ", met startkwalificatie" : ", zonder startkwalificatie"));
      row(b, "Nederlands", p.dutch() == null ? "onbekend" : p.dutch());
      if (!p.languages().isEmpty()) {
        row(b, "Andere talen", String.join(", ", p.languages()));
      }
      row(b, "Uren per week", hours(p));
      row(b, "Reistijd", p.travelBand() == null ? "onbekend" : p.travelBand());
      b.append("</table></section>");
    }
    if (profiles.isEmpty()) {
      b.append("<p>Er is op dit moment geen profiel om voor te stellen.</p>");
    }
    b.append("</body></html>\n");
    return b.toString();
  }

  private static String hours(EmployerProfile p) {
    if (p.minHours() == null && p.maxHours() == null) {
      return "in overleg";
    }
    if (p.maxHours() == null) {
      return "vanaf " + p.minHours();
    }
    return (p.minHours() == null ? "tot " : p.minHours() + " tot ") + p.maxHours();
  }

  private static void row(StringBuilder b, String k, String v) {
    b.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>");
  }

  /** The Dutch name of a category for employer output. */
  static String dutch(Category c) {
    return c.label(nl.werkmatch.text.Phrase.DUTCH);
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private static String csv(String s) {
    if (s == null) {
      return "";
    }
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
