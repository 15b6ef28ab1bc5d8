R('907_krong-pac-nong-thon-moi.txt', '''Krông Pắc: Chung sức xây dựng nông thôn mới

Trang chủ / Nông nghiệp - Nông thôn

Những năm qua, phong trào "Chung sức xây dựng nông thôn mới" trên địa bàn huyện đã lan tỏa rộng khắp. Nhiều tuyến
đường liên thôn, liên xã được bê tông hóa nhờ người dân hiến đất, góp công.

Ông Trần Đức Thịnh, Phó Chủ tịch UBND huyện, Phó Trưởng ban Chỉ đạo các chương trình mục tiêu quốc gia huyện cho
biết: Đến nay, toàn huyện đã có 9 trong tổng số 15 xã được công nhận đạt chuẩn nông thôn mới; các xã còn lại đạt bình
quân 14,2 tiêu chí/xã. Trong năm, huyện chọn 2 xã (Ea Kênh, Ea Uy) để tập trung nguồn lực về đích. Huyện cũng có 6/25
thôn, buôn đăng ký xây dựng thôn, buôn nông thôn mới kiểu mẫu.

Từ đầu năm đến nay, tổng vốn huy động cho chương trình đạt hơn 126 tỷ đồng, trong đó nhân dân đóng góp 18 tỷ đồng.
Tỷ lệ giải ngân vốn chương trình mục tiêu quốc gia mới đạt 41,5% kế hoạch, còn thấp so với yêu cầu.

"Mục tiêu của huyện là đến năm 2020 đạt chuẩn huyện nông thôn mới", ông Thịnh nói.

Ảnh: Đường giao thông nông thôn tại xã Hòa An, huyện Krông Pắc (Ảnh: H.Gia)

Hoàng Gia

Bài viết cùng chuyên mục:
- Ea Kar ra quân làm đường giao thông nông thôn
- Đắk Lắk: Hỗ trợ 3.000 hộ phát triển sản xuất
''', 'Đắk Lắk', 'district', 'Krông Pắc', 'as_of', '2019-08-14', '2019-08-14', [
 F('ntm_communes','level',9,'count','toàn huyện đã có 9 trong tổng số 15 xã được công nhận đạt chuẩn nông thôn mới', den=15),
 F('disbursement','pct_of_plan',41.5,'percent','Tỷ lệ giải ngân vốn chương trình mục tiêu quốc gia mới đạt 41,5% kế hoạch', basis='plan', per=('ytd','2019-01-01','2019-08-14')),
 A('disbursement','low','còn thấp so với yêu cầu', per=('ytd','2019-01-01','2019-08-14')),
], url='https://baodaklak.vn/kinh-te/nong-nghiep-nong-thon/krong-pac-chung-suc-xay-dung-nong-thon-moi-54321.html', date='2019-08-14', nonfacts=4,
 tests='undated page (year from sources.csv); "9 trong tổng số 15 xã"; tiêu chí/xã; xã chọn về đích; 6/25 thôn đăng ký; target')

