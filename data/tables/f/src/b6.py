from common import F
R = []
R.append(dict(file='831_kim-bang-ve-dich-thu-ngan-sach-2024.txt',
doc=('35','Hà Nam','town','Kim Bảng','year','2024-01-01','2024-12-31'),
src=('https://kimbang.hanam.gov.vn/Pages/kim-bang-ve-dich-thu-ngan-sach-2024.aspx','2024-12-26'),
text='''Kim Bảng về đích thu ngân sách năm 2024
26/12/2024 | 1.045 lượt xem

Năm đầu tiên hoạt động theo mô hình thị xã, Kim Bảng đạt nhiều kết quả nổi bật. Tổng thu
ngân sách nhà nước trên địa bàn năm 2024 ước đạt 1,12 nghìn tỷ đồng, vượt 21,7% dự toán
tỉnh giao; thu ngân sách thị xã được hưởng trên 860 tỷ đồng.

Tổng chi ngân sách địa phương 1.004,6 tỷ đồng. Giải ngân vốn đầu tư công đạt 100% kế
hoạch.

Thị xã có 9/9 xã đạt chuẩn NTM nâng cao, 3 xã đạt chuẩn NTM kiểu mẫu. Có 42 thôn, tổ dân
phố đạt chuẩn khu dân cư kiểu mẫu.

Năm 2025, thị xã phấn đấu thu ngân sách 1.250 tỷ đồng.

Thu Hương
Tin khác: Khánh thành cầu Quế...
''',
facts=[
F('Tổng thu\nngân sách nhà nước trên địa bàn năm 2024 ước đạt 1,12 nghìn tỷ đồng','budget_revenue','level',1120,approx='about'),
F('vượt 21,7% dự toán\ntỉnh giao','budget_revenue','pct_of_plan',121.7,basis='estimate'),
F('thu ngân sách thị xã được hưởng trên 860 tỷ đồng','budget_revenue','level',860,approx='over'),
F('Tổng chi ngân sách địa phương 1.004,6 tỷ đồng','budget_expenditure','level',1004.6),
F('Giải ngân vốn đầu tư công đạt 100% kế\nhoạch','disbursement','pct_of_plan',100,basis='plan'),
F('Thị xã có 9/9 xã đạt chuẩn NTM nâng cao','ntm_advanced_communes','level',9,den=9,p=('as_of','2024-12-26','2024-12-26')),
F('3 xã đạt chuẩn NTM kiểu mẫu','ntm_model_communes','level',3,p=('as_of','2024-12-26','2024-12-26')),
]))
R.append(dict(file='832_sa-pa-4-thang-2022.txt',
doc=('10','Lào Cai','town','Sa Pa','month','2022-04-01','2022-04-30'),
src=('https://sapa.laocai.gov.vn/tin-tuc/thi-xa-sa-pa-giao-ban-thang-4-2022','2022-05-05'),
text='''Thị xã Sa Pa: Du lịch phục hồi, thu ngân sách khởi sắc
5/5/2022

Tháng 4/2022, Sa Pa đón 186.000 lượt khách. Thu ngân sách trong tháng đạt 38,2 tỷ đồng,
tăng 12,4% so với tháng trước. Lũy kế 4 tháng đầu năm thu ngân sách nhà nước trên địa
bàn đạt 142,5 tỷ đồng, bằng 32,4% dự toán, tăng 46% so với cùng kỳ năm 2021.

Chi ngân sách 4 tháng 176.420 triệu đồng. Vốn đầu tư công được giao 568 tỷ đồng, giải
ngân đến 30/4 được 97,3 tỷ đồng.

Toàn thị xã có 6/10 xã đạt chuẩn NTM; năm 2022 có 2/4 xã còn lại đăng ký về đích.

Cùng thời điểm, toàn tỉnh Lào Cai thu ngân sách 4 tháng đạt 3.120 tỷ đồng, bằng 38%
dự toán.

Theo Cổng TTĐT thị xã Sa Pa
''',
facts=[
F('Thu ngân sách trong tháng đạt 38,2 tỷ đồng','budget_revenue','level',38.2),
F('tăng 12,4% so với tháng trước','budget_revenue','change',12.4,basis='mom'),
F('Lũy kế 4 tháng đầu năm thu ngân sách nhà nước trên địa\nbàn đạt 142,5 tỷ đồng','budget_revenue','level',142.5,p=('ytd','2022-01-01','2022-04-30')),
F('bằng 32,4% dự toán','budget_revenue','pct_of_plan',32.4,basis='estimate',p=('ytd','2022-01-01','2022-04-30')),
F('tăng 46% so với cùng kỳ năm 2021','budget_revenue','change',46,basis='yoy',p=('ytd','2022-01-01','2022-04-30')),
F('Chi ngân sách 4 tháng 176.420 triệu đồng','budget_expenditure','level',176.42,p=('ytd','2022-01-01','2022-04-30')),
F('giải\nngân đến 30/4 được 97,3 tỷ đồng','disbursement','level',97.3,p=('ytd','2022-01-01','2022-04-30')),
F('Toàn thị xã có 6/10 xã đạt chuẩn NTM','ntm_communes','level',6,den=10,p=('as_of','2022-04-30','2022-04-30')),
F('toàn tỉnh Lào Cai thu ngân sách 4 tháng đạt 3.120 tỷ đồng','budget_revenue','level',3120,p=('ytd','2022-01-01','2022-04-30'),area=('province','Lào Cai','Lào Cai'),h='yes'),
F('bằng 38%\ndự toán','budget_revenue','pct_of_plan',38,basis='estimate',p=('ytd','2022-01-01','2022-04-30'),area=('province','Lào Cai','Lào Cai'),h='yes'),
]))
R.append(dict(file='833_giao-ban-quy-3-2023.txt',
doc=('94','Sóc Trăng','district','Mỹ Tú','nine_months','2023-01-01','2023-09-30'),
src=('https://mytu.soctrang.gov.vn/wps/portal/tin-tuc/giao-ban-quy-iii-nam-2023','2023-10-04'),
text='''GIAO BAN QUÝ III NĂM 2023

Ngày 3/10/2023, Thường trực Huyện ủy chủ trì hội nghị giao ban quý III với các ngành
và 9 xã, thị trấn.

Kết quả 9 tháng: thu ngân sách nhà nước trên địa bàn đạt 89,47 tỷ đồng, đạt 74,6% dự
toán, bằng 96% so với cùng kỳ. Chi ngân sách địa phương 398 tỷ đồng.

Giải ngân vốn đầu tư công 9 tháng đạt 55,2% kế hoạch, còn chậm so với bình quân của tỉnh.

Huyện có 7/8 xã đạt chuẩn nông thôn mới, 2 xã đạt chuẩn NTM nâng cao; 28 ấp đạt chuẩn
ấp văn hóa nông thôn mới. Huyện đã đạt 6/9 tiêu chí huyện nông thôn mới.

Có 132 đại biểu dự hội nghị.
Thanh Tùng
''',
facts=[
F('thu ngân sách nhà nước trên địa bàn đạt 89,47 tỷ đồng','budget_revenue','level',89.47),
F('đạt 74,6% dự\ntoán','budget_revenue','pct_of_plan',74.6,basis='estimate'),
F('bằng 96% so với cùng kỳ','budget_revenue','change',-4,basis='yoy'),
F('Chi ngân sách địa phương 398 tỷ đồng','budget_expenditure','level',398),
F('Giải ngân vốn đầu tư công 9 tháng đạt 55,2% kế hoạch','disbursement','pct_of_plan',55.2,basis='plan'),
F('còn chậm so với bình quân của tỉnh','disbursement','assessment',a='slow'),
F('Huyện có 7/8 xã đạt chuẩn nông thôn mới','ntm_communes','level',7,den=8,p=('as_of','2023-09-30','2023-09-30')),
F('2 xã đạt chuẩn NTM nâng cao','ntm_advanced_communes','level',2,p=('as_of','2023-09-30','2023-09-30')),
F('Huyện đã đạt 6/9 tiêu chí huyện nông thôn mới','ntm_district_criteria','level',6,den=9,p=('as_of','2023-09-30','2023-09-30')),
]))
R.append(dict(file='834_hong-dan-tong-ket-2016.txt',
doc=('95','Bạc Liêu','district','Hồng Dân','year','2016-01-01','2016-12-31'),
src=('https://hongdan.baclieu.gov.vn/-/hong-dan-tong-ket-nam-2016','2016-12-23'),
text='''Hồng Dân tổng kết nhiệm vụ năm 2016
Cập nhật ngày: 23/12/2016 - Lượt xem: 389

Ngày 22/12, UBND huyện Hồng Dân (tỉnh Bạc Liêu) tổ chức hội nghị tổng kết năm 2016.
Năm qua, thu ngân sách trên địa bàn huyện đạt 68,24 tỉ đồng, vượt 5,3% kế hoạch; trong
đó thu thuế ngoài quốc doanh 31 tỉ đồng. Tổng chi ngân sách 412 tỉ đồng.

Vốn đầu tư XDCB được giao 96 tỉ đồng, giải ngân đạt 88,6% kế hoạch.

Huyện có thêm xã Ninh Hòa đạt chuẩn nông thôn mới, nâng tổng số lên 2/9 xã; các xã còn
lại bình quân đạt 12,6 tiêu chí/xã. Năm 2017, huyện chọn 2 xã điểm là Lộc Ninh và Ninh
Quới A để tập trung nguồn lực.

Phạm Quốc Dũng
''',
facts=[
F('thu ngân sách trên địa bàn huyện đạt 68,24 tỉ đồng','budget_revenue','level',68.24),
F('vượt 5,3% kế hoạch','budget_revenue','pct_of_plan',105.3,basis='plan'),
F('Tổng chi ngân sách 412 tỉ đồng','budget_expenditure','level',412),
F('giải ngân đạt 88,6% kế hoạch','disbursement','pct_of_plan',88.6,basis='plan'),
F('nâng tổng số lên 2/9 xã','ntm_communes','level',2,den=9,p=('as_of','2016-12-22','2016-12-22')),
]))
R.append(dict(file='835_giai-ngan-den-31-8-2025-cac-tinh.txt',
doc=('','','national','Việt Nam','ytd','2025-01-01','2025-08-31'),
src=('https://thoibaotaichinhvietnam.vn/giai-ngan-dau-tu-cong-8-thang-sau-hop-nhat-tinh-185512.html','2025-09-09'),
text='''Tài chính - Đầu tư
Giải ngân đầu tư công 8 tháng: Các tỉnh sau hợp nhất tăng tốc

09/09/2025 08:00 - Minh Thư - TTXVN

Ước đến 31/8/2025, cả nước giải ngân 409.000 tỷ đồng, đạt 46,3% kế hoạch Thủ tướng
giao. Trong số 34 tỉnh, thành phố, nhóm đạt trên mức bình quân gồm: Ninh Bình (62,8%),
Phú Thọ (58,1%), Hưng Yên (55,4%). Thành phố Huế đạt 52%.

Ở nhóm thấp: Quảng Trị mới đạt 29,7% kế hoạch, Cà Mau 31,2%; Thành phố Hồ Chí Minh giải
ngân hơn 44.600 tỷ đồng nhưng chỉ đạt 38,5%.

Theo Bộ Tài chính, nguyên nhân chủ yếu do việc bàn giao dự án giữa các chủ đầu tư sau
sắp xếp đơn vị hành chính.

Tin liên quan: Thủ tướng yêu cầu giải ngân 100% vốn năm 2025
''',
facts=[
F('Ninh Bình (62,8%)','disbursement','pct_of_plan',62.8,basis='assigned_plan',area=('province','Ninh Bình','Ninh Bình'),h='yes'),
F('Phú Thọ (58,1%)','disbursement','pct_of_plan',58.1,basis='assigned_plan',area=('province','Phú Thọ','Phú Thọ'),h='yes'),
F('Hưng Yên (55,4%)','disbursement','pct_of_plan',55.4,basis='assigned_plan',area=('province','Hưng Yên','Hưng Yên'),h='yes'),
F('Thành phố Huế đạt 52%','disbursement','pct_of_plan',52,basis='assigned_plan',area=('province','Huế','Huế'),h='yes'),
F('Quảng Trị mới đạt 29,7% kế hoạch','disbursement','pct_of_plan',29.7,basis='assigned_plan',area=('province','Quảng Trị','Quảng Trị'),h='yes'),
F('Cà Mau 31,2%','disbursement','pct_of_plan',31.2,basis='assigned_plan',area=('province','Cà Mau','Cà Mau'),h='yes'),
F('Ở nhóm thấp','disbursement','assessment',area=('province','Quảng Trị','Quảng Trị'),a='low'),
F('Thành phố Hồ Chí Minh giải\nngân hơn 44.600 tỷ đồng','disbursement','level',44600,approx='over',area=('province','Thành phố Hồ Chí Minh','Thành phố Hồ Chí Minh'),h='yes'),
F('chỉ đạt 38,5%','disbursement','pct_of_plan',38.5,basis='assigned_plan',area=('province','Thành phố Hồ Chí Minh','Thành phố Hồ Chí Minh'),h='yes'),
]))
