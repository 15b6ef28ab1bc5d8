P = lambda n: ("province", n, n)
d = Doc("1425_gia-binh-5-thang-2022.txt", """
Gia Bình: Đẩy nhanh tiến độ giải ngân, chống thất thu ngân sách
Trang chủ » Tin tức » Kinh tế - Xã hội
Cập nhật: 02/6/2022
Ngày 1/6, UBND huyện Gia Bình tổ chức hội nghị giao ban kinh tế - xã hội 5 tháng đầu năm 2022.
Theo báo cáo, 5 tháng đầu năm, thu ngân sách trên địa bàn huyện đạt 41,3% dự toán năm, chủ yếu nhờ tiền sử dụng đất từ các dự án khu dân cư. Giải ngân vốn đầu tư công 118/345 tỷ đồng, các dự án giao thông kết nối với cầu Bình Than đang được đẩy nhanh. Có 6/11 xã đăng ký đạt chuẩn NTM nâng cao trong năm 2022.
Ảnh: Đồng chí Chủ tịch UBND huyện phát biểu kết luận hội nghị. (Ảnh: Ngọc Lan)
Để so sánh, cùng thời điểm, toàn tỉnh Bắc Ninh thu ngân sách 11.250 tỷ đồng, bằng 52% dự toán năm.
Huyện yêu cầu các chủ đầu tư không để tồn đọng khối lượng hoàn thành chưa thanh toán; phấn đấu hết năm giải ngân 100% kế hoạch.
Ngọc Lan (Trung tâm VH-TT huyện)
""", "27", "Bắc Ninh", "district", "Gia Bình", "ytd", "2022-01-01", "2022-05-31", pub="2022-06-02")
d.F("budget_revenue", "pct_of_plan", 41.3, "thu ngân sách trên địa bàn huyện đạt 41,3% dự toán năm", basis="estimate")
d.F("disbursement", "level", 118, "Giải ngân vốn đầu tư công 118/345 tỷ đồng", den=345)
d.F("budget_revenue", "level", 11250, "toàn tỉnh Bắc Ninh thu ngân sách 11.250 tỷ đồng", area=P("Bắc Ninh"), h=True)
d.F("budget_revenue", "pct_of_plan", 52, "bằng 52% dự toán năm", basis="estimate", area=P("Bắc Ninh"), h=True)

d = Doc("1426_xep-hang-thu-ngan-sach-2016.txt", """
TÀI CHÍNH
Những địa phương thu ngân sách lớn nhất năm 2016
Thứ Hai, 16/01/2017 07:00
Số liệu quyết toán sơ bộ năm 2016 cho thấy 6 địa phương dẫn đầu về thu ngân sách nhà nước vẫn là những cái tên quen thuộc.
TP.HCM đứng đầu với 298.500 tỷ đồng, đạt 100,7% dự toán. Hà Nội đứng thứ hai, thu 190.400 tỷ đồng, vượt 9,3% dự toán. Xếp thứ ba là Bà Rịa - Vũng Tàu với 63.800 tỷ đồng (kể cả dầu thô), tiếp theo là Hải Phòng 62.350 tỷ đồng; Bình Dương 40.100 tỷ đồng và Đồng Nai 38.900 tỷ đồng.
Đáng chú ý, Thanh Hóa thu 10.600 tỷ đồng, trong đó thu nội địa 7.890 tỷ đồng, lần đầu tiên vượt mốc 10.000 tỷ.
Ảnh: Giao dịch tại Cục Thuế TP.HCM. (Ảnh: Thanh Vũ)
Hiện cả nước có 13 địa phương tự cân đối được ngân sách và có điều tiết về Trung ương. Năm 2017, TP.HCM được giao dự toán 314.450 tỷ đồng.
Thanh Vũ
""", "", "", "national", "Việt Nam", "year", "2016-01-01", "2016-12-31", pub="2017-01-16")
for ev, n, v in (("TP.HCM đứng đầu với 298.500 tỷ đồng", "Thành phố Hồ Chí Minh", 298500), ("Hà Nội đứng thứ hai, thu 190.400 tỷ đồng", "Hà Nội", 190400),
        ("Bà Rịa - Vũng Tàu với 63.800 tỷ đồng", "Bà Rịa - Vũng Tàu", 63800), ("Hải Phòng 62.350 tỷ đồng", "Hải Phòng", 62350),
        ("Bình Dương 40.100 tỷ đồng", "Bình Dương", 40100), ("Đồng Nai 38.900 tỷ đồng", "Đồng Nai", 38900), ("Thanh Hóa thu 10.600 tỷ đồng", "Thanh Hóa", 10600)):
    d.F("budget_revenue", "level", v, ev, area=P(n), h=True)
