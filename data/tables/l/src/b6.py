P = lambda n: ("province", n, n)
d = Doc("1431_xa-thu-ngan-sach-thang-9-2025.txt", """
TRANG THÔNG TIN ĐIỆN TỬ UBND XÃ
Trang chủ >> Tin tức >> Tin hoạt động
UBND xã tổ chức phiên họp thường kỳ tháng 9
Chiều ngày 30/9, UBND xã tổ chức phiên họp thường kỳ tháng 9 đánh giá kết quả thực hiện nhiệm vụ quý III - quý đầu tiên xã mới đi vào hoạt động sau khi sáp nhập các xã Đức Minh, Đức Mạnh và thị trấn Đắk Mil cũ.
Thu ngân sách nhà nước trên địa bàn xã trong tháng đạt 4,15 tỷ đồng; lũy kế quý III đạt 12,9 tỷ đồng, đạt 27,4% dự toán năm. Chi ngân sách xã trong tháng 3.460 triệu đồng. Hiện xã có 17/22 thôn, bon đạt chuẩn nông thôn mới; Đảng bộ xã có 1.120 đảng viên sinh hoạt tại 38 chi bộ.
Ảnh: Chủ tịch UBND xã chủ trì phiên họp. (Ảnh: Văn phòng HĐND-UBND xã)
Kết luận phiên họp, Chủ tịch UBND xã yêu cầu tập trung đôn đốc thu nợ thuế, hoàn thành thủ tục giao đất, phấn đấu quý IV thu đạt trên 50% dự toán còn lại.
VP HĐND-UBND xã
""", "68", "Lâm Đồng", "commune", "Đắk Mil", "month", "2025-09-01", "2025-09-30",
url="https://dakmil.lamdong.gov.vn/tin-tuc/phien-hop-thuong-ky-thang-9", pub="2025-10-01")
d.F("budget_revenue", "level", 4.15, "Thu ngân sách nhà nước trên địa bàn xã trong tháng đạt 4,15 tỷ đồng")
d.F("budget_revenue", "level", 12.9, "lũy kế quý III đạt 12,9 tỷ đồng", per=("quarter", "2025-07-01", "2025-09-30"))
d.F("budget_revenue", "pct_of_plan", 27.4, "đạt 27,4% dự toán năm", basis="estimate", per=("quarter", "2025-07-01", "2025-09-30"))
d.F("budget_expenditure", "level", 3.46, "Chi ngân sách xã trong tháng 3.460 triệu đồng")

d = Doc("1432_phong-van-gia-lai-giai-ngan-2021.txt", """
Trang chủ > Thời sự > Phỏng vấn - Đối thoại
Phó Chủ tịch UBND tỉnh Gia Lai: "Không để vốn nằm chờ dự án"
Thứ Năm, 09/12/2021 - 06:45
PV: Thưa ông, tiến độ giải ngân vốn đầu tư công của Gia Lai năm nay thế nào?
Phó Chủ tịch UBND tỉnh: Năm 2021, tỉnh được giao tổng kế hoạch vốn 4.686 tỷ đồng. Tính đến ngày 30/11, toàn tỉnh đã giải ngân 3.210 tỷ đồng, đạt 68,5% kế hoạch. Con số này còn thấp so với yêu cầu, do dịch Covid-19 và giá vật liệu tăng cao.
PV: Còn thu ngân sách, thưa ông?
Phó Chủ tịch UBND tỉnh: Thu ngân sách 11 tháng đạt 5.650 tỷ đồng, đạt 108% dự toán. Đây là kết quả rất đáng ghi nhận.
PV: Chương trình nông thôn mới của tỉnh đạt được những gì?
Phó Chủ tịch UBND tỉnh: Hiện toàn tỉnh có 85/184 xã đạt chuẩn nông thôn mới, 4 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ. Năm 2022, tỉnh phấn đấu có thêm 14 xã đạt chuẩn.
Ảnh: Phó Chủ tịch UBND tỉnh trả lời phỏng vấn. (Ảnh: Hà Duy - TTXVN)
Hà Duy - TTXVN (thực hiện)
""", "64", "Gia Lai", "province", "Gia Lai", "ytd", "2021-01-01", "2021-11-30", pub="2021-12-09")
d.F("disbursement", "level", 3210, "toàn tỉnh đã giải ngân 3.210 tỷ đồng", h=True)
d.F("disbursement", "pct_of_plan", 68.5, "đạt 68,5% kế hoạch", basis="plan", h=True)
d.A("disbursement", "low", "Con số này còn thấp so với yêu cầu")
d.F("budget_revenue", "level", 5650, "Thu ngân sách 11 tháng đạt 5.650 tỷ đồng", h=True)
d.F("budget_revenue", "pct_of_plan", 108, "đạt 108% dự toán", basis="estimate", h=True)
d.F("ntm_communes", "level", 85, "Hiện toàn tỉnh có 85/184 xã đạt chuẩn nông thôn mới", den=184, per=("as_of", "2021-12-09", "2021-12-09"), h=True)
d.F("ntm_districts", "level", 4, "4 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ", per=("as_of", "2021-12-09", "2021-12-09"))

