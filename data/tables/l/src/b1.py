d = Doc("1401_giai-ngan-8-thang-2024-dia-phuong.txt", """
Trang chủ > Tin tức > Tài chính - Ngân sách
GIẢI NGÂN VỐN ĐẦU TƯ CÔNG 8 THÁNG: NHIỀU ĐỊA PHƯƠNG VƯỢT MỨC BÌNH QUÂN, VẪN CÒN NƠI "Ì ẠCH"
Thứ năm, 12/09/2024 | 15:42 | Lượt xem: 2.817
(MOF) - Theo báo cáo của Bộ Tài chính, lũy kế giải ngân vốn đầu tư công từ đầu năm đến hết ngày 31/8/2024 của cả nước ước đạt 47,82% kế hoạch Thủ tướng Chính phủ giao. Có 21 bộ, cơ quan trung ương và 32 địa phương có tỷ lệ giải ngân trên mức bình quân chung.
Ảnh minh họa: Thi công tuyến đường kết nối liên vùng. (Ảnh: Hữu Việt)
Các địa phương có tỷ lệ giải ngân cao nhất (Đơn vị tính: % kế hoạch vốn năm 2024)
1. Thái Bình: 68,4
2. Phú Thọ: 65,1
3. tỉnh Lạng Sơn: 63,7
4. Hậu Giang: 61,9
5. Quảng Ninh: 60,2
Ở nhóm địa phương có quy mô vốn lớn, Thanh Hóa đã giải ngân 5.120 tỷ đồng, đạt 52,6% kế hoạch; Nghệ An giải ngân được khoảng 4.300 tỷ đồng.
Ngược lại, một số địa phương còn đạt thấp so với bình quân cả nước như Kon Tum (22,5%), Bà Rịa - Vũng Tàu (24,1%) và TP. Hồ Chí Minh (26,3%). Nguyên nhân chủ yếu do vướng mắc giải phóng mặt bằng, nguồn vật liệu san lấp và năng lực một số nhà thầu.
Tại cuộc họp trực tuyến với 120 điểm cầu, đại diện Bộ Tài chính đề nghị các địa phương phân công lãnh đạo theo dõi từng dự án, phấn đấu giải ngân cả năm đạt trên 95% kế hoạch.
Minh Thư
Tin liên quan:
- Kiến nghị tháo gỡ vướng mắc về đất đai cho dự án giao thông
- Bộ Tài chính công khai danh sách chậm giải ngân
Chia sẻ | In bài | Về đầu trang
""", "", "", "national", "Việt Nam", "ytd", "2024-01-01", "2024-08-31",
url="https://mof.gov.vn/webcenter/portal/btcvn/pages_r/l/tin-bo-tai-chinh/giai-ngan-8-thang-2024", pub="2024-09-12")
P = lambda n: ("province", n, n)
d.F("disbursement", "pct_of_plan", 68.4, "1. Thái Bình: 68,4", basis="plan", area=P("Thái Bình"), h=True)
d.F("disbursement", "pct_of_plan", 65.1, "2. Phú Thọ: 65,1", basis="plan", area=P("Phú Thọ"), h=True)
d.F("disbursement", "pct_of_plan", 63.7, "3. tỉnh Lạng Sơn: 63,7", basis="plan", area=P("Lạng Sơn"), h=True)
d.F("disbursement", "pct_of_plan", 61.9, "4. Hậu Giang: 61,9", basis="plan", area=P("Hậu Giang"), h=True)
d.F("disbursement", "pct_of_plan", 60.2, "5. Quảng Ninh: 60,2", basis="plan", area=P("Quảng Ninh"), h=True)
d.F("disbursement", "level", 5120, "Thanh Hóa đã giải ngân 5.120 tỷ đồng", area=P("Thanh Hóa"), h=True)
d.F("disbursement", "pct_of_plan", 52.6, "đạt 52,6% kế hoạch", basis="plan", area=P("Thanh Hóa"), h=True)
d.F("disbursement", "level", 4300, "Nghệ An giải ngân được khoảng 4.300 tỷ đồng", approx="about", area=P("Nghệ An"), h=True)
d.F("disbursement", "pct_of_plan", 22.5, "Kon Tum (22,5%)", basis="plan", area=P("Kon Tum"), h=True)
d.F("disbursement", "pct_of_plan", 24.1, "Bà Rịa - Vũng Tàu (24,1%)", basis="plan", area=P("Bà Rịa - Vũng Tàu"), h=True)
d.F("disbursement", "pct_of_plan", 26.3, "TP. Hồ Chí Minh (26,3%)", basis="plan", area=P("Thành phố Hồ Chí Minh"), h=True)
for n in ("Kon Tum", "Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh"):
    d.A("disbursement", "low", "một số địa phương còn đạt thấp so với bình quân cả nước", area=P(n))

