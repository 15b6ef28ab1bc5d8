R('913_que-vo-quy-1-2024.txt', '''Trang chủ > Tin tức > Kinh tế

Quế Võ: Thu ngân sách quý I đạt 31% dự toán

15:20 | 02/04/2024

BNO - Ngày 1/4, UBND thị xã Quế Võ tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ quý I, triển khai nhiệm vụ quý
II năm 2024.

Quý I/2024, tổng thu ngân sách nhà nước trên địa bàn thị xã đạt 512,7 tỷ đồng, bằng 31% dự toán năm, giảm 12,4% so với cùng
kỳ do nguồn thu tiền sử dụng đất giảm mạnh. Thu mới (không kể tiền sử dụng đất) đạt 298,5 tỷ đồng, tăng 8,1%.

Giải ngân vốn đầu tư công của thị xã đạt 146/820 tỷ đồng, tương đương 17,8% kế hoạch - còn thấp. So với mặt bằng chung, toàn
tỉnh Bắc Ninh đến hết quý I giải ngân đạt 14,5% kế hoạch vốn năm.

Thị xã hiện có 13/13 xã đạt chuẩn NTM nâng cao; 3 xã đạt chuẩn NTM kiểu mẫu. Trong quý, tạo việc làm mới cho 1.260 lao động.

Lãnh đạo thị xã yêu cầu phấn đấu thu ngân sách cả năm đạt 1.700 tỷ đồng.

Ngọc Mai
Chia sẻ | Lượt xem: 958
''', 'Bắc Ninh', 'town', 'Quế Võ', 'quarter', '2024-01-01', '2024-03-31', [
 F('budget_revenue','level',512.7,'vnd_billion','tổng thu ngân sách nhà nước trên địa bàn thị xã đạt 512,7 tỷ đồng'),
 F('budget_revenue','pct_of_plan',31,'percent','bằng 31% dự toán năm', basis='estimate'),
 F('budget_revenue','change',-12.4,'percent','giảm 12,4% so với cùng\nkỳ', basis='yoy'),
 F('budget_revenue','level',298.5,'vnd_billion','Thu mới (không kể tiền sử dụng đất) đạt 298,5 tỷ đồng'),
 F('budget_revenue','change',8.1,'percent','tăng 8,1%', basis='yoy'),
 F('disbursement','level',146,'vnd_billion','Giải ngân vốn đầu tư công của thị xã đạt 146/820 tỷ đồng'),
 F('disbursement','pct_of_plan',17.8,'percent','tương đương 17,8% kế hoạch', basis='plan'),
 A('disbursement','low','còn thấp'),
 F('disbursement','pct_of_plan',14.5,'percent','giải ngân đạt 14,5% kế hoạch vốn năm', basis='plan', area=('province','Bắc Ninh','Bắc Ninh'), head='yes'),
 F('ntm_advanced_communes','level',13,'count','13/13 xã đạt chuẩn NTM nâng cao', den=13, per=('as_of','2024-04-01','2024-04-01')),
 F('ntm_model_communes','level',3,'count','3 xã đạt chuẩn NTM kiểu mẫu', per=('as_of','2024-04-01','2024-04-01')),
], url='https://baobacninh.vn/que-vo-thu-ngan-sach-quy-i-dat-31-du-toan-123456.html', date='2024-04-02', nonfacts=1,
 tests='town (thị xã) bare in title; thu mới sub-total; 146/820 actual/plan; province quote; target')

