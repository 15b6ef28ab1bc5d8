package vn.baocao.io;

import java.io.BufferedWriter;
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
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.util.LongAccumulator;
import scala.collection.Seq;

/**
 * Writes one Excel-ready CSV file from a DataFrame: UTF-8 with a byte-order mark, RFC 4180
 * quoting ({@link CsvLine}), '.' decimals, yyyy-MM-dd dates, plain numbers, and text cells that
 * start like a formula neutralised with a leading apostrophe. Rows stream to the driver one
 * partition at a time, in the order given, so the bytes are the same on every rerun.
 */
public final class CsvOutput {
  private CsvOutput() {}

  /** Writes {@code rows} (already sorted) to {@code file}, headers renamed by {@code labels}. */
  public static long write(FileSystem fs, Path file, Dataset<Row> rows, Map<String, String> labels) throws IOException {
    return write(fs, file, rows, labels, ValueLabels.NONE);
  }

  /**
   * Writes {@code rows} (already sorted) to {@code file}, headers renamed by {@code labels} and
   * coded values ({@code half_year}, {@code low}, booleans) translated by {@code values}.
   */
  public static long write(FileSystem fs, Path file, Dataset<Row> rows, Map<String, String> labels, ValueLabels values)
      throws IOException {
    StructField[] fields = rows.schema().fields();
    long n = 0;
    try (OutputStream out = fs.create(file, true);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      StringBuilder sb = new StringBuilder(256);
      sb.append('\uFEFF');
      w.append(CsvLine.append(sb, header(fields, labels)));
      Iterator<Row> it = rows.toLocalIterator();
      List<String> cells = new ArrayList<>(fields.length);
      while (it.hasNext()) {
        sb.setLength(0);
        w.append(CsvLine.append(sb, cells(it.next(), fields, values, cells)));
        n++;
      }
    }
    return n;
  }

  /**
   * Writes {@code rows} (already sorted) like {@link #write}, but formats them where they are:
   * each task turns its partition into CSV lines and Spark writes them as a text part file, then
   * the driver appends the parts' bytes in partition order after the header. The bytes are those
   * of {@link #write}; the driver copies bytes instead of converting and quoting every row, and
   * the formatting runs on every core (at 100,000 reports the records CSV alone took the driver
   * about ten seconds, one partition after another).
   */
  public static long writeInParts(FileSystem fs, Path file, Dataset<Row> rows, Map<String, String> labels,
      ValueLabels values) throws IOException {
    StructField[] fields = rows.schema().fields();
    LongAccumulator n = rows.sparkSession().sparkContext().longAccumulator("csv rows " + file.getName());
    writeParts(fs, file, rows.mapPartitions(new LineFormatter(fields, values, n), Encoders.STRING()), fields, labels);
    return n.value();
  }

  /** Writes {@code lines} as text parts beside {@code file}, then the header and the parts into {@code file}. */
  private static void writeParts(FileSystem fs, Path file, Dataset<String> lines, StructField[] fields,
      Map<String, String> labels) throws IOException {
    Path parts = new Path(file.getParent(), "._parts-" + file.getName());
    lines.write().mode(SaveMode.Overwrite).option("compression", "none").text(fs.makeQualified(parts).toString());
    List<Path> files = new ArrayList<>();
    for (FileStatus st : fs.listStatus(parts)) {
      if (st.getPath().getName().startsWith("part-")) {
        files.add(st.getPath());
      }
    }
    // part-00000-..., part-00001-...: the name's index is the partition's, so name order is row order
    files.sort(Path::compareTo);
    try (OutputStream out = fs.create(file, true)) {
      StringBuilder head = CsvLine.append(new StringBuilder().append('\uFEFF'), header(fields, labels));
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      for (Path f : files) {
        try (InputStream in = fs.open(f)) {
          in.transferTo(out);
        }
      }
    }
    fs.delete(parts, true);
  }

  /**
   * Formats rows of one schema as CSV lines the way {@link #write} does, where the rows are
   * made: extraction formats each report's records beside building them, so the records CSV
   * (three gigabytes at a million reports) is written from text, not by reading every record
   * back from the cache and converting it to a row object again. Serializable, for tasks.
   */
  public static final class Lines implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final StructField[] fields;
    private final ValueLabels values;

    public Lines(org.apache.spark.sql.types.StructType schema, ValueLabels values) {
      this(schema.fields(), values);
    }

    Lines(StructField[] fields, ValueLabels values) {
      this.fields = fields;
      this.values = values;
    }

