package vn.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.baocao.io.ValueLabels;

/** Planner wording, Spark-free: periods in words, values translated, Excel's limits. */
class PlannerTextTest {
  private final ValueLabels vi = ValueLabels.vietnamese();
  private final PeriodText p = new PeriodText(vi);

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void periodsReadAsAPlannerWritesThem() {
    assertThat(p.text("half_year", d("2023-01-01"), d("2023-06-30"))).as("half_year").isEqualTo("6 tháng đầu năm 2023");
    assertThat(p.text("half_year", d("2023-07-01"), d("2023-12-31"))).as("second half").isEqualTo("6 tháng cuối năm 2023");
    assertThat(p.text("quarter", d("2024-04-01"), d("2024-06-30"))).as("quarter").isEqualTo("Quý II/2024");
    assertThat(p.text("month", d("2024-05-01"), d("2024-05-31"))).as("month").isEqualTo("Tháng 5/2024");
    assertThat(p.text("ytd", d("2024-01-01"), d("2024-05-31"))).as("ytd").isEqualTo("5 tháng đầu năm 2024");
    assertThat(p.text("ytd", d("2024-01-01"), d("2024-05-15"))).as("ytd to a day").isEqualTo("Từ đầu năm đến 15/05/2024");
    assertThat(p.text("year", d("2023-01-01"), d("2023-12-31"))).as("year").isEqualTo("Năm 2023");
    assertThat(p.text("as_of", d("2024-06-30"), d("2024-06-30"))).as("as_of").isEqualTo("Tính đến 30/06/2024");
    assertThat(p.text("term", d("2020-10-01"), d("2025-09-30"))).as("term").isEqualTo("Nhiệm kỳ 2020–2025");
    assertThat(p.text("year", null, null)).as("no period").isEqualTo(Cells.NA);
  }

  @Test
  void valuesAreTranslatedOnlyForVi() {
    assertThat(vi.cell("period_type", false, "half_year")).as("period type").isEqualTo("6 tháng");
    assertThat(vi.cell("budget_revenue_period", false, "ytd")).as("scorecard period column").isEqualTo("Từ đầu năm");
    assertThat(vi.cell("flags", false, "low;slow")).as("flags, part by part").isEqualTo("đạt thấp; còn chậm");
    assertThat(vi.cell("tier", false, "top")).as("tier").isEqualTo("nhóm đầu");
    assertThat(vi.cell("below_15_pct", true, "true")).as("boolean").isEqualTo("có");
    assertThat(vi.cell("comparison_group", false, "ytd 2024-05-31 (63)")).as("group label").isEqualTo("Từ đầu năm 2024-05-31 (63)");
    assertThat(vi.cell("province_name", false, "Hà Nội")).as("free text untouched").isEqualTo("Hà Nội");
    assertThat(vi.cell("tier", false, "new_code")).as("an unknown code stays as it is").isEqualTo("new_code");
    assertThat(ValueLabels.load("en").cell("tier", false, "top")).as("--labels en translates nothing").isEqualTo("top");
    assertThat(ValueLabels.load("en").isEmpty()).as("en is empty").isTrue();
  }

  @Test
  void numbersAreWrittenTheVietnameseWay() {
    assertThat(Cells.vn(382300, 3)).as("thousands").isEqualTo("382.300");
    assertThat(Cells.vn(24.6, 2)).as("decimals").isEqualTo("24,6");
    assertThat(Cells.vn(-19, 2)).as("negative").isEqualTo("-19");
    assertThat(Cells.vn(1234567.891, 1)).as("rounded").isEqualTo("1.234.567,9");
  }

  @Test
  void excelLimitsAreRespected() {
    String longText = "x".repeat(40_000);
    assertThat(Cells.fit(longText).length()).as("cell text cut to 32,767").isEqualTo(Cells.MAX_CELL);
    assertThat(Cells.fit(longText)).as("a cut cell says so").endsWith("(cắt bớt)");
    Set<String> used = new HashSet<>();
    String a = WorkbookWriter.sheetName("Giải ngân: vốn [đầu tư] công / kế hoạch * năm?", used);
    assertThat(a.length()).as("sheet name length").isLessThanOrEqualTo(31);
    assertThat(a).as("no forbidden characters").doesNotContainPattern("[\\[\\]:*?/\\\\]");
    String b = WorkbookWriter.sheetName("Giải ngân: vốn [đầu tư] công / kế hoạch * năm?", used);
    assertThat(b).as("a second sheet of the same name is made unique").isNotEqualToIgnoringCase(a);
    assertThat(b.length()).as("unique name length").isLessThanOrEqualTo(31);
  }

  @Test
  void chartsAreInlineSvgWithTheMedianAndCallOuts() {
    String svg = SvgBarChart.render("Giải ngân", java.util.List.of(new SvgBarChart.Bar("Hà Nội", 35, "35 %", HtmlReport.BLUE),
        new SvgBarChart.Bar("Cao Bằng", 12, "12 %", HtmlReport.RED)),
        java.util.List.of(new SvgBarChart.Line(23.5, "trung vị 23,5 %", HtmlReport.DARK, true),
            new SvgBarChart.Line(15, "15 %", HtmlReport.RED, false)), 100);
    assertThat(svg).as("svg").startsWith("<svg ").endsWith("</svg>").contains("Hà Nội", "trung vị 23,5 %", "stroke-dasharray");
    assertThat(svg.split("<rect ", -1).length - 1).as("one bar per province").isEqualTo(2);
    assertThat(svg).as("bar width proportional: 35 of 100 on a 560 px plot").contains("width=\"196.0\"");
  }
}
