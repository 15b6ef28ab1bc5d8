package vn.baocao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.io.CsvOutput;
import vn.baocao.io.Labels;
import vn.baocao.io.Schemas;
import vn.baocao.io.ValueLabels;

/**
 * The records CSV written from the lines extraction formats is byte for byte the CSV written
 * from the records table: the same cells, value labels, quoting and order, with a duplicate's
 * records and the reports without figures left out.
 */
class RecordLinesTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.create("RecordLinesTest");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void linesFromExtractionGiveTheBytesOfTheRecordsTable(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    String[] provinces = {"Trà Vinh", "Quảng Ninh", "Nghệ An", "Đồng Tháp", "Lào Cai", "Bình Định"};
    for (int i = 0; i < provinces.length; i++) {
      String text = "UBND tỉnh " + provinces[i] + "\nBáo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2024\n"
          + "Thu ngân sách nhà nước trên địa bàn ước đạt " + (1000 + 37 * i) + ",5 tỷ đồng, bằng \"" + (40 + i)
          + ",2%\" dự toán, tăng " + (3 + i) + "% so với cùng kỳ.\n"
          + "Giải ngân vốn đầu tư công đạt " + (20 + i) + ",4% kế hoạch; toàn tỉnh có " + (10 + i) + "/" + (80 + i)
          + " xã đạt chuẩn nông thôn mới.\n";
      Files.writeString(in.resolve(String.format(java.util.Locale.ROOT, "r%02d.txt", i)), text, StandardCharsets.UTF_8);
    }
    // a duplicate of r01, later by path (its records must not be written twice) and a report without figures
    Files.copy(in.resolve("r01.txt"), in.resolve("r01x.txt"));
    Files.writeString(in.resolve("r99.txt"), "UBND tỉnh Cà Mau\nHội nghị giao ban tháng 5.\n", StandardCharsets.UTF_8);

    ValueLabels values = ValueLabels.load("vi");
    Map<String, String> labels = Labels.load("vi");
    InputListing listing = InputListing.list(in.toString(), spark.sparkContext().hadoopConfiguration());
    ExtractJob.Result x = ExtractJob.extract(spark, listing, 1 << 20, new CsvOutput.Lines(Schemas.RECORDS, values));
    FileSystem fs = FileSystem.getLocal(new Configuration());
    long fromLines = CsvOutput.writeTextInParts(fs, new org.apache.hadoop.fs.Path(dir.resolve("lines.csv").toUri()),
        x.recordsCsv(), x.records().schema().fields(), labels);
    long fromRows = CsvOutput.writeInParts(fs, new org.apache.hadoop.fs.Path(dir.resolve("rows.csv").toUri()),
        x.records(), labels, values);
    x.release();

    assertThat(fromRows).as("records of the six reports, the duplicate's left out").isGreaterThanOrEqualTo(18);
    assertThat(fromLines).as("records counted from the lines").isEqualTo(fromRows);
    String csv = Files.readString(dir.resolve("lines.csv"), StandardCharsets.UTF_8);
    assertThat(csv).as("the duplicate's records are not written").doesNotContain("r01x.txt").contains("r01.txt");
    assertThat(Files.readAllBytes(dir.resolve("lines.csv"))).as("bytes of the CSV from extraction's lines")
        .isEqualTo(Files.readAllBytes(dir.resolve("rows.csv")));
  }
}