R('908_ttxvn-nong-thon-moi-cac-tinh-2023.txt', '''Nông thôn mới: Nhiều tỉnh về đích sớm, khu vực miền núi còn khoảng cách lớn

Hà Nội, 26/12/2023 (TTXVN)

Theo Văn phòng Điều phối nông thôn mới Trung ương, đến hết tháng 11/2023 cả nước có 6.104/8.177 xã (74,6%) đạt chuẩn
nông thôn mới. Khoảng cách giữa các vùng miền vẫn còn lớn.

Ở nhóm dẫn đầu, Nam Định có 204/204 xã đạt chuẩn (100%) và 2 huyện đạt chuẩn nông thôn mới nâng cao; Hà Nam có
100% xã đạt chuẩn; Thái Bình 238/242 xã. Đồng bằng sông Cửu Long có Cần Thơ 36/36 xã.

Ngược lại, các tỉnh miền núi phía Bắc còn thấp: Hà Giang mới có 48/175 xã đạt chuẩn (27,4%), Điện Biên 24/115 xã,
Cao Bằng 31/139 xã, Lai Châu 44/94 xã. Riêng Hà Giang tăng 7 xã so với cuối năm 2022.

* Về cấp huyện: cả nước có 264 đơn vị cấp huyện hoàn thành nhiệm vụ/đạt chuẩn NTM. Tỉnh Đồng Nai có 11/11 đơn vị cấp huyện
đạt chuẩn, hoàn thành nhiệm vụ xây dựng nông thôn mới.

Nhiều địa phương đã chọn các xã điểm để xây dựng NTM kiểu mẫu giai đoạn 2024 - 2025.

Ảnh minh họa: Một góc nông thôn mới ở Nam Định. (Ảnh: Công Luật/TTXVN)

Mạnh Hùng (TTXVN)
''', 'Việt Nam', 'national', 'Việt Nam', 'as_of', '2023-11-30', '2023-11-30', [
 F('ntm_communes','level',204,'count','Nam Định có 204/204 xã đạt chuẩn', den=204, area=('province','Nam Định','Nam Định'), head='yes'),
 F('ntm_communes','share',100,'percent','(100%)', area=('province','Nam Định','Nam Định')),
 F('ntm_districts','level',2,'count','2 huyện đạt chuẩn nông thôn mới nâng cao', area=('province','Nam Định','Nam Định')),
 F('ntm_communes','share',100,'percent','Hà Nam có\n100% xã đạt chuẩn', area=('province','Hà Nam','Hà Nam')),
 F('ntm_communes','level',238,'count','Thái Bình 238/242 xã', den=242, area=('province','Thái Bình','Thái Bình'), head='yes'),
 F('ntm_communes','level',36,'count','Cần Thơ 36/36 xã', den=36, area=('province','Cần Thơ','Cần Thơ'), head='yes'),
 F('ntm_communes','level',48,'count','Hà Giang mới có 48/175 xã đạt chuẩn', den=175, area=('province','Hà Giang','Hà Giang'), head='yes'),
 F('ntm_communes','share',27.4,'percent','(27,4%)', area=('province','Hà Giang','Hà Giang')),
 A('ntm_communes','low','các tỉnh miền núi phía Bắc còn thấp', area=('province','Hà Giang','Hà Giang')),
 F('ntm_communes','level',24,'count','Điện Biên 24/115 xã', den=115, area=('province','Điện Biên','Điện Biên'), head='yes'),
 F('ntm_communes','level',31,'count','Cao Bằng 31/139 xã', den=139, area=('province','Cao Bằng','Cao Bằng'), head='yes'),
 F('ntm_communes','level',44,'count','Lai Châu 44/94 xã', den=94, area=('province','Lai Châu','Lai Châu'), head='yes'),
 F('ntm_districts','level',11,'count','Tỉnh Đồng Nai có 11/11 đơn vị cấp huyện\nđạt chuẩn', den=11, area=('province','Đồng Nai','Đồng Nai')),
], nonfacts=3, tests='NTM roundup; national total not a row; "tăng 7 xã" change not a level; xã điểm; share in parentheses')

