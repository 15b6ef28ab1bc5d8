package vn.baocao.compare;

import static vn.baocao.compare.Boundaries.any;
import static vn.baocao.compare.Boundaries.conflicts;
import static vn.baocao.compare.Boundaries.dsum;
import static vn.baocao.compare.Boundaries.sumIfAll;
import static vn.baocao.compare.Boundaries.unionArrays;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.baocao.compare.Boundaries.Col;
import vn.baocao.reference.Reference;
import vn.baocao.spark.Concurrent;

/**
 * The comparison tables planners read, computed from the records table with Spark SQL.
 * Columns, units and rules are documented in docs/tables.md; schemas are declared in
 * {@link ComparisonSchemas}. Every row keeps the doc_ids it came from.
 *
 * <p>Stages: records → {@link Facts} (one value per stated fact, conflicts flagged) → per-table
 * parts per province and period → {@link Boundaries} (as reported, or the 34 provinces) →
 * ranking within comparable groups → the declared columns.
 *
 * <p>Headline rule: when a province states several budget-revenue totals for the same period in
 * one report (the total on its territory, the local share, a sub-total), the largest amount is
 * the headline; the others stay in records. The percentage shown is the one against the
 * preferred basis (budget: estimate, assigned plan, plan, resolution; disbursement: assigned
 * plan, plan, estimate, resolution).
 */
public final class Comparisons {
  private Comparisons() {}

  /** Table names in output order. */
  public static final String[] TABLES = ComparisonSchemas.TABLES.keySet().toArray(new String[0]);

  /** Date from which the 2026 new-rural-area standard (Decision 51/2025/QĐ-TTg) applies. */
  public static final String NTM_2026_FROM = "2026-02-15";

  /** {@code ntm_standard} of counts before {@link #NTM_2026_FROM}: the 19-criterion set of 2021–2025. */
  public static final String NTM_CRITERIA19 = "criteria19_2021_2025";

  /** {@code ntm_standard} of counts from {@link #NTM_2026_FROM}: Decision 51/2025/QĐ-TTg. */
  public static final String NTM_QD51 = "qd51_2025";

  private static final AtomicLong RUNS = new AtomicLong();

  /** Computes all tables from records alone (no publication dates for the conflict rule). */
  public static Map<String, Dataset<Row>> compute(SparkSession spark, Dataset<Row> records, String boundaries) {
    return compute(spark, records, null, boundaries);
  }

  /**
   * Computes all tables.
   *
   * @param records rows in the records schema
   * @param documents rows with at least {@code doc_id, published_date} (the documents table), or
   *     null; used only to prefer the latest published source when two disagree
   * @param boundaries "2023" (as reported) or "2025" (the 34 post-merger provinces)
   */
  public static Map<String, Dataset<Row>> compute(SparkSession spark, Dataset<Row> records, Dataset<Row> documents,
      String boundaries) {
    String b = "2025".equals(boundaries) ? "2025" : "2023";
    Views v = new Views(spark, "baocao_cmp" + RUNS.incrementAndGet() + "_");
    // Every table reads budget, disbursement and new-rural-area facts only, and none reads the
    // evidence text: dropping the rest before the joins and windows keeps the sorts of a
    // million-report run to the rows and bytes that can reach a table.
    v.put("rec", records
        .filter("category IN ('budget', 'disbursement', 'new_rural_area') OR indicator IN ("
            + String.join(", ", ComparisonSchemas.SCORECARD_INDICATORS.stream().map(i -> "'" + i + "'").toList()) + ")")
        .withColumn("evidence", org.apache.spark.sql.functions.lit(null).cast("string")));
    String docs = null;
    if (documents != null) {
      v.put("docs", documents.select("doc_id", "published_date"));
      docs = v.name("docs");
    }
    Boundaries.register(spark, Reference.defaults().gazetteer(), b, v.name("formers"), v.name("provinces"));
    v.sql("norm", Facts.normalised(v.name("rec"), docs));
    v.sql("facts", Facts.facts(v.name("norm")));
    v.sql("assessed", Facts.attached(v.name("norm")));
    // Materialised once: every table reads the facts, and the scorecard reads three tables.
    // Cutting the plan here keeps Spark's analysis of the nested views fast (seconds, not minutes).
    Dataset<Row> fx = v.sql("fx0", Facts.withFlags(v.name("assessed"), v.name("facts"))).localCheckpoint();
    v.put("fx", fx);

    // Each table costs the driver a second or two of planning whatever the data, on one core:
    // the independent ones are planned and materialised two at a time (the scorecard reads
    // three of them, so it comes after those).
    List<Concurrent.Task<Dataset<Row>>> parts = List.of(() -> budget(v, b), () -> disbursement(v, b),
        () -> newRuralArea(v, b), () -> units(v, b));
    List<Dataset<Row>> done;
    try {
      done = Concurrent.run("baocao-compare", 2, parts);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // the tasks do no I/O of their own
    }
    // Every table that reads the facts is materialised: the facts' blocks (a row per stated
    // focus figure) would otherwise stay in the heap through the tables' writes and the workbook.
    dropCheckpoint(fx);
    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    out.put("budget", done.get(0));
    out.put("disbursement", done.get(1));
    out.put("new_rural_area", done.get(2));
    out.put("scorecard", scorecard(v));
    out.put("units", done.get(3));
    return out;
  }

