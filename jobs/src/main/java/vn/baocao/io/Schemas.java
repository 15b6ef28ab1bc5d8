package vn.baocao.io;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output contract's schemas, declared once: the writers, the readers ({@code compare
 * --records}) and the tests all use these constants.
 */
public final class Schemas {
  private Schemas() {}

  private static StructField f(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructField required(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, false);
  }

  /** The area and period columns documents and records share, in contract order. */
  private static final List<StructField> AREA_AND_PERIOD = List.of(
      f("admin_version", IntegerType),
      f("area_level", StringType),
      f("area_name", StringType),
      f("province_code", StringType),
      f("province_name", StringType),
      f("province_code_2025", StringType),
      f("province_name_2025", StringType),
      f("period_type", StringType),
      f("period_start", DateType),
      f("period_end", DateType));

  private static StructType struct(List<StructField> head, List<StructField> middle, List<StructField> tail) {
    List<StructField> all = new java.util.ArrayList<>(head);
    all.addAll(middle);
    all.addAll(tail);
    return DataTypes.createStructType(all);
  }

  /** documents: one row per input file. */
  public static final StructType DOCUMENTS = struct(
      List.of(
          required("doc_id", StringType),
          required("source_file", StringType),
          f("title", StringType),
          f("source_domain", StringType),
          f("published_date", DateType)),
      AREA_AND_PERIOD,
      List.of(
          required("status", StringType),
          f("duplicate_of", StringType),
          required("n_records", IntegerType)));

  /** records: one row per stated number or qualitative assessment. */
  public static final StructType RECORDS = struct(
      List.of(
          required("doc_id", StringType),
          required("source_file", StringType),
          required("record_no", IntegerType)),
      AREA_AND_PERIOD,
      List.of(
          required("indicator", StringType),
          f("category", StringType),
          required("measure", StringType),
          f("value", DoubleType),
          f("unit", StringType),
          f("basis", StringType),
          f("denominator", DoubleType),
          f("approx", StringType),
          f("assessment", StringType),
          f("evidence", StringType),
          f("char_start", IntegerType),
          f("char_end", IntegerType)));

  /** quarantine: what could not be read, with a stable reason code. */
  public static final StructType QUARANTINE = DataTypes.createStructType(List.of(
      required("source_file", StringType),
      f("line", IntegerType),
      f("column", IntegerType),
      required("reason", StringType),
      f("detail", StringType)));

  /** Internal: one extracted file with its rows, before duplicates are resolved. */
  public static final StructType EXTRACTED = DataTypes.createStructType(List.of(
      required("document", DOCUMENTS),
      f("records", DataTypes.createArrayType(RECORDS, false)),
      f("quarantine", DataTypes.createArrayType(QUARANTINE, false)),
      f("input_bytes", LongType),
      f("input_sha256", StringType),
      required("synthetic", DataTypes.BooleanType),
      // the records as CSV lines (CsvOutput.Lines), without the last line feed; null without records
      f("records_csv", StringType)));

  /** Columns of the records table, in order. */
  public static List<String> recordColumns() {
    return List.of(RECORDS.fieldNames());
  }

  /** Numeric column types, written as plain numbers in CSV. */
  static boolean numeric(org.apache.spark.sql.types.DataType t) {
    return t == DoubleType || t == IntegerType || t == LongType;
  }
}
