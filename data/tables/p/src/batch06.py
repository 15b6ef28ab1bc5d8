import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import F
REPORTS = []
def P(n): return ('province', n, n)
N20 = ('2020-01-01', '2020-09-30')
REPORTS.append(dict(file='1815_thoi-lai-9-thang-2020.txt',
url='https://thoilai.cantho.gov.vn/tin-tuc/9-thang-2020',
pub='2020-10-02',
doc=('92', 'Cần Thơ', 'district', 'Thới Lai', 'nine_months', *N20),
text='''Thới Lai giải ngân vốn đầu tư công 9 tháng đạt 71,4%
Đăng ngày: 02/10/2020 - Người đăng: Quốc Việt
Sáng 30/9, UBND huyện Thới Lai họp đánh giá tình hình kinh tế - xã hội 9 tháng năm 2020.
Tổng vốn đầu tư công năm 2020 huyện được phân bổ 312,5 tỷ đồng; đến hết tháng 9,
đã giải ngân 223 tỷ 150 triệu đồng, đạt 71,4% kế hoạch, cao hơn mức chung của thành phố (toàn thành phố Cần Thơ
giải ngân được 58,3% kế hoạch vốn).
Thu ngân sách nhà nước trên địa bàn 9 tháng đạt 97,45 tỉ đồng, đạt 76,1% dự toán; do ảnh hưởng dịch
Covid-19 nên giảm 3,2% so với cùng kỳ.
Về nông thôn mới, đến nay huyện có 11/12 xã đạt chuẩn (xã Trường Xuân A đang hoàn thiện hồ sơ), trong đó 2 xã đạt chuẩn nâng cao.
Huyện chọn 2 xã điểm xây dựng nông thôn mới kiểu mẫu, và có 46 ấp đạt chuẩn ấp nông thôn mới.
Ảnh: Lãnh đạo huyện kiểm tra công trình cầu Trường Thành. (Ảnh: Q.V)
Tin liên quan:
- Thới Lai tổ chức Đại hội Đảng bộ huyện lần thứ XII
''',
facts=[
 F('disbursement','level',223.15,'vnd_billion','',None,'exact','nine_months',*N20,'đã giải ngân 223 tỷ 150 triệu đồng'),
 F('disbursement','pct_of_plan',71.4,'percent','plan',None,'exact','nine_months',*N20,'đạt 71,4% kế hoạch'),
 F('disbursement','pct_of_plan',58.3,'percent','plan',None,'exact','nine_months',*N20,'giải ngân được 58,3% kế hoạch vốn',area=P('Cần Thơ'),hl='yes'),
 F('budget_revenue','level',97.45,'vnd_billion','',None,'exact','nine_months',*N20,'Thu ngân sách nhà nước trên địa bàn 9 tháng đạt 97,45 tỉ đồng'),
 F('budget_revenue','pct_of_plan',76.1,'percent','estimate',None,'exact','nine_months',*N20,'đạt 76,1% dự toán'),
 F('budget_revenue','change',-3.2,'percent','yoy',None,'exact','nine_months',*N20,'giảm 3,2% so với cùng kỳ'),
 F('ntm_communes','level',11,'count','',12,'exact','as_of','2020-09-30','2020-09-30','huyện có 11/12 xã đạt chuẩn'),
 F('ntm_advanced_communes','level',2,'count','',None,'exact','as_of','2020-09-30','2020-09-30','trong đó 2 xã đạt chuẩn nâng cao'),
],
nonfacts=['được phân bổ 312,5 tỷ đồng','chọn 2 xã điểm','46 ấp đạt chuẩn ấp nông thôn mới']))