  /**
   * Frees the blocks of a {@link Dataset#localCheckpoint()}: Spark keeps them for the whole
   * session, as the data of a plan that was cut there. The Dataset must not be read afterwards.
   * Through the context rather than {@code RDD.unpersist}, which warns on every run that a
   * checkpoint's lineage cannot be recomputed (the point here).
   */
  static void dropCheckpoint(Dataset<Row> checkpointed) {
    if (checkpointed instanceof org.apache.spark.sql.classic.Dataset<Row> d
        && d.logicalPlan() instanceof org.apache.spark.sql.execution.LogicalRDD plan) {
      plan.rdd().sparkContext().unpersistRDD(plan.rdd().id(), false);
    }
  }

  /** Temp views of one computation, uniquely prefixed so computations never collide. */
  private record Views(SparkSession spark, String prefix) {
    String name(String n) {
      return prefix + n;
    }

    void put(String n, Dataset<Row> df) {
      df.createOrReplaceTempView(name(n));
    }

    Dataset<Row> sql(String n, String sql) {
      Dataset<Row> df = spark.sql(sql);
      put(n, df);
      return df;
    }
  }

  // ---------------------------------------------------------------- shared SQL pieces

  private static String months(String start, String end, String type) {
    return "CASE WHEN " + type + " = 'as_of' OR " + start + " IS NULL OR " + end + " < " + start + " THEN NULL "
        + "ELSE CAST((year(" + end + ") - year(" + start + ")) * 12 + month(" + end + ") - month(" + start + ") + 1 AS INT) END";
  }

  private static String pref(String order) {
    String[] bases = order.split(",");
    StringBuilder s = new StringBuilder("CASE basis");
    for (int i = 0; i < bases.length; i++) {
      s.append(" WHEN '").append(bases[i]).append("' THEN ").append(bases.length - i);
    }
    return s.append(" ELSE 0 END").toString();
  }

  private static String partsTail(String flagIndicator) {
    return "sort_array(array_distinct(flatten(collect_list(CASE WHEN indicator = '" + flagIndicator + "' THEN flags END)))) AS flags_arr, "
        + "coalesce(bool_or(source_conflict), false) AS source_conflict, "
        + "nullif(array_join(sort_array(collect_list(CASE WHEN source_conflict THEN "
        + "concat(concat_ws(' ', indicator, measure, basis), ': ', conflicting_values) END)), ' | '), '') AS conflicting_values, "
        + "sort_array(array_distinct(flatten(collect_list(doc_ids)))) AS doc_ids";
  }

  private static final String PART_KEYS = Boundaries.PROVINCE + ", " + Boundaries.PERIOD;

