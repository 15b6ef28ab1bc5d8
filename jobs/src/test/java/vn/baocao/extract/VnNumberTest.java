package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vietnamese number spelling: '.' for thousands, ',' for decimals, and web deviations. */
class VnNumberTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "3.900|3900",
      "24,6|24.6",
      "2.315,6|2315.6",
      "5200|5200",
      "118,275|118.275",
      "1.448.808|1448808",
      "1,448,808|1448808",
      "24.6|24.6",
      "08|8"})
  void parses(String text, double value) {
    assertThat(VnNumber.parse(text)).as("value of '%s'", text).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} is not a number")
  @CsvSource({"abc", "''", "1.2.3,4,5"})
  void rejects(String text) {
    assertThat(VnNumber.parse(text)).as("'%s'", text).isNaN();
  }
}
