package nl.werkmatch.score;

import java.util.ArrayList;
import java.util.List;
import nl.werkmatch.geo.GeoPoint;
import nl.werkmatch.model.JobDemands;
import nl.werkmatch.model.SkillRequirement;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.taxonomy.Occupation;
import nl.werkmatch.taxonomy.Taxonomy;

/**
 * A vacancy resolved once for scoring against many candidates: location, its skill requirements
 * coded through the taxonomy (falling back to the occupation's essential and optional skills when
 * the vacancy lists none), and its job demands completed with the occupation's typical demands
 * ({@code Occupation.typicalDemands}) where the vacancy records none: {@link #vacancy} carries them,
 * so the rules, the exact scorer and the retrieval from a vacancy all meet them, and
 * {@link #inferredDemands} names them for the explanation.
 */
public final class PreparedVacancy {
  /** One skill the vacancy asks for. */
  public record Requirement(String skillId, String label, DutchText.Terms terms, Integer minLevel, boolean essential,
      boolean viaSynonym) {
    /** The id, or the label when not coded. */
    String key() {
      return skillId != null ? skillId : label;
    }
  }

  /** The vacancy as scored: the record, with demands it does not record taken from its occupation. */
  public final Vacancy vacancy;
  /** The job demands taken from the occupation ({@code "customerContact 5"}, ...), in a fixed order; empty when none. */
  final List<String> inferredDemands;
  public final GeoPoint location;
  public final List<Requirement> requirements;
  /** {@link Taxonomy#ordinal(String)} of each requirement's skill id, in the order of {@link #requirements} (-1: none or unknown). */
  final int[] requirementOrdinals;
  final boolean requirementsFromOccupation;
  final Occupation occupation;
  /**
   * Per task of the vacancy, in order, the requirement each of its skill ids stands for (coded, no
   * minimum level, no text); null for a task without skill ids. Resolved once per vacancy, like
   * {@link #requirementOrdinals}, for the task coverage of every pair.
   */
  final Requirement[][] taskRequirements;
  /** {@link Taxonomy#ordinal(String)} of each of {@link #taskRequirements}' skill ids. */
  final int[][] taskOrdinals;

  public PreparedVacancy(Vacancy record, GeoPoint location, Taxonomy taxonomy) {
    this.location = location;
    this.occupation = record.occupationId() == null ? null : taxonomy.occupation(record.occupationId()).orElse(null);
    List<String> inferred = new ArrayList<>();
    JobDemands demands = withTypicalDemands(record.demands(), occupation == null ? null : occupation.typicalDemands(),
        inferred);
    this.inferredDemands = List.copyOf(inferred);
    this.vacancy = inferred.isEmpty() ? record : record.toBuilder().demands(demands).build();
    Vacancy v = this.vacancy;
    List<Requirement> list = new ArrayList<>();
    boolean listed = (v.requiredSkills() != null && !v.requiredSkills().isEmpty())
        || (v.optionalSkills() != null && !v.optionalSkills().isEmpty());
    if (listed) {
      add(list, v.requiredSkills(), true, taxonomy);
      add(list, v.optionalSkills(), false, taxonomy);
    } else if (occupation != null) {
      for (String id : occupation.essentialSkills()) {
        list.add(coded(id, null, true, taxonomy));
      }
      for (String id : occupation.optionalSkills()) {
        list.add(coded(id, null, false, taxonomy));
      }
    }
    this.requirements = List.copyOf(list);
    this.requirementOrdinals = new int[requirements.size()];
    for (int i = 0; i < requirementOrdinals.length; i++) {
      requirementOrdinals[i] = taxonomy.ordinal(requirements.get(i).skillId());
    }
    this.requirementsFromOccupation = !listed && occupation != null;
    int tasks = v.tasks() == null ? 0 : v.tasks().size();
    this.taskRequirements = new Requirement[tasks][];
    this.taskOrdinals = new int[tasks][];
    for (int t = 0; t < tasks; t++) {
      List<String> ids = v.tasks().get(t).skillIds();
      if (ids == null || ids.isEmpty()) {
        continue;
      }
      taskRequirements[t] = new Requirement[ids.size()];
      taskOrdinals[t] = new int[ids.size()];
      for (int i = 0; i < ids.size(); i++) {
        taskRequirements[t][i] = new Requirement(ids.get(i), ids.get(i), DutchText.Terms.NONE, null, true, false);
        taskOrdinals[t][i] = taxonomy.ordinal(ids.get(i));
      }
    }
  }

  /**
   * {@code recorded} with each demand it leaves unset taken from {@code typical} (either may be
   * null), adding what was taken to {@code inferred}; the recorded conditions are kept.
   */
  static JobDemands withTypicalDemands(JobDemands recorded, JobDemands typical, List<String> inferred) {
    if (typical == null) {
      return recorded;
    }
    JobDemands r = recorded == null ? new JobDemands(null, null, null, null, null, null, null, null) : recorded;
    JobDemands merged = new JobDemands(
        pick("pace", r.pace(), typical.pace(), inferred),
        pick("accuracy", r.accuracy(), typical.accuracy(), inferred),
        pick("independence", r.independence(), typical.independence(), inferred),
        pick("stress", r.stress(), typical.stress(), inferred),
        pick("customerContact", r.customerContact(), typical.customerContact(), inferred),
        pick("physicalLoad", r.physicalLoad(), typical.physicalLoad(), inferred),
        pick("liftingKg", r.liftingKg(), typical.liftingKg(), inferred),
        r.conditions() != null ? r.conditions() : typical.conditions());
    if (r.conditions() == null && typical.conditions() != null && !typical.conditions().isEmpty()) {
      inferred.add("conditions " + typical.conditions());
    }
    return inferred.isEmpty() ? recorded : merged;
  }

  private static Integer pick(String name, Integer recorded, Integer typical, List<String> inferred) {
    if (recorded != null || typical == null) {
      return recorded;
    }
    inferred.add(name + " " + typical);
    return typical;
  }

  private static void add(List<Requirement> out, List<SkillRequirement> reqs, boolean essential, Taxonomy taxonomy) {
    if (reqs == null) {
      return;
    }
    for (SkillRequirement r : reqs) {
      if (r.skillId() != null) {
        out.add(coded(r.skillId(), r.minLevel(), essential, taxonomy));
      } else {
        var resolved = taxonomy.findSkillByLabel(r.label());
        out.add(new Requirement(resolved.map(k -> k.id()).orElse(null), r.label(), DutchText.terms(r.label()),
            r.minLevel(), essential, resolved.isPresent()));
      }
    }
  }

  private static Requirement coded(String id, Integer minLevel, boolean essential, Taxonomy taxonomy) {
    var known = taxonomy.skill(id);
    String label = known.map(k -> k.label()).orElse(id);
    return new Requirement(id, label, known.isPresent() ? DutchText.labelTerms(label) : DutchText.terms(label), minLevel,
        essential, false);
  }
}
