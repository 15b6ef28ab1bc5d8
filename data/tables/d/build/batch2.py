from common import R, F

R("607_so-ket-6-thang-2023-thanh-pho.txt", """
Trang chủ > Tin tức - Sự kiện > Kinh tế
Sơ kết tình hình kinh tế - xã hội 6 tháng đầu năm 2023
Ngày 05/07/2023 | Lượt xem: 642

Sáng 4/7, UBND thành phố tổ chức hội nghị sơ kết tình hình kinh tế - xã hội quý II và 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Dự hội nghị có khoảng 150 đại biểu.

Theo báo cáo, tổng thu ngân sách nhà nước trên địa bàn 6 tháng đạt 2.314 tỷ đồng, bằng 48,2% dự toán, bằng 87% so với cùng kỳ. Trong đó, thu ngân sách do thành phố quản lý 1.126 tỷ đồng, đạt 51,3% dự toán; thu tiền sử dụng đất đạt 310 tỷ đồng. Thu cân đối ngân sách thành phố 842 tỷ đồng.

Giải ngân vốn đầu tư công 6 tháng đạt 38,6% kế hoạch (436/1.130 tỷ đồng); nhìn chung tiến độ giải ngân còn chậm, nhất là các dự án giao thông.

Ảnh: Chủ tịch UBND thành phố phát biểu kết luận hội nghị.

Năm 2023, thành phố phấn đấu thu ngân sách đạt 4.800 tỷ đồng theo dự toán tỉnh giao.

Ban Biên tập - Trung tâm Văn hóa, Thông tin và Thể thao thành phố
""", ("74", "Bình Dương", "city", "Tân Uyên", "half_year", "2023-01-01", "2023-06-30"), [
    F("budget_revenue", "level", 2314, unit="vnd_billion", ev="tổng thu ngân sách nhà nước trên địa bàn 6 tháng đạt 2.314 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 48.2, basis="estimate", ev="bằng 48,2% dự toán"),
    F("budget_revenue", "change", -13, basis="yoy", ev="bằng 87% so với cùng kỳ"),
    F("budget_revenue", "level", 1126, unit="vnd_billion", ev="thu ngân sách do thành phố quản lý 1.126 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 51.3, basis="estimate", ev="đạt 51,3% dự toán"),
    F("budget_revenue", "level", 842, unit="vnd_billion", ev="Thu cân đối ngân sách thành phố 842 tỷ đồng"),
    F("disbursement", "pct_of_plan", 38.6, basis="plan", ev="Giải ngân vốn đầu tư công 6 tháng đạt 38,6% kế hoạch"),
    F("disbursement", "level", 436, unit="vnd_billion", ev="(436/1.130 tỷ đồng)"),
    F("disbursement", "assessment", ass="slow", ev="tiến độ giải ngân còn chậm"),
], url="https://tanuyen.binhduong.gov.vn/tin-tuc/kinh-te/so-ket-tinh-hinh-kinh-te-xa-hoi-6-thang-dau-nam-2023", pub="2023-07-05",
  tests="unit named only in URL (tanuyen.binhduong.gov.vn); Q2 meeting on 6 tháng → half_year; 'bằng 87%' → −13 yoy; sub-totals (do TP quản lý, thu cân đối); 436/1.130; target 4.800, tiền SDĐ, 150 đại biểu = non-facts", nonfacts=4)

NTM22 = dict(unit="count", pt="as_of", ps="2022-12-31", pe="2022-12-31")
def P(n): return ("province", n, n)
R("608_dbscl-nong-thon-moi-2022.txt", """
NÔNG THÔN MỚI VÙNG ĐỒNG BẰNG SÔNG CỬU LONG: NHIỀU ĐỊA PHƯƠNG VỀ ĐÍCH SỚM
Cần Thơ, 16/1/2023 - Báo Cần Thơ điện tử
Chuyên mục: Kinh tế > Nông nghiệp - Nông thôn

Theo Văn phòng Điều phối nông thôn mới Trung ương, tính đến cuối năm 2022, toàn vùng Đồng bằng sông Cửu Long có 1.039/1.256 xã đạt chuẩn nông thôn mới, tăng 64 xã so với năm 2021; bình quân đạt 18,2 tiêu chí/xã.

Dẫn đầu vùng là TP Cần Thơ với 36/36 xã đạt chuẩn (100%). Tiền Giang có 129 trong tổng số 139 xã đạt chuẩn, Trà Vinh 82/85 xã. Long An hiện có 137/161 xã đạt chuẩn; riêng Bến Tre đã có 3 huyện được công nhận đạt chuẩn nông thôn mới. Cà Mau còn khó khăn hơn với 62/82 xã.

Nhiều địa phương cũng chú trọng xây dựng "xã văn hóa nông thôn mới", gắn với phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".

Ảnh: Một tuyến đường nông thôn mới tại huyện Phong Điền, TP Cần Thơ. Ảnh: DUY KHÔI

KHÁNH TRUNG
Chia sẻ bài viết | Gửi phản hồi | Bản in
""", ("", "", "national", "Việt Nam", "as_of", "2022-12-31", "2022-12-31"), [
    F("ntm_communes", "level", 36, denom=36, area=P("Cần Thơ"), head="yes", ev="TP Cần Thơ với 36/36 xã đạt chuẩn", **NTM22),
    F("ntm_communes", "share", 100, area=P("Cần Thơ"), pt="as_of", ps="2022-12-31", pe="2022-12-31", ev="36/36 xã đạt chuẩn (100%)"),
    F("ntm_communes", "level", 129, denom=139, area=P("Tiền Giang"), head="yes", ev="Tiền Giang có 129 trong tổng số 139 xã đạt chuẩn", **NTM22),
    F("ntm_communes", "level", 82, denom=85, area=P("Trà Vinh"), head="yes", ev="Trà Vinh 82/85 xã", **NTM22),
    F("ntm_communes", "level", 137, denom=161, area=P("Long An"), head="yes", ev="Long An hiện có 137/161 xã đạt chuẩn", **NTM22),
    F("ntm_districts", "level", 3, area=P("Bến Tre"), ev="Bến Tre đã có 3 huyện được công nhận đạt chuẩn nông thôn mới", **NTM22),
    F("ntm_communes", "level", 62, denom=82, area=P("Cà Mau"), head="yes", ev="Cà Mau còn khó khăn hơn với 62/82 xã", **NTM22),
], url="https://baocantho.com.vn/nong-thon-moi-vung-dong-bang-song-cuu-long-nhieu-dia-phuong-ve-dich-som-a158802.html", pub="2023-01-16",
  tests="roundup NTM: one fact per province, '129 trong tổng số 139'; region total 1.039/1.256, 'tăng 64 xã', 18,2 tiêu chí/xã, xã văn hóa NTM = non-facts", nonfacts=4)

R("609_muong-khuong-5-nam-ntm.txt", """
Báo Lào Cai điện tử - Kinh tế
MƯỜNG KHƯƠNG SAU 5 NĂM XÂY DỰNG NÔNG THÔN MỚI
14/10/2020 07:30

Giai đoạn 2016 – 2020, dù là huyện vùng cao biên giới với điểm xuất phát thấp, Mường Khương đã tập trung mọi nguồn lực cho xây dựng nông thôn mới.

Đến nay, toàn huyện có 6/15 xã đạt chuẩn nông thôn mới, trong đó 1 xã đạt chuẩn nông thôn mới nâng cao; 48 thôn, bản được công nhận đạt chuẩn nông thôn mới. Các xã còn lại bình quân đạt 14,2 tiêu chí/xã; còn 9 xã chưa đạt chuẩn.

Sau 5 năm, thu ngân sách trên địa bàn huyện đạt 1.026 tỷ đồng, bình quân tăng 15,2%/năm. Huyện đã chọn 3 xã điểm để chỉ đạo xây dựng nông thôn mới nâng cao; giai đoạn 2021-2025 phấn đấu có thêm 4 xã đạt chuẩn.

(Ảnh: Bà con xã Bản Lầu thu hoạch chuối. Ảnh: Minh Thư - TTXVN)

Đức Anh - Mạnh Hùng
TIN LIÊN QUAN
- Bát Xát: Hiệu quả từ các mô hình phát triển kinh tế
- Lào Cai sơ kết 5 năm thực hiện chương trình MTQG
""", ("10", "Lào Cai", "district", "Mường Khương", "term", "2016-01-01", "2020-12-31"), [
    F("ntm_communes", "level", 6, unit="count", denom=15, pt="as_of", ps="2020-10-14", pe="2020-10-14", ev="toàn huyện có 6/15 xã đạt chuẩn nông thôn mới"),
    F("ntm_advanced_communes", "level", 1, unit="count", pt="as_of", ps="2020-10-14", pe="2020-10-14", ev="1 xã đạt chuẩn nông thôn mới nâng cao"),
    F("budget_revenue", "level", 1026, unit="vnd_billion", ev="thu ngân sách trên địa bàn huyện đạt 1.026 tỷ đồng"),
    F("budget_revenue", "change", 15.2, basis="annual_avg", ev="bình quân tăng 15,2%/năm"),
], url="https://baolaocai.vn/kinh-te/muong-khuong-sau-5-nam-xay-dung-nong-thon-moi-post312045.html", pub="2020-10-14",
  tests="term 2016–2020 cumulative ('sau 5 năm') → term; hamlets 48 thôn bản, 14,2 tiêu chí/xã, 'còn 9 xã', 'chọn 3 xã điểm', target 4 xã = non-facts; annual_avg", nonfacts=5)

ST = dict(pt="ytd", ps="2018-01-01", pe="2018-10-31")
R("610_soc-trang-thang-10-2018.txt", """
Báo Sóc Trăng Online  |  Thứ Sáu, 02/11/2018

Tháng 10: Thu ngân sách tăng khá, giải ngân vẫn là "điểm nghẽn"

Tại phiên họp thường kỳ UBND tỉnh tháng 10/2018 diễn ra ngày 1/11, Sở Tài chính báo cáo: thu ngân sách nhà nước trên địa bàn trong tháng đạt 215 tỷ 340 triệu đồng; lũy kế 10 tháng đạt 3.012,5 tỷ đồng, đạt 85,2% dự toán HĐND tỉnh giao. Trong đó, riêng thu xổ số kiến thiết đã được 1.120 tỷ đồng.

Tổng chi ngân sách địa phương 10 tháng là 7.245.310 triệu đồng, bằng 71,6% dự toán.

Về đầu tư công, lũy kế đến ngày 31/10, toàn tỉnh giải ngân 2.150/3.512 tỷ đồng, tỷ lệ 61,2% kế hoạch; một số chủ đầu tư giải ngân còn thấp.

Ảnh: Quang cảnh phiên họp. (Ảnh: Trung Nghĩa)

TRUNG NGHĨA
Ý kiến bạn đọc (0) | Gửi bài viết cho bạn bè
""", ("94", "Sóc Trăng", "province", "Sóc Trăng", "month", "2018-10-01", "2018-10-31"), [
    F("budget_revenue", "level", 215.34, unit="vnd_billion", head="yes", ev="thu ngân sách nhà nước trên địa bàn trong tháng đạt 215 tỷ 340 triệu đồng"),
    F("budget_revenue", "level", 3012.5, unit="vnd_billion", head="yes", ev="lũy kế 10 tháng đạt 3.012,5 tỷ đồng", **ST),
    F("budget_revenue", "pct_of_plan", 85.2, basis="estimate", head="yes", ev="đạt 85,2% dự toán HĐND tỉnh giao", **ST),
    F("budget_expenditure", "level", 7245.31, unit="vnd_billion", ev="Tổng chi ngân sách địa phương 10 tháng là 7.245.310 triệu đồng", **ST),
    F("budget_expenditure", "pct_of_plan", 71.6, basis="estimate", ev="bằng 71,6% dự toán", **ST),
    F("disbursement", "level", 2150, unit="vnd_billion", head="yes", ev="toàn tỉnh giải ngân 2.150/3.512 tỷ đồng", **ST),
    F("disbursement", "pct_of_plan", 61.2, basis="plan", head="yes", ev="tỷ lệ 61,2% kế hoạch", **ST),
], url="https://baosoctrang.org.vn/kinh-te/201811/thang-10-thu-ngan-sach-tang-kha-giai-ngan-van-la-diem-nghen-5612340/", pub="2018-11-02",
  tests="month vs 10-month ytd; '215 tỷ 340 triệu'; expenditure in triệu đồng; 2.150/3.512 actual/plan; xổ số line item and 'một số chủ đầu tư thấp' (not the province) = non-facts", nonfacts=2)

AG = ("province", "An Giang", "An Giang")
R("611_phuong-long-xuyen-quy-3-2025.txt", """
UBND PHƯỜNG LONG XUYÊN
Trang chủ › Tin tức › Hoạt động của phường

Phường Long Xuyên: Hoàn thành tốt nhiệm vụ quý III/2025
Đăng ngày: 07/10/2025 - 16:05

Ngày 6/10, Đảng ủy - HĐND - UBND phường tổ chức hội nghị đánh giá kết quả 3 tháng hoạt động theo mô hình chính quyền địa phương hai cấp (từ ngày 1/7 đến 30/9/2025).

Theo báo cáo, thu ngân sách trên địa bàn phường trong 3 tháng đạt 96,4 tỷ đồng, bằng 27,5% dự toán năm. Giải ngân vốn đầu tư công được phân bổ về phường 18,7/44 tỷ đồng, đạt 42,5% kế hoạch. Phường hiện có 24 khu phố; trong quý đã hỗ trợ xây mới 35 căn nhà Đại đoàn kết.

Cũng tại hội nghị, đại diện Sở Tài chính cho biết toàn tỉnh An Giang thu ngân sách 9 tháng ước đạt 19.850 tỷ đồng, đạt 81,3% dự toán.

(Ảnh: Lãnh đạo phường trao giấy khen cho các tập thể. Ảnh: Thanh Tâm)

Thanh Tâm - Phường Long Xuyên
""", ("91", "An Giang", "ward", "Long Xuyên", "quarter", "2025-07-01", "2025-09-30"), [
    F("budget_revenue", "level", 96.4, unit="vnd_billion", ev="thu ngân sách trên địa bàn phường trong 3 tháng đạt 96,4 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 27.5, basis="estimate", ev="bằng 27,5% dự toán năm"),
    F("disbursement", "level", 18.7, unit="vnd_billion", ev="Giải ngân vốn đầu tư công được phân bổ về phường 18,7/44 tỷ đồng"),
    F("disbursement", "pct_of_plan", 42.5, basis="plan", ev="đạt 42,5% kế hoạch"),
    F("budget_revenue", "level", 19850, unit="vnd_billion", approx="about", pt="nine_months", ps="2025-01-01", pe="2025-09-30", area=AG, head="yes", ev="toàn tỉnh An Giang thu ngân sách 9 tháng ước đạt 19.850 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 81.3, basis="estimate", pt="nine_months", ps="2025-01-01", pe="2025-09-30", area=AG, head="yes", ev="đạt 81,3% dự toán"),
], url="https://phuonglongxuyen.angiang.gov.vn/tin-tuc/hoat-dong/hoan-thanh-tot-nhiem-vu-quy-iii-2025", pub="2025-10-07",
  tests="post-2025 ward reporting to new An Giang; quarter 1/7–30/9; province 9-month figure quoted; 24 khu phố, 35 nhà Đại đoàn kết = non-facts", nonfacts=2)

PT = dict(pt="ytd", ps="2025-01-01", pe="2025-11-30")
R("612_phu-tho-phien-hop-thang-11-2025.txt", """
PHÚ THỌ: THU NGÂN SÁCH 11 THÁNG VƯỢT DỰ TOÁN CẢ NĂM
Báo Phú Thọ | 03/12/2025

Chiều 2/12, UBND tỉnh Phú Thọ họp phiên thường kỳ tháng 11 năm 2025, đánh giá tình hình kinh tế - xã hội 11 tháng.

Tổng thu ngân sách nhà nước trên địa bàn 11 tháng ước đạt 38.540 tỷ đồng, bằng 112,4% dự toán, tăng 21,6% so cùng kỳ; riêng thu tiền sử dụng đất vượt 9.000 tỷ đồng.

Kế hoạch vốn đầu tư công năm 2025 của tỉnh sau hợp nhất được giao 25.050 tỷ đồng. Đến ngày 30/11, toàn tỉnh giải ngân 17.260 tỷ đồng, bằng 68,9% kế hoạch. Tuy nhiên, tiến độ giải ngân vẫn chậm so với yêu cầu, trên 60 xã, phường có tỷ lệ giải ngân dưới 50%.

Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương phấn đấu đến 31/12 giải ngân 100% kế hoạch vốn.

Ảnh: Quang cảnh phiên họp. Ảnh: Thu Hà
Thu Hà
Tin liên quan
Phú Thọ công bố quyết định thành lập 148 đơn vị hành chính cấp xã
""", ("25", "Phú Thọ", "province", "Phú Thọ", "ytd", "2025-01-01", "2025-11-30"), [
    F("budget_revenue", "level", 38540, unit="vnd_billion", approx="about", head="yes", ev="Tổng thu ngân sách nhà nước trên địa bàn 11 tháng ước đạt 38.540 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 112.4, basis="estimate", head="yes", ev="bằng 112,4% dự toán"),
    F("budget_revenue", "change", 21.6, basis="yoy", ev="tăng 21,6% so cùng kỳ"),
    F("disbursement", "level", 17260, unit="vnd_billion", head="yes", ev="toàn tỉnh giải ngân 17.260 tỷ đồng"),
    F("disbursement", "pct_of_plan", 68.9, basis="plan", head="yes", ev="bằng 68,9% kế hoạch"),
    F("disbursement", "assessment", ass="slow", ev="tiến độ giải ngân vẫn chậm so với yêu cầu"),
], url="https://baophutho.vn/kinh-te/thu-ngan-sach-11-thang-vuot-du-toan-ca-nam-241502.htm", pub="2025-12-03",
  tests="post-2025 merged province (34); allocation 25.050, tiền SDĐ, '60 xã dưới 50%', target 100%, 148 đơn vị = non-facts", nonfacts=5)
