package vn.baocao.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import vn.baocao.extract.AreaResolver;
import vn.baocao.extract.Fact;
import vn.baocao.extract.Period;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.generate.Synthetic;
import vn.baocao.io.CsvOutput;
import vn.baocao.io.Schemas;
import vn.baocao.reference.Reference;
import vn.baocao.text.Decoding;
import vn.baocao.text.Sha256;
import vn.baocao.validate.FigureChecks;

/**
 * The extract driver: lists the reports, reads each one with the plain-Java
 * {@link ReportExtractor} inside Spark tasks (reference data broadcast once), and returns the
 * documents, records and quarantine tables. It receives its SparkSession; it never creates one.
 */
public final class ExtractJob {
  private ExtractJob() {}

  /**
   * The three tables of the output contract, plus per-file input facts for the manifest and
   * which reports are synthetic ({@code source_file}, {@code synthetic}).
   * {@code recordsInInputOrder}: the records come out, partition after partition, in the order
   * the input is read (listed files by path; JSON Lines files by name, then line), the same
   * order whatever the number of partitions, so a writer can keep it instead of sorting.
   *
   * <p>Duplicates (a file whose normalised text an earlier file by path already had) are found
   * once, by one job, the first time {@link #documents} or {@link #records} is asked for; the
   * tables then drop or mark them through a broadcast of that short list. A window over every
   * document inside each table's query would read the whole cached extraction again for
   * each of the four queries that write them.
   */
  public static final class Result {
    private static final StructType DUPLICATES = DataTypes.createStructType(List.of(
        DataTypes.createStructField("dup_file", DataTypes.StringType, false),
        DataTypes.createStructField("dup_first", DataTypes.StringType, false)));
    private final Dataset<Row> docs;
    private final Dataset<Row> exploded;
    private final Dataset<Row> quarantine;
    private final Dataset<Row> inputs;
    private final Dataset<Row> synthetic;
    private final Dataset<Row> recordsCsv;
    private final boolean recordsInInputOrder;
    private final List<Dataset<Row>> cached;
    private Dataset<Row> duplicates;
    private boolean resolved;

    Result(List<Dataset<Row>> cached, Dataset<Row> docs, Dataset<Row> exploded, Dataset<Row> quarantine, Dataset<Row> inputs,
        Dataset<Row> synthetic, Dataset<Row> recordsCsv, boolean recordsInInputOrder) {
      this.cached = cached;
      this.docs = docs;
      this.exploded = exploded;
      this.quarantine = quarantine;
      this.inputs = inputs;
      this.synthetic = synthetic;
      this.recordsCsv = recordsCsv;
      this.recordsInInputOrder = recordsInInputOrder;
    }

    /** (dup_file, dup_first): each duplicate file and the first file (by path) with its text; null when none. */
    private synchronized Dataset<Row> duplicates() {
      if (!resolved) {
        WindowSpec byText = Window.partitionBy(col("doc_id"), col("readable")).orderBy(col("source_file"));
        List<Row> found = docs
            .withColumn("readable", col("status").notEqual(lit("quarantined")))
            .withColumn("first_file", first(col("source_file")).over(byText))
            .filter(col("readable").and(col("first_file").notEqual(col("source_file"))))
            .select(col("source_file"), col("first_file"))
            .collectAsList();
        duplicates = found.isEmpty() ? null : docs.sparkSession().createDataFrame(found, DUPLICATES);
        resolved = true;
      }
      return duplicates;
    }

    /** One row per input file; a duplicate has status {@code duplicate}, {@code duplicate_of} and no records. */
    public Dataset<Row> documents() {
      Dataset<Row> dups = duplicates();
      Dataset<Row> joined = dups == null ? docs : docs.join(broadcast(dups), col("source_file").equalTo(col("dup_file")), "left");
      Column isDup = dups == null ? lit(false) : col("dup_file").isNotNull();
      Column first = dups == null ? lit(null).cast("string") : col("dup_first");
      return joined
          .withColumn("status", when(isDup, lit("duplicate")).otherwise(col("status")))
          .withColumn("duplicate_of", when(isDup, first).otherwise(lit(null).cast("string")))
          .withColumn("n_records", when(isDup, lit(0)).otherwise(col("n_records")))
          .select(Schemas.DOCUMENTS.fieldNames()[0], rest(Schemas.DOCUMENTS.fieldNames()));
    }

