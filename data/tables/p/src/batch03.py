import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import F
REPORTS = []
def P(n): return ('province', n, n)
H19 = ('2019-01-01', '2019-06-30')
REPORTS.append(dict(file='1806_phong-dien-so-ket-6-thang.txt',
url='https://phongdien.cantho.gov.vn/Pages/tin-tuc/so-ket-6-thang-2019.aspx',
pub='2019-07-03',
doc=('92', 'Cần Thơ', 'district', 'Phong Điền', 'half_year', *H19),
text='''PHONG ĐIỀN: SƠ KẾT KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2019
Ngày đăng: 03/07/2019 | Tác giả: Kim Loan
Ngày 28/6, tại phiên họp thường kỳ quý II, UBND huyện Phong Điền đã đánh giá tình hình 6 tháng đầu năm
và triển khai nhiệm vụ 6 tháng cuối năm 2019.
Báo cáo cho biết, tổng thu ngân sách nhà nước trên địa bàn 6 tháng ước thực hiện 118 tỷ 460 triệu đồng, đạt
54,2% dự toán thành phố giao, tăng 9,7% so với cùng kỳ năm 2018; trong đó thu cân đối ngân sách (không tính
tiền sử dụng đất) đạt 71,35 tỷ đồng, bằng 49,8% dự toán. Chi ngân sách huyện 6 tháng là 152/310 tỷ đồng.
Vốn đầu tư công năm 2019 huyện được giao 245 tỷ đồng; đến 25/6 đã giải ngân 39,4%.
Trong xây dựng nông thôn mới, huyện có 5/6 xã đạt chuẩn, tỷ lệ hộ đồng thuận đạt 83,2%/50% chỉ tiêu. Năm 2019, huyện chọn xã Trường Long là xã điểm phấn đấu về đích nâng cao.
(Đến cuối tháng 6, toàn thành phố có 30/36 xã đạt chuẩn nông thôn mới, tương đương 83,33%; 2 huyện đạt chuẩn huyện NTM).
Ảnh: Quang cảnh phiên họp. (Ảnh: K.L)
Về giải pháp, Chủ tịch UBND huyện đề nghị các xã tập trung đôn đốc thu thuế hộ kinh doanh, tiền sử dụng đất.
Tin khác
- Phong Điền ra quân phòng chống dịch tả lợn châu Phi
''',
facts=[
 F('budget_revenue','level',118.46,'vnd_billion','',None,'about','half_year',*H19,'tổng thu ngân sách nhà nước trên địa bàn 6 tháng ước thực hiện 118 tỷ 460 triệu đồng'),
 F('budget_revenue','pct_of_plan',54.2,'percent','estimate',None,'exact','half_year',*H19,'54,2% dự toán thành phố giao'),
 F('budget_revenue','change',9.7,'percent','yoy',None,'exact','half_year',*H19,'tăng 9,7% so với cùng kỳ năm 2018'),
 F('budget_revenue','level',71.35,'vnd_billion','',None,'exact','half_year',*H19,'tiền sử dụng đất) đạt 71,35 tỷ đồng'),
 F('budget_revenue','pct_of_plan',49.8,'percent','estimate',None,'exact','half_year',*H19,'bằng 49,8% dự toán'),
 F('budget_expenditure','level',152,'vnd_billion','',310,'exact','half_year',*H19,'Chi ngân sách huyện 6 tháng là 152/310 tỷ đồng'),
 F('disbursement','pct_of_plan',39.4,'percent','plan',None,'exact','ytd','2019-01-01','2019-06-25','đến 25/6 đã giải ngân 39,4%'),
 F('ntm_communes','level',5,'count','',6,'exact','as_of','2019-06-28','2019-06-28','huyện có 5/6 xã đạt chuẩn'),
 F('ntm_communes','level',30,'count','',36,'exact','as_of','2019-06-30','2019-06-30','toàn thành phố có 30/36 xã đạt chuẩn nông thôn mới',area=P('Cần Thơ'),hl='yes'),
 F('ntm_districts','level',2,'count','',None,'exact','as_of','2019-06-30','2019-06-30','2 huyện đạt chuẩn huyện NTM',area=P('Cần Thơ')),
],
nonfacts=['được giao 245 tỷ đồng','83,2%/50% chỉ tiêu','chọn xã Trường Long là xã điểm','tương đương 83,33%']))

