package vn.baocao.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code baocao.xlsx}: an "Đọc trước" sheet (what each table compares, the rows that
 * cannot be compared and why), one compact sheet per comparison table (Vietnamese headers and
 * values, numbers as numbers with tỷ đồng / % formats, N/A as "N/A", header frozen, filters
 * on), and a "Nguồn" sheet with every row's documents and sentences, linked both ways.
 *
 * <p>Streams rows (SXSSF) so a nightly run over thousands of reports does not hold the whole
 * workbook in memory. Cell contents depend only on the data: the same input gives the same
 * cells on every run (the zip entries' timestamps may differ).
 */
public final class WorkbookWriter {
  /** Sheet of the reading notes. */
  public static final String README_SHEET = "Đọc trước";
  /** Sheet of the sources. */
  public static final String SOURCES_SHEET = "Nguồn";
  /** Excel's last row (1,048,576 rows, header included). */
  static final int MAX_ROWS = 1_048_575;
  /**
   * Hyperlinks per sheet. Excel keeps at most 65,530 per worksheet and repairs a file with
   * more by dropping them; POI also holds every link as an XML object until the file is
   * written (at a million reports, some 366,000 source links took about half a gigabyte of the
   * driver's heap). Rows past the limit keep their text and row number, without a link.
   */
  static final int MAX_LINKS = 65_530;

  private WorkbookWriter() {}

  private static final class Styles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle amount;
    final CellStyle pct;
    final CellStyle count;
    final CellStyle na;
    final CellStyle naRight;
    final CellStyle link;
    final CellStyle title;

    Styles(Workbook wb) {
      CreationHelper h = wb.getCreationHelper();
      Font bold = wb.createFont();
      bold.setBold(true);
      header = wb.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.TOP);
      header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      text = wb.createCellStyle();
      text.setVerticalAlignment(VerticalAlignment.TOP);
      wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      amount = numberStyle(wb, h, "#,##0.0");
      pct = numberStyle(wb, h, "0.0\" %\"");
      count = numberStyle(wb, h, "#,##0");
      Font grey = wb.createFont();
      grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
      grey.setItalic(true);
      na = wb.createCellStyle();
      na.setFont(grey);
      na.setVerticalAlignment(VerticalAlignment.TOP);
      naRight = wb.createCellStyle();
      naRight.cloneStyleFrom(na);
      naRight.setAlignment(HorizontalAlignment.RIGHT);
      Font blue = wb.createFont();
      blue.setUnderline(Font.U_SINGLE);
      blue.setColor(IndexedColors.BLUE.getIndex());
      link = wb.createCellStyle();
      link.setFont(blue);
      link.setVerticalAlignment(VerticalAlignment.TOP);
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = wb.createCellStyle();
      title.setFont(big);
    }

    private static CellStyle numberStyle(Workbook wb, CreationHelper h, String format) {
      CellStyle s = wb.createCellStyle();
      s.setDataFormat(h.createDataFormat().getFormat(format));
      s.setVerticalAlignment(VerticalAlignment.TOP);
      return s;
    }
  }

  /** Writes the workbook of {@code view} to {@code out} (the stream is not closed). */
  public static void write(PlannerView view, OutputStream out) throws IOException {
    write(view, out, MAX_LINKS);
  }

  /** As {@link #write(PlannerView, OutputStream)}, with at most {@code maxLinks} hyperlinks per sheet. */
  static void write(PlannerView view, OutputStream out, int maxLinks) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    try {
      Styles st = new Styles(wb);
      List<PlannerView.Sheet> sheets = view.sheets();
      Set<String> used = new HashSet<>();
      Sheet readme = wb.createSheet(sheetName(README_SHEET, used));
      List<String> names = new ArrayList<>();
      for (PlannerView.Sheet s : sheets) {
        names.add(sheetName(s.name(), used));
      }
      String sourcesName = sheetName(SOURCES_SHEET, used);
      // sources are laid out first so every table row can link to its first source line
      List<Object[]> sourceLines = new ArrayList<>();
      List<int[]> firstSource = new ArrayList<>();
      for (int si = 0; si < sheets.size(); si++) {
        PlannerView.Sheet s = sheets.get(si);
        int[] first = new int[s.rows().size()];
        for (int ri = 0; ri < s.rows().size(); ri++) {
          Map<String, Object> row = s.rows().get(ri);
          List<PlannerView.Source> src = view.sources(s.table(), row);
          first[ri] = src.isEmpty() || sourceLines.size() >= MAX_ROWS ? -1 : sourceLines.size() + 1;
          for (PlannerView.Source x : src) {
            if (sourceLines.size() < MAX_ROWS) {
              sourceLines.add(new Object[] {si, ri, view.who(s.table(), row), x});
            }
          }
        }
        firstSource.add(first);
      }
      for (int si = 0; si < sheets.size(); si++) {
        tableSheet(wb, st, sheets.get(si), names.get(si), sourcesName, firstSource.get(si), view, maxLinks);
      }
      sourcesSheet(wb, st, sourcesName, sourceLines, sheets, names, maxLinks);
      readmeSheet(readme, st, view, sheets, names);
      wb.setActiveSheet(0);
      wb.write(out);
    } finally {
      wb.close();
      wb.dispose();
    }
  }

  /** A valid, unique sheet name: at most 31 characters, none of []:*?/\ . */
  static String sheetName(String wanted, Set<String> used) {
    String base = WorkbookUtil.createSafeSheetName(wanted, '-');
    String name = base;
    for (int i = 2; used.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
      String suffix = " (" + i + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    used.add(name.toLowerCase(java.util.Locale.ROOT));
    return name;
  }

  private static void tableSheet(SXSSFWorkbook wb, Styles st, PlannerView.Sheet s, String name, String sourcesName,
      int[] firstSource, PlannerView view, int maxLinks) {
    SXSSFSheet sh = wb.createSheet(name);
    List<PlannerView.Col> cols = s.cols();
    Row h = sh.createRow(0);
    h.setHeightInPoints(45);
    for (int c = 0; c < cols.size(); c++) {
      Cell cell = h.createCell(c);
      cell.setCellValue(cols.get(c).header());
      cell.setCellStyle(st.header);
      sh.setColumnWidth(c, width(cols.get(c)));
    }
    sh.createFreezePane(1, 1);
    // printed or exported, a sheet fits the page width: planners print these for meetings
    sh.setFitToPage(true);
    sh.getPrintSetup().setLandscape(true);
    sh.getPrintSetup().setFitWidth((short) 1);
    sh.getPrintSetup().setFitHeight((short) 0);
    sh.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    int n = Math.min(s.rows().size(), MAX_ROWS);
    sh.setAutoFilter(new CellRangeAddress(0, Math.max(n, 1), 0, cols.size() - 1));
    CreationHelper helper = wb.getCreationHelper();
    int links = 0;
    for (int ri = 0; ri < n; ri++) {
      Map<String, Object> row = s.rows().get(ri);
      Row r = sh.createRow(ri + 1);
      for (int c = 0; c < cols.size(); c++) {
        PlannerView.Col col = cols.get(c);
        Cell cell = r.createCell(c);
        Double d = view.number(s, row, col);
        if (d != null) {
          cell.setCellValue(d);
          cell.setCellStyle(switch (col.fmt()) {
            case PCT -> st.pct;
            case COUNT, INT, RANK -> st.count;
            default -> st.amount;
          });
          continue;
        }
        String t = Cells.fit(view.text(s, row, col));
        cell.setCellValue(t);
        if (col.fmt() == PlannerView.Fmt.SOURCES && firstSource[ri] > 0 && links++ < maxLinks) {
          Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
          link.setAddress("'" + sourcesName + "'!A" + (firstSource[ri] + 1));
          cell.setHyperlink(link);
          cell.setCellStyle(st.link);
        } else if (Cells.NA.equals(t)) {
          cell.setCellStyle(numeric(col.fmt()) ? st.naRight : st.na);
        } else {
          cell.setCellStyle(col.fmt() == PlannerView.Fmt.NOTES ? st.wrap : st.text);
        }
      }
    }
  }

  private static boolean numeric(PlannerView.Fmt f) {
    return switch (f) {
      case AMOUNT, PCT, COUNT, INT, VALUE, RANK -> true;
      default -> false;
    };
  }

  private static int width(PlannerView.Col col) {
    int chars = switch (col.fmt()) {
      case NOTES -> 50;
      case PERIOD -> 24;
      case TEXT -> 22;
      case CODE -> 20;
      case RANK -> 30;
      default -> 13;
    };
    return chars * 256;
  }

  private static void sourcesSheet(SXSSFWorkbook wb, Styles st, String name, List<Object[]> lines, List<PlannerView.Sheet> sheets,
      List<String> names, int maxLinks) {
    SXSSFSheet sh = wb.createSheet(name);
    String[] head = {"Bảng", "Dòng", "Tỉnh / đơn vị", "Mã tài liệu", "Tệp nguồn", "Chỉ tiêu", "Câu trích dẫn"};
    int[] widths = {22, 8, 26, 18, 40, 26, 100};
    Row h = sh.createRow(0);
    for (int c = 0; c < head.length; c++) {
      Cell cell = h.createCell(c);
      cell.setCellValue(head[c]);
      cell.setCellStyle(st.header);
      sh.setColumnWidth(c, widths[c] * 256);
    }
    sh.createFreezePane(0, 1);
    sh.setAutoFilter(new CellRangeAddress(0, Math.max(lines.size(), 1), 0, head.length - 1));
    CreationHelper helper = wb.getCreationHelper();
    for (int i = 0; i < lines.size(); i++) {
      Object[] l = lines.get(i);
      int si = (Integer) l[0];
      int ri = (Integer) l[1];
      PlannerView.Source src = (PlannerView.Source) l[3];
      Row r = sh.createRow(i + 1);
      r.createCell(0).setCellValue(sheets.get(si).name());
      Cell back = r.createCell(1);
      back.setCellValue(ri + 2);
      if (i < maxLinks) {
        Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + names.get(si) + "'!A" + (ri + 2));
        back.setHyperlink(link);
        back.setCellStyle(st.link);
      }
      r.createCell(2).setCellValue(Cells.fit((String) l[2]));
      r.createCell(3).setCellValue(src.docId());
      r.createCell(4).setCellValue(Cells.fit(src.file()));
      r.createCell(5).setCellValue(src.indicator());
      Cell ev = r.createCell(6);
      ev.setCellValue(Cells.fit(src.evidence()));
      ev.setCellStyle(st.wrap);
    }
  }

  private static void readmeSheet(Sheet sh, Styles st, PlannerView view, List<PlannerView.Sheet> sheets, List<String> names) {
    sh.setFitToPage(true);
    sh.getPrintSetup().setFitWidth((short) 1);
    sh.getPrintSetup().setFitHeight((short) 0);
    sh.setColumnWidth(0, 26 * 256);
    sh.setColumnWidth(1, 70 * 256);
    sh.setColumnWidth(2, 24 * 256);
    sh.setColumnWidth(3, 26 * 256);
    int r = 0;
    cell(sh, r++, 0, "Báo cáo so sánh giữa các tỉnh — đọc trước khi dùng", st.title);
    r++;
    String[] rules = {
        "Mỗi số liệu lấy từ một câu trong báo cáo của tỉnh; sheet \"" + SOURCES_SHEET + "\" ghi tệp nguồn và câu trích dẫn của từng dòng.",
        "Chỉ so sánh, xếp hạng các tỉnh trong cùng một nhóm so sánh: cùng loại kỳ (tháng, quý, 6 tháng, từ đầu năm...) và cùng ngày kết thúc kỳ; nông thôn mới: cùng bộ tiêu chí.",
        "Tỉnh không có tỉnh nào cùng kỳ: ghi \"" + PlannerView.ALONE + "\", không xếp hạng 1.",
        "N/A: báo cáo không nêu số liệu này (không phải số 0).",
        "Số tiền tính bằng tỷ đồng; tỷ lệ tính bằng % (24,6 nghĩa là 24,6 %).",
        "Bộ dữ liệu đầy đủ cho kỹ thuật viên: các tệp CSV và Parquet trong cùng thư mục (cột tiếng Anh, không đổi)."};
    for (String s : rules) {
      cell(sh, r++, 0, "• " + s, st.text);
    }
    r++;
    Row hr = sh.createRow(r++);
    String[] head = {"Sheet", "So sánh gì", "Số dòng", "Nhóm có từ 2 tỉnh trở lên"};
    for (int c = 0; c < head.length; c++) {
      Cell x = hr.createCell(c);
      x.setCellValue(head[c]);
      x.setCellStyle(st.header);
    }
    List<PlannerView.Group> groups = view.groups();
    for (int i = 0; i < sheets.size(); i++) {
      PlannerView.Sheet s = sheets.get(i);
      Row row = sh.createRow(r++);
      row.createCell(0).setCellValue(names.get(i));
      row.setHeightInPoints(32);
      Cell about = row.createCell(1);
      about.setCellValue(s.about());
      about.setCellStyle(st.wrap);
      row.createCell(2).setCellValue(s.rows().size());
      long g = groups.stream().filter(x -> x.table().equals(s.table())).count();
      boolean ranked = List.of("budget", "disbursement", "new_rural_area").contains(s.table());
      row.createCell(3).setCellValue(ranked ? Long.toString(g) : "—");
    }
    r++;
    List<PlannerView.NotComparable> nc = view.notComparable();
    cell(sh, r++, 0, "Các dòng không so sánh được (" + nc.size() + ")", st.title);
    Row nh = sh.createRow(r++);
    String[] nhead = {"Sheet", "Lý do", "Tỉnh", "Kỳ báo cáo"};
    for (int c = 0; c < nhead.length; c++) {
      Cell x = nh.createCell(c);
      x.setCellValue(nhead[c]);
      x.setCellStyle(st.header);
    }
    for (PlannerView.NotComparable x : nc) {
      if (r >= MAX_ROWS) {
        break;
      }
      Row row = sh.createRow(r++);
      row.createCell(0).setCellValue(x.tableName());
      Cell why = row.createCell(1);
      why.setCellValue(Cells.fit(x.reason()));
      why.setCellStyle(st.wrap);
      row.createCell(2).setCellValue(x.who());
      row.createCell(3).setCellValue(x.period());
    }
  }

  private static void cell(Sheet sh, int r, int c, String text, CellStyle style) {
    Row row = sh.getRow(r) != null ? sh.getRow(r) : sh.createRow(r);
    Cell cell = row.createCell(c);
    cell.setCellValue(text);
    cell.setCellStyle(style);
  }
}
