R('925_vinh-yen-9-thang-2018.txt', '''Vĩnh Yên: 9 tháng thu ngân sách tăng 22%

BVP - Thứ Sáu, 28/09/2018

UBND thành phố Vĩnh Yên vừa tổ chức phiên họp thường kỳ tháng 9, đánh giá kết quả 9 tháng và bàn giải pháp thực hiện nhiệm
vụ quý IV/2018.

9 tháng năm 2018, tổng thu ngân sách nhà nước trên địa bàn thành phố đạt 1.127,5 tỉ đồng, đạt 87,2% dự toán năm, tăng 22% so
với cùng kỳ năm 2017. Trong đó thu ngân sách thành phố quản lý 648 tỉ đồng; thu tiền sử dụng đất chiếm 402 tỉ đồng.

Về đầu tư xây dựng cơ bản, thành phố đã giải ngân 318/520 tỉ đồng kế hoạch vốn, đạt 61,2%. Nhiều dự án trọng điểm như đường
Nguyễn Tất Thành kéo dài đang được đẩy nhanh tiến độ.

Toàn tỉnh Vĩnh Phúc thu ngân sách 9 tháng ước đạt 23.450 tỉ đồng, đạt 77% dự toán. Vĩnh Yên tiếp tục là địa phương có số thu
cao nhất trong các huyện, thành phố.

Ảnh: Một góc thành phố Vĩnh Yên. (Ảnh: Trà Hương)

Trà Hương
Lượt xem: 3.561  |  Bình luận (0)
''', 'Vĩnh Phúc', 'city', 'Vĩnh Yên', 'nine_months', '2018-01-01', '2018-09-30', [
 F('budget_revenue','level',1127.5,'vnd_billion','tổng thu ngân sách nhà nước trên địa bàn thành phố đạt 1.127,5 tỉ đồng'),
 F('budget_revenue','pct_of_plan',87.2,'percent','đạt 87,2% dự toán năm', basis='estimate'),
 F('budget_revenue','change',22,'percent','tăng 22% so\nvới cùng kỳ năm 2017', basis='yoy'),
 F('budget_revenue','level',648,'vnd_billion','thu ngân sách thành phố quản lý 648 tỉ đồng'),
 F('disbursement','level',318,'vnd_billion','thành phố đã giải ngân 318/520 tỉ đồng kế hoạch vốn'),
 F('disbursement','pct_of_plan',61.2,'percent','đạt 61,2%', basis='plan'),
 F('budget_revenue','level',23450,'vnd_billion','Toàn tỉnh Vĩnh Phúc thu ngân sách 9 tháng ước đạt 23.450 tỉ đồng', approx='about', area=('province','Vĩnh Phúc','Vĩnh Phúc'), head='yes'),
 F('budget_revenue','pct_of_plan',77,'percent','đạt 77% dự toán', basis='estimate', area=('province','Vĩnh Phúc','Vĩnh Phúc'), head='yes'),
], nonfacts=1, tests='provincial city; "tỉ"; "cùng kỳ năm 2017" in 2018; city-managed subtotal; land line item; province figures')

R('926_tuyen-quang-nong-thon-moi-2025.txt', '''TUYÊN QUANG TỔNG KẾT CHƯƠNG TRÌNH MTQG XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2021 - 2025

Báo Tuyên Quang | 19/12/2025 - 10:40

Ngày 18/12, Ban Chỉ đạo các chương trình MTQG tỉnh Tuyên Quang tổ chức hội nghị tổng kết giai đoạn 2021 - 2025. Đây là
lần tổng kết đầu tiên trên địa bàn tỉnh mới, sau khi hợp nhất Tuyên Quang và Hà Giang.

Sau 5 năm 2021-2025, tổng vốn thực hiện chương trình đạt 9.760 tỷ đồng; giải ngân vốn ngân sách trung ương giai đoạn đạt
88,4% kế hoạch trung hạn. Trên địa bàn tỉnh (tính theo địa giới các xã trước sắp xếp), có thêm 96 xã đạt chuẩn trong giai
đoạn; đến nay toàn tỉnh có 75/124 xã, phường theo địa giới mới đạt chuẩn hoặc hoàn thành tiêu chí nông thôn mới, tương đương
60,5%; 12 xã đạt chuẩn NTM nâng cao.

Tuy nhiên, tiến độ ở khu vực phía Bắc (địa bàn Hà Giang cũ) còn chậm: nhiều xã mới đạt 10 - 12 tiêu chí.

Giai đoạn 2026 - 2030, tỉnh phấn đấu 85% số xã đạt chuẩn nông thôn mới. Tại hội nghị, 46 tập thể và 80 cá nhân được khen thưởng.

Ảnh: Đường bê tông về thôn Nà Lừa. (Ảnh: Minh Đức)

Minh Đức - Tiến Minh
''', 'Tuyên Quang', 'province', 'Tuyên Quang', 'term', '2021-01-01', '2025-12-31', [
 F('disbursement','pct_of_plan',88.4,'percent','giải ngân vốn ngân sách trung ương giai đoạn đạt\n88,4% kế hoạch trung hạn', basis='plan'),
 F('ntm_communes','level',75,'count','toàn tỉnh có 75/124 xã, phường theo địa giới mới đạt chuẩn hoặc hoàn thành tiêu chí nông thôn mới', den=124, per=('as_of','2025-12-18','2025-12-18'), head='yes'),
 F('ntm_communes','share',60.5,'percent','tương đương\n60,5%', per=('as_of','2025-12-18','2025-12-18')),
 F('ntm_advanced_communes','level',12,'count','12 xã đạt chuẩn NTM nâng cao', per=('as_of','2025-12-18','2025-12-18')),
 A('ntm_communes','slow','tiến độ ở khu vực phía Bắc (địa bàn Hà Giang cũ) còn chậm', per=('as_of','2025-12-18','2025-12-18')),
], v34=True, nonfacts=4, tests='post-2025 merged province; term 2021-2025; "thêm 96 xã" not a level; 10-12 tiêu chí; 85% target; awards')

