package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words that let a line without digits still hold an assessed figure ("ngân sách ... đạt
 * dự toán"): the hand-written check must accept these and nothing that merely looks like them.
 */
class AssessedStemTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "ngân, true", "nội, true", "nsnn, true", "nsđp, true", "ns, true", "chi, true",
      "ngan, false", "ngânh, false", "noi, false", "nội địa, false", "nsn, false", "n, false",
      "chí, false", "chính, false", "có, false", "các, false", "nước, false", "năm, false", "thu, false"})
  void onlyTheStemsOfAssessedIndicatorsPass(String word, boolean want) {
    assertThat(FigureExtractor.isAssessedStem(word)).as("is '%s' a stem", word).isEqualTo(want);
  }
}
