from lib import R
R('1007_xa-ky-thuong-quy-3-2025.txt','''UBND XÃ KỲ THƯỢNG - TỈNH HÀ TĨNH
Trang thông tin điện tử
Trang chủ / Tin hoạt động / Kinh tế

Xã Kỳ Thượng đánh giá kết quả quý III/2025 sau 3 tháng vận hành chính quyền địa phương hai cấp

Ngày 02/10/2025, Đảng ủy, HĐND, UBND xã Kỳ Thượng tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ quý III và triển khai nhiệm vụ quý IV năm 2025.

Từ ngày 1/7 đến 30/9/2025, thu ngân sách trên địa bàn xã đạt 4.870 triệu đồng, bằng 31,2% dự toán năm; chi ngân sách xã 6.125,5 triệu đồng, chủ yếu chi thường xuyên và chi cho bộ máy mới. Giải ngân vốn đầu tư công do xã làm chủ đầu tư đạt 1.932 triệu đồng, bằng 22,5% kế hoạch, tiến độ còn chậm do mới tiếp nhận hồ sơ từ huyện cũ.

Xã hiện có 9/12 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu. Ngân hàng Chính sách xã hội giải ngân cho vay 2,4 tỷ đồng cho 48 hộ.

Quý IV, xã phấn đấu thu ngân sách đạt 100% dự toán, hoàn thành kế hoạch giải ngân trước 31/12.

Nguyễn Thảo - Văn phòng HĐND-UBND xã
Số lượt truy cập: 20.315''','Hà Tĩnh','commune','Kỳ Thượng','quarter','2025-07-01','2025-09-30',[
 ('budget_revenue','level',4.87,'thu ngân sách trên địa bàn xã đạt 4.870 triệu đồng'),
 ('budget_revenue','pct_of_plan',31.2,'bằng 31,2% dự toán năm'),
 ('budget_expenditure','level',6.1255,'chi ngân sách xã 6.125,5 triệu đồng'),
 ('disbursement','level',1.932,'Giải ngân vốn đầu tư công do xã làm chủ đầu tư đạt 1.932 triệu đồng'),
 ('disbursement','pct_of_plan',22.5,'bằng 22,5% kế hoạch',{'basis':'plan'}),
 ('disbursement','assessment',None,'tiến độ còn chậm',{'a':'slow'}),
])

R('1008_phuong-ninh-kieu-nam-2025.txt','''CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG NINH KIỀU
> Tin tức > Hoạt động của phường

PHƯỜNG NINH KIỀU: THU NGÂN SÁCH NĂM 2025 VƯỢT 8% DỰ TOÁN
Đăng ngày 15-12-2025

Tại kỳ họp thứ 3 HĐND phường Ninh Kiều khóa I, UBND phường báo cáo thu ngân sách nhà nước trên địa bàn phường năm 2025 ước đạt 1.245 tỷ đồng, vượt 8% dự toán thành phố giao. Trong đó, thu từ khu vực ngoài quốc doanh chiếm tỷ trọng lớn nhất; lệ phí trước bạ đạt 96 tỷ đồng.

Chi ngân sách phường (từ 1/7/2025) ước thực hiện 142,8 tỷ đồng.

Theo báo cáo chung, năm 2025 toàn thành phố Cần Thơ thu ngân sách ước đạt 31.600 tỷ đồng, thành phố Cần Thơ mới vận hành sau hợp nhất với Sóc Trăng và Hậu Giang.

Năm 2026, phường đặt mục tiêu thu 1.320 tỷ đồng; hiện có 21 khu vực, 2 khu vực được công nhận "khu vực văn minh đô thị".

Ảnh: Kỳ họp HĐND phường. Ảnh: Thu Trang
Thu Trang
Chia sẻ:''','Cần Thơ','ward','Ninh Kiều','year','2025-01-01','2025-12-31',[
 ('budget_revenue','level',1245,'thu ngân sách nhà nước trên địa bàn phường năm 2025 ước đạt 1.245 tỷ đồng',{'approx':'about'}),
 ('budget_revenue','pct_of_plan',108,'vượt 8% dự toán thành phố giao',{'basis':'assigned_plan'}),
 ('budget_expenditure','level',142.8,'Chi ngân sách phường (từ 1/7/2025) ước thực hiện 142,8 tỷ đồng',{'approx':'about','ps':'2025-07-01'}),
 ('budget_revenue','level',31600,'toàn thành phố Cần Thơ thu ngân sách ước đạt 31.600 tỷ đồng',{'approx':'about','level':'province','area':'Cần Thơ','h':1}),
])

