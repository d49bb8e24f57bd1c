package nl.werkmatch.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import nl.werkmatch.io.Json;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;

/**
 * Records that carry a version number twice: in {@code municipality} as {@code m-<version>} and in
 * {@code region} as {@code r-<version>}. A decoded record whose two fields disagree was torn
 * between two versions.
 */
final class Versioned {
  private Versioned() {}

  /** A candidate near Enschede with a few coded skills, so it matches {@link #vacancy}. */
  static Candidate candidate(String id, long version) {
    int n = Math.floorMod(id.hashCode(), 7);
    String json = "{\"id\":\"" + id + "\",\"municipality\":\"m-" + version + "\",\"region\":\"r-" + version + "\","
        + "\"home\":{\"lat\":" + (52.20 + n / 100.0) + ",\"lon\":" + (6.85 + n / 100.0) + ",\"country\":\"NL\"},"
        + "\"travel\":{\"modes\":[\"BIKE\",\"CAR\"],\"maxTravelMinutes\":60},"
        + "\"skills\":[{\"skillId\":\"sk-1\",\"level\":" + (1 + version % 5) + "},{\"skillId\":\"sk-" + (2 + n)
        + "\",\"level\":3}],"
        + "\"availability\":{\"minHours\":8,\"maxHours\":36}}";
    try {
      return Json.mapper().readValue(json, Candidate.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A vacancy in Enschede asking for sk-1 and one other skill. */
  static Vacancy vacancy(String id, long version) {
    int n = Math.floorMod(id.hashCode(), 7);
    String json = "{\"id\":\"" + id + "\",\"employer\":\"m-" + version + "\",\"title\":\"r-" + version + "\","
        + "\"location\":{\"lat\":52.22,\"lon\":6.89,\"country\":\"NL\"},"
        + "\"requiredSkills\":[{\"skillId\":\"sk-1\",\"level\":2}],"
        + "\"optionalSkills\":[{\"skillId\":\"sk-" + (2 + n) + "\"}],\"minHours\":16,\"maxHours\":32}";
    try {
      return Json.mapper().readValue(json, Vacancy.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The version of a candidate; throws if its two version fields disagree. */
  static long version(Candidate c) {
    return agree(c.id(), c.municipality(), c.region());
  }

  /** The version of a vacancy; throws if its two version fields disagree. */
  static long version(Vacancy v) {
    return agree(v.id(), v.employer(), v.title());
  }

  private static long agree(String id, String a, String b) {
    long x = Long.parseLong(a.substring(2));
    long y = Long.parseLong(b.substring(2));
    if (x != y) {
      throw new AssertionError("record " + id + " mixes versions " + x + " and " + y);
    }
    return x;
  }
}
