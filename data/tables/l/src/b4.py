P = lambda n: ("province", n, n)
d = Doc("1419_bang-giai-ngan-6-thang-2021.txt", """
Trang chủ > Kinh tế > Đầu tư
Giải ngân 6 tháng: Bức tranh hai màu giữa các địa phương
Thứ Sáu, 09/07/2021 - 11:05 | Lượt xem: 5.340
Báo cáo gửi Thủ tướng Chính phủ cho thấy hết tháng 6/2021, cả nước giải ngân được 29% kế hoạch vốn; nhiều tỉnh miền Bắc vẫn duy trì tốc độ cao dù chịu ảnh hưởng của đợt dịch thứ tư.
Bảng: Kết quả giải ngân vốn đầu tư công 6 tháng năm 2021 của một số địa phương
(Đơn vị: tỷ đồng; tỷ lệ: % kế hoạch Thủ tướng giao)
STT | Địa phương | Đã giải ngân | Tỷ lệ
1 | Bắc Ninh | 2.105 | 48,3
2 | Hà Nam | 1.480 | 46,9
3 | Phú Thọ | 1.932 | 45,2
4 | Thái Nguyên | 1.655 | 41,7
5 | Lâm Đồng | 1.210 | 22,4
6 | Bình Định | 985 | 19,6
Nguồn: Bộ Tài chính
Ảnh: Công trường cầu vượt sông tại Phú Thọ. (Ảnh: Quang Nam)
Đáng chú ý, các địa phương giải ngân thấp như Lâm Đồng, Bình Định đều có số vốn chuyển tiếp lớn từ năm trước.
Tuấn Anh
Tin liên quan | Chia sẻ
""", "", "", "national", "Việt Nam", "half_year", "2021-01-01", "2021-06-30", pub="2021-07-09")
for n, lv, ev_lv, pct, ev_p in (("Bắc Ninh", 2105, "Bắc Ninh | 2.105", 48.3, "2.105 | 48,3"), ("Hà Nam", 1480, "Hà Nam | 1.480", 46.9, "1.480 | 46,9"),
        ("Phú Thọ", 1932, "Phú Thọ | 1.932", 45.2, "1.932 | 45,2"), ("Thái Nguyên", 1655, "Thái Nguyên | 1.655", 41.7, "1.655 | 41,7"),
        ("Lâm Đồng", 1210, "Lâm Đồng | 1.210", 22.4, "1.210 | 22,4"), ("Bình Định", 985, "Bình Định | 985", 19.6, "985 | 19,6")):
    d.F("disbursement", "level", lv, ev_lv, area=P(n), h=True)
    d.F("disbursement", "pct_of_plan", pct, ev_p, basis="assigned_plan", area=P(n), h=True)
for n in ("Lâm Đồng", "Bình Định"):
    d.A("disbursement", "low", "các địa phương giải ngân thấp như Lâm Đồng, Bình Định", area=P(n))

d = Doc("1420_dong-thap-ntm-2024.txt", """
Bộ Nông nghiệp và Phát triển nông thôn
Trang chủ / Tin tức / Nông thôn mới
Đồng Tháp: Nông thôn mới gắn với chuyển đổi số
Ngày 28/10/2024
Đồng Tháp là một trong những địa phương của vùng ĐBSCL có kết quả xây dựng nông thôn mới tương đối toàn diện (tính đến tháng 10/2024, toàn tỉnh có 108/115 xã đạt chuẩn NTM, tương đương 93,91%; 41 xã NTM nâng cao; 12 xã NTM kiểu mẫu). Ngoài ra, 10/12 đơn vị cấp huyện đã đạt chuẩn hoặc hoàn thành nhiệm vụ xây dựng NTM.
Theo Văn phòng Điều phối NTM tỉnh, hiện còn 7 xã chưa đạt chuẩn, chủ yếu ở vùng biên giới. Tỉnh đã chọn 15 xã điểm để xây dựng xã NTM kiểu mẫu theo hướng "nông thôn thông minh"; 100% xã có điểm truy cập Internet công cộng.
Đặc biệt, phong trào "xã văn hóa nông thôn mới" được nhân rộng với 86 xã đạt danh hiệu.
Ảnh: Cánh đồng sen ở huyện Tháp Mười. (Ảnh: Lê Hoàng Vũ)
Lê Hoàng Vũ
Chia sẻ | Bình luận
""", "87", "Đồng Tháp", "province", "Đồng Tháp", "as_of", "2024-10-28", "2024-10-28", pub="2024-10-28")
AS = ("as_of", "2024-10-28", "2024-10-28")
d.F("ntm_communes", "level", 108, "toàn tỉnh có 108/115 xã đạt chuẩn NTM", den=115, per=AS, h=True)
d.F("ntm_communes", "share", 93.91, "tương đương 93,91%", per=AS)
d.F("ntm_advanced_communes", "level", 41, "41 xã NTM nâng cao", per=AS)
d.F("ntm_model_communes", "level", 12, "12 xã NTM kiểu mẫu", per=AS)
d.F("ntm_districts", "level", 10, "10/12 đơn vị cấp huyện đã đạt chuẩn hoặc hoàn thành nhiệm vụ xây dựng NTM", den=12)

