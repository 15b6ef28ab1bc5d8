P = lambda n: ("province", n, n)
d = Doc("1407_thanh-tri-5-nam-2016-2020.txt", """
Dấu ấn 5 năm phát triển ở Thạnh Trị
Cập nhật lúc: 14/07/2020 09:05
(ĐCSVN) - Bước vào nhiệm kỳ 2015 - 2020 với nhiều khó khăn, song Đảng bộ huyện Thạnh Trị (tỉnh Sóc Trăng) đã lãnh đạo hoàn thành và vượt phần lớn chỉ tiêu Nghị quyết, tạo diện mạo mới cho vùng nông thôn.
Giai đoạn 2016 – 2020, tổng thu ngân sách nhà nước trên địa bàn huyện đạt 1.125 tỷ 600 triệu đồng, bình quân tăng 9,8%/năm; tổng vốn đầu tư công được bố trí trên 1.900 tỷ đồng cho 312 công trình giao thông, thủy lợi, trường học.
Chương trình xây dựng nông thôn mới đạt nhiều kết quả quan trọng: đến nay huyện có 6/8 xã đạt chuẩn NTM; huyện đạt 7/9 tiêu chí huyện nông thôn mới; 62/67 ấp được công nhận ấp văn hóa - nông thôn mới. Bình quân mỗi xã đạt 17,4 tiêu chí.
Công tác an sinh xã hội được quan tâm; trong 5 năm, có 1.240 lượt hộ được vay vốn từ Ngân hàng Chính sách xã hội.
Ảnh: Tuyến đường nông thôn ở xã Lâm Tân. (Ảnh: Huỳnh Như)
Nhiệm kỳ 2020 - 2025, huyện phấn đấu được công nhận huyện đạt chuẩn nông thôn mới trước năm 2025, tổng thu ngân sách bình quân tăng 10%/năm trở lên.
HUỲNH NHƯ
Bài liên quan
""", "94", "Sóc Trăng", "district", "Thạnh Trị", "term", "2016-01-01", "2020-12-31", pub="2020-07-14")
d.F("budget_revenue", "level", 1125.6, "tổng thu ngân sách nhà nước trên địa bàn huyện đạt 1.125 tỷ 600 triệu đồng")
d.F("budget_revenue", "change", 9.8, "bình quân tăng 9,8%/năm", basis="annual_avg")
d.F("ntm_communes", "level", 6, "đến nay huyện có 6/8 xã đạt chuẩn NTM", den=8, per=("as_of", "2020-07-14", "2020-07-14"))
d.F("ntm_district_criteria", "level", 7, "huyện đạt 7/9 tiêu chí huyện nông thôn mới", den=9, per=("as_of", "2020-07-14", "2020-07-14"))

