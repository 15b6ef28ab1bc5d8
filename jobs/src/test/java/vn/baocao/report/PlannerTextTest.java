package vn.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  void provincesAreInVietnameseAlphabeticalOrder() {
    List<String> names = new java.util.ArrayList<>(List.of("Bình Định", "Bắc Giang", "Đà Nẵng", "Cà Mau", "An Giang", "Bạc Liêu"));
    names.sort(PlannerView.VIETNAMESE);
    assertThat(names).as("a < ă < â ..., d < đ").containsExactly("An Giang", "Bạc Liêu", "Bắc Giang", "Bình Định", "Cà Mau", "Đà Nẵng");
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

  private static Map<String, Object> budgetRow(String province, String type, String start, String end, Double revenue,
      Integer rank, int groupSize) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("admin_version", 63);
    m.put("province_code", province);
    m.put("province_name", province);
    m.put("period_type", type);
    m.put("period_start", d(start));
    m.put("period_end", d(end));
    m.put("revenue_vnd_billion", revenue);
    m.put("rank_in_group", rank);
    m.put("group_size", groupSize);
    m.put("group_median", groupSize >= 2 ? 4.5 : null);
    m.put("coverage", "whole");
    m.put("comparison_group", type + " " + end + " (63)");
    m.put("doc_ids", List.of("doc-" + province));
    return m;
  }

  @Test
  void aRowCitedByManyDocumentsQuotesTheFirstFewAndSaysWhereTheRestAre() {
    Map<String, Object> row = budgetRow("A", "year", "2023-01-01", "2023-12-31", 5.0, 1, 2);
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < ReportInputs.SOURCE_DOCS + 3; i++) {
      ids.add("doc-" + i);
    }
    row.put("doc_ids", ids);
    ReportData.Evidence said = new ReportData.Evidence("doc-0", "a.txt", "province", "A", "A", "A", "budget_revenue", "level",
        d("2023-12-31"), "tỉnh A thu 5 tỷ đồng");
    // doc-1 is cited but its sentences were not read (the driver's budget was spent)
    ReportData data = new ReportData(Map.of("budget", List.of(row)), List.of(said), Map.of("doc-0", "a.txt"), Map.of(),
        Set.of("doc-0", "doc-2", "doc-3", "doc-4"));
    List<PlannerView.Source> src = new PlannerView(data).sources("budget", row);
    assertThat(src).extracting(PlannerView.Source::docId).as("the first documents, then one line for the rest")
        .containsExactly("doc-0", "doc-1", "doc-2", "doc-3", "doc-4", "…");
    assertThat(src.get(0).evidence()).as("a read document quotes its sentence").isEqualTo("tỉnh A thu 5 tỷ đồng");
    assertThat(src.get(1).evidence()).as("an unread document says so").contains("records.csv");
    assertThat(src.get(5).evidence()).as("the rest are counted and located").isEqualTo("và 3 tài liệu khác: mã tài liệu ở cột doc_ids của budget.csv");
    assertThat(data.totalRows("budget")).as("rows default to those held").isEqualTo(1);
  }

  @Test
  void groupsHoldTwoOrMoreProvincesLatestFirstAndAloneIsNeverRanked() {
    List<Map<String, Object>> rows = List.of(
        budgetRow("A", "year", "2023-01-01", "2023-12-31", 5.0, 1, 2),
        budgetRow("B", "year", "2023-01-01", "2023-12-31", 4.0, 2, 2),
        budgetRow("C", "month", "2024-07-01", "2024-07-31", 3.0, 2, 2),
        budgetRow("D", "month", "2024-07-01", "2024-07-31", 6.0, 1, 2),
        budgetRow("E", "quarter", "2024-01-01", "2024-03-31", 9.0, null, 1),
        budgetRow("F", "half_year", "2024-01-01", "2024-06-30", null, null, 0));
    PlannerView v = new PlannerView(new ReportData(Map.of("budget", rows), List.of(), Map.of()));
    List<PlannerView.Group> groups = v.groups();
    assertThat(groups).extracting(PlannerView.Group::key).as("groups of two or more, latest period first")
        .containsExactly("month 2024-07-31 (63)", "year 2023-12-31 (63)");
    assertThat(groups.get(0).ranked()).extracting(r -> r.get("province_name")).as("best first within a group")
        .containsExactly("D", "C");
    assertThat(groups.get(0).label()).as("group label in words").isEqualTo("Tháng 7/2024 · 63 tỉnh, thành phố (trước 1/7/2025)");
    PlannerView.Sheet budget = v.sheets().get(0);
    PlannerView.Col rank = budget.cols().stream().filter(c -> c.fmt() == PlannerView.Fmt.RANK).findFirst().orElseThrow();
    Map<String, Object> alone = rows.get(4);
    assertThat(v.text(budget, alone, rank)).as("a province alone in its period").isEqualTo(PlannerView.ALONE);
    assertThat(v.number(budget, alone, rank)).as("alone: no rank number").isNull();
    assertThat(v.text(budget, rows.get(5), rank)).as("no figure: N/A, the reason in the notes").isEqualTo(Cells.NA);
    assertThat(v.notes("budget", rows.get(5))).as("notes say why").anyMatch(n -> n.startsWith("không xếp hạng: không nêu số thu"));
    assertThat(v.notComparable()).extracting(PlannerView.NotComparable::who, PlannerView.NotComparable::reason)
        .as("rows outside any ranking, with the reason")
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("E", PlannerView.ALONE),
            org.assertj.core.groups.Tuple.tuple("F", v.reason("budget", rows.get(5))));
    assertThat(budget.rows()).extracting(r -> r.get("province_name")).as("sheet rows: latest period first, best rank first")
        .containsExactly("D", "C", "F", "E", "A", "B");
    String html = HtmlReport.render(v);
    assertThat(html.indexOf("Tháng 7/2024")).as("the page shows the latest group first").isLessThan(html.indexOf("Năm 2023 ·"));
    assertThat(html.split("<section ", -1).length - 1).as("one section per group of two or more").isEqualTo(2);
  }
}
