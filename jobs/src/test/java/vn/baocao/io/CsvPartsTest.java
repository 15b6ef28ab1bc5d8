package vn.baocao.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.spark.SparkTestSession;

/**
 * The CSV formatted on the executors, a part file per partition, is byte for byte the CSV the
 * driver writes row by row: quoting, line breaks inside cells, formulas, numbers, dates, arrays,
 * Vietnamese value labels and row order.
 */
class CsvPartsTest {
  private static SparkSession spark;

  private static final StructType SCHEMA = new StructType()
      .add("source_file", DataTypes.StringType)
      .add("record_no", DataTypes.IntegerType)
      .add("value", DataTypes.DoubleType)
      .add("period_type", DataTypes.StringType)
      .add("period_end", DataTypes.DateType)
      .add("source_conflict", DataTypes.BooleanType)
      .add("doc_ids", DataTypes.createArrayType(DataTypes.StringType))
      .add("evidence", DataTypes.StringType);

  @BeforeAll
  static void start() {
    spark = SparkTestSession.create("CsvPartsTest");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Dataset<Row> rows() {
    String[] texts = {"thu ngân sách đạt 1.234 tỷ đồng", "có \"ngoặc kép\", dấu phẩy", "hai\r\ndòng", "=SUM(A1)", "", null,
        "-19% so với cùng kỳ", "+ tăng", "@ghi chú", "dòng\nmới"};
    List<Row> list = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      list.add(RowFactory.create(String.format(java.util.Locale.ROOT, "tinh-%04d.txt", i), i % 7,
          i % 5 == 0 ? null : i * 1.25 - 100, i % 3 == 0 ? "half_year" : "year", LocalDate.of(2024, 1 + i % 12, 1),
          i % 4 == 0, List.of("a" + i, "b"), texts[i % texts.length]));
    }
    return spark.createDataFrame(list, SCHEMA).repartition(5).orderBy("source_file", "record_no");
  }

  @Test
  void partsGiveTheDriversBytes(@TempDir Path dir) throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    Dataset<Row> sorted = rows().cache();
    Map<String, String> labels = Labels.load("vi");
    ValueLabels values = ValueLabels.load("vi");
    long a = CsvOutput.write(fs, new org.apache.hadoop.fs.Path(dir.resolve("driver.csv").toUri()), sorted, labels, values);
    long b = CsvOutput.writeInParts(fs, new org.apache.hadoop.fs.Path(dir.resolve("parts.csv").toUri()), sorted, labels, values);
    assertThat(sorted.rdd().getNumPartitions()).as("the rows span several partitions").isGreaterThan(1);
    assertThat(b).as("rows counted by the parts").isEqualTo(a).isEqualTo(500);
    assertThat(Files.readAllBytes(dir.resolve("parts.csv"))).as("bytes of the part-written CSV")
        .isEqualTo(Files.readAllBytes(dir.resolve("driver.csv")));
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".crc")).sorted().toList())
          .as("no part folder is left beside the CSV").containsExactly("driver.csv", "parts.csv");
    }
  }
}