d = Doc("1402_ntm-ca-nuoc-cuoi-2023-top-bottom.txt", """
Báo Nông nghiệp Việt Nam › Nông thôn mới
Những "điểm sáng" và "vùng trũng" trong xây dựng nông thôn mới năm 2023
Cập nhật: 08:15, 10/01/2024
Tính đến ngày 31/12/2023, cả nước có 6.153/8.165 xã (75,4%) đạt chuẩn nông thôn mới. Bức tranh giữa các vùng, miền vẫn chênh lệch rõ rệt.
NHÓM DẪN ĐẦU
- Nam Định: 204/204 xã đạt chuẩn, trong đó 121 xã đạt chuẩn NTM nâng cao và 43 xã NTM kiểu mẫu;
- tỉnh Đồng Nai: 129/129 xã đạt chuẩn, toàn bộ 11/11 đơn vị cấp huyện đã hoàn thành nhiệm vụ xây dựng NTM;
- Hà Nam có 83/83 xã đạt chuẩn, 58 xã NTM nâng cao.
NHÓM "VÙNG TRŨNG"
Điện Biên mới có 46/115 xã đạt chuẩn (40%), bình quân đạt 12,9 tiêu chí/xã, còn 14 xã dưới 10 tiêu chí. Lai Châu có 48/94 xã, Kon Tum có 53/86 xã đạt chuẩn. Riêng tỉnh Cà Mau, năm 2023 có thêm 6 xã về đích, nâng tổng số lên 72/82 xã.
Ảnh: Một góc xã nông thôn mới ven đô. (Ảnh: Tùng Đinh)
Theo Văn phòng Điều phối nông thôn mới Trung ương, năm 2024 có 9 tỉnh đăng ký 100% số huyện hoàn thành nhiệm vụ; nhiều địa phương miền núi đề xuất cơ chế hỗ trợ riêng cho các xã đặc biệt khó khăn.
Thanh Tâm
Từ khóa: nông thôn mới, xã đạt chuẩn, vùng khó khăn
Bài viết cùng chuyên mục
""", "", "", "national", "Việt Nam", "as_of", "2023-12-31", "2023-12-31", pub="2024-01-10")
d.F("ntm_communes", "level", 204, "Nam Định: 204/204 xã đạt chuẩn", den=204, area=P("Nam Định"), h=True)
d.F("ntm_advanced_communes", "level", 121, "121 xã đạt chuẩn NTM nâng cao", area=P("Nam Định"))
d.F("ntm_model_communes", "level", 43, "43 xã NTM kiểu mẫu", area=P("Nam Định"))
d.F("ntm_communes", "level", 129, "tỉnh Đồng Nai: 129/129 xã đạt chuẩn", den=129, area=P("Đồng Nai"), h=True)
d.F("ntm_districts", "level", 11, "toàn bộ 11/11 đơn vị cấp huyện đã hoàn thành nhiệm vụ xây dựng NTM", den=11, area=P("Đồng Nai"))
d.F("ntm_communes", "level", 83, "Hà Nam có 83/83 xã đạt chuẩn", den=83, area=P("Hà Nam"), h=True)
d.F("ntm_advanced_communes", "level", 58, "58 xã NTM nâng cao", area=P("Hà Nam"))
d.F("ntm_communes", "level", 46, "Điện Biên mới có 46/115 xã đạt chuẩn", den=115, area=P("Điện Biên"), h=True)
d.F("ntm_communes", "share", 40, "46/115 xã đạt chuẩn (40%)", area=P("Điện Biên"))
d.F("ntm_communes", "level", 48, "Lai Châu có 48/94 xã", den=94, area=P("Lai Châu"), h=True)
d.F("ntm_communes", "level", 53, "Kon Tum có 53/86 xã đạt chuẩn", den=86, area=P("Kon Tum"), h=True)
d.F("ntm_communes", "level", 72, "nâng tổng số lên 72/82 xã", den=82, area=P("Cà Mau"), h=True)

