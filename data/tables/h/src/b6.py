from lib import R
R('1025_ninh-binh-ntm-ba-tinh-cu.txt','''Ninh Bình: Kế thừa thành quả nông thôn mới của ba tỉnh trước hợp nhất
12/10/2025 | Báo Ninh Bình

Tính đến ngày 30/6/2025, thời điểm trước khi sắp xếp đơn vị hành chính, trên địa bàn ba tỉnh Hà Nam, Nam Định, Ninh Bình (cũ) đã hoàn thành toàn bộ mục tiêu xây dựng nông thôn mới cấp xã.

Cụ thể, Nam Định (cũ) có 195 xã đạt chuẩn nông thôn mới nâng cao và 62 xã đạt chuẩn kiểu mẫu; Hà Nam (cũ) có 83/83 xã đạt chuẩn nông thôn mới, 6/6 đơn vị cấp huyện hoàn thành nhiệm vụ; Ninh Bình (cũ) có 119/119 xã đạt chuẩn, trong đó 54 xã nâng cao.

Sau sắp xếp, tỉnh Ninh Bình mới có 129 đơn vị hành chính cấp xã gồm 97 xã và 32 phường. Tỉnh đặt mục tiêu đến năm 2030 có ít nhất 50% số xã đạt chuẩn nông thôn mới hiện đại.

Cũng theo Sở Nông nghiệp và Môi trường, 9 tháng năm 2025 toàn tỉnh giải ngân vốn đầu tư công đạt 61,4% kế hoạch.

Ảnh: Cánh đồng mẫu lớn ở xã Đồng Thái. Ảnh: Trường Giang
Trường Giang
Tin mới hơn | Tin cũ hơn''','Ninh Bình','province','Ninh Bình','as_of','2025-06-30','2025-06-30',[
 ('ntm_advanced_communes','level',195,'Nam Định (cũ) có 195 xã đạt chuẩn nông thôn mới nâng cao',{'area':'Nam Định','prov':'Nam Định'}),
 ('ntm_model_communes','level',62,'62 xã đạt chuẩn kiểu mẫu',{'area':'Nam Định','prov':'Nam Định'}),
 ('ntm_communes','level',83,'Hà Nam (cũ) có 83/83 xã đạt chuẩn nông thôn mới',{'den':83,'area':'Hà Nam','prov':'Hà Nam'}),
 ('ntm_districts','level',6,'6/6 đơn vị cấp huyện hoàn thành nhiệm vụ',{'den':6,'area':'Hà Nam','prov':'Hà Nam'}),
 ('ntm_communes','level',119,'Ninh Bình (cũ) có 119/119 xã đạt chuẩn',{'den':119,'area':'Ninh Bình','prov':'Ninh Bình'}),
 ('ntm_advanced_communes','level',54,'trong đó 54 xã nâng cao',{'area':'Ninh Bình','prov':'Ninh Bình'}),
 ('disbursement','pct_of_plan',61.4,'9 tháng năm 2025 toàn tỉnh giải ngân vốn đầu tư công đạt 61,4% kế hoạch',{'basis':'plan','h':1,'pt':'nine_months','ps':'2025-01-01','pe':'2025-09-30'}),
],v='34')

