package vn.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.Options;
import vn.baocao.cli.Pipeline;
import vn.baocao.spark.SparkTestSession;

/**
 * The planner outputs of a real run on the 24 multi-province evaluation reports: the workbook
 * read back with POI, the HTML page, and that page rendered by headless Chromium. A second
 * {@code compare} (with {@code --labels vi}) on the first run's records must give the same
 * workbook cells and the same page, and Vietnamese values in its CSVs.
 */
class PlannerReportTest {
  private static SparkSession spark;
  @TempDir static Path tmp;
  private static Path out;
  private static Path again;

  private static final List<String> SHEETS = List.of("Đọc trước", "Thu ngân sách", "Giải ngân đầu tư công", "Nông thôn mới",
      "Tổng hợp theo tỉnh", "Huyện, thị xã, thành phố", "Nguồn");

  /** Codes a planner must never see in the workbook or the page. */
  private static final List<String> CODES = List.of("half_year", "nine_months", "ytd", "as_of", "upper_middle",
      "lower_middle", "assigned_plan", "criteria19_2021_2025", "vnd_billion", "pct_of_plan");

  @BeforeAll
  static void runOnTheEvaluationReports() throws Exception {
    spark = SparkTestSession.create("PlannerReportTest");
    Path reports = repo().resolve("data/eval/reports");
    out = tmp.resolve("out");
    again = tmp.resolve("again");
    Pipeline.run(spark, Options.parse(new String[] {"run", "--input", reports.toString(), "--output", out.toString()}));
    Pipeline.run(spark, Options.parse(new String[] {"compare", "--records", out.toString(), "--output", again.toString(),
        "--labels", "vi"}));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static Path repo() {
    return Path.of(System.getProperty("baocao.repo", "..")).toAbsolutePath().normalize();
  }

  static List<Map<String, String>> csv(Path file) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    List<Map<String, String>> rows = new ArrayList<>();
    try (Reader r = new java.io.StringReader(s.substring(1));
        CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord rec : p) {
        rows.add(new LinkedHashMap<>(rec.toMap()));
      }
    }
    return rows;
  }

  static XSSFWorkbook workbook(Path dir) throws IOException {
    try (InputStream in = Files.newInputStream(dir.resolve("baocao.xlsx"))) {
      return new XSSFWorkbook(in);
    }
  }

  /** Every cell of every sheet as shown text, "sheet!A1=text", in order. */
  static List<String> cells(XSSFWorkbook wb) {
    DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
    List<String> all = new ArrayList<>();
    for (Sheet sh : wb) {
      for (Row r : sh) {
        for (Cell c : r) {
          all.add(sh.getSheetName() + "!" + c.getAddress() + "=" + f.formatCellValue(c)
              + (c.getHyperlink() == null ? "" : " -> " + c.getHyperlink().getAddress()));
        }
      }
    }
    return all;
  }

  static Map<String, Integer> header(Sheet sh) {
    Map<String, Integer> m = new HashMap<>();
    for (Cell c : sh.getRow(0)) {
      m.put(c.getStringCellValue(), c.getColumnIndex());
    }
    return m;
  }

  // ------------------------------------------------------------------ workbook

  @Test
  void workbookHasThePlannerSheetsInOrderWithinExcelLimits() throws IOException {
    try (XSSFWorkbook wb = workbook(out)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).as("sheets of baocao.xlsx, in planner order").containsExactlyElementsOf(SHEETS);
      for (String n : names) {
        assertThat(n.length()).as("sheet name %s within Excel's 31 characters", n).isLessThanOrEqualTo(31);
        assertThat(n).as("sheet name %s without []:*?/\\", n).doesNotContainPattern("[\\[\\]:*?/\\\\]");
      }
      for (int i = 1; i < SHEETS.size(); i++) {
        XSSFSheet sh = wb.getSheetAt(i);
        assertThat(sh.getPaneInformation()).as("%s: header row frozen", sh.getSheetName()).isNotNull();
        assertThat(sh.getPaneInformation().isFreezePane()).as("%s: header row frozen", sh.getSheetName()).isTrue();
        assertThat(sh.getPaneInformation().getHorizontalSplitPosition()).as("%s: frozen below the header", sh.getSheetName())
            .isEqualTo((short) 1);
        assertThat(sh.getCTWorksheet().isSetAutoFilter()).as("%s: filters on", sh.getSheetName()).isTrue();
      }
      for (String c : cells(wb)) {
        String text = c.substring(c.indexOf('=') + 1);
        assertThat(text.length()).as("cell %s within Excel's 32,767 characters", c.substring(0, c.indexOf('=')))
            .isLessThanOrEqualTo(Cells.MAX_CELL);
      }
    }
  }

  @Test
  void planningSheetsShowVietnameseValuesNumbersAndNa() throws IOException {
    try (XSSFWorkbook wb = workbook(out)) {
      DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
      Set<String> texts = new HashSet<>();
      for (int i = 1; i < SHEETS.size() - 1; i++) {
        for (Row r : wb.getSheetAt(i)) {
          for (Cell c : r) {
            if (c.getCellType() == CellType.STRING) {
              texts.add(c.getStringCellValue());
            }
          }
        }
      }
      for (String code : CODES) {
        assertThat(texts).as("no planner cell is the raw code %s", code).doesNotContain(code);
      }
      assertThat(texts).as("periods in words").contains("9 tháng đầu năm 2023", "Năm 2023");
      assertThat(texts).as("N/A where a figure is not known").contains(Cells.NA);
      assertThat(texts).as("tiers and median positions in Vietnamese").contains("trên trung vị", "dưới trung vị");
      Sheet disb = wb.getSheet("Giải ngân đầu tư công");
      Map<String, Integer> h = header(disb);
      assertThat(h).as("compact disbursement sheet: planner columns only")
          .containsKeys("Tỉnh/thành phố", "Kỳ báo cáo", "% kế hoạch/dự toán", "Xếp hạng", "Nguồn")
          .doesNotContainKeys("Nhóm tứ phân vị", "Mã tài liệu nguồn", "Mã tỉnh", "province_code", "doc_ids");
      int pct = h.get("% kế hoạch/dự toán");
      int numeric = 0;
      for (Row r : disb) {
        Cell c = r.getCell(pct);
        if (r.getRowNum() > 0 && c != null && c.getCellType() == CellType.NUMERIC) {
          numeric++;
          assertThat(f.formatCellValue(c)).as("a percentage cell is formatted with %%").endsWith("%");
        }
      }
      assertThat(numeric).as("disbursement percentages are numbers, not text").isGreaterThan(5);
    }
  }

  @Test
  void aProvinceAloneInItsGroupIsNeverRankOne() throws IOException {
    List<Map<String, String>> budget = csv(out.resolve("comparisons/budget.csv"));
    Map<String, Integer> perGroup = new HashMap<>();
    int alone = 0;
    for (Map<String, String> r : budget) {
      if (!r.get("rank_in_group").isEmpty()) {
        perGroup.merge(r.get("comparison_group"), 1, Integer::sum);
      }
      if (r.get("group_size").equals("1") && !r.get("revenue_vnd_billion").isEmpty()) {
        alone++;
        assertThat(r.get("rank_in_group")).as("budget.csv: %s alone in %s has no rank", r.get("province_name"),
            r.get("comparison_group")).isEmpty();
        assertThat(r.get("tier")).as("budget.csv: no tier when alone").isEmpty();
        assertThat(r.get("group_median")).as("budget.csv: no median when alone").isEmpty();
      }
    }
    assertThat(alone).as("the evaluation set has provinces alone in their period").isGreaterThan(0);
    perGroup.forEach((g, n) -> assertThat(n).as("ranked rows in group %s", g).isGreaterThanOrEqualTo(2));

    try (XSSFWorkbook wb = workbook(out)) {
      Sheet sh = wb.getSheet("Thu ngân sách");
      int rank = header(sh).get("Xếp hạng");
      int shown = 0;
      for (Row r : sh) {
        Cell c = r.getCell(rank);
        if (r.getRowNum() > 0 && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(PlannerView.ALONE)) {
          shown++;
        }
      }
      assertThat(shown).as("budget sheet says '%s' for each province alone in its period", PlannerView.ALONE).isEqualTo(alone);
    }
  }

  @Test
  void hyperlinksStopAtTheLimitPerSheetAndEveryRowStays() throws IOException {
    Map<String, org.apache.spark.sql.Dataset<org.apache.spark.sql.Row>> tables = new LinkedHashMap<>();
    for (String t : vn.baocao.compare.Comparisons.TABLES) {
      tables.put(t, spark.read().parquet(out.resolve("comparisons/" + t).toString()));
    }
    PlannerView view = PlannerReport.view(tables, spark.read().parquet(out.resolve("records").toString()),
        spark.read().parquet(out.resolve("documents").toString()));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    WorkbookWriter.write(view, bytes, 3);
    try (XSSFWorkbook capped = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        XSSFWorkbook full = workbook(out)) {
      int sheetsWithMore = 0;
      for (Sheet f : full) {
        Sheet c = capped.getSheet(f.getSheetName());
        assertThat(c.getLastRowNum()).as("%s keeps every row", f.getSheetName()).isEqualTo(f.getLastRowNum());
        int fullLinks = links(f);
        assertThat(links(c)).as("%s: links up to the limit", f.getSheetName()).isEqualTo(Math.min(3, fullLinks));
        sheetsWithMore += fullLinks > 3 ? 1 : 0;
      }
      assertThat(sheetsWithMore).as("sheets with more links than the limit (the test must cut some)").isGreaterThan(1);
      Sheet src = capped.getSheet("Nguồn");
      assertThat(src.getRow(3).getCell(1).getHyperlink()).as("third source line still links back").isNotNull();
      assertThat(src.getRow(4).getCell(1).getHyperlink()).as("fourth source line has no link").isNull();
      assertThat(src.getRow(4).getCell(1).getNumericCellValue()).as("fourth source line keeps its row number")
          .isEqualTo(full.getSheet("Nguồn").getRow(4).getCell(1).getNumericCellValue());
    }
  }

  private static int links(Sheet sheet) {
    int n = 0;
    for (Row r : sheet) {
      for (Cell c : r) {
        n += c.getHyperlink() != null ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void everyRowLinksToItsSourcesAndBack() throws IOException {
    try (XSSFWorkbook wb = workbook(out)) {
      Sheet src = wb.getSheet("Nguồn");
      int withSentence = 0;
      for (Row r : src) {
        if (r.getRowNum() == 0) {
          continue;
        }
        Hyperlink back = r.getCell(1).getHyperlink();
        assertThat(back).as("Nguồn row %d links back to its table row", r.getRowNum() + 1).isNotNull();
        assertThat(back.getAddress()).as("link back names the table sheet").startsWith("'" + r.getCell(0).getStringCellValue() + "'!");
        assertThat(r.getCell(4).getStringCellValue()).as("Nguồn row %d names a source file", r.getRowNum() + 1).endsWith(".txt");
        if (!r.getCell(6).getStringCellValue().startsWith("(")) {
          withSentence++;
        }
      }
      assertThat(withSentence).as("source lines carrying the sentence").isGreaterThan(src.getLastRowNum() * 9 / 10);
      for (String name : List.of("Thu ngân sách", "Giải ngân đầu tư công", "Nông thôn mới")) {
        Sheet sh = wb.getSheet(name);
        int col = header(sh).get("Nguồn");
        for (Row r : sh) {
          if (r.getRowNum() == 0) {
            continue;
          }
          Hyperlink l = r.getCell(col).getHyperlink();
          assertThat(l).as("%s row %d links to its sources", name, r.getRowNum() + 1).isNotNull();
          int target = Integer.parseInt(l.getAddress().replaceAll(".*!A", "")) - 1;
          assertThat(src.getRow(target).getCell(0).getStringCellValue()).as("%s row %d: the linked source line is its own", name,
              r.getRowNum() + 1).isEqualTo(name);
          assertThat(src.getRow(target).getCell(1).getNumericCellValue()).as("%s row %d: the linked source line points back", name,
              r.getRowNum() + 1).isEqualTo(r.getRowNum() + 1);
        }
      }
    }
  }

  @Test
  void scorecardListsOnlyProvincesWithAKnownIndicator() throws IOException {
    long known = csv(out.resolve("comparisons/scorecard.csv")).stream().filter(r -> !r.get("indicators_known").equals("0")).count();
    assertThat(known).as("provinces with at least one indicator").isGreaterThan(3).isLessThan(63);
    try (XSSFWorkbook wb = workbook(out)) {
      assertThat(wb.getSheet("Tổng hợp theo tỉnh").getLastRowNum()).as("scorecard sheet rows").isEqualTo((int) known);
    }
  }

  @Test
  void readFirstSheetListsWhatCannotBeCompared() throws IOException {
    try (XSSFWorkbook wb = workbook(out)) {
      List<String> text = new ArrayList<>();
      for (Row r : wb.getSheet("Đọc trước")) {
        for (Cell c : r) {
          text.add(c.toString());
        }
      }
      assertThat(String.join("\n", text)).as("Đọc trước explains the rule and lists the rows")
          .contains("Các dòng không so sánh được", PlannerView.ALONE, "N/A", "Thu ngân sách", "Nông thôn mới");
    }
  }

  @Test
  void aRerunGivesTheSameWorkbookCellsAndTheSamePage() throws IOException {
    try (XSSFWorkbook a = workbook(out); XSSFWorkbook b = workbook(again)) {
      List<String> ca = cells(a);
      assertThat(ca).as("workbook cells").hasSizeGreaterThan(500);
      assertThat(cells(b)).as("workbook cells of a second compare on the same records").containsExactlyElementsOf(ca);
    }
    assertThat(Files.readString(again.resolve("report/index.html"), StandardCharsets.UTF_8))
        .as("report/index.html of a second compare").isEqualTo(Files.readString(out.resolve("report/index.html"), StandardCharsets.UTF_8));
  }

  @Test
  void labelsViTranslatesValuesInTheCsvs() throws IOException {
    List<Map<String, String>> vi = csv(again.resolve("comparisons/disbursement.csv"));
    Set<String> periods = new HashSet<>();
    Set<String> tiers = new HashSet<>();
    for (Map<String, String> r : vi) {
      periods.add(r.get("Loại kỳ"));
      tiers.add(r.get("Nhóm xếp loại"));
    }
    assertThat(periods).as("period types in Vietnamese").contains("9 tháng", "Năm").doesNotContain("nine_months", "year");
    assertThat(tiers).as("tiers in Vietnamese").contains("nhóm đầu").doesNotContain("top", "bottom");
    String en = Files.readString(out.resolve("comparisons/disbursement.csv"), StandardCharsets.UTF_8);
    assertThat(en).as("--labels en keeps the codes").contains("nine_months", "top");
  }

  @Test
  void manifestListsTheWorkbookAndThePage() throws IOException {
    String m = Files.readString(out.resolve("_manifest.json"), StandardCharsets.UTF_8);
    assertThat(m).as("_manifest.json outputs").contains("\"outputs\"", "\"baocao.xlsx\"", "\"report/index.html\"");
    assertThat(out.resolve("baocao.xlsx")).as("workbook written").isRegularFile();
  }

  // ------------------------------------------------------------------ HTML

  @Test
  void pageHasOneSectionPerGroupOfTwoOrMoreAndNeedsNoNetwork() throws IOException {
    String html = Files.readString(out.resolve("report/index.html"), StandardCharsets.UTF_8);
    int expected = 0;
    for (String t : List.of("budget", "disbursement", "new_rural_area")) {
      String rank = t.equals("new_rural_area") ? "rank_by_share" : "rank_in_group";
      Map<String, Integer> n = new HashMap<>();
      for (Map<String, String> r : csv(out.resolve("comparisons/" + t + ".csv"))) {
        if (!r.get(rank).isEmpty()) {
          n.merge(r.get("comparison_group"), 1, Integer::sum);
        }
      }
      expected += (int) n.values().stream().filter(x -> x >= 2).count();
    }
    assertThat(expected).as("groups of two or more provinces in the evaluation set").isGreaterThanOrEqualTo(3);
    Matcher sections = Pattern.compile("<section ").matcher(html);
    int found = 0;
    while (sections.find()) {
      found++;
    }
    assertThat(found).as("one section per comparison group with at least two provinces").isEqualTo(expected);
    assertThat(html.split("<svg ", -1).length - 1).as("one chart per group").isEqualTo(expected);
    assertThat(html).as("static page: no script, no external resource")
        .doesNotContain("<script", "<link ", "src=\"http", "href=\"http", "@import", "url(");
    assertThat(html).as("median and MoF call-outs drawn").contains("trung vị", "15 %", "20 %");
    assertThat(html).as("rows that cannot be compared are listed with the reason").contains(PlannerView.ALONE, "Hồ sơ từng tỉnh");
    for (String code : CODES) {
      assertThat(html).as("no raw code %s on the page", code).doesNotContain(">" + code + "<");
    }
  }

  @Test
  void chromiumRendersTheReportFromDisk() throws Exception {
    Path chromium = null;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          chromium = chromium == null ? p : chromium;
        }
      }
    }
    Assumptions.assumeTrue(chromium != null, "chromium is not installed (apt-get install -y chromium); .ci/run installs it");
    Path png = tmp.resolve("report.png");
    Path profile = Files.createTempDirectory(tmp, "chromium-profile");
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=1280,2000",
        out.resolve("report/index.html").toUri().toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
    boolean done = p.waitFor(180, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    assertThat(done).as("chromium finished within 180 s").isTrue();
    assertThat(png).as("screenshot written; chromium log: %s", tmp.resolve("chromium.log")).isRegularFile();
    assertThat(Files.size(png)).as("screenshot size in bytes").isGreaterThan(50_000);
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).as("screenshot width").isEqualTo(1280);
    Set<Integer> colours = new HashSet<>();
    int blue = 0;
    int blueRgb = Integer.parseInt(HtmlReport.BLUE.substring(1), 16);
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb == blueRgb) {
          blue++;
        }
      }
    }
    assertThat(colours.size()).as("distinct colours in the screenshot (text, bars, lines)").isGreaterThan(50);
    assertThat(blue).as("pixels of the bar colour: the charts were drawn").isGreaterThan(1000);
  }
}
