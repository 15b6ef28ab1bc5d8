from lib import R
R('1001_hon-quan-giai-ngan.txt','''Trang chủ > Tin tức - Sự kiện > Kinh tế
HỚN QUẢN GIẢI NGÂN ĐẠT 68% KẾ HOẠCH VỐN ĐẦU TƯ CÔNG
Cập nhật: 08/10/2024 | Lượt xem: 1.417

Sáng 7/10, UBND huyện Hớn Quản tổ chức họp đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng đầu năm 2024. Hơn 120 đại biểu là lãnh đạo các phòng, ban, UBND các xã, thị trấn tham dự.

Theo báo cáo, năm 2024 huyện được giao 459,6 tỷ đồng vốn đầu tư công (gồm vốn tỉnh phân cấp và vốn ngân sách huyện). Đến hết tháng 9, huyện đã giải ngân được 312,5 tỷ đồng, đạt 68% kế hoạch vốn, cao hơn mức bình quân của tỉnh (toàn tỉnh Bình Phước giải ngân đạt 61,2% kế hoạch). Hiện còn 3 dự án chưa giải ngân do vướng mặt bằng.

Thu ngân sách trên địa bàn huyện ước đạt 205 tỷ đồng, bằng 74,3% dự toán tỉnh giao. Chi ngân sách cơ bản đáp ứng nhiệm vụ chính trị của địa phương.

Ảnh: Quang cảnh buổi họp. (Ảnh: Thanh Tùng)

Phát biểu kết luận, Chủ tịch UBND huyện yêu cầu các chủ đầu tư khẩn trương hoàn thiện hồ sơ thanh toán, phấn đấu đến 31/01/2025 giải ngân 100% kế hoạch vốn được giao.

Thanh Tùng (Trung tâm VH-TT&TT huyện)
Tin liên quan:
- Hớn Quản ra quân làm đường giao thông nông thôn
- Họp mặt doanh nghiệp nhân ngày Doanh nhân Việt Nam
Chia sẻ | In bài''','Bình Phước','district','Hớn Quản','nine_months','2024-01-01','2024-09-30',[
 ('disbursement','level',312.5,'huyện đã giải ngân được 312,5 tỷ đồng'),
 ('disbursement','pct_of_plan',68,'đạt 68% kế hoạch vốn',{'basis':'plan'}),
 ('disbursement','pct_of_plan',61.2,'toàn tỉnh Bình Phước giải ngân đạt 61,2% kế hoạch',{'basis':'plan','level':'province','area':'Bình Phước','h':1}),
 ('budget_revenue','level',205,'Thu ngân sách trên địa bàn huyện ước đạt 205 tỷ đồng',{'approx':'about'}),
 ('budget_revenue','pct_of_plan',74.3,'bằng 74,3% dự toán tỉnh giao',{'basis':'assigned_plan'}),
],url='https://honquan.binhphuoc.gov.vn/vi/news/tin-tuc-su-kien/hon-quan-giai-ngan-dat-68-ke-hoach-1234.html',pub='2024-10-08')

R('1002_nghe-an-cuc-thong-ke-thang-10.txt','''CỤC THỐNG KÊ TỈNH NGHỆ AN
Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2023
(Ngày đăng: 30-10-2023)

1. Tài chính - ngân hàng
- Tổng thu ngân sách nhà nước trên địa bàn tháng 10/2023 ước đạt 1.395,2 tỷ đồng, tăng 8,7% so với tháng trước.
- Lũy kế 10 tháng, thu ngân sách nhà nước trên địa bàn ước đạt 15.018,6 tỷ đồng, bằng 89,6% dự toán HĐND tỉnh giao, tăng 6,1% so với cùng kỳ năm 2022. Trong đó: thu nội địa 13.702,4 tỷ đồng, bằng 87,9% dự toán; thu từ tiền sử dụng đất 3.105 tỷ đồng; thu thuế bảo vệ môi trường 1.020 tỷ đồng.
- Tổng chi ngân sách địa phương 10 tháng ước đạt 26.540 tỷ đồng, bằng 78,2% dự toán.
- Dư nợ cho vay của Ngân hàng Chính sách xã hội đạt 11.560 tỷ đồng.

2. Đầu tư phát triển
- Vốn đầu tư thực hiện từ nguồn ngân sách nhà nước do địa phương quản lý tháng 10 ước đạt 1.140 tỷ đồng.
- Tính đến 25/10/2023, giải ngân vốn đầu tư công đạt 5.986 tỷ đồng, bằng 66,4% kế hoạch Thủ tướng Chính phủ giao.

3. Nông thôn mới
- Toàn tỉnh có 329/411 xã đạt chuẩn nông thôn mới; 09 đơn vị cấp huyện hoàn thành nhiệm vụ/đạt chuẩn NTM. Có 4 xã đăng ký về đích trong năm 2023.

Nguồn: Cục Thống kê Nghệ An | Chia sẻ: Facebook Zalo''','Nghệ An','province','Nghệ An','ytd','2023-01-01','2023-10-31',[
 ('budget_revenue','level',1395.2,'Tổng thu ngân sách nhà nước trên địa bàn tháng 10/2023 ước đạt 1.395,2 tỷ đồng',{'approx':'about','pt':'month','ps':'2023-10-01'}),
 ('budget_revenue','change',8.7,'tăng 8,7% so với tháng trước',{'basis':'mom','pt':'month','ps':'2023-10-01'}),
 ('budget_revenue','level',15018.6,'Lũy kế 10 tháng, thu ngân sách nhà nước trên địa bàn ước đạt 15.018,6 tỷ đồng',{'approx':'about','h':1}),
 ('budget_revenue','pct_of_plan',89.6,'bằng 89,6% dự toán HĐND tỉnh giao',{'h':1}),
 ('budget_revenue','change',6.1,'tăng 6,1% so với cùng kỳ năm 2022'),
 ('domestic_revenue','level',13702.4,'thu nội địa 13.702,4 tỷ đồng'),
 ('domestic_revenue','pct_of_plan',87.9,'bằng 87,9% dự toán;'),
 ('budget_expenditure','level',26540,'Tổng chi ngân sách địa phương 10 tháng ước đạt 26.540 tỷ đồng',{'approx':'about'}),
 ('budget_expenditure','pct_of_plan',78.2,'bằng 78,2% dự toán.'),
 ('disbursement','level',5986,'giải ngân vốn đầu tư công đạt 5.986 tỷ đồng',{'h':1,'pt':'ytd','pe':'2023-10-25'}),
 ('disbursement','pct_of_plan',66.4,'bằng 66,4% kế hoạch Thủ tướng Chính phủ giao',{'basis':'assigned_plan','h':1,'pe':'2023-10-25'}),
 ('ntm_communes','level',329,'Toàn tỉnh có 329/411 xã đạt chuẩn nông thôn mới',{'den':411,'h':1,'pt':'as_of','ps':'2023-10-31'}),
 ('ntm_districts','level',9,'09 đơn vị cấp huyện hoàn thành nhiệm vụ/đạt chuẩn NTM',{'pt':'as_of','ps':'2023-10-31'}),
])

