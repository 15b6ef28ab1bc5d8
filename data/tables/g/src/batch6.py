R('931_chau-thanh-tong-ket-2024.txt', '''Châu Thành: Năm 2024 thu ngân sách vượt 15% dự toán

Ngày 27/12/2024 | Tin: Kinh tế

Ngày 26/12, HĐND huyện Châu Thành khóa XII tổ chức kỳ họp thường lệ cuối năm. Chủ tịch UBND tỉnh Tây Ninh dự và phát biểu chỉ
đạo.

Theo báo cáo, năm 2024 tổng thu ngân sách nhà nước trên địa bàn huyện đạt 452,6 tỷ đồng, vượt 15% dự toán (thu cân đối ngân
sách 318 tỷ đồng). Các khoản thuế, phí: thuế giá trị gia tăng 104 tỷ, phí, lệ phí 28,6 tỷ đồng. Tổng chi ngân sách địa phương
836.700 triệu đồng.

Giải ngân vốn đầu tư công đến 25/12 đạt 89,6% kế hoạch, trong đó vốn ngân sách huyện đạt 95,2%.

Đến nay, huyện có 14/14 xã đạt chuẩn nông thôn mới, 5 xã đạt chuẩn NTM nâng cao; huyện đã được công nhận đạt chuẩn huyện nông
thôn mới. Năm 2025, phấn đấu thu ngân sách 480 tỷ đồng và thêm 3 xã đạt chuẩn NTM nâng cao.

Tin, ảnh: Thanh Sang
''', 'Tây Ninh', 'district', 'Châu Thành', 'year', '2024-01-01', '2024-12-31', [
 F('budget_revenue','level',452.6,'vnd_billion','tổng thu ngân sách nhà nước trên địa bàn huyện đạt 452,6 tỷ đồng'),
 F('budget_revenue','pct_of_plan',115,'percent','vượt 15% dự toán', basis='estimate'),
 F('budget_revenue','level',318,'vnd_billion','thu cân đối ngân\nsách 318 tỷ đồng'),
 F('budget_expenditure','level',836.7,'vnd_billion','Tổng chi ngân sách địa phương\n836.700 triệu đồng'),
 F('disbursement','pct_of_plan',89.6,'percent','Giải ngân vốn đầu tư công đến 25/12 đạt 89,6% kế hoạch', basis='plan', per=('ytd','2024-01-01','2024-12-25')),
 F('disbursement','pct_of_plan',95.2,'percent','vốn ngân sách huyện đạt 95,2%', basis='plan', per=('ytd','2024-01-01','2024-12-25')),
 F('ntm_communes','level',14,'count','huyện có 14/14 xã đạt chuẩn nông thôn mới', den=14, per=('as_of','2024-12-26','2024-12-26')),
 F('ntm_advanced_communes','level',5,'count','5 xã đạt chuẩn NTM nâng cao', per=('as_of','2024-12-26','2024-12-26')),
], url='https://chauthanh.tayninh.gov.vn/vi/news/kinh-te/chau-thanh-nam-2024-thu-ngan-sach-vuot-15-du-toan-1234.html', date='2024-12-27', nonfacts=2,
 tests='ambiguous "Châu Thành" resolved by province mention + URL; thu cân đối subtotal; tax/fee line items; target next year')

