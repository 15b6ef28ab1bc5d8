import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import F
REPORTS = []
def P(n): return ('province', n, n)
Y24 = ('2024-01-01', '2024-12-31')
REPORTS.append(dict(file='1827_kien-thuy-ntm-nang-cao-2024.txt',
url='https://baohaiphong.vn/kien-thuy-them-4-xa-dat-chuan-nong-thon-moi-nang-cao-20241219.html',
pub='2024-12-19',
doc=('31', 'Hải Phòng', 'district', 'Kiến Thụy', 'year', *Y24),
text='''Báo Hải Phòng > Kinh tế > Nông nghiệp
Kiến Thụy thêm 4 xã đạt chuẩn nông thôn mới nâng cao
19/12/2024 09:30
Năm 2024, huyện Kiến Thụy (TP Hải Phòng) có thêm 4 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 13/16 xã; 3 xã đạt chuẩn nông thôn mới kiểu mẫu.
So với năm 2023, huyện tăng 4 xã nâng cao; còn 3 xã đang hoàn thiện hồ sơ. Đây là kết quả của việc huy động hơn 1.100 tỷ đồng cho xây dựng NTM, trong đó vốn
ngân sách các cấp khoảng 640 tỷ đồng.
Về tài chính, tổng thu ngân sách trên địa bàn huyện năm 2024 ước 1.385 tỉ đồng, vượt 21% dự toán; thu ngân sách huyện hưởng 918 tỉ đồng.
Giải ngân vốn đầu tư công đến ngày 15/12 đạt 93,6% kế hoạch, đứng thứ 2 trong các quận, huyện; toàn thành phố đạt 82,4%.
(Ảnh: Xã Tú Sơn - xã nông thôn mới kiểu mẫu. Ảnh: Đức Toàn)
Huyện được công nhận đạt chuẩn NTM nâng cao năm 2023, đạt 9/9 tiêu chí.
Bích Phượng
Tin liên quan
- Hải Phòng: 100% huyện đạt chuẩn nông thôn mới
''',
facts=[
 F('ntm_advanced_communes','level',13,'count','',16,'exact','as_of','2024-12-19','2024-12-19','nâng tổng số lên 13/16 xã'),
 F('ntm_model_communes','level',3,'count','',None,'exact','as_of','2024-12-19','2024-12-19','3 xã đạt chuẩn nông thôn mới kiểu mẫu'),
 F('budget_revenue','level',1385,'vnd_billion','',None,'about','year',*Y24,'tổng thu ngân sách trên địa bàn huyện năm 2024 ước 1.385 tỉ đồng'),
 F('budget_revenue','pct_of_plan',121,'percent','estimate',None,'exact','year',*Y24,'vượt 21% dự toán'),
 F('budget_revenue','level',918,'vnd_billion','',None,'exact','year',*Y24,'thu ngân sách huyện hưởng 918 tỉ đồng'),
 F('disbursement','pct_of_plan',93.6,'percent','plan',None,'exact','ytd','2024-01-01','2024-12-15','Giải ngân vốn đầu tư công đến ngày 15/12 đạt 93,6% kế hoạch'),
 F('disbursement','pct_of_plan',82.4,'percent','plan',None,'exact','ytd','2024-01-01','2024-12-15','toàn thành phố đạt 82,4%',area=P('Hải Phòng'),hl='yes'),
 F('ntm_district_criteria','level',9,'count','',9,'exact','as_of','2024-12-19','2024-12-19','đạt 9/9 tiêu chí'),
],
nonfacts=['tăng 4 xã nâng cao','còn 3 xã','hơn 1.100 tỷ đồng','khoảng 640 tỷ đồng']))

Y16 = ('2016-01-01', '2016-12-31')
REPORTS.append(dict(file='1828_co-do-tong-ket-2016.txt',
url='https://codo.cantho.gov.vn/Pages/tin-tuc/tong-ket-2016.aspx',
pub='2016-12-23',
doc=('92', 'Cần Thơ', 'district', 'Cờ Đỏ', 'year', *Y16),
text='''HUYỆN CỜ ĐỎ TỔNG KẾT NĂM 2016
Ngày 23/12/2016
Sáng 21/12, HĐND huyện Cờ Đỏ khóa XI tổ chức kỳ họp thứ ba. Báo cáo của UBND huyện cho biết, thu ngân sách nhà nước
trên địa bàn năm 2016 đạt 76.428 triệu đồng, đạt 118,2% dự toán; tăng 14,6% so năm 2015. Tổng chi
ngân sách địa phương 498,7 tỷ đồng, đạt 103% dự toán.
Giải ngân vốn đầu tư xây dựng cơ bản đến 15/12 đạt 89% kế hoạch.
Trong xây dựng nông thôn mới, năm 2016 huyện có thêm xã Thới Hưng đạt chuẩn, nâng tổng số xã đạt chuẩn lên 3/9 xã; các xã còn lại bình
quân đạt 13,5 tiêu chí. Năm 2017 huyện đăng ký 2/6 xã về đích.
Ảnh: Đại biểu HĐND huyện thảo luận tại kỳ họp. (Ảnh: Hồng Phúc)
Hồng Phúc
Lượt xem: 402
''',
facts=[
 F('budget_revenue','level',76.428,'vnd_billion','',None,'exact','year',*Y16,'năm 2016 đạt 76.428 triệu đồng'),
 F('budget_revenue','pct_of_plan',118.2,'percent','estimate',None,'exact','year',*Y16,'đạt 118,2% dự toán'),
 F('budget_revenue','change',14.6,'percent','yoy',None,'exact','year',*Y16,'tăng 14,6% so năm 2015'),
 F('budget_expenditure','level',498.7,'vnd_billion','',None,'exact','year',*Y16,'ngân sách địa phương 498,7 tỷ đồng'),
 F('budget_expenditure','pct_of_plan',103,'percent','estimate',None,'exact','year',*Y16,'đạt 103% dự toán'),
 F('disbursement','pct_of_plan',89,'percent','plan',None,'exact','ytd','2016-01-01','2016-12-15','Giải ngân vốn đầu tư xây dựng cơ bản đến 15/12 đạt 89% kế hoạch'),
 F('ntm_communes','level',3,'count','',9,'exact','as_of','2016-12-21','2016-12-21','nâng tổng số xã đạt chuẩn lên 3/9 xã'),
],
nonfacts=['13,5 tiêu chí','đăng ký 2/6 xã về đích']))