d = Doc("1408_xa-loc-giang-tong-ket-2024.txt", """
UBND XÃ LỘC GIANG - HUYỆN ĐỨC HÒA
Trang chủ / Tin tức sự kiện / Hoạt động của xã
Xã Lộc Giang tổng kết năm 2024
Đăng ngày: 27/12/2024
Sáng ngày 26/12/2024, UBND xã Lộc Giang tổ chức hội nghị tổng kết tình hình thực hiện nhiệm vụ kinh tế - xã hội năm 2024 và triển khai phương hướng năm 2025. Tham dự có 145 đại biểu là cán bộ, công chức, trưởng các ấp và người có uy tín.
Năm 2024, tổng thu ngân sách xã đạt 6,85 tỷ đồng, đạt 124% dự toán huyện giao; tổng chi ngân sách 5.912 triệu đồng. Xã tiếp tục giữ vững 19/19 tiêu chí xã nông thôn mới nâng cao; 7/7 ấp đạt chuẩn ấp văn hóa.
Ảnh: Lãnh đạo xã trao giấy khen cho các tập thể. (Ảnh: BBT)
Đồng chí Phó Chủ tịch UBND huyện Đức Hòa ghi nhận kết quả của xã, đồng thời thông tin: đến nay toàn huyện Đức Hòa có 15/17 xã đạt chuẩn nông thôn mới, trong đó 5 xã đạt chuẩn NTM nâng cao.
Năm 2025, xã phấn đấu thu ngân sách 7 tỷ đồng, xây dựng 1 ấp thông minh.
Ban biên tập
Lượt truy cập: 38.420
""", "80", "Long An", "commune", "Lộc Giang", "year", "2024-01-01", "2024-12-31", pub="2024-12-27")
d.F("budget_revenue", "level", 6.85, "tổng thu ngân sách xã đạt 6,85 tỷ đồng")
d.F("budget_revenue", "pct_of_plan", 124, "đạt 124% dự toán huyện giao", basis="estimate")
d.F("budget_expenditure", "level", 5.912, "tổng chi ngân sách 5.912 triệu đồng")
D = ("district", "Đức Hòa", "Long An"); AS = ("as_of", "2024-12-26", "2024-12-26")
d.F("ntm_communes", "level", 15, "toàn huyện Đức Hòa có 15/17 xã đạt chuẩn nông thôn mới", den=17, area=D, per=AS)
d.F("ntm_advanced_communes", "level", 5, "5 xã đạt chuẩn NTM nâng cao", area=D, per=AS)

d = Doc("1409_cam-ranh-thu-ngan-sach-2019.txt", """
THÀNH PHỐ CAM RANH: THU NGÂN SÁCH NĂM 2019 VƯỢT DỰ TOÁN
20/12/2019
Ngày 19/12, HĐND thành phố Cam Ranh khóa XI tổ chức kỳ họp thứ 11 (kỳ họp thường lệ cuối năm).
Theo báo cáo của UBND thành phố, năm 2019 tổng thu ngân sách nhà nước trên địa bàn ước đạt 1.246 tỷ đồng, đạt 108,3% dự toán tỉnh giao và 101,2% dự toán HĐND thành phố; trong đó thu do thành phố quản lý 735 tỷ đồng. Các khoản thu lớn gồm tiền sử dụng đất 410 tỷ đồng, thuế ngoài quốc doanh 190 tỷ đồng, lệ phí trước bạ 62 tỷ đồng.
Giải ngân vốn đầu tư công đến ngày 15/12 đạt 82,5% kế hoạch.
Cũng tại kỳ họp, đại diện Sở Tài chính cho biết toàn tỉnh Khánh Hòa năm 2019 ước thu ngân sách 15.100 tỷ đồng.
(Ảnh: Quang cảnh kỳ họp - Ảnh: Đức Thảo)
Năm 2020, Cam Ranh phấn đấu thu ngân sách 1.300 tỷ đồng, tập trung hoàn thiện hạ tầng khu vực bán đảo Cam Ranh.
Đức Thảo
""", "56", "Khánh Hòa", "city", "Cam Ranh", "year", "2019-01-01", "2019-12-31", pub="2019-12-20")
d.F("budget_revenue", "level", 1246, "tổng thu ngân sách nhà nước trên địa bàn ước đạt 1.246 tỷ đồng", approx="about")
d.F("budget_revenue", "pct_of_plan", 108.3, "đạt 108,3% dự toán tỉnh giao", basis="estimate")
d.F("budget_revenue", "pct_of_plan", 101.2, "101,2% dự toán HĐND thành phố", basis="estimate")
d.F("budget_revenue", "level", 735, "thu do thành phố quản lý 735 tỷ đồng")
d.F("disbursement", "pct_of_plan", 82.5, "Giải ngân vốn đầu tư công đến ngày 15/12 đạt 82,5% kế hoạch", basis="plan", per=("ytd", "2019-01-01", "2019-12-15"))
d.F("budget_revenue", "level", 15100, "toàn tỉnh Khánh Hòa năm 2019 ước thu ngân sách 15.100 tỷ đồng", approx="about", area=P("Khánh Hòa"), h=True)