  /**
   * Ranks rows of {@code table} by {@code value} (higher is better) within {@code group}, over
   * rows that cover a whole province. Adds {@code _rank, _n, _med, _best, _above, _below,
   * _best_names, _quartile, _vs, _gap, _tier}.
   */
  static String ranked(String table, String value, String group) {
    return Sql.format("""
        WITH a AS (SELECT t.*, CASE WHEN coverage <> 'partial' THEN %2$s END AS _rv FROM %1$s t),
        b AS (SELECT a.*,
                CASE WHEN _rv IS NULL THEN NULL ELSE rank() OVER (PARTITION BY %3$s ORDER BY _rv DESC) END AS _rank,
                CAST(count(_rv) OVER (PARTITION BY %3$s) AS INT) AS _n,
                percentile(_rv, 0.5) OVER (PARTITION BY %3$s) AS _med,
                max(_rv) OVER (PARTITION BY %3$s) AS _best
              FROM a),
        c AS (SELECT b.*,
                CAST(sum(CASE WHEN _rv > _med THEN 1 ELSE 0 END) OVER (PARTITION BY %3$s) AS INT) AS _above,
                CAST(sum(CASE WHEN _rv < _med THEN 1 ELSE 0 END) OVER (PARTITION BY %3$s) AS INT) AS _below,
                nullif(array_join(sort_array(collect_set(CASE WHEN _rv = _best THEN province_name END) OVER (PARTITION BY %3$s)), '; '), '') AS _best_names
              FROM b),
        d AS (SELECT c.*,
                CASE WHEN _rank IS NULL THEN NULL ELSE CAST(1 + floor((_rank - 1) * 4 / _n) AS INT) END AS _quartile,
                CASE WHEN _rv IS NULL THEN NULL WHEN _rv > _med THEN 'above' WHEN _rv < _med THEN 'below' ELSE 'median' END AS _vs,
                CASE WHEN _rv IS NULL THEN NULL ELSE round(_best - _rv, 3) END AS _gap
              FROM c),
        e AS (SELECT d.*, CASE _quartile WHEN 1 THEN 'top' WHEN 2 THEN 'upper_middle' WHEN 3 THEN 'lower_middle' WHEN 4 THEN 'bottom' END AS _tier
              FROM d)
        SELECT e.* EXCEPT (_rank, _med, _best, _above, _below, _best_names, _quartile, _vs, _gap, _tier),
          %4$s
        FROM e
        """, table, value, group, ALONE_NULLS);
  }

  /**
   * A group of one province has nothing to be compared with: rank 1, tier "top" and a median
   * equal to its own value would read as a result. Those columns are N/A when {@code _n < 2};
   * {@code _n} itself (group_size) stays, so a reader sees why.
   */
  private static final String ALONE_NULLS = String.join(",\n          ",
      "CASE WHEN _n < 2 THEN NULL ELSE _rank END AS _rank",
      "CASE WHEN _n < 2 THEN NULL ELSE _med END AS _med",
      "CASE WHEN _n < 2 THEN NULL ELSE _best END AS _best",
      "CASE WHEN _n < 2 THEN NULL ELSE _above END AS _above",
      "CASE WHEN _n < 2 THEN NULL ELSE _below END AS _below",
      "CASE WHEN _n < 2 THEN NULL ELSE _best_names END AS _best_names",
      "CASE WHEN _n < 2 THEN NULL ELSE _quartile END AS _quartile",
      "CASE WHEN _n < 2 THEN NULL ELSE _vs END AS _vs",
      "CASE WHEN _n < 2 THEN NULL ELSE _gap END AS _gap",
      "CASE WHEN _n < 2 THEN NULL ELSE _tier END AS _tier");

  private static final String PERIOD_GROUP = "admin_version, period_type, period_end";

  private static String periodGroupLabel() {
    return "concat(period_type, ' ', CAST(period_end AS STRING), ' (', CAST(admin_version AS STRING), ')')";
  }

  private static Dataset<Row> conform(String table, Views v, String sql) {
    // On local disk, not in the heap: the units table of a million reports is 1.8 million rows,
    // which held as row objects took 0.7 GB of a 3 GB heap through the writes and the workbook.
    // Each table is read back two or three times (its Parquet, the report, the scorecard).
    Dataset<Row> df = ComparisonSchemas.conform(table, v.sql(table + "0", sql))
        .localCheckpoint(true, org.apache.spark.storage.StorageLevel.DISK_ONLY());
    v.put(table, df);
    return df;
  }

  // ---------------------------------------------------------------- budget

