package vn.baocao.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.io.OutputDir;

/**
 * Writes what a planner opens, beside the CSV and Parquet outputs: {@code baocao.xlsx} and
 * {@code report/index.html}. Both are made from the same {@link PlannerView}, so the workbook
 * and the page rank, translate and explain the same way.
 */
public final class PlannerReport {
  private static final Logger LOG = LoggerFactory.getLogger(PlannerReport.class);
  /** The workbook, relative to the output folder. */
  public static final String WORKBOOK = "baocao.xlsx";
  /** The HTML report, relative to the output folder. */
  public static final String HTML = "report/index.html";

  private PlannerReport() {}

  /**
   * Writes both files into the staged output; returns their relative paths.
   *
   * @param tables the comparison tables as written (name → rows)
   * @param records the records they were computed from (for the sentences)
   * @param documents the documents table, or null (then files come from the records)
   */
  public static List<String> write(OutputDir out, Map<String, Dataset<Row>> tables, Dataset<Row> records, Dataset<Row> documents)
      throws IOException {
    return write(out, view(tables, records, documents));
  }

  /** Collects what the report shows (the Spark part: the tables' rows and their sentences). */
  public static PlannerView view(Map<String, Dataset<Row>> tables, Dataset<Row> records, Dataset<Row> documents) {
    return new PlannerView(ReportInputs.collect(tables, records, documents));
  }

  /**
   * Renders a collected view into the staged output; returns the files' relative paths. No
   * Spark here, so a caller can run it beside Spark jobs.
   */
  public static List<String> write(OutputDir out, PlannerView view) throws IOException {
    long t0 = System.nanoTime();
    try (OutputStream os = out.fs().create(out.path(WORKBOOK), true)) {
      WorkbookWriter.write(view, os);
    }
    long t1 = System.nanoTime();
    try (OutputStream os = out.fs().create(out.path(HTML), true)) {
      os.write(HtmlReport.render(view).getBytes(StandardCharsets.UTF_8));
    }
    LOG.info("Wrote {} in {} ms and {} in {} ms", WORKBOOK, (t1 - t0) / 1_000_000, HTML, (System.nanoTime() - t1) / 1_000_000);
    return List.of(WORKBOOK, HTML);
  }
}
