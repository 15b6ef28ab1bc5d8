P = lambda n: ("province", n, n)
d = Doc("1413_lam-dong-thang-11-2025.txt", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Kinh tế | Tài chính
Tháng 11/2025: Lâm Đồng thu ngân sách hơn 2.100 tỷ đồng
Thứ Tư, 03/12/2025, 07:48 (GMT+7)
UBND tỉnh Lâm Đồng vừa ban hành báo cáo tình hình kinh tế - xã hội tháng 11 năm 2025. Theo đó, thu ngân sách nhà nước trên địa bàn trong tháng 11 ước đạt 2.150 tỷ đồng; lũy kế 11 tháng đạt 24.380 tỷ đồng, bằng 96,4% dự toán, tăng 12,7% so với cùng kỳ.
Dự toán thu ngân sách năm 2025 của tỉnh (sau hợp nhất) được giao 25.300 tỷ đồng.
Giải ngân vốn đầu tư công trong tháng đạt 1.320 tỷ đồng; lũy kế từ đầu năm đến ngày 30/11 giải ngân 12.870 tỷ đồng, đạt 63,9% kế hoạch.
Ảnh: Thu hoạch cà phê tại xã Đắk Mil. (Ảnh: Viết Trinh)
Trong tháng, tỉnh thu hút 1,02 triệu lượt khách du lịch, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước 11.900 tỷ đồng.
VIẾT TRINH
Bình luận (0)
""", "68", "Lâm Đồng", "province", "Lâm Đồng", "month", "2025-11-01", "2025-11-30", pub="2025-12-03")
Y = ("ytd", "2025-01-01", "2025-11-30")
d.F("budget_revenue", "level", 2150, "thu ngân sách nhà nước trên địa bàn trong tháng 11 ước đạt 2.150 tỷ đồng", approx="about", h=True)
d.F("budget_revenue", "level", 24380, "lũy kế 11 tháng đạt 24.380 tỷ đồng", per=Y, h=True)
d.F("budget_revenue", "pct_of_plan", 96.4, "bằng 96,4% dự toán", basis="estimate", per=Y, h=True)
d.F("budget_revenue", "change", 12.7, "tăng 12,7% so với cùng kỳ", basis="yoy", per=Y)
d.F("disbursement", "level", 1320, "Giải ngân vốn đầu tư công trong tháng đạt 1.320 tỷ đồng", h=True)
d.F("disbursement", "level", 12870, "lũy kế từ đầu năm đến ngày 30/11 giải ngân 12.870 tỷ đồng", per=Y, h=True)
d.F("disbursement", "pct_of_plan", 63.9, "đạt 63,9% kế hoạch", basis="plan", per=Y, h=True)

d = Doc("1414_xa-khoai-chau-thang-10-2025.txt", """
Trang chủ > Tin tức > Tin hoạt động
Khoái Châu: Lũy kế thu ngân sách từ khi vận hành chính quyền 2 cấp đạt 41% dự toán
Đăng lúc: 05/11/2025
Ngày 4/11, Đảng ủy xã Khoái Châu (tỉnh Hưng Yên) tổ chức hội nghị đánh giá kết quả tháng 10, triển khai nhiệm vụ tháng 11/2025.
Báo cáo cho biết, thu ngân sách nhà nước trên địa bàn xã trong tháng 10 đạt 3,2 tỷ đồng; lũy kế từ ngày 1/7 đến 31/10 đạt 11,6 tỷ đồng, đạt 41% dự toán. Chi ngân sách xã lũy kế 8.940 triệu đồng. Trên địa bàn xã hiện có 6/9 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu.
Tháng 10, Ngày hội Đại đoàn kết toàn dân tộc tại các thôn thu hút khoảng 850 lượt người tham dự.
Ảnh: Đồng chí Bí thư Đảng ủy xã kết luận hội nghị. (Ảnh: P.V)
Trong tháng 11, xã tập trung thu tiền sử dụng đất, phấn đấu cả năm đạt dự toán.
Phương Vy
""", "33", "Hưng Yên", "commune", "Khoái Châu", "month", "2025-10-01", "2025-10-31", pub="2025-11-05")
Y2 = ("ytd", "2025-07-01", "2025-10-31")
d.F("budget_revenue", "level", 3.2, "thu ngân sách nhà nước trên địa bàn xã trong tháng 10 đạt 3,2 tỷ đồng")
d.F("budget_revenue", "level", 11.6, "lũy kế từ ngày 1/7 đến 31/10 đạt 11,6 tỷ đồng", per=Y2)
d.F("budget_revenue", "pct_of_plan", 41, "đạt 41% dự toán", basis="estimate", per=Y2)
d.F("budget_expenditure", "level", 8.94, "Chi ngân sách xã lũy kế 8.940 triệu đồng", per=Y2)

d = Doc("1415_phong-van-chu-tich-ninh-binh-2025.txt", """
Trang chủ > Thời sự > Phỏng vấn
Chủ tịch UBND tỉnh Ninh Bình: "Năm bản lề của không gian phát triển mới"
22/12/2025 | 09:10
Năm 2025 là năm đặc biệt với Ninh Bình khi ba tỉnh Hà Nam, Nam Định, Ninh Bình hợp nhất. Phóng viên TTXVN đã phỏng vấn Chủ tịch UBND tỉnh về kết quả đạt được.
PV: Thưa ông, năm 2025 ngân sách của tỉnh đạt kết quả ra sao?
Chủ tịch UBND tỉnh: Ước cả năm 2025, thu ngân sách nhà nước trên địa bàn đạt 61.500 tỷ đồng, vượt 18% dự toán Trung ương giao; riêng thu nội địa khoảng 57.200 tỷ đồng. Sau 5 năm 2021-2025, thu ngân sách của ba địa phương cũ cộng lại bình quân tăng 14,2%/năm.
Về đầu tư công, đến ngày 20/12, toàn tỉnh giải ngân đạt 86,4% kế hoạch, thuộc nhóm cao của cả nước.
PV: Mục tiêu năm 2026 là gì, thưa ông?
Chủ tịch UBND tỉnh: Tỉnh phấn đấu thu ngân sách 65.000 tỷ đồng, tăng trưởng GRDP hai con số. Hội nghị xúc tiến đầu tư vừa qua với hơn 500 đại biểu là tín hiệu tốt.
Ảnh: Chủ tịch UBND tỉnh Ninh Bình trả lời phỏng vấn. (Ảnh: Đức Phương/TTXVN)
Đức Phương - TTXVN
""", "37", "Ninh Bình", "province", "Ninh Bình", "year", "2025-01-01", "2025-12-31", pub="2025-12-22")
d.F("budget_revenue", "level", 61500, "thu ngân sách nhà nước trên địa bàn đạt 61.500 tỷ đồng", approx="about", h=True)
d.F("budget_revenue", "pct_of_plan", 118, "vượt 18% dự toán Trung ương giao", basis="estimate", h=True)
d.F("domestic_revenue", "level", 57200, "riêng thu nội địa khoảng 57.200 tỷ đồng", approx="about")
d.F("budget_revenue", "change", 14.2, "bình quân tăng 14,2%/năm", basis="annual_avg", per=("term", "2021-01-01", "2025-12-31"))
d.F("disbursement", "pct_of_plan", 86.4, "đến ngày 20/12, toàn tỉnh giải ngân đạt 86,4% kế hoạch", basis="plan", per=("ytd", "2025-01-01", "2025-12-20"), h=True)

d = Doc("1416_ha-tinh-phien-hop-thang-6-2018.txt", """
Hà Tĩnh: Phiên họp UBND tỉnh thường kỳ tháng 6/2018
Trang chủ > Tin tức - Sự kiện > Chỉ đạo điều hành
Ngày đăng: 29/06/2018 | Người đăng: Văn phòng UBND tỉnh
Ngày 28/6, UBND tỉnh Hà Tĩnh họp phiên thường kỳ tháng 6, đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2018.
Thu ngân sách 6 tháng ước đạt 4.315 tỷ đồng, bằng 62% dự toán năm, trong đó thu nội địa 2.650 tỷ đồng, thu từ hoạt động xuất nhập khẩu 1.665 tỷ đồng. Giải ngân vốn đầu tư công mới đạt 38,6% kế hoạch, thấp hơn cùng kỳ.
Về xây dựng nông thôn mới, toàn tỉnh có 131/229 xã đạt chuẩn (tăng 10 xã so với cuối năm 2017), 03 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM; 18/30 xã đăng ký về đích năm 2018 đã đạt từ 15 tiêu chí trở lên.
(Ảnh: Toàn cảnh phiên họp - Ảnh: Thu Hà)
Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các ngành tập trung chống thất thu, đẩy nhanh giải ngân, phấn đấu cả năm thu ngân sách trên 10.500 tỷ đồng.
Thu Hà
""", "42", "Hà Tĩnh", "province", "Hà Tĩnh", "half_year", "2018-01-01", "2018-06-30", pub="2018-06-29")
AS = ("as_of", "2018-06-28", "2018-06-28")
d.F("budget_revenue", "level", 4315, "Thu ngân sách 6 tháng ước đạt 4.315 tỷ đồng", approx="about", h=True)
d.F("budget_revenue", "pct_of_plan", 62, "bằng 62% dự toán năm", basis="estimate", h=True)
d.F("domestic_revenue", "level", 2650, "thu nội địa 2.650 tỷ đồng")
d.F("disbursement", "pct_of_plan", 38.6, "Giải ngân vốn đầu tư công mới đạt 38,6% kế hoạch", basis="plan", h=True)
d.A("disbursement", "low", "mới đạt 38,6% kế hoạch, thấp hơn cùng kỳ")
d.F("ntm_communes", "level", 131, "toàn tỉnh có 131/229 xã đạt chuẩn", den=229, per=AS, h=True)
d.F("ntm_districts", "level", 3, "03 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM", per=AS)

d = Doc("1417_tan-ky-thu-ngan-sach-vuot-du-toan.txt", """
Tân Kỳ: Thu ngân sách vượt 15% dự toán
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
Kỳ họp thứ 5, HĐND huyện Tân Kỳ khóa XX đã diễn ra trong 2 ngày với sự tham dự của 35 đại biểu HĐND huyện.
Năm nay, mặc dù còn nhiều khó khăn do mưa lũ, tổng thu ngân sách trên địa bàn huyện ước đạt 138 tỷ đồng, vượt 15% dự toán tỉnh giao; thu ngân sách huyện quản lý đạt 102,5 tỷ đồng. Tổng chi ngân sách địa phương 612.380 triệu đồng. Vốn đầu tư công giải ngân được 97,2% kế hoạch.
Chương trình nông thôn mới tiếp tục được chú trọng, đến nay toàn huyện có 7/21 xã đạt chuẩn; các xã còn lại bình quân đạt 13,5 tiêu chí/xã.
Ảnh: Đại biểu biểu quyết thông qua các nghị quyết.
HĐND huyện đã thông qua nghị quyết dự toán năm sau với chỉ tiêu thu ngân sách 145 tỷ đồng.
Hoài Thu
Tin khác: Tân Kỳ ra quân trồng rừng | Hội thi dân vận khéo
""", "40", "Nghệ An", "district", "Tân Kỳ", "year", "2017-01-01", "2017-12-31",
url="https://tanky.nghean.gov.vn/tin-tuc/ky-hop-thu-5-hdnd-huyen-khoa-xx-102941", pub="2017-12-18")
d.F("budget_revenue", "level", 138, "tổng thu ngân sách trên địa bàn huyện ước đạt 138 tỷ đồng", approx="about")
d.F("budget_revenue", "pct_of_plan", 115, "vượt 15% dự toán tỉnh giao", basis="estimate")
d.F("budget_revenue", "level", 102.5, "thu ngân sách huyện quản lý đạt 102,5 tỷ đồng")
d.F("budget_expenditure", "level", 612.38, "Tổng chi ngân sách địa phương 612.380 triệu đồng")
d.F("disbursement", "pct_of_plan", 97.2, "Vốn đầu tư công giải ngân được 97,2% kế hoạch", basis="plan")
d.F("ntm_communes", "level", 7, "toàn huyện có 7/21 xã đạt chuẩn", den=21, per=("as_of", "2017-12-18", "2017-12-18"))

d = Doc("1418_quang-ninh-thu-ngan-sach-2019.txt", """
Trang chủ > Tin tức > Tin địa phương
QUẢNG NINH: THU NGÂN SÁCH NĂM 2019 ĐẠT 111% DỰ TOÁN TRUNG ƯƠNG GIAO
Cập nhật: 06/01/2020 10:35
(MOF) - Năm 2019, dự toán thu ngân sách nhà nước Trung ương giao cho tỉnh Quảng Ninh là 40.200 tỷ đồng. Kết thúc năm, tổng thu NSNN trên địa bàn đạt 44.650 tỷ đồng, bằng 111% dự toán Trung ương giao và 104% dự toán tỉnh giao.
Trong đó: thu nội địa 34.900 tỷ đồng; thu từ hoạt động xuất nhập khẩu 9.750 tỷ đồng; riêng tiền sử dụng đất 4.100 tỷ đồng. Thu ngân sách địa phương được hưởng theo phân cấp đạt 22.800 tỷ đồng.
Giai đoạn 2016-2019, thu ngân sách của tỉnh bình quân tăng 8,2%/năm, luôn nằm trong nhóm 5 địa phương có số thu nội địa lớn nhất cả nước.
Ảnh: Cảng Cái Lân, một trong những nguồn thu xuất nhập khẩu lớn của tỉnh.
Năm 2020, Quảng Ninh phấn đấu thu ngân sách 46.000 tỷ đồng, trong đó thu nội địa 36.500 tỷ đồng.
Hải Yến (Cục Thuế Quảng Ninh)
In bài viết | Gửi bài viết
""", "22", "Quảng Ninh", "province", "Quảng Ninh", "year", "2019-01-01", "2019-12-31", pub="2020-01-06")
d.F("budget_revenue", "level", 44650, "tổng thu NSNN trên địa bàn đạt 44.650 tỷ đồng", h=True)
d.F("budget_revenue", "pct_of_plan", 111, "bằng 111% dự toán Trung ương giao", basis="estimate", h=True)
d.F("budget_revenue", "pct_of_plan", 104, "104% dự toán tỉnh giao", basis="estimate")
d.F("domestic_revenue", "level", 34900, "thu nội địa 34.900 tỷ đồng")
d.F("budget_revenue", "level", 22800, "Thu ngân sách địa phương được hưởng theo phân cấp đạt 22.800 tỷ đồng")
d.F("budget_revenue", "change", 8.2, "bình quân tăng 8,2%/năm", basis="annual_avg", per=("term", "2016-01-01", "2019-12-31"))
