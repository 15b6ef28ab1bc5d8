package vn.baocao.report;

import java.time.LocalDate;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import vn.baocao.io.Labels;
import vn.baocao.io.ValueLabels;

/**
 * What a planner reads, shared by the workbook and the HTML report so both say the same thing:
 * the compact sheets (planner columns only, in planner order, Vietnamese headers and values),
 * the comparable groups that hold at least two provinces, the rows that cannot be compared and
 * why, and the sentences behind every row.
 *
 * <p>A chart or ranking only ever holds rows of one comparison group. A province alone in its
 * group is "không có tỉnh cùng kỳ để so sánh", never rank 1.
 */
public final class PlannerView {
  /** Shown instead of a rank for a province alone in its comparison group. */
  public static final String ALONE = "không có tỉnh cùng kỳ để so sánh";
  /** Shown instead of a rank for a unit alone in its province's group. */
  public static final String ALONE_UNIT = "không có đơn vị cùng kỳ để so sánh";

  /** How a column is shown. */
  public enum Fmt { TEXT, AMOUNT, PCT, COUNT, INT, DATE, PERIOD, RANK, BOOL, CODE, NOTES, SOURCES, VALUE }

  /** One planner column: the source column (or a report_* pseudo column), header and format. */
  public record Col(String key, String header, Fmt fmt, String kind) {}

  /** One sheet of the workbook: a comparison table's planner columns and the rows shown. */
  public record Sheet(String table, String name, String about, List<Col> cols, List<Map<String, Object>> rows) {}

  /** A comparison group of at least two ranked provinces, best first. */
  public record Group(String table, String key, String label, String valueColumn, String valueHeader, Fmt fmt,
      List<Map<String, Object>> ranked, Double median, boolean mixedBases, String bases) {}

  /** A row that is not in any ranking, with the reason in words. */
  public record NotComparable(String table, String tableName, String who, String period, String reason) {}

  /** One source line: a document behind a sheet row and the sentence that states the figure. */
  public record Source(String docId, String file, String indicator, String evidence) {}

  private final ReportData data;
  private final ValueLabels vi;
  private final PeriodText periods;
  private final Map<String, String> headers;
  private final Map<String, List<ReportData.Evidence>> byDoc = new HashMap<>();

  /** A view of {@code data} in Vietnamese. */
  public PlannerView(ReportData data) {
    this.data = data;
    this.vi = ValueLabels.vietnamese();
    this.periods = new PeriodText(vi);
    this.headers = Labels.load("vi");
    for (ReportData.Evidence e : data.evidence()) {
      byDoc.computeIfAbsent(e.docId(), k -> new ArrayList<>()).add(e);
    }
  }

  public ReportData data() {
    return data;
  }

  public ValueLabels values() {
    return vi;
  }

  // ------------------------------------------------------------------ sheets

  private Col c(String key, Fmt fmt) {
    return new Col(key, headers.getOrDefault(key, key), fmt, null);
  }

  private Col code(String key, String kind) {
    return new Col(key, headers.getOrDefault(key, key), Fmt.CODE, kind);
  }

  private List<Sheet> sheets;

  /**
   * Names in Vietnamese alphabetical order (Bắc Giang before Bình Định), then by code point so
   * the order is total and the same on every run.
   */
  public static final Comparator<String> VIETNAMESE = vietnamese();

  private static Comparator<String> vietnamese() {
    Collator c = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
    c.setStrength(Collator.TERTIARY);
    // Sorting 20,000 unit rows compares the same hundred province names a million times: each
    // name's collation key is made once (keys compare in the collator's order, without it).
    Map<String, CollationKey> keys = new ConcurrentHashMap<>();
    return Comparator.comparing((String a) -> keys.computeIfAbsent(a, k -> {
      synchronized (c) {
        return c.getCollationKey(k);
      }
    })).thenComparing(Comparator.naturalOrder());
  }

  /**
   * Comparison sheets in planner order: revenue, disbursement, NTM, the province card, units.
   * Rows read as a planner reads them: latest period first, each comparison group together,
   * best rank first, unranked rows after; the same data always gives the same order.
   */
  public List<Sheet> sheets() {
    if (sheets == null) {
      sheets = List.copyOf(buildSheets());
    }
    return sheets;
  }

