from lib import R
R('1011_long-an-so-ket-6-thang-2024.txt','''Trang chủ > Tin tức - Sự kiện > Tin hoạt động

Long An: Kinh tế 6 tháng đầu năm 2024 duy trì đà tăng trưởng
Thứ Năm, 04/07/2024

Ngày 3/7, UBND tỉnh Long An tổ chức phiên họp thường kỳ quý II nhằm đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024.

Thu ngân sách nhà nước 6 tháng đạt 11.280 tỷ đồng, đạt 54,3% dự toán, tăng 22% so với cùng kỳ năm 2023. Riêng tháng 6, thu ngân sách được 1.920 tỷ đồng. Chi ngân sách địa phương 6 tháng 8.945 tỷ đồng.

Đến 30/6/2024, giải ngân vốn đầu tư công đạt 3.156 tỷ đồng, đạt 38,4% kế hoạch vốn HĐND tỉnh giao.

Về nông thôn mới, đến nay toàn tỉnh có 151 trong tổng số 161 xã đạt chuẩn nông thôn mới (tăng 5 xã so với cuối năm 2023), trong đó 63 xã đạt chuẩn nâng cao và 19 xã đạt chuẩn kiểu mẫu. Hiện còn 10 xã chưa đạt chuẩn, bình quân đạt 17,2 tiêu chí/xã.

Ảnh: Phiên họp thường kỳ quý II (Ảnh: Trần Hoàng)
Trần Hoàng - Trung tâm Thông tin tỉnh
Lượt xem: 2.048 | Bản in | Gửi bài viết''','Long An','province','Long An','half_year','2024-01-01','2024-06-30',[
 ('budget_revenue','level',11280,'Thu ngân sách nhà nước 6 tháng đạt 11.280 tỷ đồng',{'h':1}),
 ('budget_revenue','pct_of_plan',54.3,'đạt 54,3% dự toán',{'h':1}),
 ('budget_revenue','change',22,'tăng 22% so với cùng kỳ năm 2023'),
 ('budget_revenue','level',1920,'Riêng tháng 6, thu ngân sách được 1.920 tỷ đồng',{'pt':'month','ps':'2024-06-01'}),
 ('budget_expenditure','level',8945,'Chi ngân sách địa phương 6 tháng 8.945 tỷ đồng'),
 ('disbursement','level',3156,'giải ngân vốn đầu tư công đạt 3.156 tỷ đồng',{'h':1}),
 ('disbursement','pct_of_plan',38.4,'đạt 38,4% kế hoạch vốn HĐND tỉnh giao',{'basis':'resolution','h':1}),
 ('ntm_communes','level',151,'toàn tỉnh có 151 trong tổng số 161 xã đạt chuẩn nông thôn mới',{'den':161,'h':1,'pt':'as_of','ps':'2024-07-03','pe':'2024-07-03'}),
 ('ntm_advanced_communes','level',63,'63 xã đạt chuẩn nâng cao',{'pt':'as_of','ps':'2024-07-03','pe':'2024-07-03'}),
 ('ntm_model_communes','level',19,'19 xã đạt chuẩn kiểu mẫu',{'pt':'as_of','ps':'2024-07-03','pe':'2024-07-03'}),
])

R('1012_ha-tinh-5-nam-nong-thon-moi.txt','''HÀ TĨNH - 5 NĂM XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2016 - 2020
Tổng kết | 24/11/2020 - 10:05 | Tác giả: Thiên Vỹ

Giai đoạn 2016 - 2020, Hà Tĩnh tiếp tục là một trong những địa phương dẫn đầu cả nước về xây dựng nông thôn mới. Hết năm 2020, toàn tỉnh có 196/216 xã đạt chuẩn nông thôn mới (tăng thêm 111 xã so với cuối năm 2015), 5 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng nông thôn mới; 27 xã đạt chuẩn nâng cao và 3 xã đạt chuẩn kiểu mẫu.

Đặc biệt, hơn 1.100 thôn đã đạt chuẩn khu dân cư nông thôn mới kiểu mẫu; 2.350 km đường giao thông nông thôn được cứng hóa.

Sau 5 năm, tổng thu ngân sách trên địa bàn đạt 52.600 tỷ đồng, bình quân tăng 12%/năm; riêng thu nội địa đạt 31.480 tỷ đồng.

Giai đoạn 2021 - 2025, tỉnh đặt mục tiêu có ít nhất 60 xã đạt chuẩn nâng cao, 20 xã kiểu mẫu và 9/13 đơn vị cấp huyện hoàn thành nhiệm vụ.

Ảnh: Một góc xã nông thôn mới kiểu mẫu Tân Lộc, huyện Lộc Hà. Ảnh: T.V
Bài viết liên quan | Bình luận (0)''','Hà Tĩnh','province','Hà Tĩnh','term','2016-01-01','2020-12-31',[
 ('ntm_communes','level',196,'toàn tỉnh có 196/216 xã đạt chuẩn nông thôn mới',{'den':216,'h':1,'pt':'as_of','ps':'2020-12-31'}),
 ('ntm_districts','level',5,'5 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng nông thôn mới',{'pt':'as_of','ps':'2020-12-31'}),
 ('ntm_advanced_communes','level',27,'27 xã đạt chuẩn nâng cao',{'pt':'as_of','ps':'2020-12-31'}),
 ('ntm_model_communes','level',3,'3 xã đạt chuẩn kiểu mẫu',{'pt':'as_of','ps':'2020-12-31'}),
 ('budget_revenue','level',52600,'tổng thu ngân sách trên địa bàn đạt 52.600 tỷ đồng',{'h':1}),
 ('budget_revenue','change',12,'bình quân tăng 12%/năm',{'basis':'annual_avg'}),
 ('domestic_revenue','level',31480,'riêng thu nội địa đạt 31.480 tỷ đồng'),
])

