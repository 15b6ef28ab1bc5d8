package vn.baocao.compare;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * Hand-entered records as CSV, in the records columns (any subset that includes
 * {@code indicator}, {@code measure} and a province). A bad row becomes a quarantine row that
 * names file, line and column; the good rows still count.
 */
public final class RecordsCsv {
  private RecordsCsv() {}

  static final Set<String> MEASURES = Set.of("level", "pct_of_plan", "change", "share", "assessment");
  static final Set<String> UNITS = Set.of("vnd_billion", "vnd_million", "usd_million", "percent", "count", "ha");

  /** Reads and validates the files; rows are parsed on the driver (hand-entered files are small). */
  public static CompareJob.Input read(SparkSession spark, FileSystem fs, List<Path> files) throws IOException {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    List<Row> good = new ArrayList<>();
    List<Row> bad = new ArrayList<>();
    Reference ref = Reference.defaults();
    for (Path file : files) {
      String name = file.getName();
      try (Reader r = new InputStreamReader(fs.open(file), StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get())) {
        List<String> header = new ArrayList<>();
        for (String h : parser.getHeaderNames()) {
          header.add(h.startsWith("\uFEFF") ? h.substring(1).trim() : h.trim());
        }
        if (!header.contains("indicator") || !header.contains("measure")) {
          bad.add(RowFactory.create(name, 1, null, "bad_record", "header lacks the indicator and measure columns"));
          continue;
        }
        for (CSVRecord rec : parser) {
          int line = (int) rec.getParser().getCurrentLineNumber();
          try {
            good.add(row(name, line, header, rec, ref));
          } catch (BadCell e) {
            bad.add(RowFactory.create(name, line, e.column, "bad_record", e.getMessage()));
          }
        }
      } catch (IOException | RuntimeException e) {
        bad.add(RowFactory.create(name, null, null, "bad_record", "cannot read records CSV: " + e.getMessage()));
      }
    }
    return new CompareJob.Input(spark.createDataFrame(good, Schemas.RECORDS), spark.createDataFrame(bad, Schemas.QUARANTINE));
  }

  static final class BadCell extends Exception {
    private static final long serialVersionUID = 1L;
    final Integer column;

    BadCell(Integer column, String message) {
      super(message);
      this.column = column;
    }
  }

  private static Row row(String file, int line, List<String> header, CSVRecord rec, Reference ref) throws BadCell {
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
      throw new BadCell(header.indexOf("indicator") + 1, "unknown indicator '" + indicator + "'");
    }
    if (measure == null || !MEASURES.contains(measure)) {
      throw new BadCell(header.indexOf("measure") + 1, "unknown measure '" + measure + "' (level, pct_of_plan, change, share, assessment)");
    }
    Object unit = values[index("unit")];
    if (unit != null && !UNITS.contains(unit)) {
      throw new BadCell(header.indexOf("unit") + 1, "unknown unit '" + unit + "'");
    }
    if (!"assessment".equals(measure) && values[index("value")] == null) {
      throw new BadCell(header.indexOf("value") >= 0 ? header.indexOf("value") + 1 : null, "a " + measure + " record needs a value");
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
    if (values[index("area_name")] == null && "province".equals(values[index("area_level")])) {
      values[index("area_name")] = values[index("province_name")];
    }
    return RowFactory.create(values);
  }

  private static void fillProvince(Object[] v, Gazetteer gaz, List<String> header) throws BadCell {
    String code = (String) v[index("province_code")];
    String name = (String) v[index("province_name")];
    Integer version = (Integer) v[index("admin_version")];
    if (version == null) {
      version = 63;
      v[index("admin_version")] = version;
    }
    if (version == 34) {
      if (code == null && name != null) {
        code = gaz.code2025ByName(vn.baocao.text.Text.key(name)).orElse(null);
      }
      if (code == null || gaz.name2025(code).isEmpty()) {
        throw new BadCell(col(header, code == null ? "province_name" : "province_code"), "unknown 2025 province '" + (code == null ? name : code) + "'");
      }
      v[index("province_code")] = code;
      v[index("province_name")] = gaz.name2025(code).get();
      v[index("province_code_2025")] = code;
      v[index("province_name_2025")] = gaz.name2025(code).get();
      return;
    }
    Optional<Province> p = code != null ? gaz.province(code) : name != null ? gaz.provinceByName(vn.baocao.text.Text.key(name)) : Optional.empty();
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
        return Double.parseDouble(raw.replace(" ", ""));
      }
      if (f.dataType() == DataTypes.IntegerType) {
        return Integer.parseInt(raw);
      }
      if (f.dataType() == DataTypes.DateType) {
        return LocalDate.parse(raw);
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new BadCell(column, "column " + f.name() + ": '" + raw + "' is not a " + (f.dataType() == DataTypes.DateType ? "yyyy-MM-dd date" : "number"));
    }
    return raw;
  }

  static Map<String, Integer> unused() {
    return Map.of();
  }
}