  private static Comparator<Map<String, Object>> order(String table) {
    Comparator<Map<String, Object>> byProvince = Comparator.comparing(r -> Objects.toString(Cells.str(r, "province_name"), ""),
        VIETNAMESE);
    Comparator<Map<String, Object>> byRank = Comparator.comparing(r -> Cells.num(r, rankColumn(table, new Col("", "", Fmt.RANK, null))),
        Comparator.nullsLast(Comparator.naturalOrder()));
    Comparator<Map<String, Object>> latest = Comparator.comparing((Map<String, Object> r) -> Cells.date(r, "period_end"),
        Comparator.nullsLast(Comparator.reverseOrder()));
    Comparator<Map<String, Object>> type = Comparator.comparing(r -> Objects.toString(Cells.str(r, "period_type"), ""));
    Comparator<Map<String, Object>> version = Comparator.comparing(r -> Cells.num(r, "admin_version"),
        Comparator.nullsLast(Comparator.naturalOrder()));
    return switch (table) {
      case "budget", "disbursement" -> version.thenComparing(latest).thenComparing(type).thenComparing(byRank).thenComparing(byProvince);
      case "new_rural_area" -> version.thenComparing(r -> Objects.toString(Cells.str(r, "ntm_standard"), ""))
          .thenComparing(byRank).thenComparing(byProvince);
      case "units" -> byProvince.thenComparing(r -> Objects.toString(Cells.str(r, "indicator"), ""))
          .thenComparing(r -> Objects.toString(Cells.str(r, "measure"), "")).thenComparing(latest).thenComparing(type)
          .thenComparing(byRank).thenComparing(r -> Objects.toString(Cells.str(r, "area_name"), ""));
      default -> byProvince.thenComparing(version);
    };
  }

  private static List<Map<String, Object>> ordered(String table, List<Map<String, Object>> rows) {
    List<Map<String, Object>> l = new ArrayList<>(rows);
    // a stable sort: rows equal on the planner keys keep the CSV order, which is total
    l.sort(order(table));
    return l;
  }

