R('901_hon-quan-giai-ngan-9-thang.txt', '''Trang chủ > Tin tức > Kinh tế - Xã hội

HỚN QUẢN GIẢI NGÂN ĐẠT 68,4% KẾ HOẠCH VỐN ĐẦU TƯ CÔNG

Thứ Năm, 03/10/2024 | 15:42
Lượt xem: 1.234

BP - Chiều 2-10, UBND huyện tổ chức hội nghị đánh giá tình hình kinh tế - xã hội 9 tháng đầu năm, triển khai
nhiệm vụ quý IV/2024. Đồng chí Phó Chủ tịch UBND huyện chủ trì hội nghị.

Ảnh: Quang cảnh hội nghị. (Ảnh: Thanh Tùng)

Theo báo cáo, 9 tháng năm 2024, tổng thu ngân sách nhà nước trên địa bàn huyện
ước đạt 412,6 tỷ đồng, đạt 81,3% dự toán tỉnh giao, tăng 9,7% so với cùng kỳ năm 2023. Trong đó, thu
tiền sử dụng đất 158 tỷ đồng; thu thuế ngoài quốc doanh 96,4 tỷ đồng.

Về đầu tư công, tổng kế hoạch vốn năm 2024 huyện được giao 535 tỷ đồng (gồm vốn ngân sách tỉnh phân cấp
và vốn ngân sách huyện). Đến ngày 30-9, huyện đã giải ngân 366 tỷ đồng, đạt 68,4% kế hoạch, cao hơn mức
bình quân chung của tỉnh (toàn tỉnh giải ngân đạt 61,2%). Một số dự án chậm giải ngân do vướng mặt bằng.

Lĩnh vực xây dựng nông thôn mới tiếp tục được quan tâm. Hiện huyện có 9/12 xã đạt chuẩn nông thôn mới,
02 xã đạt chuẩn NTM nâng cao; còn 3 xã chưa đạt chuẩn. Năm 2024, huyện chọn 2 xã điểm để phấn đấu về đích
nâng cao. Ngoài ra, có 41 ấp được công nhận ấp văn hóa.

Phát biểu kết luận, lãnh đạo UBND huyện yêu cầu các ngành tập trung tháo gỡ vướng mắc, phấn đấu đến 31-01-2025
giải ngân 100% kế hoạch vốn.

Thanh Tùng
Tin liên quan:
- Bình Phước: Giải ngân vốn đầu tư công còn chậm
- Hớn Quản ra quân thu thuế cuối năm
Chia sẻ | In bài
''', 'Bình Phước', 'district', 'Hớn Quản', 'nine_months', '2024-01-01', '2024-09-30', [
 F('budget_revenue','level',412.6,'vnd_billion','tổng thu ngân sách nhà nước trên địa bàn huyện\nước đạt 412,6 tỷ đồng', approx='about'),
 F('budget_revenue','pct_of_plan',81.3,'percent','đạt 81,3% dự toán tỉnh giao', basis='estimate'),
 F('budget_revenue','change',9.7,'percent','tăng 9,7% so với cùng kỳ năm 2023', basis='yoy'),
 F('disbursement','level',366,'vnd_billion','huyện đã giải ngân 366 tỷ đồng', per=('ytd','2024-01-01','2024-09-30')),
 F('disbursement','pct_of_plan',68.4,'percent','đạt 68,4% kế hoạch', basis='plan', per=('ytd','2024-01-01','2024-09-30')),
 F('disbursement','pct_of_plan',61.2,'percent','toàn tỉnh giải ngân đạt 61,2%', basis='plan', per=('ytd','2024-01-01','2024-09-30'), area=('province','Bình Phước','Bình Phước'), head='yes'),
 F('ntm_communes','level',9,'count','huyện có 9/12 xã đạt chuẩn nông thôn mới', den=12, per=('as_of','2024-10-02','2024-10-02')),
 F('ntm_advanced_communes','level',2,'count','02 xã đạt chuẩn NTM nâng cao', per=('as_of','2024-10-02','2024-10-02')),
], url='https://baobinhphuoc.com.vn/news/4/160123/hon-quan-giai-ngan-dat-68-4-ke-hoach', date='2024-10-03', nonfacts=4,
 tests='bare unit in title; province figure quoted; allocation; target; "còn 3 xã chưa đạt"; xã điểm; ấp văn hóa')

