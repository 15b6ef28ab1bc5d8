package vn.baocao.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores a whole {@code run} output against a gold set whose facts carry their own area and a
 * headline flag, the way a planner reads the result: not only "was the number read" but "is the
 * row in the province table that province's own figure for the right period".
 *
 * <p>Gold layout: {@code documents.csv} as in {@code ../shared/gold/seeds} (area_level may be
 * {@code national} for a roundup), and {@code facts.csv} with the seed columns plus
 * {@code period_start, period_end, area_level, area_name, province_name, headline}.
 *
 * <ul>
 *   <li><b>focus precision / recall</b>: the score-extraction rule (same file, indicator, measure
 *       and value within 0.5 % or 0.01) over the focus indicators;
 *   <li><b>area-aware recall</b>: a found fact must also be filed under the gold fact's
 *       province and unit;
 *   <li><b>document unit / year</b>: (province, area_level, area_name) and the year of
 *       period_end;
 *   <li><b>province-table rows right</b>: every row of budget, disbursement and new_rural_area
 *       that shows a headline value (revenue, % of plan, disbursed amount, NTM communes) is
 *       right when each shown value is a gold fact about that province, at province level,
 *       for the same period (type, or the same months: "đến ngày 30/9" and "9 tháng") and year,
 *       from one of the row's documents; where a headline amount or count is stated for that
 *       province and period, the row must show it (a sub-total in the revenue column is wrong),
 *       except on multi-year (term) rows, where annotators differ on whether a total is a
 *       headline; a month's total on a month row is right whether or not it was flagged;
 *   <li><b>province headlines shown</b>: every gold headline fact appears in its table, on its
 *       province's row for its period.
 * </ul>
 */
public final class TableScore {
  static final Set<String> FOCUS = Set.of("budget_revenue", "domestic_revenue", "budget_expenditure", "disbursement",
      "ntm_communes", "ntm_advanced_communes", "ntm_model_communes", "ntm_districts", "ntm_district_criteria");

  /** One ratio with what failed. */
  public static final class Ratio {
    int right;
    int total;
    final List<String> wrong = new ArrayList<>();

    void add(boolean ok, String why) {
      total++;
      if (ok) {
        right++;
      } else {
        wrong.add(why);
      }
    }

    public double value() {
      return total == 0 ? 1.0 : (double) right / total;
    }

    public List<String> wrong() {
      return wrong;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.3f (%d/%d)", value(), right, total);
    }
  }

  public final Ratio precision = new Ratio();
  public final Ratio recall = new Ratio();
  public final Ratio areaRecall = new Ratio();
  public final Ratio docUnit = new Ratio();
  public final Ratio docYear = new Ratio();
  public final Ratio tableRows = new Ratio();
  public final Ratio headlines = new Ratio();

  /** Scores {@code output} (a run output folder) against {@code gold}. */
  public static TableScore score(Path output, Path gold) throws IOException {
    return score(output, List.of(gold));
  }

  /**
   * Scores {@code output} against several gold sets read as one: when independent sets give the
   * same province and period different figures, a row showing either one is that province's
   * own figure (the table keeps the other as a conflict).
   */
  public static TableScore score(Path output, List<Path> golds) throws IOException {
    TableScore s = new TableScore();
    List<Map<String, String>> gdocs = new ArrayList<>();
    List<Map<String, String>> allFacts = new ArrayList<>();
    for (Path gold : golds) {
      gdocs.addAll(csv(gold.resolve("documents.csv")));
      allFacts.addAll(csv(gold.resolve("facts.csv")));
    }
    List<Map<String, String>> gfacts = new ArrayList<>();
    Set<String> files = new HashSet<>();
    gdocs.forEach(d -> files.add(base(d.get("source_file"))));
    for (Map<String, String> f : allFacts) {
      if (FOCUS.contains(f.get("indicator")) && files.contains(base(f.get("source_file")))) {
        gfacts.add(f);
      }
    }
    Map<String, Map<String, String>> pdocs = new HashMap<>();
    Map<String, String> fileOfDoc = new HashMap<>();
    for (Map<String, String> d : csv(output.resolve("documents.csv"))) {
      pdocs.put(base(d.get("source_file")), d);
      fileOfDoc.put(d.get("doc_id"), base(d.get("source_file")));
    }
    List<Map<String, String>> records = new ArrayList<>();
    for (Map<String, String> r : csv(output.resolve("records.csv"))) {
      if (files.contains(base(r.get("source_file"))) && FOCUS.contains(r.get("indicator"))) {
        records.add(r);
      }
    }
    s.documents(gdocs, pdocs);
    s.facts(gfacts, records);
    Map<String, List<Map<String, String>>> tables = new HashMap<>();
    for (String t : List.of("budget", "disbursement", "new_rural_area")) {
      tables.put(t, csv(output.resolve("comparisons").resolve(t + ".csv")));
    }
    s.rows(tables, gfacts, fileOfDoc, files);
    s.headlines(tables, gfacts);
    return s;
  }