d.F("budget_revenue", "pct_of_plan", 100.7, "đạt 100,7% dự toán", basis="estimate", area=P("Thành phố Hồ Chí Minh"), h=True)
d.F("budget_revenue", "pct_of_plan", 109.3, "vượt 9,3% dự toán", basis="estimate", area=P("Hà Nội"), h=True)
d.F("domestic_revenue", "level", 7890, "thu nội địa 7.890 tỷ đồng", area=P("Thanh Hóa"))

d = Doc("1427_huong-hoa-5-nam-2016-2020.txt", """
Hướng Hóa - 5 năm nhìn lại
Đăng lúc: 18/06/2020 | Chuyên mục: Chào mừng Đại hội Đảng bộ các cấp
Sau 5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XVII, kinh tế Hướng Hóa duy trì tốc độ tăng trưởng khá, nhất là năng lượng tái tạo và cây công nghiệp.
Giai đoạn 2016 - 2020, tổng thu ngân sách nhà nước trên địa bàn đạt 1.452 tỷ đồng, bình quân tăng 12,4%/năm; riêng năm 2020 ước thu 318 tỷ đồng. Tổng vốn đầu tư công giải ngân trong 5 năm đạt 2.180 tỷ đồng.
Đến nay, huyện có 8/20 xã đạt chuẩn nông thôn mới, 3 năm qua có thêm 5 xã về đích; 41 thôn, bản đạt chuẩn NTM. Huyện đạt 6/9 tiêu chí huyện nông thôn mới.
Ảnh: Nhà máy điện gió trên địa bàn xã Hướng Linh. (Ảnh: Trúc Lâm)
Mục tiêu nhiệm kỳ 2020 - 2025, huyện phấn đấu tổng thu ngân sách bình quân tăng 10%/năm, có thêm ít nhất 6 xã đạt chuẩn NTM.
Trúc Lâm
""", "45", "Quảng Trị", "district", "Hướng Hóa", "term", "2016-01-01", "2020-12-31", pub="2020-06-18")
AS = ("as_of", "2020-06-18", "2020-06-18")
d.F("budget_revenue", "level", 1452, "tổng thu ngân sách nhà nước trên địa bàn đạt 1.452 tỷ đồng")
d.F("budget_revenue", "change", 12.4, "bình quân tăng 12,4%/năm", basis="annual_avg")
d.F("budget_revenue", "level", 318, "riêng năm 2020 ước thu 318 tỷ đồng", approx="about", per=("year", "2020-01-01", "2020-12-31"))
d.F("disbursement", "level", 2180, "Tổng vốn đầu tư công giải ngân trong 5 năm đạt 2.180 tỷ đồng")
d.F("ntm_communes", "level", 8, "huyện có 8/20 xã đạt chuẩn nông thôn mới", den=20, per=AS)
d.F("ntm_district_criteria", "level", 6, "Huyện đạt 6/9 tiêu chí huyện nông thôn mới", den=9, per=AS)

d = Doc("1428_long-xuyen-quy-1-2024.txt", """
Trang chủ > Tin tức - Sự kiện > Tin trong thành phố
Long Xuyên: Thu ngân sách quý I tăng 14%
Ngày đăng: 08/04/2024 - 15:16
Ngày 5/4/2024, UBND thành phố Long Xuyên họp đánh giá tình hình kinh tế - xã hội quý I/2024.
Thu ngân sách nhà nước trên địa bàn quý I đạt 276,4 tỷ đồng, đạt 30,2% dự toán, tăng 14% so với cùng kỳ năm 2023; trong đó thu ngân sách do thành phố quản lý 152,8 tỷ đồng. Giải ngân vốn đầu tư công 64,1/402 tỷ đồng, đạt 15,9% kế hoạch, còn chậm so với yêu cầu.
Trong quý, Phòng Giao dịch Ngân hàng Chính sách xã hội thành phố giải ngân cho 315 lượt hộ vay.
(Ảnh: Quang cảnh cuộc họp - Ảnh: Bảo Trân)
Theo Sở Tài chính, quý I/2024 toàn tỉnh An Giang thu ngân sách 2.310 tỷ đồng. Long Xuyên tiếp tục là đơn vị có số thu lớn nhất tỉnh.
Bảo Trân
Lượt xem: 687
""", "89", "An Giang", "city", "Long Xuyên", "quarter", "2024-01-01", "2024-03-31", pub="2024-04-08")
d.F("budget_revenue", "level", 276.4, "Thu ngân sách nhà nước trên địa bàn quý I đạt 276,4 tỷ đồng")
d.F("budget_revenue", "pct_of_plan", 30.2, "đạt 30,2% dự toán", basis="estimate")
d.F("budget_revenue", "change", 14, "tăng 14% so với cùng kỳ năm 2023", basis="yoy")
d.F("budget_revenue", "level", 152.8, "thu ngân sách do thành phố quản lý 152,8 tỷ đồng")
d.F("disbursement", "level", 64.1, "Giải ngân vốn đầu tư công 64,1/402 tỷ đồng", den=402)
d.F("disbursement", "pct_of_plan", 15.9, "đạt 15,9% kế hoạch", basis="plan")
d.A("disbursement", "slow", "còn chậm so với yêu cầu")
d.F("budget_revenue", "level", 2310, "quý I/2024 toàn tỉnh An Giang thu ngân sách 2.310 tỷ đồng", area=P("An Giang"), h=True)