  private List<Sheet> buildSheets() {
    List<Sheet> s = new ArrayList<>();
    s.add(new Sheet("budget", "Thu ngân sách",
        "Thu ngân sách nhà nước trên địa bàn theo tỉnh và kỳ báo cáo; chỉ xếp hạng các tỉnh có cùng loại kỳ và cùng ngày kết thúc kỳ.",
        List.of(c("province_name", Fmt.TEXT), c("report_period", Fmt.PERIOD), c("revenue_vnd_billion", Fmt.AMOUNT),
            c("months_covered", Fmt.INT), c("monthly_avg_vnd_billion", Fmt.AMOUNT), c("pct_of_plan", Fmt.PCT),
            code("plan_basis", "basis"), c("change_yoy_pct", Fmt.PCT), c("domestic_revenue_vnd_billion", Fmt.AMOUNT),
            c("expenditure_vnd_billion", Fmt.AMOUNT), c("report_rank", Fmt.RANK), c("group_size", Fmt.INT),
            c("group_median", Fmt.AMOUNT), code("vs_median", "vs_median"), code("tier", "tier"), code("flags", "assessment"),
            c("report_notes", Fmt.NOTES), c("report_sources", Fmt.SOURCES)),
        ordered("budget", data.rows("budget"))));
    s.add(new Sheet("disbursement", "Giải ngân đầu tư công",
        "Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch; xếp hạng trong cùng kỳ; dưới 15 % và dưới 20 % là mức Bộ Tài chính nêu tên.",
        List.of(c("province_name", Fmt.TEXT), c("report_period", Fmt.PERIOD), c("pct_of_plan", Fmt.PCT),
            code("plan_basis", "basis"), c("disbursed_vnd_billion", Fmt.AMOUNT), c("plan_vnd_billion", Fmt.AMOUNT),
            c("change_yoy_pct", Fmt.PCT), c("report_rank", Fmt.RANK), c("group_size", Fmt.INT), c("group_median_pct", Fmt.PCT),
            code("vs_median", "vs_median"), c("below_15_pct", Fmt.BOOL), c("below_20_pct", Fmt.BOOL), code("tier", "tier"),
            code("flags", "assessment"), c("report_notes", Fmt.NOTES), c("report_sources", Fmt.SOURCES)),
        ordered("disbursement", data.rows("disbursement"))));
    s.add(new Sheet("new_rural_area", "Nông thôn mới",
        "Số xã đạt chuẩn nông thôn mới tại ngày gần nhất; chỉ xếp hạng tỷ lệ trong cùng bộ tiêu chí.",
        List.of(c("province_name", Fmt.TEXT), c("as_of", Fmt.DATE), code("ntm_standard", "ntm_standard"),
            c("ntm_communes", Fmt.COUNT), c("total_communes", Fmt.COUNT), c("share_pct", Fmt.PCT),
            c("advanced_communes", Fmt.COUNT), c("model_communes", Fmt.COUNT), c("ntm_districts", Fmt.COUNT),
            c("report_rank", Fmt.RANK), c("group_size", Fmt.INT), c("group_median_pct", Fmt.PCT),
            code("vs_median", "vs_median"), code("tier", "tier"), c("report_notes", Fmt.NOTES), c("report_sources", Fmt.SOURCES)),
        ordered("new_rural_area", data.rows("new_rural_area"))));
    List<Col> card = new ArrayList<>();
    card.add(c("province_name", Fmt.TEXT));
    card.add(c("indicators_known", Fmt.INT));
    for (String i : ReportInputs.scorecardIndicators()) {
      card.add(new Col(i, headers.getOrDefault(i, i) + unitSuffix(i), scoreFmt(i), i));
      card.add(new Col(i + "_period", headers.getOrDefault(i, i) + " - kỳ", Fmt.PERIOD, i));
      card.add(new Col(i + "_rank", headers.getOrDefault(i + "_rank", i), Fmt.RANK, i));
    }
    card.add(c("report_sources", Fmt.SOURCES));
    List<Map<String, Object>> known = new ArrayList<>();
    for (Map<String, Object> r : data.rows("scorecard")) {
      Double k = Cells.num(r, "indicators_known");
      if (k != null && k > 0) {
        known.add(r);
      }
    }
    s.add(new Sheet("scorecard", "Tổng hợp theo tỉnh",
        "Số liệu gần nhất của từng chỉ tiêu trọng tâm theo tỉnh (chỉ các tỉnh có ít nhất một chỉ tiêu); mỗi số có kỳ riêng, hạng là hạng trong nhóm cùng kỳ.",
        card, ordered("scorecard", known)));
    s.add(new Sheet("units", "Huyện, thị xã, thành phố",
        "Số liệu của đơn vị cấp huyện; xếp hạng giữa các đơn vị cùng tỉnh, cùng chỉ tiêu và cùng kỳ."
            + (data.totalRows("units") > data.rows("units").size() ? " Sổ này chỉ có " + data.rows("units").size()
                + " dòng đầu trong tổng số " + data.totalRows("units") + "; units.csv có đủ." : ""),
        List.of(c("province_name", Fmt.TEXT), code("area_level", "area_level"), c("area_name", Fmt.TEXT),
            code("indicator", "indicator"), code("measure", "measure"), c("value", Fmt.VALUE), code("unit", "unit"),
            code("basis", "basis"), c("report_period", Fmt.PERIOD), c("report_rank", Fmt.RANK), c("group_size", Fmt.INT),
            c("province_value", Fmt.VALUE), c("exceeds_province", Fmt.BOOL), code("assessment", "assessment"),
            c("report_notes", Fmt.NOTES), c("report_sources", Fmt.SOURCES)),
        ordered("units", data.rows("units"))));
    return s;
  }

  private static String unitSuffix(String indicator) {
    if (indicator.equals("disbursement")) {
      return " (% kế hoạch)";
    }
    return indicator.startsWith("ntm_") ? "" : " (tỷ đồng)";
  }

  private static Fmt scoreFmt(String indicator) {
    if (indicator.equals("disbursement")) {
      return Fmt.PCT;
    }
    return indicator.startsWith("ntm_") ? Fmt.COUNT : Fmt.AMOUNT;
  }

  // ------------------------------------------------------------------ cells

  /** The number a numeric cell holds, or null for N/A (or a non-numeric column). */
  public Double number(Sheet sheet, Map<String, Object> row, Col col) {
    switch (col.fmt()) {
      case AMOUNT, PCT, COUNT, INT, VALUE:
        return Cells.num(row, col.key());
      case RANK:
        return Cells.num(row, rankColumn(sheet.table(), col));
      default:
        return null;
    }
  }

