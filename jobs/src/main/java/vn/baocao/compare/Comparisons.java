package vn.baocao.compare;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The comparison tables planners read, computed from the records table with Spark SQL. Every
 * row keeps the doc_ids it came from. Columns are documented in docs/tables.md.
 *
 * <p>Headline rule: when a province states several budget-revenue totals for the same period
 * (the total on its territory, the local share, a sub-total), the largest amount is the
 * headline; the others stay in records. A percentage is taken from the same group, estimate
 * basis first.
 */
public final class Comparisons {
  private Comparisons() {}

  /** Table names in output order. */
  public static final String[] TABLES = {"budget", "disbursement", "new_rural_area", "scorecard", "units"};

  /** Date from which the 2026 new-rural-area standard (Decision 51/2025/QĐ-TTg) applies. */
  public static final String NTM_2026_FROM = "2026-02-15";

  /**
   * Computes all tables.
   *
   * @param records rows in the records schema
   * @param boundaries "2023" (as reported) or "2025" (the 34 post-merger provinces)
   */
  public static Map<String, Dataset<Row>> compute(SparkSession spark, Dataset<Row> records, String boundaries) {
    String view = "baocao_records_" + Math.abs(System.identityHashCode(records));
    Dataset<Row> prepared = Boundaries.prepare(records, boundaries);
    prepared.createOrReplaceTempView(view);
    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    out.put("budget", spark.sql(budget(view)));
    out.put("disbursement", spark.sql(disbursement(view)));
    out.put("new_rural_area", spark.sql(newRuralArea(view)));
    out.put("scorecard", spark.sql(scorecard(view)));
    out.put("units", spark.sql(units(view)));
    return out;
  }

  /** Province-level facts of one indicator, grouped by comparable period. */
  private static String periodGroups(String view, String indicator) {
    return "SELECT admin_version, province_code, province_name, province_code_2025, province_name_2025, "
        + "former_provinces, period_type, period_start, period_end, "
        + "max(CASE WHEN measure = 'level' AND unit = 'vnd_billion' THEN value END) AS amount, "
        + "max_by(CASE WHEN measure = 'pct_of_plan' THEN value END, "
        + "  CASE WHEN measure = 'pct_of_plan' THEN (CASE basis WHEN 'estimate' THEN 4 WHEN 'assigned_plan' THEN 3 WHEN 'plan' THEN 2 ELSE 1 END) * 1000000 - record_no END) AS pct_of_plan, "
        + "max_by(CASE WHEN measure = 'pct_of_plan' THEN basis END, "
        + "  CASE WHEN measure = 'pct_of_plan' THEN (CASE basis WHEN 'estimate' THEN 4 WHEN 'assigned_plan' THEN 3 WHEN 'plan' THEN 2 ELSE 1 END) * 1000000 - record_no END) AS plan_basis, "
        + "max(CASE WHEN measure = 'pct_of_plan' THEN denominator END) AS plan_amount, "
        + "max(CASE WHEN measure = 'change' AND basis = 'yoy' THEN value END) AS change_yoy, "
        + "concat_ws(';', sort_array(collect_set(assessment))) AS flags, "
        + "count(DISTINCT CASE WHEN measure = 'level' THEN value END) AS distinct_amounts, "
        + "sort_array(collect_set(doc_id)) AS doc_ids "
        + "FROM " + view + " WHERE area_level = 'province' AND indicator = '" + indicator + "' AND period_type IS NOT NULL "
        + "GROUP BY admin_version, province_code, province_name, province_code_2025, province_name_2025, former_provinces, period_type, period_start, period_end";
  }

  private static String months() {
    return "CASE WHEN period_type = 'as_of' THEN NULL "
        + "ELSE (year(period_end) - year(period_start)) * 12 + month(period_end) - month(period_start) + 1 END";
  }