R('909_bao-loc-thang-8-2020.txt', '''UBND THÀNH PHỐ BẢO LỘC
Trang chủ > Tin tức - sự kiện > Tin kinh tế

Bảo Lộc: Tình hình kinh tế - xã hội tháng 8 năm 2020

Ngày 27/08/2020 | Lượt xem: 2.087

Trong tháng 8, thu ngân sách nhà nước trên địa bàn thành phố đạt 41,8 tỷ đồng. Lũy kế 8 tháng đầu năm, tổng thu ngân sách
đạt 486,2 tỷ đồng, bằng 63,5% dự toán tỉnh giao, tăng 3,2% so với cùng kỳ; trong đó thu cân đối ngân sách 402 tỷ đồng,
thu tiền sử dụng đất 84,2 tỷ đồng. Tổng chi ngân sách địa phương 8 tháng 395.620 triệu đồng.

Kế hoạch vốn đầu tư công năm 2020 thành phố quản lý là 287 tỷ đồng; giải ngân đến ngày 25/8 đạt 49,2%. Toàn tỉnh Lâm Đồng
giải ngân đạt 51,7% kế hoạch; thu ngân sách toàn tỉnh 8 tháng ước 5.120 tỷ đồng.

Về nông thôn mới, 6/6 xã trên địa bàn thành phố đã đạt chuẩn nông thôn mới; thành phố đang hoàn thiện hồ sơ đề nghị
công nhận hoàn thành nhiệm vụ xây dựng NTM.

Trong tháng, Phòng Lao động giới thiệu việc làm cho 142 lao động; Ngân hàng CSXH giải ngân 6,8 tỷ đồng.

Nguồn: Văn phòng HĐND-UBND thành phố
''', 'Lâm Đồng', 'city', 'Bảo Lộc', 'ytd', '2020-01-01', '2020-08-31', [
 F('budget_revenue','level',41.8,'vnd_billion','thu ngân sách nhà nước trên địa bàn thành phố đạt 41,8 tỷ đồng', per=('month','2020-08-01','2020-08-31')),
 F('budget_revenue','level',486.2,'vnd_billion','tổng thu ngân sách\nđạt 486,2 tỷ đồng'),
 F('budget_revenue','pct_of_plan',63.5,'percent','bằng 63,5% dự toán tỉnh giao', basis='estimate'),
 F('budget_revenue','change',3.2,'percent','tăng 3,2% so với cùng kỳ', basis='yoy'),
 F('budget_revenue','level',402,'vnd_billion','thu cân đối ngân sách 402 tỷ đồng'),
 F('budget_expenditure','level',395.62,'vnd_billion','Tổng chi ngân sách địa phương 8 tháng 395.620 triệu đồng'),
 F('disbursement','pct_of_plan',49.2,'percent','giải ngân đến ngày 25/8 đạt 49,2%', basis='plan', per=('ytd','2020-01-01','2020-08-25')),
 F('disbursement','pct_of_plan',51.7,'percent','Toàn tỉnh Lâm Đồng\ngiải ngân đạt 51,7% kế hoạch', basis='plan', area=('province','Lâm Đồng','Lâm Đồng'), head='yes'),
 F('budget_revenue','level',5120,'vnd_billion','thu ngân sách toàn tỉnh 8 tháng ước 5.120 tỷ đồng', approx='about', area=('province','Lâm Đồng','Lâm Đồng'), head='yes'),
 F('ntm_communes','level',6,'count','6/6 xã trên địa bàn thành phố đã đạt chuẩn nông thôn mới', den=6, per=('as_of','2020-08-27','2020-08-27')),
], url='https://baoloc.lamdong.gov.vn/tin-tuc/kinh-te/tinh-hinh-kt-xh-thang-8-2020', date='2020-08-27', nonfacts=2,
 tests='provincial city; month vs ytd; thu cân đối sub-total; line item; triệu đồng; province figures quoted; allocation')

