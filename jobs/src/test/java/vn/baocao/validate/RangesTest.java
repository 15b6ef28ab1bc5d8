package vn.baocao.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.extract.Fact;

/** Issue 8, item 8: out-of-range figures are refused with where and why. */
class RangesTest {
  @Test
  void refusesImpossibleFigures() {
    assertThat(Ranges.problem("budget_revenue", "level", "vnd_billion", 9.223372036854775E12, null))
        .as("an overflowed amount").isNotNull();
    assertThat(Ranges.problem("ntm_communes", "level", "count", -3.0, null)).as("a negative count").isNotNull();
    assertThat(Ranges.problem("ntm_communes", "level", "count", 500.0, 100.0).field())
        .as("500 of 100 communes").isEqualTo("denominator");
    assertThat(Ranges.problem("ntm_communes", "level", "count", 5.0, 0.0)).as("a zero denominator").isNotNull();
    assertThat(Ranges.problem("ntm_communes", "level", "count", 2.5, null)).as("2.5 communes").isNotNull();
    assertThat(Ranges.problem("disbursement", "pct_of_plan", "percent", 1e308, null)).as("1e308 %").isNotNull();
    assertThat(Ranges.problem("budget_revenue", "change", "percent", -120.0, null)).as("a fall of more than 100 %").isNotNull();
  }

  @Test
  void acceptsOrdinaryFigures() {
    assertThat(Ranges.problem("budget_revenue", "level", "vnd_billion", 405000.0, null)).as("405 nghìn tỷ").isNull();
    assertThat(Ranges.problem("ntm_communes", "level", "count", 108.0, 126.0)).as("108/126").isNull();
    assertThat(Ranges.problem("budget_revenue", "level", "vnd_billion", 12300.0, 10000.0)).as("actual over target").isNull();
    assertThat(Ranges.problem("budget_revenue", "change", "percent", -19.0, null)).as("-19 % yoy").isNull();
    assertThat(Ranges.problem("disbursement", "pct_of_plan", "percent", 112.5, null)).as("112.5 % of plan").isNull();
  }

  @Test
  void figureChecksPointAtTheNumber() {
    String text = "Tiêu đề\nGiải ngân đạt 1e308% kế hoạch, có 500/100 xã đạt chuẩn.";
    int clause = text.indexOf("Giải");
    Fact exp = fact("disbursement", "pct_of_plan", "percent", 308.0, null, clause, text.length());
    Fact over = fact("ntm_communes", "level", "count", 500.0, 100.0, text.indexOf("có"), text.length());
    Fact fine = fact("ntm_communes", "level", "count", 50.0, 100.0, text.indexOf("có"), text.length());
    FigureChecks.Result r = FigureChecks.check(text, List.of(exp, over, fine));
    assertThat(r.kept()).as("only the plausible figure is kept").containsExactly(fine);
    assertThat(r.rejected()).as("two rejected").hasSize(2);
    FigureChecks.Rejected e = r.rejected().get(0);
    assertThat(e.reason()).as("exponent notation").isEqualTo(FigureChecks.BAD_NUMBER);
    assertThat(e.line()).as("line").isEqualTo(2);
    assertThat(e.column()).as("column of 1e308").isEqualTo("Giải ngân đạt ".length() + 1);
    FigureChecks.Rejected o = r.rejected().get(1);
    assertThat(o.reason()).as("out of range").isEqualTo(Ranges.OUT_OF_RANGE);
    assertThat(o.column()).as("column of 500").isEqualTo(text.indexOf("500") - text.indexOf('\n'));
  }

  static Fact fact(String indicator, String measure, String unit, Double value, Double denominator, int from, int to) {
    return new Fact(indicator, "x", measure, value, unit, null, denominator, "exact", null, null, "evidence", from, to, null, null);
  }

  @Test
  void theExponentGateLetsThroughEverySpanTheRegexCouldMatch() {
    assertThat(FigureChecks.digitThenE("đạt 1e308% kế hoạch")).as("1e308").isTrue();
    assertThat(FigureChecks.digitThenE("đạt 2,5E+3 tỷ")).as("2,5E+3").isTrue();
    assertThat(FigureChecks.digitThenE("giải ngân đạt 64,4% kế hoạch vốn")).as("no digit before an e").isFalse();
    assertThat(FigureChecks.digitThenE("e12 và E")).as("e before the digits").isFalse();
    assertThat(FigureChecks.check("Thu ngân sách đạt 1.400 tỷ đồng.", java.util.List.of()).kept()).as("no facts").isEmpty();
  }
}