  private void documents(List<Map<String, String>> gdocs, Map<String, Map<String, String>> pdocs) {
    for (Map<String, String> g : gdocs) {
      String name = base(g.get("source_file"));
      Map<String, String> p = pdocs.getOrDefault(name, Map.of());
      String want = g.get("province_name") + "/" + g.get("area_level") + " " + g.get("area_name");
      String got = p.get("province_name") + "/" + p.get("area_level") + " " + p.get("area_name");
      boolean national = "national".equals(g.get("area_level"));
      boolean unit = national ? "national".equals(p.get("area_level"))
          : nfc(want).equals(nfc(got));
      docUnit.add(unit, name + ": expected " + want + ", got " + got);
      String wy = year(g.get("period_end"));
      String gy = year(p.get("period_end"));
      docYear.add(wy.equals(gy), name + ": expected year " + wy + " (" + g.get("period_type") + "), got " + gy + " ("
          + p.get("period_type") + ")");
    }
  }

  private void facts(List<Map<String, String>> gfacts, List<Map<String, String>> records) {
    Map<String, List<Map<String, String>>> open = new HashMap<>();
    for (Map<String, String> r : records) {
      open.computeIfAbsent(base(r.get("source_file")), k -> new ArrayList<>()).add(r);
    }
    Map<String, List<Map<String, String>>> openArea = new HashMap<>();
    open.forEach((k, v) -> openArea.put(k, new ArrayList<>(v)));
    for (Map<String, String> g : gfacts) {
      String file = base(g.get("source_file"));
      List<Map<String, String>> pool = open.getOrDefault(file, new ArrayList<>());
      Map<String, String> hit = null;
      for (Map<String, String> r : pool) {
        if (sameFact(r, g)) {
          hit = r;
          break;
        }
      }
      recall.add(hit != null, "missed " + describe(g));
      if (hit != null) {
        pool.remove(hit);
      }
      List<Map<String, String>> poolA = openArea.getOrDefault(file, new ArrayList<>());
      Map<String, String> hitA = null;
      Map<String, String> misplaced = null;
      for (Map<String, String> r : poolA) {
        if (sameFact(r, g)) {
          if (sameArea(r, g)) {
            hitA = r;
            break;
          }
          misplaced = misplaced == null ? r : misplaced;
        }
      }
      areaRecall.add(hitA != null, (misplaced == null ? "missed " : "misfiled under " + misplaced.get("province_name") + "/"
          + misplaced.get("area_level") + " " + misplaced.get("area_name") + ": ") + describe(g));
      if (hitA != null) {
        poolA.remove(hitA);
      }
    }
    int extra = 0;
    for (List<Map<String, String>> pool : open.values()) {
      for (Map<String, String> r : pool) {
        precision.wrong.add("extra " + r.get("source_file") + " " + r.get("indicator") + " " + r.get("measure") + " "
            + (r.get("value").isEmpty() ? r.get("assessment") : r.get("value")) + " «" + cut(r.get("evidence")) + "»");
        extra++;
      }
    }
    precision.total = records.size();
    precision.right = records.size() - extra;
  }

  /** Which gold facts a table column shows: table, column, indicator, measure. */
  private static final String[][] COLUMNS = {
    {"budget", "revenue_vnd_billion", "budget_revenue", "level"},
    {"budget", "pct_of_plan", "budget_revenue", "pct_of_plan"},
    {"disbursement", "pct_of_plan", "disbursement", "pct_of_plan"},
    {"disbursement", "disbursed_vnd_billion", "disbursement", "level"},
    {"new_rural_area", "ntm_communes", "ntm_communes", "level"},
  };