d = Doc("1421_hai-hau-tong-ket-2018.txt", """
HẢI HẬU TỔNG KẾT NĂM 2018: THU NGÂN SÁCH ĐẠT 135% DỰ TOÁN
Cổng TTĐT huyện Hải Hậu - 24/12/2018
Ngày 21/12/2018, HĐND huyện Hải Hậu khóa XIX tổ chức kỳ họp thứ 7. Năm 2018, tổng thu ngân sách nhà nước trên địa bàn huyện đạt 312 tỷ 450 triệu đồng, đạt 135% dự toán tỉnh giao; thu mới trên địa bàn đạt 96,75 tỉ đồng. Tổng chi ngân sách huyện 985.214 triệu đồng.
Về nông thôn mới, sau khi được công nhận huyện đạt chuẩn, huyện tập trung xây dựng nông thôn mới kiểu mẫu: hiện có 14 xã đạt chuẩn NTM kiểu mẫu (tăng 6 xã so với năm trước); 100% xóm đạt tiêu chí xóm văn hóa.
(Ảnh: Các đại biểu dự kỳ họp - Ảnh: Minh Hải)
Cũng theo báo cáo, toàn tỉnh Nam Định năm 2018 thu ngân sách 3.950 tỷ đồng, Hải Hậu là một trong ba địa phương có số thu cao nhất tỉnh.
Năm 2019, huyện phấn đấu thu ngân sách trên địa bàn 320 tỷ đồng.
Minh Hải
""", "36", "Nam Định", "district", "Hải Hậu", "year", "2018-01-01", "2018-12-31", pub="2018-12-24")
d.F("budget_revenue", "level", 312.45, "tổng thu ngân sách nhà nước trên địa bàn huyện đạt 312 tỷ 450 triệu đồng")
d.F("budget_revenue", "pct_of_plan", 135, "đạt 135% dự toán tỉnh giao", basis="estimate")
d.F("budget_revenue", "level", 96.75, "thu mới trên địa bàn đạt 96,75 tỉ đồng")
d.F("budget_expenditure", "level", 985.214, "Tổng chi ngân sách huyện 985.214 triệu đồng")
d.F("ntm_model_communes", "level", 14, "hiện có 14 xã đạt chuẩn NTM kiểu mẫu", per=("as_of", "2018-12-21", "2018-12-21"))
d.F("budget_revenue", "level", 3950, "toàn tỉnh Nam Định năm 2018 thu ngân sách 3.950 tỷ đồng", area=P("Nam Định"), h=True)

d = Doc("1422_ninh-hoa-ntm-2016.txt", """
Thị xã Ninh Hòa: 09 xã đạt chuẩn nông thôn mới
Thứ Bảy, 31/12/2016 - 08:00
Trang chủ > Tin tức > Nông nghiệp - Nông thôn
Sáng 29/12, Ban Chỉ đạo các Chương trình mục tiêu quốc gia thị xã Ninh Hòa tổ chức hội nghị tổng kết năm 2016. Đến cuối năm 2016, thị xã có 09/20 xã đạt chuẩn nông thôn mới; các xã còn lại bình quân đạt 14,8 tiêu chí/xã; 45 thôn đạt chuẩn thôn nông thôn mới.
Cũng trong năm, tổng thu ngân sách nhà nước trên địa bàn thị xã đạt 395 tỷ đồng, đạt 104,2% dự toán; vốn đầu tư công giải ngân đạt 92% kế hoạch vốn.
Năm 2017, Ninh Hòa chọn 3 xã Ninh Phụng, Ninh Đông, Ninh Thân đăng ký về đích, phấn đấu nâng tổng số xã đạt chuẩn lên 12 xã.
Ảnh: Hội nghị tổng kết năm 2016. (Ảnh: Văn Kỳ)
Văn Kỳ
Tin cùng chuyên mục
""", "56", "Khánh Hòa", "town", "Ninh Hòa", "year", "2016-01-01", "2016-12-31", pub="2016-12-31")
d.F("ntm_communes", "level", 9, "thị xã có 09/20 xã đạt chuẩn nông thôn mới", den=20, per=("as_of", "2016-12-31", "2016-12-31"))
d.F("budget_revenue", "level", 395, "tổng thu ngân sách nhà nước trên địa bàn thị xã đạt 395 tỷ đồng")
d.F("budget_revenue", "pct_of_plan", 104.2, "đạt 104,2% dự toán", basis="estimate")
d.F("disbursement", "pct_of_plan", 92, "vốn đầu tư công giải ngân đạt 92% kế hoạch vốn", basis="plan")