R('1003_tong-hop-giai-ngan-cac-tinh-2024.txt','''Thời sự > Kinh tế vĩ mô
Giải ngân đầu tư công 9 tháng: Nhiều địa phương vẫn "chạy chậm"
Thứ Ba, 08/10/2024 - 15:42

(Chinhphu.vn) - Theo số liệu của Bộ Tài chính, tính đến hết tháng 9/2024, cả nước giải ngân được khoảng 47,3% kế hoạch vốn Thủ tướng giao.

Trong nhóm dẫn đầu, Thái Bình giải ngân đạt 78,2% kế hoạch, Phú Thọ đạt 72,6%, Long An 70,1%. Trong khi đó, một số tỉnh có khối lượng vốn lớn lại đạt tỷ lệ thấp: Bà Rịa - Vũng Tàu mới đạt 29,4%, Quảng Ninh 33,8%.

Riêng khu vực phía Bắc, Bắc Ninh đạt 42,1%, Bắc Giang 38,6%; Hà Nội giải ngân 24.916 tỷ đồng, tương đương 51,3% kế hoạch.

Lãnh đạo Bộ cho biết có 12 bộ, cơ quan trung ương và 15 địa phương có tỷ lệ giải ngân trên mức bình quân cả nước.

Ảnh: Công trường thi công dự án cao tốc. (Ảnh minh họa: TTXVN)

Tin liên quan
• Thủ tướng: Giải ngân đầu tư công là nhiệm vụ chính trị trọng tâm
• Phân bổ vốn ngân sách trung ương năm 2025''','','national','Việt Nam','nine_months','2024-01-01','2024-09-30',[
 ('disbursement','pct_of_plan',78.2,'Thái Bình giải ngân đạt 78,2% kế hoạch',{'basis':'plan','level':'province','area':'Thái Bình','prov':'Thái Bình','h':1}),
 ('disbursement','pct_of_plan',72.6,'Phú Thọ đạt 72,6%',{'basis':'plan','level':'province','area':'Phú Thọ','prov':'Phú Thọ','h':1}),
 ('disbursement','pct_of_plan',70.1,'Long An 70,1%',{'basis':'plan','level':'province','area':'Long An','prov':'Long An','h':1}),
 ('disbursement','pct_of_plan',29.4,'Bà Rịa - Vũng Tàu mới đạt 29,4%',{'basis':'plan','level':'province','area':'Bà Rịa - Vũng Tàu','prov':'Bà Rịa - Vũng Tàu','h':1}),
 ('disbursement','assessment',None,'một số tỉnh có khối lượng vốn lớn lại đạt tỷ lệ thấp: Bà Rịa - Vũng Tàu',{'level':'province','area':'Bà Rịa - Vũng Tàu','prov':'Bà Rịa - Vũng Tàu','a':'low'}),
 ('disbursement','pct_of_plan',33.8,'Quảng Ninh 33,8%',{'basis':'plan','level':'province','area':'Quảng Ninh','prov':'Quảng Ninh','h':1}),
 ('disbursement','assessment',None,'đạt tỷ lệ thấp: Bà Rịa - Vũng Tàu mới đạt 29,4%, Quảng Ninh',{'level':'province','area':'Quảng Ninh','prov':'Quảng Ninh','a':'low'}),
 ('disbursement','pct_of_plan',42.1,'Bắc Ninh đạt 42,1%',{'basis':'plan','level':'province','area':'Bắc Ninh','prov':'Bắc Ninh','h':1}),
 ('disbursement','pct_of_plan',38.6,'Bắc Giang 38,6%',{'basis':'plan','level':'province','area':'Bắc Giang','prov':'Bắc Giang','h':1}),
 ('disbursement','level',24916,'Hà Nội giải ngân 24.916 tỷ đồng',{'level':'province','area':'Hà Nội','prov':'Hà Nội','h':1}),
 ('disbursement','pct_of_plan',51.3,'tương đương 51,3% kế hoạch',{'basis':'plan','level':'province','area':'Hà Nội','prov':'Hà Nội','h':1}),
])