R('927_huong-khe-giua-nhiem-ky.txt', '''HƯƠNG KHÊ SƠ KẾT GIỮA NHIỆM KỲ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN

Đăng ngày: 27/07/2023

Ngày 26/7, Ban Chấp hành Đảng bộ huyện Hương Khê tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ
huyện lần thứ XXIX, nhiệm kỳ 2020 - 2025.

Nửa nhiệm kỳ qua, tổng thu ngân sách trên địa bàn đạt 486,3 tỷ đồng, bình quân tăng 9,8%/năm; riêng năm 2022 đạt 178,2 tỷ
đồng, đạt 125% kế hoạch tỉnh giao. Tổng vốn đầu tư toàn xã hội đạt gần 5.400 tỷ đồng.

Xây dựng NTM đạt nhiều kết quả: có thêm 3 xã đạt chuẩn, nâng tổng số lên 17/21 xã đạt chuẩn nông thôn mới; 4 xã đạt chuẩn NTM
nâng cao, 1 xã đạt NTM kiểu mẫu (Hương Trà); huyện đạt 6/9 tiêu chí huyện NTM. 100% thôn có nhà văn hóa; 92 thôn đạt khu dân
cư NTM kiểu mẫu.

Hạn chế: giải ngân vốn đầu tư công một số năm còn chậm; năm 2022 chỉ đạt 78,5% kế hoạch.

Đến năm 2025, huyện phấn đấu đạt chuẩn huyện nông thôn mới.

Hoàng Hà (Trung tâm VH-TT huyện Hương Khê)
''', 'Hà Tĩnh', 'district', 'Hương Khê', 'midterm', '2020-01-01', '2023-07-26', [
 F('budget_revenue','level',486.3,'vnd_billion','tổng thu ngân sách trên địa bàn đạt 486,3 tỷ đồng'),
 F('budget_revenue','change',9.8,'percent','bình quân tăng 9,8%/năm', basis='annual_avg'),
 F('budget_revenue','level',178.2,'vnd_billion','năm 2022 đạt 178,2 tỷ\nđồng', per=('year','2022-01-01','2022-12-31')),
 F('budget_revenue','pct_of_plan',125,'percent','đạt 125% kế hoạch tỉnh giao', basis='plan', per=('year','2022-01-01','2022-12-31')),
 F('ntm_communes','level',17,'count','nâng tổng số lên 17/21 xã đạt chuẩn nông thôn mới', den=21, per=('as_of','2023-07-26','2023-07-26')),
 F('ntm_advanced_communes','level',4,'count','4 xã đạt chuẩn NTM\nnâng cao', per=('as_of','2023-07-26','2023-07-26')),
 F('ntm_model_communes','level',1,'count','1 xã đạt NTM kiểu mẫu', per=('as_of','2023-07-26','2023-07-26')),
 F('ntm_district_criteria','level',6,'count','huyện đạt 6/9 tiêu chí huyện NTM', den=9, per=('as_of','2023-07-26','2023-07-26')),
 A('disbursement','slow','giải ngân vốn đầu tư công một số năm còn chậm', per=('year','2022-01-01','2022-12-31')),
 F('disbursement','pct_of_plan',78.5,'percent','năm 2022 chỉ đạt 78,5% kế hoạch', basis='plan', per=('year','2022-01-01','2022-12-31')),
], nonfacts=3, tests='midterm; a year figure inside midterm; annual avg; thôn kiểu mẫu; "thêm 3 xã"; target')