R('914_vov-thu-ngan-sach-cac-dia-phuong-2019.txt', '''VOV.VN | Kinh tế > Tài chính

10 địa phương thu ngân sách lớn nhất năm 2019: Hà Nội, TP.HCM tiếp tục dẫn đầu

VOV.VN - Thứ Hai, 06/01/2020 | 07:30

Năm 2019, tổng thu ngân sách nhà nước cả nước đạt hơn 1,55 triệu tỷ đồng. Hai đầu tàu kinh tế tiếp tục đóng góp lớn nhất.

Thành phố Hồ Chí Minh thu ngân sách năm 2019 đạt 410.000 tỷ đồng, đạt 102,6% dự toán. Hà Nội dẫn đầu cả nước về thu nội địa,
tổng thu ngân sách trên địa bàn đạt 279.325 tỷ đồng, vượt 12,3% dự toán.

Xếp sau là Hải Phòng (khoảng 85.500 tỷ đồng), Bình Dương (56.020 tỷ đồng, đạt 105% dự toán), Đồng Nai (53.540 tỷ đồng),
Bà Rịa - Vũng Tàu (trên 51.000 tỷ đồng, phần lớn từ dầu thô), Quảng Ninh (42.600 tỷ đồng) và Thanh Hóa (32.800 tỷ đồng,
riêng thu từ Lọc hóa dầu Nghi Sơn 17.000 tỷ).

Ở chiều ngược lại, nhiều tỉnh miền núi như Bắc Kạn, Điện Biên, Lai Châu thu dưới 2.500 tỷ đồng mỗi tỉnh.

Ảnh: Nộp thuế tại Chi cục Thuế quận 1, TP.HCM. Ảnh: VOV

Vũ Hà/VOV.VN
Tin cùng chuyên mục: Bộ Tài chính: Năm 2020 phấn đấu thu ngân sách 1,51 triệu tỷ đồng
''', 'Việt Nam', 'national', 'Việt Nam', 'year', '2019-01-01', '2019-12-31', [
 F('budget_revenue','level',410000,'vnd_billion','Thành phố Hồ Chí Minh thu ngân sách năm 2019 đạt 410.000 tỷ đồng', area=('province','Thành phố Hồ Chí Minh','Thành phố Hồ Chí Minh'), head='yes'),
 F('budget_revenue','pct_of_plan',102.6,'percent','đạt 102,6% dự toán', basis='estimate', area=('province','Thành phố Hồ Chí Minh','Thành phố Hồ Chí Minh'), head='yes'),
 F('budget_revenue','level',279325,'vnd_billion','tổng thu ngân sách trên địa bàn đạt 279.325 tỷ đồng', area=('province','Hà Nội','Hà Nội'), head='yes'),
 F('budget_revenue','pct_of_plan',112.3,'percent','vượt 12,3% dự toán', basis='estimate', area=('province','Hà Nội','Hà Nội'), head='yes'),
 F('budget_revenue','level',85500,'vnd_billion','Hải Phòng (khoảng 85.500 tỷ đồng)', approx='about', area=('province','Hải Phòng','Hải Phòng'), head='yes'),
 F('budget_revenue','level',56020,'vnd_billion','Bình Dương (56.020 tỷ đồng', area=('province','Bình Dương','Bình Dương'), head='yes'),
 F('budget_revenue','pct_of_plan',105,'percent','đạt 105% dự toán)', basis='estimate', area=('province','Bình Dương','Bình Dương'), head='yes'),
 F('budget_revenue','level',53540,'vnd_billion','Đồng Nai (53.540 tỷ đồng)', area=('province','Đồng Nai','Đồng Nai'), head='yes'),
 F('budget_revenue','level',51000,'vnd_billion','Bà Rịa - Vũng Tàu (trên 51.000 tỷ đồng', approx='over', area=('province','Bà Rịa - Vũng Tàu','Bà Rịa - Vũng Tàu'), head='yes'),
 F('budget_revenue','level',42600,'vnd_billion','Quảng Ninh (42.600 tỷ đồng)', area=('province','Quảng Ninh','Quảng Ninh'), head='yes'),
 F('budget_revenue','level',32800,'vnd_billion','Thanh Hóa (32.800 tỷ đồng', area=('province','Thanh Hóa','Thanh Hóa'), head='yes'),
], nonfacts=3, tests='budget roundup; national total not row; refinery line item; "dưới 2.500 tỷ mỗi tỉnh" grouped bound not attributed; next-year target')

