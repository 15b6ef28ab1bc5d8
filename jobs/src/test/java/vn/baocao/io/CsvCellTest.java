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

  @Test
  void theQuickNumberPathWritesWhatBigDecimalWrites() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
    double[] fixed = {0.0, -0.0, 1400, 24.6, -19, 0.001, 0.0001, 1e7, 1.5e7, 123456789.25, 999999999999999.0, 1e15, 1e16,
        -1e15 + 1, 1e-7, 2.5e-3, 100.10, 4503599627370497.0, Double.MIN_VALUE, Double.MAX_VALUE, 12530.75, 64.4};
    for (double d : fixed) {
      assertThat(CsvOutput.number(d)).as("number(%s)", d).isEqualTo(CsvOutput.numberByBigDecimal(d));
    }
    for (int i = 0; i < 200_000; i++) {
      double d = switch (i % 4) {
        case 0 -> rnd.nextInt(-1_000_000, 10_000_000) / 10.0; // figures as reports give them
        case 1 -> rnd.nextInt(0, 100_000) / 100.0;
        case 2 -> Double.longBitsToDouble(rnd.nextLong()); // anything, exponents included
        default -> rnd.nextDouble(-1e16, 1e16);
      };
      assertThat(CsvOutput.number(d)).as("number(%s)", d).isEqualTo(CsvOutput.numberByBigDecimal(d));
    }
  }

  @Test
  void datesAreWrittenAsLocalDateWritesThem() {
    for (java.time.LocalDate d : new java.time.LocalDate[] {java.time.LocalDate.of(2024, 5, 31), java.time.LocalDate.of(1000, 1, 1),
        java.time.LocalDate.of(9999, 12, 31), java.time.LocalDate.of(999, 2, 3), java.time.LocalDate.of(10_000, 1, 9),
        java.time.LocalDate.of(-5, 6, 7), java.time.LocalDate.of(2026, 2, 15)}) {
      assertThat(CsvOutput.date(d)).as("date %s", d).isEqualTo(d.toString());
    }
  }
}