d = Doc("1423_dbscl-ntm-2019-cac-tinh.txt", """
Tin tức › Xã hội › Nông thôn mới
ĐBSCL: Cuộc đua về đích nông thôn mới của các tỉnh
11/01/2020 | 17:30 GMT+7
Năm 2019, các tỉnh vùng ĐBSCL tiếp tục có thêm nhiều xã đạt chuẩn nông thôn mới, dù khó khăn về hạn, mặn.
Cần Thơ là địa phương đầu tiên trong vùng có 36/36 xã đạt chuẩn. Tỉnh Tiền Giang đã có 109/144 xã đạt chuẩn và 4 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng NTM. Trong khi đó, Long An có 92/166 xã đạt chuẩn (tăng 15 xã so với năm trước), Bến Tre 61/147 xã, Sóc Trăng 52/80 xã, còn tỉnh Bạc Liêu có 34/49 xã.
Ảnh: Đường giao thông nông thôn ở huyện Chợ Gạo. (Ảnh: Hữu Chí)
Ông Trần Văn Tâm, Phó Chánh Văn phòng Điều phối NTM một tỉnh trong vùng, cho biết nhiều xã "về đích" rồi nhưng giữ chuẩn tiêu chí môi trường, thu nhập là thách thức lớn. Một số địa phương đã chọn 5 - 7 xã điểm để xây dựng NTM nâng cao.
Hữu Chí
Chia sẻ | Bình luận (3)
""", "", "", "national", "Việt Nam", "as_of", "2019-12-31", "2019-12-31", pub="2020-01-11")
for ev, n, v, den in (("Cần Thơ là địa phương đầu tiên trong vùng có 36/36 xã đạt chuẩn", "Cần Thơ", 36, 36), ("Tỉnh Tiền Giang đã có 109/144 xã đạt chuẩn", "Tiền Giang", 109, 144),
        ("Long An có 92/166 xã đạt chuẩn", "Long An", 92, 166), ("Bến Tre 61/147 xã", "Bến Tre", 61, 147), ("Sóc Trăng 52/80 xã", "Sóc Trăng", 52, 80),
        ("tỉnh Bạc Liêu có 34/49 xã", "Bạc Liêu", 34, 49)):
    d.F("ntm_communes", "level", v, ev, den=den, area=P(n), h=True)
d.F("ntm_districts", "level", 4, "4 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng NTM", area=P("Tiền Giang"))

d = Doc("1424_binh-phuoc-thang-10-2020.txt", """
Trang chủ > Chính quyền > Tin hoạt động UBND tỉnh
BÌNH PHƯỚC: TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 10 NĂM 2020
Đăng ngày 03-11-2020
Theo báo cáo của UBND tỉnh, thu ngân sách trong tháng 10 đạt 790 tỷ đồng; lũy kế 10 tháng thu 9.420 tỷ đồng, đạt 89,7% dự toán, bằng 108% so với cùng kỳ. Tổng vốn đầu tư công năm 2020 được giao 3.980 tỷ đồng; giải ngân 10 tháng đạt 72,5% kế hoạch.
Trong tháng, Chi nhánh Ngân hàng Chính sách xã hội tỉnh cho 1.240 lượt hộ vay vốn với doanh số 52 tỷ đồng.
(Ảnh: Toàn cảnh phiên họp UBND tỉnh tháng 10 - Ảnh: Hồng Vân)
Tỉnh ủy yêu cầu các ngành tập trung thu hồi nợ đọng thuế, quyết tâm hoàn thành vượt dự toán thu năm 2020.
Hồng Vân
""", "70", "Bình Phước", "province", "Bình Phước", "month", "2020-10-01", "2020-10-31", pub="2020-11-03")
Y = ("ytd", "2020-01-01", "2020-10-31")
d.F("budget_revenue", "level", 790, "thu ngân sách trong tháng 10 đạt 790 tỷ đồng", h=True)
d.F("budget_revenue", "level", 9420, "lũy kế 10 tháng thu 9.420 tỷ đồng", per=Y, h=True)
d.F("budget_revenue", "pct_of_plan", 89.7, "đạt 89,7% dự toán", basis="estimate", per=Y, h=True)
d.F("budget_revenue", "change", 8, "bằng 108% so với cùng kỳ", basis="yoy", per=Y)
d.F("disbursement", "pct_of_plan", 72.5, "giải ngân 10 tháng đạt 72,5% kế hoạch", basis="plan", per=Y, h=True)