Y22 = ('2022-01-01', '2022-12-31')
REPORTS.append(dict(file='1807_thu-duc-thu-ngan-sach-2022.txt',
url='https://thuduc.hochiminhcity.gov.vn/web/thuduc/tin-tuc/-/ket-qua-thu-ngan-sach-2022',
pub='2022-12-22',
doc=('79', 'Thành phố Hồ Chí Minh', 'city', 'Thủ Đức', 'year', *Y22),
text='''Trang chủ / Tin tức / Tài chính - Ngân sách
Thành phố Thủ Đức thu ngân sách năm 2022 đạt trên 22 nghìn tỷ đồng
Ngày 22/12/2022 | Lượt xem: 3.058
Tại kỳ họp cuối năm của HĐND TP Thủ Đức ngày 20/12, Chủ tịch UBND thành phố cho biết tổng thu ngân sách nhà nước
trên địa bàn năm 2022 ước đạt trên 22,4 nghìn tỷ đồng, đạt 103,6% dự toán, bằng 92% so với năm 2021 do khoản thu
tiền sử dụng đất giảm mạnh. Thu nội địa đạt 19.870 tỷ đồng.
Giải ngân vốn đầu tư công phân cấp cho thành phố đạt 5.128 tỷ đồng, tương đương 68,5% kế hoạch vốn; Thủ Đức xếp
trong nhóm dẫn đầu các quận, huyện về tỷ lệ giải ngân.
Ảnh: Khu đô thị mới Thủ Thiêm. (Ảnh: Duy Khang)
Năm 2023, Thủ Đức phấn đấu thu ngân sách 24.000 tỷ đồng, được thành phố giao kế hoạch vốn đầu tư công 9.200 tỷ đồng.
Cùng thời điểm, toàn TP.HCM ước thu ngân sách cả năm 2022 đạt 472.000 tỷ đồng, vượt 14,6% dự toán.
Thanh Phương
Tin liên quan
- Thủ Đức khởi công 4 dự án cầu đường
''',
facts=[
 F('budget_revenue','level',22400,'vnd_billion','',None,'over','year',*Y22,'năm 2022 ước đạt trên 22,4 nghìn tỷ đồng'),
 F('budget_revenue','pct_of_plan',103.6,'percent','estimate',None,'exact','year',*Y22,'đạt 103,6% dự toán'),
 F('budget_revenue','change',-8,'percent','yoy',None,'exact','year',*Y22,'bằng 92% so với năm 2021'),
 F('domestic_revenue','level',19870,'vnd_billion','',None,'exact','year',*Y22,'Thu nội địa đạt 19.870 tỷ đồng'),
 F('disbursement','level',5128,'vnd_billion','',None,'exact','year',*Y22,'Giải ngân vốn đầu tư công phân cấp cho thành phố đạt 5.128 tỷ đồng'),
 F('disbursement','pct_of_plan',68.5,'percent','plan',None,'exact','year',*Y22,'tương đương 68,5% kế hoạch vốn'),
 F('budget_revenue','level',472000,'vnd_billion','',None,'about','year',*Y22,'toàn TP.HCM ước thu ngân sách cả năm 2022 đạt 472.000 tỷ đồng',area=P('Thành phố Hồ Chí Minh'),hl='yes'),
 F('budget_revenue','pct_of_plan',114.6,'percent','estimate',None,'exact','year',*Y22,'vượt 14,6% dự toán',area=P('Thành phố Hồ Chí Minh'),hl='yes'),
],
nonfacts=['phấn đấu thu ngân sách 24.000 tỷ đồng','giao kế hoạch vốn đầu tư công 9.200 tỷ đồng']))