R('915_phuong-dien-ban-10-thang-2025.txt', '''PHƯỜNG ĐIỆN BÀN - THÀNH PHỐ ĐÀ NẴNG
Tin tức > Hoạt động của phường

Phường Điện Bàn sơ kết tình hình kinh tế - xã hội tháng 10/2025

Ngày đăng: 03/11/2025  |  Người đăng: Bộ phận Văn phòng

Chiều 31/10, UBND phường Điện Bàn tổ chức giao ban đánh giá tình hình tháng 10 và 10 tháng năm 2025.

- Thu ngân sách trong tháng: 9,64 tỷ đồng.
- Lũy kế 10 tháng (từ 01/7 tính theo phường mới, cộng số liệu các đơn vị cũ trước sắp xếp): tổng thu ngân sách trên
  địa bàn 108,3 tỷ đồng, đạt 84,6% dự toán; thu ngân sách phường hưởng 46,2 tỷ đồng.
- Chi ngân sách phường 10 tháng: 31.480 triệu đồng.
- Giải ngân vốn đầu tư công do phường làm chủ đầu tư: 58,2%, chưa đạt tiến độ đề ra.

Phường tiếp tục chỉnh trang đô thị; 5/5 khối phố đăng ký đạt chuẩn khu dân cư kiểu mẫu. Tổ chức thăm hỏi, tặng 320 suất quà
cho hộ chính sách. Đề nghị Chi nhánh NHCSXH giải ngân vốn vay cho 86 hộ với 4,1 tỷ đồng.

Nhiệm vụ tháng 11: phấn đấu thu ngân sách cả năm vượt dự toán 10%.

Bộ phận Văn phòng HĐND - UBND phường
''', 'Đà Nẵng', 'ward', 'Điện Bàn', 'ytd', '2025-01-01', '2025-10-31', [
 F('budget_revenue','level',9.64,'vnd_billion','Thu ngân sách trong tháng: 9,64 tỷ đồng', per=('month','2025-10-01','2025-10-31')),
 F('budget_revenue','level',108.3,'vnd_billion','tổng thu ngân sách trên\n  địa bàn 108,3 tỷ đồng'),
 F('budget_revenue','pct_of_plan',84.6,'percent','đạt 84,6% dự toán', basis='estimate'),
 F('budget_revenue','level',46.2,'vnd_billion','thu ngân sách phường hưởng 46,2 tỷ đồng'),
 F('budget_expenditure','level',31.48,'vnd_billion','Chi ngân sách phường 10 tháng: 31.480 triệu đồng'),
 F('disbursement','pct_of_plan',58.2,'percent','Giải ngân vốn đầu tư công do phường làm chủ đầu tư: 58,2%', basis='plan'),
 A('disbursement','slow','chưa đạt tiến độ đề ra'),
], url='https://dienban.danang.gov.vn/tin-tuc/so-ket-thang-10-2025', date='2025-11-03', v34=True, nonfacts=3,
 tests='post-2025 ward in merged Đà Nẵng; bullet list; month vs ytd; ward-share subtotal; triệu đồng; khối phố; CSXH loans; target')

R('916_giam-doc-so-khdt-ha-tinh-giai-ngan.txt', '''Hà Tĩnh Online › Kinh tế

"Dự án nào không giải ngân được sẽ điều chuyển vốn"

Cập nhật: 06/09/2017 - 08:11

Trao đổi với phóng viên Báo Hà Tĩnh, ông Phan Văn Đông - Giám đốc Sở Kế hoạch và Đầu tư cho biết:

- Tổng kế hoạch vốn đầu tư công năm 2017 của tỉnh là 4.856 tỷ đồng. Tính đến ngày 31/8, toàn tỉnh mới giải ngân được
2.113,5 tỷ đồng, đạt 43,5% kế hoạch. So với cùng kỳ năm 2016, tỷ lệ giải ngân thấp hơn khoảng 6 điểm phần trăm.

- Nguyên nhân là gì, thưa ông?

- Có cả khách quan và chủ quan. Nguồn vốn trái phiếu Chính phủ giao muộn; một số chủ đầu tư năng lực yếu. Có 37 dự án
giải ngân dưới 30%, trong đó huyện Hương Khê có 5 dự án.

- Giải pháp trong những tháng cuối năm?

- Tỉnh đã yêu cầu phấn đấu đến 31/1/2018 giải ngân 100%. Dự án nào đến 30/9 giải ngân dưới 50% sẽ điều chuyển vốn. Bên
cạnh đó, thu ngân sách 8 tháng toàn tỉnh đạt 4.215 tỷ đồng, bằng 71% dự toán, tạo dư địa cho chi đầu tư.

Dương Chiến (thực hiện)
''', 'Hà Tĩnh', 'province', 'Hà Tĩnh', 'ytd', '2017-01-01', '2017-08-31', [
 F('disbursement','level',2113.5,'vnd_billion','toàn tỉnh mới giải ngân được\n2.113,5 tỷ đồng', head='yes'),
 F('disbursement','pct_of_plan',43.5,'percent','đạt 43,5% kế hoạch', basis='plan', head='yes'),
 A('disbursement','low','toàn tỉnh mới giải ngân được'),
 F('budget_revenue','level',4215,'vnd_billion','thu ngân sách 8 tháng toàn tỉnh đạt 4.215 tỷ đồng', head='yes'),
 F('budget_revenue','pct_of_plan',71,'percent','bằng 71% dự toán', basis='estimate', head='yes'),
], nonfacts=4, tests='planning director interview; allocation; "6 điểm phần trăm" not a change row; 37 projects <30%; thresholds 50%/100% targets')