  static Dataset<Row> budget(Views v, String boundaries) {
    String pct = "indicator = 'budget_revenue' AND measure = 'pct_of_plan'";
    String pr = pref("estimate,assigned_plan,plan,resolution");
    v.sql("budget_parts", "SELECT " + PART_KEYS + ", "
        + "max(CASE WHEN indicator = 'budget_revenue' AND measure = 'level' AND unit = 'vnd_billion' THEN value END) AS amount, "
        + "max_by(CASE WHEN " + pct + " THEN value END, CASE WHEN " + pct + " THEN " + pr + " END) AS pct, "
        + "max_by(CASE WHEN " + pct + " THEN basis END, CASE WHEN " + pct + " THEN " + pr + " END) AS plan_basis, "
        + "max(CASE WHEN indicator = 'budget_revenue' AND measure = 'change' AND basis = 'yoy' THEN value END) AS change_yoy, "
        + "max(CASE WHEN indicator = 'domestic_revenue' AND measure = 'level' AND unit = 'vnd_billion' THEN value END) AS domestic, "
        + "max(CASE WHEN indicator = 'budget_expenditure' AND measure = 'level' AND unit = 'vnd_billion' THEN value END) AS expenditure, "
        + "coalesce(max(CASE WHEN indicator = 'budget_revenue' AND measure = 'level' THEN n_values END) > 1, false) AS several_amounts_stated, "
        + partsTail("budget_revenue")
        + " FROM " + v.name("fx") + " WHERE area_level = 'province' AND indicator IN ('budget_revenue', 'domestic_revenue', 'budget_expenditure')"
        + " GROUP BY " + PART_KEYS);
    String all = "count(*) > 1 AND count(amount) = count(*) AND count(pct) = count(*) AND min(pct) > 0 "
        + "AND size(collect_set(coalesce(plan_basis, '-'))) = 1";
    List<Col> cols = List.of(
        new Col("amount", sumIfAll("amount")),
        new Col("pct", "CASE WHEN count(*) = 1 THEN max(pct) WHEN " + all + " THEN round(try_divide(" + dsum("amount")
            + ", " + dsum("amount * 100 / pct") + ") * 100, 2) END"),
        new Col("plan_basis", "CASE WHEN count(*) = 1 OR (" + all + ") THEN max(plan_basis) END"),
        new Col("change_yoy", "CASE WHEN count(*) = 1 THEN max(change_yoy) "
            + "WHEN count(amount) = count(*) AND count(change_yoy) = count(*) AND min(change_yoy) > -100 "
            + "THEN round((try_divide(" + dsum("amount") + ", " + dsum("amount / (1 + change_yoy / 100)") + ") - 1) * 100, 2) END"),
        new Col("domestic", sumIfAll("domestic")),
        new Col("expenditure", sumIfAll("expenditure")),
        new Col("several_amounts_stated", any("several_amounts_stated")),
        new Col("flags_arr", unionArrays("flags_arr")),
        new Col("source_conflict", any("source_conflict")),
        new Col("conflicting_values", conflicts("conflicting_values")),
        new Col("doc_ids", unionArrays("doc_ids")));
    v.sql("budget_view", Boundaries.combine(boundaries, v.name("budget_parts"), v.name("formers"), "amount IS NOT NULL", null, cols));
    v.sql("budget_ranked", ranked(v.name("budget_view"), "amount", PERIOD_GROUP));
    String m = months("period_start", "period_end", "period_type");
    return conform("budget", v, "SELECT admin_version, province_code, province_name, province_code_2025, province_name_2025, "
        + "former_provinces, period_type, period_start, period_end, " + m + " AS months_covered, "
        + "amount AS revenue_vnd_billion, round(try_divide(amount, " + m + "), 3) AS monthly_avg_vnd_billion, "
        + "pct AS pct_of_plan, plan_basis, change_yoy AS change_yoy_pct, domestic AS domestic_revenue_vnd_billion, "
        + "expenditure AS expenditure_vnd_billion, _rank AS rank_in_group, _n AS group_size, _med AS group_median, "
        + "_vs AS vs_median, _quartile AS quartile, nullif(array_join(flags_arr, ';'), '') AS flags, several_amounts_stated, "
        + "size(doc_ids) AS n_sources, coverage, " + periodGroupLabel() + " AS comparison_group, _tier AS tier, "
        + "_best AS group_best, _best_names AS best_in_group, _gap AS gap_to_best, _above AS n_above_median, "
        + "_below AS n_below_median, source_conflict, conflicting_values, doc_ids FROM " + v.name("budget_ranked"));
  }

  // ---------------------------------------------------------------- disbursement