R('932_khanh-hoa-thang-11-2025.txt', '''KHÁNH HÒA: KINH TẾ - XÃ HỘI THÁNG 11 VÀ 11 THÁNG NĂM 2025

Thứ Sáu, 28/11/2025 | Nguồn: Cổng TTĐT tỉnh

Theo báo cáo của UBND tỉnh (tỉnh Khánh Hòa mới, hợp nhất từ Khánh Hòa và Ninh Thuận), tình hình kinh tế - xã hội tháng 11 tiếp
tục chuyển biến tích cực.

Thu ngân sách: Trong tháng 11, thu ngân sách nhà nước ước 2.140 tỷ đồng. Lũy kế 11 tháng đạt 24.615 tỷ đồng, bằng 101,3% dự toán
năm, tăng 16,5% so với cùng kỳ năm 2024. Thu nội địa 11 tháng 21.880 tỷ đồng.

Đầu tư công: Tổng kế hoạch vốn năm 2025 là 12.870 tỷ đồng (sau điều chỉnh). Đến 25/11, giải ngân 7.590 tỷ đồng, đạt 59%, thấp
hơn bình quân cả nước; có 9 chủ đầu tư giải ngân dưới 30%.

Nông thôn mới: đến nay toàn tỉnh có 48/65 xã (theo địa giới mới) đạt chuẩn hoặc cơ bản đạt chuẩn NTM (73,8%).

Hoạt động du lịch đón 1,2 triệu lượt khách trong tháng.

Bài: Thái Thịnh
''', 'Khánh Hòa', 'province', 'Khánh Hòa', 'ytd', '2025-01-01', '2025-11-30', [
 F('budget_revenue','level',2140,'vnd_billion','thu ngân sách nhà nước ước 2.140 tỷ đồng', approx='about', per=('month','2025-11-01','2025-11-30')),
 F('budget_revenue','level',24615,'vnd_billion','Lũy kế 11 tháng đạt 24.615 tỷ đồng', head='yes'),
 F('budget_revenue','pct_of_plan',101.3,'percent','bằng 101,3% dự toán\nnăm', basis='estimate', head='yes'),
 F('budget_revenue','change',16.5,'percent','tăng 16,5% so với cùng kỳ năm 2024', basis='yoy'),
 F('domestic_revenue','level',21880,'vnd_billion','Thu nội địa 11 tháng 21.880 tỷ đồng'),
 F('disbursement','level',7590,'vnd_billion','giải ngân 7.590 tỷ đồng', per=('ytd','2025-01-01','2025-11-25'), head='yes'),
 F('disbursement','pct_of_plan',59,'percent','đạt 59%', basis='plan', per=('ytd','2025-01-01','2025-11-25'), head='yes'),
 A('disbursement','low','thấp\nhơn bình quân cả nước', per=('ytd','2025-01-01','2025-11-25')),
 F('ntm_communes','level',48,'count','toàn tỉnh có 48/65 xã (theo địa giới mới) đạt chuẩn hoặc cơ bản đạt chuẩn NTM', den=65, per=('as_of','2025-11-28','2025-11-28'), head='yes'),
 F('ntm_communes','share',73.8,'percent','(73,8%)', per=('as_of','2025-11-28','2025-11-28')),
], v34=True, nonfacts=2, tests='post-2025 province month report with 11-month ytd; allocation; 9 chủ đầu tư <30%; tourism')

R('933_giam-doc-so-tai-chinh-ca-mau-2016.txt', '''Báo Cà Mau - Thứ bảy, 31/12/2016

Giám đốc Sở Tài chính tỉnh Cà Mau: Năm 2017 khó khăn chồng chất

Chia sẻ | Gửi email | In bài

Năm 2016, giá dầu giảm sâu khiến nguồn thu từ khí - điện - đạm sụt giảm. Phóng viên trao đổi với bà Lâm Thị Hồng, Giám đốc Sở
Tài chính.

* Thưa bà, kết quả thu ngân sách năm 2016 của tỉnh như thế nào?

- Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 4.105 tỷ đồng, chỉ đạt 82,1% dự toán Trung ương giao, giảm 11,6% so
với năm 2015. Thu ngân sách địa phương hưởng ước 3.310 tỷ đồng. Nếu không kể thu từ Cụm Khí - Điện - Đạm (1.086 tỷ đồng), thu
nội địa đạt 2.870 tỷ đồng, vượt 4% dự toán.

* So với các tỉnh trong vùng?

- Số thu của Cà Mau vẫn cao hơn Bạc Liêu (khoảng 1.950 tỷ đồng) nhưng thấp hơn Kiên Giang (hơn 5.200 tỷ đồng).

* Chi ngân sách và giải ngân vốn?

- Tổng chi ngân sách địa phương ước 9.840 tỷ đồng. Vốn đầu tư công năm 2016 giải ngân đạt 91,4% kế hoạch.

* Năm 2017 dự toán thu 4.750 tỷ đồng, tỉnh có đủ nguồn lực?

- Rất khó khăn, ngành tài chính sẽ phấn đấu hoàn thành.

Trúc Linh (thực hiện)
''', 'Cà Mau', 'province', 'Cà Mau', 'year', '2016-01-01', '2016-12-31', [
 F('budget_revenue','level',4105,'vnd_billion','Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 4.105 tỷ đồng', approx='about', head='yes'),
 F('budget_revenue','pct_of_plan',82.1,'percent','chỉ đạt 82,1% dự toán Trung ương giao', basis='estimate', head='yes'),
 A('budget_revenue','low','chỉ đạt 82,1% dự toán Trung ương giao'),
 F('budget_revenue','change',-11.6,'percent','giảm 11,6% so\nvới năm 2015', basis='yoy'),
 F('budget_revenue','level',3310,'vnd_billion','Thu ngân sách địa phương hưởng ước 3.310 tỷ đồng', approx='about'),
 F('domestic_revenue','level',2870,'vnd_billion','thu\nnội địa đạt 2.870 tỷ đồng'),
 F('domestic_revenue','pct_of_plan',104,'percent','vượt 4% dự toán', basis='estimate'),
 F('budget_revenue','level',1950,'vnd_billion','Bạc Liêu (khoảng 1.950 tỷ đồng)', approx='about', area=('province','Bạc Liêu','Bạc Liêu'), head='yes'),
 F('budget_revenue','level',5200,'vnd_billion','Kiên Giang (hơn 5.200 tỷ đồng)', approx='over', area=('province','Kiên Giang','Kiên Giang'), head='yes'),
 F('budget_expenditure','level',9840,'vnd_billion','Tổng chi ngân sách địa phương ước 9.840 tỷ đồng', approx='about'),
 F('disbursement','pct_of_plan',91.4,'percent','Vốn đầu tư công năm 2016 giải ngân đạt 91,4% kế hoạch', basis='plan', head='yes'),
], nonfacts=2, tests='interview; comparison with neighbouring provinces (facts to them); local-share subtotal; gas-power line item; next-year estimate')

