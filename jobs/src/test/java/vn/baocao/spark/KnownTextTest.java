package vn.baocao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.reference.Reference;

/**
 * A corpus row's text reaches the extractor without being decoded again from its UTF-8 bytes;
 * the extracted row (document, records, quarantine) must be exactly the one the bytes alone
 * give, whatever the text holds.
 */
class KnownTextTest {
  private static final ReportExtractor EXTRACTOR = new ReportExtractor(Reference.defaults(), 10_000_000L);

  static Stream<Arguments> texts() {
    String report = "UBND tỉnh Nghệ An\nBáo cáo sơ kết tháng 5 năm 2024\n"
        + "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 8.120 tỷ đồng, bằng 56,3% dự toán.\n"
        + "Giải ngân vốn đầu tư công đạt 3.050 tỷ đồng, đạt 41,2% kế hoạch.\n";
    return Stream.of(
        Arguments.of("a clean report", report),
        Arguments.of("empty", ""),
        Arguments.of("white space only", " \n\t\n"),
        Arguments.of("a NUL in the text (binary)", "Thu ngân sách\u0000 đạt 10 tỷ đồng"),
        Arguments.of("decomposed accents (NFD)", java.text.Normalizer.normalize(report, java.text.Normalizer.Form.NFD)),
        Arguments.of("zero-width and no-break spaces", report.replace(" đạt", "\u00A0đạt").replace("ước", "ư\u200Bớc")),
        Arguments.of("a pair of surrogates (emoji)", report + "Kết quả tốt \uD83D\uDC4D\n"),
        Arguments.of("HTML", "<html><body><p>Thu ngân sách tỉnh Nghệ An đạt 8.120 tỷ đồng</p></body></html>"),
        Arguments.of("every other byte zero, as UTF-16 would be", "T\u0000h\u0000u\u0000 \u0000n\u0000g\u0000â\u0000n\u0000 s\u0000á\u0000c\u0000h\u0000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void theTextGivesTheRowTheBytesGive(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Row fromBytes = ExtractJob.extracted(EXTRACTOR, "a.txt", bytes, null, bytes.length, "sha", null, null, 10_000_000L, null);
    Row fromText = ExtractJob.extracted(EXTRACTOR, "a.txt", bytes, text, bytes.length, "sha", null, null, 10_000_000L, null);
    assertThat(ExtractJob.wellFormed(text)).as("%s: no lone surrogate", name).isTrue();
    assertThat(fromText.toString()).as("%s: the row read from the known text", name).isEqualTo(fromBytes.toString());
  }

  /** The id of a text that normalising only trimmed at the end is hashed from the bytes' prefix. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("endings")
  void theIdIsTheNormalisedTextsWhateverTheEnding(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ReportExtractor.SourceMeta none = new ReportExtractor.SourceMeta(null, null);
    ReportExtractor.Extraction known = EXTRACTOR.extract(bytes, bytes.length, none, text);
    assertThat(known.document().docId()).as("%s: id from the caller's text", name)
        .isEqualTo(EXTRACTOR.extract(bytes, bytes.length, none).document().docId());
    if (!"quarantined".equals(known.document().status())) {
      assertThat(known.document().docId()).as("%s: the id of the normalised text", name)
          .isEqualTo(ReportExtractor.docId(known.text()));
    }
    String sha = vn.baocao.text.Sha256.hex(bytes);
    assertThat(EXTRACTOR.extract(bytes, bytes.length, none, text, sha).document().docId())
        .as("%s: id with the file's hash given", name).isEqualTo(known.document().docId());
  }

  static Stream<Arguments> endings() {
    String body = "UBND huyện Cầu Kè\nThu ngân sách đạt 120 tỷ đồng.";
    return Stream.concat(texts(), Stream.of(
        Arguments.of("no final newline", body),
        Arguments.of("a final newline", body + "\n"),
        Arguments.of("blank lines and spaces at the end", body + " \n\n  \n"),
        Arguments.of("a Windows line end", body + "\r\n"),
        Arguments.of("a no-break space at the end", body + "\u00A0\n"),
        Arguments.of("an ideographic space at the end", body + "\u3000")));
  }

  @org.junit.jupiter.api.Test
  void bytesThatReadAsUtf16IgnoreTheCallersText() {
    String report = "Thu ngân sách tỉnh Nghệ An đạt 8.120 tỷ đồng, bằng 56,3% dự toán.\n";
    byte[] body = report.getBytes(StandardCharsets.UTF_16LE);
    byte[] bom = new byte[body.length + 2];
    bom[0] = (byte) 0xFF;
    bom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bom, 2, body.length);
    ReportExtractor.SourceMeta none = new ReportExtractor.SourceMeta(null, null);
    assertThat(EXTRACTOR.extract(bom, bom.length, none, "not what the bytes say").text())
        .as("a UTF-16 file is decoded from its bytes, whatever text the caller passes")
        .isEqualTo(EXTRACTOR.extract(bom, bom.length, none).text())
        .contains("8.120 tỷ đồng");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lone")
  void aLoneSurrogateIsNotWellFormed(String text, boolean wellFormed) {
    assertThat(ExtractJob.wellFormed(text)).as("well-formed: %s", text.chars().mapToObj(Integer::toHexString).toList())
        .isEqualTo(wellFormed);
  }

  static Stream<Arguments> lone() {
    return Stream.of(
        Arguments.of("abc", true),
        Arguments.of("a\uD83D\uDC4Db", true),
        Arguments.of("a\uD800b", false),
        Arguments.of("a\uDC00b", false),
        Arguments.of("ab\uD800", false),
        Arguments.of("\uDC4D\uD83D", false));
  }
}
