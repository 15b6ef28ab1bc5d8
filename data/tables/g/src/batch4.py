R('919_soc-son-tong-ket-2016.txt', '''Trang chủ | Chính trị | Kinh tế | Xã hội

Sóc Sơn: Tổng kết năm 2016, 17 xã đạt chuẩn nông thôn mới

HNM - 29/12/2016 06:45

Ngày 28-12, UBND huyện Sóc Sơn (Hà Nội) tổ chức hội nghị tổng kết công tác năm 2016.

Năm 2016, tổng thu ngân sách trên địa bàn huyện đạt 1.043 tỷ đồng, bằng 132% kế hoạch thành phố giao. Chi ngân sách huyện
1.421 tỷ 650 triệu đồng. Tổng vốn đầu tư xây dựng cơ bản giải ngân 738 tỷ đồng, đạt 91,2% kế hoạch.

Trong năm, huyện có thêm 5 xã được công nhận, nâng tổng số xã đạt chuẩn nông thôn mới lên 17/25 xã; 8 xã còn lại bình
quân đạt 15 tiêu chí/xã. Năm 2017, huyện phấn đấu có thêm 4 xã đạt chuẩn.

Toàn thành phố đến hết năm 2016 có 239/386 xã đạt chuẩn nông thôn mới, đạt 61,9%; Hà Nội dẫn đầu cả nước với thu ngân sách
năm 2016 đạt 186.000 tỷ đồng.

Ảnh: Lãnh đạo huyện trao bằng khen cho các xã đạt chuẩn NTM. (Ảnh: Thanh Hải)

Thanh Hải
Tin liên quan: » Gia Lâm hoàn thành 19/20 xã nông thôn mới
''', 'Hà Nội', 'district', 'Sóc Sơn', 'year', '2016-01-01', '2016-12-31', [
 F('budget_revenue','level',1043,'vnd_billion','tổng thu ngân sách trên địa bàn huyện đạt 1.043 tỷ đồng'),
 F('budget_revenue','pct_of_plan',132,'percent','bằng 132% kế hoạch thành phố giao', basis='plan'),
 F('budget_expenditure','level',1421.65,'vnd_billion','Chi ngân sách huyện\n1.421 tỷ 650 triệu đồng'),
 F('disbursement','level',738,'vnd_billion','Tổng vốn đầu tư xây dựng cơ bản giải ngân 738 tỷ đồng'),
 F('disbursement','pct_of_plan',91.2,'percent','đạt 91,2% kế hoạch', basis='plan'),
 F('ntm_communes','level',17,'count','nâng tổng số xã đạt chuẩn nông thôn mới lên 17/25 xã', den=25, per=('as_of','2016-12-28','2016-12-28')),
 F('ntm_communes','level',239,'count','Toàn thành phố đến hết năm 2016 có 239/386 xã đạt chuẩn nông thôn mới', den=386, per=('as_of','2016-12-31','2016-12-31'), area=('province','Hà Nội','Hà Nội'), head='yes'),
 F('ntm_communes','share',61.9,'percent','đạt 61,9%', per=('as_of','2016-12-31','2016-12-31'), area=('province','Hà Nội','Hà Nội')),
 F('budget_revenue','level',186000,'vnd_billion','Hà Nội dẫn đầu cả nước với thu ngân sách\nnăm 2016 đạt 186.000 tỷ đồng', area=('province','Hà Nội','Hà Nội'), head='yes'),
], nonfacts=4, tests='district of a municipality ("toàn thành phố" = province Hà Nội); "tỷ 650 triệu"; "thêm 5 xã"; tiêu chí/xã; target; related link 19/20')