    /** The records of every file but the duplicates. */
    public Dataset<Row> records() {
      Dataset<Row> dups = duplicates();
      // a broadcast anti-join drops a duplicate's records without shuffling the records
      return dups == null ? exploded
          : exploded.join(broadcast(dups.select("dup_file")), col("source_file").equalTo(col("dup_file")), "left_anti");
    }

    public Dataset<Row> quarantine() {
      return quarantine;
    }

    /**
     * The records CSV's lines as extraction formatted them: one row per report with records
     * ({@code text}: its lines, without the last line feed; {@code n}: how many), in input
     * order, duplicates left out. Null when extraction was given no line format.
     */
    public Dataset<Row> recordsCsv() {
      if (recordsCsv == null) {
        return null;
      }
      Dataset<Row> dups = duplicates();
      return (dups == null ? recordsCsv
          : recordsCsv.join(broadcast(dups.select("dup_file")), col("source_file").equalTo(col("dup_file")), "left_anti"))
          .select(col("records_csv").as("text"), col("n_records").as("n"));
    }

    public Dataset<Row> inputs() {
      return inputs;
    }

    public Dataset<Row> synthetic() {
      return synthetic;
    }

    /**
     * Drops the cached extraction and its documents' columns. Call it once every table above
     * is written: compare reads them back from Parquet, and the caches would otherwise hold
     * heap and disk through the comparison sorts and the workbook.
     */
    public void release() {
      for (Dataset<Row> c : cached) {
        c.unpersist(false);
      }
    }

    public boolean recordsInInputOrder() {
      return recordsInInputOrder;
    }
  }

  /** Runs extraction over the listed inputs, with the default read deadline. */
  public static Result extract(SparkSession spark, InputListing listing, long maxBytes) {
    return extract(spark, listing, maxBytes, ReportFiles.DEFAULT_TIMEOUT_MS, null);
  }

  /** As above; each report's records are also formatted as CSV lines by {@code recordLines} ({@link Result#recordsCsv}). */
  public static Result extract(SparkSession spark, InputListing listing, long maxBytes, CsvOutput.Lines recordLines) {
    return extract(spark, listing, maxBytes, ReportFiles.DEFAULT_TIMEOUT_MS, recordLines);
  }

  /** Runs extraction; reading one file may take at most {@code readTimeoutMs}. */
  public static Result extract(SparkSession spark, InputListing listing, long maxBytes, long readTimeoutMs) {
    return extract(spark, listing, maxBytes, readTimeoutMs, null);
  }

