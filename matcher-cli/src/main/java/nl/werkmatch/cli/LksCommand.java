package nl.werkmatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.werkmatch.io.Json;
import nl.werkmatch.lks.LksCalculator;
import nl.werkmatch.lks.LksRequest;
import nl.werkmatch.lks.LksResult;
import nl.werkmatch.lks.WmlTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lks}: computes loonkostensubsidie (Participatiewet art. 10d) for one employment and prints the breakdown
 * as an aligned table or as JSON. Exit code 0 on success, 1 when the calculation is impossible (no WML for the
 * date, wage below WML), 2 on a usage error.
 */
@Command(name = "lks",
    description = {"Compute loonkostensubsidie (LKS, Participatiewet art. 10d) per hour and per month.",
        "Per hour: LKS = min(0.70 x WML x 1.08, max(0, WML x 1.08 - loonwaarde%% x wage x 1.08)), plus 23%% "
            + "employer-cost allowance; per month = per hour x hours x 52 / 12."},
    sortOptions = false)
public final class LksCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--wage", required = true, paramLabel = "EUR_PER_HOUR",
      description = "Function (CAO) wage in euro per hour, gross, without holiday allowance.")
  BigDecimal wage;

  @Option(names = "--loonwaarde", paramLabel = "PCT",
      description = "Measured loonwaarde in percent (0-100]; not needed with --flat-rate.")
  BigDecimal loonwaarde;

  @Option(names = "--hours", required = true, paramLabel = "H", description = "Contracted hours per week.")
  BigDecimal hours;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Date to take the WML for.")
  LocalDate date;

  @Option(names = "--age", paramLabel = "A", description = "Age for the youth minimum wage (default: 21 or over).")
  Integer age;

  @Option(names = "--flat-rate", description = "Flat rate of the first up to six months: 50%% x WML x 1.08, plus 23%%.")
  boolean flatRate;

  @Option(names = "--wml-month", paramLabel = "EUR",
      description = "Monthly full-time WML (age 21+) to use instead of the table, e.g. 1537.20 for 2016.")
  BigDecimal wmlMonth;

  @Option(names = "--full-time-hours", paramLabel = "H", defaultValue = "38",
      description = "Full-time week of a monthly WML (default: ${DEFAULT-VALUE}).")
  BigDecimal fullTimeHours;

  @Option(names = "--wml-table", paramLabel = "FILE", description = "WML table JSON to use instead of the shipped one.")
  Path wmlTable;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  /** Creates the command; picocli fills the options. */
  public LksCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LksResult r;
    try {
      LksCalculator calc = new LksCalculator(wmlTable == null ? WmlTable.bundled() : WmlTable.read(wmlTable));
      r = calc.calculate(new LksRequest(wage, loonwaarde, hours, date, age, flatRate, wmlMonth, fullTimeHours));
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      err.println("lks: " + e.getMessage());
      err.flush();
      return 1;
    }
    if (json) {
      try {
        out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    } else {
      out.print(table(r));
    }
    out.flush();
    return 0;
  }

  /** Renders the breakdown as an aligned plain-text table. */
  static String table(LksResult r) {
    boolean monthly = r.basis() == LksResult.Basis.MONTH;
    String unit = monthly ? "per full-time month (" + plain(r.fullTimeHoursPerWeek()) + " h/week)" : "per hour";
    List<String[]> head = new ArrayList<>();
    head.add(row("Date", r.date() + (r.wmlFrom() == null ? " (WML given)" : " (WML table entry from " + r.wmlFrom() + ")")));
    head.add(row("Basis", unit));
    head.add(row("WML age 21+", money(r.wmlAdult())));
    head.add(row("Youth share", r.age() == null ? "100% (21 or over)"
        : percent(r.youthShare()) + " (age " + r.age() + ")"));
    head.add(row("WML applicable", money(r.wml())));
    head.add(row("WML + 8% holiday allowance", money(r.wmlWithHoliday())));
    head.add(row("70% cap", money(r.cap())));
    head.add(row("Function wage", money(r.wage())));
    if (r.flatRate()) {
      head.add(row("Method", "flat rate (forfaitaire LKS): 50% x WML x 1.08"));
    } else {
      head.add(row("Loonwaarde", plain(r.loonwaardePercent()) + "% = " + money(r.loonwaardeEuro())
          + " (loonwaarde x wage x 1.08)"));
      head.add(row("Cap applied", r.capApplied() ? "yes" : "no"));
    }
    head.add(row("Hours per week", plain(r.hoursPerWeek())));

    StringBuilder sb = new StringBuilder("Loonkostensubsidie (LKS), Participatiewet art. 10d\n");
    int w = 0;
    for (String[] h : head) {
      w = Math.max(w, h[0].length());
    }
    for (String[] h : head) {
      sb.append(pad(h[0], w)).append("  ").append(h[1]).append('\n');
    }
    sb.append('\n');

    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"", "per hour", "per month"});
    rows.add(new String[] {"LKS excl. 23%", money(r.subsidyPerHour()), money(r.subsidyPerMonth())});
    rows.add(new String[] {"Employer-cost allowance 23%", money(r.allowancePerHour()), money(r.allowancePerMonth())});
    rows.add(new String[] {"LKS incl. 23%", money(r.subsidyInclAllowancePerHour()),
        money(r.subsidyInclAllowancePerMonth())});
    rows.add(new String[] {"Wage cost (wage + 8%)", money(r.wageCostPerHour()), money(r.wageCostPerMonth())});
    rows.add(new String[] {"Employer net wage cost", money(r.employerNetCostPerHour()),
        money(r.employerNetCostPerMonth())});
    int[] widths = new int[3];
    for (String[] row : rows) {
      for (int i = 0; i < 3; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      sb.append(pad(row[0], widths[0])).append("  ").append(lpad(row[1], widths[1])).append("  ")
          .append(lpad(row[2], widths[2])).append('\n');
    }
    sb.append('\n');
    sb.append(monthly
        ? "Month = full-time month x " + plain(r.hoursPerWeek()) + " / " + plain(r.fullTimeHoursPerWeek())
            + " h; hour = full-time month x 12 / (" + plain(r.fullTimeHoursPerWeek()) + " x 52).\n"
        : "Month = hour x " + plain(r.hoursPerWeek()) + " h/week x 52 / 12. Amounts in euro, HALF_UP to cents per step.\n");
    sb.append("Employer net wage cost = wage + 8% holiday allowance - LKS incl. 23%; it excludes employer social\n"
        + "charges, pension premiums and support costs. The employer pays the CAO wage above WML itself.\n");
    return sb.toString();
  }

  private static String[] row(String label, String value) {
    return new String[] {label, value};
  }

  private static String money(BigDecimal v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%,.2f", v);
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  private static String percent(BigDecimal share) {
    return plain(share.movePointRight(2)) + "%";
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(w - s.length());
  }

  private static String lpad(String s, int w) {
    return " ".repeat(w - s.length()) + s;
  }
}
