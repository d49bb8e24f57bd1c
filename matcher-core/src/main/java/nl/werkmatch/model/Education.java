package nl.werkmatch.model;

import java.util.List;

/**
 * Education: highest level, whether a startkwalificatie is held, diplomas and partial certificates
 * (deelcertificaten).
 *
 * @param highestLevel highest completed level
 * @param startkwalificatie whether a startkwalificatie (HAVO, VWO or MBO 2 diploma) is held; when
 *     absent it follows from {@code highestLevel}
 * @param diplomas diploma names
 * @param partialCertificates partial certificates of unfinished courses
 */
public record Education(EducationLevel highestLevel, Boolean startkwalificatie, List<String> diplomas,
    List<String> partialCertificates) {
  /** Checks that a stated startkwalificatie agrees with the level. */
  public Education {
    if (highestLevel != null && startkwalificatie != null
        && highestLevel.givesStartkwalificatie() && !startkwalificatie) {
      throw new ValidationException("startkwalificatie",
          "is false but highestLevel " + highestLevel + " includes a startkwalificatie");
    }
    if (highestLevel != null && Boolean.TRUE.equals(startkwalificatie) && highestLevel.rank() < EducationLevel.VMBO.rank()) {
      throw new ValidationException("startkwalificatie",
          "is true but highestLevel " + highestLevel + " is below any startkwalificatie");
    }
    diplomas = Check.list("diplomas", diplomas);
    partialCertificates = Check.list("partialCertificates", partialCertificates);
  }

  /** Whether a startkwalificatie is held: stated, or implied by the level; {@code null} if unknown. */
  public Boolean hasStartkwalificatie() {
    if (startkwalificatie != null) {
      return startkwalificatie;
    }
    return highestLevel == null ? null : highestLevel.givesStartkwalificatie();
  }
}