R('910_gia-lai-9-thang-2025.txt', '''GIA LAI: THU NGÂN SÁCH 9 THÁNG ĐẠT GẦN 80% DỰ TOÁN

Báo Gia Lai điện tử - 06/10/2025

Sau hơn 3 tháng vận hành bộ máy tỉnh mới (hợp nhất Gia Lai và Bình Định), kinh tế - xã hội của tỉnh tiếp tục duy trì
đà tăng trưởng.

Theo Sở Tài chính, 9 tháng năm 2025 tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 21.430 tỷ đồng, đạt 79,8% dự
toán Trung ương giao, tăng 18,2% so với cùng kỳ (số liệu cùng kỳ đã cộng gộp hai tỉnh cũ). Trong đó thu nội địa 19.870
tỷ đồng; thu tiền sử dụng đất 4.960 tỷ đồng; thu xuất nhập khẩu 1.560 tỷ đồng.

Về giải ngân, tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh là 13.960 tỷ đồng. Đến ngày 30/9, toàn tỉnh giải ngân được
7.105 tỷ đồng, đạt 50,9% kế hoạch, thấp hơn bình quân cả nước (khoảng 60,6%). UBND tỉnh đề nghị các chủ đầu tư phấn đấu
đến 31/12 giải ngân đạt trên 95%.

Về nông thôn mới, Sở Nông nghiệp và Môi trường cho biết tính đến 30/9/2025, sau sắp
xếp, tỉnh có 135 xã, trong đó 96 xã đã hoàn thành tiêu chí nông thôn mới theo bộ tiêu chí cũ (tương đương 71,1%).

Tin liên quan
› Đắk Lắk giải ngân vốn đầu tư công 9 tháng đạt 52%
› Quảng Ngãi tăng tốc thu ngân sách quý IV

Đức Thụy
''', 'Gia Lai', 'province', 'Gia Lai', 'nine_months', '2025-01-01', '2025-09-30', [
 F('budget_revenue','level',21430,'vnd_billion','tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 21.430 tỷ đồng', approx='about', head='yes'),
 F('budget_revenue','pct_of_plan',79.8,'percent','đạt 79,8% dự\ntoán Trung ương giao', basis='estimate', head='yes'),
 F('budget_revenue','change',18.2,'percent','tăng 18,2% so với cùng kỳ', basis='yoy'),
 F('domestic_revenue','level',19870,'vnd_billion','thu nội địa 19.870\ntỷ đồng'),
 F('disbursement','level',7105,'vnd_billion','toàn tỉnh giải ngân được\n7.105 tỷ đồng', per=('ytd','2025-01-01','2025-09-30'), head='yes'),
 F('disbursement','pct_of_plan',50.9,'percent','đạt 50,9% kế hoạch', basis='plan', per=('ytd','2025-01-01','2025-09-30'), head='yes'),
 A('disbursement','low','thấp hơn bình quân cả nước', per=('ytd','2025-01-01','2025-09-30')),
 F('ntm_communes','level',96,'count','96 xã đã hoàn thành tiêu chí nông thôn mới theo bộ tiêu chí cũ', den=135, per=('as_of','2025-09-30','2025-09-30'), head='yes'),
 F('ntm_communes','share',71.1,'percent','tương đương 71,1%', per=('as_of','2025-09-30','2025-09-30')),
], v34=True, nonfacts=3, tests='post-2025 province; title "gần 80%" restated; allocation; national avg not a row; target >95%')

R('911_hdnd-nghe-an-ky-hop-giua-nam-2018.txt', '''KỲ HỌP THỨ 7 HĐND TỈNH NGHỆ AN KHÓA XVII: ĐÁNH GIÁ TÌNH HÌNH 6 THÁNG ĐẦU NĂM

Thứ tư, 11/07/2018 - 09:20

Baonghean.vn - Sáng 10/7, HĐND tỉnh khai mạc kỳ họp thứ 7 (kỳ họp thường lệ giữa năm). Có 78/84 đại biểu có mặt.

Trình bày báo cáo tại kỳ họp, Phó Chủ tịch UBND tỉnh cho biết: 6 tháng đầu năm 2018, thu ngân sách nhà nước trên địa bàn
ước đạt 6.274 tỷ đồng, bằng 55,4% dự toán HĐND tỉnh giao, tăng 22% so với cùng kỳ năm 2017; trong đó thu nội địa 5.861 tỷ
đồng. Thu ngân sách địa phương hưởng theo phân cấp đạt 4.380 tỷ đồng.

Giải ngân vốn đầu tư công đạt 36,6% dự toán năm, còn chậm so với yêu cầu; nhiều dự án ODA tỷ lệ giải ngân dưới 20%.

Chương trình xây dựng nông thôn mới đạt kết quả tích cực: đến 30/6/2018 toàn tỉnh có 218/431 xã đạt chuẩn (tăng 24 xã
so với cùng kỳ năm trước), 3 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng NTM (thị xã Thái Hòa, huyện Nam Đàn, thành phố
Vinh). Năm 2018, tỉnh phấn đấu có thêm 30 xã đạt chuẩn.

Ảnh: Toàn cảnh phiên khai mạc kỳ họp. (Ảnh: Thành Duy)

Thu Huyền - Phạm Bằng
''', 'Nghệ An', 'province', 'Nghệ An', 'half_year', '2018-01-01', '2018-06-30', [
 F('budget_revenue','level',6274,'vnd_billion','thu ngân sách nhà nước trên địa bàn\nước đạt 6.274 tỷ đồng', approx='about', head='yes'),
 F('budget_revenue','pct_of_plan',55.4,'percent','bằng 55,4% dự toán HĐND tỉnh giao', basis='estimate', head='yes'),
 F('budget_revenue','change',22,'percent','tăng 22% so với cùng kỳ năm 2017', basis='yoy'),
 F('domestic_revenue','level',5861,'vnd_billion','thu nội địa 5.861 tỷ\nđồng'),
 F('budget_revenue','level',4380,'vnd_billion','Thu ngân sách địa phương hưởng theo phân cấp đạt 4.380 tỷ đồng'),
 F('disbursement','pct_of_plan',36.6,'percent','Giải ngân vốn đầu tư công đạt 36,6% dự toán năm', basis='estimate', head='yes'),
 A('disbursement','slow','còn chậm so với yêu cầu'),
 F('ntm_communes','level',218,'count','toàn tỉnh có 218/431 xã đạt chuẩn', den=431, per=('as_of','2018-06-30','2018-06-30'), head='yes'),
 F('ntm_districts','level',3,'count','3 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng NTM', per=('as_of','2018-06-30','2018-06-30')),
], nonfacts=4, tests='HĐND mid-year half_year; "cùng kỳ năm 2017" in 2018; local-share sub-total; pct with no amount; ODA <20% not a row; "tăng 24 xã"; target; attendance')