  static Dataset<Row> disbursement(Views v, String boundaries) {
    String lvl = "indicator = 'disbursement' AND measure = 'level' AND unit = 'vnd_billion'";
    String pct = "indicator = 'disbursement' AND measure = 'pct_of_plan'";
    String pr = pref("assigned_plan,plan,estimate,resolution");
    v.sql("disb_parts0", "SELECT " + PART_KEYS + ", "
        + "max(CASE WHEN " + lvl + " THEN value END) AS amount, "
        + "max_by(CASE WHEN " + pct + " THEN value END, CASE WHEN " + pct + " THEN " + pr + " END) AS pct, "
        + "max_by(CASE WHEN " + pct + " THEN basis END, CASE WHEN " + pct + " THEN " + pr + " END) AS plan_basis, "
        + "coalesce(max(CASE WHEN " + lvl + " THEN denominator END), "
        + "  max_by(CASE WHEN " + pct + " THEN denominator END, CASE WHEN " + pct + " THEN " + pr + " END)) AS plan_stated, "
        + "max(CASE WHEN " + pct + " AND basis = 'assigned_plan' THEN value END) AS pct_assigned, "
        + "max(CASE WHEN " + pct + " AND basis = 'plan' THEN value END) AS pct_plan, "
        + "max(CASE WHEN indicator = 'disbursement' AND measure = 'change' AND basis = 'yoy' THEN value END) AS change_yoy, "
        + partsTail("disbursement")
        + " FROM " + v.name("fx") + " WHERE area_level = 'province' AND indicator = 'disbursement' GROUP BY " + PART_KEYS);
    // numerator and denominator of each part: stated, or derived from the other two of amount, plan and %
    v.sql("disb_parts", "SELECT p.*, coalesce(amount, plan_stated * pct / 100) AS num, "
        + "coalesce(plan_stated, CASE WHEN pct > 0 THEN amount * 100 / pct END) AS den FROM " + v.name("disb_parts0") + " p");
    String pctAll = "round(try_divide(" + dsum("num") + ", " + dsum("den") + ") * 100, 2)";
    List<Col> cols = List.of(
        new Col("amount", sumIfAll("amount")),
        new Col("pct", "CASE WHEN count(*) = 1 THEN max(pct) ELSE " + pctAll + " END"),
        new Col("plan_basis", "max(plan_basis)"),
        new Col("plan_stated", sumIfAll("plan_stated")),
        new Col("pct_assigned", "CASE WHEN count(*) = 1 THEN max(pct_assigned) WHEN max(plan_basis) = 'assigned_plan' THEN " + pctAll + " END"),
        new Col("pct_plan", "CASE WHEN count(*) = 1 THEN max(pct_plan) WHEN max(plan_basis) = 'plan' THEN " + pctAll + " END"),
        new Col("change_yoy", "CASE WHEN count(*) = 1 THEN max(change_yoy) "
            + "WHEN count(change_yoy) = count(*) AND min(change_yoy) > -100 "
            + "THEN round((try_divide(" + dsum("num") + ", " + dsum("num / (1 + change_yoy / 100)") + ") - 1) * 100, 2) END"),
        new Col("num", sumIfAll("num")),
        new Col("den", sumIfAll("den")),
        new Col("flags_arr", unionArrays("flags_arr")),
        new Col("source_conflict", any("source_conflict")),
        new Col("conflicting_values", conflicts("conflicting_values")),
        new Col("doc_ids", unionArrays("doc_ids")));
    v.sql("disb_view", Boundaries.combine(boundaries, v.name("disb_parts"), v.name("formers"),
        "pct IS NOT NULL AND num IS NOT NULL AND den > 0", "size(collect_set(coalesce(plan_basis, '-')) OVER _w) = 1", cols));
    v.sql("disb_ranked", ranked(v.name("disb_view"), "pct", PERIOD_GROUP));
    String m = months("period_start", "period_end", "period_type");
    return conform("disbursement", v, "SELECT admin_version, province_code, province_name, province_code_2025, province_name_2025, "
        + "former_provinces, period_type, period_start, period_end, pct AS pct_of_plan, plan_basis, "
        + "amount AS disbursed_vnd_billion, plan_stated AS plan_vnd_billion, change_yoy AS change_yoy_pct, "
        + "_rank AS rank_in_group, _n AS group_size, _med AS group_median_pct, _vs AS vs_median, _quartile AS quartile, "
        + "pct < 15 AS below_15_pct, pct < 20 AS below_20_pct, nullif(array_join(flags_arr, ';'), '') AS flags, "
        + "size(doc_ids) AS n_sources, coverage, " + periodGroupLabel() + " AS comparison_group, "
        + m + " AS months_covered, round(try_divide(amount, " + m + "), 3) AS monthly_avg_vnd_billion, "
        + "pct_assigned AS pct_vs_assigned_plan, pct_plan AS pct_vs_plan, "
        + "nullif(array_join(sort_array(collect_set(CASE WHEN _rv IS NOT NULL THEN plan_basis END) "
        + "  OVER (PARTITION BY " + PERIOD_GROUP + ")), ';'), '') AS group_bases, "
        + "_tier AS tier, _best AS group_best_pct, _best_names AS best_in_group, _gap AS gap_to_best_pct, "
        + "_above AS n_above_median, _below AS n_below_median, source_conflict, conflicting_values, doc_ids "
        + "FROM " + v.name("disb_ranked"));
  }

