package vn.baocao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Normalisation of report texts: one form for every spelling the web produces. */
class TextTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "Khánh Hoà, Khánh Hòa",
      "Thuỷ sản, Thủy sản",
      "Tỉnh uỷ, Tỉnh ủy",
      "khoẻ mạnh, khỏe mạnh",
      "quý II, quý II",
      "hoàn thành, hoàn thành",
      "Uỷ ban, Ủy ban",
      "HOÀ BÌNH, HÒA BÌNH",
      "hoàng hôn, hoàng hôn",
      "quỷ, quỷ",
      "Thuỷ, Thủy",
      "oà, òa",
      "toạ đàm và hoà giải, tọa đàm và hòa giải"})
  void onePlacementOfTones(String in, String want) {
    assertThat(Text.normalise(in)).as("tone placement of '%s'", in).isEqualTo(want);
  }

  @Test
  void decomposedInputBecomesNfc() {
    String nfd = Normalizer.normalize("Trà Vinh thu ngân sách", Normalizer.Form.NFD);
    assertThat(nfd).as("the input is decomposed").isNotEqualTo("Trà Vinh thu ngân sách");
    assertThat(Text.normalise(nfd)).as("NFC output").isEqualTo("Trà Vinh thu ngân sách");
  }

  @Test
  void htmlRemnantsAndSpacesAreCleaned() {
    assertThat(Text.normalise("<p>Thu ngân sách&nbsp;đạt 1.400 tỷ đồng.</p><p>Giải ngân   đạt 24,6%.</p>"))
        .as("HTML to text paragraphs").isEqualTo("Thu ngân sách đạt 1.400 tỷ đồng.\n\nGiải ngân đạt 24,6%.");
  }

  @Test
  void crawlerHardWrapsAreJoinedButBylinesAndAddressesStay() {
    String wrapped = "Tổng thu ngân sách nhà nước 6 tháng đầu năm ước đạt\n5.432,8 tỷ đồng, bằng 65,9% dự toán.";
    assertThat(Text.normalise(wrapped)).as("a sentence cut by a crawler")
        .isEqualTo("Tổng thu ngân sách nhà nước 6 tháng đầu năm ước đạt 5.432,8 tỷ đồng, bằng 65,9% dự toán.");
    assertThat(Text.normalise("Trần Huyền\nthainguyen.gov.vn")).as("byline and host stay apart").isEqualTo("Trần Huyền\nthainguyen.gov.vn");
  }

  @Test
  void keysFoldCaseAndPunctuation() {
    assertThat(Text.key("TP. Hồ Chí Minh")).as("key").isEqualTo("tp hồ chí minh");
    assertThat(Text.key("Phan Rang-Tháp Chàm")).as("hyphenated").isEqualTo("phan rang tháp chàm");
    assertThat(Text.ascii("Đắk Lắk")).as("ascii fold").isEqualTo("dak lak");
  }

  /** The no-copy check must accept exactly the lines that rebuilding leaves as they are. */
  @Test
  void aCleanLineIsReturnedAsItIsAndOnlyThen() {
    char[] alphabet = {'a', ' ', '\t', '\u00A0', '\u200B', 'ệ', '\u00AD'};
    int lines = 0;
    for (int len = 0; len <= 5; len++) {
      int[] at = new int[len];
      while (true) {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
          c[i] = alphabet[at[i]];
        }
        String line = new String(c);
        assertThat(Text.cleanLine(line)).as("cleanLine(%s)", line.replace("\t", "\\t")).isEqualTo(Text.rebuild(line));
        lines++;
        int k = 0;
        while (k < len && ++at[k] == alphabet.length) {
          at[k++] = 0;
        }
        if (k == len) {
          break;
        }
      }
    }
    assertThat(lines).as("lines tried").isEqualTo(1 + 7 + 49 + 343 + 2401 + 16807);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lineCases")
  void linesAreCleanedFoldedAndJoined(String what, String in, String want) {
    assertThat(Text.normalise(in)).as(what).isEqualTo(want);
  }

  static Stream<Arguments> lineCases() {
    return Stream.of(
        Arguments.of("a run of blank lines is one blank line",
            "Thu ngân sách\n\n\n\nGiải ngân", "Thu ngân sách\n\nGiải ngân"),
        Arguments.of("spaces and a no-break space folded, the ends trimmed",
            "  Thu   ngân\u00A0sách  \n", "Thu ngân sách"),
        Arguments.of("a line of invisible chars is blank",
            "Tin tức\n\u200B\u00AD\n\nGiải ngân đạt 20%", "Tin tức\n\nGiải ngân đạt 20%"),
        Arguments.of("a hard wrap joined after the next line is cleaned",
            "Tổng thu ngân sách nhà nước trên địa bàn tỉnh năm nay ước\n  đạt   12.400 tỷ đồng",
            "Tổng thu ngân sách nhà nước trên địa bàn tỉnh năm nay ước đạt 12.400 tỷ đồng"),
        Arguments.of("blank lines before and after the text go", "\n\n\nThu\n", "Thu"),
        Arguments.of("tabs, a figure space and an ideographic space",
            "Dòng\u2007một\t\tcó tab\n\u3000", "Dòng một có tab"),
        Arguments.of("nothing", "", ""));
  }
}
