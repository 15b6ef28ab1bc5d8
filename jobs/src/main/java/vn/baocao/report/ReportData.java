package vn.baocao.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the planner outputs are made from, on the driver and without Spark: the comparison
 * tables' rows in CSV order (column name → value: Double, Integer, String, Boolean, LocalDate,
 * or a List of doc_ids), the sentences behind them, and each document's file.
 *
 * <p>On a million reports the driver cannot hold every sentence: the rows of {@code units} are
 * capped and only the sentences of the documents in {@code loaded} are read (see
 * {@link ReportInputs}). The CSV and Parquet outputs keep everything.
 *
 * @param tables comparison table name → rows, in the tables' output order
 * @param evidence the focus-indicator records of the documents in {@code loaded}
 * @param files doc_id → source_file, for the documents in {@code loaded}
 * @param totalRows table name → rows in the table as written, where more than {@code tables} holds
 * @param loaded documents whose sentences were read; empty means all of them
 */
public record ReportData(Map<String, List<Map<String, Object>>> tables, List<Evidence> evidence, Map<String, String> files,
    Map<String, Long> totalRows, Set<String> loaded) {

  /** Data where every row and every cited document's sentences are present. */
  public ReportData(Map<String, List<Map<String, Object>>> tables, List<Evidence> evidence, Map<String, String> files) {
    this(tables, evidence, files, Map.of(), Set.of());
  }

  /** One record's sentence, with what it is needed to match it to a comparison row. */
  public record Evidence(String docId, String sourceFile, String areaLevel, String areaName, String provinceCode,
      String provinceCode2025, String indicator, String measure, LocalDate periodEnd, String text) {}

  /** The rows of {@code table}, empty when the run did not write it. */
  public List<Map<String, Object>> rows(String table) {
    return tables.getOrDefault(table, List.of());
  }

  /** Rows of {@code table} in the written table (at least {@code rows(table).size()}). */
  public long totalRows(String table) {
    return Math.max(totalRows.getOrDefault(table, 0L), rows(table).size());
  }

  /** Whether the sentences of {@code docId} were read. */
  public boolean loaded(String docId) {
    return loaded.isEmpty() || loaded.contains(docId);
  }
}
