from lib import R
R('1033_gia-lai-thu-ngan-sach-2025.txt','''Gia Lai: Thu ngân sách năm 2025 ước vượt 20% dự toán
10/12/2025 | gialai.gov.vn

Tại kỳ họp HĐND tỉnh cuối năm, UBND tỉnh Gia Lai báo cáo: năm 2025, thu ngân sách nhà nước trên địa bàn ước đạt 48.200 tỷ đồng, đạt 120,5% dự toán Trung ương giao, tăng 16,3% so với năm 2024 (số liệu cộng gộp hai tỉnh Gia Lai và Bình Định cũ). Riêng khu vực Bình Định (cũ) đóng góp khoảng 29.600 tỷ đồng.

Sau 5 năm 2021 - 2025, tổng thu ngân sách trên địa bàn đạt 176.300 tỷ đồng, bình quân tăng 9,8%/năm. Tổng chi ngân sách địa phương cả giai đoạn khoảng 265.000 tỷ đồng.

Giải ngân vốn đầu tư công đến ngày 30/11/2025 đạt 14.870 tỷ đồng, bằng 71,2% kế hoạch.

Năm 2026, tỉnh được Trung ương giao dự toán thu 45.000 tỷ đồng; HĐND tỉnh giao phấn đấu 50.000 tỷ đồng.

Ảnh: Quang cảnh kỳ họp. (Ảnh: Đức Thụy)
Đức Thụy
Liên kết: Cổng TTĐT tỉnh Gia Lai | Báo Gia Lai''','Gia Lai','province','Gia Lai','year','2025-01-01','2025-12-31',[
 ('budget_revenue','level',48200,'thu ngân sách nhà nước trên địa bàn ước đạt 48.200 tỷ đồng',{'approx':'about','h':1}),
 ('budget_revenue','pct_of_plan',120.5,'đạt 120,5% dự toán Trung ương giao',{'basis':'assigned_plan','h':1}),
 ('budget_revenue','change',16.3,'tăng 16,3% so với năm 2024'),
 ('budget_revenue','level',29600,'khu vực Bình Định (cũ) đóng góp khoảng 29.600 tỷ đồng',{'approx':'about','area':'Bình Định','prov':'Bình Định'}),
 ('budget_revenue','level',176300,'Sau 5 năm 2021 - 2025, tổng thu ngân sách trên địa bàn đạt 176.300 tỷ đồng',{'h':1,'pt':'term','ps':'2021-01-01'}),
 ('budget_revenue','change',9.8,'bình quân tăng 9,8%/năm',{'basis':'annual_avg','pt':'term','ps':'2021-01-01'}),
 ('budget_expenditure','level',265000,'Tổng chi ngân sách địa phương cả giai đoạn khoảng 265.000 tỷ đồng',{'approx':'about','pt':'term','ps':'2021-01-01'}),
 ('disbursement','level',14870,'Giải ngân vốn đầu tư công đến ngày 30/11/2025 đạt 14.870 tỷ đồng',{'h':1,'pt':'ytd','pe':'2025-11-30'}),
 ('disbursement','pct_of_plan',71.2,'bằng 71,2% kế hoạch',{'basis':'plan','h':1,'pt':'ytd','pe':'2025-11-30'}),
])

