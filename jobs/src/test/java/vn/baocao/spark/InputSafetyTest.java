package vn.baocao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, items 2, 3 and 5: every name a file system allows reads exactly its own bytes; pipes,
 * link loops, hidden files, broken links and NFC/NFD twins neither hang nor vanish.
 */
class InputSafetyTest {
  private static SparkSession spark;
  @TempDir static Path tmp;
  private static Path in;
  private static InputListing listing;
  private static Map<String, Row> docs = new HashMap<>();
  private static Map<String, String> shas = new HashMap<>();
  private static List<Row> quarantine;

  static final List<String> ODD_NAMES = List.of("a b.txt", "q\"uote.txt", "h#ash.txt", "what?.txt", "x%41.txt", "xA.txt",
      "br[ack]et.txt", "k\\b.txt", "k/b.txt", "per cent %.txt", "tab\tname.txt", "đồng.txt");

  static String report(int i) {
    return "UBND tỉnh Trà Vinh\nBáo cáo số " + i + " tháng 5 năm 2024\nThu ngân sách trên địa bàn đạt " + (100 + i) + " tỷ đồng.\n";
  }

  @BeforeAll
  static void run() throws Exception {
    spark = SparkTestSession.create("InputSafetyTest");
    in = Files.createDirectories(tmp.resolve("in"));
    Files.createDirectories(in.resolve("k"));
    int i = 0;
    for (String n : ODD_NAMES) {
      Files.writeString(in.resolve(n), report(++i), StandardCharsets.UTF_8);
    }
    mkfifo(in.resolve("y.txt"));
    Files.createSymbolicLink(in.resolve("loop1"), Paths.get("."));
    Files.createSymbolicLink(in.resolve("loop2"), Paths.get("."));
    Files.writeString(in.resolve(".x.txt"), report(90), StandardCharsets.UTF_8);
    Files.createSymbolicLink(in.resolve("gone.txt"), in.resolve("nowhere.txt"));
    Files.writeString(in.resolve(Normalizer.normalize("hòa.txt", Normalizer.Form.NFC)), report(91), StandardCharsets.UTF_8);
    Files.writeString(in.resolve(Normalizer.normalize("hòa.txt", Normalizer.Form.NFD)), report(92), StandardCharsets.UTF_8);

    long t0 = System.nanoTime();
    listing = InputListing.list(in.toString(), spark.sparkContext().hadoopConfiguration());
    ExtractJob.Result x = ExtractJob.extract(spark, listing, 1 << 20);
    for (Row r : x.documents().collectAsList()) {
      docs.put(r.getAs("source_file"), r);
    }
    for (Row r : x.inputs().collectAsList()) {
      shas.put(r.getString(0), r.isNullAt(2) ? null : r.getString(2));
    }
    quarantine = x.quarantine().collectAsList();
    assertThat((System.nanoTime() - t0) / 1e9).as("the run with a pipe and two link loops ends (seconds)").isLessThan(120);
  }

  static void mkfifo(Path p) throws IOException, InterruptedException {
    Process pr = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    assertThat(pr.waitFor(10, TimeUnit.SECONDS) && pr.exitValue() == 0).as("mkfifo %s", p).isTrue();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static String sha(Path p) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }

  @Test
  void everyOrdinaryNameReadsItsOwnBytes() throws Exception {
    for (String n : ODD_NAMES) {
      Row d = docs.get(n);
      assertThat(d).as("a documents row for %s", n).isNotNull();
      assertThat((String) d.getAs("status")).as("%s is read, not quarantined (%s)", n, quarantine).isNotEqualTo("quarantined");
      assertThat(shas.get(n)).as("%s is read with its own bytes, not another file's", n).isEqualTo(sha(in.resolve(n)));
    }
    assertThat(docs.get("x%41.txt").<Integer>getAs("n_records")).as("x%%41.txt has records").isPositive();
    assertThat(quarantine).as("no unreadable rows").noneMatch(r -> "unreadable".equals(r.getAs("reason")));
  }

  @Test
  void specialEntriesAreSkippedAndNamedNotHungOnOrDropped() {
    Map<String, String> skipped = new HashMap<>();
    for (InputListing.Skip s : listing.skippedWithReasons()) {
      skipped.put(s.file(), s.reason());
    }
    assertThat(skipped.get("y.txt")).as("the pipe is skipped, not opened").contains("not a regular file");
    assertThat(skipped).as("each link to '.' is listed as a loop").containsKeys("loop1", "loop2");
    assertThat(skipped.get("loop1")).as("reason").contains("already listed");
    assertThat(skipped.get(".x.txt")).as("hidden file").contains("hidden");
    assertThat(skipped.get("gone.txt")).as("broken link").contains("broken symbolic link");
    String hoa = Normalizer.normalize("hòa.txt", Normalizer.Form.NFC);
    assertThat(docs).as("one of the NFC/NFD twins is read").containsKey(hoa);
    assertThat(skipped.get(hoa)).as("the other is named").contains("Unicode");
    assertThat(docs).as("pipe and hidden file have no documents row").doesNotContainKeys("y.txt", ".x.txt");
  }

  @Test
  void aReadHasADeadline() throws Exception {
    ExecutorService pool = ReportFiles.pool();
    long t0 = System.nanoTime();
    try {
      ReportFiles.withDeadline(pool, () -> {
        Thread.sleep(60_000); // a read that never returns
        return null;
      }, 300);
      org.assertj.core.api.Assertions.fail("a read past its deadline must fail");
    } catch (IOException e) {
      assertThat(e.getMessage()).as("the reason").contains("no data within 300 ms");
    } finally {
      pool.shutdownNow();
    }
    assertThat((System.nanoTime() - t0) / 1e6).as("gave up after the deadline (ms)").isLessThan(5_000);
    Path fifo = tmp.resolve("later.txt");
    mkfifo(fifo);
    ExecutorService pool2 = ReportFiles.pool();
    try {
      ReportFiles.read(pool2, fifo.toUri().toString(), 0, 100, new org.apache.hadoop.conf.Configuration(), 2_000);
      org.assertj.core.api.Assertions.fail("a pipe must not be read");
    } catch (IOException e) {
      assertThat(e.getMessage()).as("a file that became a pipe after listing").contains("not a regular file");
    } finally {
      pool2.shutdownNow();
    }
  }
}