R('902_thu-ngan-sach-nam-2023-vuot-du-toan.txt', '''Thu ngân sách năm 2023 vượt dự toán

Cập nhật: 08/01/2024

Ngày 5/1, UBND huyện tổ chức hội nghị tổng kết công tác thu ngân sách nhà nước năm 2023 và triển khai nhiệm vụ
năm 2024.

Năm 2023, tổng thu ngân sách nhà nước trên địa bàn đạt 1.286,4 tỷ đồng, đạt 118,6% dự toán tỉnh giao, bằng 93%
so với cùng kỳ. Trong đó, thu ngân sách do huyện quản lý đạt 724 tỷ 350 triệu đồng, đạt 121,2% dự toán; thu
tiền sử dụng đất 402 tỷ đồng; thuế thu nhập cá nhân 61 tỷ đồng; lệ phí trước bạ 35,2 tỷ đồng.

Tổng chi ngân sách địa phương năm 2023 thực hiện 968.420 triệu đồng, đạt 104% dự toán.

Năm 2024, huyện được tỉnh giao dự toán thu 1.150 tỷ đồng; HĐND huyện phấn đấu thu 1.250 tỷ đồng. Phó Chủ tịch
UBND huyện đề nghị Chi cục Thuế khu vực phối hợp các xã, thị trấn rà soát nguồn thu, chống thất thu.

Dịp này, 12 tập thể, 25 cá nhân được khen thưởng vì có thành tích xuất sắc trong công tác thu ngân sách.

Hoàng Yến - Trung tâm VH-TT&TT huyện

Các tin khác
• Bắc Tân Uyên: Tổng kết công tác dân vận năm 2023
• Hội nghị cán bộ, công chức năm 2024
''', 'Bình Dương', 'district', 'Bắc Tân Uyên', 'year', '2023-01-01', '2023-12-31', [
 F('budget_revenue','level',1286.4,'vnd_billion','tổng thu ngân sách nhà nước trên địa bàn đạt 1.286,4 tỷ đồng'),
 F('budget_revenue','pct_of_plan',118.6,'percent','đạt 118,6% dự toán tỉnh giao', basis='estimate'),
 F('budget_revenue','change',-7,'percent','bằng 93%\nso với cùng kỳ', basis='yoy'),
 F('budget_revenue','level',724.35,'vnd_billion','thu ngân sách do huyện quản lý đạt 724 tỷ 350 triệu đồng'),
 F('budget_revenue','pct_of_plan',121.2,'percent','đạt 121,2% dự toán', basis='estimate'),
 F('budget_expenditure','level',968.42,'vnd_billion','Tổng chi ngân sách địa phương năm 2023 thực hiện 968.420 triệu đồng'),
 F('budget_expenditure','pct_of_plan',104,'percent','đạt 104% dự toán', basis='estimate'),
], url='https://bactanuyen.binhduong.gov.vn/tin-tuc/kinh-te/thu-ngan-sach-nam-2023-vuot-du-toan-4412.html', date='2024-01-08', nonfacts=3,
 tests='unit only in URL (+ related-links list); sub-total; line items; triệu đồng expenditure; "tỷ 350 triệu"; allocation & target next year; awards')