R('1026_cam-giang-thu-ngan-sach-2020.txt','''Cẩm Giàng thu ngân sách đạt 161% dự toán tỉnh giao
Thứ Sáu, 25/12/2020 - 10:12 | Báo Hải Dương

Năm 2020, tổng thu ngân sách nhà nước trên địa bàn huyện Cẩm Giàng đạt 905,6 tỷ đồng, bằng 161% dự toán tỉnh giao, 145% dự toán HĐND huyện; thu ngân sách địa phương hưởng đạt 742 tỷ đồng. Chi ngân sách địa phương 820,3 tỷ đồng.

Huyện đã được công nhận đạt chuẩn nông thôn mới từ năm 2019; đến nay 17/17 xã đạt chuẩn nông thôn mới, 5 xã đạt chuẩn nông thôn mới nâng cao, 1 xã đạt chuẩn nông thôn mới kiểu mẫu.

Theo Sở Kế hoạch và Đầu tư, đến 20/12 toàn tỉnh Hải Dương giải ngân vốn đầu tư công đạt 83,2%/50% chỉ tiêu đề ra cho thời điểm này.

Ngọc Huyền
(Ảnh: Trụ sở UBND huyện Cẩm Giàng)''','Hải Dương','district','Cẩm Giàng','year','2020-01-01','2020-12-31',[
 ('budget_revenue','level',905.6,'tổng thu ngân sách nhà nước trên địa bàn huyện Cẩm Giàng đạt 905,6 tỷ đồng'),
 ('budget_revenue','pct_of_plan',161,'bằng 161% dự toán tỉnh giao',{'basis':'assigned_plan'}),
 ('budget_revenue','pct_of_plan',145,'145% dự toán HĐND huyện',{'basis':'resolution'}),
 ('budget_revenue','level',742,'thu ngân sách địa phương hưởng đạt 742 tỷ đồng'),
 ('budget_expenditure','level',820.3,'Chi ngân sách địa phương 820,3 tỷ đồng'),
 ('ntm_communes','level',17,'17/17 xã đạt chuẩn nông thôn mới',{'den':17,'pt':'as_of','ps':'2020-12-25','pe':'2020-12-25'}),
 ('ntm_advanced_communes','level',5,'5 xã đạt chuẩn nông thôn mới nâng cao',{'pt':'as_of','ps':'2020-12-25','pe':'2020-12-25'}),
 ('ntm_model_communes','level',1,'1 xã đạt chuẩn nông thôn mới kiểu mẫu',{'pt':'as_of','ps':'2020-12-25','pe':'2020-12-25'}),
 ('disbursement','pct_of_plan',83.2,'toàn tỉnh Hải Dương giải ngân vốn đầu tư công đạt 83,2%',{'basis':'plan','level':'province','area':'Hải Dương','h':1,'pt':'ytd','pe':'2020-12-20'}),
])

R('1027_son-la-ngan-sach-2018.txt','''<h1 class="title">Sơn La: Kỳ họp thứ bảy HĐND tỉnh khóa XIV</h1>
<span class="date">Thứ năm, 13/12/2018</span>
Trong 3 ngày (11-13/12), HĐND tỉnh Sơn La khóa XIV
tiến hành kỳ họp thứ bảy, xem xét báo cáo kinh tế -
xã hội năm 2018.
Năm 2018, tổng thu ngân sách nhà nước trên địa bàn
tỉnh ước đạt 4.516 tỷ đồng, bằng 93,4% dự toán Trung
ương giao; thu cân đối ngân sách địa phương (không kể
tiền sử dụng đất) ước 3.780 tỷ đồng. Tổng chi ngân sách
địa phương ước 14.230 tỷ đồng.
Giải ngân vốn đầu tư công đến 30/11 đạt 2.860 tỷ đồng,
bằng 86% kế hoạch.
Đến nay toàn tỉnh có 42/188 xã đạt chuẩn nông thôn mới,
bình quân 11,2 tiêu chí/xã; còn 9 xã đạt dưới 5 tiêu chí.
Năm 2019, tỉnh phấn đấu thu ngân sách trên địa bàn
4.850 tỷ đồng và có thêm 12 xã đạt chuẩn.
&lt;Ảnh: Toàn cảnh kỳ họp&gt;
Tuấn Anh - Hoàng Giang
<div class="tags">Từ khóa: HĐND tỉnh, kỳ họp thứ bảy</div>''','Sơn La','province','Sơn La','year','2018-01-01','2018-12-31',[
 ('budget_revenue','level',4516,'tổng thu ngân sách nhà nước trên địa bàn\ntỉnh ước đạt 4.516 tỷ đồng',{'approx':'about','h':1}),
 ('budget_revenue','pct_of_plan',93.4,'bằng 93,4% dự toán Trung\nương giao',{'basis':'assigned_plan','h':1}),
 ('budget_revenue','level',3780,'thu cân đối ngân sách địa phương (không kể\ntiền sử dụng đất) ước 3.780 tỷ đồng',{'approx':'about'}),
 ('budget_expenditure','level',14230,'Tổng chi ngân sách\nđịa phương ước 14.230 tỷ đồng',{'approx':'about'}),
 ('disbursement','level',2860,'Giải ngân vốn đầu tư công đến 30/11 đạt 2.860 tỷ đồng',{'h':1,'pt':'ytd','pe':'2018-11-30'}),
 ('disbursement','pct_of_plan',86,'bằng 86% kế hoạch',{'basis':'plan','h':1,'pt':'ytd','pe':'2018-11-30'}),
 ('ntm_communes','level',42,'toàn tỉnh có 42/188 xã đạt chuẩn nông thôn mới',{'den':188,'h':1,'pt':'as_of','ps':'2018-12-13','pe':'2018-12-13'}),
])