  static String budget(String view) {
    return "WITH g AS (" + periodGroups(view, "budget_revenue") + "), "
        + "d AS (SELECT province_code, period_type, period_end, max(CASE WHEN measure = 'level' AND unit = 'vnd_billion' THEN value END) AS domestic "
        + "  FROM " + view + " WHERE area_level = 'province' AND indicator = 'domestic_revenue' GROUP BY province_code, period_type, period_end), "
        + "e AS (SELECT province_code, period_type, period_end, max(CASE WHEN measure = 'level' AND unit = 'vnd_billion' THEN value END) AS expenditure "
        + "  FROM " + view + " WHERE area_level = 'province' AND indicator = 'budget_expenditure' GROUP BY province_code, period_type, period_end), "
        + "m AS (SELECT g.*, d.domestic, e.expenditure, " + months().replace("period_", "g.period_") + " AS months_covered FROM g "
        + "  LEFT JOIN d ON g.province_code = d.province_code AND g.period_type = d.period_type AND g.period_end <=> d.period_end "
        + "  LEFT JOIN e ON g.province_code = e.province_code AND g.period_type = e.period_type AND g.period_end <=> e.period_end) "
        + "SELECT admin_version, province_code, province_name, province_code_2025, province_name_2025, former_provinces, "
        + "period_type, period_start, period_end, months_covered, "
        + "amount AS revenue_vnd_billion, round(amount / months_covered, 3) AS monthly_avg_vnd_billion, "
        + "pct_of_plan, plan_basis, change_yoy AS change_yoy_pct, domestic AS domestic_revenue_vnd_billion, "
        + "expenditure AS expenditure_vnd_billion, "
        + "CASE WHEN amount IS NULL THEN NULL ELSE rank() OVER (PARTITION BY period_type, period_end ORDER BY amount DESC NULLS LAST) END AS rank_in_group, "
        + "count(amount) OVER (PARTITION BY period_type, period_end) AS group_size, "
        + "percentile(amount, 0.5) OVER (PARTITION BY period_type, period_end) AS group_median, "
        + "CASE WHEN amount IS NULL THEN NULL WHEN amount > percentile(amount, 0.5) OVER (PARTITION BY period_type, period_end) THEN 'above' "
        + "  WHEN amount < percentile(amount, 0.5) OVER (PARTITION BY period_type, period_end) THEN 'below' ELSE 'median' END AS vs_median, "
        + "CASE WHEN amount IS NULL THEN NULL ELSE ntile(4) OVER (PARTITION BY period_type, period_end, amount IS NULL ORDER BY amount DESC) END AS quartile, "
        + "nullif(flags, '') AS flags, distinct_amounts > 1 AS several_amounts_stated, size(doc_ids) AS n_sources, doc_ids "
        + "FROM m";
  }

  static String disbursement(String view) {
    String grp = "PARTITION BY period_type, period_end";
    return "WITH g AS (" + periodGroups(view, "disbursement") + ") "
        + "SELECT admin_version, province_code, province_name, province_code_2025, province_name_2025, former_provinces, "
        + "period_type, period_start, period_end, pct_of_plan, plan_basis, amount AS disbursed_vnd_billion, plan_amount AS plan_vnd_billion, "
        + "change_yoy AS change_yoy_pct, "
        + "CASE WHEN pct_of_plan IS NULL THEN NULL ELSE rank() OVER (" + grp + " ORDER BY pct_of_plan DESC NULLS LAST) END AS rank_in_group, "
        + "count(pct_of_plan) OVER (" + grp + ") AS group_size, "
        + "percentile(pct_of_plan, 0.5) OVER (" + grp + ") AS group_median_pct, "
        + "CASE WHEN pct_of_plan IS NULL THEN NULL WHEN pct_of_plan > percentile(pct_of_plan, 0.5) OVER (" + grp + ") THEN 'above' "
        + "  WHEN pct_of_plan < percentile(pct_of_plan, 0.5) OVER (" + grp + ") THEN 'below' ELSE 'median' END AS vs_median, "
        + "CASE WHEN pct_of_plan IS NULL THEN NULL ELSE ntile(4) OVER (PARTITION BY period_type, period_end, pct_of_plan IS NULL ORDER BY pct_of_plan DESC) END AS quartile, "
        + "pct_of_plan < 15 AS below_15_pct, pct_of_plan < 20 AS below_20_pct, "
        + "nullif(flags, '') AS flags, size(doc_ids) AS n_sources, doc_ids FROM g";
  }