R('928_vtv-thu-ngan-sach-6-thang-34-tinh.txt', '''Trang chủ > Kinh tế > Tài chính

Thu ngân sách 6 tháng 2025: Bức tranh mới của 34 tỉnh, thành phố sau sắp xếp

VTV.vn | 22/07/2025 20:10

Đây là lần đầu tiên số liệu thu ngân sách được các địa phương công bố theo địa giới hành chính mới (tính gộp số liệu các tỉnh
cũ trước sắp xếp). Tổng thu ngân sách nhà nước 6 tháng đầu năm 2025 của cả nước ước đạt 1,33 triệu tỷ đồng, bằng 67,7% dự toán.

Thành phố Hồ Chí Minh mới (gồm TP.HCM, Bình Dương, Bà Rịa - Vũng Tàu cũ) thu khoảng 402.000 tỷ đồng, bằng 68% dự toán. Hà Nội
thu 310.540 tỷ đồng, đạt 76,5%. Ở nhóm tiếp theo, Hải Phòng (hợp nhất với Hải Dương) thu 68.200 tỷ đồng; Bắc Ninh mới đạt
41.780 tỷ đồng, bằng 62,3% dự toán; Quảng Ninh 29.650 tỷ đồng.

Một số địa phương thu thấp so với dự toán như Lai Châu (38,1%), Cao Bằng (41,2%), Điện Biên (43%).

Ảnh: Làm thủ tục thuế tại Trung tâm phục vụ hành chính công. (Ảnh: VTV)

Phương Thảo/VTV Digital
Từ khóa: thu ngân sách, 34 tỉnh thành
''', 'Việt Nam', 'national', 'Việt Nam', 'half_year', '2025-01-01', '2025-06-30', [
 F('budget_revenue','level',402000,'vnd_billion','thu khoảng 402.000 tỷ đồng', approx='about', area=('province','Thành phố Hồ Chí Minh','Thành phố Hồ Chí Minh'), head='yes'),
 F('budget_revenue','pct_of_plan',68,'percent','bằng 68% dự toán', basis='estimate', area=('province','Thành phố Hồ Chí Minh','Thành phố Hồ Chí Minh'), head='yes'),
 F('budget_revenue','level',310540,'vnd_billion','Hà Nội\nthu 310.540 tỷ đồng', area=('province','Hà Nội','Hà Nội'), head='yes'),
 F('budget_revenue','pct_of_plan',76.5,'percent','đạt 76,5%', basis='estimate', area=('province','Hà Nội','Hà Nội'), head='yes'),
 F('budget_revenue','level',68200,'vnd_billion','Hải Phòng (hợp nhất với Hải Dương) thu 68.200 tỷ đồng', area=('province','Hải Phòng','Hải Phòng'), head='yes'),
 F('budget_revenue','level',41780,'vnd_billion','Bắc Ninh mới đạt\n41.780 tỷ đồng', area=('province','Bắc Ninh','Bắc Ninh'), head='yes'),
 F('budget_revenue','pct_of_plan',62.3,'percent','bằng 62,3% dự toán', basis='estimate', area=('province','Bắc Ninh','Bắc Ninh'), head='yes'),
 F('budget_revenue','level',29650,'vnd_billion','Quảng Ninh 29.650 tỷ đồng', area=('province','Quảng Ninh','Quảng Ninh'), head='yes'),
 F('budget_revenue','pct_of_plan',38.1,'percent','Lai Châu (38,1%)', basis='estimate', area=('province','Lai Châu','Lai Châu'), head='yes'),
 A('budget_revenue','low','Một số địa phương thu thấp so với dự toán', area=('province','Lai Châu','Lai Châu')),
 F('budget_revenue','pct_of_plan',41.2,'percent','Cao Bằng (41,2%)', basis='estimate', area=('province','Cao Bằng','Cao Bằng'), head='yes'),
 F('budget_revenue','pct_of_plan',43,'percent','Điện Biên (43%)', basis='estimate', area=('province','Điện Biên','Điện Biên'), head='yes'),
], v34=True, nonfacts=1, tests='post-2025 roundup with merged provinces (2025 names); national total not a row')

