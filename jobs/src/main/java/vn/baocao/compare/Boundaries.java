package vn.baocao.compare;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.baocao.reference.Gazetteer;
import vn.baocao.reference.Province;

/**
 * Puts per-province rows on the boundaries a comparison asks for.
 *
 * <p>{@code 2023} keeps each row's province as the report knew it ({@code coverage} "whole",
 * {@code former_provinces} empty). {@code 2025} re-expresses rows of the 63-province era on the
 * 34 post-merger provinces ({@code admin_version} 34):
 *
 * <ul>
 *   <li>When every former province of the new one has the table's headline figure for the same
 *       period, the parts become one row ({@code coverage} "whole"): amounts and counts add up,
 *       percentages are recomputed from numerators and denominators where every part has both
 *       (a part's plan is its stated plan or {@code amount / pct × 100}), other columns are empty
 *       when they cannot be combined. {@code former_provinces} names the parts.
 *   <li>Otherwise each former province keeps its own row ({@code coverage} "partial") with the
 *       new province named in {@code province_code}/{@code province_name} and the former one in
 *       {@code former_provinces}. Partial rows are never ranked: they cover part of a territory.
 *   <li>Rows already reported on the 34 provinces pass through unchanged.
 * </ul>
 */
public final class Boundaries {
  private Boundaries() {}

  /**
   * Record-level relabelling kept for existing callers: "2025" names each 63-era record's
   * successor province (former one in {@code former_provinces}, {@code admin_version} 34)
   * without adding anything up. The comparison tables use {@link #combine} instead.
   */
  public static Dataset<Row> prepare(Dataset<Row> records, String boundaries) {
    if (!"2025".equals(boundaries)) {
      return records.withColumn("former_provinces", functions.lit(null).cast("string"));
    }
    return records
        .withColumn("former_provinces", functions.when(functions.col("admin_version").equalTo(63), functions.col("province_name"))
            .otherwise(functions.lit(null).cast("string")))
        .withColumn("province_code", functions.col("province_code_2025"))
        .withColumn("province_name", functions.col("province_name_2025"))
        .withColumn("admin_version", functions.lit(34));
  }

  /** A column of a per-province parts view and how it combines across former provinces. */
  record Col(String name, String combined) {}

  /** The part keys every combinable view carries besides its value columns. */
  static final String PROVINCE = "admin_version, province_code, province_name, province_code_2025, province_name_2025";

  static final String PERIOD = "period_type, period_start, period_end";

  /** Sum of a double column as a double, exact and order-independent (decimal arithmetic). */
  static String dsum(String expr) {
    return "CAST(try_sum(try_cast(" + expr + " AS DECIMAL(38,6))) AS DOUBLE)";
  }

  /** Sum when every part has the value; empty otherwise; the value itself for a single part. */
  static String sumIfAll(String col) {
    return "CASE WHEN count(*) = 1 THEN max(" + col + ") WHEN count(" + col + ") = count(*) THEN " + dsum(col) + " END";
  }

  /** Union of array columns, sorted. */
  static String unionArrays(String col) {
    return "sort_array(array_distinct(flatten(collect_list(" + col + "))))";
  }

  /** true when any part is true, false when all are false, empty when unknown. */
  static String any(String col) {
    return "bool_or(" + col + ")";
  }

  /** Conflict descriptions of the parts, prefixed with the former province's name. */
  static String conflicts(String col) {
    return "CASE WHEN count(*) = 1 THEN max(" + col + ") ELSE nullif(array_join(sort_array(collect_list(CASE WHEN " + col
        + " IS NOT NULL THEN concat(province_name, ': ', " + col + ") END)), ' | '), '') END";
  }

  /** A value every part states alike (a basis); empty when they differ. */
  static String same(String col) {
    return "CASE WHEN size(collect_set(coalesce(" + col + ", '-'))) = 1 THEN max(" + col + ") END";
  }