d = Doc("1433_ben-luc-thu-ngan-sach-2023.txt", """
Bến Lức: Thu ngân sách năm 2023 đạt 2.450 tỷ đồng
Trang chủ > Kinh tế > Tài chính
22/12/2023
Tại kỳ họp thường lệ cuối năm 2023 của HĐND huyện Bến Lức, UBND huyện báo cáo tổng thu ngân sách nhà nước trên địa bàn năm 2023 ước đạt 2.450 tỷ đồng, đạt 107,5% dự toán; trong đó thu ngân sách do huyện quản lý 1.020 tỷ đồng, thu tiền sử dụng đất 640 tỷ đồng, thuế thu nhập cá nhân 210 tỷ đồng.
Với số thu này, Bến Lức tiếp tục là "quán quân" thu ngân sách cấp huyện của tỉnh; toàn tỉnh Long An năm 2023 thu 18.750 tỷ đồng, đạt 102,4% dự toán. Số thu của riêng huyện đã xấp xỉ cả tỉnh Bạc Liêu (khoảng 2.400 tỷ đồng).
(Ảnh: Khu công nghiệp Phúc Long - Ảnh: Trần Hải)
Năm 2024, huyện chọn 2 xã điểm xây dựng NTM kiểu mẫu, phấn đấu thu ngân sách 2.600 tỷ đồng.
Trần Hải
Chia sẻ | In
""", "80", "Long An", "district", "Bến Lức", "year", "2023-01-01", "2023-12-31", pub="2023-12-22")
d.F("budget_revenue", "level", 2450, "tổng thu ngân sách nhà nước trên địa bàn năm 2023 ước đạt 2.450 tỷ đồng", approx="about")
d.F("budget_revenue", "pct_of_plan", 107.5, "đạt 107,5% dự toán", basis="estimate")
d.F("budget_revenue", "level", 1020, "thu ngân sách do huyện quản lý 1.020 tỷ đồng")
d.F("budget_revenue", "level", 18750, "toàn tỉnh Long An năm 2023 thu 18.750 tỷ đồng", area=P("Long An"), h=True)
d.F("budget_revenue", "pct_of_plan", 102.4, "đạt 102,4% dự toán", basis="estimate", area=P("Long An"), h=True)
d.F("budget_revenue", "level", 2400, "cả tỉnh Bạc Liêu (khoảng 2.400 tỷ đồng)", approx="about", area=P("Bạc Liêu"), h=True)

d = Doc("1434_kien-giang-tong-ket-2024.txt", """
KIÊN GIANG: KINH TẾ - XÃ HỘI NĂM 2024 ĐẠT VÀ VƯỢT 21/25 CHỈ TIÊU
Trang chủ > Tin tức > Tin trong tỉnh
Ngày 10/12/2024 | 17:02
Sáng 10/12, HĐND tỉnh Kiên Giang khóa X khai mạc kỳ họp thứ 26. Theo báo cáo của UBND tỉnh, năm 2024 thu ngân sách nhà nước trên địa bàn ước đạt 13.620 tỷ đồng, đạt 115,6% dự toán; thu nội địa 13.280 tỷ đồng. Giải ngân vốn đầu tư công đến 31/12 ước đạt 95,2% kế hoạch.
Về nông thôn mới, toàn tỉnh có 105/117 xã đạt chuẩn (cuối năm 2023 là 96 xã, tăng 9 xã so với năm trước); 31 xã đạt chuẩn NTM nâng cao, 5 xã NTM kiểu mẫu; 7/15 huyện, thành phố đạt chuẩn hoặc hoàn thành nhiệm vụ xây dựng NTM. Có 6/12 xã đăng ký về đích năm 2025 đã đạt 17 tiêu chí.
Ảnh: Quang cảnh kỳ họp. (Ảnh: Thanh Tuấn)
Năm 2025, tỉnh phấn đấu thu ngân sách 14.200 tỷ đồng và có thêm 6 xã đạt chuẩn NTM.
Thanh Tuấn
Tin liên quan | Chia sẻ
""", "91", "Kiên Giang", "province", "Kiên Giang", "year", "2024-01-01", "2024-12-31", pub="2024-12-10")
AS = ("as_of", "2024-12-10", "2024-12-10")
d.F("budget_revenue", "level", 13620, "năm 2024 thu ngân sách nhà nước trên địa bàn ước đạt 13.620 tỷ đồng", approx="about", h=True)
d.F("budget_revenue", "pct_of_plan", 115.6, "đạt 115,6% dự toán", basis="estimate", h=True)
d.F("domestic_revenue", "level", 13280, "thu nội địa 13.280 tỷ đồng")
d.F("disbursement", "pct_of_plan", 95.2, "Giải ngân vốn đầu tư công đến 31/12 ước đạt 95,2% kế hoạch", basis="plan", approx="about", h=True)
d.F("ntm_communes", "level", 105, "toàn tỉnh có 105/117 xã đạt chuẩn", den=117, per=AS, h=True)
d.F("ntm_communes", "level", 96, "cuối năm 2023 là 96 xã", per=("as_of", "2023-12-31", "2023-12-31"))
d.F("ntm_advanced_communes", "level", 31, "31 xã đạt chuẩn NTM nâng cao", per=AS)
d.F("ntm_model_communes", "level", 5, "5 xã NTM kiểu mẫu", per=AS)
d.F("ntm_districts", "level", 7, "7/15 huyện, thành phố đạt chuẩn hoặc hoàn thành nhiệm vụ xây dựng NTM", den=15, per=AS)