d = Doc("1403_thu-ngan-sach-2022-cac-dia-phuong.txt", """
KINH TẾ
Nhiều địa phương thu ngân sách năm 2022 vượt xa dự toán
15/01/2023 - 06:30
Bức tranh thu ngân sách nhà nước năm 2022 tiếp tục cho thấy sự phân hóa lớn giữa các địa phương. Nhóm "đầu tàu" vẫn là những nơi có công nghiệp, dịch vụ phát triển.
TP. Hồ Chí Minh dẫn đầu với tổng thu ngân sách nhà nước trên địa bàn 484.600 tỷ đồng, đạt 124,5% dự toán; xếp sau là Hà Nội với số thu hơn 350.000 tỷ đồng. Tỉnh Bình Dương thu 68.950 tỷ đồng, vượt 11,2% dự toán, còn Quảng Ninh đạt 53.540 tỷ đồng (thu nội địa 38.100 tỷ đồng).
Thanh Hóa lần đầu cán mốc trên 51.000 tỷ đồng, trong đó thu từ hoạt động xuất nhập khẩu khoảng 16.300 tỷ đồng, thu tiền sử dụng đất 9.870 tỷ đồng.
Ảnh: Người nộp thuế làm thủ tục tại bộ phận một cửa Cục Thuế. (Ảnh: Lê Vân)
Ở chiều ngược lại, Bắc Kạn chỉ thu được 880 tỷ đồng, đạt 98,5% dự toán, là một trong số ít địa phương không hoàn thành dự toán. Cao Bằng thu 2.310 tỷ đồng.
Theo số liệu của Bộ Tài chính, có 5 địa phương thu trên 50.000 tỷ đồng và 58/63 địa phương vượt dự toán. Năm 2023, nhiều tỉnh đặt mục tiêu thận trọng hơn do thị trường bất động sản trầm lắng; Bình Dương phấn đấu thu 70.000 tỷ đồng.
NGỌC HÀ
Chia sẻ:  Facebook  Zalo
""", "", "", "national", "Việt Nam", "year", "2022-01-01", "2022-12-31", pub="2023-01-15")
d.F("budget_revenue", "level", 484600, "TP. Hồ Chí Minh dẫn đầu với tổng thu ngân sách nhà nước trên địa bàn 484.600 tỷ đồng", area=P("Thành phố Hồ Chí Minh"), h=True)
d.F("budget_revenue", "pct_of_plan", 124.5, "đạt 124,5% dự toán", basis="estimate", area=P("Thành phố Hồ Chí Minh"), h=True)
d.F("budget_revenue", "level", 350000, "Hà Nội với số thu hơn 350.000 tỷ đồng", approx="over", area=P("Hà Nội"), h=True)
d.F("budget_revenue", "level", 68950, "Tỉnh Bình Dương thu 68.950 tỷ đồng", area=P("Bình Dương"), h=True)
d.F("budget_revenue", "pct_of_plan", 111.2, "vượt 11,2% dự toán", basis="estimate", area=P("Bình Dương"), h=True)
d.F("budget_revenue", "level", 53540, "Quảng Ninh đạt 53.540 tỷ đồng", area=P("Quảng Ninh"), h=True)
d.F("domestic_revenue", "level", 38100, "thu nội địa 38.100 tỷ đồng", area=P("Quảng Ninh"))
d.F("budget_revenue", "level", 51000, "Thanh Hóa lần đầu cán mốc trên 51.000 tỷ đồng", approx="over", area=P("Thanh Hóa"), h=True)
d.F("budget_revenue", "level", 880, "Bắc Kạn chỉ thu được 880 tỷ đồng", area=P("Bắc Kạn"), h=True)
d.F("budget_revenue", "pct_of_plan", 98.5, "đạt 98,5% dự toán", basis="estimate", area=P("Bắc Kạn"), h=True)
d.F("budget_revenue", "level", 2310, "Cao Bằng thu 2.310 tỷ đồng", area=P("Cao Bằng"), h=True)