R('920_moc-chau-thang-5-2022.txt', '''MỘC CHÂU: KINH TẾ - XÃ HỘI THÁNG 5 CÓ NHIỀU CHUYỂN BIẾN

Báo Sơn La | 31/5/2022

Tháng 5/2022, thu ngân sách nhà nước trên địa bàn huyện Mộc Châu đạt 22,6 tỷ đồng; lũy kế 5 tháng đầu năm 181,3 tỷ đồng,
bằng 49,2% dự toán tỉnh giao, bằng 112,5% so với cùng kỳ năm 2021.

Chi ngân sách địa phương tháng 5 ước 48.310 triệu đồng.

Giải ngân vốn đầu tư công từ đầu năm đến ngày 25/5 đạt 72,4 tỷ đồng, mới đạt 24,3% kế hoạch; vốn các chương trình mục tiêu
quốc gia chưa giải ngân do chưa có hướng dẫn.

Toàn huyện hiện có 5/13 xã đạt chuẩn nông thôn mới (chưa kể các xã đã sáp nhập), 52 bản đạt chuẩn bản nông thôn mới. Huyện
đang phấn đấu đến năm 2025 trở thành thị xã.

Trong tháng, du lịch đón 186.000 lượt khách; tổ chức khám bệnh cho 9.420 lượt người.

Mai Thị Tuyết
''', 'Sơn La', 'district', 'Mộc Châu', 'ytd', '2022-01-01', '2022-05-31', [
 F('budget_revenue','level',22.6,'vnd_billion','thu ngân sách nhà nước trên địa bàn huyện Mộc Châu đạt 22,6 tỷ đồng', per=('month','2022-05-01','2022-05-31')),
 F('budget_revenue','level',181.3,'vnd_billion','lũy kế 5 tháng đầu năm 181,3 tỷ đồng'),
 F('budget_revenue','pct_of_plan',49.2,'percent','bằng 49,2% dự toán tỉnh giao', basis='estimate'),
 F('budget_revenue','change',12.5,'percent','bằng 112,5% so với cùng kỳ năm 2021', basis='yoy'),
 F('budget_expenditure','level',48.31,'vnd_billion','Chi ngân sách địa phương tháng 5 ước 48.310 triệu đồng', approx='about', per=('month','2022-05-01','2022-05-31')),
 F('disbursement','level',72.4,'vnd_billion','Giải ngân vốn đầu tư công từ đầu năm đến ngày 25/5 đạt 72,4 tỷ đồng', per=('ytd','2022-01-01','2022-05-25')),
 F('disbursement','pct_of_plan',24.3,'percent','mới đạt 24,3% kế hoạch', basis='plan', per=('ytd','2022-01-01','2022-05-25')),
 A('disbursement','low','mới đạt 24,3% kế hoạch', per=('ytd','2022-01-01','2022-05-25')),
 F('ntm_communes','level',5,'count','5/13 xã đạt chuẩn nông thôn mới', den=13, per=('as_of','2022-05-31','2022-05-31')),
], nonfacts=2, tests='month report with ytd (5 tháng = ytd); "bằng 112,5% so với cùng kỳ" -> +12.5; bản NTM (hamlets); tourism counts')

R('921_long-an-hdnd-cuoi-nam-2021.txt', '''Báo Long An Online
Thời sự > Chính trị

Kỳ họp thứ 4, HĐND tỉnh khóa X: Thu ngân sách năm 2021 vượt dự toán dù ảnh hưởng dịch Covid-19

Cập nhật lúc 17:32, Thứ Tư, 08/12/2021

(LA) - Ngày 8/12, HĐND tỉnh Long An khóa X khai mạc kỳ họp thứ 4.

Theo báo cáo của UBND tỉnh, năm 2021 tổng thu ngân sách nhà nước trên địa bàn ước đạt 17.820 tỷ đồng, đạt 106,7% dự toán
HĐND tỉnh giao, tăng 3,9% so với năm 2020. Trong đó, thu nội địa 14.330 tỷ đồng, thu thuế xuất nhập khẩu 3.490 tỷ đồng.
Riêng huyện Đức Hòa thu 2.115 tỷ đồng, dẫn đầu các huyện.

Giải ngân vốn đầu tư công đến 30/11 đạt 6.420 tỷ đồng, tương đương 73,5% kế hoạch.

Xây dựng nông thôn mới: lũy kế đến nay toàn tỉnh có 104/161 xã đạt chuẩn NTM (64,6%), 15 xã đạt chuẩn NTM nâng cao, 01 xã
NTM kiểu mẫu; 06 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM.

Năm 2022, dự toán thu ngân sách 18.080 tỷ đồng; tỉnh phấn đấu giải ngân trên 95% kế hoạch vốn.

Ảnh: Quang cảnh kỳ họp (Ảnh: Thanh Nhanh)

Khánh Duy
''', 'Long An', 'province', 'Long An', 'year', '2021-01-01', '2021-12-31', [
 F('budget_revenue','level',17820,'vnd_billion','tổng thu ngân sách nhà nước trên địa bàn ước đạt 17.820 tỷ đồng', approx='about', head='yes'),
 F('budget_revenue','pct_of_plan',106.7,'percent','đạt 106,7% dự toán\nHĐND tỉnh giao', basis='estimate', head='yes'),
 F('budget_revenue','change',3.9,'percent','tăng 3,9% so với năm 2020', basis='yoy'),
 F('domestic_revenue','level',14330,'vnd_billion','thu nội địa 14.330 tỷ đồng'),
 F('budget_revenue','level',2115,'vnd_billion','huyện Đức Hòa thu 2.115 tỷ đồng', area=('district','Đức Hòa','Long An')),
 F('disbursement','level',6420,'vnd_billion','Giải ngân vốn đầu tư công đến 30/11 đạt 6.420 tỷ đồng', per=('ytd','2021-01-01','2021-11-30'), head='yes'),
 F('disbursement','pct_of_plan',73.5,'percent','tương đương 73,5% kế hoạch', basis='plan', per=('ytd','2021-01-01','2021-11-30'), head='yes'),
 F('ntm_communes','level',104,'count','toàn tỉnh có 104/161 xã đạt chuẩn NTM', den=161, per=('as_of','2021-12-08','2021-12-08'), head='yes'),
 F('ntm_communes','share',64.6,'percent','(64,6%)', per=('as_of','2021-12-08','2021-12-08')),
 F('ntm_advanced_communes','level',15,'count','15 xã đạt chuẩn NTM nâng cao', per=('as_of','2021-12-08','2021-12-08')),
 F('ntm_model_communes','level',1,'count','01 xã\nNTM kiểu mẫu', per=('as_of','2021-12-08','2021-12-08')),
 F('ntm_districts','level',6,'count','06 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM', per=('as_of','2021-12-08','2021-12-08')),
], nonfacts=2, tests='province HĐND; district figure inside province report belongs to district; XNK line item; next-year estimate; target >95%; leading zeros')

