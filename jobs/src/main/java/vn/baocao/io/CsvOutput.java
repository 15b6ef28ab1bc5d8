package vn.baocao.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import scala.collection.Seq;

/**
 * Writes one Excel-ready CSV file from a DataFrame: UTF-8 with a byte-order mark, RFC 4180
 * quoting, '.' decimals, yyyy-MM-dd dates, plain numbers, and text cells that start like a
 * formula neutralised with a leading apostrophe. Rows stream to the driver one partition at
 * a time, in the order given, so the bytes are the same on every rerun.
 */
public final class CsvOutput {
  private CsvOutput() {}

  /**
   * Writes {@code rows} (already sorted) to {@code file}, headers renamed by {@code labels}.
   *
   * <p>Every partition is formatted into its own part file by the task that computes it (in
   * parallel, beside the target), and the driver then concatenates the parts in partition order
   * behind the byte-order mark and the header: a sorted Dataset's partitions are consecutive
   * ranges, so the bytes are the same as one printer writing every row in order, without
   * streaming millions of rows through the driver.
   */
  public static long write(FileSystem fs, Path file, Dataset<Row> rows, Map<String, String> labels) throws IOException {
    StructField[] fields = rows.schema().fields();
    List<String> header = new ArrayList<>();
    for (StructField f : fields) {
      header.add(labels.getOrDefault(f.name(), f.name()));
    }
    Path parts = fs.makeQualified(new Path(file.getParent(), "." + file.getName() + ".parts"));
    fs.delete(parts, true);
    List<Row> written = rows.mapPartitions(new PartWriter(parts.toString(), fields), Encoders.row(PARTS)).collectAsList();
    List<Row> ordered = new ArrayList<>(written);
    ordered.sort((a, b) -> Integer.compare(a.getInt(0), b.getInt(0)));
    long n = 0;
    try (OutputStream out = fs.create(file, true)) {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter p = new CSVPrinter(w, FORMAT);
      w.write('\uFEFF');
      p.printRecord(header);
      p.flush();
      byte[] buf = new byte[1 << 16];
      for (Row r : ordered) {
        n += r.getLong(1);
        if (r.getLong(1) == 0) {
          continue;
        }
        try (InputStream in = fs.open(new Path(parts, r.getString(2)))) {
          int k;
          while ((k = in.read(buf)) >= 0) {
            out.write(buf, 0, k);
          }
        }
      }
    } finally {
      fs.delete(parts, true);
    }
    return n;
  }

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  /** What each task reports: its partition, its row count and its part file. */
  private static final StructType PARTS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("partition", DataTypes.IntegerType, false),
      DataTypes.createStructField("rows", DataTypes.LongType, false),
      DataTypes.createStructField("file", DataTypes.StringType, false)));

  /** Formats one partition into {@code part-NNNNN.csv} (no header, no byte-order mark). */
  private static final class PartWriter implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final String dir;
    private final StructField[] fields;

    PartWriter(String dir, StructField[] fields) {
      this.dir = dir;
      this.fields = fields;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) throws IOException {
      int partition = TaskContext.getPartitionId();
      String name = String.format(java.util.Locale.ROOT, "part-%05d.csv", partition);
      long n = 0;
      if (rows.hasNext()) {
        Path part = new Path(dir, name);
        FileSystem fs = part.getFileSystem(new org.apache.hadoop.conf.Configuration());
        try (OutputStream out = fs.create(part, true);
            Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CSVPrinter p = new CSVPrinter(w, FORMAT)) {
          List<String> cells = new ArrayList<>(fields.length);
          while (rows.hasNext()) {
            Row r = rows.next();
            cells.clear();
            for (int i = 0; i < fields.length; i++) {
              cells.add(cell(r.isNullAt(i) ? null : r.get(i), fields[i]));
            }
            p.printRecord(cells);
            n++;
          }
        }
      }
      return List.of(RowFactory.create(partition, n, name)).iterator();
    }
  }

  static String cell(Object v, StructField field) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return number(d);
    }
    if (v instanceof Float fl) {
      return number(fl.doubleValue());
    }
    if (v instanceof Number num) {
      return num.toString();
    }
    if (v instanceof LocalDate ld) {
      return ld.toString();
    }
    if (v instanceof Date sd) {
      return sd.toLocalDate().toString();
    }
    if (v instanceof Boolean b) {
      return b.toString();
    }
    if (field.dataType() instanceof ArrayType) {
      List<String> parts = new ArrayList<>();
      Iterable<?> items = v instanceof Seq<?> seq ? scala.jdk.javaapi.CollectionConverters.asJava(seq) : v instanceof List<?> l ? l : List.of(v);
      for (Object o : items) {
        parts.add(o == null ? "" : o.toString());
      }
      return neutralise(String.join(";", parts));
    }
    return neutralise(v.toString());
  }

  /** Plain decimal, no exponent, no trailing zeros: 1400, 24.6, -19. */
  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "";
    }
    BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
    if (b.scale() < 0) {
      b = b.setScale(0);
    }
    return b.toPlainString();
  }

  /** Text that Excel would read as a formula gets a leading apostrophe. */
  public static String neutralise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return "'" + s;
    }
    return s;
  }
}
