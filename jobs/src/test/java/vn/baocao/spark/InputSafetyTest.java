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
  private static List<Row> records;

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
    Files.createDirectories(in.resolve("bad"));
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

    String lead = "UBND tỉnh Trà Vinh\nBáo cáo tháng 5 năm 2024\n";
    String revenue = lead + "Thu ngân sách trên địa bàn đạt 1.234 tỷ đồng.\n";
    // different figures: decoded right, equal texts would be duplicates of each other
    Files.write(in.resolve("bad/legacy_tcvn3.txt"), vn.baocao.text.LegacyEncodings.encode(revenue, "tcvn3"));
    Files.write(in.resolve("bad/legacy_vni.txt"), vn.baocao.text.LegacyEncodings.encode(revenue.replace("1.234", "2.345"), "vni"));
    java.io.ByteArrayOutputStream und = new java.io.ByteArrayOutputStream();
    und.writeBytes((lead + "abđ").getBytes(StandardCharsets.UTF_8));
    und.write(0xFF);
    und.writeBytes(" nữa\n".getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("bad/undecodable.txt"), und.toByteArray());
    byte[] cut = (revenue.replace("1.234", "3.456") + "ệ").getBytes(StandardCharsets.UTF_8);
    Files.write(in.resolve("bad/truncated.txt"), java.util.Arrays.copyOf(cut, cut.length - 1));
    Files.writeString(in.resolve("bad/exponent.txt"), lead + "Giải ngân vốn đầu tư công đạt 1e308% kế hoạch.\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("bad/overflow.txt"), lead + "Thu ngân sách trên địa bàn đạt 99999999999999999999999 tỷ đồng.\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("bad/ntm.txt"), lead + "Toàn tỉnh có 500/100 xã đạt chuẩn nông thôn mới.\n", StandardCharsets.UTF_8);

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
    records = x.records().collectAsList();
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
  void everyPathUnderTheInputHasADocumentsRowOrASkippedEntry() throws IOException {
    java.util.Set<String> skipped = new java.util.HashSet<>(listing.skipped());
    List<String> missing = new java.util.ArrayList<>();
    int n = 0;
    try (java.util.stream.Stream<Path> all = Files.walk(in)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        n++;
        String rel = Normalizer.normalize(in.relativize(p).toString(), Normalizer.Form.NFC);
        if (!docs.containsKey(rel) && !skipped.contains(rel)) {
          missing.add(rel);
        }
      }
    }
    assertThat(n).as("entries checked").isGreaterThan(25);
    assertThat(missing).as("paths with neither a documents row nor a skipped entry").isEmpty();
  }

  @Test
  void unreadableSaysWhy() throws Exception {
    ExecutorService pool = ReportFiles.pool();
    try {
      ReportFiles.read(pool, tmp.resolve("vanished.txt").toUri().toString(), 1, 100, new org.apache.hadoop.conf.Configuration(), 5_000);
      org.assertj.core.api.Assertions.fail("a missing file cannot be read");
    } catch (IOException e) {
      assertThat(LocalTree.cause(e)).as("the cause is named").isEqualTo("no such file");
    } finally {
      pool.shutdownNow();
    }
    assertThat(LocalTree.cause(new java.nio.file.AccessDeniedException("/x/y.txt"))).as("permission").isEqualTo("permission denied");
  }

  private static List<Row> quarantineOf(String file) {
    return quarantine.stream().filter(r -> file.equals(r.getAs("source_file"))).toList();
  }

  private static List<Double> valuesOf(String file) {
    return records.stream().filter(r -> file.equals(r.getAs("source_file"))).map(r -> r.<Double>getAs("value")).toList();
  }

  @Test
  void legacyEncodingsAreDecodedAndRead() {
    for (String f : List.of("bad/legacy_tcvn3.txt", "bad/legacy_vni.txt")) {
      assertThat((String) docs.get(f).getAs("status")).as("%s status", f).isEqualTo("extracted");
      assertThat(valuesOf(f)).as("%s: its revenue figure is read", f).contains(f.contains("vni") ? 2345.0 : 1234.0);
      assertThat(quarantineOf(f)).as("%s: no quarantine row", f).isEmpty();
    }
  }

  @Test
  void undecodableAndTruncatedFilesSayWhere() {
    List<Row> u = quarantineOf("bad/undecodable.txt");
    assertThat(u).as("one undecodable row").hasSize(1);
    assertThat((String) u.get(0).getAs("reason")).as("reason").isEqualTo("undecodable");
    assertThat(u.get(0).<Integer>getAs("line")).as("line of the bad byte").isEqualTo(3);
    assertThat(u.get(0).<Integer>getAs("column")).as("column of the bad byte").isEqualTo(4);
    assertThat((String) u.get(0).getAs("detail")).as("byte offset").contains("0xFF at byte "
        + "UBND tỉnh Trà Vinh\nBáo cáo tháng 5 năm 2024\nabđ".getBytes(StandardCharsets.UTF_8).length);
    assertThat((String) docs.get("bad/undecodable.txt").getAs("status")).as("undecodable status").isEqualTo("quarantined");

    List<Row> t = quarantineOf("bad/truncated.txt");
    assertThat(t).as("one truncated row").hasSize(1);
    assertThat((String) t.get(0).getAs("reason")).as("reason").isEqualTo("truncated");
    assertThat(t.get(0).<Integer>getAs("line")).as("line of the cut").isEqualTo(4);
    assertThat((String) docs.get("bad/truncated.txt").getAs("status")).as("a truncated file is read (README: Bad input)")
        .isEqualTo("extracted");
    assertThat(valuesOf("bad/truncated.txt")).as("its figures before the cut").contains(3456.0);
  }

  @Test
  void impossibleFiguresAreQuarantinedNotClampedOrMisread() {
    assertThat(valuesOf("bad/exponent.txt")).as("1e308%% is not read as 308").doesNotContain(308.0);
    assertThat(quarantineOf("bad/exponent.txt")).as("exponent row").anyMatch(r -> "bad_number".equals(r.getAs("reason"))
        && r.<Integer>getAs("line") == 3 && r.<Integer>getAs("column") == "Giải ngân vốn đầu tư công đạt ".length() + 1);
    assertThat(valuesOf("bad/overflow.txt")).as("no clamped amount").isEmpty();
    assertThat(quarantineOf("bad/overflow.txt")).as("overflow row").anyMatch(r -> "out_of_range".equals(r.getAs("reason"))
        && r.<Integer>getAs("line") == 3);
    assertThat(valuesOf("bad/ntm.txt")).as("500 of 100 communes is not a record").isEmpty();
    assertThat(quarantineOf("bad/ntm.txt")).as("500 of 100 row").anyMatch(r -> "out_of_range".equals(r.getAs("reason"))
        && ((String) r.getAs("detail")).contains("500 of 100"));
    assertThat((String) docs.get("bad/ntm.txt").getAs("status")).as("no figure left").isEqualTo("no_figures");
  }

  @Test
  void thePipelineRefusesAnOutputOverlappingItsInput() throws Exception {
    for (String[] args : new String[][] {
        {"run", "--input", in.toString(), "--output", in.toString()},
        {"extract", "--input", in.resolve("k").toString(), "--output", in.toString()},
        {"compare", "--records", in.toString(), "--output", in.toString()}}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> vn.baocao.cli.Pipeline.run(spark, vn.baocao.cli.Options.parse(args)))
          .as("%s", String.join(" ", args)).isInstanceOf(vn.baocao.io.OutputGuard.Refused.class);
    }
    assertThat(in.resolve("a b.txt")).as("the reports survive").exists();
    assertThat(in.resolve("k/b.txt")).as("the reports survive").exists();
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