  private void rows(Map<String, List<Map<String, String>>> tables, List<Map<String, String>> gfacts,
      Map<String, String> fileOfDoc, Set<String> files) {
    for (String table : List.of("budget", "disbursement", "new_rural_area")) {
      for (Map<String, String> row : tables.get(table)) {
        Set<String> rowFiles = new HashSet<>();
        for (String id : row.getOrDefault("doc_ids", "").split(";")) {
          if (fileOfDoc.containsKey(id.trim())) {
            rowFiles.add(fileOfDoc.get(id.trim()));
          }
        }
        rowFiles.retainAll(files);
        if (rowFiles.isEmpty()) {
          continue;
        }
        List<String> problems = new ArrayList<>();
        int shown = 0;
        for (String[] c : COLUMNS) {
          if (!c[0].equals(table) || blank(row.get(c[1]))) {
            continue;
          }
          shown++;
          double v = Double.parseDouble(row.get(c[1]));
          boolean amount = c[3].equals("level");
          boolean ok = false;
          // a sub-total is wrong only where the total of the same period is stated beside it
          boolean headlineStated = false;
          for (Map<String, String> g : gfacts) {
            headlineStated |= amount && "yes".equalsIgnoreCase(g.get("headline")) && g.get("indicator").equals(c[2])
                && g.get("measure").equals(c[3]) && "province".equals(g.get("area_level"))
                && nfc(g.get("province_name")).equals(nfc(row.get("province_name"))) && rowFiles.contains(base(g.get("source_file")))
                && samePeriod(table, row, g);
          }
          for (Map<String, String> g : gfacts) {
            if (g.get("indicator").equals(c[2]) && g.get("measure").equals(c[3]) && "province".equals(g.get("area_level"))
                && nfc(g.get("province_name")).equals(nfc(row.get("province_name"))) && rowFiles.contains(base(g.get("source_file")))
                && samePeriod(table, row, g) && same(v, num(g.get("value")))
                && (!amount || !headlineStated || "yes".equalsIgnoreCase(g.get("headline")) || "term".equals(g.get("period_type")))) {
              ok = true;
              break;
            }
          }
          if (!ok) {
            problems.add(c[1] + "=" + row.get(c[1]));
          }
        }
        if (shown > 0) {
          tableRows.add(problems.isEmpty(), table + " " + row.get("province_name") + " " + period(table, row) + ": "
              + String.join(", ", problems) + " is not that province's own headline for the period " + rowFiles);
        }
      }
    }
  }

  private void headlines(Map<String, List<Map<String, String>>> tables, List<Map<String, String>> gfacts) {
    for (Map<String, String> g : gfacts) {
      if (!"yes".equalsIgnoreCase(g.get("headline"))) {
        continue;
      }
      for (String[] c : COLUMNS) {
        if (!c[2].equals(g.get("indicator")) || !c[3].equals(g.get("measure"))) {
          continue;
        }
        boolean ok = false;
        for (Map<String, String> row : tables.get(c[0])) {
          if (!nfc(row.get("province_name")).equals(nfc(g.get("province_name")))) {
            continue;
          }
          if (c[0].equals("new_rural_area") && !blank(row.get("as_of")) && !blank(g.get("period_end"))
              && row.get("as_of").compareTo(g.get("period_end")) > 0) {
            ok = true; // a later count supersedes it: the table shows the latest as-of only
            break;
          }
          if (samePeriod(c[0], row, g) && !blank(row.get(c[1])) && same(Double.parseDouble(row.get(c[1])), num(g.get("value")))) {
            ok = true;
            break;
          }
        }
        headlines.add(ok, "not shown in " + c[0] + "." + c[1] + ": " + describe(g));
      }
    }
  }

  private static boolean samePeriod(String table, Map<String, String> row, Map<String, String> g) {
    if (table.equals("new_rural_area")) {
      return year(row.get("as_of")).equals(year(g.get("period_end")));
    }
    return year(row.get("period_end")).equals(year(g.get("period_end")))
        && (blank(g.get("period_type")) || g.get("period_type").equals(row.get("period_type")) || sameSpan(row, g)
            || cumulativeToDate(row, g));
  }

  /**
   * "Đến 30/9 đã giải ngân 11.860 tỷ": some annotators file a flow counted to a date as
   * {@code as_of} that date, DESIGN's rule ("từ đầu năm đến ngày …") as {@code ytd}. A row from
   * 1 January to the same month's end shows the same figure, so it counts as the same period.
   */
  private static boolean cumulativeToDate(Map<String, String> row, Map<String, String> g) {
    return "as_of".equals(g.get("period_type")) && !blank(g.get("period_end")) && !blank(row.get("period_start"))
        && !blank(row.get("period_end")) && row.get("period_start").endsWith("-01-01")
        && row.get("period_end").substring(0, 7).equals(g.get("period_end").substring(0, 7));
  }

  /** "Đến ngày 30/9" (ytd) and "9 tháng" (nine_months) are the same months of the same year. */
  private static boolean sameSpan(Map<String, String> row, Map<String, String> g) {
    return !blank(g.get("period_start")) && !blank(row.get("period_start")) && !"as_of".equals(g.get("period_type"))
        && row.get("period_start").substring(0, 7).equals(g.get("period_start").substring(0, 7))
        && row.get("period_end").substring(0, 7).equals(g.get("period_end").substring(0, 7));
  }

