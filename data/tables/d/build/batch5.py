from common import R, F
def P(n): return ("province", n, n)

R("625_dak-ha-3-nam-dau-tu-cong.txt", """
Báo Kon Tum › Kinh tế - Xã hội
Đắk Hà: 3 năm huy động nguồn lực cho phát triển hạ tầng
Ngày 27/12/2018 | Tác giả: Văn Tuấn

3 năm qua (2016 - 2018), huyện Đắk Hà đã giải ngân 625 tỷ đồng vốn đầu tư công cho 214 công trình hạ tầng giao thông, thủy lợi, trường học. Tổng thu ngân sách trên địa bàn 3 năm đạt 468 tỷ đồng.

Nhờ đó, đến nay huyện có 5/9 xã đạt chuẩn nông thôn mới; các xã còn lại đạt bình quân 15 tiêu chí. Huyện đang chọn 1 xã điểm xây dựng nông thôn mới nâng cao giai đoạn 2019 - 2020.

Ảnh: Đường liên xã Hà Mòn - Đắk La. Ảnh: VT
Bài viết: 1 | Lượt xem: 756
""", ("62", "Kon Tum", "district", "Đắk Hà", "term", "2016-01-01", "2018-12-31"), [
    F("disbursement", "level", 625, unit="vnd_billion", ev="huyện Đắk Hà đã giải ngân 625 tỷ đồng vốn đầu tư công"),
    F("budget_revenue", "level", 468, unit="vnd_billion", ev="Tổng thu ngân sách trên địa bàn 3 năm đạt 468 tỷ đồng"),
    F("ntm_communes", "level", 5, unit="count", denom=9, pt="as_of", ps="2018-12-27", pe="2018-12-27", ev="đến nay huyện có 5/9 xã đạt chuẩn nông thôn mới"),
], url="https://baokontum.com.vn/kinh-te/dak-ha-3-nam-huy-dong-nguon-luc-cho-phat-trien-ha-tang-12345.html", pub="2018-12-27",
  tests="'3 năm qua (2016 - 2018)' → term; 214 công trình, 15 tiêu chí, 'chọn 1 xã điểm' = non-facts", nonfacts=3)

