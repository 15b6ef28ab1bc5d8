import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import F
REPORTS = []
def P(n): return ('province', n, n)
Y17 = ('2017-01-01', '2017-12-31')
REPORTS.append(dict(file='1812_hoa-vang-ntm-2017.txt',
url='https://hoavang.danang.gov.vn/chi-tiet?id=4417',
pub='2017-12-18',
doc=('48', 'Đà Nẵng', 'district', 'Hòa Vang', 'year', *Y17),
text='''Hòa Vang giữ vững 11/11 xã đạt chuẩn nông thôn mới
Thứ hai, 18/12/2017, 10:12 (GMT+7)
Trang chủ > Tin tức - Sự kiện > Kinh tế
Ngày 15/12/2017, Ban Chỉ đạo Chương trình MTQG xây dựng NTM huyện Hòa Vang tổng kết năm 2017. Đến nay, 11/11 xã của huyện duy trì đạt chuẩn nông thôn mới; huyện đã đạt 9/9 tiêu chí huyện nông thôn mới
và đang hoàn thiện hồ sơ đề nghị công nhận. Tuy vậy, tỷ lệ tiêu chí được nâng chất còn thấp, bình quân mỗi xã chỉ nâng chất được 4,2 tiêu chí.
Năm 2017, thu ngân sách trên địa bàn huyện ước đạt 437,6 tỷ đồng (bằng 121,5% dự toán); thu ngân sách huyện hưởng 298 tỷ đồng.
Tỷ lệ giải ngân vốn đầu tư xây dựng cơ bản do huyện quản lý đến 30/11 đạt 72,8%, thấp hơn cùng kỳ.
Huyện đã chọn 3 xã điểm (Hòa Phong, Hòa Tiến, Hòa Nhơn) xây dựng xã nông thôn mới kiểu mẫu giai đoạn 2018-2020, với mục tiêu mỗi xã có ít nhất 2 thôn kiểu mẫu.
Ảnh: Đường bê tông liên thôn tại xã Hòa Phú. (Ảnh: Hồng Vân)
Hồng Vân - Trung tâm VH-TT huyện
Lượt xem: 1.093
''',
facts=[
 F('ntm_communes','level',11,'count','',11,'exact','as_of','2017-12-15','2017-12-15','11/11 xã của huyện duy trì đạt chuẩn nông thôn mới'),
 F('ntm_district_criteria','level',9,'count','',9,'exact','as_of','2017-12-15','2017-12-15','huyện đã đạt 9/9 tiêu chí huyện nông thôn mới'),
 F('budget_revenue','level',437.6,'vnd_billion','',None,'about','year',*Y17,'thu ngân sách trên địa bàn huyện ước đạt 437,6 tỷ đồng'),
 F('budget_revenue','pct_of_plan',121.5,'percent','estimate',None,'exact','year',*Y17,'bằng 121,5% dự toán'),
 F('budget_revenue','level',298,'vnd_billion','',None,'exact','year',*Y17,'thu ngân sách huyện hưởng 298 tỷ đồng'),
 F('disbursement','pct_of_plan',72.8,'percent','plan',None,'exact','ytd','2017-01-01','2017-11-30','đến 30/11 đạt 72,8%'),
 F('disbursement','assessment',None,'','',None,'','ytd','2017-01-01','2017-11-30','thấp hơn cùng kỳ',a='declining'),
],
nonfacts=['4,2 tiêu chí','chọn 3 xã điểm','ít nhất 2 thôn kiểu mẫu']))