H21 = ('2021-01-01', '2021-06-30')
REPORTS.append(dict(file='1829_ha-noi-6-thang-2021.txt',
url='https://hanoimoi.vn/ha-noi-thu-ngan-sach-6-thang-2021-dat-59-du-toan.html',
pub='2021-06-30',
doc=('01', 'Hà Nội', 'province', 'Hà Nội', 'half_year', *H21),
text='''Hà Nội mới > Kinh tế
Hà Nội: Thu ngân sách 6 tháng ước đạt 59% dự toán
30/06/2021 - 18:10
Tại phiên họp UBND Thành phố chiều 29/6 đánh giá tình hình quý II và 6 tháng đầu năm 2021, Cục Thống kê cho biết
tổng thu ngân sách trên địa bàn 6 tháng ước đạt 145.732 tỷ đồng, bằng 59% dự toán, tăng 6,1% so với cùng kỳ. Chi ngân sách địa phương ước 41.500 tỷ đồng.
Giải ngân vốn đầu tư công đạt 27,4% kế hoạch, thấp hơn cùng kỳ năm 2020 (31,2%).
Các huyện tiếp tục về đích nông thôn mới: huyện Mê Linh có 16/16 xã đạt chuẩn; huyện Sóc Sơn có 25/25 xã đạt chuẩn và đạt 8/9 tiêu chí huyện.
Toàn Thành phố đến nay có 14 huyện, thị xã đạt chuẩn nông thôn mới; số xã đạt chuẩn là 373/382 xã, trong đó 76 xã nâng cao.
Ảnh: Phiên họp UBND Thành phố. (Ảnh: Viết Thành)
Viết Thành
''',
facts=[
 F('budget_revenue','level',145732,'vnd_billion','',None,'about','half_year',*H21,'tổng thu ngân sách trên địa bàn 6 tháng ước đạt 145.732 tỷ đồng',hl='yes'),
 F('budget_revenue','pct_of_plan',59,'percent','estimate',None,'exact','half_year',*H21,'bằng 59% dự toán',hl='yes'),
 F('budget_revenue','change',6.1,'percent','yoy',None,'exact','half_year',*H21,'tăng 6,1% so với cùng kỳ'),
 F('budget_expenditure','level',41500,'vnd_billion','',None,'about','half_year',*H21,'Chi ngân sách địa phương ước 41.500 tỷ đồng'),
 F('disbursement','pct_of_plan',27.4,'percent','plan',None,'exact','half_year',*H21,'Giải ngân vốn đầu tư công đạt 27,4% kế hoạch',hl='yes'),
 F('disbursement','assessment',None,'','',None,'','half_year',*H21,'thấp hơn cùng kỳ năm 2020',a='declining'),
 F('disbursement','pct_of_plan',31.2,'percent','plan',None,'exact','half_year','2020-01-01','2020-06-30','(31,2%)'),
 F('ntm_communes','level',16,'count','',16,'exact','as_of','2021-06-29','2021-06-29','huyện Mê Linh có 16/16 xã đạt chuẩn',area=('district','Mê Linh','Hà Nội')),
 F('ntm_communes','level',25,'count','',25,'exact','as_of','2021-06-29','2021-06-29','huyện Sóc Sơn có 25/25 xã đạt chuẩn',area=('district','Sóc Sơn','Hà Nội')),
 F('ntm_district_criteria','level',8,'count','',9,'exact','as_of','2021-06-29','2021-06-29','đạt 8/9 tiêu chí huyện',area=('district','Sóc Sơn','Hà Nội')),
 F('ntm_districts','level',14,'count','',None,'exact','as_of','2021-06-29','2021-06-29','có 14 huyện, thị xã đạt chuẩn nông thôn mới'),
 F('ntm_communes','level',373,'count','',382,'exact','as_of','2021-06-29','2021-06-29','số xã đạt chuẩn là 373/382 xã',hl='yes'),
 F('ntm_advanced_communes','level',76,'count','',None,'exact','as_of','2021-06-29','2021-06-29','trong đó 76 xã nâng cao'),
],
nonfacts=[]))
