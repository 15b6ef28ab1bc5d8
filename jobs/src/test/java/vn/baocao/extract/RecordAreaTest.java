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

  private List<String> areas(String text) {
    ReportExtractor.Extraction x = extractor.read(Text.normalise(text), ReportExtractor.SourceMeta.NONE, new ArrayList<>());
    List<String> got = new ArrayList<>();
    got.add("document -> " + x.document().area().level() + " " + x.document().area().name());
    for (Fact f : x.facts()) {
      got.add(f.indicator() + " " + f.measure() + " " + f.value() + " -> " + areaOf(f, x.document()));
    }
    return got;
  }

  @Test
  void aRoundupGivesEachNamedProvinceItsFigureAndIsNational() {
    List<String> got = areas("Nhiều địa phương giải ngân vốn đầu tư công còn chậm\n"
        + "Hà Nội, ngày 7/10/2024 - Theo số liệu của Bộ Tài chính, đến hết tháng 9, cả nước giải ngân đạt 47,3% kế hoạch. "
        + "Trong đó, Bắc Ninh đạt 62,1%, Bắc Giang đạt 55,4%, còn tỉnh Hà Nam mới đạt 31,2%.");
    assertThat(got).as("a roundup: national document, one record per named province, none for the country").containsExactly(
        "document -> national Việt Nam",
        "disbursement pct_of_plan 62.1 -> province Bắc Ninh @ Bắc Ninh",
        "disbursement pct_of_plan 55.4 -> province Bắc Giang @ Bắc Giang",
        "disbursement pct_of_plan 31.2 -> province Hà Nam @ Hà Nam");
  }

  @Test
  void aRoundupOnThe2025MapReadsProvincesByTheirShortNamesPastABracketedRemark() {
    List<String> got = areas("Thu ngân sách 9 tháng: các địa phương phía Nam sau sáp nhập\n"
        + "16/10/2025 | 06:10\n"
        + "Ở phía Nam, TP.HCM (sau khi sáp nhập với Bình Dương và Bà Rịa - Vũng Tàu) thu 498,7 nghìn tỷ đồng; "
        + "Đồng Nai thu 47.300 tỷ đồng. Cà Mau thu 11.200 tỷ đồng.");
    assertThat(got).as("TP.HCM is a 2025 province by its alias; the remark's former provinces take nothing").containsExactly(
        "document -> national Việt Nam",
        "budget_revenue level 498700.0 -> province Thành phố Hồ Chí Minh @ Thành phố Hồ Chí Minh",
        "budget_revenue level 47300.0 -> province Đồng Nai @ Đồng Nai",
        "budget_revenue level 11200.0 -> province Cà Mau @ Cà Mau");
  }

  @Test
  void rowsUnderACaptionThatGivesTheUnitAreEachProvincesFigures() {
    List<String> got = areas("Giải ngân vốn đầu tư công 6 tháng: nhiều tỉnh miền núi đạt khá\n"
        + "08/07/2024 | 09:30\n"
        + "Theo Bộ Tài chính, đến hết tháng 6, cả nước giải ngân đạt 28,2% kế hoạch.\n"
        + "Một số địa phương giải ngân cao nhất (ĐVT: tỷ đồng; % kế hoạch):\n"
        + "1. Lào Cai: 2.140 (51,3%)\n"
        + "2. Yên Bái: 1.620,5 (48,9%)\n"
        + "3. Hà Giang: 1.415 (46,0%)\n"
        + "Các tỉnh còn lại đều dưới mức bình quân.\n"
        + "- Sơn La: 1.200");
    assertThat(got).as("each row is its province's amount and rate; a row after the table has ended is not read").containsExactly(
        "document -> national Việt Nam",
        "disbursement level 2140.0 -> province Lào Cai @ Lào Cai",
        "disbursement pct_of_plan 51.3 -> province Lào Cai @ Lào Cai",
        "disbursement level 1620.5 -> province Yên Bái @ Yên Bái",
        "disbursement pct_of_plan 48.9 -> province Yên Bái @ Yên Bái",
        "disbursement level 1415.0 -> province Hà Giang @ Hà Giang",
        "disbursement pct_of_plan 46.0 -> province Hà Giang @ Hà Giang");
  }

  @Test
  void aPipeTableUnderAUnitLineAndARatesOnlyCaptionAreRead() {
    List<String> got = areas("Giải ngân 6 tháng: miền núi phía Bắc nhanh hơn\n"
        + "05/07/2022 | 08:00\n"
        + "Bảng: Kết quả giải ngân vốn đầu tư công 6 tháng năm 2022 của một số địa phương\n"
        + "(Đơn vị: tỷ đồng; tỷ lệ: % kế hoạch)\n"
        + "STT | Địa phương | Đã giải ngân | Tỷ lệ\n"
        + "1 | Hòa Bình | 1.210 | 47,5\n"
        + "2 | Tuyên Quang | 980 | 44,1\n"
        + "Tỉnh có tỷ lệ giải ngân thấp (Đơn vị tính: % kế hoạch)\n"
        + "1. Hà Nam: 21,3\n");
    assertThat(got).as("pipe rows give amount and rate; a rates-only caption gives rates").containsExactly(
        "document -> national Việt Nam",
        "disbursement level 1210.0 -> province Hòa Bình @ Hòa Bình",
        "disbursement pct_of_plan 47.5 -> province Hòa Bình @ Hòa Bình",
        "disbursement level 980.0 -> province Tuyên Quang @ Tuyên Quang",
        "disbursement pct_of_plan 44.1 -> province Tuyên Quang @ Tuyên Quang",
        "disbursement pct_of_plan 21.3 -> province Hà Nam @ Hà Nam");
  }

  @Test
  void aDistrictReportQuotingItsProvinceFilesThatFigureUnderTheProvince() {
    List<String> got = areas("Huyện ủy Cầu Kè sơ kết 9 tháng năm 2023\n"
        + "Ngày 6/10/2023, Huyện ủy Cầu Kè họp sơ kết 9 tháng. Giải ngân vốn đầu tư công của huyện đạt 71,5% kế hoạch. "
        + "Đến nay toàn tỉnh có 75/85 xã đạt chuẩn nông thôn mới, huyện có 10/11 xã đạt chuẩn.");
    assertThat(got).as("the district's own figures stay with it; 'toàn tỉnh' is the province's").containsExactly(
        "document -> district Cầu Kè",
        "disbursement pct_of_plan 71.5 -> district Cầu Kè @ Trà Vinh",
        "ntm_communes level 75.0 -> province Trà Vinh @ Trà Vinh",
        "ntm_communes level 10.0 -> district Cầu Kè @ Trà Vinh");
  }

  @Test
  void aProvinceComparedInAProvincialReportKeepsItsOwnFigure() {
    List<String> got = areas("UBND tỉnh Thái Bình họp phiên thường kỳ tháng 6 năm 2023\n"
        + "Ngày 30/6/2023, UBND tỉnh Thái Bình họp phiên thường kỳ. Giải ngân vốn đầu tư công 6 tháng đạt 48,2% kế hoạch, "
        + "cao hơn tỉnh Nam Định (đạt 41,5%).");
    assertThat(got).as("the report's province and the province it is compared with each keep their figure").containsExactly(
        "document -> province Thái Bình",
        "disbursement pct_of_plan 48.2 -> province Thái Bình @ Thái Bình",
        "disbursement pct_of_plan 41.5 -> province Nam Định @ Nam Định");
  }

  @Test
  void aGroupInTheTitleMakesARoundupWhicheverProvinceItQuotesMost() {
    List<String> got = areas("Giải ngân 9 tháng: nhiều tỉnh miền núi vẫn chậm\n"
        + "02/10/2024 07:30\n"
        + "Tính đến 30/9, Lạng Sơn đứng đầu nhóm với 63,4%, tiếp đến Cao Bằng đạt 57,2%; Bắc Kạn mới đạt 35,1%.\n"
        + "Lãnh đạo UBND tỉnh Bắc Kạn cho biết tỉnh đang tháo gỡ vướng mắc về mặt bằng.");
    assertThat(got).as("a group named in the title; 'với 63,4%' and 'tiếp đến' give each province its figure").containsExactly(
        "document -> national Việt Nam",
        "disbursement pct_of_plan 63.4 -> province Lạng Sơn @ Lạng Sơn",
        "disbursement pct_of_plan 57.2 -> province Cao Bằng @ Cao Bằng",
        "disbursement pct_of_plan 35.1 -> province Bắc Kạn @ Bắc Kạn");
  }

  @Test
  void aBareCountAfterAParagraphOnTheProgrammeIsOfTheProvinceItNames() {
    List<String> got = areas("Yên Thế: thu ngân sách năm 2019 vượt dự toán\n"
        + "Ngày 24-12-2019\n"
        + "Năm 2019, huyện Yên Thế (tỉnh Bắc Giang) có 9/17 xã đạt chuẩn nông thôn mới.\n"
        + "Cả tỉnh năm 2019 có 118 xã đạt chuẩn, chiếm 57,3% tổng số xã.");
    assertThat(got).as("the count after the programme's paragraph is the province's").containsExactly(
        "document -> district Yên Thế",
        "ntm_communes level 9.0 -> district Yên Thế @ Bắc Giang",
        "ntm_communes level 118.0 -> province Bắc Giang @ Bắc Giang",
        "ntm_communes share 57.3 -> province Bắc Giang @ Bắc Giang");
  }

  @Test
  void aProvinceNamedBeforeItsIndicatorOrWithABracketedScopeKeepsItsFigures() {
    List<String> got = areas("Nông thôn mới và thu ngân sách: các tỉnh phía Bắc\n"
        + "09/12/2022\n"
        + "Số liệu cho thấy Hà Nội thu ngân sách 11 tháng đạt 280.100 tỷ đồng. "
        + "Tại Bắc Ninh (đến tháng 11, toàn tỉnh có 95/97 xã đạt chuẩn nông thôn mới), chương trình đã chuyển sang giai đoạn nâng chất. "
        + "Với Hà Nam, 100% số xã đã đạt chuẩn nông thôn mới.");
    assertThat(got).as("a name before 'thu ngân sách', after 'Tại' or 'Với' speaks of that province").containsExactly(
        "document -> national Việt Nam",
        "budget_revenue level 280100.0 -> province Hà Nội @ Hà Nội",
        "ntm_communes level 95.0 -> province Bắc Ninh @ Bắc Ninh",
        "ntm_communes share 100.0 -> province Hà Nam @ Hà Nam");
  }

  @Test
  void unitsListedAfterTheProvincesFigureTakeItsIndicator() {
    List<String> got = areas("UBND tỉnh Hậu Giang: giải ngân 10 tháng năm 2022\n"
        + "05/11/2022\n"
        + "Đến ngày 31/10/2022, toàn tỉnh giải ngân đạt 61,8% kế hoạch vốn năm 2022. "
        + "Trong các địa phương cấp huyện, thành phố Ngã Bảy đạt 72,9%, thị xã Long Mỹ 70,4%; thành phố Vị Thanh mới đạt 45,1%.");
    assertThat(got).as("a ranking of units in the next sentence continues the disbursement").containsExactly(
        "document -> province Hậu Giang",
        "disbursement pct_of_plan 61.8 -> province Hậu Giang @ Hậu Giang",
        "disbursement pct_of_plan 72.9 -> city Ngã Bảy @ Hậu Giang",
        "disbursement pct_of_plan 70.4 -> town Long Mỹ @ Hậu Giang",
        "disbursement pct_of_plan 45.1 -> city Vị Thanh @ Hậu Giang");
  }
}