  // ---------------------------------------------------------------- new rural area

  static String standard(String date) {
    return "CASE WHEN " + date + " >= DATE'" + NTM_2026_FROM + "' THEN '" + NTM_QD51 + "' ELSE '" + NTM_CRITERIA19 + "' END";
  }

  /** Prefer the commune count stated with its total, then the larger count. */
  private static final String NTM_PICK = "CASE WHEN measure = 'level' AND indicator = 'ntm_communes' "
      + "THEN (CASE WHEN denominator IS NOT NULL THEN 1.0E9 ELSE 0 END) + value END";

  static Dataset<Row> newRuralArea(Views v, String boundaries) {
    String lvl = "measure = 'level' AND indicator = ";
    v.sql("ntm_parts", "SELECT " + Boundaries.PROVINCE + ", 'as_of' AS period_type, period_end AS period_start, period_end, "
        // count and total from the same record: "24 xã" and "10/21 xã" must not give 24/21
        + "max_by(CASE WHEN " + lvl + "'ntm_communes' THEN value END, " + NTM_PICK + ") AS ntm, "
        + "max_by(CASE WHEN " + lvl + "'ntm_communes' THEN denominator END, " + NTM_PICK + ") AS total, "
        + "max(CASE WHEN measure = 'share' AND indicator = 'ntm_communes' THEN value END) AS stated_share, "
        + "max(CASE WHEN " + lvl + "'ntm_advanced_communes' THEN value END) AS advanced, "
        + "max(CASE WHEN " + lvl + "'ntm_model_communes' THEN value END) AS model, "
        + "max(CASE WHEN " + lvl + "'ntm_districts' THEN value END) AS districts, "
        + partsTail("ntm_communes")
        + " FROM " + v.name("fx") + " WHERE area_level = 'province' AND measure IN ('level', 'share') "
        + "AND indicator IN ('ntm_communes', 'ntm_advanced_communes', 'ntm_model_communes', 'ntm_districts') "
        + "GROUP BY " + Boundaries.PROVINCE + ", period_end");
    List<Col> cols = List.of(
        new Col("ntm", sumIfAll("ntm")),
        new Col("total", sumIfAll("total")),
        new Col("stated_share", "CASE WHEN count(*) = 1 THEN max(stated_share) END"),
        new Col("advanced", sumIfAll("advanced")),
        new Col("model", sumIfAll("model")),
        new Col("districts", sumIfAll("districts")),
        new Col("source_conflict", any("source_conflict")),
        new Col("conflicting_values", conflicts("conflicting_values")),
        new Col("doc_ids", unionArrays("doc_ids")));
    v.sql("ntm_view", Boundaries.combine(boundaries, v.name("ntm_parts"), v.name("formers"), "ntm IS NOT NULL", null, cols));
    // latest as-of per province and standard (a date with a commune count first); a merged
    // province shows its parts only when no whole row exists for that standard
    v.sql("ntm_latest", Sql.format("""
        WITH x AS (SELECT n.*, %2$s AS ntm_standard,
                     coalesce(round(try_divide(ntm, total) * 100, 1), stated_share) AS share FROM %1$s n),
        y AS (SELECT x.*,
                row_number() OVER (PARTITION BY admin_version, province_code, ntm_standard, coverage,
                  CASE WHEN coverage = 'partial' THEN former_provinces END ORDER BY ntm IS NOT NULL DESC, period_end DESC) AS ln,
                max(CASE WHEN coverage = 'partial' THEN 0 ELSE 1 END) OVER (PARTITION BY admin_version, province_code, ntm_standard) AS has_whole
              FROM x)
        SELECT * FROM y WHERE ln = 1 AND (coverage <> 'partial' OR has_whole = 0)
        """, v.name("ntm_view"), standard("period_end")));
    v.sql("ntm_ranked", ranked(v.name("ntm_latest"), "share", "admin_version, ntm_standard"));
    return conform("new_rural_area", v, "SELECT admin_version, province_code, province_name, province_code_2025, province_name_2025, "
        + "former_provinces, period_end AS as_of, ntm AS ntm_communes, total AS total_communes, share AS share_pct, "
        + "stated_share AS stated_share_pct, "
        + "CASE WHEN stated_share IS NOT NULL AND ntm IS NOT NULL AND total > 0 THEN abs(ntm / total * 100 - stated_share) > 0.5 END AS share_mismatch, "
        + "advanced AS advanced_communes, model AS model_communes, districts AS ntm_districts, ntm_standard, "
        + "_rank AS rank_by_share, size(doc_ids) AS n_sources, coverage, "
        + "concat(ntm_standard, ' (', CAST(admin_version AS STRING), ')') AS comparison_group, _n AS group_size, "
        + "_med AS group_median_pct, _vs AS vs_median, _quartile AS quartile, _tier AS tier, _best AS group_best_pct, "
        + "_best_names AS best_in_group, _gap AS gap_to_best_pct, source_conflict, conflicting_values, doc_ids "
        + "FROM " + v.name("ntm_ranked"));
  }

