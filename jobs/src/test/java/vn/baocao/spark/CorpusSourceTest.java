package vn.baocao.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.Options;
import vn.baocao.cli.Pipeline;
import vn.baocao.generate.CorpusWriter;
import vn.baocao.generate.Generator;

/**
 * Corpus inputs (JSON Lines, gzip, Parquet) give the same documents and records as a folder
 * of the same texts; bad lines are quarantined with their line numbers; synthetic reports are
 * refused when mixed with real ones.
 */
class CorpusSourceTest {
  private static SparkSession spark;
  @TempDir static Path tmp;
  private static final int DOCS = 120;

  @BeforeAll
  static void start() throws Exception {
    spark = SparkTestSession.create("CorpusSourceTest");
    Generator g = new Generator(21);
    CorpusWriter.write(g, DOCS, tmp.resolve("txt"), "txt");
    CorpusWriter.write(g, DOCS, tmp.resolve("jsonl"), "jsonl");
    CorpusWriter.write(g, DOCS, tmp.resolve("gz"), "jsonl.gz");
    CorpusSource.writeParquet(spark, tmp.resolve("jsonl/corpus.jsonl").toUri().toString(),
        tmp.resolve("pq/corpus.parquet").toUri().toString());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Map<String, Row> byFile(List<Row> rows, String key) {
    Map<String, Row> m = new HashMap<>();
    for (Row r : rows) {
      m.put(r.getString(r.fieldIndex(key)).replaceAll("^\\d{4}/", ""), r);
    }
    return m;
  }

  private static List<Row> documents(Path out) {
    return spark.read().parquet(out.resolve("documents").toString()).collectAsList();
  }

  private static List<String> records(Path out) {
    List<String> keys = new ArrayList<>();
    for (Row r : spark.read().parquet(out.resolve("records").toString())
        .selectExpr("regexp_replace(source_file, '^[0-9]{4}/', '') AS f", "record_no", "indicator", "measure", "value")
        .collectAsList()) {
      keys.add(r.mkString("|"));
    }
    keys.sort(String::compareTo);
    return keys;
  }

  @Test
  void jsonlGzipAndParquetCorporaReadLikeTheFolderOfTexts() throws Exception {
    Path folder = tmp.resolve("out-txt");
    Pipeline.run(spark, Options.parse(new String[] {"extract", "--input", tmp.resolve("txt/texts").toString(), "--output", folder.toString()}));
    List<String> expected = records(folder);
    Map<String, Row> expectedDocs = byFile(documents(folder), "source_file");
    assertThat(expected).as("records of the folder run").hasSizeGreaterThan(DOCS * 5);
    for (String input : List.of("jsonl/corpus.jsonl", "gz/corpus.jsonl.gz", "pq/corpus.parquet")) {
      Path out = tmp.resolve("out-" + input.replace('/', '-'));
      Map<String, Object> counts = Pipeline.run(spark,
          Options.parse(new String[] {"extract", "--input", tmp.resolve(input).toString(), "--output", out.toString()}));
      assertThat(counts.get("documents")).as("documents from %s", input).isEqualTo((long) DOCS);
      assertThat(records(out)).as("records from %s, as from the folder", input).isEqualTo(expected);
      Map<String, Row> docs = byFile(documents(out), "source_file");
      for (Map.Entry<String, Row> e : expectedDocs.entrySet()) {
        Row d = docs.get(e.getKey());
        assertThat(d).as("document %s from %s", e.getKey(), input).isNotNull();
        for (String c : List.of("doc_id", "area_name", "province_code", "period_type", "period_end", "published_date", "status")) {
          assertThat(String.valueOf((Object) d.getAs(c))).as("%s of %s from %s", c, e.getKey(), input)
              .isEqualTo(String.valueOf((Object) e.getValue().getAs(c)));
        }
      }
      String manifest = Files.readString(out.resolve("_manifest.json"));
      assertThat(manifest).as("manifest of %s", input).contains("\"reports\": \"all\"").contains("\"synthetic\": " + DOCS);
    }
  }

  @Test
  void badLinesAreQuarantinedWithTheirLineNumbersAcrossSplits() throws Exception {
    Generator g = new Generator(4);
    StringBuilder b = new StringBuilder();
    List<Integer> bad = new ArrayList<>();
    int line = 0;
    for (int i = 0; i < 40; i++) {
      line++;
      if (i % 13 == 5) {
        b.append("{\"source_file\": \"broken").append(i).append(".txt\", \"text\": \"unterminated\n");
        bad.add(line);
      } else if (i == 7) {
        b.append("{\"url\": \"https://thanhpho.travinh.gov.vn/tin-tuc/b%C3%A1o-c%C3%A1o-th%C3%A1ng-5\", \"text\": ")
            .append("\"Ban Thường vụ Thành ủy Trà Vinh sơ kết tháng 5 năm 2023\\n\\nThu ngân sách đạt 45 tỷ đồng.\"}\n");
      } else if (i == 9) {
        b.append("\n"); // blank lines are skipped, but counted
      } else if (i == 11) {
        b.append("{\"source_file\": \"no-text.txt\"}\n");
        bad.add(line);
      } else {
        b.append(CorpusWriter.jsonLine(g.report(i)));
      }
    }
    Path file = tmp.resolve("bad/corpus.jsonl");
    Files.createDirectories(file.getParent());
    Files.writeString(file, b.toString());
    // tiny splits: most lines start in one range and end in another
    List<Row> rows = CorpusSource.detect(file.toString(), spark.sparkContext().hadoopConfiguration())
        .read(spark, 4, 1000).collectAsList();
    assertThat(rows).as("one row per non-blank line").hasSize(39);
    List<Integer> errorLines = new ArrayList<>();
    for (Row r : rows) {
      if (!r.isNullAt(6)) {
        errorLines.add(r.getInt(5));
        assertThat(r.getString(4)).as("corpus file of a bad line").isEqualTo("corpus.jsonl");
      }
    }
    errorLines.sort(Integer::compareTo);
    assertThat(errorLines).as("line numbers of the bad lines").isEqualTo(bad);
    Row url = rows.stream().filter(r -> !r.isNullAt(1)).filter(r -> r.getString(1).contains("travinh")).findFirst().orElseThrow();
    assertThat(url.getInt(5)).as("line of the URL-only row").isEqualTo(8);
    assertThat(CorpusSource.sourceFile(null, url.getString(1))).as("source_file derived from the URL")
        .isEqualTo("thanhpho.travinh.gov.vn/tin-tuc/báo-cáo-tháng-5");

    Path out = tmp.resolve("bad-out");
    Pipeline.run(spark, Options.parse(new String[] {"extract", "--input", file.toString(), "--output", out.toString(),
        "--allow-synthetic"}));
    List<Row> q = spark.read().parquet(out.resolve("quarantine").toString()).where("reason = 'bad_record'").collectAsList();
    List<Integer> qLines = new ArrayList<>();
    for (Row r : q) {
      qLines.add(r.getInt(r.fieldIndex("line")));
    }
    qLines.sort(Integer::compareTo);
    assertThat(qLines).as("quarantine lines").isEqualTo(bad);
    Row real = spark.read().parquet(out.resolve("documents").toString())
        .where("source_file = 'thanhpho.travinh.gov.vn/tin-tuc/báo-cáo-tháng-5'").first();
    assertThat(real.<String>getAs("area_name")).as("the real report's unit").isEqualTo("Trà Vinh");
    assertThat(Files.readString(out.resolve("_manifest.json"))).as("manifest of a mixed run").contains("\"reports\": \"mixed\"");
  }

  @Test
  void syntheticReportsMixedWithRealOnesAreRefused() throws Exception {
    Path dir = tmp.resolve("mixed");
    Files.createDirectories(dir);
    Generator g = new Generator(2);
    Files.writeString(dir.resolve("g.txt"), g.report(0).text());
    Files.copy(Path.of(System.getProperty("baocao.repo", "..")).resolve("seeds/000_7683876811bce196.txt"), dir.resolve("real.txt"));
    Path out = tmp.resolve("mixed-out");
    assertThatThrownBy(() -> Pipeline.run(spark, Options.parse(new String[] {"run", "--input", dir.toString(), "--output", out.toString()})))
        .as("a mix without --allow-synthetic")
        .isInstanceOf(SyntheticGuard.Refused.class)
        .hasMessageContaining("1 synthetic").hasMessageContaining("1 real").hasMessageContaining("--allow-synthetic");
    assertThat(out).as("no output written").doesNotExist();
    Pipeline.run(spark, Options.parse(new String[] {"extract", "--input", dir.toString(), "--output", out.toString(), "--allow-synthetic"}));
    assertThat(Files.readString(out.resolve("_manifest.json"))).as("manifest").contains("\"reports\": \"mixed\"");
  }

  @Test
  void gzipCorpusWithAnUnterminatedLastLine() throws Exception {
    Path file = tmp.resolve("gz2/c.jsonl.gz");
    Files.createDirectories(file.getParent());
    Generator g = new Generator(6);
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file))) {
      os.write(CorpusWriter.jsonLine(g.report(0)).getBytes(StandardCharsets.UTF_8));
      os.write(CorpusWriter.jsonLine(g.report(1)).strip().getBytes(StandardCharsets.UTF_8));
    }
    List<Row> rows = CorpusSource.detect(file.toString(), spark.sparkContext().hadoopConfiguration()).read(spark, 4).collectAsList();
    assertThat(rows).as("two rows, the last without a newline").hasSize(2);
    Row last = rows.stream().filter(r -> r.getString(0).equals("g0000001.txt")).findFirst().orElseThrow();
    assertThat(last.getString(3)).as("text of the last line").isEqualTo(g.report(1).text());
    assertThat(last.getInt(5)).as("its line number").isEqualTo(2);
  }
}