R('912_tho-xuan-5-nam-nong-thon-moi.txt', '''Thọ Xuân sau 5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện

Chuyên mục: Xây dựng Đảng | Cập nhật 14:08 ngày 16/06/2020

Nhìn lại chặng đường 5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI, nhiệm kỳ 2015 - 2020, huyện Thọ Xuân
đạt được nhiều kết quả toàn diện.

Giai đoạn 2016 – 2020, tổng thu ngân sách trên địa bàn ước đạt 3.624 tỷ đồng, tăng bình quân 21,3%/năm, vượt 38% so với
mục tiêu Nghị quyết. Tổng vốn đầu tư phát triển toàn xã hội 5 năm đạt hơn 18.500 tỷ đồng.

Công tác xây dựng nông thôn mới là điểm sáng: sau 5 năm, huyện có thêm 27 xã đạt chuẩn, nâng tổng số lên 36/36 xã đạt
chuẩn nông thôn mới (hiện còn 0 xã dưới 15 tiêu chí); 5 xã đạt chuẩn NTM nâng cao, 2 xã đạt chuẩn NTM kiểu mẫu. Huyện
đã hoàn thành 9/9 tiêu chí huyện nông thôn mới, đang đề nghị Trung ương thẩm định.

Ngoài ra, 178 thôn được công nhận thôn văn hóa; xã văn hóa nông thôn mới đạt 12 xã.

Mục tiêu nhiệm kỳ 2020 - 2025: thu ngân sách bình quân tăng 12%/năm, 100% xã đạt NTM nâng cao.

Lê Anh (Trung tâm VH-TT huyện Thọ Xuân)
''', 'Thanh Hóa', 'district', 'Thọ Xuân', 'term', '2016-01-01', '2020-12-31', [
 F('budget_revenue','level',3624,'vnd_billion','tổng thu ngân sách trên địa bàn ước đạt 3.624 tỷ đồng', approx='about'),
 F('budget_revenue','change',21.3,'percent','tăng bình quân 21,3%/năm', basis='annual_avg'),
 F('budget_revenue','pct_of_plan',138,'percent','vượt 38% so với\nmục tiêu Nghị quyết', basis='resolution'),
 F('ntm_communes','level',36,'count','nâng tổng số lên 36/36 xã đạt\nchuẩn nông thôn mới', den=36, per=('as_of','2020-06-16','2020-06-16')),
 F('ntm_advanced_communes','level',5,'count','5 xã đạt chuẩn NTM nâng cao', per=('as_of','2020-06-16','2020-06-16')),
 F('ntm_model_communes','level',2,'count','2 xã đạt chuẩn NTM kiểu mẫu', per=('as_of','2020-06-16','2020-06-16')),
 F('ntm_district_criteria','level',9,'count','hoàn thành 9/9 tiêu chí huyện nông thôn mới', den=9, per=('as_of','2020-06-16','2020-06-16')),
], nonfacts=4, tests='term cumulative; annual avg; "vượt 38%" -> 138; "thêm 27 xã"; xã văn hóa NTM; thôn văn hóa; next-term target')