A22 = ('2022-12-31', '2022-12-31')
REPORTS.append(dict(file='1813_ntm-5-thanh-pho-truc-thuoc-tw.txt',
url='https://nongthonmoi.gov.vn/Pages/tin-tuc/2023/ntm-5-thanh-pho-truc-thuoc-trung-uong.aspx',
pub='2023-01-12',
doc=('', '', 'national', 'Việt Nam', 'as_of', *A22),
text='''NÔNG THÔN MỚI Ở 5 THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG: ĐÔ THỊ HÓA KHÔNG LÀM CHẬM ĐÍCH
12/01/2023
Văn phòng Điều phối nông thôn mới Trung ương cho biết, tính đến hết năm 2022, cả nước có 5.877 xã (73,6%) đạt chuẩn
nông thôn mới. Các thành phố trực thuộc Trung ương đều vượt bình quân chung.
Hà Nội dẫn đầu nhóm với 382/382 xã đạt chuẩn, trong đó 113 xã đạt chuẩn nâng cao. TP Hồ Chí Minh có 56/56 xã đạt chuẩn
và 5/5 huyện đạt chuẩn huyện nông thôn mới. Hải Phòng có 137/137 xã đạt chuẩn, 44 xã nâng cao; Đà Nẵng 11/11 xã.
Riêng Cần Thơ còn 2 xã chưa về đích, hiện có 34 trong tổng số 36 xã đạt chuẩn.
Ảnh: Một góc xã Tân Thông Hội, huyện Củ Chi. (Ảnh: TTXVN)
Theo đánh giá, nhiều xã ven đô đang chịu sức ép đô thị hóa, bình quân đạt 17,8 tiêu chí/xã khi rà soát theo bộ tiêu chí
mới; năm 2023 các thành phố đăng ký thêm 60 xã nâng cao.
Phương Linh
Chia sẻ
''',
facts=[
 F('ntm_communes','level',382,'count','',382,'exact','as_of',*A22,'Hà Nội dẫn đầu nhóm với 382/382 xã đạt chuẩn',area=P('Hà Nội'),hl='yes'),
 F('ntm_advanced_communes','level',113,'count','',None,'exact','as_of',*A22,'trong đó 113 xã đạt chuẩn nâng cao',area=P('Hà Nội')),
 F('ntm_communes','level',56,'count','',56,'exact','as_of',*A22,'TP Hồ Chí Minh có 56/56 xã đạt chuẩn',area=P('Thành phố Hồ Chí Minh'),hl='yes'),
 F('ntm_districts','level',5,'count','',5,'exact','as_of',*A22,'5/5 huyện đạt chuẩn huyện nông thôn mới',area=P('Thành phố Hồ Chí Minh')),
 F('ntm_communes','level',137,'count','',137,'exact','as_of',*A22,'Hải Phòng có 137/137 xã đạt chuẩn',area=P('Hải Phòng'),hl='yes'),
 F('ntm_advanced_communes','level',44,'count','',None,'exact','as_of',*A22,'44 xã nâng cao',area=P('Hải Phòng')),
 F('ntm_communes','level',11,'count','',11,'exact','as_of',*A22,'Đà Nẵng 11/11 xã',area=P('Đà Nẵng'),hl='yes'),
 F('ntm_communes','level',34,'count','',36,'exact','as_of',*A22,'34 trong tổng số 36 xã đạt chuẩn',area=P('Cần Thơ'),hl='yes'),
],
nonfacts=['5.877 xã (73,6%)','còn 2 xã chưa về đích','17,8 tiêu chí/xã','thêm 60 xã nâng cao']))

Q1 = ('2016-01-01', '2016-03-31')
REPORTS.append(dict(file='1814_vinh-bao-quy-1-2016.txt',
url='https://vinhbao.haiphong.gov.vn/tin-tuc/giao-ban-quy-i.html',
pub='2016-04-05',
doc=('31', 'Hải Phòng', 'district', 'Vĩnh Bảo', 'quarter', *Q1),
text='''Huyện Vĩnh Bảo (Hải Phòng) giao ban quý I
05/04/2016
Chiều 1/4, UBND huyện tổ chức hội nghị giao ban đánh giá tình hình kinh tế - xã hội quý I/2016.
Theo báo cáo, thu ngân sách nhà nước trên địa bàn quý I đạt 46,82 tỷ đồng, bằng 28,3% dự toán năm, bằng 94,5% so với cùng kỳ năm 2015
do giảm thu tiền sử dụng đất; thu ngân sách địa phương hưởng 39,1 tỷ đồng.
Tổng chi ngân sách địa phương quý I là 118.457 triệu đồng, đạt 21,6% dự toán.
Vốn xây dựng cơ bản: đã giải ngân 31,7 tỷ đồng.
Chương trình xây dựng nông thôn mới: huyện có 14/29 xã đã được công nhận đạt chuẩn; năm 2016 có 6/15 xã còn lại đăng ký về đích.
Các xã chưa đạt chuẩn bình quân đạt 14 tiêu chí/xã.
(Ảnh: Hội nghị giao ban quý I/2016)
Ban biên tập
''',
facts=[
 F('budget_revenue','level',46.82,'vnd_billion','',None,'exact','quarter',*Q1,'thu ngân sách nhà nước trên địa bàn quý I đạt 46,82 tỷ đồng'),
 F('budget_revenue','pct_of_plan',28.3,'percent','estimate',None,'exact','quarter',*Q1,'bằng 28,3% dự toán năm'),
 F('budget_revenue','change',-5.5,'percent','yoy',None,'exact','quarter',*Q1,'bằng 94,5% so với cùng kỳ năm 2015'),
 F('budget_revenue','level',39.1,'vnd_billion','',None,'exact','quarter',*Q1,'thu ngân sách địa phương hưởng 39,1 tỷ đồng'),
 F('budget_expenditure','level',118.457,'vnd_billion','',None,'exact','quarter',*Q1,'Tổng chi ngân sách địa phương quý I là 118.457 triệu đồng'),
 F('budget_expenditure','pct_of_plan',21.6,'percent','estimate',None,'exact','quarter',*Q1,'đạt 21,6% dự toán'),
 F('disbursement','level',31.7,'vnd_billion','',None,'exact','quarter',*Q1,'đã giải ngân 31,7 tỷ đồng'),
 F('ntm_communes','level',14,'count','',29,'exact','as_of','2016-04-01','2016-04-01','huyện có 14/29 xã đã được công nhận đạt chuẩn'),
],
nonfacts=['6/15 xã còn lại đăng ký về đích','bình quân đạt 14 tiêu chí/xã']))
