package vn.baocao.compare;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.io.Schemas;

/**
 * SQL for the layer between records and tables: one value per stated fact, with the sources
 * that stated it and whether they disagree. Spark-free strings; {@link Comparisons} runs them.
 *
 * <p>Rules, in order (docs/tables.md repeats them for planners):
 *
 * <ol>
 *   <li>An assessment ("giải ngân còn đạt thấp") whose clause overlaps a figure of the same
 *       indicator in the same document takes that figure's period, so the flag sits on the row
 *       of the number it qualifies. Otherwise it keeps its own period.
 *   <li>Within one document, several amounts for the same fact are sub-totals (the total on the
 *       territory, the local share, ...): the largest is the document's headline. For other
 *       measures the first stated (lowest {@code record_no}) is.
 *   <li>Across documents, when headlines differ the fact is a conflict: every value is kept in
 *       {@code conflicting_values} with its doc_id, and the value shown is chosen by: latest
 *       {@code published_date} (a later report revises an earlier one; unknown dates come
 *       last), then exact over approximate ({@code exact}, then {@code about}, then
 *       {@code over}/{@code under}), then the smallest doc_id.
 * </ol>
 */
final class Facts {
  private Facts() {}

  /** The key of one fact: who, what, which measure and basis, in which unit, for which period. */
  static final String KEY = "admin_version, area_level, area_name, province_code, province_name, province_code_2025, "
      + "province_name_2025, category, indicator, measure, basis, unit, period_type, period_start, period_end";

  /** A double as plain text without trailing zeros (1400, 24.6, -19), for conflict lists. */
  static String plain(String expr) {
    return "regexp_replace(regexp_replace(CAST(try_cast(" + expr + " AS DECIMAL(38,6)) AS STRING), '0+$', ''), '[.]$', '')";
  }

  /**
   * Records with {@code published_date} joined from documents (when given) and assessments
   * moved to the period of the figure they qualify.
   */
  static String normalised(String records, String documents) {
    String published = documents == null ? "CAST(NULL AS DATE) AS published_date" : "d.d_pub AS published_date";
    String join = documents == null ? ""
        : " LEFT JOIN (SELECT doc_id AS d_id, min(published_date) AS d_pub FROM " + documents + " GROUP BY doc_id) d ON rec.doc_id = d.d_id";
    List<String> cols = new ArrayList<>();
    for (String c : Schemas.RECORDS.fieldNames()) {
      switch (c) {
        case "period_type", "period_start", "period_end" -> cols.add(
            "CASE WHEN f_no IS NOT NULL THEN f_" + c + " ELSE " + c + " END AS " + c);
        default -> cols.add(c);
      }
    }
    return Sql.format("""
        WITH base AS (SELECT rec.*, %s FROM %s rec%s),
        fig AS (SELECT doc_id AS f_doc, record_no AS f_no, indicator AS f_ind, area_level AS f_level, area_name AS f_area,
                  province_code AS f_prov, char_start AS f_cs, char_end AS f_ce,
                  period_type AS f_period_type, period_start AS f_period_start, period_end AS f_period_end
                FROM base WHERE measure <> 'assessment' AND char_start IS NOT NULL AND char_end IS NOT NULL),
        att AS (SELECT base.*, fig.*,
                  row_number() OVER (PARTITION BY base.source_file, base.doc_id, base.record_no ORDER BY fig.f_no) AS att_no
                FROM base LEFT JOIN fig ON base.measure = 'assessment' AND base.doc_id = fig.f_doc
                  AND base.indicator = fig.f_ind AND base.area_level <=> fig.f_level AND base.area_name <=> fig.f_area
                  AND base.province_code <=> fig.f_prov AND base.char_start <= fig.f_ce AND fig.f_cs <= base.char_end)
        SELECT %s, published_date FROM att WHERE att_no = 1
        """, published, records, join, String.join(", ", cols));
  }

  /** One row per fact key: the chosen value, its sources and the conflict columns. */
  static String facts(String normalised) {
    return Sql.format("""
        WITH v AS (SELECT * FROM %1$s WHERE measure <> 'assessment' AND value IS NOT NULL
                     AND period_type IS NOT NULL AND period_end IS NOT NULL),
        d1 AS (SELECT v.*,
                 row_number() OVER (PARTITION BY %2$s, doc_id
                   ORDER BY CASE WHEN measure = 'level' AND unit = 'count' AND denominator IS NULL THEN 1 ELSE 0 END,
                     CASE WHEN measure = 'level' THEN -value ELSE 0 END, record_no, source_file) AS dn,
                 size(collect_set(value) OVER (PARTITION BY %2$s)) AS n_values
               FROM v),
        d2 AS (SELECT d1.*,
                 row_number() OVER (PARTITION BY %2$s ORDER BY published_date DESC NULLS LAST,
                   CASE coalesce(approx, 'exact') WHEN 'exact' THEN 0 WHEN 'about' THEN 1 ELSE 2 END, doc_id) AS cn
               FROM d1 WHERE dn = 1)
        SELECT %2$s,
          max(CASE WHEN cn = 1 THEN value END) AS value,
          max(CASE WHEN cn = 1 THEN denominator END) AS denominator,
          max(n_values) AS n_values,
          size(collect_set(value)) > 1 AS source_conflict,
          CASE WHEN size(collect_set(value)) > 1
            THEN array_join(sort_array(collect_list(concat(%3$s, ' [', doc_id, ']'))), '; ') END AS conflicting_values,
          sort_array(collect_set(doc_id)) AS doc_ids,
          CAST(array() AS ARRAY<STRING>) AS flags
        FROM d2 GROUP BY %2$s
        """, normalised, KEY, plain("value"));
  }

  /** Facts plus one row per (area, indicator, period) carrying its assessment words as flags. */
  static String withFlags(String normalised, String facts) {
    return Sql.format("""
        SELECT * FROM %2$s
        UNION ALL
        SELECT admin_version, area_level, area_name, province_code, province_name, province_code_2025, province_name_2025,
          category, indicator, 'assessment' AS measure, CAST(NULL AS STRING) AS basis, CAST(NULL AS STRING) AS unit,
          period_type, period_start, period_end, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS DOUBLE) AS denominator,
          0 AS n_values, false AS source_conflict, CAST(NULL AS STRING) AS conflicting_values,
          sort_array(collect_set(doc_id)) AS doc_ids, sort_array(collect_set(assessment)) AS flags
        FROM %1$s WHERE measure = 'assessment' AND assessment IS NOT NULL AND period_type IS NOT NULL AND period_end IS NOT NULL
        GROUP BY admin_version, area_level, area_name, province_code, province_name, province_code_2025, province_name_2025,
          category, indicator, period_type, period_start, period_end
        """, normalised, facts);
  }
}