R('903_giai-ngan-von-dau-tu-cong-10-thang.txt', '''VTV.vn > Kinh tế

Giải ngân vốn đầu tư công 10 tháng: Nhiều địa phương vẫn dưới mức bình quân

31/10/2024 19:05 GMT+7

VTV.vn - Theo số liệu Bộ Tài chính, lũy kế từ đầu năm đến hết tháng 10/2024, cả nước giải ngân khoảng 47,3% kế
hoạch vốn Thủ tướng Chính phủ giao. Bức tranh giữa các địa phương tiếp tục phân hóa rõ rệt.

Nhóm dẫn đầu có Thái Bình với 82,6%, Lạng Sơn 78,9%, Phú Thọ 76,4% và Ninh Bình 74,1%. Trong khi đó, Bắc Ninh đạt
42,1%, Bắc Giang 38,6%; đặc biệt Bà Rịa - Vũng Tàu mới giải ngân được 1.842 tỷ đồng, tương đương 23,2% kế hoạch.

Tại Thành phố Hồ Chí Minh, tỷ lệ giải ngân đến cuối tháng 10 chỉ ở mức 31,5%, dù thành phố đã lập các tổ công tác
đặc biệt. Hà Nội đạt khoảng 45%, với số vốn đã giải ngân hơn 21.000 tỷ đồng.

(Ảnh: Thi công đường vành đai 3 TP.HCM. Ảnh: VTV)

Các bộ, ngành trung ương cũng chưa cải thiện: 8 bộ, cơ quan giải ngân dưới 20%. Bộ Tài chính đề nghị các địa phương
không còn xã nào chậm chi trả tiền bồi thường, đẩy nhanh thủ tục thanh toán khối lượng hoàn thành.

Minh Anh - Tổng hợp
Từ khóa: giải ngân, đầu tư công
''', 'Việt Nam', 'national', 'Việt Nam', 'ytd', '2024-01-01', '2024-10-31', [
 F('disbursement','pct_of_plan',82.6,'percent','Thái Bình với 82,6%', basis='plan', area=('province','Thái Bình','Thái Bình'), head='yes'),
 F('disbursement','pct_of_plan',78.9,'percent','Lạng Sơn 78,9%', basis='plan', area=('province','Lạng Sơn','Lạng Sơn'), head='yes'),
 F('disbursement','pct_of_plan',76.4,'percent','Phú Thọ 76,4%', basis='plan', area=('province','Phú Thọ','Phú Thọ'), head='yes'),
 F('disbursement','pct_of_plan',74.1,'percent','Ninh Bình 74,1%', basis='plan', area=('province','Ninh Bình','Ninh Bình'), head='yes'),
 F('disbursement','pct_of_plan',42.1,'percent','Bắc Ninh đạt\n42,1%', basis='plan', area=('province','Bắc Ninh','Bắc Ninh'), head='yes'),
 F('disbursement','pct_of_plan',38.6,'percent','Bắc Giang 38,6%', basis='plan', area=('province','Bắc Giang','Bắc Giang'), head='yes'),
 F('disbursement','level',1842,'vnd_billion','Bà Rịa - Vũng Tàu mới giải ngân được 1.842 tỷ đồng', area=('province','Bà Rịa - Vũng Tàu','Bà Rịa - Vũng Tàu'), head='yes'),
 F('disbursement','pct_of_plan',23.2,'percent','tương đương 23,2% kế hoạch', basis='plan', area=('province','Bà Rịa - Vũng Tàu','Bà Rịa - Vũng Tàu'), head='yes'),
 A('disbursement','low','Bà Rịa - Vũng Tàu mới giải ngân được', area=('province','Bà Rịa - Vũng Tàu','Bà Rịa - Vũng Tàu')),
 F('disbursement','pct_of_plan',31.5,'percent','tỷ lệ giải ngân đến cuối tháng 10 chỉ ở mức 31,5%', basis='plan', area=('province','Thành phố Hồ Chí Minh','Thành phố Hồ Chí Minh'), head='yes'),
 F('disbursement','pct_of_plan',45,'percent','Hà Nội đạt khoảng 45%', basis='plan', approx='about', area=('province','Hà Nội','Hà Nội'), head='yes'),
 F('disbursement','level',21000,'vnd_billion','hơn 21.000 tỷ đồng', approx='over', area=('province','Hà Nội','Hà Nội'), head='yes'),
], nonfacts=2, tests='roundup: one fact per province; national total not a row; ministries not rows')