d = Doc("1435_thu-ngan-sach-11-thang-2025-34-tinh.txt", """
Cổng Thông tin điện tử Chính phủ > Tin tức > Kinh tế
Thu ngân sách 11 tháng: Nhiều địa phương cán đích sớm
05/12/2025 20:14
(Chinhphu.vn) - Tổng thu ngân sách nhà nước 11 tháng năm 2025 của cả nước ước đạt trên 2,4 triệu tỷ đồng. Có 20/34 địa phương đã thu vượt dự toán cả năm.
Hà Nội thu 540.200 tỷ đồng, đạt 107% dự toán; TP. Hồ Chí Minh (sau hợp nhất với Bình Dương, Bà Rịa - Vũng Tàu) thu hơn 690.000 tỷ đồng, bằng 95,3% dự toán. Hải Phòng (mới) đạt 118.400 tỷ đồng; tỉnh Quảng Ninh 52.900 tỷ đồng; Thanh Hóa 52.100 tỷ đồng. Bắc Ninh có thu nội địa 41.500 tỷ đồng, cao nhất từ trước tới nay.
Ở chiều ngược lại, tỉnh Lai Châu thu 2.680 tỷ đồng, mới đạt 88,4% dự toán.
Ảnh: Người dân nộp thuế điện tử. (Ảnh: VGP/Thu Trang)
Bộ Tài chính yêu cầu các địa phương phấn đấu thu cả năm vượt tối thiểu 25% dự toán.
Thu Trang
Tin liên quan
""", "", "", "national", "Việt Nam", "ytd", "2025-01-01", "2025-11-30", pub="2025-12-05")
for ev, n, v, ap in (("Hà Nội thu 540.200 tỷ đồng", "Hà Nội", 540200, "exact"), ("thu hơn 690.000 tỷ đồng", "Thành phố Hồ Chí Minh", 690000, "over"),
        ("Hải Phòng (mới) đạt 118.400 tỷ đồng", "Hải Phòng", 118400, "exact"), ("tỉnh Quảng Ninh 52.900 tỷ đồng", "Quảng Ninh", 52900, "exact"),
        ("Thanh Hóa 52.100 tỷ đồng", "Thanh Hóa", 52100, "exact"), ("tỉnh Lai Châu thu 2.680 tỷ đồng", "Lai Châu", 2680, "exact")):
    d.F("budget_revenue", "level", v, ev, approx=ap, area=P(n), h=True)
d.F("budget_revenue", "pct_of_plan", 107, "đạt 107% dự toán", basis="estimate", area=P("Hà Nội"), h=True)
d.F("budget_revenue", "pct_of_plan", 95.3, "bằng 95,3% dự toán", basis="estimate", area=P("Thành phố Hồ Chí Minh"), h=True)
d.F("budget_revenue", "pct_of_plan", 88.4, "mới đạt 88,4% dự toán", basis="estimate", area=P("Lai Châu"), h=True)
d.F("domestic_revenue", "level", 41500, "Bắc Ninh có thu nội địa 41.500 tỷ đồng", area=P("Bắc Ninh"))