R('934_tam-nong-6-thang-2020.txt', '''Tam Nông sơ kết 6 tháng đầu năm 2020

Đăng ngày 07/07/2020 - Báo Đồng Tháp

(ĐT) - Ngày 6/7, UBND huyện Tam Nông tổ chức phiên họp thường kỳ quý II, đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm.

Theo báo cáo, 6 tháng đầu năm 2020, tổng thu ngân sách trên địa bàn huyện 68,42 tỷ đồng, đạt 51,8% dự toán tỉnh giao; thu do huyện
quản lý 41,2 tỷ đồng. Chi ngân sách địa phương 192.360 triệu đồng, đạt 47,5% dự toán.

Giải ngân vốn đầu tư công đạt 36,6% kế hoạch, chủ yếu do dịch Covid-19 làm chậm tiến độ.

Về nông thôn mới, huyện có 6/11 xã đạt chuẩn NTM (đến tháng 6, toàn tỉnh có 98/115 xã đạt chuẩn NTM, tương đương 85,2%; 2 đơn vị cấp
huyện đạt chuẩn). Trong 6 tháng cuối năm, huyện phấn đấu thêm 2 xã (Phú Thành A, Phú Thọ) đạt chuẩn; các xã còn lại đạt bình quân
16,2 tiêu chí/xã.

Ngọc Hân
''', 'Đồng Tháp', 'district', 'Tam Nông', 'half_year', '2020-01-01', '2020-06-30', [
 F('budget_revenue','level',68.42,'vnd_billion','tổng thu ngân sách trên địa bàn huyện 68,42 tỷ đồng'),
 F('budget_revenue','pct_of_plan',51.8,'percent','đạt 51,8% dự toán tỉnh giao', basis='estimate'),
 F('budget_revenue','level',41.2,'vnd_billion','thu do huyện\nquản lý 41,2 tỷ đồng'),
 F('budget_expenditure','level',192.36,'vnd_billion','Chi ngân sách địa phương 192.360 triệu đồng'),
 F('budget_expenditure','pct_of_plan',47.5,'percent','đạt 47,5% dự toán', basis='estimate'),
 F('disbursement','pct_of_plan',36.6,'percent','Giải ngân vốn đầu tư công đạt 36,6% kế hoạch', basis='plan'),
 A('disbursement','slow','dịch Covid-19 làm chậm tiến độ'),
 F('ntm_communes','level',6,'count','huyện có 6/11 xã đạt chuẩn NTM', den=11, per=('as_of','2020-07-06','2020-07-06')),
 F('ntm_communes','level',98,'count','toàn tỉnh có 98/115 xã đạt chuẩn NTM', den=115, per=('as_of','2020-06-30','2020-06-30'), area=('province','Đồng Tháp','Đồng Tháp'), head='yes'),
 F('ntm_communes','share',85.2,'percent','tương đương 85,2%', per=('as_of','2020-06-30','2020-06-30'), area=('province','Đồng Tháp','Đồng Tháp')),
 F('ntm_districts','level',2,'count','2 đơn vị cấp\nhuyện đạt chuẩn', per=('as_of','2020-06-30','2020-06-30'), area=('province','Đồng Tháp','Đồng Tháp')),
], nonfacts=3, tests='Q2 meeting reviewing 6 months (half_year); province counts in parentheses; subtotal; triệu đồng; target; tiêu chí/xã')

