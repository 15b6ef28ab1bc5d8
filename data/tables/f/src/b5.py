from common import F
R = []
R.append(dict(file='825_luc-ngan-6-thang-2023.txt',
doc=('24','Bắc Giang','district','Lục Ngạn','half_year','2023-01-01','2023-06-30'),
src=('https://lucngan.bacgiang.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/luc-ngan-thu-ngan-sach-6-thang','2023-07-06'),
text='''Lục Ngạn thu ngân sách 6 tháng đạt gần 60% dự toán
Ngày 06/07/2023 15:20

Tại hội nghị giao ban quý II vừa diễn ra, UBND huyện cho biết 6 tháng đầu năm 2023
thu ngân sách nhà nước trên địa bàn đạt gần 212 tỷ đồng, bằng 59,8% dự toán giao, tăng
11,3% so với cùng kỳ. Thu ngân sách huyện hưởng 175,6 tỷ đồng.

Riêng quý II thu 118 tỷ đồng. Tổng chi ngân sách 6 tháng 486,2 tỷ đồng.

Giải ngân vốn đầu tư công 6 tháng đạt 43,7% kế hoạch. Về nông thôn mới, huyện có 24/28
xã đạt chuẩn, chọn 4 xã điểm phấn đấu đạt chuẩn nâng cao năm 2023; 6 thôn được công
nhận thôn nông thôn mới kiểu mẫu.

Mùa vải thiều năm nay, sản lượng ước 110 nghìn tấn.

Ảnh: Toàn cảnh hội nghị. (Ảnh: Hoàng Anh)
Hoàng Anh - Trung tâm VH-TT&TT huyện Lục Ngạn
''',
facts=[
F('thu ngân sách nhà nước trên địa bàn đạt gần 212 tỷ đồng','budget_revenue','level',212,approx='under'),
F('bằng 59,8% dự toán giao','budget_revenue','pct_of_plan',59.8,basis='estimate'),
F('tăng\n11,3% so với cùng kỳ','budget_revenue','change',11.3,basis='yoy'),
F('Thu ngân sách huyện hưởng 175,6 tỷ đồng','budget_revenue','level',175.6),
F('Riêng quý II thu 118 tỷ đồng','budget_revenue','level',118,p=('quarter','2023-04-01','2023-06-30')),
F('Tổng chi ngân sách 6 tháng 486,2 tỷ đồng','budget_expenditure','level',486.2),
F('Giải ngân vốn đầu tư công 6 tháng đạt 43,7% kế hoạch','disbursement','pct_of_plan',43.7,basis='plan'),
F('huyện có 24/28\nxã đạt chuẩn','ntm_communes','level',24,den=28,p=('as_of','2023-06-30','2023-06-30')),
]))
R.append(dict(file='826_duc-trong-tong-ket-nam.txt',
doc=('68','Lâm Đồng','district','Đức Trọng','year','2017-01-01','2017-12-31'),
src=('https://ductrong.lamdong.gov.vn/Pages/tong-ket-cong-tac-nam.aspx','2018-01-05'),
text='''Đức Trọng tổng kết công tác năm, triển khai nhiệm vụ năm mới

Cập nhật: thứ Sáu, 05/01 | Tin: Quang Sáng

Năm qua, tổng thu ngân sách trên địa bàn huyện đạt 498,6 tỷ đồng, đạt 126% dự toán tỉnh
giao, tăng 17,5% so với năm trước; trong đó thu tiền sử dụng đất 190 tỷ đồng. Chi ngân
sách địa phương 720,3 tỷ đồng.

Vốn đầu tư công giải ngân đạt 96,2% kế hoạch. Đến cuối năm, toàn huyện có 11/14 xã đạt
chuẩn nông thôn mới; 3 xã còn lại đạt bình quân 16 tiêu chí/xã.

Năm mới, huyện phấn đấu thu ngân sách 520 tỷ đồng, có thêm 2 xã đạt chuẩn.

Tin liên quan
» Đức Trọng: hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 14
''',
facts=[
F('tổng thu ngân sách trên địa bàn huyện đạt 498,6 tỷ đồng','budget_revenue','level',498.6),
F('đạt 126% dự toán tỉnh\ngiao','budget_revenue','pct_of_plan',126,basis='estimate'),
F('tăng 17,5% so với năm trước','budget_revenue','change',17.5,basis='yoy'),
F('Chi ngân\nsách địa phương 720,3 tỷ đồng','budget_expenditure','level',720.3),
F('Vốn đầu tư công giải ngân đạt 96,2% kế hoạch','disbursement','pct_of_plan',96.2,basis='plan'),
F('toàn huyện có 11/14 xã đạt\nchuẩn nông thôn mới','ntm_communes','level',11,den=14,p=('as_of','2017-12-31','2017-12-31')),
]))
R.append(dict(file='827_ham-thuan-bac-3-nam-ntm.txt',
doc=('60','Bình Thuận','district','Hàm Thuận Bắc','term','2021-01-01','2023-12-31'),
src=('https://hamthuanbac.binhthuan.gov.vn/tin-tuc/3-nam-thuc-hien-chuong-trinh-ntm','2024-01-16'),
text='''Hàm Thuận Bắc - 3 năm thực hiện Chương trình MTQG xây dựng nông thôn mới

16-01-2024

3 năm qua (2021 - 2023), huyện huy động 1.254 tỷ đồng cho xây dựng nông thôn mới, trong
đó ngân sách nhà nước 286 tỷ đồng. Đã có thêm 3 xã đạt chuẩn nông thôn mới, 2 xã đạt
chuẩn nâng cao. Đến nay, huyện có 14 trong tổng số 15 xã đạt chuẩn NTM; xã Hàm Chính là
xã đạt chuẩn kiểu mẫu đầu tiên của huyện. Huyện đạt 7/9 tiêu chí huyện nông thôn mới.

Thu ngân sách 3 năm đạt 1.512 tỷ đồng, tăng bình quân 9,6%/năm.

Hiện toàn tỉnh Bình Thuận có 88/93 xã đạt chuẩn NTM (94,6%).

Năm 2024, huyện đề ra chỉ tiêu 1 xã đạt chuẩn NTM kiểu mẫu, 2 xã đạt chuẩn nâng cao.
Nguồn: Văn phòng điều phối NTM huyện
''',
facts=[
F('Đã có thêm 3 xã đạt chuẩn nông thôn mới','ntm_communes','level',3),
F('2 xã đạt\nchuẩn nâng cao','ntm_advanced_communes','level',2),
F('huyện có 14 trong tổng số 15 xã đạt chuẩn NTM','ntm_communes','level',14,den=15,p=('as_of','2024-01-16','2024-01-16')),
F('xã Hàm Chính là\nxã đạt chuẩn kiểu mẫu đầu tiên của huyện','ntm_model_communes','level',1,p=('as_of','2024-01-16','2024-01-16')),
F('Huyện đạt 7/9 tiêu chí huyện nông thôn mới','ntm_district_criteria','level',7,den=9,p=('as_of','2024-01-16','2024-01-16')),
F('Thu ngân sách 3 năm đạt 1.512 tỷ đồng','budget_revenue','level',1512),
F('tăng bình quân 9,6%/năm','budget_revenue','change',9.6,basis='annual_avg'),
F('toàn tỉnh Bình Thuận có 88/93 xã đạt chuẩn NTM','ntm_communes','level',88,den=93,p=('as_of','2024-01-16','2024-01-16'),area=('province','Bình Thuận','Bình Thuận'),h='yes'),
F('(94,6%)','ntm_communes','share',94.6,p=('as_of','2024-01-16','2024-01-16'),area=('province','Bình Thuận','Bình Thuận')),
]))
R.append(dict(file='828_thach-ha-thang-11-2024.txt',
doc=('42','Hà Tĩnh','district','Thạch Hà','month','2024-11-01','2024-11-30'),
src=('https://thachha.hatinh.gov.vn/tin-tuc/giao-ban-thang-11-2024','2024-12-03'),
text='''GIAO BAN THÁNG 11: THẠCH HÀ TẬP TRUNG THU NGÂN SÁCH, GIẢI NGÂN VỐN
Thứ Ba, 03/12/2024 - 10:05 | Lượt xem: 517

Tháng 11, thu ngân sách cân đối trên địa bàn huyện được 18,9 tỷ đồng; lũy kế 11 tháng
thu cân đối đạt 201,7 tỷ đồng, bằng 88,4% kế hoạch tỉnh giao và 80,7% kế hoạch huyện
giao. Tổng thu ngân sách trên địa bàn 11 tháng đạt 318,2 tỷ đồng.

Giải ngân vốn đầu tư công đến 25/11 đạt 67,9%, trong đó vốn ngân sách tỉnh 72,1%.

Toàn huyện có 30/30 xã đạt chuẩn NTM, 17 xã NTM nâng cao, 6 xã NTM kiểu mẫu; 138 thôn
đạt khu dân cư NTM kiểu mẫu. Huyện đã đạt chuẩn huyện NTM từ năm 2022.

Cũng trong tháng, Hà Tĩnh toàn tỉnh thu ngân sách lũy kế đạt 7.820 tỷ đồng.

P.V - Trung tâm VH-TT Thạch Hà
''',
facts=[
F('thu ngân sách cân đối trên địa bàn huyện được 18,9 tỷ đồng','budget_revenue','level',18.9),
F('lũy kế 11 tháng\nthu cân đối đạt 201,7 tỷ đồng','budget_revenue','level',201.7,p=('ytd','2024-01-01','2024-11-30')),
F('bằng 88,4% kế hoạch tỉnh giao','budget_revenue','pct_of_plan',88.4,basis='plan',p=('ytd','2024-01-01','2024-11-30')),
F('80,7% kế hoạch huyện\ngiao','budget_revenue','pct_of_plan',80.7,basis='plan',p=('ytd','2024-01-01','2024-11-30')),
F('Tổng thu ngân sách trên địa bàn 11 tháng đạt 318,2 tỷ đồng','budget_revenue','level',318.2,p=('ytd','2024-01-01','2024-11-30')),
F('Giải ngân vốn đầu tư công đến 25/11 đạt 67,9%','disbursement','pct_of_plan',67.9,basis='plan',p=('ytd','2024-01-01','2024-11-25')),
F('vốn ngân sách tỉnh 72,1%','disbursement','pct_of_plan',72.1,basis='plan',p=('ytd','2024-01-01','2024-11-25')),
F('Toàn huyện có 30/30 xã đạt chuẩn NTM','ntm_communes','level',30,den=30,p=('as_of','2024-11-30','2024-11-30')),
F('17 xã NTM nâng cao','ntm_advanced_communes','level',17,p=('as_of','2024-11-30','2024-11-30')),
F('6 xã NTM kiểu mẫu','ntm_model_communes','level',6,p=('as_of','2024-11-30','2024-11-30')),
F('Hà Tĩnh toàn tỉnh thu ngân sách lũy kế đạt 7.820 tỷ đồng','budget_revenue','level',7820,p=('ytd','2024-01-01','2024-11-30'),area=('province','Hà Tĩnh','Hà Tĩnh'),h='yes'),
]))
R.append(dict(file='829_vinh-long-thu-ngan-sach-2025.txt',
doc=('86','Vĩnh Long','province','Vĩnh Long','year','2025-01-01','2025-12-31'),
src=('https://baovinhlong.com.vn/kinh-te/202512/vinh-long-thu-ngan-sach-nam-2025-vuot-du-toan-3201234/','2025-12-18'),
text='''VĨNH LONG THU NGÂN SÁCH NĂM 2025 VƯỢT DỰ TOÁN
18/12/2025

Tại kỳ họp HĐND tỉnh, UBND tỉnh báo cáo: năm 2025, tổng thu ngân sách nhà nước trên địa
bàn tỉnh Vĩnh Long (gồm địa bàn Bến Tre, Trà Vinh, Vĩnh Long cũ) ước đạt 23.610 tỉ đồng,
vượt 8,4% dự toán Trung ương giao; thu nội địa 22.980 tỉ đồng.

Giải ngân vốn đầu tư công ước đến 31/12 đạt 83,5% kế hoạch, tương đương 14.260 tỉ đồng.

Tổng chi ngân sách địa phương ước 41.550 tỉ đồng.

Năm 2026, tỉnh được Trung ương giao dự toán thu 25.120 tỉ đồng; HĐND tỉnh quyết nghị
phấn đấu thu 26.000 tỉ đồng, tăng bình quân 10%/năm giai đoạn 2026 - 2030.

Ảnh: Quang cảnh kỳ họp. Ảnh: Thảo Ly
''',
facts=[
F('tổng thu ngân sách nhà nước trên địa\nbàn tỉnh Vĩnh Long (gồm địa bàn Bến Tre, Trà Vinh, Vĩnh Long cũ) ước đạt 23.610 tỉ đồng','budget_revenue','level',23610,approx='about',h='yes'),
F('vượt 8,4% dự toán Trung ương giao','budget_revenue','pct_of_plan',108.4,basis='estimate',h='yes'),
F('thu nội địa 22.980 tỉ đồng','domestic_revenue','level',22980),
F('Giải ngân vốn đầu tư công ước đến 31/12 đạt 83,5% kế hoạch','disbursement','pct_of_plan',83.5,basis='plan',approx='about',h='yes'),
F('tương đương 14.260 tỉ đồng','disbursement','level',14260,approx='about',h='yes'),
F('Tổng chi ngân sách địa phương ước 41.550 tỉ đồng','budget_expenditure','level',41550,approx='about'),
]))
R.append(dict(file='830_xa-dinh-trang-thuong-9-thang.txt',
doc=('68','Lâm Đồng','commune','Đinh Trang Thượng','nine_months','2025-01-01','2025-09-30'),
src=('https://dinhtrangthuong.lamdong.gov.vn/tin-tuc/dang-uy-xa-so-ket-9-thang-2025','2025-10-10'),
text='''Đảng ủy xã Đinh Trang Thượng sơ kết 9 tháng năm 2025

Thứ sáu, 10/10/2025

Theo báo cáo, 9 tháng năm 2025 thu ngân sách trên địa bàn xã (tính cả số thu của các xã
cũ trước sắp xếp) đạt 5,64 tỷ đồng, đạt 71,3% dự toán. Thu mới phát sinh từ 01/7 đến
nay được 1,96 tỷ đồng.

Xã có 14/16 thôn đạt chuẩn nông thôn mới; 2 thôn còn lại bình quân đạt 15 tiêu chí.
Trong 9 tháng, đã giải quyết việc làm cho 120 lao động; Ngân hàng CSXH cho vay 8,5 tỷ
đồng.

Thông tin tại hội nghị, đến hết tháng 9, Lâm Đồng giải ngân vốn đầu tư công được 12.186
tỷ đồng, đạt 52,4% kế hoạch.

K'Dũng (Đài Truyền thanh xã)
''',
facts=[
F('thu ngân sách trên địa bàn xã (tính cả số thu của các xã\ncũ trước sắp xếp) đạt 5,64 tỷ đồng','budget_revenue','level',5.64),
F('đạt 71,3% dự toán','budget_revenue','pct_of_plan',71.3,basis='estimate'),
F('Thu mới phát sinh từ 01/7 đến\nnay được 1,96 tỷ đồng','budget_revenue','level',1.96,p=('ytd','2025-07-01','2025-09-30')),
F('Lâm Đồng giải ngân vốn đầu tư công được 12.186\ntỷ đồng','disbursement','level',12186,area=('province','Lâm Đồng','Lâm Đồng'),h='yes'),
F('đạt 52,4% kế hoạch','disbursement','pct_of_plan',52.4,basis='plan',area=('province','Lâm Đồng','Lâm Đồng'),h='yes'),
]))
