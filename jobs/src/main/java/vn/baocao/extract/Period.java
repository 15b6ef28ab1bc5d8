package vn.baocao.extract;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A reporting period: its type (month, quarter, half_year, nine_months, year, ytd, midterm,
 * term, as_of) and its first and last day.
 */
public record Period(String type, LocalDate start, LocalDate end) implements Serializable {
  public static Period month(int year, int month) {
    YearMonth ym = YearMonth.of(year, month);
    return new Period("month", ym.atDay(1), ym.atEndOfMonth());
  }

  public static Period quarter(int year, int q) {
    return new Period("quarter", LocalDate.of(year, q * 3 - 2, 1), YearMonth.of(year, q * 3).atEndOfMonth());
  }

  public static Period halfYear(int year) {
    return new Period("half_year", LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
  }

  public static Period nineMonths(int year) {
    return new Period("nine_months", LocalDate.of(year, 1, 1), LocalDate.of(year, 9, 30));
  }

  public static Period year(int year) {
    return new Period("year", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** Year to date, from 1 January to {@code end}. */
  /** From 1 January to {@code end}; to 31 December that is the whole year ("đến hết năm 2023"). */
  public static Period ytd(LocalDate end) {
    if (end.getMonthValue() == 12 && end.getDayOfMonth() == 31) {
      return new Period("year", LocalDate.of(end.getYear(), 1, 1), end);
    }
    return new Period("ytd", LocalDate.of(end.getYear(), 1, 1), end);
  }

  public static Period asOf(LocalDate date) {
    return new Period("as_of", date, date);
  }

  /** The first {@code months} months of a year, typed as DESIGN.md names them. */
  public static Period firstMonths(int year, int months) {
    return switch (months) {
      case 3 -> quarter(year, 1);
      case 6 -> halfYear(year);
      case 9 -> nineMonths(year);
      case 12 -> year(year);
      default -> ytd(YearMonth.of(year, Math.max(1, Math.min(12, months))).atEndOfMonth());
    };
  }

  /** Number of months covered, for monthly averages; 0 for stocks. */
  public int months() {
    if (start == null || end == null || "as_of".equals(type)) {
      return 0;
    }
    return (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
  }
}