R("626_nam-dinh-ket-qua-thu-chi-2022.txt", """
NAM ĐỊNH: THU NGÂN SÁCH NĂM 2022 ƯỚC ĐẠT 6,8 NGHÌN TỶ ĐỒNG
Trang chủ » Tin tức » Kinh tế | 28.12.2022

Tại kỳ họp thứ 11 HĐND tỉnh khóa XIX, UBND tỉnh báo cáo: tổng thu ngân sách nhà nước trên địa bàn năm 2022 ước đạt 6,8 nghìn tỷ đồng, vượt 8% dự toán. Thu nội địa ước 6.310 tỷ đồng.

Năm 2022 tỉnh được giao 5.930 tỷ đồng vốn đầu tư công; tỷ lệ giải ngân ước đến 31/01/2023 đạt 95,1% kế hoạch. Năm 2023, tỉnh phấn đấu thu ngân sách trên địa bàn 7.500 tỷ đồng.

Ảnh: Các đại biểu dự kỳ họp. (Ảnh: Việt Thắng)
Việt Thắng - Báo Nam Định
""", ("36", "Nam Định", "province", "Nam Định", "year", "2022-01-01", "2022-12-31"), [
    F("budget_revenue", "level", 6800, unit="vnd_billion", approx="about", head="yes", ev="tổng thu ngân sách nhà nước trên địa bàn năm 2022 ước đạt 6,8 nghìn tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 108, basis="estimate", head="yes", ev="vượt 8% dự toán"),
    F("domestic_revenue", "level", 6310, unit="vnd_billion", approx="about", ev="Thu nội địa ước 6.310 tỷ đồng"),
    F("disbursement", "pct_of_plan", 95.1, basis="plan", approx="about", head="yes", ev="tỷ lệ giải ngân ước đến 31/01/2023 đạt 95,1% kế hoạch"),
], url="https://namdinh.gov.vn/tin-tuc/kinh-te/nam-dinh-thu-ngan-sach-nam-2022-uoc-dat-6-8-nghin-ty-dong", pub="2022-12-28",
  tests="'nghìn tỷ' → 6800; 'vượt 8%' → 108; year-2022 plan disbursed to 31/01/2023 still year 2022; allocation 5.930, target 7.500 = non-facts", nonfacts=2)

R("627_soc-son-thu-ngan-sach-2019.txt", """
Cổng giao tiếp điện tử huyện Sóc Sơn
Tin tức - Sự kiện > Kinh tế
Sóc Sơn: Thu ngân sách năm 2019 vượt 12% dự toán
Ngày đăng: 24/12/2019

Năm 2019, tổng thu ngân sách trên địa bàn huyện đạt 1.642 tỉ đồng, đạt 112% dự toán thành phố giao, tăng 17,5% so với năm 2018. Trong đó thu tiền sử dụng đất 905 tỉ đồng. Giải ngân vốn đầu tư công đạt 89,6% kế hoạch.

Toàn thành phố năm 2019 thu ngân sách nhà nước ước đạt 269.000 tỷ đồng.

Huyện có 25/25 xã đạt chuẩn nông thôn mới; 2 xã đạt chuẩn nâng cao.

Thanh Tùng (Trung tâm Văn hóa - Thông tin và Thể thao huyện)
""", ("01", "Hà Nội", "district", "Sóc Sơn", "year", "2019-01-01", "2019-12-31"), [
    F("budget_revenue", "level", 1642, unit="vnd_billion", ev="tổng thu ngân sách trên địa bàn huyện đạt 1.642 tỉ đồng"),
    F("budget_revenue", "pct_of_plan", 112, basis="estimate", ev="đạt 112% dự toán thành phố giao"),
    F("budget_revenue", "change", 17.5, basis="yoy", ev="tăng 17,5% so với năm 2018"),
    F("disbursement", "pct_of_plan", 89.6, basis="plan", ev="Giải ngân vốn đầu tư công đạt 89,6% kế hoạch"),
    F("budget_revenue", "level", 269000, unit="vnd_billion", approx="about", area=P("Hà Nội"), head="yes", ev="Toàn thành phố năm 2019 thu ngân sách nhà nước ước đạt 269.000 tỷ đồng"),
    F("ntm_communes", "level", 25, unit="count", denom=25, pt="as_of", ps="2019-12-24", pe="2019-12-24", ev="Huyện có 25/25 xã đạt chuẩn nông thôn mới"),
    F("ntm_advanced_communes", "level", 2, unit="count", pt="as_of", ps="2019-12-24", pe="2019-12-24", ev="2 xã đạt chuẩn nâng cao"),
], url="https://socson.hanoi.gov.vn/tin-tuc-su-kien/kinh-te/soc-son-thu-ngan-sach-nam-2019-vuot-12-du-toan", pub="2019-12-24",
  tests="district of a municipality: 'dự toán thành phố giao' and 'Toàn thành phố' = Hà Nội (province) figure; 'tỉ'; tiền SDĐ line item", nonfacts=1)

R("628_ayun-pa-9-thang-2023.txt", """
THỊ XÃ AYUN PA
Hội nghị đánh giá tình hình kinh tế - xã hội 9 tháng năm 2023
(Cập nhật 04/10/2023)

Theo báo cáo của UBND thị xã, 9 tháng đầu năm 2023 thu ngân sách trên địa bàn đạt thấp, mới đạt 36,6% dự toán năm do nguồn thu tiền sử dụng đất không đạt. Giải ngân vốn đầu tư công 9 tháng đạt 51,2% kế hoạch.

Thị xã có 4/4 xã đạt chuẩn nông thôn mới; đang triển khai hỗ trợ 53 hộ nghèo xây nhà. Thị xã đặt mục tiêu đến cuối năm giải ngân trên 95%.

Ảnh: Quang cảnh hội nghị. (Ảnh: Hoàng Anh)
Nguồn: ayunpa.gialai.gov.vn
""", ("64", "Gia Lai", "town", "Ayun Pa", "nine_months", "2023-01-01", "2023-09-30"), [
    F("budget_revenue", "assessment", ass="low", ev="thu ngân sách trên địa bàn đạt thấp"),
    F("budget_revenue", "pct_of_plan", 36.6, basis="estimate", ev="mới đạt 36,6% dự toán năm"),
    F("disbursement", "pct_of_plan", 51.2, basis="plan", ev="Giải ngân vốn đầu tư công 9 tháng đạt 51,2% kế hoạch"),
    F("ntm_communes", "level", 4, unit="count", denom=4, pt="as_of", ps="2023-10-04", pe="2023-10-04", ev="Thị xã có 4/4 xã đạt chuẩn nông thôn mới"),
], url="https://ayunpa.gialai.gov.vn/tin-tuc/hoi-nghi-danh-gia-tinh-hinh-kinh-te-xa-hoi-9-thang-nam-2023", pub="2023-10-04",
  tests="town (thị xã), province only in URL; '% dự toán năm' with no amount + assessment low; 53 hộ nghèo, target 95% = non-facts", nonfacts=2)

R("629_tuyen-quang-ntm-cuoi-nam-2025.txt", """
Trang chủ / Chính trị / Nông thôn mới
Tuyên Quang rà soát lại bộ tiêu chí nông thôn mới sau hợp nhất
25/12/2025 10:12 | Báo Tuyên Quang

Sau khi hợp nhất tỉnh Hà Giang và Tuyên Quang, tỉnh mới có 124 xã, phường. Theo kết quả rà soát, đến ngày 20/12/2025, toàn tỉnh có 51 trong tổng số 117 xã đạt chuẩn nông thôn mới; 6 xã đạt chuẩn nâng cao. Còn 66 xã chưa đạt chuẩn, tập trung ở vùng cao núi đá phía Bắc.

Năm 2026, tỉnh phấn đấu có thêm 8 xã đạt chuẩn; tiếp tục nhân rộng các mô hình "thôn, bản nông thôn mới kiểu mẫu", hiện đã có 212 thôn, bản đạt chuẩn.

Ảnh: Thôn Nà Khá, xã Hồng Thái. Ảnh: Hải Anh
""", ("08", "Tuyên Quang", "province", "Tuyên Quang", "as_of", "2025-12-20", "2025-12-20"), [
    F("ntm_communes", "level", 51, unit="count", denom=117, head="yes", ev="toàn tỉnh có 51 trong tổng số 117 xã đạt chuẩn nông thôn mới"),
    F("ntm_advanced_communes", "level", 6, unit="count", ev="6 xã đạt chuẩn nâng cao"),
], url="https://baotuyenquang.com.vn/chinh-tri/nong-thon-moi/tuyen-quang-ra-soat-lai-bo-tieu-chi-nong-thon-moi-sau-hop-nhat-221340.html", pub="2025-12-25",
  tests="post-2025 merged province; 'trong tổng số'; 124 xã phường, 'còn 66 xã', target 8, 212 thôn bản = non-facts", nonfacts=4)

HCM = ("province", "Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh")
R("630_phuong-thu-dau-mot-thang-11-2025.txt", """
PHƯỜNG THỦ DẦU MỘT - THÀNH PHỐ HỒ CHÍ MINH
Tin hoạt động | 02/12/2025

Ngày 1/12, UBND phường họp giao ban đánh giá kết quả tháng 11/2025. Thu ngân sách trên địa bàn trong tháng đạt 58 tỷ đồng; lũy kế từ ngày 1/7 đến 30/11 đạt 274 tỷ đồng, bằng 61,3% dự toán được giao.

Theo Sở Tài chính TP.HCM, thu ngân sách nhà nước trên địa bàn Thành phố 11 tháng ước đạt 590.000 tỷ đồng.

Phường hiện có 21 khu phố; trong tháng tổ chức 3 đợt ra quân chỉnh trang đô thị với 1.200 lượt người tham gia.

Ảnh: Lãnh đạo phường chủ trì giao ban.
""", ("79", "Thành phố Hồ Chí Minh", "ward", "Thủ Dầu Một", "month", "2025-11-01", "2025-11-30"), [
    F("budget_revenue", "level", 58, unit="vnd_billion", ev="Thu ngân sách trên địa bàn trong tháng đạt 58 tỷ đồng"),
    F("budget_revenue", "level", 274, unit="vnd_billion", pt="ytd", ps="2025-07-01", pe="2025-11-30", ev="lũy kế từ ngày 1/7 đến 30/11 đạt 274 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 61.3, basis="estimate", pt="ytd", ps="2025-07-01", pe="2025-11-30", ev="bằng 61,3% dự toán được giao"),
    F("budget_revenue", "level", 590000, unit="vnd_billion", approx="about", pt="ytd", ps="2025-01-01", pe="2025-11-30", area=HCM, head="yes", ev="thu ngân sách nhà nước trên địa bàn Thành phố 11 tháng ước đạt 590.000 tỷ đồng"),
], url="https://phuongthudaumot.hochiminhcity.gov.vn/tin-hoat-dong/giao-ban-thang-11-2025", pub="2025-12-02",
  tests="post-2025 ward of TP.HCM (former Bình Dương city); month vs cumulative since 1/7; city-level quote → Thành phố Hồ Chí Minh; 21 khu phố, 1.200 lượt = non-facts", nonfacts=2)
