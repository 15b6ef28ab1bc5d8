package vn.baocao.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.Options;
import vn.baocao.cli.Pipeline;
import vn.baocao.io.Schemas;

/**
 * Runs the whole job on the seed reports in local[2] and reads the results back from both
 * Parquet and CSV, as a data team and a planner would.
 */
class PipelineEndToEndTest {
  private static SparkSession spark;
  private static Path seeds;
  @TempDir static Path tmp;
  private static Path out;

  @BeforeAll
  static void runOnSeeds() throws Exception {
    spark = SparkTestSession.create("PipelineEndToEndTest");
    seeds = Path.of(System.getProperty("baocao.repo", "..")).resolve("seeds").toAbsolutePath();
    out = tmp.resolve("out");
    Pipeline.run(spark, options("run", seeds.toString(), out.toString()));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static Options options(String command, String input, String output) throws Exception {
    return Options.parse(new String[] {command, "--input", input, "--output", output});
  }

  /** Rows of a BOM CSV as maps keyed by header, asserting the BOM is there. */
  static List<Map<String, String>> csv(Path file) throws IOException {
    byte[] b = Files.readAllBytes(file);
    assertThat(b.length).as("%s is not empty", file).isGreaterThan(3);
    assertThat(new byte[] {b[0], b[1], b[2]}).as("%s starts with a UTF-8 byte-order mark", file)
        .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    List<Map<String, String>> rows = new ArrayList<>();
    try (Reader r = new java.io.StringReader(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
        CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord rec : p) {
        rows.add(new LinkedHashMap<>(rec.toMap()));
      }
    }
    return rows;
  }

  @Test
  void writesTheWholeOutputTree() {
    for (String p : List.of("documents", "records", "quarantine", "comparisons/budget", "comparisons/disbursement",
        "comparisons/new_rural_area", "comparisons/scorecard", "comparisons/units")) {
      assertThat(out.resolve(p)).as("Parquet folder %s", p).isDirectory();
      assertThat(out.resolve(p + ".csv")).as("CSV file %s.csv", p).isRegularFile();
    }
    assertThat(out.resolve("_manifest.json")).as("manifest").isRegularFile();
  }

  @Test
  void parquetKeepsTheDeclaredSchemas() {
    assertThat(spark.read().parquet(out.resolve("records").toString()).schema().fieldNames())
        .as("records columns").containsExactly(Schemas.RECORDS.fieldNames());
    assertThat(spark.read().parquet(out.resolve("documents").toString()).schema().fieldNames())
        .as("documents columns").containsExactly(Schemas.DOCUMENTS.fieldNames());
    assertThat(spark.read().parquet(out.resolve("quarantine").toString()).schema().fieldNames())
        .as("quarantine columns").containsExactly(Schemas.QUARANTINE.fieldNames());
  }

  @Test
  void parquetHoldsTheSeedFacts() {
    Dataset<Row> r = spark.read().parquet(out.resolve("records").toString());
    List<Row> ntm = r.filter("province_name = 'Thái Nguyên' AND indicator = 'ntm_communes' AND measure = 'level'").collectAsList();
    assertThat(ntm).as("Thái Nguyên NTM communes").hasSize(1);
    assertThat(ntm.get(0).<Double>getAs("value")).as("communes meeting the standard").isEqualTo(108.0);
    assertThat(ntm.get(0).<Double>getAs("denominator")).as("communes in total").isEqualTo(126.0);
    List<Row> budget = r.filter("province_name = 'Trà Vinh' AND area_level = 'province' AND indicator = 'budget_revenue' AND measure = 'level'").collectAsList();
    assertThat(budget).as("Trà Vinh province budget revenue").hasSize(1);
    assertThat(budget.get(0).<Double>getAs("value")).as("revenue").isEqualTo(1400.0);
    assertThat(budget.get(0).<String>getAs("unit")).as("unit").isEqualTo("vnd_billion");
    assertThat(budget.get(0).<String>getAs("period_type")).as("period").isEqualTo("month");
    assertThat(budget.get(0).<LocalDate>getAs("period_start")).as("period start").isEqualTo(LocalDate.of(2023, 5, 1));
    List<Row> disb = r.filter("province_name = 'Trà Vinh' AND area_level = 'province' AND indicator = 'disbursement' AND measure = 'pct_of_plan'").collectAsList();
    assertThat(disb).as("Trà Vinh disbursement").hasSize(1);
    assertThat(disb.get(0).<Double>getAs("value")).as("% of plan").isEqualTo(24.6);
    assertThat(r.filter("source_file LIKE '/%' OR source_file LIKE 'file:%'").isEmpty()).as("source_file is relative").isTrue();
  }

  @Test
  void csvHoldsTheSameFactsForPlanners() throws IOException {
    List<Map<String, String>> records = csv(out.resolve("records.csv"));
    assertThat(records).as("records.csv rows").hasSize(49);
    assertThat(records).as("Thái Nguyên 108 of 126 communes")
        .anyMatch(m -> m.get("province_name").equals("Thái Nguyên") && m.get("indicator").equals("ntm_communes")
            && m.get("value").equals("108") && m.get("denominator").equals("126"));
    assertThat(records).as("Trà Vinh 1400 billion in May 2023")
        .anyMatch(m -> m.get("province_name").equals("Trà Vinh") && m.get("indicator").equals("budget_revenue")
            && m.get("value").equals("1400") && m.get("period_start").equals("2023-05-01") && m.get("area_level").equals("province"));
    assertThat(records).as("Trà Vinh disbursement 24.6 % of plan")
        .anyMatch(m -> m.get("indicator").equals("disbursement") && m.get("value").equals("24.6") && m.get("basis").equals("plan"));
    List<Map<String, String>> docs = csv(out.resolve("documents.csv"));
    assertThat(docs).as("one document row per seed").hasSize(5);
    assertThat(docs).as("Trà Cú has no prefix in area_name").anyMatch(m -> m.get("area_name").equals("Trà Cú") && m.get("area_level").equals("district"));
    List<Map<String, String>> nra = csv(out.resolve("comparisons/new_rural_area.csv"));
    assertThat(nra).as("new_rural_area has Thái Nguyên")
        .anyMatch(m -> m.get("province_name").equals("Thái Nguyên") && m.get("ntm_communes").equals("108") && m.get("total_communes").equals("126"));
  }

  @Test
  void rerunGivesByteIdenticalCsv() throws Exception {
    Path again = tmp.resolve("again");
    Pipeline.run(spark, options("run", seeds.toString(), again.toString()));
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Path other = again.resolve(out.relativize(f));
        assertThat(Files.readAllBytes(other)).as("%s is byte-identical on rerun", out.relativize(f)).isEqualTo(Files.readAllBytes(f));
      }
    }
  }

  @Test
  void badInputIsQuarantinedAndNothingIsLost() throws Exception {
    Path in = tmp.resolve("bad-input");
    Files.createDirectories(in.resolve("nested"));
    Files.copy(seeds.resolve("003_cbfafc20c3cbc9d5.txt"), in.resolve("a_original.txt"));
    Files.copy(seeds.resolve("003_cbfafc20c3cbc9d5.txt"), in.resolve("nested/z_copy.txt"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.txt"), new byte[] {0x00, 0x01, 0x02, 0x03, (byte) 0xFF, 0x00, 0x10, 0x11});
    Files.write(in.resolve("latin1.txt"), "Thu ng\u00e2n s\u00e1ch \u0111\u1ea1t 1.400 t\u1ef7 \u0111\u1ed3ng".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("page.txt"), "<html><body><h1>Huyện ủy Cầu Kè sơ kết quý I năm 2023</h1><p>Trong quý I-2023, "
        + "thu ngân sách trên địa bàn huyện đạt 52,4 tỷ đồng, đạt 31% dự toán.</p></body></html>", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("huge.txt"), "Thu ngân sách ".repeat(200_000), StandardCharsets.UTF_8);
    Files.writeString(in.resolve("notes.pdf"), "not a report", StandardCharsets.UTF_8);
    Path o = tmp.resolve("bad-out");
    Pipeline.run(spark, Options.parse(new String[] {"extract", "--input", in.toString(), "--output", o.toString(), "--max-bytes", "1000000"}));
    Map<String, Map<String, String>> docs = new LinkedHashMap<>();
    for (Map<String, String> d : csv(o.resolve("documents.csv"))) {
      docs.put(d.get("source_file"), d);
    }
    assertThat(docs.keySet()).as("one document row per .txt file, nested paths relative with '/'")
        .containsExactlyInAnyOrder("a_original.txt", "nested/z_copy.txt", "empty.txt", "binary.txt", "latin1.txt", "page.txt", "huge.txt");
    assertThat(docs.get("nested/z_copy.txt").get("status")).as("the later copy is a duplicate").isEqualTo("duplicate");
    assertThat(docs.get("nested/z_copy.txt").get("duplicate_of")).as("duplicate_of names the first file").isEqualTo("a_original.txt");
    assertThat(docs.get("nested/z_copy.txt").get("n_records")).as("a duplicate adds no records").isEqualTo("0");
    assertThat(docs.get("a_original.txt").get("status")).as("the first copy is extracted").isEqualTo("extracted");
    for (String f : List.of("empty.txt", "binary.txt", "latin1.txt", "huge.txt")) {
      assertThat(docs.get(f).get("status")).as("%s is quarantined", f).isEqualTo("quarantined");
    }
    assertThat(docs.get("page.txt").get("status")).as("HTML remnants are cleaned and read").isEqualTo("extracted");
    assertThat(docs.get("page.txt").get("area_name")).as("HTML page unit").isEqualTo("Cầu Kè");
    Map<String, String> reasons = new LinkedHashMap<>();
    for (Map<String, String> q : csv(o.resolve("quarantine.csv"))) {
      reasons.putIfAbsent(q.get("source_file"), q.get("reason"));
    }
    assertThat(reasons).as("quarantine reasons")
        .containsEntry("empty.txt", "empty").containsEntry("binary.txt", "binary")
        .containsEntry("latin1.txt", "undecodable").containsEntry("huge.txt", "too_large");
    List<Map<String, String>> records = csv(o.resolve("records.csv"));
    assertThat(records).as("records of the duplicate are not repeated").noneMatch(m -> m.get("source_file").equals("nested/z_copy.txt"));
    String manifest = Files.readString(o.resolve("_manifest.json"), StandardCharsets.UTF_8);
    assertThat(manifest).as("manifest lists the skipped file").contains("notes.pdf");
  }

  @Test
  void aFailedRunLeavesTheOldOutputAndASuccessfulOneReplacesIt() throws Exception {
    Path o = tmp.resolve("replace");
    Files.createDirectories(o);
    Files.writeString(o.resolve("stale.txt"), "old", StandardCharsets.UTF_8);
    // a previous baocao output (only those are replaced; an unrelated folder is refused)
    Files.writeString(o.resolve("_manifest.json"), "{\"versions\": {\"baocao\": \"0.1.0\"}}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Pipeline.run(spark, options("extract", tmp.resolve("missing").toString(), o.toString())))
        .as("a missing input fails").hasMessageContaining("does not exist");
    assertThat(o.resolve("stale.txt")).as("old output untouched by a failed run").exists();
    Path in = tmp.resolve("one");
    Files.createDirectories(in);
    Files.copy(seeds.resolve("000_7683876811bce196.txt"), in.resolve("r.txt"));
    Pipeline.run(spark, options("extract", in.toString(), o.toString()));
    assertThat(o.resolve("stale.txt")).as("a successful run replaces the folder as a whole").doesNotExist();
    assertThat(o.resolve("records.csv")).as("new output in place").exists();
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).as("no staging folders left").noneMatch(n -> n.contains(".staging-"));
    }
  }
}