  static String newRuralArea(String view) {
    return "WITH n AS (SELECT * FROM " + view + " WHERE area_level = 'province' AND category = 'new_rural_area'), "
        + "latest AS (SELECT province_code, max(period_end) AS as_of FROM n WHERE indicator = 'ntm_communes' GROUP BY province_code), "
        + "p AS (SELECT n.admin_version, n.province_code, n.province_name, n.province_code_2025, n.province_name_2025, n.former_provinces, latest.as_of, "
        + "  max(CASE WHEN indicator = 'ntm_communes' AND measure = 'level' AND period_end = latest.as_of THEN value END) AS ntm_communes, "
        + "  max(CASE WHEN indicator = 'ntm_communes' AND measure = 'level' AND period_end = latest.as_of THEN denominator END) AS total_communes, "
        + "  max(CASE WHEN indicator = 'ntm_communes' AND measure = 'share' AND period_end = latest.as_of THEN value END) AS stated_share, "
        + "  max_by(CASE WHEN indicator = 'ntm_advanced_communes' AND measure = 'level' THEN value END, CASE WHEN indicator = 'ntm_advanced_communes' AND measure = 'level' THEN period_end END) AS advanced_communes, "
        + "  max_by(CASE WHEN indicator = 'ntm_model_communes' AND measure = 'level' THEN value END, CASE WHEN indicator = 'ntm_model_communes' AND measure = 'level' THEN period_end END) AS model_communes, "
        + "  max_by(CASE WHEN indicator = 'ntm_districts' AND measure = 'level' THEN value END, CASE WHEN indicator = 'ntm_districts' AND measure = 'level' THEN period_end END) AS ntm_districts, "
        + "  sort_array(collect_set(n.doc_id)) AS doc_ids "
        + "  FROM n JOIN latest ON n.province_code = latest.province_code "
        + "  GROUP BY n.admin_version, n.province_code, n.province_name, n.province_code_2025, n.province_name_2025, n.former_provinces, latest.as_of) "
        + "SELECT admin_version, province_code, province_name, province_code_2025, province_name_2025, former_provinces, as_of, "
        + "ntm_communes, total_communes, "
        + "coalesce(round(ntm_communes / total_communes * 100, 1), stated_share) AS share_pct, stated_share AS stated_share_pct, "
        + "CASE WHEN stated_share IS NOT NULL AND total_communes IS NOT NULL AND abs(ntm_communes / total_communes * 100 - stated_share) > 0.5 THEN true "
        + "  WHEN stated_share IS NOT NULL AND total_communes IS NOT NULL THEN false END AS share_mismatch, "
        + "advanced_communes, model_communes, ntm_districts, "
        + "CASE WHEN as_of >= DATE'" + NTM_2026_FROM + "' THEN 'qd51_2025' ELSE 'criteria19_2021_2025' END AS ntm_standard, "
        + "CASE WHEN coalesce(ntm_communes / total_communes * 100, stated_share) IS NULL THEN NULL "
        + "  ELSE rank() OVER (PARTITION BY CASE WHEN as_of >= DATE'" + NTM_2026_FROM + "' THEN 1 ELSE 0 END "
        + "    ORDER BY coalesce(ntm_communes / total_communes * 100, stated_share) DESC NULLS LAST) END AS rank_by_share, "
        + "size(doc_ids) AS n_sources, doc_ids FROM p";
  }