  // ---------------------------------------------------------------- scorecard

  static Dataset<Row> scorecard(Views v) {
    String keys = "admin_version, province_code, province_name, province_code_2025, province_name_2025";
    String budget = v.name("budget");
    String disb = v.name("disbursement");
    String ntm = v.name("new_rural_area");
    String periodCols = "period_type, period_start, period_end, concat(period_type, ' ', CAST(period_end AS STRING)) AS grp";
    String ntmCols = "'as_of' AS period_type, as_of AS period_start, as_of AS period_end, ntm_standard AS grp";
    List<String> parts = new ArrayList<>();
    parts.add(longRow(keys, budget, "budget_revenue", "level", "revenue_vnd_billion", periodCols));
    parts.add(longRow(keys, budget, "domestic_revenue", "level", "domestic_revenue_vnd_billion", periodCols));
    parts.add(longRow(keys, budget, "budget_expenditure", "level", "expenditure_vnd_billion", periodCols));
    parts.add(longRow(keys, disb, "disbursement", "pct_of_plan", "pct_of_plan", periodCols));
    parts.add(longRow(keys, ntm, "ntm_communes", "level", "ntm_communes", ntmCols).replace("CAST(NULL AS INT) AS table_rank", "rank_by_share AS table_rank"));
    parts.add(longRow(keys, ntm, "ntm_advanced_communes", "level", "advanced_communes", ntmCols));
    parts.add(longRow(keys, ntm, "ntm_model_communes", "level", "model_communes", ntmCols));
    parts.add(longRow(keys, ntm, "ntm_districts", "level", "ntm_districts", ntmCols));
    v.sql("score_long", String.join("\nUNION ALL\n", parts));
    StringBuilder pivot = new StringBuilder();
    StringBuilder known = new StringBuilder("CAST(0");
    for (String i : ComparisonSchemas.SCORECARD_INDICATORS) {
      String c = "CASE WHEN indicator = '" + i + "' THEN ";
      pivot.append(", max(").append(c).append("value END) AS ").append(i)
          .append(", max(").append(c).append("measure END) AS ").append(i).append("_measure")
          .append(", max(").append(c).append("period_type END) AS ").append(i).append("_period")
          .append(", max(").append(c).append("period_end END) AS ").append(i).append("_period_end")
          .append(", max(").append(c).append("rnk END) AS ").append(i).append("_rank");
      known.append(" + CASE WHEN p.").append(i).append(" IS NULL THEN 0 ELSE 1 END");
    }
    known.append(" AS INT)");
    StringBuilder select = new StringBuilder();
    for (String i : ComparisonSchemas.SCORECARD_INDICATORS) {
      for (String s : new String[] {"", "_measure", "_period", "_period_end", "_rank"}) {
        select.append(", p.").append(i).append(s);
      }
    }
    return conform("scorecard", v, Sql.format("""
        WITH w AS (SELECT * FROM %1$s WHERE coverage <> 'partial' AND value IS NOT NULL),
        r AS (SELECT w.*,
                CASE WHEN indicator = 'ntm_communes' THEN table_rank
                  WHEN count(*) OVER (PARTITION BY indicator, admin_version, grp) < 2 THEN NULL
                  ELSE rank() OVER (PARTITION BY indicator, admin_version, grp ORDER BY value DESC) END AS rnk,
                row_number() OVER (PARTITION BY admin_version, province_code, indicator
                  ORDER BY period_end DESC, period_start ASC, period_type) AS rn
              FROM w),
        p AS (SELECT admin_version, province_code%2$s, sort_array(array_distinct(flatten(collect_list(doc_ids)))) AS doc_ids
              FROM r WHERE rn = 1 GROUP BY admin_version, province_code),
        seen AS (SELECT %4$s, CAST(NULL AS STRING) AS former_provinces FROM %1$s l
                 LEFT ANTI JOIN %5$s pr ON l.admin_version = pr.admin_version AND l.province_code = pr.province_code
                 GROUP BY %4$s),
        base AS (SELECT * FROM %5$s UNION ALL SELECT * FROM seen)
        SELECT base.admin_version, base.province_code, base.province_name, base.province_code_2025, base.province_name_2025%3$s,
          %6$s AS indicators_known, base.former_provinces, coalesce(p.doc_ids, CAST(array() AS ARRAY<STRING>)) AS doc_ids
        FROM base LEFT JOIN p ON base.admin_version = p.admin_version AND base.province_code = p.province_code
        """, v.name("score_long"), pivot, select, "l.admin_version, l.province_code, l.province_name, l.province_code_2025, l.province_name_2025",
            v.name("provinces"), known));
  }

