package vn.baocao.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes {@code report/index.html}: one static page that opens from disk (no script, no server,
 * no network; charts are inline SVG drawn here). One section per comparison group with at
 * least two provinces (bar chart with median and, for disbursement, the 15 % / 20 % call-outs,
 * then the ranked table), a profile per province, and a plain list of the rows that could not
 * be compared and why. The same data gives the same bytes.
 */
public final class HtmlReport {
  private HtmlReport() {}

  static final String BLUE = "#2e86c1";
  static final String GREEN = "#229954";
  static final String RED = "#c0392b";
  static final String ORANGE = "#e67e22";
  static final String DARK = "#333333";

  private static final Map<String, String> TITLES = Map.of(
      "budget", "Thu ngân sách nhà nước",
      "disbursement", "Giải ngân vốn đầu tư công",
      "new_rural_area", "Nông thôn mới: tỷ lệ xã đạt chuẩn");

  private static final String CSS = """
      body{font-family:"DejaVu Sans",Arial,sans-serif;margin:24px auto;max-width:1100px;color:#222;line-height:1.45;background:#fff}
      h1{font-size:26px;margin:0 0 6px;color:#1b4f72}
      h2{font-size:20px;border-bottom:2px solid #1b4f72;padding-bottom:4px;margin-top:36px;color:#1b4f72}
      h3{font-size:16px;margin:22px 0 6px}
      .lead{color:#555}
      nav a{margin-right:14px}
      table{border-collapse:collapse;margin:8px 0 14px;font-size:13px}
      th,td{border:1px solid #ccd;padding:3px 8px;text-align:left;vertical-align:top}
      th{background:#eaf2f8}
      td.n{text-align:right;white-space:nowrap}
      .na{color:#888;font-style:italic}
      .alone{color:#7d6608;font-style:italic}
      .low15{background:#fadbd8}
      .low20{background:#fdebd0}
      .note{font-size:12px;color:#555}
      .warn{background:#fef9e7;border-left:4px solid #f1c40f;padding:6px 10px}
      .profile{display:inline-block;vertical-align:top;width:520px;margin-right:18px}
      ul.nc li{margin-bottom:2px}
      """;

  /** The page for {@code view}. */
  public static String render(PlannerView view) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>So sánh giữa các tỉnh — baocao</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    List<PlannerView.Group> groups = view.groups();
    List<PlannerView.NotComparable> nc = view.notComparable();
    h.append("<h1>So sánh giữa các tỉnh</h1>\n<p class=\"lead\">Số liệu trích từ báo cáo của các tỉnh, thành phố. ")
        .append("Chỉ so sánh các tỉnh trong cùng một nhóm: cùng loại kỳ và cùng ngày kết thúc kỳ (nông thôn mới: cùng bộ tiêu chí). ")
        .append("Một tỉnh không có tỉnh nào cùng kỳ được ghi là <em>").append(PlannerView.ALONE).append("</em>, không xếp hạng. ")
        .append("N/A: báo cáo không nêu số liệu (không phải số 0).</p>\n");
    h.append("<nav><a href=\"#nhom\">Nhóm so sánh (").append(groups.size()).append(")</a><a href=\"#tinh\">Hồ sơ tỉnh</a>")
        .append("<a href=\"#khong-so-sanh\">Không so sánh được (").append(nc.size()).append(")</a></nav>\n");

    h.append("<h2 id=\"nhom\">Nhóm so sánh có từ hai tỉnh trở lên</h2>\n");
    if (groups.isEmpty()) {
      h.append("<p class=\"warn\">Không có nhóm nào có từ hai tỉnh cùng kỳ: không có gì để xếp hạng. ")
          .append("Xem danh sách các dòng không so sánh được bên dưới.</p>\n");
    }
    String lastTable = null;
    int gi = 0;
    for (PlannerView.Group g : groups) {
      if (!g.table().equals(lastTable)) {
        h.append("<h2>").append(Html.esc(TITLES.get(g.table()))).append("</h2>\n");
        lastTable = g.table();
      }
      group(h, view, g, ++gi);
    }

    h.append("<h2 id=\"tinh\">Hồ sơ từng tỉnh</h2>\n");
    profiles(h, view);