M = ('2024-05-01', '2024-05-31'); YTD = ('2024-01-01', '2024-05-31')
REPORTS.append(dict(file='1808_ha-noi-thang-5-2024.txt',
url='https://hanoi.gov.vn/kinh-te/kinh-te-xa-hoi-thang-5-2024',
pub='2024-05-30',
doc=('01', 'Hà Nội', 'province', 'Hà Nội', 'ytd', *YTD),
text='''Cổng TTĐT Thành phố Hà Nội > Kinh tế
KINH TẾ - XÃ HỘI HÀ NỘI THÁNG 5/2024 TIẾP TỤC KHỞI SẮC
30/5/2024 16:20
Theo báo cáo của UBND Thành phố, thu ngân sách trên địa bàn trong tháng 5 ước đạt 41.380 tỷ đồng. Lũy kế 5 tháng
đầu năm, tổng thu ngân sách nhà nước trên địa bàn ước đạt 223.150 tỷ đồng, bằng 59,7% dự toán, tăng 21,4% so
với cùng kỳ; trong đó thu nội địa 209.480 tỷ đồng.
Giải ngân vốn đầu tư công đến ngày 25/5 đạt 14.612 tỷ đồng, bằng 17,9% kế hoạch; một số quận, huyện có tỷ lệ giải
ngân cao như: Hoàng Mai (48,6%), Hoài Đức (41,2%); ngược lại, một số đơn vị còn thấp như Ba Vì (9,8%).
Ảnh: Dự án đường Vành đai 4 đoạn qua huyện Hoài Đức. (Ảnh: Phạm Hùng)
Về nông thôn mới, Thành phố đã có 09 đơn vị cấp huyện đạt chuẩn NTM và 382/382 xã đạt chuẩn NTM, trong đó 166 xã
đạt chuẩn nâng cao, 40 xã đạt chuẩn kiểu mẫu. Năm 2024, Thành phố đăng ký thêm 3 huyện về đích.
Nguồn: Văn phòng UBND Thành phố
''',
facts=[
 F('budget_revenue','level',41380,'vnd_billion','',None,'about','month',*M,'thu ngân sách trên địa bàn trong tháng 5 ước đạt 41.380 tỷ đồng'),
 F('budget_revenue','level',223150,'vnd_billion','',None,'about','ytd',*YTD,'tổng thu ngân sách nhà nước trên địa bàn ước đạt 223.150 tỷ đồng',hl='yes'),
 F('budget_revenue','pct_of_plan',59.7,'percent','estimate',None,'exact','ytd',*YTD,'bằng 59,7% dự toán',hl='yes'),
 F('budget_revenue','change',21.4,'percent','yoy',None,'exact','ytd',*YTD,'tăng 21,4% so'),
 F('domestic_revenue','level',209480,'vnd_billion','',None,'exact','ytd',*YTD,'trong đó thu nội địa 209.480 tỷ đồng'),
 F('disbursement','level',14612,'vnd_billion','',None,'exact','ytd','2024-01-01','2024-05-25','Giải ngân vốn đầu tư công đến ngày 25/5 đạt 14.612 tỷ đồng',hl='yes'),
 F('disbursement','pct_of_plan',17.9,'percent','plan',None,'exact','ytd','2024-01-01','2024-05-25','bằng 17,9% kế hoạch',hl='yes'),
 F('disbursement','pct_of_plan',48.6,'percent','plan',None,'exact','ytd','2024-01-01','2024-05-25','Hoàng Mai (48,6%)',area=('district','Hoàng Mai','Hà Nội')),
 F('disbursement','pct_of_plan',41.2,'percent','plan',None,'exact','ytd','2024-01-01','2024-05-25','Hoài Đức (41,2%)',area=('district','Hoài Đức','Hà Nội')),
 F('disbursement','pct_of_plan',9.8,'percent','plan',None,'exact','ytd','2024-01-01','2024-05-25','Ba Vì (9,8%)',area=('district','Ba Vì','Hà Nội')),
 F('disbursement','assessment',None,'','',None,'','ytd','2024-01-01','2024-05-25','một số đơn vị còn thấp',area=('district','Ba Vì','Hà Nội'),a='low'),
 F('ntm_districts','level',9,'count','',None,'exact','as_of','2024-05-30','2024-05-30','09 đơn vị cấp huyện đạt chuẩn NTM'),
 F('ntm_communes','level',382,'count','',382,'exact','as_of','2024-05-30','2024-05-30','382/382 xã đạt chuẩn NTM',hl='yes'),
 F('ntm_advanced_communes','level',166,'count','',None,'exact','as_of','2024-05-30','2024-05-30','trong đó 166 xã'),
 F('ntm_model_communes','level',40,'count','',None,'exact','as_of','2024-05-30','2024-05-30','40 xã đạt chuẩn kiểu mẫu'),
],
nonfacts=['đăng ký thêm 3 huyện về đích']))
