package vn.baocao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, item 6: HTML cleaning is linear. Work is counted (characters examined), not timed;
 * {@code HtmlBench} prints the wall-clock figures.
 */
class HtmlLinearTest {
  /** Inputs that made the old regexes rescan to the end of the text from every tag. */
  static final Map<String, String> ADVERSARIAL = Map.of(
      "unclosed script", "<script>x",
      "unclosed style with attributes", "<style type=\"a\">y ",
      "unclosed comment", "<!-- z ",
      "block tag without '>'", "<p class=a ",
      "closing tag prefixes", "</scrip</scri<script>",
      "lone '<'", "a < b ");

  static String repeat(String unit, int n) {
    return "<p>Thu ngân sách đạt 100 tỷ</p>\n" + unit.repeat(n);
  }

  @Test
  void workGrowsLinearlyWithTheNumberOfBadTags() {
    for (Map.Entry<String, String> e : ADVERSARIAL.entrySet()) {
      String small = repeat(e.getValue(), 20_000);
      String big = repeat(e.getValue(), 40_000);
      long w1 = Html.work(small);
      long w2 = Html.work(big);
      assertThat(w2).as("%s: doubling the input at most doubles the work (%d then %d)", e.getKey(), w1, w2)
          .isLessThanOrEqualTo((long) (2.1 * w1));
      assertThat(w2).as("%s: work is a small multiple of the length %d", e.getKey(), big.length())
          .isLessThanOrEqualTo(8L * big.length());
    }
  }

  @Test
  void cleaningStillDropsScriptsAndEndsLinesAtBlocks() {
    String html = "<html><head><title>TIEUDE</title></head><body><SCRIPT type='x'>var a = 1 < 2;</script >"
        + "<p>Thu ngân sách &amp; chi</p><div>đạt 100&nbsp;tỷ</div><!-- note --><b>x</b><br/>y</body></html>";
    String text = Html.toText(html);
    assertThat(text).as("script content gone").doesNotContain("var a").doesNotContain("TIEUDE");
    assertThat(text).as("comment gone").doesNotContain("note");
    assertThat(text).as("blocks end lines, entities decoded").contains("Thu ngân sách & chi\n").contains("đạt 100 tỷ\n");
    assertThat(Html.toText("<script>a<p>b")).as("an unclosed script drops only its tag").contains("a").contains("b");
    assertThat(Html.toText("3 < 5 and more")).as("a '<' with no '>' stays").isEqualTo("3 < 5 and more");
  }
}
