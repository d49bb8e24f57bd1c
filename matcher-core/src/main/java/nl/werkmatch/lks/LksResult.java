package nl.werkmatch.lks;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The outcome of a loonkostensubsidie calculation. All amounts are euro, rounded HALF_UP to cents.
 *
 * <p>The <em>basis</em> figures ({@code wml} .. {@code allowance}) are per hour when the WML used is hourly and per
 * full-time month when it is monthly (see {@link #basis()}); the per-hour and per-month figures are derived from
 * them as described in {@link LksCalculator}.
 *
 * <p>Employer's net wage cost = wage cost (function wage + 8% holiday allowance) minus the subsidy including the
 * 23% employer-cost allowance. It does not include employer social charges, pension premiums or other
 * werkgeverslasten (which the 23% allowance is meant to offset) nor support costs; the CAO wage above WML is in
 * the wage cost, so the employer pays it itself.
 *
 * @param date the date the WML was taken for
 * @param basis the unit of the basis figures: an hour, or a full-time month
 * @param wmlFrom first day of the table entry used; {@code null} when the WML was given
 * @param wmlAdult the WML for age 21+ as in the table or given, per basis unit
 * @param age the age used for the youth rate, {@code null} for 21+
 * @param youthShare the share of the adult WML applied (1 for 21+)
 * @param wml the applicable WML (adult WML x youth share), per basis unit
 * @param wmlWithHoliday WML x 1.08, per basis unit
 * @param cap the 70% cap: 0.70 x WML x 1.08, per basis unit
 * @param wage the function wage per basis unit (per hour, or per full-time month)
 * @param loonwaardePercent the loonwaarde used, {@code null} with the flat rate
 * @param loonwaardeEuro loonwaarde% x wage x 1.08 per basis unit, {@code null} with the flat rate
 * @param flatRate whether the flat rate (50% x WML x 1.08) was used
 * @param capApplied whether the 70% cap lowered the subsidy
 * @param lks the loonkostensubsidie excluding the 23% allowance, per basis unit
 * @param allowance the 23% employer-cost allowance, per basis unit
 * @param hoursPerWeek contracted hours per week
 * @param fullTimeHoursPerWeek the full-time week of a monthly WML; {@code null} with an hourly WML
 * @param subsidyPerHour LKS per hour, excluding the 23%
 * @param allowancePerHour 23% allowance per hour
 * @param subsidyInclAllowancePerHour LKS plus 23% per hour
 * @param wageCostPerHour wage x 1.08 per hour
 * @param employerNetCostPerHour wage cost minus subsidy including 23%, per hour
 * @param subsidyPerMonth LKS per month, excluding the 23%
 * @param allowancePerMonth 23% allowance per month
 * @param subsidyInclAllowancePerMonth LKS plus 23% per month
 * @param wageCostPerMonth wage x 1.08 per month
 * @param employerNetCostPerMonth wage cost minus subsidy including 23%, per month
 */
public record LksResult(LocalDate date, LksResult.Basis basis, LocalDate wmlFrom, BigDecimal wmlAdult, Integer age,
    BigDecimal youthShare, BigDecimal wml, BigDecimal wmlWithHoliday, BigDecimal cap, BigDecimal wage,
    BigDecimal loonwaardePercent, BigDecimal loonwaardeEuro, boolean flatRate, boolean capApplied, BigDecimal lks,
    BigDecimal allowance, BigDecimal hoursPerWeek, BigDecimal fullTimeHoursPerWeek, BigDecimal subsidyPerHour,
    BigDecimal allowancePerHour, BigDecimal subsidyInclAllowancePerHour, BigDecimal wageCostPerHour,
    BigDecimal employerNetCostPerHour, BigDecimal subsidyPerMonth, BigDecimal allowancePerMonth,
    BigDecimal subsidyInclAllowancePerMonth, BigDecimal wageCostPerMonth, BigDecimal employerNetCostPerMonth) {

  /** The unit the basis figures are in, following the WML used. */
  public enum Basis {
    /** Per hour (an hourly WML). */
    HOUR,
    /** Per full-time month of {@code fullTimeHoursPerWeek} (a monthly WML). */
    MONTH
  }
}
