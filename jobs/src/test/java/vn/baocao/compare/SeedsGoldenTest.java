package vn.baocao.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.Options;
import vn.baocao.cli.Pipeline;
import vn.baocao.extract.ReportExtractor;

/**
 * Golden CSVs: {@code run} on seeds/ must write comparisons/*.csv byte-for-byte equal to
 * src/test/resources/golden/seeds/comparisons/*.csv. The test compares whatever files exist, so
 * a better extractor only needs the goldens regenerated, never this test edited:
 *
 * <pre>mvn -B -o -pl jobs test -Dtest=SeedsGoldenTest -Dbaocao.regenerate=true</pre>
 */
class SeedsGoldenTest {
  private static final String REGENERATE =
      "review the difference, then regenerate with: mvn -B -o -pl jobs test -Dtest=SeedsGoldenTest -Dbaocao.regenerate=true";

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSupport.session("SeedsGoldenTest");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static Path repo() {
    String p = System.getProperty("baocao.repo");
    Path dir = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("seeds"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("repository root holding seeds/ (system property baocao.repo)").isNotNull();
    return dir.normalize();
  }

  private static List<Path> csvs(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
    }
  }

  @Test
  void seedsComparisonsMatchTheGoldenCsvs(@TempDir Path tmp) throws IOException {
    Path repo = repo();
    Path out = tmp.resolve("out");
    Pipeline.run(spark, new Options("run", repo.resolve("seeds").toString(), null, out.toString(), "2023", "en", null,
        ReportExtractor.DEFAULT_MAX_BYTES));
    List<Path> produced = csvs(out.resolve("comparisons"));
    assertThat(produced).as("comparison CSVs written by the seeds run").isNotEmpty();
    Path golden = repo.resolve("jobs/src/test/resources/golden/seeds/comparisons");

    if (Boolean.getBoolean("baocao.regenerate")) {
      Files.createDirectories(golden);
      for (Path old : csvs(golden)) {
        Files.delete(old);
      }
      for (Path f : produced) {
        Files.copy(f, golden.resolve(f.getFileName().toString()));
      }
      System.out.println("SeedsGoldenTest: regenerated " + produced.size() + " golden CSVs in " + golden);
      return;
    }

    TreeSet<String> producedNames = new TreeSet<>();
    produced.forEach(f -> producedNames.add(f.getFileName().toString()));
    TreeSet<String> goldenNames = new TreeSet<>();
    csvs(golden).forEach(f -> goldenNames.add(f.getFileName().toString()));
    if (goldenNames.isEmpty()) {
      fail("No golden CSVs in " + golden + "; " + REGENERATE);
    }
    assertThat(producedNames).as("comparison CSV files of the seeds run vs %s; %s", golden, REGENERATE)
        .containsExactlyElementsOf(goldenNames);
    List<String> mismatches = new ArrayList<>();
    for (Path f : produced) {
      byte[] want = Files.readAllBytes(golden.resolve(f.getFileName().toString()));
      byte[] have = Files.readAllBytes(f);
      if (!java.util.Arrays.equals(want, have)) {
        mismatches.add(f.getFileName() + ": " + firstDifference(want, have));
      }
    }
    if (!mismatches.isEmpty()) {
      String message = "Seeds comparison CSVs differ from the goldens:\n  " + String.join("\n  ", mismatches) + "\n" + REGENERATE;
      System.out.println(message);
      fail(message);
    }
  }

  private static String firstDifference(byte[] want, byte[] have) {
    String[] w = new String(want, StandardCharsets.UTF_8).split("\r\n", -1);
    String[] h = new String(have, StandardCharsets.UTF_8).split("\r\n", -1);
    for (int i = 0; i < Math.max(w.length, h.length); i++) {
      String a = i < w.length ? w[i] : "<no line>";
      String b = i < h.length ? h[i] : "<no line>";
      if (!a.equals(b)) {
        return "line " + (i + 1) + "\n    golden: " + a + "\n    actual: " + b;
      }
    }
    return "same text, different bytes";
  }
}