  static String scorecard(String view) {
    String[] focus = {"budget_revenue", "domestic_revenue", "budget_expenditure", "disbursement", "ntm_communes",
        "ntm_advanced_communes", "ntm_model_communes", "ntm_districts"};
    StringBuilder cols = new StringBuilder();
    StringBuilder known = new StringBuilder("0");
    for (String f : focus) {
      cols.append(", max(CASE WHEN indicator = '").append(f).append("' THEN value END) AS ").append(f)
          .append(", max(CASE WHEN indicator = '").append(f).append("' THEN measure END) AS ").append(f).append("_measure")
          .append(", max(CASE WHEN indicator = '").append(f).append("' THEN period_type END) AS ").append(f).append("_period")
          .append(", max(CASE WHEN indicator = '").append(f).append("' THEN period_end END) AS ").append(f).append("_period_end")
          .append(", max(CASE WHEN indicator = '").append(f).append("' THEN rnk END) AS ").append(f).append("_rank");
      known.append(" + CASE WHEN max(CASE WHEN indicator = '").append(f).append("' THEN value END) IS NULL THEN 0 ELSE 1 END");
    }
    // the figure shown per indicator: amounts for budget, % of plan for disbursement, counts for NTM
    String pick = "CASE WHEN indicator IN ('budget_revenue','domestic_revenue','budget_expenditure') THEN measure = 'level' AND unit = 'vnd_billion' "
        + "WHEN indicator = 'disbursement' THEN measure = 'pct_of_plan' ELSE measure = 'level' END";
    return "WITH f AS (SELECT * FROM " + view + " WHERE area_level = 'province' AND value IS NOT NULL AND (" + pick + ")), "
        + "l AS (SELECT *, row_number() OVER (PARTITION BY province_code, indicator ORDER BY period_end DESC NULLS LAST, value DESC, doc_id, record_no) AS rn FROM f), "
        + "r AS (SELECT *, rank() OVER (PARTITION BY indicator, period_type, period_end ORDER BY value DESC) AS rnk FROM l WHERE rn = 1) "
        + "SELECT admin_version, province_code, province_name, province_code_2025, province_name_2025" + cols
        + ", " + known + " AS indicators_known, sort_array(collect_set(doc_id)) AS doc_ids FROM r "
        + "GROUP BY admin_version, province_code, province_name, province_code_2025, province_name_2025";
  }

  static String units(String view) {
    return "WITH u AS (SELECT * FROM " + view + " WHERE area_level IS NOT NULL AND area_level <> 'province' AND category IN ('budget','disbursement','new_rural_area')), "
        + "l AS (SELECT *, row_number() OVER (PARTITION BY province_code, area_level, area_name, indicator, measure, basis, period_type, period_end ORDER BY value DESC NULLS LAST, doc_id, record_no) AS rn FROM u), "
        + "p AS (SELECT province_code AS pc, indicator AS pi, measure AS pm, period_type AS pt, period_end AS pe, max(value) AS province_value "
        + "  FROM " + view + " WHERE area_level = 'province' AND measure = 'level' GROUP BY province_code, indicator, measure, period_type, period_end) "
        + "SELECT l.admin_version, l.province_code, l.province_name, l.province_code_2025, l.province_name_2025, l.area_level, l.area_name, "
        + "l.indicator, l.measure, l.value, l.unit, l.basis, l.denominator, l.assessment, l.period_type, l.period_start, l.period_end, "
        + "CASE WHEN l.value IS NULL THEN NULL ELSE rank() OVER (PARTITION BY l.province_code, l.indicator, l.measure, l.basis, l.period_type, l.period_end ORDER BY l.value DESC) END AS rank_in_province, "
        + "p.province_value, CASE WHEN p.province_value IS NOT NULL AND l.measure = 'level' THEN l.value > p.province_value END AS exceeds_province, "
        + "array(l.doc_id) AS doc_ids FROM l LEFT JOIN p ON l.province_code = p.pc AND l.indicator = p.pi AND l.measure = p.pm "
        + "AND l.period_type = p.pt AND l.period_end <=> p.pe WHERE l.rn = 1";
  }
}
