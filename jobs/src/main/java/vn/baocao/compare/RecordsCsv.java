package vn.baocao.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import vn.baocao.io.Schemas;
import vn.baocao.reference.Gazetteer;
import vn.baocao.reference.Province;
import vn.baocao.reference.Reference;
import vn.baocao.text.Text;
import vn.baocao.validate.Ranges;

/**
 * Hand-entered records as CSV, in the records columns (any subset that includes
 * {@code indicator}, {@code measure}, a province and a period). A bad row becomes a quarantine
 * row ({@code reason} bad_record) naming file, line and column; the good rows still count.
 *
 * <p>Defaults for omitted cells: {@code admin_version} 63; {@code area_level} province;
 * {@code category} from the indicator catalogue; {@code period_start} from {@code period_type}
 * and {@code period_end} (month: first of the month; quarter: first of the quarter; as_of: the
 * same day; others: 1 January); {@code doc_id} "manual:FILE:LINE"; {@code record_no} the line.
 */
public final class RecordsCsv {
  private RecordsCsv() {}

  static final Set<String> MEASURES = Set.of("level", "pct_of_plan", "change", "share", "assessment");
  static final Set<String> UNITS = Set.of("vnd_billion", "vnd_million", "usd_million", "percent", "count", "ha");
  static final Set<String> PERIOD_TYPES =
      Set.of("month", "quarter", "half_year", "nine_months", "year", "ytd", "midterm", "term", "as_of");
  static final Set<String> BASES = Set.of("estimate", "plan", "assigned_plan", "resolution", "yoy", "mom", "annual_avg");
  static final Set<String> APPROX = Set.of("exact", "over", "under", "about");
  static final Set<String> ASSESSMENTS = Set.of("low", "slow", "high", "declining");
  static final Set<String> AREA_LEVELS = Set.of("province", "city", "town", "district", "commune", "ward", "national");

  /** Good rows (records schema) and quarantine rows of one or more files. */
  public record Parsed(List<Row> records, List<Row> quarantine) {}