R('935_quang-nam-thu-ngan-sach-2024.txt', '''QUẢNG NAM ONLINE
Kinh tế > Tài chính - Ngân hàng

Quảng Nam: Năm 2024 thu ngân sách đạt hơn 25 nghìn tỷ đồng

Thứ Hai, 30/12/2024 - 18:25

(QNO) - Theo Cục Thuế tỉnh, năm 2024 tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 25.340 tỷ đồng, bằng 108,9% dự toán
Trung ương giao, tăng 6,1% so với năm 2023. Trong đó, thu nội địa 21.860 tỷ đồng; thu xuất nhập khẩu 3.480 tỷ đồng.

Phân theo địa bàn, thị xã Điện Bàn tiếp tục dẫn đầu khối huyện với số thu 1.386 tỷ đồng, vượt 21% dự toán; thành phố Tam Kỳ thu
1.120 tỷ đồng; huyện Núi Thành (không kể Thaco) 742 tỷ đồng. Một số huyện miền núi như Tây Giang, Nam Trà My thu chỉ đạt 60 - 70%
dự toán.

Giải ngân vốn đầu tư công năm 2024 đến 27/12 đạt 7.014 tỷ đồng, bằng 78,6% kế hoạch, nằm trong nhóm trung bình của cả nước.

Năm 2025, tỉnh phấn đấu thu ngân sách 27.000 tỷ đồng.

Ảnh: Khu kinh tế mở Chu Lai (Ảnh: QNO)

VINH ANH
''', 'Quảng Nam', 'province', 'Quảng Nam', 'year', '2024-01-01', '2024-12-31', [
 F('budget_revenue','level',25340,'vnd_billion','tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 25.340 tỷ đồng', approx='about', head='yes'),
 F('budget_revenue','pct_of_plan',108.9,'percent','bằng 108,9% dự toán\nTrung ương giao', basis='estimate', head='yes'),
 F('budget_revenue','change',6.1,'percent','tăng 6,1% so với năm 2023', basis='yoy'),
 F('domestic_revenue','level',21860,'vnd_billion','thu nội địa 21.860 tỷ đồng'),
 F('budget_revenue','level',1386,'vnd_billion','thị xã Điện Bàn tiếp tục dẫn đầu khối huyện với số thu 1.386 tỷ đồng', area=('town','Điện Bàn','Quảng Nam')),
 F('budget_revenue','pct_of_plan',121,'percent','vượt 21% dự toán', basis='estimate', area=('town','Điện Bàn','Quảng Nam')),
 F('budget_revenue','level',1120,'vnd_billion','thành phố Tam Kỳ thu\n1.120 tỷ đồng', area=('city','Tam Kỳ','Quảng Nam')),
 F('budget_revenue','level',742,'vnd_billion','huyện Núi Thành (không kể Thaco) 742 tỷ đồng', area=('district','Núi Thành','Quảng Nam')),
 F('disbursement','level',7014,'vnd_billion','Giải ngân vốn đầu tư công năm 2024 đến 27/12 đạt 7.014 tỷ đồng', per=('ytd','2024-01-01','2024-12-27'), head='yes'),
 F('disbursement','pct_of_plan',78.6,'percent','bằng 78,6% kế hoạch', basis='plan', per=('ytd','2024-01-01','2024-12-27'), head='yes'),
], nonfacts=3, tests='province report naming units (facts to town/city/district); title "hơn 25 nghìn tỷ" restated; XNK line item; "60-70%" range not a row; target')
