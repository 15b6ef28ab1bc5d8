package vn.baocao.compare;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The comparison tables' schemas, declared once: {@link Comparisons} conforms its output to
 * them, the tests assert it, and docs/tables.md documents each column. Existing column names
 * are never renamed; new columns are appended before {@code doc_ids}, which stays last.
 */
public final class ComparisonSchemas {
  private ComparisonSchemas() {}

  /** The eight focus indicators of the scorecard, in column order. */
  public static final List<String> SCORECARD_INDICATORS = List.of(
      "budget_revenue", "domestic_revenue", "budget_expenditure", "disbursement",
      "ntm_communes", "ntm_advanced_communes", "ntm_model_communes", "ntm_districts");

  private static final DataType DOC_IDS = DataTypes.createArrayType(StringType, false);

  private static StructField f(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static List<StructField> province() {
    return new ArrayList<>(List.of(
        f("admin_version", IntegerType),
        f("province_code", StringType),
        f("province_name", StringType),
        f("province_code_2025", StringType),
        f("province_name_2025", StringType)));
  }

  private static StructType struct(List<StructField> fields) {
    return DataTypes.createStructType(fields);
  }

  /** budget: one row per province and comparable period. */
  public static final StructType BUDGET;
  /** disbursement: one row per province and comparable period. */
  public static final StructType DISBURSEMENT;
  /** new_rural_area: one row per province and NTM standard, at its latest as-of date. */
  public static final StructType NEW_RURAL_AREA;
  /** scorecard: one row per province of the view. */
  public static final StructType SCORECARD;
  /** units: one row per sub-province unit, indicator, measure, basis and period. */
  public static final StructType UNITS;

  static {
    List<StructField> b = province();
    b.addAll(List.of(
        f("former_provinces", StringType),
        f("period_type", StringType),
        f("period_start", DateType),
        f("period_end", DateType),
        f("months_covered", IntegerType),
        f("revenue_vnd_billion", DoubleType),
        f("monthly_avg_vnd_billion", DoubleType),
        f("pct_of_plan", DoubleType),
        f("plan_basis", StringType),
        f("change_yoy_pct", DoubleType),
        f("domestic_revenue_vnd_billion", DoubleType),
        f("expenditure_vnd_billion", DoubleType),
        f("rank_in_group", IntegerType),
        f("group_size", IntegerType),
        f("group_median", DoubleType),
        f("vs_median", StringType),
        f("quartile", IntegerType),
        f("flags", StringType),
        f("several_amounts_stated", BooleanType),
        f("n_sources", IntegerType),
        f("coverage", StringType),
        f("comparison_group", StringType),
        f("tier", StringType),
        f("group_best", DoubleType),
        f("best_in_group", StringType),
        f("gap_to_best", DoubleType),
        f("n_above_median", IntegerType),
        f("n_below_median", IntegerType),
        f("source_conflict", BooleanType),
        f("conflicting_values", StringType),
        f("doc_ids", DOC_IDS)));
    BUDGET = struct(b);

    List<StructField> d = province();
    d.addAll(List.of(
        f("former_provinces", StringType),
        f("period_type", StringType),
        f("period_start", DateType),
        f("period_end", DateType),
        f("pct_of_plan", DoubleType),
        f("plan_basis", StringType),
        f("disbursed_vnd_billion", DoubleType),
        f("plan_vnd_billion", DoubleType),
        f("change_yoy_pct", DoubleType),
        f("rank_in_group", IntegerType),
        f("group_size", IntegerType),
        f("group_median_pct", DoubleType),
        f("vs_median", StringType),
        f("quartile", IntegerType),
        f("below_15_pct", BooleanType),
        f("below_20_pct", BooleanType),
        f("flags", StringType),
        f("n_sources", IntegerType),
        f("coverage", StringType),
        f("comparison_group", StringType),
        f("months_covered", IntegerType),
        f("monthly_avg_vnd_billion", DoubleType),
        f("pct_vs_assigned_plan", DoubleType),
        f("pct_vs_plan", DoubleType),
        f("group_bases", StringType),
        f("tier", StringType),
        f("group_best_pct", DoubleType),
        f("best_in_group", StringType),
        f("gap_to_best_pct", DoubleType),
        f("n_above_median", IntegerType),
        f("n_below_median", IntegerType),
        f("source_conflict", BooleanType),
        f("conflicting_values", StringType),
        f("doc_ids", DOC_IDS)));
    DISBURSEMENT = struct(d);

    List<StructField> n = province();
    n.addAll(List.of(
        f("former_provinces", StringType),
        f("as_of", DateType),
        f("ntm_communes", DoubleType),
        f("total_communes", DoubleType),
        f("share_pct", DoubleType),
        f("stated_share_pct", DoubleType),
        f("share_mismatch", BooleanType),
        f("advanced_communes", DoubleType),
        f("model_communes", DoubleType),
        f("ntm_districts", DoubleType),
        f("ntm_standard", StringType),
        f("rank_by_share", IntegerType),
        f("n_sources", IntegerType),
        f("coverage", StringType),
        f("comparison_group", StringType),
        f("group_size", IntegerType),
        f("group_median_pct", DoubleType),
        f("vs_median", StringType),
        f("quartile", IntegerType),
        f("tier", StringType),
        f("group_best_pct", DoubleType),
        f("best_in_group", StringType),
        f("gap_to_best_pct", DoubleType),
        f("source_conflict", BooleanType),
        f("conflicting_values", StringType),
        f("doc_ids", DOC_IDS)));
    NEW_RURAL_AREA = struct(n);

    List<StructField> s = province();
    for (String i : SCORECARD_INDICATORS) {
      s.add(f(i, DoubleType));
      s.add(f(i + "_measure", StringType));
      s.add(f(i + "_period", StringType));
      s.add(f(i + "_period_end", DateType));
      s.add(f(i + "_rank", IntegerType));
    }
    s.add(f("indicators_known", IntegerType));
    s.add(f("former_provinces", StringType));
    s.add(f("doc_ids", DOC_IDS));
    SCORECARD = struct(s);

    List<StructField> u = province();
    u.addAll(List.of(
        f("area_level", StringType),
        f("area_name", StringType),
        f("indicator", StringType),
        f("measure", StringType),
        f("value", DoubleType),
        f("unit", StringType),
        f("basis", StringType),
        f("denominator", DoubleType),
        f("assessment", StringType),
        f("period_type", StringType),
        f("period_start", DateType),
        f("period_end", DateType),
        f("rank_in_province", IntegerType),
        f("province_value", DoubleType),
        f("exceeds_province", BooleanType),
        f("former_provinces", StringType),
        f("group_size", IntegerType),
        f("n_sources", IntegerType),
        f("source_conflict", BooleanType),
        f("conflicting_values", StringType),
        f("doc_ids", DOC_IDS)));
    UNITS = struct(u);
  }

  /** Every comparison table's schema, in output order. */
  public static final Map<String, StructType> TABLES;

  static {
    Map<String, StructType> m = new LinkedHashMap<>();
    m.put("budget", BUDGET);
    m.put("disbursement", DISBURSEMENT);
    m.put("new_rural_area", NEW_RURAL_AREA);
    m.put("scorecard", SCORECARD);
    m.put("units", UNITS);
    TABLES = java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Selects the declared columns in declared order. The computed column set and types must
   * already be the declared ones: a mismatch is a programming error and throws, so a test run
   * catches it rather than a reader of the Parquet files.
   */
  public static Dataset<Row> conform(String table, Dataset<Row> df) {
    StructType want = TABLES.get(table);
    if (want == null) {
      throw new IllegalArgumentException("unknown comparison table " + table);
    }
    StructType have = df.schema();
    List<String> problems = new ArrayList<>();
    for (StructField w : want.fields()) {
      int i = List.of(have.fieldNames()).indexOf(w.name());
      if (i < 0) {
        problems.add("missing " + w.name());
      } else if (!have.fields()[i].dataType().sameType(w.dataType())) {
        problems.add(w.name() + " is " + have.fields()[i].dataType().simpleString() + ", declared " + w.dataType().simpleString());
      }
    }
    for (String h : have.fieldNames()) {
      if (want.getFieldIndex(h).isEmpty()) {
        problems.add("undeclared " + h);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("comparison table " + table + " does not match ComparisonSchemas: " + String.join(", ", problems));
    }
    Column[] cols = new Column[want.fields().length];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = df.col(want.fields()[i].name());
    }
    return df.select(cols);
  }
}