R('904_giam-doc-so-tai-chinh-thanh-hoa.txt', '''BÁO THANH HÓA ĐIỆN TỬ
Kinh tế | Phỏng vấn

Giám đốc Sở Tài chính: "Thu ngân sách năm 2022 lần đầu vượt mốc 50 nghìn tỷ đồng"

Ngày đăng: 28-12-2022

PV: Thưa ông, xin ông cho biết kết quả thu ngân sách năm 2022 của tỉnh?

Ông Nguyễn Văn Hải - Giám đốc Sở Tài chính: Năm 2022, mặc dù kinh tế còn nhiều khó khăn nhưng tổng thu ngân sách
nhà nước trên địa bàn tỉnh ước đạt 51,2 nghìn tỷ đồng, bằng 180,4% dự toán Trung ương giao, tăng 14% so với năm
2021. Riêng thu nội địa ước đạt 36.350 tỷ đồng, đạt 152% dự toán; thu từ dầu thô và hoạt động xuất nhập khẩu
khoảng 14.850 tỷ đồng. Thu tiền sử dụng đất đạt 11.200 tỷ đồng.

PV: Còn về chi ngân sách và giải ngân vốn đầu tư công?

Ông Nguyễn Văn Hải: Tổng chi ngân sách địa phương ước 47.600 tỷ đồng. Đến ngày 25/12, toàn tỉnh đã giải ngân 9.814
tỷ đồng vốn đầu tư công, đạt 86,7% kế hoạch. Giai đoạn 2016 - 2020 thu ngân sách của tỉnh bình quân tăng 19,5%/năm.

PV: Năm 2023, ngành tài chính đặt mục tiêu gì?

Ông Nguyễn Văn Hải: Dự toán thu năm 2023 HĐND tỉnh giao 38.745 tỷ đồng; ngành phấn đấu thu vượt ít nhất 10%.

PV: Xin cảm ơn ông!

Lê Hợi (thực hiện)
© Báo Thanh Hóa. Ghi rõ nguồn khi phát hành lại.
''', 'Thanh Hóa', 'province', 'Thanh Hóa', 'year', '2022-01-01', '2022-12-31', [
 F('budget_revenue','level',51200,'vnd_billion','nhà nước trên địa bàn tỉnh ước đạt 51,2 nghìn tỷ đồng', approx='about', head='yes'),
 F('budget_revenue','pct_of_plan',180.4,'percent','bằng 180,4% dự toán Trung ương giao', basis='estimate', head='yes'),
 F('budget_revenue','change',14,'percent','tăng 14% so với năm\n2021', basis='yoy'),
 F('domestic_revenue','level',36350,'vnd_billion','thu nội địa ước đạt 36.350 tỷ đồng', approx='about'),
 F('domestic_revenue','pct_of_plan',152,'percent','đạt 152% dự toán', basis='estimate'),
 F('budget_expenditure','level',47600,'vnd_billion','Tổng chi ngân sách địa phương ước 47.600 tỷ đồng', approx='about'),
 F('disbursement','level',9814,'vnd_billion','toàn tỉnh đã giải ngân 9.814\ntỷ đồng vốn đầu tư công', per=('ytd','2022-01-01','2022-12-25'), head='yes'),
 F('disbursement','pct_of_plan',86.7,'percent','đạt 86,7% kế hoạch', basis='plan', per=('ytd','2022-01-01','2022-12-25'), head='yes'),
 F('budget_revenue','change',19.5,'percent','bình quân tăng 19,5%/năm', basis='annual_avg', per=('term','2016-01-01','2020-12-31')),
], nonfacts=2, tests='interview; nghìn tỷ; line items (XNK, tiền SDĐ) not rows; annual-avg growth over term; next-year estimate & target')

R('905_cau-ke-hdnd-ky-hop-cuoi-nam.txt', '''HĐND huyện Cầu Kè khóa XII tổ chức kỳ họp thứ 6

Đăng lúc: 22/12/2021 - 10:15

(TVO) - Ngày 21/12, HĐND huyện Cầu Kè (tỉnh Trà Vinh) khai mạc kỳ họp thứ 6, khóa XII, nhiệm kỳ 2021 - 2026 để xem
xét, thông qua các báo cáo kinh tế - xã hội năm 2021 và nhiệm vụ năm 2022. Dự kỳ họp có 32/35 đại biểu HĐND huyện.

Báo cáo của UBND huyện cho biết, năm 2021 tổng thu ngân sách trên địa bàn huyện thực hiện 98,56 tỷ đồng, đạt 106,3% dự
toán tỉnh giao, đạt 101,4% Nghị quyết HĐND huyện. Tổng chi ngân sách 512,4 tỷ đồng.

Tổng vốn đầu tư công năm 2021 được phân bổ 214 tỷ đồng; đến nay đã giải ngân 152/214 tỷ đồng.

Về nông thôn mới, sau 5 năm (giai đoạn 2016 – 2020) và năm đầu giai đoạn mới, huyện có thêm 5 xã đạt chuẩn, nâng tổng số
xã đạt chuẩn nông thôn mới lên 8/10 xã; có 1 xã đạt chuẩn NTM nâng cao. Bình quân toàn huyện đạt 17,4 tiêu chí/xã. Huyện
đạt 7/9 tiêu chí huyện nông thôn mới. Có 38 ấp đạt chuẩn ấp nông thôn mới.

Năm 2022, huyện phấn đấu có thêm 2 xã đạt chuẩn và đăng ký đạt chuẩn huyện nông thôn mới vào năm 2023.

Ảnh: Đại biểu biểu quyết thông qua nghị quyết tại kỳ họp. (Ảnh: Thanh Hòa)

Thanh Hòa - Đài PT-TH Trà Vinh
''', 'Trà Vinh', 'district', 'Cầu Kè', 'year', '2021-01-01', '2021-12-31', [
 F('budget_revenue','level',98.56,'vnd_billion','tổng thu ngân sách trên địa bàn huyện thực hiện 98,56 tỷ đồng'),
 F('budget_revenue','pct_of_plan',106.3,'percent','đạt 106,3% dự\ntoán tỉnh giao', basis='estimate'),
 F('budget_revenue','pct_of_plan',101.4,'percent','đạt 101,4% Nghị quyết HĐND huyện', basis='resolution'),
 F('budget_expenditure','level',512.4,'vnd_billion','Tổng chi ngân sách 512,4 tỷ đồng'),
 F('disbursement','level',152,'vnd_billion','đã giải ngân 152/214 tỷ đồng', per=('ytd','2021-01-01','2021-12-21')),
 F('ntm_communes','level',8,'count','nâng tổng số\nxã đạt chuẩn nông thôn mới lên 8/10 xã', den=10, per=('as_of','2021-12-21','2021-12-21')),
 F('ntm_advanced_communes','level',1,'count','có 1 xã đạt chuẩn NTM nâng cao', per=('as_of','2021-12-21','2021-12-21')),
 F('ntm_district_criteria','level',7,'count','Huyện\nđạt 7/9 tiêu chí huyện nông thôn mới', den=9, per=('as_of','2021-12-21','2021-12-21')),
], nonfacts=5, tests='province named once "huyện X (tỉnh Y)"; two bases; actual/plan 152/214; "thêm 5 xã" not a level; tiêu chí/xã; hamlets; attendance 32/35')