R('929_giai-ngan-11-thang-2023.txt', '''Giải ngân vốn đầu tư công 11 tháng năm 2023 đạt 79,6%

Ngày cập nhật 05/12/2023

Chiều 4/12, Chủ tịch UBND huyện chủ trì buổi làm việc với các chủ đầu tư, Ban Quản lý dự án đầu tư xây dựng huyện về tiến độ
giải ngân vốn đầu tư công.

Tổng kế hoạch vốn năm 2023 của huyện là 612,4 tỷ đồng. Lũy kế từ đầu năm đến ngày 30/11/2023, đã giải ngân 487 tỷ 480 triệu
đồng, đạt 79,6% kế hoạch, cao hơn bình quân chung của tỉnh Lâm Đồng (72,3%). Riêng vốn chương trình mục tiêu quốc gia xây
dựng nông thôn mới giải ngân 38,5 tỷ đồng.

Đồng chí Chủ tịch yêu cầu đến 31/1/2024 giải ngân 100% kế hoạch; chủ đầu tư nào không đạt sẽ kiểm điểm trách nhiệm người
đứng đầu. 100% xã trên địa bàn đã đạt chuẩn NTM, 7 xã đạt NTM nâng cao.

Văn phòng HĐND và UBND huyện

Chia sẻ trang | In trang | Về đầu trang
''', 'Lâm Đồng', 'district', 'Đức Trọng', 'ytd', '2023-01-01', '2023-11-30', [
 F('disbursement','level',487.48,'vnd_billion','đã giải ngân 487 tỷ 480 triệu\nđồng'),
 F('disbursement','pct_of_plan',79.6,'percent','đạt 79,6% kế hoạch', basis='plan'),
 F('disbursement','pct_of_plan',72.3,'percent','bình quân chung của tỉnh Lâm Đồng (72,3%)', basis='plan', area=('province','Lâm Đồng','Lâm Đồng'), head='yes'),
 F('disbursement','level',38.5,'vnd_billion','vốn chương trình mục tiêu quốc gia xây\ndựng nông thôn mới giải ngân 38,5 tỷ đồng'),
 F('ntm_communes','share',100,'percent','100% xã trên địa bàn đã đạt chuẩn NTM', per=('as_of','2023-12-04','2023-12-04')),
 F('ntm_advanced_communes','level',7,'count','7 xã đạt NTM nâng cao', per=('as_of','2023-12-04','2023-12-04')),
], url='https://ductrong.lamdong.gov.vn/tin-tuc/giai-ngan-von-dau-tu-cong-11-thang-nam-2023', date='2023-12-05', nonfacts=1,
 tests='unit only in URL; "tỷ 480 triệu"; province avg in parentheses; programme sub-disbursement; target 100%')

R('930_xa-tam-tien-dat-chuan-ntm.txt', '''Xã Tam Tiến đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới

Cổng thông tin điện tử huyện Yên Thế - 24/4/2019

Sáng 23/4, Đảng ủy, HĐND, UBND xã Tam Tiến long trọng tổ chức lễ đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới năm 2018.

Sau 8 năm triển khai, xã đã hoàn thành 19/19 tiêu chí. Tổng kinh phí xây dựng NTM đạt 86.450 triệu đồng, trong đó nhân dân
đóng góp 9.320 triệu đồng. Năm 2018, thu ngân sách trên địa bàn xã đạt 4.862 triệu đồng, bằng 138% dự toán huyện giao; chi
ngân sách xã 6.145 triệu đồng. Thu nhập bình quân đầu người đạt 36,5 triệu đồng/người/năm.

Xã Tam Tiến là xã thứ 7 của huyện Yên Thế đạt chuẩn. Hiện toàn huyện có 7/19 xã đạt chuẩn nông thôn mới; còn 12 xã chưa đạt.
5 thôn của xã đạt chuẩn khu dân cư kiểu mẫu.

Ảnh: Đại diện lãnh đạo huyện trao Bằng công nhận cho xã Tam Tiến. (Ảnh: Thu Hằng)

Thu Hằng (Đài TT huyện)
''', 'Bắc Giang', 'commune', 'Tam Tiến', 'year', '2018-01-01', '2018-12-31', [
 F('budget_revenue','level',4.862,'vnd_billion','thu ngân sách trên địa bàn xã đạt 4.862 triệu đồng'),
 F('budget_revenue','pct_of_plan',138,'percent','bằng 138% dự toán huyện giao', basis='estimate'),
 F('budget_expenditure','level',6.145,'vnd_billion','chi\nngân sách xã 6.145 triệu đồng'),
 F('ntm_communes','level',7,'count','toàn huyện có 7/19 xã đạt chuẩn nông thôn mới', den=19, per=('as_of','2019-04-23','2019-04-23'), area=('district','Yên Thế','Bắc Giang')),
], nonfacts=4, tests='commune page; triệu đồng (amounts → billion); 19/19 tiêu chí not a count of communes; "xã thứ 7" ordinal; district count belongs to district; "còn 12 xã"; thôn kiểu mẫu')