d = Doc("1410_phuong-quy-nhon-nam-quy-3-2025.txt", """
Phường Quy Nhơn Nam: thu ngân sách quý III đạt 31,2% dự toán
Thứ hai, 06/10/2025
Trang chủ > Chính quyền > Hoạt động HĐND - UBND phường
Ngày 3/10, HĐND phường Quy Nhơn Nam (tỉnh Gia Lai) tổ chức kỳ họp chuyên đề đánh giá kết quả quý III, quý đầu tiên vận hành chính quyền địa phương hai cấp.
Theo báo cáo, thu ngân sách nhà nước trên địa bàn phường quý III đạt 38,7 tỷ đồng, đạt 31,2% dự toán năm; tổng chi ngân sách phường 21.450 triệu đồng. Phường đã tổ chức 12 cuộc tiếp xúc, đối thoại với 1.150 lượt cử tri tham dự; giải quyết cho 76 hộ vay vốn chính sách.
Ảnh: Đại biểu HĐND phường biểu quyết thông qua nghị quyết. (Ảnh: Ngọc Nhi)
Đại diện Sở Tài chính thông tin: 9 tháng năm 2025, toàn tỉnh Gia Lai thu ngân sách 19.800 tỷ đồng, phường là một trong những đơn vị có số thu lớn của tỉnh.
Quý IV, phường phấn đấu hoàn thành 100% dự toán thu.
Ngọc Nhi
Chia sẻ bài viết
""", "52", "Gia Lai", "ward", "Quy Nhơn Nam", "quarter", "2025-07-01", "2025-09-30", pub="2025-10-06")
d.F("budget_revenue", "level", 38.7, "thu ngân sách nhà nước trên địa bàn phường quý III đạt 38,7 tỷ đồng")
d.F("budget_revenue", "pct_of_plan", 31.2, "đạt 31,2% dự toán năm", basis="estimate")
d.F("budget_expenditure", "level", 21.45, "tổng chi ngân sách phường 21.450 triệu đồng")
d.F("budget_revenue", "level", 19800, "toàn tỉnh Gia Lai thu ngân sách 19.800 tỷ đồng", area=P("Gia Lai"), per=("nine_months", "2025-01-01", "2025-09-30"), h=True)

d = Doc("1411_tuyen-quang-9-thang-2025.txt", """
Cổng Thông tin điện tử Chính phủ
Trang chủ > Thông tin địa phương
Tuyên Quang: Giải ngân vốn đầu tư công 9 tháng đạt 58,3%
10/10/2025 14:22
(Chinhphu.vn) - Sau hơn 3 tháng hợp nhất, tỉnh Tuyên Quang (mới) duy trì được nhịp độ giải ngân và thu ngân sách khá so với bình quân chung.
Theo Sở Tài chính, tỉnh được giao kế hoạch vốn đầu tư công năm 2025 là 11.020 tỷ đồng. Lũy kế đến hết tháng 9, toàn tỉnh giải ngân 6.425 tỷ đồng, đạt 58,3% kế hoạch Thủ tướng Chính phủ giao. Tuy vậy, tiến độ giải ngân của một số chủ đầu tư còn chậm, nhất là các dự án chuyển tiếp từ hai tỉnh cũ.
Tổng thu ngân sách nhà nước 9 tháng đạt 4.960 tỷ đồng, bằng 92,1% dự toán, tăng 18,5% so với cùng kỳ năm 2024; trong đó thu nội địa 4.720 tỷ đồng.
Ảnh: Thi công cao tốc Tuyên Quang - Hà Giang đoạn qua xã Vị Xuyên. (Ảnh: Thế Hùng)
Chủ tịch UBND tỉnh yêu cầu các sở, ngành và 124 xã, phường tập trung tháo gỡ vướng mắc giải phóng mặt bằng, phấn đấu đến 31/12 giải ngân trên 95% kế hoạch.
Thế Hùng
Tin liên quan
- Tuyên Quang khởi công 5 dự án giao thông trọng điểm
""", "08", "Tuyên Quang", "province", "Tuyên Quang", "nine_months", "2025-01-01", "2025-09-30", pub="2025-10-10")
d.F("disbursement", "level", 6425, "toàn tỉnh giải ngân 6.425 tỷ đồng", h=True)
d.F("disbursement", "pct_of_plan", 58.3, "đạt 58,3% kế hoạch Thủ tướng Chính phủ giao", basis="assigned_plan", h=True)
d.A("disbursement", "slow", "tiến độ giải ngân của một số chủ đầu tư còn chậm")
d.F("budget_revenue", "level", 4960, "Tổng thu ngân sách nhà nước 9 tháng đạt 4.960 tỷ đồng", h=True)
d.F("budget_revenue", "pct_of_plan", 92.1, "bằng 92,1% dự toán", basis="estimate", h=True)
d.F("budget_revenue", "change", 18.5, "tăng 18,5% so với cùng kỳ năm 2024", basis="yoy")
d.F("domestic_revenue", "level", 4720, "thu nội địa 4.720 tỷ đồng")