  private static String period(String table, Map<String, String> row) {
    return table.equals("new_rural_area") ? "as of " + row.get("as_of") : row.get("period_type") + " " + row.get("period_end");
  }

  private static boolean sameFact(Map<String, String> r, Map<String, String> g) {
    if (!r.get("indicator").equals(g.get("indicator")) || !r.get("measure").equals(g.get("measure"))) {
      return false;
    }
    if (g.get("measure").equals("assessment")) {
      String got = r.getOrDefault("assessment", "");
      return !got.isEmpty() && (got.equals(g.get("assessment")) || "any".equals(g.get("assessment")));
    }
    return same(num(r.get("value")), num(g.get("value")));
  }

  private static boolean sameArea(Map<String, String> r, Map<String, String> g) {
    if (blank(g.get("area_level"))) {
      return true;
    }
    return nfc(r.get("province_name")).equals(nfc(g.get("province_name")))
        && (g.get("area_level") + " " + nfc(g.get("area_name"))).equals(r.get("area_level") + " " + nfc(r.get("area_name")));
  }

  private static String describe(Map<String, String> g) {
    return base(g.get("source_file")) + " " + g.get("province_name") + "/" + g.get("area_level") + " " + g.get("area_name") + " "
        + g.get("indicator") + " " + g.get("measure") + " " + (blank(g.get("value")) ? g.get("assessment") : g.get("value")) + " "
        + g.get("period_type") + " " + g.get("period_end") + " «" + cut(g.get("evidence")) + "»";
  }

  private static String cut(String s) {
    return s == null ? "" : s.length() > 100 ? s.substring(0, 100) + "…" : s;
  }

  static boolean same(Double a, Double b) {
    return a != null && b != null && Math.abs(a - b) <= Math.max(0.01, 0.005 * Math.abs(b));
  }

  private static Double num(String s) {
    try {
      return blank(s) ? null : Double.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String year(String date) {
    return date == null || date.length() < 4 ? "" : date.substring(0, 4);
  }

  static String base(String file) {
    String f = file == null ? "" : file.trim();
    return nfc(f.substring(f.lastIndexOf('/') + 1));
  }

  private static String nfc(String s) {
    return s == null ? "" : Normalizer.normalize(s.trim(), Normalizer.Form.NFC);
  }

  /** Rows of a CSV (with or without a byte-order mark) keyed by header. */
  static List<Map<String, String>> csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Map<String, String>> rows = new ArrayList<>();
    try (Reader r = new StringReader(text);
        CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord rec : p) {
        rows.add(new LinkedHashMap<>(rec.toMap()));
      }
    }
    return rows;
  }

  /** The scores of several sets pooled: every ratio counts each set's items once. */
  public static TableScore pool(List<TableScore> scores) {
    TableScore all = new TableScore();
    for (TableScore s : scores) {
      List<Ratio> from = s.ratios();
      List<Ratio> to = all.ratios();
      for (int i = 0; i < from.size(); i++) {
        to.get(i).right += from.get(i).right;
        to.get(i).total += from.get(i).total;
        to.get(i).wrong.addAll(from.get(i).wrong);
      }
    }
    return all;
  }

  private List<Ratio> ratios() {
    return List.of(precision, recall, areaRecall, docUnit, docYear, tableRows, headlines);
  }

  /** The summary line and, when {@code details}, every failure. */
  public String report(boolean details) {
    StringBuilder b = new StringBuilder();
    b.append("focus precision ").append(precision).append(", recall ").append(recall).append(", recall with the right area ")
        .append(areaRecall).append("; document unit ").append(docUnit).append(", year ").append(docYear)
        .append("; province-table rows right ").append(tableRows).append(", headlines shown ").append(headlines).append('\n');
    if (details) {
      for (Ratio r : List.of(docUnit, docYear, tableRows, headlines, recall, areaRecall, precision)) {
        r.wrong.forEach(w -> b.append("  ").append(w).append('\n'));
      }
    }
    return b.toString();
  }

  /** {@code TableScore OUTPUT GOLD [GOLD ...] [--details]}: prints the scores (several golds are read as one). */
  public static void main(String[] args) throws IOException {
    List<Path> golds = new ArrayList<>();
    boolean details = false;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--details")) {
        details = true;
      } else {
        golds.add(Path.of(args[i]));
      }
    }
    System.out.print(score(Path.of(args[0]), golds).report(details));
  }
}
