package vn.baocao.report;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import vn.baocao.io.ValueLabels;

/**
 * A period as a planner writes it: "6 tháng đầu năm 2023", "Quý II/2024", "Tính đến 30/06/2024",
 * never {@code half_year 2023-06-30}. The wording comes from the {@code period_text} templates
 * of {@code data/reference/values_vi.csv}.
 */
public final class PeriodText {
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private final ValueLabels vi;

  /** Uses the templates of {@code vi}. */
  public PeriodText(ValueLabels vi) {
    this.vi = vi;
  }

  /** The period in words; a period with no end is "N/A". */
  public String text(String type, LocalDate start, LocalDate end) {
    if (end == null) {
      return Cells.NA;
    }
    String key = type == null ? "other" : type;
    boolean monthEnd = end.equals(end.with(TemporalAdjusters.lastDayOfMonth()));
    if ("half_year".equals(key) && start != null && start.getMonthValue() == 7) {
      key = "half_year_second";
    } else if ("ytd".equals(key) && !monthEnd) {
      key = "ytd_day";
    }
    String t = vi.template(key);
    if (t == null) {
      t = vi.template("other");
    }
    if (t == null) {
      return type + " " + end;
    }
    int months = start == null ? end.getMonthValue()
        : (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
    return t.replace("{year}", Integer.toString(end.getYear()))
        .replace("{month}", Integer.toString(end.getMonthValue()))
        .replace("{quarter}", ROMAN[(end.getMonthValue() - 1) / 3])
        .replace("{months}", Integer.toString(months))
        .replace("{start_year}", start == null ? "?" : Integer.toString(start.getYear()))
        .replace("{start}", start == null ? "?" : date(start))
        .replace("{date}", date(end));
  }

  /** dd/MM/yyyy, as Vietnamese documents write dates. */
  public static String date(LocalDate d) {
    return String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }
}
