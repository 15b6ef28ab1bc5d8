package vn.baocao.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the planner outputs are made from, on the driver and without Spark: the comparison
 * tables' rows in CSV order (column name → value: Double, Integer, String, Boolean, LocalDate,
 * or a List of doc_ids), the sentences behind them, and each document's file.
 *
 * @param tables comparison table name → rows, in the tables' output order
 * @param evidence the focus-indicator records of the documents the tables cite
 * @param files doc_id → source_file
 */
public record ReportData(Map<String, List<Map<String, Object>>> tables, List<Evidence> evidence, Map<String, String> files) {

  /** One record's sentence, with what it is needed to match it to a comparison row. */
  public record Evidence(String docId, String sourceFile, String areaLevel, String areaName, String provinceCode,
      String provinceCode2025, String indicator, String measure, LocalDate periodEnd, String text) {}

  /** The rows of {@code table}, empty when the run did not write it. */
  public List<Map<String, Object>> rows(String table) {
    return tables.getOrDefault(table, List.of());
  }
}