d = Doc("1412_giai-ngan-10-thang-2025-34-dia-phuong.txt", """
BỘ TÀI CHÍNH
Trang chủ » Tin tức » Đầu tư công
Giải ngân vốn đầu tư công 10 tháng năm 2025: 12 địa phương vượt mức bình quân
Ngày 07/11/2025
Theo số liệu tổng hợp, ước giải ngân vốn đầu tư công từ đầu năm đến ngày 31/10/2025 của cả nước đạt 60,6% kế hoạch Thủ tướng Chính phủ giao (cùng kỳ năm 2024 đạt 55,1%). Có 12/34 địa phương đạt tỷ lệ trên mức bình quân.
Nhóm dẫn đầu gồm: tỉnh Phú Thọ đạt 72,8%; Ninh Bình 70,4%; Hưng Yên (69,9%) và thành phố Huế với 68,0%. Hà Nội, địa phương có kế hoạch vốn lớn nhất, đã giải ngân 45.310 tỷ đồng, đạt 57,5%.
Một số địa phương có tỷ lệ thấp: TP. Hồ Chí Minh mới đạt 41,2%, Đồng Nai 43,6%, tỉnh An Giang 45,1%.
(Ảnh: Công nhân thi công nút giao tại khu vực Vành đai 3. Ảnh: Minh Quân)
Bộ Tài chính đề nghị các địa phương có tỷ lệ giải ngân dưới bình quân rà soát, điều chuyển vốn từ dự án chậm sang dự án có khả năng giải ngân tốt, phấn đấu cả năm giải ngân 100% kế hoạch.
Minh Quân
Từ khóa: giải ngân, đầu tư công, 34 tỉnh thành
""", "", "", "national", "Việt Nam", "ytd", "2025-01-01", "2025-10-31", pub="2025-11-07")
for ev, n, v in (("tỉnh Phú Thọ đạt 72,8%", "Phú Thọ", 72.8), ("Ninh Bình 70,4%", "Ninh Bình", 70.4), ("Hưng Yên (69,9%)", "Hưng Yên", 69.9),
                 ("thành phố Huế với 68,0%", "Huế", 68.0), ("đạt 57,5%", "Hà Nội", 57.5), ("TP. Hồ Chí Minh mới đạt 41,2%", "Thành phố Hồ Chí Minh", 41.2),
                 ("Đồng Nai 43,6%", "Đồng Nai", 43.6), ("tỉnh An Giang 45,1%", "An Giang", 45.1)):
    d.F("disbursement", "pct_of_plan", v, ev, basis="assigned_plan", area=P(n), h=True)
d.F("disbursement", "level", 45310, "đã giải ngân 45.310 tỷ đồng", area=P("Hà Nội"), h=True)
for n in ("Thành phố Hồ Chí Minh", "Đồng Nai", "An Giang"):
    d.A("disbursement", "low", "Một số địa phương có tỷ lệ thấp", area=P(n))
