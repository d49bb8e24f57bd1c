package nl.werkmatch.lks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Computes loonkostensubsidie (LKS, Participatiewet art. 10d) with the ministry-agreed per-hour computation:
 *
 * <pre>
 * wml            = WML(date) x youth share                         (round)
 * wmlWithHoliday = wml x 1.08                                       (round; 8% holiday allowance)
 * cap            = wmlWithHoliday x 0.70                            (round; 70% cap)
 * loonwaardeEuro = loonwaarde% x wage x 1.08                        (round)
 * lks            = min(cap, max(0, wmlWithHoliday - loonwaardeEuro))
 *   flat rate (first up to six months, no measurement): lks = wmlWithHoliday x 0.50   (round)
 * allowance      = lks x 0.23                                       (round; employer-cost allowance)
 * </pre>
 *
 * <p>Rounding: {@link BigDecimal}, HALF_UP to cents at the end of each step above. With an hourly WML the basis is
 * one hour, and a monthly figure is {@code perHour x hoursPerWeek x 52 / 12} (rounded once, at the end). With a
 * monthly WML (old dates, or one given) the basis is a full-time month of {@code fullTimeHoursPerWeek}; the wage
 * per full-time month is {@code wagePerHour x fullTime x 52 / 12} (round), a monthly figure for the contracted
 * hours is {@code basis x hoursPerWeek / fullTime} and an hourly one {@code basis x 12 / (fullTime x 52)}. Totals
 * (subsidy including 23%, employer net cost) are sums and differences of the rounded parts, so they add up to the
 * cent. Thread-safe.
 */
public final class LksCalculator {
  /** Holiday allowance factor, 1.08 (8% vakantiegeld). */
  public static final BigDecimal HOLIDAY = new BigDecimal("1.08");
  /** Cap on the subsidy as a share of WML with holiday allowance (70%). */
  public static final BigDecimal CAP = new BigDecimal("0.70");
  /** Flat-rate share of WML with holiday allowance (50%). */
  public static final BigDecimal FLAT = new BigDecimal("0.50");
  /** Employer-cost allowance as a share of the subsidy (23%). */
  public static final BigDecimal EMPLOYER_COSTS = new BigDecimal("0.23");

  private static final BigDecimal WEEKS = BigDecimal.valueOf(52);
  private static final BigDecimal MONTHS = BigDecimal.valueOf(12);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final WmlTable table;

  /**
   * @param table the WML table to use
   */
  public LksCalculator(WmlTable table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  /** A calculator on the shipped table. */
  public static LksCalculator bundled() {
    return new LksCalculator(WmlTable.bundled());
  }

  /** The table in use. */
  public WmlTable table() {
    return table;
  }

  /**
   * Calculates the subsidy.
   *
   * @param r the request
   * @return the breakdown
   * @throws IllegalArgumentException when the table has no WML for the date or age, or the wage is below the
   *     applicable WML
   */
  public LksResult calculate(LksRequest r) {
    WmlTable.Entry entry = r.wmlPerMonth() != null ? null : table.at(r.date());
    boolean monthly = entry == null || entry.monthly();
    BigDecimal adult = entry == null ? r.wmlPerMonth() : entry.amount();
    BigDecimal share = table.youthShare(r.age());
    BigDecimal fullTime = r.fullTimeHoursPerWeek();

    BigDecimal wml = cents(adult.multiply(share));
    BigDecimal wmlHoliday = cents(wml.multiply(HOLIDAY));
    BigDecimal cap = cents(wmlHoliday.multiply(CAP));
    BigDecimal wage = monthly ? cents(r.wagePerHour().multiply(fullTime).multiply(WEEKS).divide(MONTHS, 10,
        RoundingMode.HALF_UP)) : r.wagePerHour();
    if (wage.compareTo(wml) < 0) {
      throw new IllegalArgumentException("wage " + r.wagePerHour().toPlainString() + " per hour"
          + (monthly ? " (" + wage.toPlainString() + " per full-time month)" : "") + " is below the applicable WML "
          + wml.toPlainString() + (monthly ? " per month" : " per hour") + " on " + r.date());
    }
    BigDecimal wageCost = cents(wage.multiply(HOLIDAY));

    BigDecimal loonwaardeEuro = null;
    BigDecimal lks;
    boolean capApplied = false;
    if (r.flatRate()) {
      lks = cents(wmlHoliday.multiply(FLAT));
    } else {
      loonwaardeEuro = cents(r.loonwaardePercent().multiply(wage).multiply(HOLIDAY).divide(HUNDRED, 10,
          RoundingMode.HALF_UP));
      BigDecimal raw = wmlHoliday.subtract(loonwaardeEuro).max(BigDecimal.ZERO);
      capApplied = raw.compareTo(cap) > 0;
      lks = capApplied ? cap : raw;
    }
    BigDecimal allowance = cents(lks.multiply(EMPLOYER_COSTS));

    BigDecimal hours = r.hoursPerWeek();
    BigDecimal lksHour = perHour(lks, monthly, fullTime);
    BigDecimal allowanceHour = perHour(allowance, monthly, fullTime);
    BigDecimal wageCostHour = perHour(wageCost, monthly, fullTime);
    BigDecimal lksMonth = perMonth(lks, monthly, hours, fullTime);
    BigDecimal allowanceMonth = perMonth(allowance, monthly, hours, fullTime);
    BigDecimal wageCostMonth = perMonth(wageCost, monthly, hours, fullTime);
    BigDecimal totalHour = lksHour.add(allowanceHour);
    BigDecimal totalMonth = lksMonth.add(allowanceMonth);

    return new LksResult(r.date(), monthly ? LksResult.Basis.MONTH : LksResult.Basis.HOUR, entry == null ? null : entry.from(), adult, r.age(),
        share, wml, wmlHoliday, cap, cents(wage), r.flatRate() ? null : r.loonwaardePercent(), loonwaardeEuro, r.flatRate(), capApplied,
        lks, allowance, hours, monthly ? fullTime : null, lksHour, allowanceHour, totalHour, wageCostHour,
        wageCostHour.subtract(totalHour), lksMonth, allowanceMonth, totalMonth, wageCostMonth,
        wageCostMonth.subtract(totalMonth));
  }

  private static BigDecimal perHour(BigDecimal basis, boolean monthly, BigDecimal fullTime) {
    if (!monthly) {
      return basis;
    }
    return basis.multiply(MONTHS).divide(fullTime.multiply(WEEKS), 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal perMonth(BigDecimal basis, boolean monthly, BigDecimal hours, BigDecimal fullTime) {
    if (monthly) {
      return basis.multiply(hours).divide(fullTime, 2, RoundingMode.HALF_UP);
    }
    return basis.multiply(hours).multiply(WEEKS).divide(MONTHS, 2, RoundingMode.HALF_UP);
  }

  /** HALF_UP to cents. */
  static BigDecimal cents(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }
}