    h.append("<h2 id=\"khong-so-sanh\">Các dòng không so sánh được</h2>\n");
    if (nc.isEmpty()) {
      h.append("<p>Không có.</p>\n");
    } else {
      h.append("<ul class=\"nc\">\n");
      for (PlannerView.NotComparable x : nc) {
        h.append("<li><strong>").append(Html.esc(x.who())).append("</strong> — ").append(Html.esc(x.tableName())).append(", ")
            .append(Html.esc(x.period())).append(": ").append(Html.esc(x.reason())).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("<p class=\"note\">Tạo bởi baocao từ các tệp trong thư mục kết quả; bảng đầy đủ: baocao.xlsx và comparisons/*.csv.</p>\n");
    return h.append("</body>\n</html>\n").toString();
  }

  private static void group(StringBuilder h, PlannerView view, PlannerView.Group g, int index) {
    boolean disb = g.table().equals("disbursement");
    int decimals = PlannerView.decimals(g.fmt());
    String unit = g.fmt() == PlannerView.Fmt.PCT ? " %" : " tỷ";
    h.append("<section id=\"g").append(index).append("\">\n<h3>").append(Html.esc(g.label())).append(" — ")
        .append(g.ranked().size()).append(" tỉnh</h3>\n");
    if (g.mixedBases()) {
      h.append("<p class=\"warn\">Các tỉnh trong nhóm tính tỷ lệ theo căn cứ khác nhau (").append(Html.esc(g.bases()))
          .append("): so sánh cần thận trọng.</p>\n");
    }
    List<SvgBarChart.Bar> bars = new ArrayList<>();
    for (Map<String, Object> r : g.ranked()) {
      double v = Cells.num(r, g.valueColumn());
      String colour = g.table().equals("new_rural_area") ? GREEN : BLUE;
      if (disb && v < 15) {
        colour = RED;
      } else if (disb && v < 20) {
        colour = ORANGE;
      }
      bars.add(new SvgBarChart.Bar(Objects.toString(Cells.str(r, "province_name"), Cells.NA), v, Cells.vn(v, decimals) + unit, colour));
    }
    List<SvgBarChart.Line> lines = new ArrayList<>();
    if (g.median() != null) {
      lines.add(new SvgBarChart.Line(g.median(), "trung vị " + Cells.vn(g.median(), decimals) + unit, DARK, true));
    }
    if (disb) {
      lines.add(new SvgBarChart.Line(15, "mốc 15 %", RED, false));
      lines.add(new SvgBarChart.Line(20, "mốc 20 %", ORANGE, false));
    }
    h.append(SvgBarChart.render(g.label(), bars, lines, disb || g.table().equals("new_rural_area") ? 100 : 0)).append('\n');
    if (disb) {
      long b15 = g.ranked().stream().filter(r -> Cells.num(r, "pct_of_plan") < 15).count();
      long b20 = g.ranked().stream().filter(r -> Cells.num(r, "pct_of_plan") < 20).count();
      h.append("<p class=\"note\">Dưới 15 %: ").append(b15).append(" tỉnh; dưới 20 %: ").append(b20).append(" tỉnh.</p>\n");
    }
    h.append("<table>\n<tr><th>Hạng</th><th>Tỉnh</th><th>").append(Html.esc(g.valueHeader())).append("</th>");
    if (g.table().equals("budget")) {
      h.append("<th>% dự toán/kế hoạch</th><th>Bình quân tháng (tỷ đồng)</th>");
    } else if (disb) {
      h.append("<th>Đã giải ngân (tỷ đồng)</th><th>Căn cứ</th>");
    } else {
      h.append("<th>Xã đạt chuẩn / tổng số xã</th><th>Tính đến</th>");
    }
    h.append("<th>So với trung vị</th><th>Đánh giá</th><th>Nguồn</th></tr>\n");
    for (Map<String, Object> r : g.ranked()) {
      double v = Cells.num(r, g.valueColumn());
      String cls = disb && v < 15 ? " class=\"low15\"" : disb && v < 20 ? " class=\"low20\"" : "";
      String rankCol = g.table().equals("new_rural_area") ? "rank_by_share" : "rank_in_group";
      h.append("<tr").append(cls).append("><td class=\"n\">").append(Cells.vn(Cells.num(r, rankCol), 0)).append("</td><td>")
          .append(Html.esc(Cells.str(r, "province_name"))).append("</td><td class=\"n\">").append(Cells.vn(v, decimals)).append("</td>");
      if (g.table().equals("budget")) {
        num(h, Cells.num(r, "pct_of_plan"), 2);
        num(h, Cells.num(r, "monthly_avg_vnd_billion"), 3);
      } else if (disb) {
        num(h, Cells.num(r, "disbursed_vnd_billion"), 3);
        text(h, view.values().cell("plan_basis", false, Cells.str(r, "plan_basis")));
      } else {
        Double a = Cells.num(r, "ntm_communes");
        Double t = Cells.num(r, "total_communes");
        text(h, (a == null ? Cells.NA : Cells.vn(a, 0)) + " / " + (t == null ? Cells.NA : Cells.vn(t, 0)));
        text(h, Cells.date(r, "as_of") == null ? null : PeriodText.date(Cells.date(r, "as_of")));
      }
      text(h, view.values().cell("vs_median", false, Cells.str(r, "vs_median")));
      text(h, view.values().cell("flags", false, Cells.str(r, "flags")));
      List<String> files = new ArrayList<>();
      List<String> ids = Cells.docIds(r);
      for (String d : ids.subList(0, Math.min(ids.size(), ReportInputs.SOURCE_DOCS))) {
        files.add(view.data().files().getOrDefault(d, d));
      }
      if (ids.size() > ReportInputs.SOURCE_DOCS) {
        files.add("và " + (ids.size() - ReportInputs.SOURCE_DOCS) + " nguồn khác");
      }
      text(h, String.join("; ", files));
      h.append("</tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void num(StringBuilder h, Double d, int decimals) {
    if (d == null) {
      h.append("<td class=\"na\">N/A</td>");
    } else {
      h.append("<td class=\"n\">").append(Cells.vn(d, decimals)).append("</td>");
    }
  }

  private static void text(StringBuilder h, String s) {
    if (s == null || s.isEmpty()) {
      h.append("<td class=\"na\">N/A</td>");
    } else {
      h.append("<td>").append(Html.esc(s)).append("</td>");
    }
  }

  private static void profiles(StringBuilder h, PlannerView view) {
    // province → lines of (table, period, figure, rank or reason), in table order
    Map<String, List<String[]>> byProvince = new TreeMap<>(PlannerView.VIETNAMESE);
    Map<String, String> tableNames = new LinkedHashMap<>();
    for (PlannerView.Sheet s : view.sheets()) {
      tableNames.put(s.table(), s.name());
    }
    for (String table : List.of("budget", "disbursement", "new_rural_area")) {
      PlannerView.Sheet sheet = view.sheets().stream().filter(s -> s.table().equals(table)).findFirst().orElseThrow();
      PlannerView.Col rankCol = sheet.cols().stream().filter(c -> c.fmt() == PlannerView.Fmt.RANK).findFirst().orElseThrow();
      for (Map<String, Object> r : sheet.rows()) {
        String p = Objects.toString(Cells.str(r, "province_name"), Cells.NA);
        Double v = Cells.num(r, PlannerView.valueColumn(table));
        String figure = v == null ? Cells.NA : Cells.vn(v, table.equals("budget") ? 3 : 2) + (table.equals("budget") ? " tỷ đồng" : " %");
        if (v == null && Cells.str(r, "flags") != null) {
          figure = "N/A (" + view.values().cell("flags", false, Cells.str(r, "flags")) + ")";
        }
        String why = view.reason(table, r);
        byProvince.computeIfAbsent(p, k -> new ArrayList<>()).add(new String[] {TITLES.get(table),
            view.period(table, r, null), figure, why == null ? view.text(sheet, r, rankCol) : why, Cells.str(r, "group_size")});
      }
    }
    if (byProvince.isEmpty()) {
      h.append("<p>Không có tỉnh nào có số liệu.</p>\n");
      return;
    }
    for (Map.Entry<String, List<String[]>> e : byProvince.entrySet()) {
      h.append("<div class=\"profile\">\n<h3>").append(Html.esc(e.getKey())).append("</h3>\n<table>\n")
          .append("<tr><th>Chỉ tiêu</th><th>Kỳ</th><th>Số liệu</th><th>Xếp hạng</th></tr>\n");
      for (String[] l : e.getValue()) {
        h.append("<tr><td>").append(Html.esc(l[0])).append("</td><td>").append(Html.esc(l[1])).append("</td><td class=\"n\">")
            .append(Html.esc(l[2])).append("</td>");
        boolean ranked = l[3].matches("\\d+");
        if (ranked) {
          h.append("<td>").append(l[3]).append(" / ").append(Html.esc(l[4])).append("</td>");
        } else {
          h.append("<td class=\"").append(l[3].equals(PlannerView.ALONE) ? "alone" : "na").append("\">").append(Html.esc(l[3]))
              .append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</table>\n</div>\n");
    }
  }
}