  /** A cell as text: translated codes, periods in words, "N/A" where nothing is known. */
  public String text(Sheet sheet, Map<String, Object> row, Col col) {
    switch (col.fmt()) {
      case PERIOD:
        return period(sheet.table(), row, col);
      case RANK:
        return rank(sheet.table(), row, col);
      case NOTES:
        return String.join("; ", notes(sheet.table(), row));
      case SOURCES: {
        int n = Cells.docIds(row).size();
        return n == 0 ? Cells.NA : n + " nguồn";
      }
      case BOOL: {
        Boolean b = Cells.bool(row, col.key());
        return b == null ? Cells.NA : vi.bool(b);
      }
      case DATE: {
        LocalDate d = Cells.date(row, col.key());
        return d == null ? Cells.NA : PeriodText.date(d);
      }
      case CODE: {
        String v = Cells.str(row, col.key());
        return v == null ? Cells.NA : vi.cell(col.kind(), false, v);
      }
      case TEXT: {
        String v = Cells.str(row, col.key());
        return v == null ? Cells.NA : v;
      }
      default: {
        Double d = number(sheet, row, col);
        return d == null ? Cells.NA : Cells.vn(d, decimals(col.fmt()));
      }
    }
  }

  static int decimals(Fmt f) {
    return switch (f) {
      case COUNT, INT, RANK -> 0;
      case PCT -> 2;
      default -> 3;
    };
  }

  /** Who a row is about: the province, or "district, province" for a unit. */
  public String who(String table, Map<String, Object> row) {
    String p = Objects.toString(Cells.str(row, "province_name"), Cells.NA);
    if (table.equals("units")) {
      return Objects.toString(Cells.str(row, "area_name"), Cells.NA) + ", " + p;
    }
    return p;
  }

  /** The row's period in words (the scorecard: the given indicator's period). */
  public String period(String table, Map<String, Object> row, Col col) {
    if (table.equals("new_rural_area")) {
      LocalDate d = Cells.date(row, "as_of");
      return d == null ? Cells.NA : periods.text("as_of", d, d);
    }
    if (table.equals("scorecard")) {
      String i = col.kind();
      return periods.text(Cells.str(row, i + "_period"), null, Cells.date(row, i + "_period_end"));
    }
    return periods.text(Cells.str(row, "period_type"), Cells.date(row, "period_start"), Cells.date(row, "period_end"));
  }

  private static String rankColumn(String table, Col col) {
    return switch (table) {
      case "new_rural_area" -> "rank_by_share";
      case "units" -> "rank_in_province";
      case "scorecard" -> col.kind() + "_rank";
      default -> "rank_in_group";
    };
  }

  /** The table's ranked value column. */
  static String valueColumn(String table) {
    return switch (table) {
      case "budget" -> "revenue_vnd_billion";
      case "disbursement" -> "pct_of_plan";
      case "new_rural_area" -> "share_pct";
      default -> "value";
    };
  }

  private String rank(String table, Map<String, Object> row, Col col) {
    Double r = Cells.num(row, rankColumn(table, col));
    if (r != null) {
      return Cells.vn(r, 0);
    }
    if (table.equals("scorecard")) {
      // the scorecard shows whole-province values only: a value without a rank stood alone
      return Cells.num(row, col.kind()) == null ? Cells.NA : ALONE;
    }
    String reason = reason(table, row);
    return ALONE.equals(reason) || ALONE_UNIT.equals(reason) ? reason : Cells.NA;
  }

  /**
   * Why a row of a ranked table has no rank, or null when it has one. Units are ranked within
   * their province, so a unit alone there has no one to be compared with either.
   */
  public String reason(String table, Map<String, Object> row) {
    String rankCol = rankColumn(table, new Col("", "", Fmt.RANK, null));
    if (Cells.num(row, rankCol) != null) {
      return null;
    }
    if (Cells.num(row, valueColumn(table)) == null) {
      return switch (table) {
        case "budget" -> "không nêu số thu ngân sách (chỉ có tỷ lệ, đánh giá hoặc số liệu khác)";
        case "disbursement" -> "không nêu tỷ lệ giải ngân so với kế hoạch (chỉ có số tiền hoặc đánh giá)";
        case "new_rural_area" -> "không tính được tỷ lệ xã đạt chuẩn (thiếu tổng số xã)";
        default -> "không có giá trị số (đánh giá)";
      };
    }
    if ("partial".equals(Cells.str(row, "coverage"))) {
      return "số liệu chỉ của một phần tỉnh mới (" + Objects.toString(Cells.str(row, "former_provinces"), "") + ")";
    }
    Double n = Cells.num(row, "group_size");
    if (n != null && n < 2) {
      return table.equals("units") ? ALONE_UNIT : ALONE;
    }
    return "không xếp hạng";
  }

