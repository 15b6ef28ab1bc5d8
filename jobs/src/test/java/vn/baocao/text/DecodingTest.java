package vn.baocao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Issue 8, items 9 and 10: the right byte and line for undecodable files; legacy encodings read. */
class DecodingTest {
  static final List<String> SENTENCES = List.of(
      "báo cáo tình hình kinh tế xã hội tháng năm",
      "thu ngân sách nhà nước trên địa bàn ước đạt một nghìn tỷ đồng, bằng bảy mươi phần trăm dự toán",
      "giải ngân vốn đầu tư công còn chậm, hiện mới đạt hai mươi bốn phẩy sáu phần trăm kế hoạch",
      "toàn huyện có mười xã đạt chuẩn nông thôn mới nâng cao; phấn đấu hoàn thành chỉ tiêu nghị quyết",
      "Ủy ban nhân dân tỉnh Trà Vinh chỉ đạo các sở, ngành và địa phương tập trung thực hiện");

  @Test
  void theUndecodableByteIsNamedByOffsetLineAndColumn() {
    // line 3, after "a", "b" and the two-byte "đ": the fourth character of its line
    byte[] head = "x\ny\nabđ".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(head);
    b.write(0xFF);
    b.writeBytes(" rest of a long line that is plain ASCII text\nmore\n".getBytes(StandardCharsets.UTF_8));
    Decoding.Decoded d = Decoding.decode(b.toByteArray());
    assertThat(d.reason()).as("reason").isEqualTo("undecodable");
    assertThat(d.line()).as("line of the bad byte").isEqualTo(3);
    assertThat(d.column()).as("column (characters) of the bad byte").isEqualTo(4);
    assertThat(d.detail()).as("detail names byte and offset").contains("0xFF at byte " + head.length);
  }

  @Test
  void aMultiByteSequenceBrokenInTheMiddleIsNamedAtItsStart() {
    // "ệ" is E1 BB 87; break its last byte: the sequence starting at offset 4 is bad
    byte[] b = "abc\nệ tail text".getBytes(StandardCharsets.UTF_8);
    b[6] = 'x';
    Decoding.Decoded d = Decoding.decode(b);
    assertThat(d.reason()).as("reason").isEqualTo("undecodable");
    assertThat(d.detail()).as("offset of the broken sequence").contains("0xE1 at byte 4");
    assertThat(d.line()).as("line").isEqualTo(2);
    assertThat(d.column()).as("column").isEqualTo(1);
  }

  @Test
  void aFileCutInsideItsLastCharacterIsReadAndSaysWhere() {
    byte[] full = "dòng một\nđạt 100 tỷ ệ".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);
    Decoding.Decoded d = Decoding.decode(cut);
    assertThat(d.reason()).as("reason").isEqualTo("truncated");
    assertThat(d.text()).as("the text before the cut is kept").isEqualTo("dòng một\nđạt 100 tỷ ");
    assertThat(d.line()).as("line of the cut").isEqualTo(2);
    assertThat(d.column()).as("column of the cut").isEqualTo(12);
  }

  @Test
  void tcvn3RoundTrips() {
    for (String s : SENTENCES) {
      if (!s.equals(SENTENCES.get(4))) { // TCVN3 has no single-font upper-case toned letters (Ủ)
        roundTrip(s, "tcvn3");
      }
    }
  }

  @Test
  void vniRoundTrips() {
    for (String s : SENTENCES) {
      roundTrip(s, "vni");
    }
  }

  @Test
  void windows1258IsDecodedAndNormalised() {
    Assumptions.assumeTrue(LegacyEncodings.has1258(), "this JVM has windows-1258");
    Charset cp1258 = Charset.forName("windows-1258");
    for (String s : SENTENCES) {
      // Windows-1258 writers put tone marks as combining characters after the letter
      byte[] b = form1258(s).getBytes(cp1258);
      assertThat(new String(b, cp1258)).as("the JDK can encode %s", s).doesNotContain("?");
      Decoding.Decoded d = Decoding.decode(withNonUtf8Byte(b));
      assertThat(d.encoding()).as("recognised encoding of %s", s).isEqualTo("windows-1258");
      assertThat(d.text()).as("decoded NFC").isEqualTo(s);
    }
  }

  /**
   * How Windows-1258 spells a text: letters with their shape (â, ơ, đ) precomposed, the tone as
   * a combining mark after them.
   */
  static String form1258(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : Normalizer.normalize(s, Normalizer.Form.NFC).toCharArray()) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      String tone = "";
      for (char x : d.toCharArray()) {
        if ("\u0300\u0301\u0303\u0309\u0323".indexOf(x) >= 0) {
          tone = String.valueOf(x);
        } else {
          base.append(x);
        }
      }
      b.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
    }
    return b.toString();
  }

  /** Whether the bytes fail UTF-8: legacy bytes always do here; assert it. */
  private static byte[] withNonUtf8Byte(byte[] b) {
    assertThat(Decoding.decode(b).encoding()).as("not UTF-8").isNotEqualTo("utf-8");
    return b;
  }

  private static void roundTrip(String s, String encoding) {
    byte[] b = LegacyEncodings.encode(s, encoding);
    Decoding.Decoded d = Decoding.decode(withNonUtf8Byte(b));
    assertThat(d.reason()).as("%s: %s decodes without a problem", encoding, s).isNull();
    assertThat(d.encoding()).as("recognised as %s: %s", encoding, s).isEqualTo(encoding);
    assertThat(d.text()).as("round trip through %s", encoding).isEqualTo(s);
  }

  @Test
  void latin1FrenchOrRandomBytesAreNotGuessed() {
    byte[] french = "Le café est très bon à Hà Nội, répète-t-il à l'hôtel près de la forêt".getBytes(Charset.forName("ISO-8859-1"));
    Decoding.Decoded d = Decoding.decode(french);
    assertThat(d.reason()).as("French in Latin-1 is not Vietnamese").isEqualTo("undecodable");
    byte[] random = new byte[600];
    new java.util.Random(7).nextBytes(random);
    for (int i = 0; i < random.length; i++) {
      if (random[i] == 0) {
        random[i] = ' ';
      }
    }
    assertThat(Decoding.decode(random).reason()).as("random bytes").isEqualTo("undecodable");
  }

  @Test
  void vietnameseSyllables() {
    assertThat(LegacyEncodings.isSyllable("nghiêng")).as("nghiêng").isTrue();
    assertThat(LegacyEncodings.isSyllable("Trường")).as("Trường").isTrue();
    assertThat(LegacyEncodings.isSyllable("café")).as("café").isFalse();
    assertThat(LegacyEncodings.isSyllable("ả¸")).as("garbage").isFalse();
  }
}