  /** Reads and validates the files; rows are parsed on the driver (hand-entered files are small). */
  public static CompareJob.Input read(SparkSession spark, FileSystem fs, List<Path> files) throws IOException {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    List<Row> good = new ArrayList<>();
    List<Row> bad = new ArrayList<>();
    for (Path file : files) {
      String name = file.getName();
      byte[] bytes;
      try (InputStream in = fs.open(file)) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        bad.add(RowFactory.create(name, null, null, "bad_record", "cannot read records CSV: " + e.getMessage()));
        continue;
      }
      Parsed p = parse(name, bytes, Reference.defaults());
      good.addAll(p.records());
      bad.addAll(p.quarantine());
    }
    return new CompareJob.Input(spark.createDataFrame(good, Schemas.RECORDS), spark.createDataFrame(bad, Schemas.QUARANTINE));
  }

  /** Parses one file's bytes (UTF-8, with or without a byte-order mark). Spark-free. */
  public static Parsed parse(String file, byte[] bytes, Reference ref) {
    List<Row> good = new ArrayList<>();
    List<Row> bad = new ArrayList<>();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      bad.add(RowFactory.create(file, null, null, "undecodable", "records CSV is not UTF-8"));
      return new Parsed(good, bad);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int[] lineStarts = lineStarts(text);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = new ArrayList<>();
      for (String h : parser.getHeaderNames()) {
        header.add(h.trim());
      }
      List<String> missing = new ArrayList<>();
      for (String required : List.of("indicator", "measure")) {
        if (!header.contains(required)) {
          missing.add(required);
        }
      }
      if (!missing.isEmpty()) {
        bad.add(RowFactory.create(file, 1, null, "bad_record", "header lacks the column(s) " + String.join(", ", missing)));
        return new Parsed(good, bad);
      }
      var it = parser.iterator();
      while (true) {
        CSVRecord rec;
        try {
          if (!it.hasNext()) {
            break;
          }
          rec = it.next();
        } catch (RuntimeException e) {
          bad.add(RowFactory.create(file, (int) parser.getCurrentLineNumber(), null, "bad_record",
              "cannot parse CSV: " + e.getMessage()));
          break;
        }
        int pos = (int) rec.getCharacterPosition();
        while (pos < text.length() && (text.charAt(pos) == '\r' || text.charAt(pos) == '\n')) {
          pos++; // a record after skipped blank lines starts where the blank lines do
        }
        int line = lineOf(lineStarts, pos);
        try {
          good.add(row(file, line, header, rec, ref));
        } catch (BadCell e) {
          bad.add(RowFactory.create(file, line, e.column, e.reason, e.getMessage()));
        }
      }
    } catch (IOException | RuntimeException e) {
      bad.add(RowFactory.create(file, null, null, "bad_record", "cannot read records CSV: " + e.getMessage()));
    }
    return new Parsed(good, bad);
  }

  /** Offsets where each line starts (line 1 at offset 0). */
  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int lineOf(int[] starts, long position) {
    int i = Arrays.binarySearch(starts, (int) position);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  static final class BadCell extends Exception {
    private static final long serialVersionUID = 1L;
    final Integer column;
    final String reason;

    BadCell(Integer column, String message) {
      this(column, message, "bad_record");
    }

    BadCell(Integer column, String message, String reason) {
      super(message);
      this.column = column;
      this.reason = reason;
    }
  }

  private static Row row(String file, int line, List<String> header, CSVRecord rec, Reference ref) throws BadCell {
    if (rec.size() > header.size()) {
      throw new BadCell(header.size() + 1, "row has " + rec.size() + " cells, the header " + header.size());
    }
    StructField[] fields = Schemas.RECORDS.fields();
    Object[] values = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      String name = fields[i].name();
      int idx = header.indexOf(name);
      String raw = idx >= 0 && idx < rec.size() ? rec.get(idx).trim() : "";
      if (raw.startsWith("'") && raw.length() > 1 && "=+-@".indexOf(raw.charAt(1)) >= 0) {
        raw = raw.substring(1); // undo the CSV writer's formula guard
      }
      Integer column = idx >= 0 ? idx + 1 : null;
      values[i] = parse(raw, fields[i], column);
    }
    String indicator = (String) values[index("indicator")];
    String measure = (String) values[index("measure")];
    if (indicator == null || ref.catalogue().indicator(indicator) == null) {
      throw new BadCell(col(header, "indicator"), "unknown indicator '" + (indicator == null ? "" : indicator) + "'");
    }
    if (measure == null || !MEASURES.contains(measure)) {
      throw new BadCell(col(header, "measure"), "unknown measure '" + (measure == null ? "" : measure)
          + "' (level, pct_of_plan, change, share, assessment)");
    }
    check(values, header, "unit", UNITS);
    check(values, header, "basis", BASES);
    check(values, header, "approx", APPROX);
    check(values, header, "assessment", ASSESSMENTS);
    check(values, header, "area_level", AREA_LEVELS);
    check(values, header, "period_type", PERIOD_TYPES);
    if (!"assessment".equals(measure) && values[index("value")] == null) {
      throw new BadCell(col(header, "value"), "a " + measure + " record needs a value");
    }
    if ("assessment".equals(measure) && values[index("assessment")] == null) {
      throw new BadCell(col(header, "assessment"), "an assessment record needs an assessment word (low, slow, high, declining)");
    }
    // a typed 1e308, a negative count, 500 of 100 communes: not a figure to compare
    Ranges.Problem range = Ranges.problem(indicator, measure, (String) values[index("unit")],
        (Double) values[index("value")], (Double) values[index("denominator")]);
    if (range != null) {
      throw new BadCell(col(header, range.field()), range.detail(), Ranges.OUT_OF_RANGE);
    }
    Object version = values[index("admin_version")];
    if (version != null && !version.equals(63) && !version.equals(34)) {
      throw new BadCell(col(header, "admin_version"), "admin_version is 63 or 34, not " + version);
    }
    if (values[index("period_type")] == null) {
      throw new BadCell(col(header, "period_type"), "a record needs a period_type");
    }
    if (values[index("period_end")] == null) {
      throw new BadCell(col(header, "period_end"), "a record needs a period_end (yyyy-MM-dd)");
    }
    if (values[index("period_start")] == null) {
      values[index("period_start")] = start((String) values[index("period_type")], (LocalDate) values[index("period_end")]);
    }
    if (((LocalDate) values[index("period_start")]).isAfter((LocalDate) values[index("period_end")])) {
      throw new BadCell(col(header, "period_start"), "period_start is after period_end");
    }
    if (values[index("category")] == null) {
      values[index("category")] = ref.catalogue().indicator(indicator).category();
    }
    fillProvince(values, ref.gazetteer(), header);
    if (values[index("doc_id")] == null) {
      values[index("doc_id")] = "manual:" + file + ":" + line;
    }
    if (values[index("source_file")] == null) {
      values[index("source_file")] = file;
    }
    if (values[index("record_no")] == null) {
      values[index("record_no")] = line;
    }
    if (values[index("area_level")] == null) {
      values[index("area_level")] = "province";
    }
    if (values[index("area_name")] == null) {
      if (!"province".equals(values[index("area_level")])) {
        throw new BadCell(col(header, "area_name"), "a " + values[index("area_level")] + " record needs an area_name");
      }
      values[index("area_name")] = values[index("province_name")];
    }
    return RowFactory.create(values);
  }

  private static void check(Object[] values, List<String> header, String column, Set<String> allowed) throws BadCell {
    Object v = values[index(column)];
    if (v != null && !allowed.contains(v)) {
      throw new BadCell(col(header, column), "unknown " + column + " '" + v + "' (" + String.join(", ", allowed.stream().sorted().toList()) + ")");
    }
  }

  /** The first day of a period of {@code type} ending on {@code end}. */
  static LocalDate start(String type, LocalDate end) {
    return switch (type) {
      case "month" -> end.withDayOfMonth(1);
      case "quarter" -> LocalDate.of(end.getYear(), ((end.getMonthValue() - 1) / 3) * 3 + 1, 1);
      case "as_of" -> end;
      default -> LocalDate.of(end.getYear(), 1, 1);
    };
  }

  private static void fillProvince(Object[] v, Gazetteer gaz, List<String> header) throws BadCell {
    String code = (String) v[index("province_code")];
    String name = (String) v[index("province_name")];
    Integer version = (Integer) v[index("admin_version")];
    if (version == null) {
      version = 63;
      v[index("admin_version")] = version;
    }
    if (code == null && name == null) {
      throw new BadCell(col(header, "province_code") != null ? col(header, "province_code") : col(header, "province_name"),
          "a record needs a province_code or province_name");
    }
    if (version == 34) {
      if (code == null) {
        code = gaz.code2025ByName(Text.key(name)).orElse(null);
      }
      if (code == null || gaz.name2025(code).isEmpty()) {
        throw new BadCell(col(header, code == null ? "province_name" : "province_code"),
            "unknown 2025 province '" + (code == null ? name : code) + "'");
      }
      v[index("province_code")] = code;
      v[index("province_name")] = gaz.name2025(code).get();
      v[index("province_code_2025")] = code;
      v[index("province_name_2025")] = gaz.name2025(code).get();
      return;
    }
    Optional<Province> p = code != null ? gaz.province(code) : gaz.provinceByName(Text.key(name));
    if (p.isEmpty()) {
      throw new BadCell(col(header, code != null ? "province_code" : "province_name"),
          "unknown province '" + (code != null ? code : name) + "'");
    }
    v[index("province_code")] = p.get().code();
    v[index("province_name")] = p.get().name();
    v[index("province_code_2025")] = p.get().code2025();
    v[index("province_name_2025")] = p.get().name2025();
  }

  private static Integer col(List<String> header, String name) {
    int i = header.indexOf(name);
    return i < 0 ? null : i + 1;
  }

  private static int index(String name) {
    return Schemas.RECORDS.fieldIndex(name);
  }

  private static Object parse(String raw, StructField f, Integer column) throws BadCell {
    if (raw.isEmpty()) {
      return null;
    }
    try {
      if (f.dataType() == DataTypes.DoubleType) {
        double d = Double.parseDouble(raw.replace(" ", ""));
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          throw new NumberFormatException(raw);
        }
        return d;
      }
      if (f.dataType() == DataTypes.IntegerType) {
        return Integer.parseInt(raw);
      }
      if (f.dataType() == DataTypes.DateType) {
        return LocalDate.parse(raw);
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new BadCell(column, "column " + f.name() + ": '" + raw + "' is not a "
          + (f.dataType() == DataTypes.DateType ? "yyyy-MM-dd date" : "number" + (raw.contains(",") ? " (use '.' for decimals)" : "")));
    }
    return raw;
  }
}