  /** Remarks a planner should read beside the figures. */
  public List<String> notes(String table, Map<String, Object> row) {
    List<String> n = new ArrayList<>();
    if (!table.equals("scorecard")) {
      String why = reason(table, row);
      if (why != null && !why.equals(ALONE) && !why.equals(ALONE_UNIT) && !"partial".equals(Cells.str(row, "coverage"))) {
        n.add("không xếp hạng: " + why);
      }
    }
    String former = Cells.str(row, "former_provinces");
    if ("partial".equals(Cells.str(row, "coverage"))) {
      n.add("chỉ gồm " + former + ", không xếp hạng");
    } else if (former != null && former.contains(";")) {
      n.add("cộng từ " + former);
    }
    if (Boolean.TRUE.equals(Cells.bool(row, "source_conflict"))) {
      n.add("các nguồn không thống nhất: " + Objects.toString(Cells.str(row, "conflicting_values"), ""));
    }
    if (Boolean.TRUE.equals(Cells.bool(row, "several_amounts_stated"))) {
      n.add("báo cáo nêu nhiều số thu, lấy số lớn nhất (tổng thu trên địa bàn)");
    }
    if (Boolean.TRUE.equals(Cells.bool(row, "share_mismatch"))) {
      n.add("tỷ lệ nêu trong báo cáo (" + Cells.vn(Cells.num(row, "stated_share_pct"), 2) + " %) khác tỷ lệ tính được");
    }
    String bases = Cells.str(row, "group_bases");
    if (bases != null && bases.contains(";")) {
      n.add("nhóm so sánh dùng nhiều căn cứ: " + vi.cell("group_bases", false, bases));
    }
    if (Boolean.TRUE.equals(Cells.bool(row, "exceeds_province"))) {
      n.add("lớn hơn số của cả tỉnh: có thể đọc nhầm đơn vị");
    }
    return n;
  }

  // ------------------------------------------------------------------ groups

  /** Comparison groups with at least two ranked provinces, in table order then group order. */
  public List<Group> groups() {
    List<Group> out = new ArrayList<>();
    for (String table : List.of("budget", "disbursement", "new_rural_area")) {
      Map<String, List<Map<String, Object>>> byGroup = new LinkedHashMap<>();
      // groups in the sheets' order: latest period first
      for (Map<String, Object> r : ordered(table, data.rows(table))) {
        String rankCol = table.equals("new_rural_area") ? "rank_by_share" : "rank_in_group";
        if (Cells.num(r, rankCol) != null) {
          byGroup.computeIfAbsent(Cells.str(r, "comparison_group"), k -> new ArrayList<>()).add(r);
        }
      }
      for (Map.Entry<String, List<Map<String, Object>>> e : byGroup.entrySet()) {
        List<Map<String, Object>> rows = new ArrayList<>(e.getValue());
        if (rows.size() < 2) {
          continue; // cannot happen with the group-of-one rule; kept so a chart never holds one bar
        }
        String rankCol = table.equals("new_rural_area") ? "rank_by_share" : "rank_in_group";
        rows.sort((a, b) -> {
          int c = Double.compare(Cells.num(a, rankCol), Cells.num(b, rankCol));
          return c != 0 ? c : Objects.toString(Cells.str(a, "province_name"), "").compareTo(Objects.toString(Cells.str(b, "province_name"), ""));
        });
        Map<String, Object> first = rows.get(0);
        String medCol = table.equals("budget") ? "group_median" : "group_median_pct";
        String bases = Cells.str(first, "group_bases");
        String valueCol = valueColumn(table);
        Fmt fmt = table.equals("budget") ? Fmt.AMOUNT : Fmt.PCT;
        out.add(new Group(table, e.getKey(), groupLabel(table, first), valueCol, headers.getOrDefault(valueCol, valueCol), fmt,
            List.copyOf(rows), Cells.num(first, medCol), bases != null && bases.contains(";"),
            bases == null ? null : vi.cell("group_bases", false, bases)));
      }
    }
    return out;
  }