d = Doc("1429_yen-dinh-ntm-nang-cao-2022.txt", """
Yên Định: 22/24 xã đạt chuẩn nông thôn mới nâng cao
18/11/2022 10:20
Trang chủ > Nông nghiệp - Nông thôn
Sau khi về đích huyện NTM năm 2018, Yên Định (Thanh Hóa) đặt mục tiêu trở thành huyện NTM nâng cao. Đến nay, toàn huyện có 22/24 xã đạt chuẩn NTM nâng cao, tỷ lệ xã đạt chuẩn NTM nâng cao đạt 91,7%/70% chỉ tiêu Nghị quyết; 11 xã đạt chuẩn NTM kiểu mẫu. 100% thôn đạt chuẩn thôn NTM, trong đó 65 thôn NTM kiểu mẫu.
Theo lãnh đạo Văn phòng Điều phối NTM tỉnh, hiện Thanh Hóa có 406/470 xã đạt chuẩn nông thôn mới; 16 đơn vị cấp huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng NTM.
Ảnh: Cánh đồng lúa chất lượng cao ở xã Định Tân. (Ảnh: Lê Hợi)
Năm 2023, Yên Định phấn đấu 2 xã còn lại đạt chuẩn NTM nâng cao, huyện đạt chuẩn NTM nâng cao.
Lê Hợi
Tin liên quan
- Thanh Hóa: Thêm 3 huyện đạt chuẩn nông thôn mới
""", "38", "Thanh Hóa", "district", "Yên Định", "as_of", "2022-11-18", "2022-11-18", pub="2022-11-18")
d.F("ntm_advanced_communes", "level", 22, "toàn huyện có 22/24 xã đạt chuẩn NTM nâng cao", den=24)
d.F("ntm_advanced_communes", "share", 91.7, "tỷ lệ xã đạt chuẩn NTM nâng cao đạt 91,7%")
d.F("ntm_model_communes", "level", 11, "11 xã đạt chuẩn NTM kiểu mẫu")
d.F("ntm_communes", "level", 406, "hiện Thanh Hóa có 406/470 xã đạt chuẩn nông thôn mới", den=470, area=P("Thanh Hóa"), h=True)
d.F("ntm_districts", "level", 16, "16 đơn vị cấp huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng NTM", area=P("Thanh Hóa"))

d = Doc("1430_ntm-34-tinh-sau-sap-xep.txt", """
BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Chương trình MTQG xây dựng nông thôn mới
Rà soát kết quả nông thôn mới sau sắp xếp đơn vị hành chính
Thứ Năm, 16/10/2025 | 16:05
Theo báo cáo rà soát của Văn phòng Điều phối nông thôn mới Trung ương, tính đến ngày 30/9/2025, sau khi sắp xếp còn 34 tỉnh, thành phố và 3.321 đơn vị hành chính cấp xã, số liệu xã đạt chuẩn được tổng hợp lại theo địa giới mới.
Các địa phương có tỷ lệ cao gồm:
1) Hưng Yên: 93/93 xã (100%);
2) tỉnh Ninh Bình: 97/97 xã;
3) Phú Thọ: 133/148 xã.
Nhóm thấp nhất là các tỉnh miền núi phía Bắc: Điện Biên có 21/45 xã đạt chuẩn, Lai Châu 16/36 xã; riêng Cao Bằng mới có 19/56 xã, các xã chưa đạt bình quân 15,7 tiêu chí/xã.
Ảnh: Hội nghị trực tuyến về nông thôn mới. (Ảnh: Nguyễn Thủy)
Văn phòng Điều phối đề nghị các tỉnh hướng dẫn bộ tiêu chí cho xã mới, tránh để xã sau sáp nhập "rớt chuẩn".
Nguyễn Thủy
""", "", "", "national", "Việt Nam", "as_of", "2025-09-30", "2025-09-30", pub="2025-10-16")
for ev, n, v, den in (("Hưng Yên: 93/93 xã", "Hưng Yên", 93, 93), ("tỉnh Ninh Bình: 97/97 xã", "Ninh Bình", 97, 97), ("Phú Thọ: 133/148 xã", "Phú Thọ", 133, 148),
        ("Điện Biên có 21/45 xã đạt chuẩn", "Điện Biên", 21, 45), ("Lai Châu 16/36 xã", "Lai Châu", 16, 36), ("Cao Bằng mới có 19/56 xã", "Cao Bằng", 19, 56)):
    d.F("ntm_communes", "level", v, ev, den=den, area=P(n), h=True)
d.F("ntm_communes", "share", 100, "93/93 xã (100%)", area=P("Hưng Yên"))
