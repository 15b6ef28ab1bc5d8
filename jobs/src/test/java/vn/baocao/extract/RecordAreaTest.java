package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.reference.Reference;
import vn.baocao.text.Text;

/** A report about several units gives records for each of them; the default is the report's own unit. */
class RecordAreaTest {
  private final ReportExtractor extractor = new ReportExtractor(Reference.defaults());

  private List<Fact> read(String text) {
    return extractor.read(Text.normalise(text), ReportExtractor.SourceMeta.NONE, new ArrayList<>()).facts();
  }

  private static String areaOf(Fact f, ReportExtractor.Document d) {
    AreaResolver.Area a = f.area() != null ? f.area() : d.area();
    return a.level() + " " + a.name() + " @ " + a.provinceName();
  }

  @Test
  void clausesNamingADistrictGetThatDistrict() {
    String text = "Ban Thường vụ Tỉnh ủy Trà Vinh sơ kết 6 tháng đầu năm 2023\n"
        + "Ngày 5/7, Ban Thường vụ Tỉnh ủy Trà Vinh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.\n"
        + "Huyện Châu Thành có 13/13 xã đạt chuẩn nông thôn mới; riêng huyện Cầu Ngang có 9/14 xã đạt chuẩn nông thôn mới. "
        + "Toàn tỉnh có 75/85 xã đạt chuẩn nông thôn mới.";
    ReportExtractor.Extraction x = extractor.read(Text.normalise(text), ReportExtractor.SourceMeta.NONE, new ArrayList<>());
    List<String> got = new ArrayList<>();
    for (Fact f : x.facts()) {
      got.add(f.indicator() + " " + f.value() + " -> " + areaOf(f, x.document()));
    }
    assertThat(got).as("records and their areas").containsExactly(
        "ntm_communes 13.0 -> district Châu Thành @ Trà Vinh",
        "ntm_communes 9.0 -> district Cầu Ngang @ Trà Vinh",
        "ntm_communes 75.0 -> province Trà Vinh @ Trà Vinh");
  }

  @Test
  void theReportsOwnUnitAndUnplaceableNamesKeepTheDefault() {
    List<Fact> facts = read("Huyện ủy Trà Cú sơ kết quý I năm 2023\nTrong quý I-2023, Huyện ủy Trà Cú lãnh đạo thực hiện nhiệm vụ.\n"
        + "Huyện Trà Cú có 15 xã đạt chuẩn nông thôn mới; huyện Gò Công Tây có 12 xã đạt chuẩn nông thôn mới.");
    assertThat(facts).as("two records").hasSize(2);
    assertThat(facts.get(0).area()).as("the report's own unit is the default area").isNull();
    assertThat(facts.get(1).area()).as("a unit of another province is not moved there").isNull();
  }
}