d = Doc("1404_phong-van-thai-binh-ntm.txt", """
Trang chủ > Tin tức > Nông thôn mới
Giám đốc Sở NN&PTNT Thái Bình: "Về đích rồi, việc khó nhất là giữ chuẩn"
Ngày đăng: 15/11/2021 | Lượt xem: 964
Nhân dịp tỉnh Thái Bình chuẩn bị tổng kết 10 năm xây dựng nông thôn mới, phóng viên Cổng thông tin Bộ Nông nghiệp và PTNT có cuộc trao đổi với ông Phạm Văn Tuấn, Giám đốc Sở Nông nghiệp và PTNT tỉnh.
PV: Xin ông cho biết kết quả nổi bật của Thái Bình?
Ông Phạm Văn Tuấn: Đến nay, Thái Bình có 260/260 xã đạt chuẩn nông thôn mới; 08/08 huyện, thành phố đạt chuẩn hoặc hoàn thành nhiệm vụ xây dựng NTM. Tỉnh đã có 52 xã đạt chuẩn NTM nâng cao, 9 xã đạt chuẩn NTM kiểu mẫu, và 1.450 thôn đạt chuẩn thôn NTM kiểu mẫu. Toàn tỉnh cũng có 180 xã được công nhận "xã văn hóa nông thôn mới".
PV: Giai đoạn tới tỉnh ưu tiên điều gì?
Ông Phạm Văn Tuấn: Chúng tôi chọn 30 xã điểm để tập trung xây dựng NTM nâng cao trong năm 2022, phấn đấu đến năm 2025 có ít nhất 50% số xã đạt chuẩn NTM nâng cao. Nguồn vốn vay ưu đãi của Ngân hàng Chính sách xã hội với dư nợ 4.820 tỷ đồng cũng giúp hàng vạn hộ phát triển sản xuất.
Ảnh: Ông Phạm Văn Tuấn trao đổi với phóng viên. (Ảnh: Kim Anh)
PV: Xin cảm ơn ông!
Kim Anh (thực hiện)
Chia sẻ  |  Gửi email  |  In
""", "34", "Thái Bình", "province", "Thái Bình", "as_of", "2021-11-15", "2021-11-15", pub="2021-11-15")
d.F("ntm_communes", "level", 260, "Thái Bình có 260/260 xã đạt chuẩn nông thôn mới", den=260, h=True)
d.F("ntm_districts", "level", 8, "08/08 huyện, thành phố đạt chuẩn hoặc hoàn thành nhiệm vụ xây dựng NTM", den=8)
d.F("ntm_advanced_communes", "level", 52, "52 xã đạt chuẩn NTM nâng cao")
d.F("ntm_model_communes", "level", 9, "9 xã đạt chuẩn NTM kiểu mẫu")