  /**
   * SQL re-expressing {@code parts} on {@code boundaries}.
   *
   * @param parts a view with {@link #PROVINCE}, {@link #PERIOD} and the value columns
   * @param formers the view registered by {@link #register} holding {@code code_2025, n_formers}
   * @param headline SQL true on a part that has the table's headline figure
   * @param sameInGroup extra group-level condition for combining, as window expressions over
   *     {@code _w} (for example a single basis across parts), or null
   */
  static String combine(String boundaries, String parts, String formers, String headline, String sameInGroup, List<Col> cols) {
    List<String> names = new ArrayList<>();
    List<String> combined = new ArrayList<>();
    for (Col c : cols) {
      names.add(c.name());
      combined.add(c.combined() + " AS " + c.name());
    }
    String plain = String.join(", ", names);
    if (!"2025".equals(boundaries)) {
      return "SELECT " + PROVINCE + ", " + PERIOD + ", CAST(NULL AS STRING) AS former_provinces, 'whole' AS coverage, "
          + plain + " FROM " + parts;
    }
    String complete = "(_n_formers = 1 OR (_n_ok = _n_formers" + (sameInGroup == null ? "" : " AND _same") + "))";
    return Sql.format("""
        WITH m AS (SELECT t.*, coalesce(nf.n_formers, 1) AS _n_formers,
                     sum(CASE WHEN %4$s THEN 1 ELSE 0 END) OVER _w AS _n_ok%5$s
                   FROM %1$s t LEFT JOIN %2$s nf ON t.province_code_2025 = nf.code_2025
                   WHERE t.admin_version = 63
                   WINDOW _w AS (PARTITION BY t.province_code_2025, t.period_type, t.period_start, t.period_end))
        SELECT 34 AS admin_version, province_code_2025 AS province_code, province_name_2025 AS province_name,
          province_code_2025, province_name_2025, %3$s,
          array_join(transform(array_sort(collect_list(struct(province_code, province_name))), s -> s.province_name), '; ') AS former_provinces,
          'whole' AS coverage, %6$s
        FROM m WHERE %7$s
        GROUP BY province_code_2025, province_name_2025, %3$s
        UNION ALL
        SELECT 34 AS admin_version, province_code_2025 AS province_code, province_name_2025 AS province_name,
          province_code_2025, province_name_2025, %3$s, province_name AS former_provinces, 'partial' AS coverage, %8$s
        FROM m WHERE NOT %7$s
        UNION ALL
        SELECT %9$s, %3$s, CAST(NULL AS STRING) AS former_provinces, 'whole' AS coverage, %8$s
        FROM %1$s WHERE admin_version IS NULL OR admin_version <> 63
        """, parts, formers, PERIOD, headline, sameInGroup == null ? "" : ", (" + sameInGroup + ") AS _same",
            String.join(", ", combined), complete, plain, PROVINCE);
  }

  /**
   * Registers the reference views the combination needs: {@code formers} ({@code code_2025,
   * name_2025, n_formers, former_names}) and {@code provinces} (every province of the view:
   * {@code admin_version, province_code, province_name, province_code_2025, province_name_2025,
   * former_provinces}).
   */
  static void register(SparkSession spark, Gazetteer gaz, String boundaries, String formersView, String provincesView) {
    Map<String, List<Province>> byNew = new TreeMap<>();
    for (Province p : gaz.provinces()) {
      byNew.computeIfAbsent(p.code2025(), k -> new ArrayList<>()).add(p);
    }
    List<Row> formers = new ArrayList<>();
    for (Map.Entry<String, List<Province>> e : byNew.entrySet()) {
      List<String> names = new ArrayList<>();
      e.getValue().stream().sorted((a, b) -> a.code().compareTo(b.code())).forEach(p -> names.add(p.name()));
      formers.add(RowFactory.create(e.getKey(), gaz.name2025(e.getKey()).orElse(e.getValue().get(0).name2025()),
          e.getValue().size(), String.join("; ", names)));
    }
    StructType fs = DataTypes.createStructType(List.of(
        DataTypes.createStructField("code_2025", StringType, false),
        DataTypes.createStructField("name_2025", StringType, false),
        DataTypes.createStructField("n_formers", IntegerType, false),
        DataTypes.createStructField("former_names", StringType, false)));
    spark.createDataFrame(formers, fs).createOrReplaceTempView(formersView);

    List<Row> provinces = new ArrayList<>();
    if ("2025".equals(boundaries)) {
      for (Row f : formers) {
        provinces.add(RowFactory.create(34, f.getString(0), f.getString(1), f.getString(0), f.getString(1), f.getString(3)));
      }
    } else {
      for (Province p : gaz.provinces()) {
        provinces.add(RowFactory.create(63, p.code(), p.name(), p.code2025(), p.name2025(), null));
      }
    }
    StructType ps = DataTypes.createStructType(List.of(
        DataTypes.createStructField("admin_version", IntegerType, false),
        DataTypes.createStructField("province_code", StringType, false),
        DataTypes.createStructField("province_name", StringType, false),
        DataTypes.createStructField("province_code_2025", StringType, false),
        DataTypes.createStructField("province_name_2025", StringType, false),
        DataTypes.createStructField("former_provinces", StringType, true)));
    Dataset<Row> df = spark.createDataFrame(provinces, ps);
    df.createOrReplaceTempView(provincesView);
  }
}
