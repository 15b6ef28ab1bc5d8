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
   * Records with {@code published_date} joined from documents (when given) and {@code _fk}, a
   * 64-bit hash of the fact {@link #KEY}. Every window and grouping over the key leads with
   * {@code _fk}: it splits the same rows as the fifteen key columns, but Spark's sorter then
   * orders almost every pair by one long (its sort prefix) instead of comparing strings.
   */
  static String normalised(String records, String documents) {
    // the documents side is one short row per document: broadcast, so the records are not
    // shuffled by doc_id only to pick up a date
    String published = documents == null ? "CAST(NULL AS DATE) AS published_date" : "d.d_pub AS published_date";
    String join = documents == null ? ""
        : " LEFT JOIN (SELECT doc_id AS d_id, min(published_date) AS d_pub FROM " + documents
            + " GROUP BY doc_id) d ON rec.doc_id = d.d_id";
    String hint = documents == null ? "" : "/*+ BROADCAST(d) */ ";
    return Sql.format("SELECT %srec.*, %s, xxhash64(%s) AS _fk FROM %s rec%s", hint, published, KEY, records, join);
  }

  /**
   * The assessments of {@link #normalised} rows, each moved to the period of the first figure
   * (lowest {@code record_no}) of the same indicator and area in the same document whose
   * clause overlaps it. Only assessments are joined: figures keep their own periods, so the
   * many figure rows are read once for the join's other side and never sorted by record.
   */
  static String attached(String normalised) {
    List<String> cols = new ArrayList<>();
    for (String c : Schemas.RECORDS.fieldNames()) {
      switch (c) {
        case "period_type", "period_start", "period_end" -> cols.add(
            "CASE WHEN f_no IS NOT NULL THEN f_" + c + " ELSE a." + c + " END AS " + c);
        default -> cols.add("a." + c);
      }
    }
    return Sql.format("""
        WITH a AS (SELECT * FROM %1$s WHERE measure = 'assessment'),
        fig AS (SELECT doc_id AS f_doc, record_no AS f_no, indicator AS f_ind, area_level AS f_level, area_name AS f_area,
                  province_code AS f_prov, char_start AS f_cs, char_end AS f_ce,
                  period_type AS f_period_type, period_start AS f_period_start, period_end AS f_period_end
                FROM %1$s WHERE measure <> 'assessment' AND char_start IS NOT NULL AND char_end IS NOT NULL),
        att AS (SELECT a.*, fig.*,
                  row_number() OVER (PARTITION BY a.source_file, a.doc_id, a.record_no ORDER BY fig.f_no) AS att_no
                FROM a LEFT JOIN fig ON a.doc_id = fig.f_doc
                  AND a.indicator = fig.f_ind AND a.area_level <=> fig.f_level AND a.area_name <=> fig.f_area
                  AND a.province_code <=> fig.f_prov AND a.char_start <= fig.f_ce AND fig.f_cs <= a.char_end)
        SELECT %2$s, a.published_date FROM att a WHERE att_no = 1
        """, normalised, String.join(", ", cols));
  }

  /**
   * One row per fact key: the chosen value, its sources and the conflict columns. The key's
   * sources, bounds and choice are window functions over one sort, read off the chosen row:
   * a grouping would sort the rows again and collect four lists per key.
   */
  static String facts(String normalised) {
    return Sql.format("""
        WITH v AS (SELECT * FROM %1$s WHERE measure <> 'assessment' AND value IS NOT NULL
                     AND period_type IS NOT NULL AND period_end IS NOT NULL),
        d1 AS (SELECT v.*,
                 row_number() OVER (PARTITION BY _fk, %2$s, doc_id
                   ORDER BY CASE WHEN measure = 'level' AND unit = 'count' AND denominator IS NULL THEN 1 ELSE 0 END,
                     CASE WHEN measure = 'level' THEN -value ELSE 0 END, record_no, source_file) AS dn,
                 size(collect_set(value) OVER (PARTITION BY _fk, %2$s)) AS n_values
               FROM v),
        d2 AS (SELECT d1.*,
                 row_number() OVER (PARTITION BY _fk, %2$s ORDER BY published_date DESC NULLS LAST,
                   CASE coalesce(approx, 'exact') WHEN 'exact' THEN 0 WHEN 'about' THEN 1 ELSE 2 END, doc_id) AS cn,
                 min(value) OVER (PARTITION BY _fk, %2$s) AS _lo,
                 max(value) OVER (PARTITION BY _fk, %2$s) AS _hi,
                 collect_list(struct(doc_id, value)) OVER (PARTITION BY _fk, %2$s) AS _src
               FROM d1 WHERE dn = 1)
        SELECT %2$s, value, denominator, n_values,
          _lo < _hi AS source_conflict,
          CASE WHEN _lo < _hi
            THEN array_join(sort_array(transform(_src, s -> concat(%3$s, ' [', s.doc_id, ']'))), '; ') END AS conflicting_values,
          sort_array(transform(_src, s -> s.doc_id)) AS doc_ids,
          CAST(array() AS ARRAY<STRING>) AS flags
        FROM d2 WHERE cn = 1
        """, normalised, KEY, plain("s.value"));
  }

  /**
   * Facts plus one row per (area, indicator, period) carrying its assessment words as flags.
   *
   * @param attached the rows of {@link #attached}
   */
  static String withFlags(String attached, String facts) {
    return Sql.format("""
        SELECT * FROM %2$s
        UNION ALL
        SELECT admin_version, area_level, area_name, province_code, province_name, province_code_2025, province_name_2025,
          category, indicator, 'assessment' AS measure, CAST(NULL AS STRING) AS basis, CAST(NULL AS STRING) AS unit,
          period_type, period_start, period_end, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS DOUBLE) AS denominator,
          0 AS n_values, false AS source_conflict, CAST(NULL AS STRING) AS conflicting_values,
          sort_array(collect_set(doc_id)) AS doc_ids, sort_array(collect_set(assessment)) AS flags
        FROM %1$s WHERE assessment IS NOT NULL AND period_type IS NOT NULL AND period_end IS NOT NULL
        GROUP BY admin_version, area_level, area_name, province_code, province_name, province_code_2025, province_name_2025,
          category, indicator, period_type, period_start, period_end
        """, attached, facts);
  }
}