  private static Result extract(SparkSession spark, InputListing listing, long maxBytes, long readTimeoutMs,
      CsvOutput.Lines recordLines) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    Listed listed = Listed.of(listing.inputs());
    int partitions = Math.max(1, Math.min(listed.size(), partitions(spark)));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Reference> ref = jsc.broadcast(Reference.defaults());
    // The listing goes to the executors once, as a broadcast; a task is given only its slice's
    // number. A parallelized list of the files themselves would travel inside every task that
    // ever reads this lineage, the cached extraction included: 21 MB per task at a million files.
    Broadcast<Listed> files = jsc.broadcast(listed);
    List<Integer> slices = new ArrayList<>(partitions);
    for (int i = 0; i < partitions; i++) {
      slices.add(i);
    }
    Dataset<Row> extracted = spark.createDataFrame(jsc.parallelize(slices, partitions)
        .mapPartitions(new ExtractFn(ref, files, partitions, maxBytes, readTimeoutMs, recordLines)), Schemas.EXTRACTED);
    List<Row> listingProblems = new ArrayList<>();
    for (InputListing.Problem p : listing.problems()) {
      listingProblems.add(RowFactory.create(p.sourceFile(), p.line(), p.column(), p.reason(), p.detail()));
    }
    return finish(spark, extracted, listingProblems, true, recordLines != null);
  }

  /** Runs extraction over the reports of a JSON Lines or Parquet corpus. */
  public static Result extract(SparkSession spark, CorpusSource corpus, long maxBytes) {
    return extract(spark, corpus, maxBytes, null);
  }

  /** As above; each report's records are also formatted as CSV lines by {@code recordLines} ({@link Result#recordsCsv}). */
  public static Result extract(SparkSession spark, CorpusSource corpus, long maxBytes, CsvOutput.Lines recordLines) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    Broadcast<Reference> ref = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(Reference.defaults());
    // the corpus rows reach the extractor as Java strings without a Dataset in between
    Dataset<Row> extracted = spark.createDataFrame(
        corpus.rows(spark, partitions(spark)).mapPartitions(new CorpusExtractFn(ref, maxBytes, recordLines)), Schemas.EXTRACTED);
    return finish(spark, extracted, List.of(), corpus.readInOrder(), recordLines != null);
  }

  /** Tasks per core: enough to balance uneven reports, few enough to keep per-task overhead small. */
  private static int partitions(SparkSession spark) {
    return spark.sparkContext().defaultParallelism() * 4;
  }

  private static Result finish(SparkSession spark, Dataset<Row> extractedRows, List<Row> listingProblems,
      boolean inputOrder, boolean formatted) {
    // Two caches, filled by the same first job. The extraction (every record with its sentence,
    // and the records' CSV lines: gigabytes at a million reports, more than the heap) goes to
    // local disk, where most of it went anyway; it is read back only to write the records'
    // Parquet and CSV. Everything else (the documents, the quarantine, the input facts: a few
    // hundred bytes a report) is a second cache in memory, flat so its columns compress. The half-dozen small jobs that follow (duplicates,
    // the documents and quarantine tables, counts by status, the manifest's inputs) read that
    // one: read through the big cache, each of them deserialised gigabytes from disk to keep a
    // few columns (5 to 18 s of task time apiece at a million reports).
    Dataset<Row> extracted = extractedRows.persist(StorageLevel.DISK_ONLY());
    Dataset<Row> head = extracted.select(col("document.*"), col("quarantine"), col("input_bytes"), col("input_sha256"),
        col("synthetic")).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> docs = head.select(Schemas.DOCUMENTS.fieldNames()[0], rest(Schemas.DOCUMENTS.fieldNames()));
    Dataset<Row> records = extracted.select(explode(col("records")).as("r")).select(col("r.*"));
    Dataset<Row> quarantine = head.select(explode(col("quarantine")).as("q")).select(col("q.*"))
        .union(spark.createDataFrame(listingProblems, Schemas.QUARANTINE));
    Dataset<Row> inputs = head.select(col("source_file"), col("input_bytes"), col("input_sha256"));
    Dataset<Row> synthetic = head.select(col("source_file"), col("synthetic"));
    Dataset<Row> recordsCsv = !formatted ? null : extracted
        .select(col("document.source_file").as("source_file"), col("document.n_records").as("n_records"), col("records_csv"))
        .filter(col("records_csv").isNotNull());
    return new Result(List.of(head, extracted), docs, records, quarantine, inputs, synthetic, recordsCsv, inputOrder);
  }

  private static String[] rest(String[] names) {
    String[] out = new String[names.length - 1];
    System.arraycopy(names, 1, out, 0, out.length);
    return out;
  }

  /**
   * The listed files as parallel arrays, in listing (path) order: what a task needs to read its
   * slice, without a row object per file.
   */
  record Listed(String[] sourceFiles, String[] paths, long[] sizes, String[] urls, LocalDate[] published)
      implements java.io.Serializable {
    static Listed of(List<InputListing.Input> inputs) {
      int n = inputs.size();
      Listed l = new Listed(new String[n], new String[n], new long[n], new String[n], new LocalDate[n]);
      for (int i = 0; i < n; i++) {
        InputListing.Input in = inputs.get(i);
        l.sourceFiles[i] = in.sourceFile();
        l.paths[i] = in.path();
        l.sizes[i] = in.size();
        l.urls[i] = in.url();
        l.published[i] = in.publishedDate();
      }
      return l;
    }

    int size() {
      return paths.length;
    }

    /** First index of slice {@code i} of {@code n}: the cut {@code parallelize} would make. */
    int start(int i, int n) {
      return (int) ((long) i * size() / n);
    }
  }

  /** Reads and extracts the listed files of the slices its partition is given. */
  static final class ExtractFn implements FlatMapFunction<Iterator<Integer>, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Reference> ref;
    private final Broadcast<Listed> files;
    private final int slices;
    private final long maxBytes;
    private final long readTimeoutMs;
    private final CsvOutput.Lines lines;

    ExtractFn(Broadcast<Reference> ref, Broadcast<Listed> files, int slices, long maxBytes, long readTimeoutMs,
        CsvOutput.Lines lines) {
      this.ref = ref;
      this.files = files;
      this.slices = slices;
      this.maxBytes = maxBytes;
      this.readTimeoutMs = readTimeoutMs;
      this.lines = lines;
    }

    @Override
    public Iterator<Row> call(Iterator<Integer> sliceNumbers) {
      ReportExtractor extractor = new ReportExtractor(ref.value(), maxBytes);
      Listed listed = files.value();
      Configuration conf = new Configuration();
      ExecutorService pool = ReportFiles.pool();
      org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> pool.shutdownNow());
      }
      // the files of the partition's slices, read lazily, one report at a time (the read pool's
      // threads are daemons, stopped with the task)
      java.util.stream.IntStream reports = java.util.stream.IntStream.empty();
      while (sliceNumbers.hasNext()) {
        int slice = sliceNumbers.next();
        reports = java.util.stream.IntStream.concat(reports,
            java.util.stream.IntStream.range(listed.start(slice, slices), listed.start(slice + 1, slices)));
      }
      return Iterators.map(reports.iterator(), i -> one(extractor, conf, pool, listed.sourceFiles[i], listed.paths[i],
          listed.sizes[i], listed.urls[i], listed.published[i]));
    }

    private Row one(ReportExtractor extractor, Configuration conf, ExecutorService pool, String sourceFile, String path,
        long size, String url, LocalDate published) {
      byte[] bytes;
      String sha;
      try {
        ReportFiles.Read read = ReportFiles.read(pool, path, size, maxBytes, conf, readTimeoutMs);
        bytes = read.bytes();
        sha = read.sha256();
      } catch (IOException | RuntimeException e) {
        Row doc = documentRow(unreadableId(sourceFile), sourceFile, null, null, null, null, null, "quarantined", 0);
        Row q = RowFactory.create(sourceFile, null, null, "unreadable", "Cannot read file: " + LocalTree.cause(e));
        return RowFactory.create(doc, seq(List.of()), seq(List.of(q)), size, null, Synthetic.invalidHost(url), null);
      }
      return extracted(extractor, sourceFile, bytes, null, size, sha, url, published, maxBytes, lines);
    }
  }

  /** Extracts the reports of a corpus partition; a bad corpus line becomes a quarantine row. */
  static final class CorpusExtractFn implements FlatMapFunction<Iterator<Row>, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Reference> ref;
    private final long maxBytes;
    private final CsvOutput.Lines lines;

    CorpusExtractFn(Broadcast<Reference> ref, long maxBytes, CsvOutput.Lines lines) {
      this.ref = ref;
      this.maxBytes = maxBytes;
      this.lines = lines;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      ReportExtractor extractor = new ReportExtractor(ref.value(), maxBytes);
      return Iterators.map(rows, in -> one(extractor, in));
    }

    private Row one(ReportExtractor extractor, Row in) {
      String url = in.isNullAt(1) ? null : in.getString(1);
      String sourceFile = CorpusSource.sourceFile(in.isNullAt(0) ? null : in.getString(0), url);
      String error = in.isNullAt(6) ? null : in.getString(6);
      String corpusFile = in.isNullAt(4) ? null : in.getString(4);
      Integer line = in.isNullAt(5) ? null : in.getInt(5);
      if (sourceFile == null || error != null) {
        String detail = error != null ? error : "a corpus row with neither source_file nor url";
        String where = corpusFile != null ? corpusFile : "(corpus)";
        String name = sourceFile != null ? sourceFile : where + (line != null ? ":" + line : "");
        Row doc = documentRow(unreadableId(name), name, null, null, null, null, null, "quarantined", 0);
        Row q = RowFactory.create(sourceFile != null ? sourceFile : where, line, null, "bad_record", detail);
        return RowFactory.create(doc, seq(List.of()), seq(List.of(q)), 0L, null, Synthetic.invalidHost(url), null);
      }
      LocalDate published = null;
      String date = in.isNullAt(2) ? null : in.getString(2);
      List<Row> extra = new ArrayList<>();
      if (date != null && !date.isBlank()) {
        try {
          published = LocalDate.parse(date.trim().length() > 10 ? date.trim().substring(0, 10) : date.trim());
        } catch (java.time.format.DateTimeParseException e) {
          extra.add(RowFactory.create(sourceFile, line, null, "bad_record", "published_date '" + date + "' is not yyyy-MM-dd"));
        }
      }
      String text = in.isNullAt(3) ? "" : in.getString(3);
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      long size = bytes.length;
      String sha = Sha256.hex(bytes);
      if (size > maxBytes) {
        bytes = new byte[0];
      }
      // a lone surrogate (a JSON "\ud800" escape) is encoded as '?': then only the bytes say what was read
      Row r = extracted(extractor, sourceFile, bytes, wellFormed(text) ? text : null, size, sha, url, published, maxBytes, lines);
      if (extra.isEmpty()) {
        return r;
      }
      List<Row> q = new ArrayList<>(extra);
      q.addAll(scala.jdk.javaapi.CollectionConverters.asJava(r.<Row>getSeq(2)));
      return RowFactory.create(r.get(0), r.get(1), seq(q), r.get(3), r.get(4), r.get(5), r.get(6));
    }
  }

  /**
   * The extracted row of one report's bytes. Decoding (UTF-8, a cut last character, legacy
   * TCVN3/VNI/Windows-1258) happens here so the extractor always receives UTF-8; its own checks
   * (size, empty, binary) still run; impossible figures become quarantine rows. {@code text}
   * (or null) is a string whose UTF-8 encoding is exactly {@code bytes} (a corpus row's text):
   * it stands for decoding them, which costs as much as reading a fifth of the report. When
   * {@code lines} is not null, the records are also formatted as CSV lines by it.
   */
  static Row extracted(ReportExtractor extractor, String sourceFile, byte[] bytes, String text, long size, String sha,
      String url, LocalDate published, long maxBytes, CsvOutput.Lines lines) {
    boolean synthetic = Synthetic.is(url, bytes);
    Decoding.Decoded dec = null;
    try {
      if (size <= maxBytes && !Decoding.leftToExtractor(bytes)) {
        dec = text != null ? new Decoding.Decoded(text, "utf-8", null, null, null, null) : Decoding.decode(bytes);
      }
    } catch (RuntimeException e) {
      dec = null; // a decoder fault must not fail the task: the extractor decodes as before
    }
    // clean UTF-8 goes through unchanged; a legacy or truncated text as its decoded UTF-8
    byte[] utf8 = dec != null && dec.text() != null && (dec.reason() != null || !"utf-8".equals(dec.encoding()))
        ? dec.text().getBytes(StandardCharsets.UTF_8) : bytes;
    // the extractor reads the text decoded here rather than decoding utf8 again, and takes the
    // prefix of sha (the hash of the bytes read whole) as the doc_id rather than hashing them again
    ReportExtractor.Extraction x = extractor.extract(utf8, size, new ReportExtractor.SourceMeta(url, published),
        dec != null ? dec.text() : null, utf8 == bytes && bytes.length == size ? sha : null);
    ReportExtractor.Document d = x.document();
    FigureChecks.Result checked = FigureChecks.check(x.text(), x.facts());
    List<Row> records = new ArrayList<>();
    int no = 0;
    for (Fact f : checked.kept()) {
      records.add(recordRow(d, sourceFile, ++no, f));
    }
    List<Row> issues = new ArrayList<>();
    boolean binary = false;
    for (ReportExtractor.Issue i : x.issues()) {
      binary |= "binary".equals(i.reason());
      if (dec != null && dec.reason() != null && dec.reason().equals(i.reason())) {
        continue; // ours names the byte, line and column
      }
      issues.add(RowFactory.create(sourceFile, i.line(), i.column(), i.reason(), i.detail()));
    }
    if (dec != null && dec.reason() != null && !binary) {
      issues.add(RowFactory.create(sourceFile, dec.line(), dec.column(), dec.reason(), dec.detail()));
    }
    for (FigureChecks.Rejected r : checked.rejected()) {
      issues.add(RowFactory.create(sourceFile, r.line(), r.column(), r.reason(), r.detail()));
    }
    String status = "extracted".equals(d.status()) && records.isEmpty() ? "no_figures" : d.status();
    Row doc = documentRow(d.docId(), sourceFile, d.title(), d.sourceDomain(), d.publishedDate(), d.area(), d.period(), status, records.size());
    return RowFactory.create(doc, seq(records), seq(issues), size, sha, synthetic, csvLines(lines, records));
  }

  /** The records' CSV lines without the last line feed (Spark's text writer adds it), or null. */
  private static String csvLines(CsvOutput.Lines lines, List<Row> records) {
    if (lines == null || records.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder(records.size() * 256);
    List<String> cells = new ArrayList<>(Schemas.RECORDS.size());
    for (Row r : records) {
      lines.append(sb, r, cells);
    }
    sb.setLength(sb.length() - 1);
    return sb.toString();
  }

  /** A stable id for a file that could not be read at all: its path, hashed. */
  static String unreadableId(String sourceFile) {
    return Sha256.hex(sourceFile.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
  }

  static Row documentRow(String docId, String sourceFile, String title, String domain, LocalDate published,
      AreaResolver.Area a, Period p, String status, int nRecords) {
    return RowFactory.create(docId, sourceFile, title, domain, published,
        a == null ? null : a.adminVersion(), a == null ? null : a.level(), a == null ? null : a.name(),
        a == null ? null : a.provinceCode(), a == null ? null : a.provinceName(),
        a == null ? null : a.provinceCode2025(), a == null ? null : a.provinceName2025(),
        p == null ? null : p.type(), p == null ? null : p.start(), p == null ? null : p.end(),
        status, null, nRecords);
  }

  static Row recordRow(ReportExtractor.Document d, String sourceFile, int no, Fact f) {
    AreaResolver.Area a = f.area() != null ? f.area() : d.area();
    Period p = f.period();
    return RowFactory.create(d.docId(), sourceFile, no,
        a == null ? null : a.adminVersion(), a == null ? null : a.level(), a == null ? null : a.name(),
        a == null ? null : a.provinceCode(), a == null ? null : a.provinceName(),
        a == null ? null : a.provinceCode2025(), a == null ? null : a.provinceName2025(),
        p == null ? null : p.type(), p == null ? null : p.start(), p == null ? null : p.end(),
        f.indicator(), f.category(), f.measure(), f.value(), f.unit(), f.basis(), f.denominator(),
        f.approx(), f.assessment(), f.evidence(), f.charStart(), f.charEnd());
  }

  private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
  }

  /** Whether every surrogate in {@code s} is half of a pair, so that its UTF-8 bytes decode back to it. */
  static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c) || i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }
}
