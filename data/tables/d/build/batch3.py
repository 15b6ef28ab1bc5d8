from common import R, F
def P(n): return ("province", n, n)

R("613_hung-ha-thu-ngan-sach-quy-1-2017.txt", """
Báo Thái Bình điện tử
Kinh tế › Tài chính - Ngân hàng

Hưng Hà: Thu ngân sách quý I tăng 22%
Cập nhật: 11/04/2017 09:10

Quý I/2017, tổng thu ngân sách nhà nước trên địa bàn huyện đạt 86,5 tỷ đồng, bằng 31,2% dự toán năm, tăng 22% so với cùng kỳ năm 2016. Các khoản thu từ khu vực công thương nghiệp ngoài quốc doanh và lệ phí trước bạ đều tăng khá.

Để hoàn thành dự toán, huyện đã tổ chức 12 lớp tập huấn chính sách thuế cho hơn 1.500 lượt hộ kinh doanh. Hưng Hà hiện có 33/33 xã đạt chuẩn nông thôn mới, bình quân mỗi xã đạt 19 tiêu chí.

Cùng kỳ, toàn tỉnh thu ngân sách quý I đạt 1.012 tỷ đồng.

Ảnh: Cán bộ Chi cục Thuế huyện hướng dẫn người nộp thuế. Ảnh: Quang Huy
Quang Huy
""", ("34", "Thái Bình", "district", "Hưng Hà", "quarter", "2017-01-01", "2017-03-31"), [
    F("budget_revenue", "level", 86.5, unit="vnd_billion", ev="tổng thu ngân sách nhà nước trên địa bàn huyện đạt 86,5 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 31.2, basis="estimate", ev="bằng 31,2% dự toán năm"),
    F("budget_revenue", "change", 22, basis="yoy", ev="tăng 22% so với cùng kỳ năm 2016"),
    F("ntm_communes", "level", 33, unit="count", denom=33, pt="as_of", ps="2017-04-11", pe="2017-04-11", ev="Hưng Hà hiện có 33/33 xã đạt chuẩn nông thôn mới"),
    F("budget_revenue", "level", 1012, unit="vnd_billion", area=P("Thái Bình"), head="yes", ev="toàn tỉnh thu ngân sách quý I đạt 1.012 tỷ đồng"),
], url="https://baothaibinh.com.vn/tin-tuc/4/91245/hung-ha-thu-ngan-sach-quy-i-tang-22", pub="2017-04-11",
  tests="'cùng kỳ năm 2016' inside a 2017 Q1 report; district bare in title; province quote (toàn tỉnh, province named only in page furniture); 12 lớp/1.500 lượt, 19 tiêu chí/xã = non-facts", nonfacts=2)

QY = ("22", "Quảng Ninh", "town", "Quảng Yên", "midterm", "2020-01-01", "2023-06-16")
R("614_quang-yen-so-ket-giua-nhiem-ky.txt", """
THỊ XÃ QUẢNG YÊN SƠ KẾT GIỮA NHIỆM KỲ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ THỊ XÃ LẦN THỨ XXIII, NHIỆM KỲ 2020 - 2025

Ngày 16/6/2023, Thị ủy Quảng Yên tổ chức hội nghị sơ kết giữa nhiệm kỳ. Sau hơn 2,5 năm, thị xã đã đạt và vượt 14/22 chỉ tiêu chủ yếu của Nghị quyết.

Tổng thu ngân sách nhà nước trên địa bàn giữa nhiệm kỳ đạt 3.450 tỷ đồng, đạt 54% chỉ tiêu Nghị quyết. Công tác xây dựng nông thôn mới được quan tâm: đến nay 10/10 xã đạt chuẩn nông thôn mới, trong đó có 6 xã đạt chuẩn nâng cao và 02 xã đạt chuẩn nông thôn mới kiểu mẫu. Toàn Đảng bộ đã kết nạp 420 đảng viên mới.

Hội nghị cũng chỉ ra hạn chế: giải ngân vốn đầu tư công một số năm chưa đạt kế hoạch; thu hút đầu tư vào khu công nghiệp chưa tương xứng tiềm năng.

[Ảnh] Đồng chí Bí thư Thị ủy phát biểu tại hội nghị.
Nguồn: Cổng TTĐT thị xã Quảng Yên | Lượt truy cập: 2.031
""", QY[0:7], [
    F("budget_revenue", "level", 3450, unit="vnd_billion", ev="Tổng thu ngân sách nhà nước trên địa bàn giữa nhiệm kỳ đạt 3.450 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 54, basis="resolution", ev="đạt 54% chỉ tiêu Nghị quyết"),
    F("ntm_communes", "level", 10, unit="count", denom=10, pt="as_of", ps="2023-06-16", pe="2023-06-16", ev="đến nay 10/10 xã đạt chuẩn nông thôn mới"),
    F("ntm_advanced_communes", "level", 6, unit="count", pt="as_of", ps="2023-06-16", pe="2023-06-16", ev="có 6 xã đạt chuẩn nâng cao"),
    F("ntm_model_communes", "level", 2, unit="count", pt="as_of", ps="2023-06-16", pe="2023-06-16", ev="02 xã đạt chuẩn nông thôn mới kiểu mẫu"),
], url="https://quangyen.quangninh.gov.vn/tin-tuc/so-ket-giua-nhiem-ky-2020-2025", pub="2023-06-19",
  tests="town (thị xã) midterm 2020–2025; province only in URL; '02 xã' leading zero; 'giải ngân ... chưa đạt kế hoạch' is past years, no figure; 14/22 chỉ tiêu, 420 đảng viên = non-focus", nonfacts=1)

Y24 = dict(head="yes")
R("615_thu-ngan-sach-2024-cac-dia-phuong.txt", """
VnEconomy › Tài chính
Năm 2024: Những địa phương "góp" nhiều nhất cho ngân sách
Thứ Sáu, 10/01/2025, 06:30

Năm 2024, thu ngân sách nhà nước cả nước ước đạt khoảng 2,03 triệu tỷ đồng, vượt gần 19% dự toán. Theo tổng hợp từ báo cáo của các địa phương, Hà Nội tiếp tục dẫn đầu với 511.500 tỷ đồng, vượt 23,6% dự toán. TP.HCM đứng thứ hai với 502.400 tỷ đồng, đạt 105,1% dự toán.

Các vị trí tiếp theo thuộc về Hải Phòng (113.600 tỷ đồng), Bình Dương (72.100 tỷ đồng) và Quảng Ninh với khoảng 55.800 tỷ đồng. Đáng chú ý, Bắc Ninh thu ngân sách giảm 5% so với năm trước do thu từ khối doanh nghiệp FDI sụt giảm.

Có 16 địa phương tự cân đối được ngân sách và có điều tiết về Trung ương.

Ảnh minh họa: Giao dịch tại Cục Thuế Hà Nội.

Thanh Xuân
""", ("", "", "national", "Việt Nam", "year", "2024-01-01", "2024-12-31"), [
    F("budget_revenue", "level", 511500, unit="vnd_billion", area=P("Hà Nội"), ev="Hà Nội tiếp tục dẫn đầu với 511.500 tỷ đồng", **Y24),
    F("budget_revenue", "pct_of_plan", 123.6, basis="estimate", area=P("Hà Nội"), ev="vượt 23,6% dự toán", **Y24),
    F("budget_revenue", "level", 502400, unit="vnd_billion", area=P("Thành phố Hồ Chí Minh"), ev="TP.HCM đứng thứ hai với 502.400 tỷ đồng", **Y24),
    F("budget_revenue", "pct_of_plan", 105.1, basis="estimate", area=P("Thành phố Hồ Chí Minh"), ev="đạt 105,1% dự toán", **Y24),
    F("budget_revenue", "level", 113600, unit="vnd_billion", area=P("Hải Phòng"), ev="Hải Phòng (113.600 tỷ đồng)", **Y24),
    F("budget_revenue", "level", 72100, unit="vnd_billion", area=P("Bình Dương"), ev="Bình Dương (72.100 tỷ đồng)", **Y24),
    F("budget_revenue", "level", 55800, unit="vnd_billion", approx="about", area=P("Quảng Ninh"), ev="Quảng Ninh với khoảng 55.800 tỷ đồng", **Y24),
    F("budget_revenue", "change", -5, basis="yoy", area=P("Bắc Ninh"), ev="Bắc Ninh thu ngân sách giảm 5% so với năm trước"),
], url="https://vneconomy.vn/nam-2024-nhung-dia-phuong-gop-nhieu-nhat-cho-ngan-sach.htm", pub="2025-01-10",
  tests="roundup budget: one fact per province; TP.HCM alias; national total 2,03 triệu tỷ & 'vượt gần 19%', '16 địa phương' = non-facts", nonfacts=3)

HT = ("42", "Hà Tĩnh", "province", "Hà Tĩnh", "half_year", "2016-01-01", "2016-06-30")
R("616_ha-tinh-ktxh-6-thang-2016.txt", """
CỤC THỐNG KÊ HÀ TĨNH
BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ II VÀ 6 THÁNG ĐẦU NĂM 2016
(Số: 312/BC-CTK, ngày 28 tháng 6 năm 2016)

...
V. TÀI CHÍNH - ĐẦU TƯ
1. Thu, chi ngân sách
- Tổng thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 3.120,6 tỷ đồng, bằng 58,3% dự toán, tăng 15% so với cùng kỳ;
  + Thu nội địa: 2.204,3 tỷ đồng, bằng 51,2% dự toán;
  + Thu thuế xuất nhập khẩu: 916,3 tỷ đồng.
- Tổng chi ngân sách địa phương: 5.430 tỷ đồng, bằng 46,8% dự toán.
2. Đầu tư
- Giải ngân vốn đầu tư xây dựng cơ bản nguồn ngân sách nhà nước do địa phương quản lý
  đạt 1.130 tỷ đồng, bằng 40,2% kế hoạch.
- Quý II, riêng vốn trái phiếu Chính phủ giải ngân đạt 214 tỷ đồng.
...
Nơi nhận: Tổng cục Thống kê; TT Tỉnh ủy, UBND tỉnh; Lưu: VT, TH.
""", HT, [
    F("budget_revenue", "level", 3120.6, unit="vnd_billion", approx="about", head="yes", ev="Tổng thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 3.120,6 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 58.3, basis="estimate", head="yes", ev="bằng 58,3% dự toán"),
    F("budget_revenue", "change", 15, basis="yoy", ev="tăng 15% so với cùng kỳ"),
    F("domestic_revenue", "level", 2204.3, unit="vnd_billion", ev="Thu nội địa: 2.204,3 tỷ đồng"),
    F("domestic_revenue", "pct_of_plan", 51.2, basis="estimate", ev="bằng 51,2% dự toán;"),
    F("budget_expenditure", "level", 5430, unit="vnd_billion", ev="Tổng chi ngân sách địa phương: 5.430 tỷ đồng"),
    F("budget_expenditure", "pct_of_plan", 46.8, basis="estimate", ev="bằng 46,8% dự toán."),
    F("disbursement", "level", 1130, unit="vnd_billion", head="yes", ev="đạt 1.130 tỷ đồng"),
    F("disbursement", "pct_of_plan", 40.2, basis="plan", head="yes", ev="bằng 40,2% kế hoạch"),
    F("disbursement", "level", 214, unit="vnd_billion", pt="quarter", ps="2016-04-01", pe="2016-06-30", ev="riêng vốn trái phiếu Chính phủ giải ngân đạt 214 tỷ đồng"),
], url="https://thongke.hatinh.gov.vn/bao-cao/tinh-hinh-kinh-te-xa-hoi-quy-ii-va-6-thang-dau-nam-2016", pub="2016-06-28",
  tests="statistics bulletin, Q2 + 6 tháng → half_year; bullet layout; thuế XNK line item = non-fact; quarter-only TPCP disbursement sub-figure", nonfacts=1)

CS = ("64", "Gia Lai", "district", "Chư Sê", "year", "2019-01-01", "2019-12-31")
R("617_chu-se-ky-hop-hdnd-cuoi-nam-2019.txt", """
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ
HĐND HUYỆN CHƯ SÊ KHÓA XI TỔ CHỨC KỲ HỌP THỨ 11
20/12/2019 | Phòng VH-TT huyện

Sáng 18-12, HĐND huyện khai mạc kỳ họp thứ 11 đánh giá kết quả thực hiện nhiệm vụ năm 2019.

Năm 2019, tổng thu ngân sách nhà nước trên địa bàn huyện ước đạt 162,8 tỷ đồng, đạt 116% dự toán tỉnh giao, 108% Nghị quyết HĐND huyện. Trong đó, thu ngân sách do huyện quản lý đạt 131 tỷ đồng; thu mới (không kể tiền sử dụng đất) đạt 98,6 tỷ đồng. Thu ngân sách địa phương hưởng (kể cả bổ sung từ ngân sách cấp trên) là 605 tỷ đồng.

Huyện hiện có 6/14 xã đạt chuẩn nông thôn mới. Năm 2020, huyện phấn đấu thu ngân sách trên địa bàn 175 tỷ đồng và có thêm 2 xã đạt chuẩn. Tổng dư nợ Phòng giao dịch Ngân hàng Chính sách xã hội huyện đạt 312 tỷ đồng.

Ảnh: Toàn cảnh kỳ họp
Chia sẻ: [f] [t] [zalo]
""", CS, [
    F("budget_revenue", "level", 162.8, unit="vnd_billion", approx="about", ev="tổng thu ngân sách nhà nước trên địa bàn huyện ước đạt 162,8 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 116, basis="estimate", ev="đạt 116% dự toán tỉnh giao"),
    F("budget_revenue", "pct_of_plan", 108, basis="resolution", ev="108% Nghị quyết HĐND huyện"),
    F("budget_revenue", "level", 131, unit="vnd_billion", ev="thu ngân sách do huyện quản lý đạt 131 tỷ đồng"),
    F("budget_revenue", "level", 98.6, unit="vnd_billion", ev="thu mới (không kể tiền sử dụng đất) đạt 98,6 tỷ đồng"),
    F("budget_revenue", "level", 605, unit="vnd_billion", ev="Thu ngân sách địa phương hưởng (kể cả bổ sung từ ngân sách cấp trên) là 605 tỷ đồng"),
    F("ntm_communes", "level", 6, unit="count", denom=14, pt="as_of", ps="2019-12-18", pe="2019-12-18", ev="Huyện hiện có 6/14 xã đạt chuẩn nông thôn mới"),
], url="https://chuse.gialai.gov.vn/tin-tuc-su-kien/hdnd-huyen-chu-se-khoa-xi-to-chuc-ky-hop-thu-11.html", pub="2019-12-20",
  tests="one value vs two plans (estimate + resolution); sub-totals do huyện quản lý / thu mới / NSĐP hưởng; province only in URL; target 175 tỷ and 2 xã, NHCSXH = non-facts", nonfacts=3)

DL = ("province", "Đắk Lắk", "Đắk Lắk")
R("618_xa-dong-xuan-6-thang-cuoi-nam-2025.txt", """
Xã Đồng Xuân tổng kết 6 tháng vận hành chính quyền địa phương 2 cấp
Thứ Ba, 06/01/2026

(dồng xuân) Ngày 5/1, UBND xã Đồng Xuân tổ chức hội nghị tổng kết nhiệm vụ 6 tháng cuối năm 2025 (từ 1/7 đến 31/12/2025).

Thu ngân sách trên địa bàn xã 6 tháng cuối năm đạt 8,6 tỷ đồng, vượt 12,5% dự toán; xã đã giải ngân 27,3 tỷ đồng vốn đầu tư công, đạt 100% kế hoạch. Xã có 3/14 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu.

Theo Sở Tài chính, năm 2025 toàn tỉnh Đắk Lắk giải ngân vốn đầu tư công đạt 86,4% kế hoạch.

Ảnh: Lãnh đạo xã tặng giấy khen cho các thôn.
Lê Hòa (Trung tâm Dịch vụ tổng hợp xã)
Lượt xem: 318
""", ("66", "Đắk Lắk", "commune", "Đồng Xuân", "half_year", "2025-07-01", "2025-12-31"), [
    F("budget_revenue", "level", 8.6, unit="vnd_billion", ev="Thu ngân sách trên địa bàn xã 6 tháng cuối năm đạt 8,6 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 112.5, basis="estimate", ev="vượt 12,5% dự toán"),
    F("disbursement", "level", 27.3, unit="vnd_billion", ev="xã đã giải ngân 27,3 tỷ đồng vốn đầu tư công"),
    F("disbursement", "pct_of_plan", 100, basis="plan", ev="đạt 100% kế hoạch"),
    F("disbursement", "pct_of_plan", 86.4, basis="plan", pt="year", ps="2025-01-01", pe="2025-12-31", area=DL, head="yes", ev="năm 2025 toàn tỉnh Đắk Lắk giải ngân vốn đầu tư công đạt 86,4% kế hoạch"),
], url="https://dongxuan.daklak.gov.vn/tin-tuc/tong-ket-6-thang-van-hanh-chinh-quyen-dia-phuong-2-cap", pub="2026-01-06",
  tests="post-2025 commune (former Phú Yên, now Đắk Lắk); 6 tháng cuối năm = half_year Jul–Dec; 'vượt 12,5%' → 112.5; thôn kiểu mẫu = hamlets (non-fact); province quote", nonfacts=1)
