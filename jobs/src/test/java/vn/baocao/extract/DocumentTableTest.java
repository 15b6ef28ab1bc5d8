package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.reference.Reference;
import vn.baocao.text.Text;

/**
 * The document table (sentences/documents.tsv): titles and leads of reports from many
 * provinces and units, with the subject unit and the period an analyst would file them under.
 */
class DocumentTableTest {
  private static ReportExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new ReportExtractor(Reference.defaults());
  }

  static Stream<Arguments> cases() {
    return SentenceCases.table("sentences/documents.tsv").stream().map(r -> Arguments.of(r.get("id"), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void filesTheReportUnderItsUnitAndPeriod(String id, java.util.Map<String, String> row) {
    String text = Text.normalise(row.get("text").replace("\\n", "\n"));
    String url = row.get("source_url").isBlank() ? null : row.get("source_url");
    ReportExtractor.Document d = extractor.read(text, new ReportExtractor.SourceMeta(url, null), new ArrayList<>()).document();
    String got = d.area() == null ? "no area" : d.area().level() + " " + d.area().name() + " @ " + java.util.Objects.toString(d.area().provinceName(), "");
    String want = row.get("area_level") + " " + row.get("area_name") + " @ " + row.get("province_name");
    assertThat(got).as("%s: unit of «%s» (%s)", id, text, row.get("note")).isEqualTo(want);
    String gotPeriod = d.period() == null ? "no period" : d.period().type() + " " + d.period().start() + ".." + d.period().end();
    String wantPeriod = row.get("period_type") + " " + row.get("period_start") + ".." + row.get("period_end");
    assertThat(gotPeriod).as("%s: period of «%s» (%s)", id, text, row.get("note")).isEqualTo(wantPeriod);
  }

  @org.junit.jupiter.api.Test
  void theArticleDateIsNotADateOfTheFigures() {
    String text = Text.normalise("Đà Nẵng: Giải ngân vốn đầu tư công 9 tháng đạt 45%\n"
        + "(Baodanang.vn) - Chiều 5/10, UBND thành phố cho biết đến ngày 30/9/2023, thành phố giải ngân 4.500 tỷ đồng, đạt 45% kế hoạch.");
    ReportExtractor.Document d = extractor.read(text, ReportExtractor.SourceMeta.NONE, new ArrayList<>()).document();
    assertThat(d.publishedDate()).as("'Chiều 5/10' dated by the year of '30/9/2023'").hasToString("2023-10-05");
    assertThat(d.period().type() + " " + d.period().end()).as("period").isEqualTo("nine_months 2023-09-30");
    assertThat(d.area().provinceName()).as("province").isEqualTo("Đà Nẵng");
  }
}