    /** Appends {@code row}'s line, ending in CRLF; {@code cells} is scratch space. */
    public StringBuilder append(StringBuilder sb, Row row, List<String> cells) {
      return CsvLine.append(sb, cells(row, fields, values, cells));
    }
  }

  /**
   * Writes a CSV whose lines are already formatted ({@link Lines}): the header, then column 0
   * of {@code texts} (a block of whole lines without the final line feed, which Spark's text
   * writer adds) in partition order. Column 1 is the number of data lines in the block; their
   * sum is returned. The bytes are those {@link #writeInParts} gives for the same rows.
   */
  public static long writeTextInParts(FileSystem fs, Path file, Dataset<Row> texts, StructField[] fields,
      Map<String, String> labels) throws IOException {
    LongAccumulator n = texts.sparkSession().sparkContext().longAccumulator("csv rows " + file.getName());
    Dataset<String> blocks = texts.map((org.apache.spark.api.java.function.MapFunction<Row, String>) r -> {
      n.add(r.getInt(1));
      return r.getString(0);
    }, Encoders.STRING());
    writeParts(fs, file, blocks, fields, labels);
    return n.value();
  }

  /** One row's cells as text, coded values translated; {@code cells} is cleared and reused. */
  private static List<String> cells(Row r, StructField[] fields, ValueLabels values, List<String> cells) {
    cells.clear();
    for (int i = 0; i < fields.length; i++) {
      String c = cell(r.isNullAt(i) ? null : r.get(i), fields[i]);
      cells.add(values.isEmpty() ? c : values.cell(fields[i].name(), fields[i].dataType() instanceof BooleanType, c));
    }
    return cells;
  }

  private static List<String> header(StructField[] fields, Map<String, String> labels) {
    List<String> header = new ArrayList<>();
    for (StructField f : fields) {
      header.add(labels.getOrDefault(f.name(), f.name()));
    }
    return header;
  }

  /**
   * One partition's rows as CSV lines without the final line feed (Spark's text writer adds
   * it after the carriage return, giving the CRLF of {@link #write}).
   */
  private static final class LineFormatter implements MapPartitionsFunction<Row, String> {
    private static final long serialVersionUID = 1L;
    private final Lines lines;
    private final int width;
    private final LongAccumulator rows;

    LineFormatter(StructField[] fields, ValueLabels values, LongAccumulator rows) {
      this.lines = new Lines(fields, values);
      this.width = fields.length;
      this.rows = rows;
    }

    @Override
    public Iterator<String> call(Iterator<Row> input) {
      StringBuilder sb = new StringBuilder(256);
      List<String> cells = new ArrayList<>(width);
      return vn.baocao.spark.Iterators.map(input, r -> {
        sb.setLength(0);
        lines.append(sb, r, cells);
        rows.add(1);
        return sb.substring(0, sb.length() - 1);
      });
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
      // through its shortest decimal: 0.1f is "0.1", not 0.10000000149011612
      return Float.isFinite(fl) ? plain(new BigDecimal(Float.toString(fl))) : "";
    }
    if (v instanceof BigDecimal bd) {
      // BigDecimal.toString writes 1E+39; a spreadsheet cell wants the digits
      return plain(bd);
    }
    if (v instanceof Number num) {
      return num.toString();
    }
    if (v instanceof LocalDate ld) {
      return date(ld);
    }
    if (v instanceof Date sd) {
      return date(sd.toLocalDate());
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
      return fitCell(neutralise(String.join(";", parts)));
    }
    return fitCell(neutralise(v.toString()));
  }

  /** {@code LocalDate.toString} (yyyy-MM-dd), for four-digit years without its StringBuilder. */
  static String date(LocalDate d) {
    int y = d.getYear();
    if (y < 1000 || y > 9999) {
      return d.toString();
    }
    int m = d.getMonthValue();
    int day = d.getDayOfMonth();
    char[] c = {(char) ('0' + y / 1000), (char) ('0' + y / 100 % 10), (char) ('0' + y / 10 % 10), (char) ('0' + y % 10), '-',
        (char) ('0' + m / 10), (char) ('0' + m % 10), '-', (char) ('0' + day / 10), (char) ('0' + day % 10)};
    return new String(c);
  }

  /** Plain decimal, no exponent, no trailing zeros: 1400, 24.6, -19. */
  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "";
    }
    // Every figure of every record passes here (23 million at a million reports). A whole
    // number, or a double whose shortest decimal has no exponent, needs no BigDecimal: the
    // digits are those BigDecimal.valueOf would hold (it parses the same Double.toString).
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    String s = Double.toString(d);
    if (s.indexOf('E') < 0) {
      int end = s.length();
      while (s.charAt(end - 1) == '0') {
        end--;
      }
      return s.substring(0, s.charAt(end - 1) == '.' ? end - 1 : end);
    }
    return plain(BigDecimal.valueOf(d));
  }

  /** {@link #number} the long way, for tests. */
  static String numberByBigDecimal(double d) {
    return Double.isNaN(d) || Double.isInfinite(d) ? "" : plain(BigDecimal.valueOf(d));
  }

  private static String plain(BigDecimal d) {
    BigDecimal b = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    if (b.scale() < 0) {
      b = b.setScale(0);
    }
    return b.toPlainString();
  }

  /** Excel's limit on the characters of one cell; a longer cell is cut and marked. */
  public static final int EXCEL_CELL_LIMIT = 32_767;
  static final String CUT_MARK = " […cut: the whole text is in the Parquet table]";

  /** Text longer than Excel's cell limit, cut at a character boundary and marked; the Parquet keeps it whole. */
  static String fitCell(String s) {
    if (s.length() <= EXCEL_CELL_LIMIT) {
      return s;
    }
    int keep = EXCEL_CELL_LIMIT - CUT_MARK.length();
    if (Character.isHighSurrogate(s.charAt(keep - 1))) {
      keep--;
    }
    return s.substring(0, keep) + CUT_MARK;
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