R('906_xa-luc-ngan-6-thang-2025.txt', '''Cổng TTĐT xã Lục Ngạn
Trang chủ » Tin tức - Sự kiện » Kinh tế

XÃ LỤC NGẠN TRIỂN KHAI NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025

18/07/2025 | Lượt xem: 412

Ngày 17/7/2025, Đảng ủy, UBND xã Lục Ngạn (tỉnh Bắc Ninh) tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai
nhiệm vụ 6 tháng cuối năm. Đây là hội nghị đầu tiên kể từ khi xã mới chính thức đi vào hoạt động theo mô hình chính
quyền địa phương hai cấp.

Trong 6 tháng đầu năm 2025, tổng thu ngân sách nhà nước trên địa bàn (tính gộp các xã cũ trước sắp xếp) ước đạt
38,7 tỷ đồng, đạt 52,4% dự toán năm. Thu ngân sách xã hưởng theo phân cấp 12,3 tỷ đồng. Giải ngân vốn đầu tư công
các công trình chuyển tiếp đạt 46% kế hoạch; một số công trình giao thông nông thôn còn chậm.

Xã hiện có 14/18 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu; sản phẩm vải thiều tiếp tục được tiêu thụ tốt.
Ngân hàng CSXH giải ngân cho vay 23,5 tỷ đồng cho 540 hộ.

Trang Linh (Trung tâm dịch vụ công xã)
Chia sẻ: Facebook | Zalo
''', 'Bắc Ninh', 'commune', 'Lục Ngạn', 'half_year', '2025-01-01', '2025-06-30', [
 F('budget_revenue','level',38.7,'vnd_billion','tổng thu ngân sách nhà nước trên địa bàn (tính gộp các xã cũ trước sắp xếp) ước đạt\n38,7 tỷ đồng', approx='about'),
 F('budget_revenue','pct_of_plan',52.4,'percent','đạt 52,4% dự toán năm', basis='estimate'),
 F('budget_revenue','level',12.3,'vnd_billion','Thu ngân sách xã hưởng theo phân cấp 12,3 tỷ đồng'),
 F('disbursement','pct_of_plan',46,'percent','Giải ngân vốn đầu tư công\ncác công trình chuyển tiếp đạt 46% kế hoạch', basis='plan'),
 A('disbursement','slow','một số công trình giao thông nông thôn còn chậm'),
], url='https://lucngan.bacninh.gov.vn/tin-tuc/xa-luc-ngan-trien-khai-nhiem-vu-6-thang-cuoi-nam-2025', date='2025-07-18', v34=True, nonfacts=2,
 tests='post-2025 commune; new province Bắc Ninh; hamlets kiểu mẫu not communes; CSXH loans')
