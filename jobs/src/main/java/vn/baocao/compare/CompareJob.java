package vn.baocao.compare;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.baocao.io.Schemas;

/**
 * The compare driver: reads records (an extract output folder, a records Parquet folder, or
 * hand-entered CSV) and computes the comparison tables. It receives its SparkSession.
 */
public final class CompareJob {
  private CompareJob() {}

  /**
   * Records read from {@code --records}, the quarantine rows of bad CSV lines, and the documents
   * table when the input is an extract output folder (else null; it only supplies publication
   * dates to the conflict rule).
   */
  public record Input(Dataset<Row> records, Dataset<Row> quarantine, Dataset<Row> documents) {
    public Input(Dataset<Row> records, Dataset<Row> quarantine) {
      this(records, quarantine, null);
    }
  }

  /** Reads {@code --records}. */
  public static Input read(SparkSession spark, String path) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path p = new Path(path);
    FileSystem fs = p.getFileSystem(conf);
    if (!fs.exists(p)) {
      throw new IOException(path + " does not exist");
    }
    FileStatus st = fs.getFileStatus(p);
    if (st.isDirectory() && fs.exists(new Path(p, "records")) && fs.getFileStatus(new Path(p, "records")).isDirectory()) {
      Path docs = new Path(p, "documents");
      Dataset<Row> documents = fs.exists(docs) && fs.getFileStatus(docs).isDirectory()
          ? spark.read().parquet(docs.toString()).select(col("doc_id").cast("string"), col("published_date").cast("date"))
          : null;
      return new Input(parquet(spark, new Path(p, "records").toString()), empty(spark), documents);
    }
    if (st.isDirectory()) {
      List<Path> csvs = new ArrayList<>();
      boolean parquet = false;
      for (FileStatus c : fs.listStatus(p)) {
        String n = c.getPath().getName();
        if (n.endsWith(".parquet")) {
          parquet = true;
        } else if (n.endsWith(".csv") && c.isFile()) {
          csvs.add(c.getPath());
        }
      }
      if (parquet) {
        return new Input(parquet(spark, p.toString()), empty(spark));
      }
      if (csvs.isEmpty()) {
        throw new IOException(path + " holds neither records Parquet nor CSV files");
      }
      csvs.sort(Path::compareTo);
      return RecordsCsv.read(spark, fs, csvs);
    }
    if (path.endsWith(".parquet")) {
      return new Input(parquet(spark, path), empty(spark));
    }
    return RecordsCsv.read(spark, fs, List.of(p));
  }

  private static Dataset<Row> parquet(SparkSession spark, String path) {
    Dataset<Row> raw = spark.read().parquet(path);
    List<Column> cols = new ArrayList<>();
    for (var f : Schemas.RECORDS.fields()) {
      cols.add(col(f.name()).cast(f.dataType()).as(f.name()));
    }
    return raw.select(cols.toArray(new Column[0]));
  }

  private static Dataset<Row> empty(SparkSession spark) {
    return spark.createDataFrame(List.of(), Schemas.QUARANTINE);
  }

  /** The comparison tables, keyed by name. */
  public static Map<String, Dataset<Row>> compare(SparkSession spark, Dataset<Row> records, String boundaries) {
    return compare(spark, records, null, boundaries);
  }

  /**
   * The comparison tables, keyed by name and conforming to {@link ComparisonSchemas}.
   *
   * @param documents the documents table or null (publication dates for the conflict rule)
   */
  public static Map<String, Dataset<Row>> compare(SparkSession spark, Dataset<Row> records, Dataset<Row> documents,
      String boundaries) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    // The tables are windows and filters over some thirty columns: inferring every filter's
    // consequences through them (constraint propagation) took the optimiser seconds per table
    // and infers nothing these queries need (seeds: 14 s -> 6.5 s for the five tables).
    spark.conf().set("spark.sql.constraintPropagation.enabled", "false");
    return Comparisons.compute(spark, records, documents, boundaries);
  }
}
