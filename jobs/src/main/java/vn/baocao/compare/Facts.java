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
   * Records with {@code published_date} joined from documents (when given) and two 64-bit
   * hashes of the fact {@link #KEY}: {@code _fk}, and {@code _fk2}, which also hashes which
   * columns are null (Spark's hash skips a null, so the key "a, null" would hash as "null, a").
   * The windows of {@link #facts} partition by the pair: it splits the rows as the fifteen key
   * columns do (two keys that share 128 bits of hash are as likely as a cosmic-ray bit flip),
   * while a sort comparing the rows of one key compares two longs, not fifteen strings.
   */
  static String normalised(String records, String documents) {
    // the documents side is one short row per document: broadcast, so the records are not
    // shuffled by doc_id only to pick up a date
    String published = documents == null ? "CAST(NULL AS DATE) AS published_date" : "d.d_pub AS published_date";
    String join = documents == null ? ""
        : " LEFT JOIN (SELECT doc_id AS d_id, min(published_date) AS d_pub FROM " + documents
            + " GROUP BY doc_id) d ON rec.doc_id = d.d_id";
    String hint = documents == null ? "" : "/*+ BROADCAST(d) */ ";
    return Sql.format("SELECT %srec.*, %s, xxhash64(%s) AS _fk, %s AS _fk2 FROM %s rec%s", hint, published, KEY, nullSafeHash(KEY),
        records, join);
  }

  /** A 64-bit hash of {@code columns} that tells "a, null" from "null, a", seeded apart from {@code _fk}. */
  static String nullSafeHash(String columns) {
    List<String> parts = new ArrayList<>();
    parts.add("'baocao fact key'");
    for (String c : columns.split(",")) {
      parts.add("isnull(" + c.trim() + ")");
      parts.add(c.trim());
    }
    return "xxhash64(" + String.join(", ", parts) + ")";
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
   * One row per fact key: the chosen value, its sources and the conflict columns. The rows of a
   * key are sorted once (key, then document, then the headline rule), so a document's first
   * row is its headline ({@code lag} over that order), and one GROUP BY over the key gathers the
   * rest: the distinct values, the headlines' range and doc_ids, and the headline row that
   * comes first by the choice rule ({@code min_by}), whole, as a struct.
   *
   * <p>A GROUP BY rather than windows over the key: a window aggregate copies its result into
   * every row of the key before all but one are dropped, and evaluates its five aggregates per
   * key through the generic row interface (facts of a million reports: 43 s, now 38 s, and 33 s
   * with the sort aggregate the launcher enables, which reads the rows in the order the
   * {@code lag} window left them).
   *
   * <p>The doc_ids are collected as strings of their own rather than taken from the
   * (doc_id, value) pairs with {@code transform}: a higher-order function is interpreted, and in
   * Spark 4.2 each struct field it reads looks up the SQL configuration afresh (a copy of the
   * system properties). The pairs are read only for the rare conflict.
   */
  static String facts(String normalised) {
    String head = "NOT (doc_id <=> _prev_doc)";
    return Sql.format("""
        WITH v AS (SELECT * FROM %1$s WHERE measure <> 'assessment' AND value IS NOT NULL
                     AND period_type IS NOT NULL AND period_end IS NOT NULL),
        d1 AS (SELECT v.*,
                 lag(doc_id) OVER (PARTITION BY _fk, _fk2
                   ORDER BY doc_id, CASE WHEN measure = 'level' AND unit = 'count' AND denominator IS NULL THEN 1 ELSE 0 END,
                     CASE WHEN measure = 'level' THEN -value ELSE 0 END, record_no, source_file) AS _prev_doc
               FROM v),
        h AS (SELECT d1.*, %4$s AS _head FROM d1),
        g AS (SELECT
                size(collect_set(value)) AS n_values,
                min(CASE WHEN _head THEN value END) AS _lo,
                max(CASE WHEN _head THEN value END) AS _hi,
                collect_list(CASE WHEN _head THEN struct(doc_id, value) END) AS _src,
                collect_list(CASE WHEN _head THEN doc_id END) AS _src_ids,
                min_by(CASE WHEN _head THEN struct(%2$s, value, denominator) END, CASE WHEN _head THEN struct(published_date IS NULL,
                    coalesce(-unix_date(published_date), 0),
                    CASE coalesce(approx, 'exact') WHEN 'exact' THEN 0 WHEN 'about' THEN 1 ELSE 2 END, doc_id) END) AS _row
              FROM h GROUP BY _fk, _fk2)
        SELECT _row.*, n_values,
          _lo < _hi AS source_conflict,
          CASE WHEN _lo < _hi
            THEN array_join(sort_array(transform(_src, s -> concat(%3$s, ' [', s.doc_id, ']'))), '; ') END AS conflicting_values,
          sort_array(_src_ids) AS doc_ids,
          CAST(array() AS ARRAY<STRING>) AS flags
        FROM g
        """, normalised, KEY, plain("s.value"), head);
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