R('917_xa-do-luong-quy-3-2025.txt', '''Nghệ An: Xã Đô Lương nỗ lực hoàn thành chỉ tiêu thu ngân sách

Thứ Bảy, 11/10/2025 - 16:05

(NADS) - Sau 3 tháng vận hành chính quyền địa phương 2 cấp, xã Đô Lương (được hợp nhất từ thị trấn Đô Lương và các xã
lân cận) cơ bản ổn định tổ chức, bộ máy.

Theo báo cáo của UBND xã, tổng thu ngân sách quý III/2025 (từ 1/7 đến 30/9) đạt 27,45 tỷ đồng, đạt 41% dự toán giao cho 6
tháng cuối năm; thu ngân sách xã được hưởng 15,2 tỷ đồng. Xã được giao kế hoạch vốn đầu tư công 6 tháng cuối năm 64 tỷ
đồng, đến 30/9 giải ngân 19,8 tỷ đồng.

Để tạo nguồn thu, xã đã đấu giá 42 lô đất ở; phấn đấu đến cuối năm thu đạt 70 tỷ đồng.

Xã hiện có 21 thôn, khối; các thôn đều duy trì danh hiệu "thôn văn hóa". Tổ chức cho 1.500 lượt người dân tham gia Ngày
hội Đại đoàn kết toàn dân tộc.

Ảnh: Trung tâm Phục vụ hành chính công xã Đô Lương. (Ảnh: Văn Trường)

Văn Trường
''', 'Nghệ An', 'commune', 'Đô Lương', 'quarter', '2025-07-01', '2025-09-30', [
 F('budget_revenue','level',27.45,'vnd_billion','tổng thu ngân sách quý III/2025 (từ 1/7 đến 30/9) đạt 27,45 tỷ đồng'),
 F('budget_revenue','pct_of_plan',41,'percent','đạt 41% dự toán giao cho 6\ntháng cuối năm', basis='estimate'),
 F('budget_revenue','level',15.2,'vnd_billion','thu ngân sách xã được hưởng 15,2 tỷ đồng'),
 F('disbursement','level',19.8,'vnd_billion','đến 30/9 giải ngân 19,8 tỷ đồng'),
], url='https://nghean.gov.vn/xa-do-luong/tin-tuc/no-luc-hoan-thanh-chi-tieu-thu-ngan-sach', date='2025-10-11', v34=True, nonfacts=3,
 tests='post-2025 commune; quarter; allocation 64 tỷ; target 70 tỷ; attendance')

R('918_tan-chau-nong-thon-moi-2017.txt', '''Thị xã Tân Châu tổng kết 7 năm xây dựng nông thôn mới

An Giang Online — 19/12/2017

Sáng 18-12, BCĐ Chương trình MTQG xây dựng nông thôn mới thị xã Tân Châu tổng kết giai đoạn 2010 - 2017.

Sau 7 năm thực hiện, thị xã có 5/9 xã được công nhận đạt chuẩn nông thôn mới (tỷ lệ 55,56%), 4 xã còn lại đạt từ 13 - 16
tiêu chí. Tổng vốn huy động cho chương trình trên 1.230 tỷ đồng. (Toàn tỉnh An Giang đến nay có 28/119 xã đạt chuẩn NTM, tương
đương 23,5%; 01 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng NTM.)

Năm 2017, thu ngân sách trên địa bàn thị xã ước đạt 186,2 tỷ đồng, vượt 7,4% dự toán. Giải ngân vốn xây dựng cơ bản đạt 92,6% kế hoạch.

Năm 2018, thị xã phấn đấu thêm 2 xã (Vĩnh Xương, Tân An) đạt chuẩn; đăng ký 3 ấp đạt chuẩn ấp NTM.

Hữu Huy
''', 'An Giang', 'town', 'Tân Châu', 'as_of', '2017-12-18', '2017-12-18', [
 F('ntm_communes','level',5,'count','thị xã có 5/9 xã được công nhận đạt chuẩn nông thôn mới', den=9),
 F('ntm_communes','share',55.56,'percent','(tỷ lệ 55,56%)'),
 F('ntm_communes','level',28,'count','Toàn tỉnh An Giang đến nay có 28/119 xã đạt chuẩn NTM', den=119, area=('province','An Giang','An Giang'), head='yes'),
 F('ntm_communes','share',23.5,'percent','tương\nđương 23,5%', area=('province','An Giang','An Giang')),
 F('ntm_districts','level',1,'count','01 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng NTM', area=('province','An Giang','An Giang')),
 F('budget_revenue','level',186.2,'vnd_billion','thu ngân sách trên địa bàn thị xã ước đạt 186,2 tỷ đồng', approx='about', per=('year','2017-01-01','2017-12-31')),
 F('budget_revenue','pct_of_plan',107.4,'percent','vượt 7,4% dự toán', basis='estimate', per=('year','2017-01-01','2017-12-31')),
 F('disbursement','pct_of_plan',92.6,'percent','Giải ngân vốn xây dựng cơ bản đạt 92,6% kế hoạch', basis='plan', per=('year','2017-01-01','2017-12-31')),
], nonfacts=3, tests='town; province figures in parentheses with leading zero; "4 xã còn lại 13-16 tiêu chí"; target xã + ấp')