R('1009_buon-ma-thuot-ngan-sach-2019.txt','''Buôn Ma Thuột: Tổng thu ngân sách năm 2019 đạt 104,6% dự toán
Cập nhật lúc 09:30, Thứ sáu, 20/12/2019

(Daklak.gov.vn) - Ngày 19/12, HĐND thành phố Buôn Ma Thuột khóa XI tổ chức kỳ họp thứ 9.

Báo cáo của UBND thành phố cho thấy, tổng thu ngân sách nhà nước trên địa bàn năm 2019 ước đạt 1.960 tỷ đồng, bằng 104,6% dự toán tỉnh giao. Trong đó: thu cân đối ngân sách 1.655 tỷ đồng; thu ngân sách địa phương hưởng theo phân cấp 1.240 tỷ đồng. Các khoản thu lớn gồm thuế thu nhập cá nhân 120 tỷ đồng, tiền sử dụng đất 610 tỷ đồng.

Tổng chi ngân sách địa phương ước 1.587 tỷ đồng. Vốn đầu tư công đã giải ngân 486 tỷ đồng, đạt 91,2% kế hoạch.

Trên lĩnh vực nông thôn mới, đến nay 8/8 xã của thành phố đã đạt chuẩn; bình quân mỗi xã đạt 19 tiêu chí.

Năm 2020 thành phố được tỉnh giao dự toán thu 2.050 tỷ đồng.

Ảnh: Quang cảnh kỳ họp (Ảnh: Văn Tiến)
Văn Tiến''','Đắk Lắk','city','Buôn Ma Thuột','year','2019-01-01','2019-12-31',[
 ('budget_revenue','level',1960,'tổng thu ngân sách nhà nước trên địa bàn năm 2019 ước đạt 1.960 tỷ đồng',{'approx':'about'}),
 ('budget_revenue','pct_of_plan',104.6,'bằng 104,6% dự toán tỉnh giao',{'basis':'assigned_plan'}),
 ('budget_revenue','level',1655,'thu cân đối ngân sách 1.655 tỷ đồng'),
 ('budget_revenue','level',1240,'thu ngân sách địa phương hưởng theo phân cấp 1.240 tỷ đồng'),
 ('budget_expenditure','level',1587,'Tổng chi ngân sách địa phương ước 1.587 tỷ đồng',{'approx':'about'}),
 ('disbursement','level',486,'Vốn đầu tư công đã giải ngân 486 tỷ đồng'),
 ('disbursement','pct_of_plan',91.2,'đạt 91,2% kế hoạch',{'basis':'plan'}),
 ('ntm_communes','level',8,'đến nay 8/8 xã của thành phố đã đạt chuẩn',{'den':8,'pt':'as_of','ps':'2019-12-19','pe':'2019-12-19'}),
])

R('1010_quang-ninh-thu-ngan-sach-2023.txt','''QUẢNG NINH: TỔNG THU NGÂN SÁCH NĂM 2023 ĐẠT 54.210 TỶ ĐỒNG
Báo Quảng Ninh | 29/12/2023

Năm 2023, tỉnh được Trung ương giao dự toán thu ngân sách 52.300 tỷ đồng. Kết quả, tổng thu ngân sách nhà nước trên địa bàn đạt 54.210 tỷ đồng, bằng 103,6% dự toán Trung ương giao, 98,2% dự toán HĐND tỉnh giao. Trong đó:
+ Thu nội địa: 44.500 tỷ đồng, bằng 107% dự toán;
+ Thu từ hoạt động xuất nhập khẩu: 9.710 tỷ đồng;
+ Thu tiền sử dụng đất: 6.840 tỷ đồng, chỉ bằng 57% dự toán.
Thu ngân sách địa phương hưởng theo phân cấp đạt 26.300 tỷ đồng.

Tính chung giai đoạn 2021 - 2023, thu ngân sách trên địa bàn bình quân tăng 6,8%/năm.

Về đầu tư công, đến 31/12/2023 toàn tỉnh giải ngân 95,1% kế hoạch vốn, thuộc nhóm dẫn đầu cả nước.

Năm 2024, tỉnh phấn đấu thu ngân sách 57.000 tỷ đồng.

Nguyễn Hoa
Xem thêm: Quảng Ninh tổng kết công tác thuế năm 2023''','Quảng Ninh','province','Quảng Ninh','year','2023-01-01','2023-12-31',[
 ('budget_revenue','level',54210,'tổng thu ngân sách nhà nước trên địa bàn đạt 54.210 tỷ đồng',{'h':1}),
 ('budget_revenue','pct_of_plan',103.6,'bằng 103,6% dự toán Trung ương giao',{'basis':'assigned_plan','h':1}),
 ('budget_revenue','pct_of_plan',98.2,'98,2% dự toán HĐND tỉnh giao',{'basis':'resolution','h':1}),
 ('domestic_revenue','level',44500,'Thu nội địa: 44.500 tỷ đồng'),
 ('domestic_revenue','pct_of_plan',107,'bằng 107% dự toán;'),
 ('budget_revenue','level',26300,'Thu ngân sách địa phương hưởng theo phân cấp đạt 26.300 tỷ đồng'),
 ('budget_revenue','change',6.8,'thu ngân sách trên địa bàn bình quân tăng 6,8%/năm',{'basis':'annual_avg','pt':'term','ps':'2021-01-01'}),
 ('disbursement','pct_of_plan',95.1,'toàn tỉnh giải ngân 95,1% kế hoạch vốn',{'basis':'plan','h':1}),
 ('disbursement','assessment',None,'thuộc nhóm dẫn đầu cả nước',{'a':'high'}),
])