R('1034_mien-trung-nong-thon-moi-2019.txt','''Nông thôn mới miền Trung: Khoảng cách giữa các địa phương còn lớn
Cập nhật: 07/10/2019

Các tỉnh, thành miền Trung có tốc độ xây dựng nông thôn mới không đồng đều (đến tháng 9, Đà Nẵng có 11/11 xã đạt chuẩn, tương đương 100%; Thừa Thiên Huế có 53/105 xã; Quảng Nam 93/204 xã, tương đương 45,59%).

Trong khi đó Quảng Ngãi mới có 68 trong tổng số 164 xã đạt chuẩn, còn 11 xã dưới 10 tiêu chí. Quảng Trị có 55 xã đạt chuẩn, 1 đơn vị cấp huyện (Cam Lộ) đạt chuẩn nông thôn mới.

Nhiều tỉnh đã đăng ký xã về đích trong năm: Quảng Nam 15 xã, Quảng Ngãi 12 xã. Bình quân khu vực đạt 15,6 tiêu chí/xã.

Đại diện Văn phòng Điều phối Trung ương cho biết đây là số liệu tổng hợp từ báo cáo của các tỉnh.

Hải Châu
Ảnh: Một góc xã Hòa Bắc (Đà Nẵng). Ảnh: H.C
Đọc thêm | Ý kiến bạn đọc (2)''','','national','Việt Nam','as_of','2019-09-30','2019-09-30',[
 ('ntm_communes','level',11,'Đà Nẵng có 11/11 xã đạt chuẩn',{'den':11,'level':'province','area':'Đà Nẵng','prov':'Đà Nẵng','h':1}),
 ('ntm_communes','share',100,'tương đương 100%',{'basis':'','level':'province','area':'Đà Nẵng','prov':'Đà Nẵng'}),
 ('ntm_communes','level',53,'Thừa Thiên Huế có 53/105 xã',{'den':105,'level':'province','area':'Thừa Thiên Huế','prov':'Thừa Thiên Huế','h':1}),
 ('ntm_communes','level',93,'Quảng Nam 93/204 xã',{'den':204,'level':'province','area':'Quảng Nam','prov':'Quảng Nam','h':1}),
 ('ntm_communes','share',45.59,'tương đương 45,59%',{'basis':'','level':'province','area':'Quảng Nam','prov':'Quảng Nam'}),
 ('ntm_communes','level',68,'Quảng Ngãi mới có 68 trong tổng số 164 xã đạt chuẩn',{'den':164,'level':'province','area':'Quảng Ngãi','prov':'Quảng Ngãi','h':1}),
 ('ntm_communes','level',55,'Quảng Trị có 55 xã đạt chuẩn',{'level':'province','area':'Quảng Trị','prov':'Quảng Trị','h':1}),
 ('ntm_districts','level',1,'1 đơn vị cấp huyện (Cam Lộ) đạt chuẩn nông thôn mới',{'level':'province','area':'Quảng Trị','prov':'Quảng Trị'}),
])

R('1035_xa-lai-hoa-tong-ket-2025.txt','''ỦY BAN NHÂN DÂN XÃ LAI HÒA
Thành phố Cần Thơ
Trang chủ > Tin tức sự kiện

Xã Lai Hòa tổng kết nhiệm vụ 6 tháng cuối năm 2025
(Cập nhật: 19/12/2025 - Lượt xem: 318)

Sáng 18/12, UBND xã Lai Hòa tổ chức hội nghị tổng kết tình hình kinh tế - xã hội 6 tháng cuối năm 2025 (kể từ khi xã mới đi vào hoạt động ngày 1/7/2025).

Kết quả, thu ngân sách trên địa bàn xã đạt 8,35 tỷ đồng, đạt 104% dự toán; chi ngân sách xã 21.760 triệu đồng. Xã đã giải ngân 15,6 tỷ đồng, đạt 100% kế hoạch vốn đầu tư công được giao.

Hiện xã có 12/14 ấp đạt chuẩn ấp văn hóa; Ngân hàng Chính sách xã hội cho vay mới 5,1 tỷ đồng. Cũng tại hội nghị, đại diện Sở Tài chính thông tin: đến 15/12, toàn thành phố Cần Thơ giải ngân vốn đầu tư công đạt 78,6% kế hoạch.

Năm 2026, xã phấn đấu thu ngân sách 17 tỷ đồng và có thêm 2 ấp đạt chuẩn ấp nông thôn mới kiểu mẫu.

Ảnh: Quang cảnh hội nghị. Ảnh: Kim Ngân
Kim Ngân - Văn phòng HĐND-UBND xã''','Cần Thơ','commune','Lai Hòa','half_year','2025-07-01','2025-12-31',[
 ('budget_revenue','level',8.35,'thu ngân sách trên địa bàn xã đạt 8,35 tỷ đồng'),
 ('budget_revenue','pct_of_plan',104,'đạt 104% dự toán'),
 ('budget_expenditure','level',21.76,'chi ngân sách xã 21.760 triệu đồng'),
 ('disbursement','level',15.6,'Xã đã giải ngân 15,6 tỷ đồng'),
 ('disbursement','pct_of_plan',100,'đạt 100% kế hoạch vốn đầu tư công được giao',{'basis':'assigned_plan'}),
 ('disbursement','pct_of_plan',78.6,'toàn thành phố Cần Thơ giải ngân vốn đầu tư công đạt 78,6% kế hoạch',{'basis':'plan','level':'province','area':'Cần Thơ','h':1,'pt':'ytd','ps':'2025-01-01','pe':'2025-12-15'}),
])