R('922_cai-lay-ve-dich-nong-thon-moi.txt', '''Cai Lậy về đích huyện nông thôn mới

Ấp Bắc điện tử - 14/11/2022

Ngày 13-11, huyện Cai Lậy tổ chức lễ đón nhận quyết định của Thủ tướng Chính phủ công nhận huyện đạt chuẩn nông thôn
mới năm 2022. Đây là đơn vị cấp huyện thứ 5 của tỉnh Tiền Giang về đích.

Sau hơn 10 năm triển khai, 15/15 xã của huyện đạt chuẩn nông thôn mới (100%); huyện đạt 9/9 tiêu chí huyện nông thôn mới.
Có 3 xã đạt chuẩn NTM nâng cao (Long Trung, Hiệp Đức, Thạnh Lộc). Tổng nguồn vốn huy động giai đoạn 2011 - 2022 hơn 7.800 tỷ
đồng, trong đó ngân sách nhà nước khoảng 2.640 tỷ đồng.

Không giống thị xã Cai Lậy (đã hoàn thành nhiệm vụ NTM năm 2020), huyện Cai Lậy có địa bàn thuần nông, nhiều vùng trái cây
đặc sản. Đến nay có 68/102 ấp được công nhận ấp nông thôn mới kiểu mẫu.

Giai đoạn 2023 - 2025, huyện chọn 5 xã xây dựng NTM nâng cao, 2 xã NTM kiểu mẫu.

Ảnh: Lãnh đạo tỉnh trao quyết định công nhận huyện đạt chuẩn NTM. Ảnh: Hữu Chí

Hữu Chí
''', 'Tiền Giang', 'district', 'Cai Lậy', 'as_of', '2022-11-13', '2022-11-13', [
 F('ntm_communes','level',15,'count','15/15 xã của huyện đạt chuẩn nông thôn mới', den=15),
 F('ntm_communes','share',100,'percent','(100%)'),
 F('ntm_district_criteria','level',9,'count','huyện đạt 9/9 tiêu chí huyện nông thôn mới', den=9),
 F('ntm_advanced_communes','level',3,'count','Có 3 xã đạt chuẩn NTM nâng cao'),
], nonfacts=4, tests='ambiguous name (huyện vs thị xã Cai Lậy); "đơn vị cấp huyện thứ 5" ordinal; ấp kiểu mẫu; chọn xã; capital mobilised not a focus row')

