package vn.baocao.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reports stored in corpus files rather than one file per report: JSON Lines
 * ({@code .jsonl}, or {@code .jsonl.gz}) with one {@code {"source_file"|"url", "published_date",
 * "text"}} object per line, or Parquet (a file or a folder of part files) with the same columns.
 *
 * <p>A million small files is Spark's small-file problem; one corpus file is not. A plain
 * {@code .jsonl} is cut into byte ranges read in parallel (a first, I/O-only pass counts the
 * newlines of each range so every row keeps its true line number); a {@code .jsonl.gz} cannot be
 * split and is read by one task, then spread over the cores. A bad line becomes a
 * {@code bad_record} quarantine row naming the corpus file and the line.
 */
public final class CorpusSource {
  /** One report read from a corpus, before extraction; {@code error} set for a bad line. */
  public static final StructType CORPUS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("source_file", DataTypes.StringType, true),
      DataTypes.createStructField("url", DataTypes.StringType, true),
      DataTypes.createStructField("published_date", DataTypes.StringType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("corpus_file", DataTypes.StringType, true),
      DataTypes.createStructField("line", DataTypes.IntegerType, true),
      DataTypes.createStructField("error", DataTypes.StringType, true)));

  /** Byte range read by one task from a plain JSON Lines file. */
  static final long SPLIT_BYTES = 32L << 20;

  /** The kinds of corpus input. */
  public enum Kind { JSONL, PARQUET }

  private final Kind kind;
  private final String root;
  private final List<FileStatus> files;

  private CorpusSource(Kind kind, String root, List<FileStatus> files) {
    this.kind = kind;
    this.root = root;
    this.files = files;
  }

  public Kind kind() {
    return kind;
  }

  /** The input root, as {@link InputListing#root()} gives it for folders. */
  public String root() {
    return root;
  }

  /** The corpus files, sorted by name. */
  public List<FileStatus> files() {
    return files;
  }

  /**
   * True when {@link #read} gives the rows in corpus order (files by name, then line) across
   * its partitions. Plain JSON Lines do; Spark's Parquet scan packs file splits by size, and a
   * compressed file is spread over partitions by a shuffle.
   */
  public boolean readInOrder() {
    if (kind != Kind.JSONL) {
      return false;
    }
    for (FileStatus f : files) {
      if (f.getPath().getName().toLowerCase(Locale.ROOT).endsWith(".gz")) {
        return false;
      }
    }
    return true;
  }

  private static boolean jsonl(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz");
  }

  private static boolean parquet(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".parquet");
  }

  /**
   * The corpus at {@code input}, or null when {@code input} is a folder of report texts or a
   * glob. A file is a corpus by its extension; a folder is one when its top level holds
   * {@code *.parquet} or {@code *.jsonl(.gz)} files and no {@code *.txt} (a Spark Parquet
   * output folder, or a folder of JSON Lines parts).
   */
  public static CorpusSource detect(String input, Configuration conf) throws IOException {
    if (input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0 || input.indexOf('{') >= 0) {
      return null;
    }
    Path p = new Path(input);
    FileSystem fs = p.getFileSystem(conf);
    if (!fs.exists(p)) {
      return null;
    }
    FileStatus st = fs.getFileStatus(p);
    String rootPath = fs.makeQualified(st.isDirectory() ? p : p.getParent()).toUri().getPath();
    if (!st.isDirectory()) {
      if (jsonl(p.getName())) {
        return new CorpusSource(Kind.JSONL, rootPath, List.of(st));
      }
      return parquet(p.getName()) ? new CorpusSource(Kind.PARQUET, rootPath, List.of(st)) : null;
    }
    List<FileStatus> pq = new ArrayList<>();
    List<FileStatus> js = new ArrayList<>();
    for (FileStatus c : fs.listStatus(p)) {
      String n = c.getPath().getName();
      if (n.startsWith(".") || n.startsWith("_")) {
        continue;
      }
      if (n.toLowerCase(Locale.ROOT).endsWith(".txt")) {
        return null;
      }
      if (c.isFile() && parquet(n)) {
        pq.add(c);
      } else if (c.isFile() && jsonl(n)) {
        js.add(c);
      }
    }
    if (!pq.isEmpty() && js.isEmpty()) {
      pq.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
      return new CorpusSource(Kind.PARQUET, rootPath, List.copyOf(pq));
    }
    if (!js.isEmpty() && pq.isEmpty()) {
      js.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
      return new CorpusSource(Kind.JSONL, rootPath, List.copyOf(js));
    }
    return null;
  }

  /** The corpus as rows of {@link #CORPUS}, spread over about {@code partitions} partitions. */
  public Dataset<Row> read(SparkSession spark, int partitions) {
    return read(spark, partitions, SPLIT_BYTES);
  }

  /** As {@link #read(SparkSession, int)}, cutting plain JSON Lines files into ranges of {@code splitBytes}. */
  Dataset<Row> read(SparkSession spark, int partitions, long splitBytes) {
    if (kind == Kind.PARQUET) {
      return parquetRows(spark);
    }
    Lines lines = lines(spark, splitBytes);
    Dataset<Row> df = spark.createDataFrame(lines.rows(), CORPUS);
    return lines.spread(partitions) ? df.repartition(partitions) : df;
  }

  /**
   * The corpus as external rows of {@link #CORPUS}, for a task that reads them one by one. Plain
   * JSON Lines rows go straight from the line reader to the caller: a Dataset in between would
   * encode every text into Spark's UTF-8 and decode it back, twice the text's bytes for nothing.
   */
  public JavaRDD<Row> rows(SparkSession spark, int partitions) {
    if (kind == Kind.PARQUET) {
      return parquetRows(spark).javaRDD();
    }
    Lines lines = lines(spark, SPLIT_BYTES);
    return lines.spread(partitions)
        ? spark.createDataFrame(lines.rows(), CORPUS).repartition(partitions).javaRDD()
        : lines.rows();
  }

  private Dataset<Row> parquetRows(SparkSession spark) {
    List<String> paths = new ArrayList<>();
    for (FileStatus f : files) {
      paths.add(f.getPath().toString());
    }
    Dataset<Row> pq = spark.read().parquet(paths.toArray(new String[0]));
    List<String> have = Arrays.asList(pq.columns());
    org.apache.spark.sql.Column none = lit(null).cast("string");
    return pq.select(
        have.contains("source_file") ? col("source_file").cast("string") : none.as("source_file"),
        have.contains("url") ? col("url").cast("string") : none.as("url"),
        have.contains("published_date") ? col("published_date").cast("string") : none.as("published_date"),
        have.contains("text") ? col("text").cast("string") : none.as("text"),
        lit(null).cast("string").as("corpus_file"),
        lit(null).cast("int").as("line"),
        lit(null).cast("string").as("error"));
  }

  /** The rows of the JSON Lines files, one task per split, and whether a split is gzip. */
  private record Lines(JavaRDD<Row> rows, int splits, boolean gzip) {
    /**
     * Whether the rows must be spread over {@code partitions}: a gzip file is read by one task,
     * and the extraction, the costly part, should still use every core.
     */
    boolean spread(int partitions) {
      return gzip && splits < partitions;
    }
  }

  private Lines lines(SparkSession spark, long splitBytes) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Split> splits = new ArrayList<>();
    boolean anyGzip = false;
    for (FileStatus f : files) {
      String rel = InputListing.relative(root, f.getPath());
      if (f.getPath().getName().toLowerCase(Locale.ROOT).endsWith(".gz")) {
        splits.add(new Split(f.getPath().toString(), rel, 0, Long.MAX_VALUE, true, 1));
        anyGzip = true;
        continue;
      }
      for (long s = 0; s < f.getLen(); s += splitBytes) {
        splits.add(new Split(f.getPath().toString(), rel, s, Math.min(f.getLen(), s + splitBytes), false, 1));
      }
    }
    // First line number of every split: an I/O-only pass counting newlines (skipped when each
    // file is one split, since then every split starts at line 1).
    boolean multi = splits.stream().map(Split::path).distinct().count() < splits.size();
    if (multi) {
      List<Long> counts = jsc.parallelize(splits, splits.size()).map(new CountLines()).collect();
      List<Split> numbered = new ArrayList<>();
      String file = null;
      long before = 0;
      for (int i = 0; i < splits.size(); i++) {
        Split s = splits.get(i);
        if (!s.path().equals(file)) {
          file = s.path();
          before = 0;
        }
        numbered.add(new Split(s.path(), s.name(), s.start(), s.end(), s.gzip(), before + 1));
        before += counts.get(i);
      }
      splits = numbered;
    }
    return new Lines(jsc.parallelize(splits, splits.size()).flatMap(new ReadLines()), splits.size(), anyGzip);
  }

  /** Writes {@code jsonl} (a generated corpus) as Parquet at {@code out}, in part files of a few hundred MB. */
  public static void writeParquet(SparkSession spark, String jsonl, String out) {
    spark.read().schema(DataTypes.createStructType(List.of(
            DataTypes.createStructField("source_file", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("published_date", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true))))
        .json(jsonl)
        .write().mode(SaveMode.Overwrite).option("compression", "snappy").parquet(out);
  }

  /** A byte range of a JSON Lines file; it owns the lines that start inside it. */
  record Split(String path, String name, long start, long end, boolean gzip, long firstLine) implements Serializable {}

  private static InputStream open(Split s) throws IOException {
    Path p = new Path(s.path());
    FileSystem fs = p.getFileSystem(new Configuration());
    FSDataInputStream in = fs.open(p);
    if (s.gzip()) {
      return new GZIPInputStream(in, 1 << 16);
    }
    long at = s.start() == 0 ? 0 : s.start() - 1;
    in.seek(at);
    return in;
  }

  /** Counts the newlines in a split's byte range. */
  static final class CountLines implements Function<Split, Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public Long call(Split s) throws IOException {
      long n = 0;
      try (InputStream in = open(s)) {
        long pos = s.start() == 0 ? 0 : s.start() - 1;
        if (s.start() > 0) {
          in.read(); // the byte before the range belongs to the previous split
          pos++;
        }
        byte[] buf = new byte[1 << 16];
        while (pos < s.end()) {
          int r = in.read(buf, 0, (int) Math.min(buf.length, s.end() - pos));
          if (r < 0) {
            break;
          }
          for (int i = 0; i < r; i++) {
            if (buf[i] == '\n') {
              n++;
            }
          }
          pos += r;
        }
      }
      return n;
    }
  }

  /** Parses the lines a split owns into {@link #CORPUS} rows, lazily. */
  static final class ReadLines implements FlatMapFunction<Split, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Split s) throws IOException {
      LineReader in = new LineReader(open(s));
      long pos;
      long first = s.firstLine();
      if (s.start() == 0 || s.gzip()) {
        pos = 0;
      } else {
        pos = s.start() - 1;
        int prev = in.read();
        pos++;
        if (prev != '\n') {
          first++; // firstLine counts the newlines before the range; the next one is inside it
          // the line under way belongs to the split before
          byte[] rest = in.readLine();
          pos += rest == null ? 0 : in.consumed();
        }
      }
      long firstPos = pos;
      long firstNo = first;
      ObjectMapper json = new ObjectMapper();
      return new Iterator<>() {
        long at = firstPos;
        long line = firstNo;
        Row next = advance();

        private Row advance() {
          try {
            while (s.gzip() || at < s.end()) {
              byte[] bytes = in.readLine();
              if (bytes == null) {
                in.close();
                return null;
              }
              at += in.consumed();
              long no = line++;
              if (isBlank(bytes)) {
                continue;
              }
              return parse(json, bytes, s.name(), no);
            }
            in.close();
            return null;
          } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + s.name() + ": " + e.getMessage(), e);
          }
        }

        @Override
        public boolean hasNext() {
          return next != null;
        }

        @Override
        public Row next() {
          if (next == null) {
            throw new NoSuchElementException();
          }
          Row r = next;
          next = advance();
          return r;
        }
      };
    }
  }

  /**
   * Lines of a stream as bytes, with a plain buffer: BufferedInputStream's per-byte
   * synchronised read() was a tenth of a million-report run's CPU.
   */
  static final class LineReader implements java.io.Closeable {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long consumed;

    LineReader(InputStream in) {
      this.in = in;
    }

    private boolean fill() throws IOException {
      int n = in.read(buf, 0, buf.length);
      if (n <= 0) {
        return false;
      }
      pos = 0;
      limit = n;
      return true;
    }

    /** One byte, or -1 at the end. */
    int read() throws IOException {
      if (pos == limit && !fill()) {
        return -1;
      }
      return buf[pos++] & 0xff;
    }

    /** The next line without its newline, or null at the end; {@link #consumed()} gives its bytes read. */
    byte[] readLine() throws IOException {
      byte[] line = null;
      int len = 0;
      long read = 0;
      while (true) {
        if (pos == limit && !fill()) {
          consumed = read;
          return line == null ? null : java.util.Arrays.copyOf(line, len);
        }
        int from = pos;
        int nl = vn.baocao.text.Bytes.indexOf(buf, (byte) '\n', pos, limit);
        int end = nl < 0 ? limit : nl;
        int n = end - from;
        if (line == null) {
          line = new byte[Math.max(n, 256)];
        } else if (len + n > line.length) {
          line = java.util.Arrays.copyOf(line, Math.max(len + n, line.length * 2));
        }
        System.arraycopy(buf, from, line, len, n);
        len += n;
        read += n;
        if (nl >= 0) {
          pos = nl + 1;
          consumed = read + 1;
          return java.util.Arrays.copyOf(line, len);
        }
        pos = limit;
      }
    }

    /** Bytes taken by the last {@link #readLine()}, its newline included. */
    long consumed() {
      return consumed;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\r') {
        return false;
      }
    }
    return true;
  }

  /** One JSON Lines row; a line that is not a usable object becomes an error row. */
  static Row parse(ObjectMapper json, byte[] bytes, String corpusFile, long line) {
    Integer no = line > Integer.MAX_VALUE ? null : (int) line;
    JsonNode n;
    try {
      n = json.readTree(bytes);
    } catch (IOException e) {
      String m = e.getMessage() == null ? "" : e.getMessage();
      int nl = m.indexOf('\n');
      return RowFactory.create(null, null, null, null, corpusFile, no, "not a JSON object: " + (nl > 0 ? m.substring(0, nl) : m));
    }
    if (n == null || !n.isObject()) {
      return RowFactory.create(null, null, null, null, corpusFile, no, "not a JSON object");
    }
    String source = text(n, "source_file");
    String url = text(n, "url");
    String date = text(n, "published_date");
    JsonNode t = n.get("text");
    if (t == null || !t.isTextual()) {
      return RowFactory.create(source, url, date, null, corpusFile, no, "no \"text\" string");
    }
    if ((source == null || source.isBlank()) && (url == null || url.isBlank())) {
      return RowFactory.create(null, null, date, t.asText(), corpusFile, no, "neither \"source_file\" nor \"url\"");
    }
    return RowFactory.create(source, url, date, t.asText(), corpusFile, no, null);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * The {@code source_file} of a corpus row: its own field, else derived from its URL
   * (host and path, percent-decoded, NFC: {@code https://x.gov.vn/a/b%20c.html} →
   * {@code x.gov.vn/a/b c.html}).
   */
  public static String sourceFile(String sourceFile, String url) {
    if (sourceFile != null && !sourceFile.isBlank()) {
      return Normalizer.normalize(sourceFile.trim().replace('\\', '/'), Normalizer.Form.NFC);
    }
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.trim();
    String host = "";
    String path = u;
    try {
      URI uri = URI.create(u);
      if (uri.getHost() != null) {
        host = uri.getHost();
        path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
          path = path + "?" + uri.getRawQuery();
        }
      }
    } catch (IllegalArgumentException e) {
      int scheme = u.indexOf("://");
      path = scheme >= 0 ? u.substring(scheme + 3) : u;
    }
    String decoded;
    try {
      decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = path;
    }
    String joined = host.isEmpty() ? decoded : host + (decoded.startsWith("/") ? "" : "/") + decoded;
    while (joined.endsWith("/")) {
      joined = joined.substring(0, joined.length() - 1);
    }
    while (joined.startsWith("/")) {
      joined = joined.substring(1);
    }
    return Normalizer.normalize(joined, Normalizer.Form.NFC);
  }
}
