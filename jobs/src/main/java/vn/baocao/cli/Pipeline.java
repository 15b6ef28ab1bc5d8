package vn.baocao.cli;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.compare.CompareJob;
import vn.baocao.io.CsvOutput;
import vn.baocao.io.Json;
import vn.baocao.io.Labels;
import vn.baocao.io.OutputDir;
import vn.baocao.io.Schemas;
import vn.baocao.io.ValueLabels;
import vn.baocao.report.PlannerReport;
import vn.baocao.report.PlannerView;
import vn.baocao.spark.Concurrent;
import vn.baocao.spark.CorpusSource;
import vn.baocao.spark.ExtractJob;
import vn.baocao.spark.InputListing;
import vn.baocao.spark.SyntheticGuard;

/**
 * Runs a command against a SparkSession it is given and writes the output contract: Parquet
 * and CSV per table, and {@code _manifest.json}, staged beside the output and moved into place
 * only when everything is written.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
  /** Version written to the manifest. */
  public static final String VERSION = "0.1.0";

  private Pipeline() {}

  /** Column order used to sort each table before writing, so CSV bytes are the same on rerun. */
  private static final Map<String, String[]> SORT = Map.of(
      "documents", new String[] {"source_file"},
      "records", new String[] {"source_file", "record_no"},
      "quarantine", new String[] {"source_file", "line", "column", "reason", "detail"});

  /** Runs {@code opts.command()}; returns the manifest's counts. */
  public static Map<String, Object> run(SparkSession spark, Options opts) throws IOException {
    long t0 = System.nanoTime();
    Map<String, Object> timings = new LinkedHashMap<>();
    Map<String, Object> counts = new LinkedHashMap<>();
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("command", opts.command());
    manifest.put("versions", Map.of("baocao", VERSION, "spark", spark.version(), "java", System.getProperty("java.version")));
    Map<String, String> labels = Labels.load(opts.labels());
    ValueLabels values = ValueLabels.load(opts.labels());
    // replacing --output deletes it: the guard refuses an output that overlaps what is read
    List<String> readFrom = opts.command().equals("compare") ? List.of(opts.records()) : List.of(opts.input());
    try (OutputDir out = OutputDir.open(opts.output(), readFrom, spark.sparkContext().hadoopConfiguration())) {
      Dataset<Row> records;
      Dataset<Row> documents;
      Dataset<Row> quarantineIn = null;
      if (!opts.command().equals("compare")) {
        org.apache.hadoop.conf.Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        CorpusSource corpus = CorpusSource.detect(opts.input(), hadoop);
        // the records CSV's lines are formatted by extraction, from the objects it has in hand
        CsvOutput.Lines recordLines = new CsvOutput.Lines(Schemas.RECORDS, values);
        ExtractJob.Result x;
        Map<String, Object> input = new LinkedHashMap<>();
        if (corpus != null) {
          jit(corpus.files().stream().mapToLong(org.apache.hadoop.fs.FileStatus::getLen).sum());
          x = ExtractJob.extract(spark, corpus, opts.maxBytes(), recordLines);
          input.put("root", corpus.root());
          input.put("corpus", corpusFiles(corpus));
        } else {
          InputListing listing = InputListing.list(opts.input(), hadoop);
          if (listing.inputs().isEmpty()) {
            throw new IOException("no *.txt reports under " + opts.input());
          }
          LOG.info("Reading {} reports from {} ({} other files skipped)", listing.inputs().size(), opts.input(), listing.skipped().size());
          jit(listing.inputs().stream().mapToLong(InputListing.Input::size).sum());
          x = ExtractJob.extract(spark, listing, opts.maxBytes(), recordLines);
          counts.put("inputs", listing.inputs().size());
          counts.put("skipped", listing.skipped().size());
          input.put("root", listing.root());
          input.put("skipped_files", listing.skipped());
          input.put("skipped_reasons", listing.skippedWithReasons().stream()
              .map(r -> new java.util.TreeMap<>(Map.of("file", r.file(), "reason", r.reason()))).toList());
        }
        timings.put("list_ms", ms(t0));
        long t1 = System.nanoTime();
        // first action: extracts every report into the cache and refuses synthetic + real input
        spark.sparkContext().setJobDescription("read and extract");
        manifest.put("synthetic", SyntheticGuard.check(x.synthetic(), opts.allowSynthetic()));
        spark.sparkContext().setJobDescription(null);
        timings.put("read_extract_ms", ms(t1));
        // Records are the big table (ten or more per report): when extraction already gives
        // them in input order, that order is kept, which spares a global sort (a shuffle of
        // every record and its sentence) and a second cached copy. The three tables are
        // written at once: on a few reports each write is mostly the driver's planning.
        ExtractJob.Result ex = x;
        List<Concurrent.Task<Object>> writes = List.of(
            named(spark, "documents", () -> write(out, "documents", ex.documents(), labels, values)),
            named(spark, "records", () -> ex.recordsInInputOrder()
                ? writeRecords(out, ex, labels, values)
                : write(out, "records", ex.records(), labels, values)),
            named(spark, "quarantine", () -> write(out, "quarantine", ex.quarantine(), labels, values)),
            named(spark, "manifest: documents by status", () -> byStatus(ex.documents())),
            named(spark, "manifest: inputs", () -> inputs(ex.inputs())));
        List<Object> written = Concurrent.run("baocao-write", 3, writes);
        counts.put("documents", written.get(0));
        counts.put("records", written.get(1));
        counts.put("quarantine", written.get(2));
        counts.put("documents_by_status", written.get(3));
        if (corpus != null) {
          counts.put("inputs", counts.get("documents"));
        }
        timings.put("extract_ms", ms(t1));
        manifest.put("input", input);
        manifest.put("inputs", inputsEntry(written.get(4), (Long) counts.get("documents")));
        x.release();
        LOG.info("Extracted {} documents, {} records, {} quarantine rows", counts.get("documents"), counts.get("records"), counts.get("quarantine"));
        records = spark.read().parquet(out.uri("records"));
        documents = spark.read().parquet(out.uri("documents"));
      } else {
        jit(0); // compare keeps the generated code on C1, as before the choice existed (not measured)
        CompareJob.Input in = CompareJob.read(spark, opts.records());
        records = in.records();
        documents = in.documents();
        quarantineIn = in.quarantine();
        manifest.put("input", Map.of("records", opts.records()));
      }
      if (!opts.command().equals("extract")) {
        long t2 = System.nanoTime();
        if (quarantineIn != null) {
          counts.put("records_in", records.count());
          counts.put("quarantine", write(out, "quarantine", quarantineIn, labels, values));
        }
        spark.sparkContext().setJobDescription("comparison tables");
        Map<String, Dataset<Row>> tables = CompareJob.compare(spark, records, documents, opts.boundaries());
        timings.put("tables_ms", ms(t2));
        long t3 = System.nanoTime();
        spark.sparkContext().setJobDescription("workbook rows");
        PlannerView view = PlannerReport.view(tables, records, documents);
        spark.sparkContext().setJobDescription(null);
        LOG.info("Collected the report's rows in {} ms", ms(t3));
        // The workbook and the page are rendered on the driver alone (seconds of XML at 100,000
        // reports) on one thread; the tables' Parquet and CSV are written by Spark meanwhile,
        // two tables at a time, on the other two. The rows are collected first: collected beside
        // the tables' writes, they took three times as long at a million reports (11 -> 32 s).
        List<Concurrent.Task<Object>> tasks = new ArrayList<>();
        tasks.add(named(spark, "workbook and page", () -> PlannerReport.write(out, view)));
        for (Map.Entry<String, Dataset<Row>> e : tables.entrySet()) {
          tasks.add(named(spark, "comparisons/" + e.getKey(),
              () -> writeComparison(out, e.getKey(), e.getValue(), labels, values)));
        }
        List<Object> done = Concurrent.run("baocao-report", 3, tasks);
        Map<String, Object> tableCounts = new LinkedHashMap<>();
        int i = 1;
        for (String name : tables.keySet()) {
          tableCounts.put(name, done.get(i++));
        }
        counts.put("comparisons", tableCounts);
        List<String> outputs = new ArrayList<>();
        for (String name : tables.keySet()) {
          outputs.add("comparisons/" + name + ".csv");
        }
        @SuppressWarnings("unchecked")
        List<String> reportFiles = (List<String>) done.get(0);
        outputs.addAll(reportFiles);
        manifest.put("outputs", outputs);
        timings.put("report_ms", ms(t3));
        manifest.put("boundaries", opts.boundaries());
        manifest.put("labels", opts.labels());
        timings.put("compare_ms", ms(t2));
      }
      timings.put("total_ms", ms(t0));
      manifest.put("counts", counts);
      manifest.put("timings", timings);
      manifest.put("finished_at", Instant.now().toString());
      try (OutputStream os = out.fs().create(out.path("_manifest.json"), true)) {
        os.write(Json.write(manifest).getBytes(StandardCharsets.UTF_8));
      }
      out.commit();
      LOG.info("Wrote {}", out.target());
    }
    return counts;
  }

  /**
   * The task with its Spark jobs described as {@code what} (the Spark UI and event log then say
   * which table a job writes, not only "CompletableFuture" for the jobs of concurrent writes).
   */
  private static <T> Concurrent.Task<T> named(SparkSession spark, String what, Concurrent.Task<T> task) {
    return () -> {
      spark.sparkContext().setJobDescription(what);
      try {
        return task.call();
      } finally {
        spark.sparkContext().setJobDescription(null);
      }
    };
  }

  /** Chooses the compiler of Spark's generated code by the input's size (when the launcher asks). */
  private static void jit(long inputBytes) {
    String decided = GeneratedCodeJit.apply(inputBytes);
    if (decided != null) {
      LOG.info(decided);
    }
  }

  /** Names and sizes of the corpus files (hashing gigabytes on the driver would cost more than reading them). */
  private static List<Object> corpusFiles(CorpusSource corpus) {
    List<Object> files = new ArrayList<>();
    for (org.apache.hadoop.fs.FileStatus f : corpus.files()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", f.getPath().getName());
      m.put("format", corpus.kind().name().toLowerCase(java.util.Locale.ROOT));
      m.put("bytes", f.getLen());
      files.add(m);
    }
    return files;
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  /** Writes a table as Parquet, then streams the CSV from that Parquet (no second extraction pass). */
  private static long write(OutputDir out, String name, Dataset<Row> df, Map<String, String> labels, ValueLabels values)
      throws IOException {
    String[] keys = SORT.get(name);
    // sorted once, kept for both writers: a second sort of tens of millions of records costs
    // more than caching them
    Dataset<Row> sorted = df.orderBy(cols(keys)).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      sorted.write().mode(SaveMode.Overwrite).parquet(out.uri(name));
      // one partition (a few reports) is quicker written by the driver than by a second write job
      return sorted.rdd().getNumPartitions() > 1
          ? CsvOutput.writeInParts(out.fs(), out.path(name + ".csv"), sorted, labels, values)
          : CsvOutput.write(out.fs(), out.path(name + ".csv"), sorted, labels, values);
    } finally {
      sorted.unpersist(false);
    }
  }

  /**
   * Writes the records in the order extraction gives them: Parquet from the cached extraction,
   * CSV from the lines extraction formatted (or, without those, from the records again).
   */
  private static long writeRecords(OutputDir out, ExtractJob.Result ex, Map<String, String> labels, ValueLabels values)
      throws IOException {
    Dataset<Row> records = ex.records();
    // The two per-report columns (doc_id, source_file: a value shared by a report's ten or so
    // records) are written without a dictionary: hashing every value into one cost a quarter of
    // the Parquet write (100,000 reports: 3.7 -> 2.8 s) to save half a percent of the file.
    records.write().mode(SaveMode.Overwrite)
        .option("parquet.enable.dictionary#doc_id", "false")
        .option("parquet.enable.dictionary#source_file", "false")
        .parquet(out.uri("records"));
    Dataset<Row> lines = ex.recordsCsv();
    return lines != null
        ? CsvOutput.writeTextInParts(out.fs(), out.path("records.csv"), lines, records.schema().fields(), labels)
        : CsvOutput.writeInParts(out.fs(), out.path("records.csv"), records, labels, values);
  }

  private static long writeComparison(OutputDir out, String name, Dataset<Row> df, Map<String, String> labels,
      ValueLabels values) throws IOException {
    String path = "comparisons/" + name;
    df.write().mode(SaveMode.Overwrite).parquet(out.uri(path));
    Dataset<Row> back = df.sparkSession().read().parquet(out.uri(path));
    String[] keys = back.columns();
    List<String> order = new ArrayList<>();
    for (String k : keys) {
      if (!k.equals("doc_ids")) {
        order.add(k);
      }
    }
    Dataset<Row> sorted = back.orderBy(cols(order.toArray(new String[0])));
    // A big table (the units table of a million reports: 400 MB of CSV) is formatted by the
    // tasks, as records are; the driver alone took half a minute over it at the end of the run.
    // A small one is quicker streamed by the driver than by a second job.
    return parquetBytes(out, path) > CSV_IN_PARTS_BYTES
        ? CsvOutput.writeInParts(out.fs(), out.path(path + ".csv"), sorted, labels, values)
        : CsvOutput.write(out.fs(), out.path(path + ".csv"), sorted, labels, values);
  }

  /** Parquet size from which a comparison table's CSV is formatted by the tasks. */
  private static final long CSV_IN_PARTS_BYTES = 4L << 20;

  private static long parquetBytes(OutputDir out, String path) throws IOException {
    return out.fs().getContentSummary(out.path(path)).getLength();
  }

  private static org.apache.spark.sql.Column[] cols(String[] names) {
    org.apache.spark.sql.Column[] c = new org.apache.spark.sql.Column[names.length];
    for (int i = 0; i < names.length; i++) {
      c[i] = col(names[i]).asc_nulls_first();
    }
    return c;
  }

  private static Map<String, Object> byStatus(Dataset<Row> documents) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Row r : documents.groupBy("status").count().orderBy("status").collectAsList()) {
      m.put(r.getString(0), r.getLong(1));
    }
    return m;
  }

  /** Per-file names, sizes and hashes of the first 100,000 files by name. */
  private static List<Object> inputs(Dataset<Row> inputs) {
    List<Object> list = new ArrayList<>();
    // a top-k on the executors rather than sorting and streaming every file name to the driver
    for (Row r : inputs.orderBy("source_file").limit(100_000).collectAsList()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source_file", r.getString(0));
      m.put("bytes", r.isNullAt(1) ? null : r.getLong(1));
      m.put("sha256", r.isNullAt(2) ? null : r.getString(2));
      list.add(m);
    }
    return list;
  }

  /** The manifest's "inputs": every file, or beyond 100,000 files the first 100,000 (by name) and the count. */
  private static Object inputsEntry(Object listed, long files) {
    if (files > 100_000) {
      return Map.of("files", files, "listed", 100_000, "first", listed);
    }
    return listed;
  }
}
