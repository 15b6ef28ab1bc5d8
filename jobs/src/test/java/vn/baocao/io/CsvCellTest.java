package vn.baocao.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/** Issue 8, items 8 and 9: numeric cells are plain digits; text cells fit Excel's limit. */
class CsvCellTest {
  private static final StructField TEXT = DataTypes.createStructField("evidence", DataTypes.StringType, true);
  private static final StructField NUM = DataTypes.createStructField("value", DataTypes.DoubleType, true);

  @Test
  void numbersAreWrittenPlain() {
    assertThat(CsvOutput.cell(new BigDecimal("1E+39"), NUM)).as("a decimal of 1e39").isEqualTo("1" + "0".repeat(39));
    assertThat(CsvOutput.cell(new BigDecimal("24.600"), NUM)).as("trailing zeros").isEqualTo("24.6");
    assertThat(CsvOutput.cell(0.1f, NUM)).as("a float").isEqualTo("0.1");
    assertThat(CsvOutput.cell(-19.0, NUM)).as("a negative change").isEqualTo("-19");
    assertThat(CsvOutput.cell(1e21, NUM)).as("a large double").isEqualTo("1" + "0".repeat(21));
  }

  @Test
  void longTextIsCutToExcelsLimit() {
    String s = "x".repeat(40_000);
    String c = CsvOutput.cell(s, TEXT);
    assertThat(c.length()).as("cell length").isLessThanOrEqualTo(32_767);
    assertThat(c).as("marked as cut").endsWith(CsvOutput.CUT_MARK);
    String emoji = "a".repeat(32_767 - CsvOutput.CUT_MARK.length() - 1) + "😀" + "b".repeat(10);
    String e = CsvOutput.cell(emoji, TEXT);
    assertThat(Character.isHighSurrogate(e.charAt(e.length() - CsvOutput.CUT_MARK.length() - 1)))
        .as("no half character before the mark").isFalse();
    assertThat(CsvOutput.cell("=".repeat(32_767), TEXT).length()).as("a neutralised long formula still fits").isLessThanOrEqualTo(32_767);
    assertThat(CsvOutput.cell("short", TEXT)).as("short text unchanged").isEqualTo("short");
  }
}