R('1013_dbscl-nong-thon-moi-2022.txt','''Đồng bằng sông Cửu Long: Cuộc đua nông thôn mới về đích
Nông nghiệp | 16/12/2022

Theo Văn phòng Điều phối nông thôn mới Trung ương, tính đến cuối tháng 11/2022, vùng Đồng bằng sông Cửu Long có nhiều tỉnh đạt tỷ lệ xã nông thôn mới cao hơn bình quân cả nước.

Dẫn đầu là Đồng Tháp với 115/115 xã đạt chuẩn (100%). Tiền Giang có 137/142 xã, Trà Vinh 85/85 xã. Bến Tre đạt 110 xã, chiếm 73,8% tổng số xã; Vĩnh Long có 85/87 xã (trong đó 42 xã nâng cao). Kiên Giang thấp hơn, mới có 92/116 xã.

Ở cấp huyện, Tiền Giang có 5 huyện đạt chuẩn nông thôn mới, Trà Vinh 4 huyện.

Nhiều tỉnh chọn xã điểm để xây dựng nông thôn mới kiểu mẫu; riêng Hậu Giang chọn 12 xã điểm thực hiện trong năm 2023.

Ảnh: Cánh đồng lúa tại huyện Tháp Mười (Đồng Tháp). Ảnh: Hữu Nghĩa/TTXVN
Hữu Nghĩa - Phương Vy
Tags: nông thôn mới, ĐBSCL''','','national','Việt Nam','as_of','2022-11-30','2022-11-30',[
 ('ntm_communes','level',115,'Đồng Tháp với 115/115 xã đạt chuẩn',{'den':115,'level':'province','area':'Đồng Tháp','prov':'Đồng Tháp','h':1}),
 ('ntm_communes','share',100,'115/115 xã đạt chuẩn (100%)',{'basis':'','level':'province','area':'Đồng Tháp','prov':'Đồng Tháp'}),
 ('ntm_communes','level',137,'Tiền Giang có 137/142 xã',{'den':142,'level':'province','area':'Tiền Giang','prov':'Tiền Giang','h':1}),
 ('ntm_communes','level',85,'Trà Vinh 85/85 xã',{'den':85,'level':'province','area':'Trà Vinh','prov':'Trà Vinh','h':1}),
 ('ntm_communes','level',110,'Bến Tre đạt 110 xã',{'level':'province','area':'Bến Tre','prov':'Bến Tre','h':1}),
 ('ntm_communes','share',73.8,'chiếm 73,8% tổng số xã',{'basis':'','level':'province','area':'Bến Tre','prov':'Bến Tre'}),
 ('ntm_communes','level',85,'Vĩnh Long có 85/87 xã',{'den':87,'level':'province','area':'Vĩnh Long','prov':'Vĩnh Long','h':1}),
 ('ntm_advanced_communes','level',42,'42 xã nâng cao',{'level':'province','area':'Vĩnh Long','prov':'Vĩnh Long'}),
 ('ntm_communes','level',92,'Kiên Giang thấp hơn, mới có 92/116 xã',{'den':116,'level':'province','area':'Kiên Giang','prov':'Kiên Giang','h':1}),
 ('ntm_districts','level',5,'Tiền Giang có 5 huyện đạt chuẩn nông thôn mới',{'level':'province','area':'Tiền Giang','prov':'Tiền Giang'}),
 ('ntm_districts','level',4,'Trà Vinh 4 huyện',{'level':'province','area':'Trà Vinh','prov':'Trà Vinh'}),
])
