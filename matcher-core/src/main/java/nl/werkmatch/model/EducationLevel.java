package nl.werkmatch.model;

/**
 * Highest completed level of education in the Dutch system, ordered from none to university.
 *
 * <p>A <em>startkwalificatie</em> is a HAVO, VWO or MBO level 2 diploma; every level above MBO 2
 * includes one. Praktijkonderwijs (PrO), voortgezet speciaal onderwijs (VSO) and MBO 1 (entree)
 * do not.
 */
public enum EducationLevel {
  /** No completed education. */
  NONE(0, false),
  /** Basisonderwijs (primary school). */
  PRIMARY(1, false),
  /** Praktijkonderwijs (PrO): practical secondary education without a diploma. */
  PRO(2, false),
  /** Voortgezet speciaal onderwijs (VSO): special secondary education. */
  VSO(2, false),
  /** VMBO diploma. */
  VMBO(3, false),
  /** MBO level 1, the entree course. */
  MBO_1(4, false),
  /** MBO level 2 (basisberoepsopleiding): the first level that gives a startkwalificatie. */
  MBO_2(5, true),
  /** MBO level 3. */
  MBO_3(6, true),
  /** MBO level 4. */
  MBO_4(7, true),
  /** HAVO diploma. */
  HAVO(7, true),
  /** VWO diploma. */
  VWO(8, true),
  /** HBO (university of applied sciences). */
  HBO(9, true),
  /** WO (university). */
  WO(10, true);

  private final int rank;
  private final boolean startkwalificatie;

  EducationLevel(int rank, boolean startkwalificatie) {
    this.rank = rank;
    this.startkwalificatie = startkwalificatie;
  }

  /** Ordinal rank used for "at least" comparisons; PrO and VSO share a rank, as MBO 4 and HAVO do. */
  public int rank() {
    return rank;
  }

  /** Whether a diploma at this level is (or includes) a startkwalificatie. */
  public boolean givesStartkwalificatie() {
    return startkwalificatie;
  }

  /** Whether this level meets a minimum of {@code required}. */
  public boolean meets(EducationLevel required) {
    return rank >= required.rank;
  }
}
