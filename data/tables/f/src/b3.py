from common import F
R = []
R.append(dict(file='813_dong-anh-tong-ket-2016.txt',
doc=('01','Hà Nội','district','Đông Anh','year','2016-01-01','2016-12-31'),
src=('https://donganh.hanoi.gov.vn/tin-tuc-su-kien/tong-ket-nam-2016','2016-12-28'),
text='''Huyện Đông Anh: Thu ngân sách năm 2016 vượt 38,6% kế hoạch
28/12/2016

Năm 2016, tổng thu ngân sách nhà nước trên địa bàn huyện đạt 3.214 tỉ đồng, vượt 38,6%
kế hoạch thành phố giao. Thu ngân sách do huyện quản lý đạt 2.780 tỉ đồng. Chi ngân sách
huyện 2.146,8 tỉ đồng. Huyện giải ngân vốn đầu tư xây dựng cơ bản được 1.120 tỉ đồng,
đạt 91% kế hoạch.

Toàn huyện đã có 20/23 xã được công nhận đạt chuẩn nông thôn mới, còn 3 xã chưa đạt,
năm 2017 phấn đấu về đích huyện nông thôn mới. Các xã chưa đạt chuẩn bình quân đạt 17
tiêu chí/xã.

Theo báo cáo của UBND thành phố, năm 2016 Hà Nội dẫn đầu cả nước với 193.800 tỉ đồng
thu ngân sách, đạt 107,5% dự toán.

Thu Hà (Cổng TTĐT huyện Đông Anh)
Trở về | In trang | Gửi email
''',
facts=[
F('tổng thu ngân sách nhà nước trên địa bàn huyện đạt 3.214 tỉ đồng','budget_revenue','level',3214),
F('vượt 38,6%\nkế hoạch thành phố giao','budget_revenue','pct_of_plan',138.6,basis='plan'),
F('Thu ngân sách do huyện quản lý đạt 2.780 tỉ đồng','budget_revenue','level',2780),
F('Chi ngân sách\nhuyện 2.146,8 tỉ đồng','budget_expenditure','level',2146.8),
F('giải ngân vốn đầu tư xây dựng cơ bản được 1.120 tỉ đồng','disbursement','level',1120),
F('đạt 91% kế hoạch','disbursement','pct_of_plan',91,basis='plan'),
F('Toàn huyện đã có 20/23 xã được công nhận đạt chuẩn nông thôn mới','ntm_communes','level',20,den=23,p=('as_of','2016-12-28','2016-12-28')),
F('Hà Nội dẫn đầu cả nước với 193.800 tỉ đồng\nthu ngân sách','budget_revenue','level',193800,area=('province','Hà Nội','Hà Nội'),h='yes'),
F('đạt 107,5% dự toán','budget_revenue','pct_of_plan',107.5,basis='estimate',area=('province','Hà Nội','Hà Nội'),h='yes'),
]))
R.append(dict(file='814_pho-yen-giua-nhiem-ky.txt',
doc=('19','Thái Nguyên','city','Phổ Yên','midterm','2020-01-01','2023-06-30'),
src=('https://phoyen.thainguyen.gov.vn/tin-tuc/so-ket-giua-nhiem-ky-2020-2025','2023-07-21'),
text='''SƠ KẾT GIỮA NHIỆM KỲ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ THÀNH PHỐ PHỔ YÊN
LẦN THỨ XXIV, NHIỆM KỲ 2020 - 2025

Ngày 20/7/2023, Thành ủy Phổ Yên tổ chức hội nghị sơ kết giữa nhiệm kỳ.

Tính đến 30/6/2023, sau hơn nửa nhiệm kỳ:
+ Thu ngân sách 3 năm (2020 - 2022) đạt 5.862 tỷ đồng, bình quân tăng 14,2%/năm;
  năm 2022 đạt 2.315 tỷ đồng.
+ Giải ngân vốn đầu tư công giai đoạn 2021 - 6/2023 đạt 2.684 tỷ đồng.
+ 100% số xã (13/13 xã) đạt chuẩn nông thôn mới; 7 xã đạt chuẩn NTM nâng cao, 2 xã
  đạt chuẩn NTM kiểu mẫu; 4 xã được chọn xây dựng điểm NTM kiểu mẫu đến năm 2025.
+ Tỷ lệ hộ nghèo còn 0,92%.

Mục tiêu đến 2025: thu ngân sách đạt 3.000 tỷ đồng/năm.

Ảnh: Đồng chí Bí thư Thành ủy phát biểu (Ảnh: Thu Trang)
Nguồn: Trung tâm Truyền thông và Văn hóa thành phố
''',
facts=[
F('Thu ngân sách 3 năm (2020 - 2022) đạt 5.862 tỷ đồng','budget_revenue','level',5862,p=('term','2020-01-01','2022-12-31')),
F('bình quân tăng 14,2%/năm','budget_revenue','change',14.2,basis='annual_avg',p=('term','2020-01-01','2022-12-31')),
F('năm 2022 đạt 2.315 tỷ đồng','budget_revenue','level',2315,p=('year','2022-01-01','2022-12-31')),
F('Giải ngân vốn đầu tư công giai đoạn 2021 - 6/2023 đạt 2.684 tỷ đồng','disbursement','level',2684,p=('term','2021-01-01','2023-06-30')),
F('100% số xã (13/13 xã) đạt chuẩn nông thôn mới','ntm_communes','level',13,den=13,p=('as_of','2023-06-30','2023-06-30')),
F('7 xã đạt chuẩn NTM nâng cao','ntm_advanced_communes','level',7,p=('as_of','2023-06-30','2023-06-30')),
F('2 xã\n  đạt chuẩn NTM kiểu mẫu','ntm_model_communes','level',2,p=('as_of','2023-06-30','2023-06-30')),
]))
R.append(dict(file='815_moc-chau-thang-9-2024.txt',
doc=('14','Sơn La','district','Mộc Châu','month','2024-09-01','2024-09-30'),
src=('https://mocchau.sonla.gov.vn/tin-kinh-te/moc-chau-giao-ban-thang-9','2024-10-02'),
text='''Mộc Châu giao ban tháng 9
Thứ tư, 02/10/2024

Trong tháng 9, thu ngân sách trên địa bàn được 24,1 tỷ đồng (lũy kế 9 tháng 263,5 tỷ
đồng, đạt 78,2% dự toán tỉnh giao, tăng 22% so với cùng kỳ năm 2023). Chi ngân sách
địa phương trong tháng 61,2 tỷ đồng.

Giải ngân vốn đầu tư công (đến 30/9 đạt 52,8% kế hoạch; riêng vốn chương trình mục tiêu
quốc gia mới đạt 31%).

Nông thôn mới: (đến nay, huyện có 10/13 xã đạt chuẩn; tăng 2 xã so với năm trước;
bình quân 16,8 tiêu chí/xã); 45 bản đạt chuẩn nông thôn mới.

Trong tháng, Ngân hàng CSXH huyện cho 210 lượt hộ vay 11,6 tỷ đồng.

Lò Thị Hoa - TTTT huyện
''',
facts=[
F('thu ngân sách trên địa bàn được 24,1 tỷ đồng','budget_revenue','level',24.1),
F('lũy kế 9 tháng 263,5 tỷ\nđồng','budget_revenue','level',263.5,p=('ytd','2024-01-01','2024-09-30')),
F('đạt 78,2% dự toán tỉnh giao','budget_revenue','pct_of_plan',78.2,basis='estimate',p=('ytd','2024-01-01','2024-09-30')),
F('tăng 22% so với cùng kỳ năm 2023','budget_revenue','change',22,basis='yoy',p=('ytd','2024-01-01','2024-09-30')),
F('Chi ngân sách\nđịa phương trong tháng 61,2 tỷ đồng','budget_expenditure','level',61.2),
F('đến 30/9 đạt 52,8% kế hoạch','disbursement','pct_of_plan',52.8,basis='plan',p=('ytd','2024-01-01','2024-09-30')),
F('riêng vốn chương trình mục tiêu\nquốc gia mới đạt 31%','disbursement','pct_of_plan',31,basis='plan',p=('ytd','2024-01-01','2024-09-30')),
F('huyện có 10/13 xã đạt chuẩn','ntm_communes','level',10,den=13,p=('as_of','2024-09-30','2024-09-30')),
]))
R.append(dict(file='816_tay-ninh-giai-ngan-thang-11-2025.txt',
doc=('80','Tây Ninh','province','Tây Ninh','ytd','2025-01-01','2025-11-30'),
src=('https://baotayninh.vn/tay-ninh-giai-ngan-von-dau-tu-cong-11-thang-a198877.html','2025-12-04'),
text='''Tây Ninh: Giải ngân vốn đầu tư công 11 tháng đạt 71,4%
04/12/2025 - 09:20

BTNO - Sở Tài chính cho biết, kế hoạch vốn đầu tư công năm 2025 của tỉnh (bao gồm
phần giao cho tỉnh Long An và Tây Ninh cũ trước hợp nhất) là 21.860 tỷ đồng. Đến hết
ngày 30/11/2025, toàn tỉnh giải ngân 15.608 tỷ đồng, đạt 71,4% kế hoạch, cao hơn
bình quân cả nước (khoảng 60,6%).

Tuy vậy, còn 14 chủ đầu tư giải ngân dưới 50%. UBND tỉnh yêu cầu phấn đấu đến
31/01/2026 giải ngân đạt 95%.

Về thu ngân sách, 11 tháng ước đạt 38.920 tỷ đồng, đạt 102,3% dự toán.

Tin liên quan:
- Tây Ninh kiện toàn Ban chỉ đạo đầu tư công
- Hội nghị giao ban tháng 11 của UBND tỉnh
''',
facts=[
F('toàn tỉnh giải ngân 15.608 tỷ đồng','disbursement','level',15608,h='yes'),
F('đạt 71,4% kế hoạch','disbursement','pct_of_plan',71.4,basis='plan',h='yes'),
F('11 tháng ước đạt 38.920 tỷ đồng','budget_revenue','level',38920,approx='about',h='yes'),
F('đạt 102,3% dự toán','budget_revenue','pct_of_plan',102.3,basis='estimate',h='yes'),
]))
R.append(dict(file='817_tien-du-huyen-ntm-2019.txt',
doc=('27','Bắc Ninh','district','Tiên Du','as_of','2019-10-15','2019-10-15'),
src=('https://tiendu.bacninh.gov.vn/news/-/details/tien-du-hoan-thanh-9-9-tieu-chi-huyen-ntm','2019-10-16'),
text='''Tiên Du hoàn thành 9/9 tiêu chí huyện nông thôn mới
Ngày 16/10/2019 | Tác giả: Quốc Tuấn

Hội đồng thẩm định tỉnh ngày 15/10 đã kiểm tra kết quả xây dựng nông thôn mới của huyện.
Theo báo cáo, đến nay huyện đã đạt 9/9 tiêu chí huyện nông thôn mới; 13/13 xã đạt chuẩn
nông thôn mới (100%), trong đó 4 xã đạt chuẩn nâng cao.

Tổng nguồn vốn huy động xây dựng NTM từ 2011 đến nay 3.860 tỷ đồng. Thu nhập bình quân
đầu người đạt 58,6 triệu đồng/năm.

Hiện toàn tỉnh Bắc Ninh đã có 5/8 đơn vị cấp huyện được công nhận đạt chuẩn nông thôn
mới.

Các xã có 119 thôn được công nhận thôn văn hóa.

Chia sẻ: Facebook | Zalo
''',
facts=[
F('huyện đã đạt 9/9 tiêu chí huyện nông thôn mới','ntm_district_criteria','level',9,den=9),
F('13/13 xã đạt chuẩn\nnông thôn mới','ntm_communes','level',13,den=13),
F('(100%)','ntm_communes','share',100),
F('4 xã đạt chuẩn nâng cao','ntm_advanced_communes','level',4),
F('toàn tỉnh Bắc Ninh đã có 5/8 đơn vị cấp huyện được công nhận đạt chuẩn nông thôn\nmới','ntm_districts','level',5,den=8,area=('province','Bắc Ninh','Bắc Ninh')),
]))
R.append(dict(file='818_bang-xep-hang-thu-ngan-sach-2022.txt',
doc=('','','national','Việt Nam','year','2022-01-01','2022-12-31'),
src=('https://vnexpress.net/nhung-dia-phuong-thu-ngan-sach-lon-nhat-2022-4557123.html','2023-01-10'),
text='''Kinh doanh › Vĩ mô
Những địa phương thu ngân sách lớn nhất năm 2022
Thứ ba, 10/1/2023, 14:05 (GMT+7)

Năm 2022, Hà Nội dẫn đầu cả nước với 376,43 nghìn tỷ đồng thu ngân sách, vượt 17,6% dự
toán. TP HCM đứng thứ hai với khoảng 480 nghìn tỷ đồng nếu tính cả thu xuất nhập khẩu,
riêng thu nội địa 301,2 nghìn tỷ đồng.

Nhóm tiếp theo gồm Bà Rịa - Vũng Tàu (trên 112.000 tỷ đồng, chủ yếu từ dầu thô), Quảng
Ninh (55.120 tỷ đồng), Bình Dương (69.400 tỷ đồng). Thanh Hóa lần đầu thu trên 50.000
tỷ đồng, đạt 171% dự toán.

Ở chiều ngược lại, Bắc Kạn thu 812 tỷ đồng, Cao Bằng 1.880 tỷ đồng.

Tổng thu ngân sách nhà nước cả năm ước 1,81 triệu tỷ đồng, vượt 28% dự toán.

Anh Minh
''',
facts=[
F('Hà Nội dẫn đầu cả nước với 376,43 nghìn tỷ đồng thu ngân sách','budget_revenue','level',376430,area=('province','Hà Nội','Hà Nội'),h='yes'),
F('vượt 17,6% dự\ntoán','budget_revenue','pct_of_plan',117.6,basis='estimate',area=('province','Hà Nội','Hà Nội'),h='yes'),
F('TP HCM đứng thứ hai với khoảng 480 nghìn tỷ đồng','budget_revenue','level',480000,approx='about',area=('province','Thành phố Hồ Chí Minh','Thành phố Hồ Chí Minh'),h='yes'),
F('riêng thu nội địa 301,2 nghìn tỷ đồng','domestic_revenue','level',301200,area=('province','Thành phố Hồ Chí Minh','Thành phố Hồ Chí Minh')),
F('Bà Rịa - Vũng Tàu (trên 112.000 tỷ đồng','budget_revenue','level',112000,approx='over',area=('province','Bà Rịa - Vũng Tàu','Bà Rịa - Vũng Tàu'),h='yes'),
F('Ninh (55.120 tỷ đồng)','budget_revenue','level',55120,area=('province','Quảng Ninh','Quảng Ninh'),h='yes'),
F('Bình Dương (69.400 tỷ đồng)','budget_revenue','level',69400,area=('province','Bình Dương','Bình Dương'),h='yes'),
F('Thanh Hóa lần đầu thu trên 50.000\ntỷ đồng','budget_revenue','level',50000,approx='over',area=('province','Thanh Hóa','Thanh Hóa'),h='yes'),
F('đạt 171% dự toán','budget_revenue','pct_of_plan',171,basis='estimate',area=('province','Thanh Hóa','Thanh Hóa'),h='yes'),
F('Bắc Kạn thu 812 tỷ đồng','budget_revenue','level',812,area=('province','Bắc Kạn','Bắc Kạn'),h='yes'),
F('Cao Bằng 1.880 tỷ đồng','budget_revenue','level',1880,area=('province','Cao Bằng','Cao Bằng'),h='yes'),
]))