R('923_baodautu-giai-ngan-6-thang-2023.txt', '''Baodautu.vn › Đầu tư › Đầu tư công

Giải ngân 6 tháng: 17 địa phương trên 40%, nhiều tỉnh lớn dưới 25%

Thứ Ba, 11/07/2023 | 06:00

Theo báo cáo của Bộ Kế hoạch và Đầu tư, ước giải ngân vốn đầu tư công 6 tháng đầu năm 2023 đạt 27,75% kế hoạch Thủ tướng
giao (cả nước). Có 17 bộ, địa phương giải ngân trên 40%.

Dẫn đầu là Long An (58,9%), Thái Bình (55,2%), Hòa Bình (51,4%), Phú Yên (50,3%). Đáng chú ý, Tuyên Quang giải ngân được
1.235 tỷ đồng, đạt 48,7%.

Trong khi đó, Thành phố Hồ Chí Minh chỉ đạt 11,24%, Bình Dương 16,8%, Đồng Nai 21,3%; Đà Nẵng giải ngân 1.420/9.268 tỷ đồng.

Ông Trần Quốc Phương, Thứ trưởng Bộ KH&ĐT, cho biết 6 tháng cuối năm cần giải ngân bình quân mỗi tháng khoảng 60.000 tỷ đồng
mới đạt mục tiêu 95%.

Thanh Thủy
Bài liên quan: > Hà Nội: Giải ngân 6 tháng đạt 36%
''', 'Việt Nam', 'national', 'Việt Nam', 'half_year', '2023-01-01', '2023-06-30', [
 F('disbursement','pct_of_plan',58.9,'percent','Long An (58,9%)', basis='plan', area=('province','Long An','Long An'), head='yes'),
 F('disbursement','pct_of_plan',55.2,'percent','Thái Bình (55,2%)', basis='plan', area=('province','Thái Bình','Thái Bình'), head='yes'),
 F('disbursement','pct_of_plan',51.4,'percent','Hòa Bình (51,4%)', basis='plan', area=('province','Hòa Bình','Hòa Bình'), head='yes'),
 F('disbursement','pct_of_plan',50.3,'percent','Phú Yên (50,3%)', basis='plan', area=('province','Phú Yên','Phú Yên'), head='yes'),
 F('disbursement','level',1235,'vnd_billion','Tuyên Quang giải ngân được\n1.235 tỷ đồng', area=('province','Tuyên Quang','Tuyên Quang'), head='yes'),
 F('disbursement','pct_of_plan',48.7,'percent','đạt 48,7%', basis='plan', area=('province','Tuyên Quang','Tuyên Quang'), head='yes'),
 F('disbursement','pct_of_plan',11.24,'percent','Thành phố Hồ Chí Minh chỉ đạt 11,24%', basis='plan', area=('province','Thành phố Hồ Chí Minh','Thành phố Hồ Chí Minh'), head='yes'),
 F('disbursement','pct_of_plan',16.8,'percent','Bình Dương 16,8%', basis='plan', area=('province','Bình Dương','Bình Dương'), head='yes'),
 F('disbursement','pct_of_plan',21.3,'percent','Đồng Nai 21,3%', basis='plan', area=('province','Đồng Nai','Đồng Nai'), head='yes'),
 F('disbursement','level',1420,'vnd_billion','Đà Nẵng giải ngân 1.420/9.268 tỷ đồng', area=('province','Đà Nẵng','Đà Nẵng'), head='yes'),
], nonfacts=3, tests='roundup half_year; actual/plan without pct; national rate, 60.000 tỷ/month and 95% target not rows; related-link Hà Nội 36% not a fact of this page')

R('924_phu-cat-6-thang.txt', '''Phù Cát: Sơ kết 6 tháng đầu năm

Chuyên mục: Tin địa phương

Chiều qua, UBND huyện tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm và
triển khai nhiệm vụ 6 tháng cuối năm.

Theo báo cáo, 6 tháng đầu năm, tổng thu ngân sách trên địa bàn huyện ước đạt 245,8 tỷ đồng, đạt 58,5% dự toán tỉnh giao và
52,1% dự toán HĐND huyện giao. Trong đó, thu tiền sử dụng đất 171 tỷ đồng. Chi ngân sách huyện đạt 302,6 tỷ đồng.

Giải ngân vốn đầu tư xây dựng cơ bản đạt 41,2% kế hoạch; còn 6 công trình chưa khởi công do vướng giải phóng mặt bằng.

Toàn huyện đã có 13/17 xã đạt chuẩn NTM; 2 xã (Cát Hanh, Cát Hiệp) đang hoàn thiện hồ sơ đề nghị công nhận; còn 2 xã chưa đạt.

Phạm Tiến Sỹ
''', 'Bình Định', 'district', 'Phù Cát', 'half_year', '2021-01-01', '2021-06-30', [
 F('budget_revenue','level',245.8,'vnd_billion','tổng thu ngân sách trên địa bàn huyện ước đạt 245,8 tỷ đồng', approx='about'),
 F('budget_revenue','pct_of_plan',58.5,'percent','đạt 58,5% dự toán tỉnh giao', basis='estimate'),
 F('budget_revenue','pct_of_plan',52.1,'percent','52,1% dự toán HĐND huyện giao', basis='resolution'),
 F('budget_expenditure','level',302.6,'vnd_billion','Chi ngân sách huyện đạt 302,6 tỷ đồng'),
 F('disbursement','pct_of_plan',41.2,'percent','Giải ngân vốn đầu tư xây dựng cơ bản đạt 41,2% kế hoạch', basis='plan'),
 F('ntm_communes','level',13,'count','Toàn huyện đã có 13/17 xã đạt chuẩn NTM', den=17, per=('as_of','2021-07-14','2021-07-14')),
], url='https://phucat.binhdinh.gov.vn/2021/07/15/so-ket-6-thang-dau-nam-2021/', date='', nonfacts=3,
 tests='undated page, year only in URL (no published_date); two bases; line item; "còn 2 xã chưa đạt"; 2 xã đang hoàn thiện hồ sơ; 6 công trình')