  /** A group named for a planner: "5 tháng đầu năm 2024 · 63 tỉnh (trước 1/7/2025)". */
  public String groupLabel(String table, Map<String, Object> row) {
    Double av = Cells.num(row, "admin_version");
    String map = av != null && av.intValue() == 34 ? "34 tỉnh, thành phố (từ 1/7/2025)" : "63 tỉnh, thành phố (trước 1/7/2025)";
    if (table.equals("new_rural_area")) {
      return vi.label("ntm_standard", Cells.str(row, "ntm_standard")) + " · " + map;
    }
    return period(table, row, null) + " · " + map;
  }

  /** Every row of the ranked tables that is in no ranking, with its reason. */
  public List<NotComparable> notComparable() {
    List<NotComparable> out = new ArrayList<>();
    for (Sheet s : sheets()) {
      if (s.table().equals("scorecard") || s.table().equals("units")) {
        continue;
      }
      for (Map<String, Object> r : s.rows()) {
        String why = reason(s.table(), r);
        if (why != null) {
          out.add(new NotComparable(s.table(), s.name(), who(s.table(), r), period(s.table(), r, null), why));
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ sources

  /** The documents behind a row and, for each, the sentences stating the row's figures. */
  public List<Source> sources(String table, Map<String, Object> row) {
    List<Source> out = new ArrayList<>();
    List<String> ids = Cells.docIds(row);
    for (String doc : ids.subList(0, Math.min(ids.size(), ReportInputs.SOURCE_DOCS))) {
      String file = data.files().getOrDefault(doc, Cells.NA);
      if (!data.loaded(doc)) {
        out.add(new Source(doc, file, Cells.NA, "(câu trích dẫn không đưa vào sổ này vì quá nhiều nguồn; xem records.csv theo mã tài liệu)"));
        continue;
      }
      int before = out.size();
      for (ReportData.Evidence e : byDoc.getOrDefault(doc, List.of())) {
        if (matches(table, row, e)) {
          out.add(new Source(doc, e.sourceFile() != null ? e.sourceFile() : file, vi.label("indicator", e.indicator()),
              e.text() == null ? Cells.NA : e.text()));
        }
      }
      if (out.size() == before) {
        out.add(new Source(doc, file, Cells.NA, "(không tìm thấy câu trích dẫn khớp; xem records.csv theo mã tài liệu)"));
      }
    }
    if (ids.size() > ReportInputs.SOURCE_DOCS) {
      out.add(new Source("…", Cells.NA, Cells.NA, "và " + (ids.size() - ReportInputs.SOURCE_DOCS)
          + " tài liệu khác: mã tài liệu ở cột doc_ids của " + table + ".csv"));
    }
    return out;
  }

  private static boolean matches(String table, Map<String, Object> row, ReportData.Evidence e) {
    switch (table) {
      case "budget":
        return List.of("budget_revenue", "domestic_revenue", "budget_expenditure").contains(e.indicator())
            && sameProvince(row, e) && Objects.equals(Cells.date(row, "period_end"), e.periodEnd());
      case "disbursement":
        return e.indicator().equals("disbursement") && sameProvince(row, e)
            && Objects.equals(Cells.date(row, "period_end"), e.periodEnd());
      case "new_rural_area":
        return e.indicator().startsWith("ntm_") && sameProvince(row, e) && Objects.equals(Cells.date(row, "as_of"), e.periodEnd());
      case "scorecard":
        return ReportInputs.FOCUS.contains(e.indicator()) && sameProvince(row, e)
            && Objects.equals(Cells.date(row, e.indicator() + "_period_end"), e.periodEnd());
      case "units":
        return e.indicator().equals(Cells.str(row, "indicator")) && Objects.equals(e.areaName(), Cells.str(row, "area_name"))
            && Objects.equals(e.measure(), Cells.str(row, "measure")) && Objects.equals(Cells.date(row, "period_end"), e.periodEnd());
      default:
        return false;
    }
  }

  private static boolean sameProvince(Map<String, Object> row, ReportData.Evidence e) {
    if (!"province".equals(e.areaLevel())) {
      return false;
    }
    String code = Cells.str(row, "province_code");
    Double av = Cells.num(row, "admin_version");
    return Objects.equals(code, e.provinceCode())
        || (av != null && av.intValue() == 34 && Objects.equals(code, e.provinceCode2025()));
  }
}