d = Doc("1405_luc-ngan-giai-ngan-9-thang.txt", """
Lục Ngạn giải ngân vốn đầu tư công đạt 71% kế hoạch
Thứ Ba, 03/10/2023 - 16:20
Chiều 2/10, UBND huyện Lục Ngạn tổ chức hội nghị đánh giá tình hình kinh tế - xã hội 9 tháng, triển khai nhiệm vụ quý IV năm 2023.
Theo báo cáo, tính đến ngày 30/9, toàn huyện đã giải ngân 186,4/262,5 tỷ đồng vốn đầu tư công, đạt 71% kế hoạch, cao hơn mức bình quân chung của toàn tỉnh Bắc Giang (65,2%). Thu ngân sách nhà nước trên địa bàn 9 tháng đạt 312 tỷ đồng, bằng 87,6% dự toán, trong đó thu tiền sử dụng đất 205 tỷ đồng.
Ảnh: Quang cảnh hội nghị. (Ảnh: Thu Hằng)
Sản xuất nông nghiệp giữ ổn định; sản lượng vải thiều ước đạt 180 nghìn tấn. Huyện hiện có 21 xã đạt chuẩn NTM; năm nay có thêm 2 xã đăng ký về đích.
Phát biểu chỉ đạo, đồng chí Chủ tịch UBND huyện đề nghị các chủ đầu tư đẩy nhanh tiến độ, phấn đấu cả năm giải ngân 100% kế hoạch vốn.
Thu Hằng (TTVH huyện)
Tin cùng chuyên mục:
· Lục Ngạn ra quân làm đường giao thông nông thôn
""", "24", "Bắc Giang", "district", "Lục Ngạn", "nine_months", "2023-01-01", "2023-09-30", pub="2023-10-03")
d.F("disbursement", "level", 186.4, "toàn huyện đã giải ngân 186,4/262,5 tỷ đồng vốn đầu tư công", den=262.5)
d.F("disbursement", "pct_of_plan", 71, "đạt 71% kế hoạch", basis="plan")
d.F("disbursement", "pct_of_plan", 65.2, "bình quân chung của toàn tỉnh Bắc Giang (65,2%)", basis="plan", area=P("Bắc Giang"), h=True)
d.F("budget_revenue", "level", 312, "Thu ngân sách nhà nước trên địa bàn 9 tháng đạt 312 tỷ đồng")
d.F("budget_revenue", "pct_of_plan", 87.6, "bằng 87,6% dự toán", basis="estimate")
d.F("ntm_communes", "level", 21, "Huyện hiện có 21 xã đạt chuẩn NTM", per=("as_of", "2023-10-02", "2023-10-02"))

d = Doc("1406_thu-ngan-sach-9-thang-huyen.txt", """
Trang chủ » Tin tức - Sự kiện » Kinh tế
Thu ngân sách 9 tháng đạt 82% dự toán
Ngày 06/10/2021, UBND huyện tổ chức phiên họp thường kỳ tháng 9 để đánh giá tình hình thực hiện nhiệm vụ kinh tế - xã hội 9 tháng đầu năm. Do ảnh hưởng của dịch Covid-19, nhiều doanh nghiệp trên địa bàn phải tạm ngưng hoạt động, song công tác thu ngân sách vẫn đạt khá.
Cụ thể, tổng thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 498 tỷ đồng, đạt 82,4% dự toán HĐND huyện giao, tăng 6,3% so với cùng kỳ; thu ngân sách địa phương hưởng theo phân cấp đạt 263 tỷ đồng. Tổng chi ngân sách huyện 412.560 triệu đồng, đạt 64,7% dự toán.
Về đầu tư công, huyện đã giải ngân 168 tỷ đồng, đạt 58,9% kế hoạch vốn.
Ảnh: Phó Chủ tịch UBND huyện phát biểu tại phiên họp. (Ảnh: Văn Dũng)
Trong quý IV, huyện phấn đấu thu vượt 10% dự toán năm, chú trọng khai thác nguồn thu từ các khu công nghiệp Đất Cuốc, Tân Bình.
Văn Dũng - Trung tâm Văn hóa, Thông tin và Thể thao huyện
Lượt xem: 1.106
""", "74", "Bình Dương", "district", "Bắc Tân Uyên", "nine_months", "2021-01-01", "2021-09-30",
url="https://bactanuyen.binhduong.gov.vn/tin-tuc-su-kien/kinh-te/thu-ngan-sach-9-thang-dat-82-du-toan", pub="2021-10-07")
d.F("budget_revenue", "level", 498, "tổng thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 498 tỷ đồng", approx="about")
d.F("budget_revenue", "pct_of_plan", 82.4, "đạt 82,4% dự toán HĐND huyện giao", basis="estimate")
d.F("budget_revenue", "change", 6.3, "tăng 6,3% so với cùng kỳ", basis="yoy")
d.F("budget_revenue", "level", 263, "thu ngân sách địa phương hưởng theo phân cấp đạt 263 tỷ đồng")
d.F("budget_expenditure", "level", 412.56, "Tổng chi ngân sách huyện 412.560 triệu đồng")
d.F("budget_expenditure", "pct_of_plan", 64.7, "đạt 64,7% dự toán", basis="estimate")
d.F("disbursement", "level", 168, "huyện đã giải ngân 168 tỷ đồng")
d.F("disbursement", "pct_of_plan", 58.9, "đạt 58,9% kế hoạch vốn", basis="plan")
