package vn.baocao.report;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.baocao.compare.ComparisonSchemas;

/**
 * Brings the comparison tables and their sentences to the driver for the workbook and the HTML
 * report. The province tables are small (one row per province and period); the units table and
 * the sentences are bounded (see the constants), so memory does not grow with the corpus.
 */
public final class ReportInputs {
  private ReportInputs() {}

  /** Focus indicators whose sentences back the comparison rows. */
  static final List<String> FOCUS = List.of("budget_revenue", "domestic_revenue", "budget_expenditure", "disbursement",
      "ntm_communes", "ntm_advanced_communes", "ntm_model_communes", "ntm_districts");

  /**
   * Rows of {@code units} brought to the driver (in CSV order). A million reports give hundreds of
   * thousands of unit rows; the workbook and the page show the first ones and say where the rest is.
   */
  static final int UNIT_ROWS = 20_000;

  /** Documents per row whose sentences are quoted; the row's doc_ids column lists them all. */
  static final int SOURCE_DOCS = 5;

  /** Documents whose sentences are read at most: bounds the driver's memory on any corpus. */
  static final int LOADED_DOCS = 20_000;

  /**
   * Collects {@code tables} (sorted like their CSV: by every column but doc_ids; {@code units}
   * capped at {@link #UNIT_ROWS}), the focus records' evidence of the first {@link #SOURCE_DOCS}
   * documents of each row (at most {@link #LOADED_DOCS} documents in all, province tables first),
   * and doc_id → source_file of those documents from {@code documents} (or from the records when
   * there is no documents table).
   */
  public static ReportData collect(Map<String, Dataset<Row>> tables, Dataset<Row> records, Dataset<Row> documents) {
    Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
    Map<String, Long> totals = new LinkedHashMap<>();
    for (Map.Entry<String, Dataset<Row>> e : tables.entrySet()) {
      Dataset<Row> sorted = sorted(e.getValue());
      if (e.getKey().equals("units")) {
        List<Map<String, Object>> r = rows(sorted.limit(UNIT_ROWS + 1));
        if (r.size() > UNIT_ROWS) {
          r = new ArrayList<>(r.subList(0, UNIT_ROWS));
          totals.put(e.getKey(), e.getValue().count());
        }
        rows.put(e.getKey(), r);
      } else {
        rows.put(e.getKey(), rows(sorted));
      }
    }
    Set<String> cited = new LinkedHashSet<>();
    for (List<Map<String, Object>> table : rows.values()) {
      for (Map<String, Object> row : table) {
        List<String> ids = Cells.docIds(row);
        for (int i = 0; i < Math.min(SOURCE_DOCS, ids.size()) && cited.size() < LOADED_DOCS; i++) {
          cited.add(ids.get(i));
        }
      }
    }
    SparkSession spark = records.sparkSession();
    List<Row> ids = new ArrayList<>();
    for (String id : cited) {
      ids.add(RowFactory.create(id));
    }
    Dataset<Row> citedDf = broadcast(spark.createDataFrame(ids, CITED));
    List<ReportData.Evidence> evidence = new ArrayList<>();
    Map<String, String> files = new TreeMap<>();
    Dataset<Row> ev = records.where(col("indicator").isin(FOCUS.toArray()))
        .join(citedDf, records.col("doc_id").equalTo(citedDf.col("cited_id")), "left_semi")
        .select("doc_id", "source_file", "area_level", "area_name", "province_code", "province_code_2025", "indicator",
            "measure", "period_end", "evidence", "record_no")
        .orderBy(col("doc_id").asc_nulls_first(), col("record_no").asc_nulls_first());
    Iterator<Row> it = ev.toLocalIterator();
    while (it.hasNext()) {
      Row r = it.next();
      evidence.add(new ReportData.Evidence(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
          r.getString(5), r.getString(6), r.getString(7), (LocalDate) date(r.isNullAt(8) ? null : r.get(8)), r.getString(9)));
      if (r.getString(0) != null && r.getString(1) != null) {
        files.putIfAbsent(r.getString(0), r.getString(1));
      }
    }
    if (documents != null && List.of(documents.columns()).contains("source_file")) {
      Iterator<Row> d = documents.join(citedDf, documents.col("doc_id").equalTo(citedDf.col("cited_id")), "left_semi")
          .select("doc_id", "source_file").orderBy(col("source_file").asc_nulls_first()).toLocalIterator();
      while (d.hasNext()) {
        Row r = d.next();
        if (!r.isNullAt(0) && !r.isNullAt(1)) {
          files.put(r.getString(0), r.getString(1));
        }
      }
    }
    return new ReportData(rows, evidence, files, totals, cited.isEmpty() ? Set.of("") : cited);
  }

  private static final StructType CITED = new StructType().add("cited_id", DataTypes.StringType, false);

  private static Dataset<Row> sorted(Dataset<Row> df) {
    List<Column> order = new ArrayList<>();
    for (String c : df.columns()) {
      if (!c.equals("doc_ids")) {
        order.add(col(c).asc_nulls_first());
      }
    }
    return df.orderBy(order.toArray(new Column[0]));
  }

  private static List<Map<String, Object>> rows(Dataset<Row> df) {
    StructField[] fields = df.schema().fields();
    List<Map<String, Object>> out = new ArrayList<>();
    Iterator<Row> it = df.toLocalIterator();
    while (it.hasNext()) {
      Row r = it.next();
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < fields.length; i++) {
        Object v = r.isNullAt(i) ? null : r.get(i);
        if (v != null && fields[i].name().equals("doc_ids")) {
          v = new ArrayList<>(r.<String>getList(i));
        } else {
          v = date(v);
        }
        m.put(fields[i].name(), v);
      }
      out.add(m);
    }
    return out;
  }

  /** Dates as LocalDate whichever Java date API the session uses. */
  private static Object date(Object v) {
    return v instanceof Date d ? d.toLocalDate() : v;
  }

  /** The schema names the scorecard indicators in; kept here so the report needs no Spark types. */
  static List<String> scorecardIndicators() {
    return ComparisonSchemas.SCORECARD_INDICATORS;
  }
}
