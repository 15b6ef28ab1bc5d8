from common import R, F
def P(n): return ("province", n, n)

QNM = dict(pt="nine_months", ps="2018-01-01", pe="2018-09-30")
R("631_nui-thanh-giai-ngan-9-thang-2018.txt", """
Quảng Nam Online › Kinh tế
Núi Thành: Giải ngân 9 tháng đạt 61% kế hoạch
(QNO) 09/10/2018 16:20

9 tháng năm 2018, huyện Núi Thành giải ngân 274,5/450 tỷ đồng vốn đầu tư công, đạt 61% kế hoạch tỉnh giao, 55% nghị quyết HĐND huyện. Nhiều công trình chuyển tiếp đã cơ bản hoàn thành.

Thu ngân sách trên địa bàn huyện 9 tháng đạt 1.215 tỷ đồng, trong đó thu do huyện quản lý 186 tỷ đồng. Toàn tỉnh Quảng Nam 9 tháng thu ngân sách 15.210 tỷ đồng, đạt 72,4% dự toán.

Huyện hiện có 10/16 xã đạt chuẩn nông thôn mới, còn 6 xã đang tập trung hoàn thiện; năm 2018 có 2/6 xã đăng ký về đích.

VĂN SỰ
""", ("49", "Quảng Nam", "district", "Núi Thành", "nine_months", "2018-01-01", "2018-09-30"), [
    F("disbursement", "level", 274.5, unit="vnd_billion", ev="huyện Núi Thành giải ngân 274,5/450 tỷ đồng vốn đầu tư công"),
    F("disbursement", "pct_of_plan", 61, basis="assigned_plan", ev="đạt 61% kế hoạch tỉnh giao"),
    F("disbursement", "pct_of_plan", 55, basis="resolution", ev="55% nghị quyết HĐND huyện"),
    F("budget_revenue", "level", 1215, unit="vnd_billion", ev="Thu ngân sách trên địa bàn huyện 9 tháng đạt 1.215 tỷ đồng"),
    F("budget_revenue", "level", 186, unit="vnd_billion", ev="thu do huyện quản lý 186 tỷ đồng"),
    F("budget_revenue", "level", 15210, unit="vnd_billion", area=P("Quảng Nam"), head="yes", ev="Toàn tỉnh Quảng Nam 9 tháng thu ngân sách 15.210 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 72.4, basis="estimate", area=P("Quảng Nam"), head="yes", ev="đạt 72,4% dự toán"),
    F("ntm_communes", "level", 10, unit="count", denom=16, pt="as_of", ps="2018-10-09", pe="2018-10-09", ev="Huyện hiện có 10/16 xã đạt chuẩn nông thôn mới"),
], url="https://baoquangnam.vn/kinh-te/nui-thanh-giai-ngan-9-thang-dat-61-ke-hoach-87123.html", pub="2018-10-09",
  tests="one value vs two plans; 274,5/450; sub-total do huyện quản lý; province quote; 'còn 6 xã', '2/6 xã đăng ký về đích' = non-facts", nonfacts=2)

R("632_bac-lieu-giao-ban-quy-2-2025.txt", """
BẠC LIÊU: 6 THÁNG ĐẦU NĂM THU NGÂN SÁCH ĐẠT 62,1% DỰ TOÁN
baobaclieu.vn | 26/06/2025

Ngày 25/6, UBND tỉnh tổ chức phiên họp thường kỳ quý II/2025, đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm - phiên họp cuối cùng trước khi tỉnh hợp nhất với tỉnh Cà Mau.

Theo báo cáo, thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 3.105 tỷ đồng, đạt 62,1% dự toán, tăng 11,8% so cùng kỳ. Giải ngân vốn đầu tư công 6 tháng ước đạt 38,4% kế hoạch; tiến độ giải ngân còn chậm.

Toàn tỉnh hiện có 49/49 xã đạt chuẩn nông thôn mới, 16 xã đạt chuẩn nâng cao. Trong 6 tháng, tỉnh đã hỗ trợ xóa 820 căn nhà tạm, nhà dột nát.

Ảnh: Quang cảnh phiên họp. Ảnh: Kim Thủy
KIM THỦY
""", ("95", "Bạc Liêu", "province", "Bạc Liêu", "half_year", "2025-01-01", "2025-06-30"), [
    F("budget_revenue", "level", 3105, unit="vnd_billion", approx="about", head="yes", ev="thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 3.105 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 62.1, basis="estimate", head="yes", ev="đạt 62,1% dự toán"),
    F("budget_revenue", "change", 11.8, basis="yoy", ev="tăng 11,8% so cùng kỳ"),
    F("disbursement", "pct_of_plan", 38.4, basis="plan", approx="about", head="yes", ev="Giải ngân vốn đầu tư công 6 tháng ước đạt 38,4% kế hoạch"),
    F("disbursement", "assessment", ass="slow", ev="tiến độ giải ngân còn chậm"),
    F("ntm_communes", "level", 49, unit="count", denom=49, pt="as_of", ps="2025-06-25", pe="2025-06-25", head="yes", ev="Toàn tỉnh hiện có 49/49 xã đạt chuẩn nông thôn mới"),
    F("ntm_advanced_communes", "level", 16, unit="count", pt="as_of", ps="2025-06-25", pe="2025-06-25", ev="16 xã đạt chuẩn nâng cao"),
], url="https://baobaclieu.vn/kinh-te/6-thang-dau-nam-thu-ngan-sach-dat-62-1-du-toan-105321.html", pub="2025-06-26",
  tests="Q2 meeting reviewing 6 tháng → half_year; pre-merger (before 1/7/2025) so old province Bạc Liêu; 820 căn nhà = non-fact", nonfacts=1)

R("633_van-chan-nong-thon-moi-2021.txt", """
Báo Yên Bái điện tử | Nông nghiệp - Nông thôn
Văn Chấn nỗ lực về đích nông thôn mới
Thứ Tư, 17/11/2021

YênBái - Đến nay, huyện Văn Chấn có 11/28 xã đạt chuẩn nông thôn mới. Huyện đạt 4/9 tiêu chí huyện nông thôn mới. Trong khi đó, huyện bạn Trấn Yên đã có 19/19 xã đạt chuẩn và là huyện đầu tiên của tỉnh được công nhận đạt chuẩn NTM.

Năm 2021, Văn Chấn chọn 3 xã điểm về đích; 45 thôn, bản của huyện đã đạt chuẩn thôn nông thôn mới. Toàn tỉnh hiện có 104/157 xã đạt chuẩn nông thôn mới.

Thanh Ba
""", ("15", "Yên Bái", "district", "Văn Chấn", "as_of", "2021-11-17", "2021-11-17"), [
    F("ntm_communes", "level", 11, unit="count", denom=28, ev="huyện Văn Chấn có 11/28 xã đạt chuẩn nông thôn mới"),
    F("ntm_district_criteria", "level", 4, unit="count", denom=9, ev="Huyện đạt 4/9 tiêu chí huyện nông thôn mới"),
    F("ntm_communes", "level", 19, unit="count", denom=19, area=("district", "Trấn Yên", "Yên Bái"), ev="huyện bạn Trấn Yên đã có 19/19 xã đạt chuẩn"),
    F("ntm_communes", "level", 104, unit="count", denom=157, area=P("Yên Bái"), head="yes", ev="Toàn tỉnh hiện có 104/157 xã đạt chuẩn nông thôn mới"),
], url="https://baoyenbai.com.vn/12/214512/van-chan-no-luc-ve-dich-nong-thon-moi.aspx", pub="2021-11-17",
  tests="neighbouring district figure (Trấn Yên) → that district; province quote; 'huyện đầu tiên' not a count; 3 xã điểm, 45 thôn bản = non-facts", nonfacts=2)

R("634_thuan-thanh-giai-ngan-thang-5-2024.txt", """
Thị xã Thuận Thành - Cổng thông tin điện tử
Trang chủ > Tin tức > Kinh tế - Xã hội

Thuận Thành: Giao ban tháng 5/2024
Thứ hai, 03/06/2024 - 09:15

Trong tháng 5, thị xã giải ngân được 86 tỷ đồng vốn đầu tư công. Lũy kế 5 tháng đầu năm giải ngân 312 tỷ đồng, đạt 36% kế hoạch vốn năm. Thu ngân sách 5 tháng đạt 41,5% dự toán.

Năm 2024, thị xã phấn đấu có 10/10 xã đạt chuẩn nông thôn mới nâng cao; hiện đang hoàn thiện hồ sơ đề nghị tỉnh thẩm định. Trong tháng, Phòng giao dịch Ngân hàng Chính sách xã hội giải ngân cho 215 hộ vay.

Phóng viên: Đức Minh
""", ("27", "Bắc Ninh", "town", "Thuận Thành", "month", "2024-05-01", "2024-05-31"), [
    F("disbursement", "level", 86, unit="vnd_billion", ev="thị xã giải ngân được 86 tỷ đồng vốn đầu tư công"),
    F("disbursement", "level", 312, unit="vnd_billion", pt="ytd", ps="2024-01-01", pe="2024-05-31", ev="Lũy kế 5 tháng đầu năm giải ngân 312 tỷ đồng"),
    F("disbursement", "pct_of_plan", 36, basis="plan", pt="ytd", ps="2024-01-01", pe="2024-05-31", ev="đạt 36% kế hoạch vốn năm"),
    F("budget_revenue", "pct_of_plan", 41.5, basis="estimate", pt="ytd", ps="2024-01-01", pe="2024-05-31", ev="Thu ngân sách 5 tháng đạt 41,5% dự toán"),
], url="https://thuanthanh.bacninh.gov.vn/tin-tuc/giao-ban-thang-5-2024", pub="2024-06-03",
  tests="town month report with 5-month ytd ('5 tháng đầu năm' = ytd); target 10/10 xã NTM nâng cao, NHCSXH loans = non-facts; province only in URL", nonfacts=2)

R("635_ca-mau-uoc-ca-nam-2025.txt", """
THỐNG KÊ TỈNH CÀ MAU
BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ IV VÀ NĂM 2025
Cà Mau, ngày 27 tháng 12 năm 2025

3. Tài chính - đầu tư
- Thu ngân sách nhà nước trên địa bàn năm 2025 (số liệu hợp nhất tỉnh Cà Mau và tỉnh Bạc Liêu cũ) ước đạt 12.450 tỷ đồng, bằng 105,3% dự toán; trong đó thu nội địa 11.880 tỷ đồng. Thu ngân sách địa phương được hưởng ước 10.920 tỷ đồng.
- Tổng chi ngân sách địa phương ước đạt 24.615 tỷ đồng.
- Vốn đầu tư công: kế hoạch được giao 11.734 tỷ đồng; ước đến 31/12/2025 giải ngân 9.410 tỷ đồng, bằng 80,2% kế hoạch.
- Chương trình MTQG xây dựng nông thôn mới: toàn tỉnh có 90 xã; Ngân hàng Chính sách xã hội cho vay 45.300 lượt hộ.
""", ("96", "Cà Mau", "province", "Cà Mau", "year", "2025-01-01", "2025-12-31"), [
    F("budget_revenue", "level", 12450, unit="vnd_billion", approx="about", head="yes", ev="ước đạt 12.450 tỷ đồng, bằng 105,3% dự toán"),
    F("budget_revenue", "pct_of_plan", 105.3, basis="estimate", head="yes", ev="bằng 105,3% dự toán"),
    F("domestic_revenue", "level", 11880, unit="vnd_billion", ev="thu nội địa 11.880 tỷ đồng"),
    F("budget_revenue", "level", 10920, unit="vnd_billion", approx="about", ev="Thu ngân sách địa phương được hưởng ước 10.920 tỷ đồng"),
    F("budget_expenditure", "level", 24615, unit="vnd_billion", approx="about", ev="Tổng chi ngân sách địa phương ước đạt 24.615 tỷ đồng"),
    F("disbursement", "level", 9410, unit="vnd_billion", approx="about", head="yes", ev="ước đến 31/12/2025 giải ngân 9.410 tỷ đồng"),
    F("disbursement", "pct_of_plan", 80.2, basis="plan", approx="about", head="yes", ev="bằng 80,2% kế hoạch"),
], url="https://thongke.camau.gov.vn/bao-cao/tinh-hinh-kinh-te-xa-hoi-quy-iv-va-nam-2025", pub="2025-12-27",
  tests="post-2025 merged Cà Mau, Q4 + year report → year; sub-total NSĐP hưởng; allocation 11.734; '90 xã' (total, not NTM), NHCSXH = non-facts", nonfacts=3)