  private static String longRow(String keys, String table, String indicator, String measure, String valueCol, String periodCols) {
    return "SELECT " + keys + ", '" + indicator + "' AS indicator, '" + measure + "' AS measure, " + valueCol + " AS value, "
        + periodCols + ", coverage, CAST(NULL AS INT) AS table_rank, doc_ids FROM " + table;
  }

  // ---------------------------------------------------------------- units

  static Dataset<Row> units(Views v, String boundaries) {
    boolean b25 = "2025".equals(boundaries);
    String viewCols = b25
        ? "34 AS v_av, province_code_2025 AS v_pc, province_name_2025 AS v_pn, CASE WHEN admin_version = 63 THEN province_name END AS v_former"
        : "admin_version AS v_av, province_code AS v_pc, province_name AS v_pn, CAST(NULL AS STRING) AS v_former";
    String same = "v_av, v_pc, indicator, measure, basis, unit, period_type, period_start, period_end";
    return conform("units", v, Sql.format("""
        WITH u AS (SELECT * FROM %1$s WHERE area_level IS NOT NULL AND area_level NOT IN ('province', 'national')
                     AND category IN ('budget', 'disbursement', 'new_rural_area')),
        p AS (SELECT admin_version AS p_av, province_code AS p_pc, indicator AS p_ind, unit AS p_unit, period_type AS p_pt,
                period_start AS p_ps, period_end AS p_pe, max(value) AS province_value
              FROM %1$s WHERE area_level = 'province' AND measure = 'level' AND value IS NOT NULL
              GROUP BY admin_version, province_code, indicator, unit, period_type, period_start, period_end),
        j AS (SELECT u.*, p.province_value, %2$s FROM u LEFT JOIN p ON u.measure = 'level' AND u.admin_version <=> p.p_av
                AND u.province_code = p.p_pc AND u.indicator = p.p_ind AND u.unit <=> p.p_unit AND u.period_type = p.p_pt
                AND u.period_start <=> p.p_ps AND u.period_end = p.p_pe)
        SELECT v_av AS admin_version, v_pc AS province_code, v_pn AS province_name, province_code_2025, province_name_2025,
          area_level, area_name, indicator, measure, value, unit, basis, denominator,
          CASE WHEN measure = 'assessment' THEN nullif(array_join(flags, ';'), '') END AS assessment,
          period_type, period_start, period_end,
          CASE WHEN value IS NULL THEN NULL ELSE rank() OVER (PARTITION BY %3$s ORDER BY value DESC) END AS rank_in_province,
          province_value, CASE WHEN province_value IS NOT NULL AND measure = 'level' THEN value > province_value END AS exceeds_province,
          v_former AS former_provinces, CAST(count(value) OVER (PARTITION BY %3$s) AS INT) AS group_size,
          size(doc_ids) AS n_sources, source_conflict, conflicting_values, doc_ids
        FROM j
        """, v.name("fx"), viewCols, same));
  }
}