Y23 = ('2023-01-01', '2023-12-31')
REPORTS.append(dict(file='1816_quan-thu-ngan-sach-2023.txt',
url='https://hoangmai.hanoi.gov.vn/tin-tuc-su-kien/quan-hoan-thanh-vuot-muc-du-toan-thu-ngan-sach-2023',
pub='2023-12-15',
doc=('01', 'Hà Nội', 'district', 'Hoàng Mai', 'year', *Y23),
text='''Tin tức - Sự kiện
Quận hoàn thành vượt mức dự toán thu ngân sách năm 2023
15/12/2023 | Lượt xem: 1.562
Tại kỳ họp thứ 13 HĐND quận khóa VI, UBND quận báo cáo tổng thu ngân sách nhà nước trên địa bàn năm 2023 ước
đạt 5.214 tỷ đồng, bằng 112,8% dự toán Thành phố giao và bằng 104,3% dự toán HĐND quận giao, tăng 8,9% so với năm 2022.
Trong đó: thu thuế, phí, lệ phí ước 2.988 tỷ đồng; thu tiền sử dụng đất 1.870 tỷ đồng; thu ngân sách quận được hưởng
theo phân cấp 2.046 tỷ đồng.
Chi ngân sách quận ước thực hiện 2.315 tỷ đồng, đạt 91% dự toán.
Giải ngân vốn đầu tư công của quận đến 30/11 đạt 1.032/1.488 tỷ đồng.
Ảnh: Các đại biểu dự kỳ họp. (Ảnh: Hải Đăng)
Năm 2024 quận phấn đấu thu ngân sách 5.600 tỷ đồng, bình quân tăng 10%/năm giai đoạn 2024-2025.
Hải Đăng - Trung tâm VHTT&TT quận
''',
facts=[
 F('budget_revenue','level',5214,'vnd_billion','',None,'about','year',*Y23,'đạt 5.214 tỷ đồng'),
 F('budget_revenue','pct_of_plan',112.8,'percent','estimate',None,'exact','year',*Y23,'bằng 112,8% dự toán Thành phố giao'),
 F('budget_revenue','pct_of_plan',104.3,'percent','resolution',None,'exact','year',*Y23,'bằng 104,3% dự toán HĐND quận giao'),
 F('budget_revenue','change',8.9,'percent','yoy',None,'exact','year',*Y23,'tăng 8,9% so với năm 2022'),
 F('budget_revenue','level',2046,'vnd_billion','',None,'exact','year',*Y23,'thu ngân sách quận được hưởng'),
 F('budget_expenditure','level',2315,'vnd_billion','',None,'about','year',*Y23,'Chi ngân sách quận ước thực hiện 2.315 tỷ đồng'),
 F('budget_expenditure','pct_of_plan',91,'percent','estimate',None,'exact','year',*Y23,'đạt 91% dự toán'),
 F('disbursement','level',1032,'vnd_billion','',1488,'exact','ytd','2023-01-01','2023-11-30','đến 30/11 đạt 1.032/1.488 tỷ đồng'),
],
nonfacts=['thu thuế, phí, lệ phí ước 2.988 tỷ đồng','thu tiền sử dụng đất 1.870 tỷ đồng','phấn đấu thu ngân sách 5.600 tỷ đồng','bình quân tăng 10%/năm']))

T3 = ('2021-01-01', '2023-12-31')
REPORTS.append(dict(file='1817_o-mon-3-nam-dau-tu-cong.txt',
url='https://omon.cantho.gov.vn/tin-tuc/3-nam-thuc-hien-nghi-quyet',
pub='2023-12-08',
doc=('92', 'Cần Thơ', 'district', 'Ô Môn', 'term', *T3),
text='''Trang chủ > Tin tức > Chính trị
Ô MÔN: 3 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI, GIẢI NGÂN HƠN 1.200 TỶ ĐỒNG
08/12/2023
Ngày 6/12, Quận ủy Ô Môn tổ chức hội nghị đánh giá 3 năm thực hiện Nghị quyết Đại hội Đảng bộ quận lần thứ XIII.
Theo báo cáo, 3 năm qua (2021-2023), tổng vốn đầu tư công giải ngân trên địa bàn quận đạt hơn 1.200 tỷ đồng; tổng thu
ngân sách nhà nước trên địa bàn đạt 1.486 tỷ đồng, bình quân tăng 7,4%/năm, đạt 82% chỉ tiêu nghị quyết cả nhiệm kỳ.
Riêng năm 2023, thu ngân sách ước 532 tỷ đồng.
Ảnh: Đồng chí Bí thư Quận ủy phát biểu. (Ảnh: Tường Vi)
Theo Bí thư Quận ủy, tiến độ giải ngân các dự án trọng điểm như Trung tâm Điện lực Ô Môn vẫn còn chậm.
Chỉ tiêu kết nạp đảng viên mới 3 năm đạt 612 đồng chí, vượt nghị quyết.
Tường Vi
Lượt xem: 744
''',
facts=[
 F('disbursement','level',1200,'vnd_billion','',None,'over','term',*T3,'tổng vốn đầu tư công giải ngân trên địa bàn quận đạt hơn 1.200 tỷ đồng'),
 F('budget_revenue','level',1486,'vnd_billion','',None,'exact','term',*T3,'ngân sách nhà nước trên địa bàn đạt 1.486 tỷ đồng'),
 F('budget_revenue','change',7.4,'percent','annual_avg',None,'exact','term',*T3,'bình quân tăng 7,4%/năm'),
 F('budget_revenue','pct_of_plan',82,'percent','resolution',None,'exact','term',*T3,'đạt 82% chỉ tiêu nghị quyết cả nhiệm kỳ'),
 F('budget_revenue','level',532,'vnd_billion','',None,'about','year','2023-01-01','2023-12-31','Riêng năm 2023, thu ngân sách ước 532 tỷ đồng'),
 F('disbursement','assessment',None,'','',None,'','term',*T3,'vẫn còn chậm',a='slow'),
],
nonfacts=['612 đồng chí']))
