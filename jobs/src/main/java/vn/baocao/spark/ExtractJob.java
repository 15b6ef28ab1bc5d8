package vn.baocao.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import vn.baocao.extract.AreaResolver;
import vn.baocao.extract.Fact;
import vn.baocao.extract.Period;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.io.Schemas;
import vn.baocao.reference.Reference;
import vn.baocao.text.Decoding;
import vn.baocao.validate.FigureChecks;

/**
 * The extract driver: lists the reports, reads each one with the plain-Java
 * {@link ReportExtractor} inside Spark tasks (reference data broadcast once), and returns the
 * documents, records and quarantine tables. It receives its SparkSession; it never creates one.
 */
public final class ExtractJob {
  private ExtractJob() {}

  /** The three tables of the output contract, plus per-file input facts for the manifest. */
  public record Result(Dataset<Row> documents, Dataset<Row> records, Dataset<Row> quarantine, Dataset<Row> inputs) {}

  /** Runs extraction over the listed inputs. */
  public static Result extract(SparkSession spark, InputListing listing, long maxBytes) {
    return extract(spark, listing, maxBytes, ReportFiles.DEFAULT_TIMEOUT_MS);
  }

  /** Runs extraction; reading one file may take at most {@code readTimeoutMs}. */
  public static Result extract(SparkSession spark, InputListing listing, long maxBytes, long readTimeoutMs) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    List<Row> rows = new ArrayList<>();
    for (InputListing.Input in : listing.inputs()) {
      rows.add(RowFactory.create(in.sourceFile(), in.path(), in.size(), in.url(),
          in.publishedDate() == null ? null : in.publishedDate().toString()));
    }
    int parallelism = spark.sparkContext().defaultParallelism();
    int partitions = Math.max(1, Math.min(rows.size(), parallelism * 4));
    Broadcast<Reference> ref = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(Reference.defaults());
    Dataset<Row> extracted = spark.createDataFrame(rows, Schemas.INPUTS)
        .repartition(partitions)
        .mapPartitions(new ExtractFn(ref, maxBytes, readTimeoutMs), Encoders.row(Schemas.EXTRACTED))
        .persist(StorageLevel.MEMORY_AND_DISK());

    // duplicates: the same normalised text as an earlier file (by path order) adds nothing
    Dataset<Row> docs = extracted.select(col("document.*"));
    WindowSpec byText = Window.partitionBy(col("doc_id"), col("readable")).orderBy(col("source_file"));
    Dataset<Row> marked = docs
        .withColumn("readable", col("status").notEqual(lit("quarantined")))
        .withColumn("first_file", first(col("source_file")).over(byText))
        .withColumn("is_dup", col("readable").and(col("first_file").notEqual(col("source_file"))));
    Dataset<Row> documents = marked
        .withColumn("status", when(col("is_dup"), lit("duplicate")).otherwise(col("status")))
        .withColumn("duplicate_of", when(col("is_dup"), col("first_file")).otherwise(lit(null).cast("string")))
        .withColumn("n_records", when(col("is_dup"), lit(0)).otherwise(col("n_records")))
        .select(Schemas.DOCUMENTS.fieldNames()[0], rest(Schemas.DOCUMENTS.fieldNames()));
    Dataset<Row> kept = marked.filter(col("is_dup").equalTo(false)).select(col("source_file").as("kept_file"));
    Dataset<Row> records = extracted.select(explode(col("records")).as("r")).select(col("r.*"))
        .join(kept, col("source_file").equalTo(col("kept_file")), "left_semi");
    List<Row> listingProblems = new ArrayList<>();
    for (InputListing.Problem p : listing.problems()) {
      listingProblems.add(RowFactory.create(p.sourceFile(), p.line(), p.column(), p.reason(), p.detail()));
    }
    Dataset<Row> quarantine = extracted.select(explode(col("quarantine")).as("q")).select(col("q.*"))
        .union(spark.createDataFrame(listingProblems, Schemas.QUARANTINE));
    Dataset<Row> inputs = extracted.select(col("document.source_file").as("source_file"), col("input_bytes"), col("input_sha256"));
    return new Result(documents, records, quarantine, inputs);
  }

  private static String[] rest(String[] names) {
    String[] out = new String[names.length - 1];
    System.arraycopy(names, 1, out, 0, out.length);
    return out;
  }

  /** Reads and extracts the files of one partition. */
  static final class ExtractFn implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Reference> ref;
    private final long maxBytes;
    private final long readTimeoutMs;

    ExtractFn(Broadcast<Reference> ref, long maxBytes, long readTimeoutMs) {
      this.ref = ref;
      this.maxBytes = maxBytes;
      this.readTimeoutMs = readTimeoutMs;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> inputs) {
      ReportExtractor extractor = new ReportExtractor(ref.value(), maxBytes);
      Configuration conf = new Configuration();
      List<Row> out = new ArrayList<>();
      ExecutorService pool = ReportFiles.pool();
      try {
        while (inputs.hasNext()) {
          Row in = inputs.next();
          out.add(one(extractor, conf, pool, in));
        }
      } finally {
        pool.shutdownNow();
      }
      return out.iterator();
    }

    private Row one(ReportExtractor extractor, Configuration conf, ExecutorService pool, Row in) {
      String sourceFile = in.getString(0);
      String path = in.getString(1);
      long size = in.getLong(2);
      String url = in.isNullAt(3) ? null : in.getString(3);
      LocalDate published = in.isNullAt(4) ? null : LocalDate.parse(in.getString(4));
      byte[] bytes;
      String sha;
      try {
        ReportFiles.Read read = ReportFiles.read(pool, path, size, maxBytes, conf, readTimeoutMs);
        bytes = read.bytes();
        sha = read.sha256();
      } catch (IOException | RuntimeException e) {
        Row doc = documentRow(unreadableId(sourceFile), sourceFile, null, null, null, null, null, "quarantined", 0);
        Row q = RowFactory.create(sourceFile, null, null, "unreadable", "Cannot read file: " + LocalTree.cause(e));
        return RowFactory.create(doc, seq(List.of()), seq(List.of(q)), size, null);
      }
      // decoding (UTF-8, a cut last character, legacy TCVN3/VNI/Windows-1258) happens here so
      // the extractor always receives UTF-8; its own checks (size, empty, binary) still run
      Decoding.Decoded dec = null;
      try {
        dec = size <= maxBytes && !Decoding.leftToExtractor(bytes) ? Decoding.decode(bytes) : null;
      } catch (RuntimeException e) {
        dec = null; // a decoder fault must not fail the task: the extractor decodes as before
      }
      // clean UTF-8 goes through unchanged; a legacy or truncated text as its decoded UTF-8
      byte[] utf8 = dec != null && dec.text() != null && (dec.reason() != null || !"utf-8".equals(dec.encoding()))
          ? dec.text().getBytes(StandardCharsets.UTF_8) : bytes;
      ReportExtractor.Extraction x = extractor.extract(utf8, size, new ReportExtractor.SourceMeta(url, published));
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
      return RowFactory.create(doc, seq(records), seq(issues), size, sha);
    }
  }

  /** A stable id for a file that could not be read at all: its path, hashed. */
  static String unreadableId(String sourceFile) {
    return sha256(sourceFile.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
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

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
  }

  static String sha256(byte[] b) {
    return HexFormat.of().formatHex(digest().digest(b));
  }

}
