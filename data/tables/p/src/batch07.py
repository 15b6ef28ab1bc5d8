import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import F
REPORTS = []
def P(n): return ('province', n, n)
Y18 = ('2018-01-01', '2018-12-31')
REPORTS.append(dict(file='1818_thu-ngan-sach-2018-cac-do-thi-lon.txt',
url='https://thoibaotaichinhvietnam.vn/thu-ngan-sach-2018-cac-do-thi-lon-20190107.html',
pub='2019-01-07',
doc=('', '', 'national', 'Việt Nam', 'year', *Y18),
text='''Tài chính > Ngân sách
Các "đầu tàu" kinh tế về đích thu ngân sách năm 2018
07/01/2019 15:45
Năm 2018, thu ngân sách nhà nước cả nước vượt dự toán; các thành phố trực thuộc Trung ương tiếp tục đóng góp lớn nhất.
TP.HCM thu ngân sách đạt 378.127 tỷ đồng, đạt 99,2% dự toán, tăng 7,1% so với năm 2017 - lần đầu tiên sau nhiều năm
không đạt dự toán. Hà Nội thu 248.880 tỷ đồng, vượt 5,6% dự toán.
Hải Phòng thu ngân sách trên địa bàn 82.300 tỷ đồng (bằng 101,8% dự toán), trong đó thu nội địa 26.950 tỷ đồng; Đà Nẵng
đạt 25.420 tỷ đồng và Cần Thơ đạt 11.205 tỷ đồng, bằng 97,4% dự toán.
Ảnh: Người nộp thuế làm thủ tục tại Cục Thuế TP.HCM. (Ảnh: Minh Khôi)
Năm 2019, TP.HCM được Quốc hội giao dự toán thu 410.000 tỷ đồng.
Minh Khôi
Tin cùng chuyên mục
''',
facts=[
 F('budget_revenue','level',378127,'vnd_billion','',None,'exact','year',*Y18,'TP.HCM thu ngân sách đạt 378.127 tỷ đồng',area=P('Thành phố Hồ Chí Minh'),hl='yes'),
 F('budget_revenue','pct_of_plan',99.2,'percent','estimate',None,'exact','year',*Y18,'đạt 99,2% dự toán',area=P('Thành phố Hồ Chí Minh'),hl='yes'),
 F('budget_revenue','change',7.1,'percent','yoy',None,'exact','year',*Y18,'tăng 7,1% so với năm 2017',area=P('Thành phố Hồ Chí Minh')),
 F('budget_revenue','level',248880,'vnd_billion','',None,'exact','year',*Y18,'Hà Nội thu 248.880 tỷ đồng',area=P('Hà Nội'),hl='yes'),
 F('budget_revenue','pct_of_plan',105.6,'percent','estimate',None,'exact','year',*Y18,'vượt 5,6% dự toán',area=P('Hà Nội'),hl='yes'),
 F('budget_revenue','level',82300,'vnd_billion','',None,'exact','year',*Y18,'Hải Phòng thu ngân sách trên địa bàn 82.300 tỷ đồng',area=P('Hải Phòng'),hl='yes'),
 F('budget_revenue','pct_of_plan',101.8,'percent','estimate',None,'exact','year',*Y18,'bằng 101,8% dự toán',area=P('Hải Phòng'),hl='yes'),
 F('domestic_revenue','level',26950,'vnd_billion','',None,'exact','year',*Y18,'trong đó thu nội địa 26.950 tỷ đồng',area=P('Hải Phòng')),
 F('budget_revenue','level',25420,'vnd_billion','',None,'exact','year',*Y18,'đạt 25.420 tỷ đồng',area=P('Đà Nẵng'),hl='yes'),
 F('budget_revenue','level',11205,'vnd_billion','',None,'exact','year',*Y18,'Cần Thơ đạt 11.205 tỷ đồng',area=P('Cần Thơ'),hl='yes'),
 F('budget_revenue','pct_of_plan',97.4,'percent','estimate',None,'exact','year',*Y18,'bằng 97,4% dự toán',area=P('Cần Thơ'),hl='yes'),
],
nonfacts=['giao dự toán thu 410.000 tỷ đồng']))

Y19 = ('2019-01-01', '2019-12-31')
REPORTS.append(dict(file='1819_son-tay-tong-ket-2019.txt',
url='https://sontay.hanoi.gov.vn/tin-tuc/tong-ket-nam-2019',
pub='2019-12-24',
doc=('01', 'Hà Nội', 'town', 'Sơn Tây', 'year', *Y19),
text='''THỊ XÃ SƠN TÂY TỔNG KẾT NHIỆM VỤ NĂM 2019
24/12/2019 - 09:05
Trang chủ > Tin tức > Tin trong thị xã
Ngày 20/12, HĐND thị xã Sơn Tây khóa XIX tổ chức kỳ họp thứ 12. Báo cáo của UBND thị xã nêu rõ: tổng thu ngân sách
nhà nước trên địa bàn năm 2019 ước đạt 1.037,6 tỷ đồng, đạt 142% dự toán Thành phố giao; trong đó thu thuế ngoài
quốc doanh 186 tỷ đồng, tiền sử dụng đất 612 tỷ đồng. Tổng chi ngân sách thị xã ước 1.154 tỷ đồng.
Vốn đầu tư công: đến 15/12 giải ngân 486,2 tỷ đồng/584 tỷ đồng kế hoạch, đạt 83,3%.
Thị xã có 6/6 xã đạt chuẩn nông thôn mới (xã Kim Sơn về đích năm 2019), tăng 1 xã so với năm 2018. Thị xã đang đề nghị
Trung ương công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới, đến nay đạt 9/9 tiêu chí.
Ảnh: Quang cảnh kỳ họp. (Ảnh: Thu Trang)
Năm 2020, thị xã phấn đấu thu ngân sách 1.100 tỷ đồng.
Thu Trang
''',
facts=[
 F('budget_revenue','level',1037.6,'vnd_billion','',None,'about','year',*Y19,'nhà nước trên địa bàn năm 2019 ước đạt 1.037,6 tỷ đồng'),
 F('budget_revenue','pct_of_plan',142,'percent','estimate',None,'exact','year',*Y19,'đạt 142% dự toán Thành phố giao'),
 F('budget_expenditure','level',1154,'vnd_billion','',None,'about','year',*Y19,'Tổng chi ngân sách thị xã ước 1.154 tỷ đồng'),
 F('disbursement','level',486.2,'vnd_billion','',584,'exact','ytd','2019-01-01','2019-12-15','giải ngân 486,2 tỷ đồng/584 tỷ đồng kế hoạch'),
 F('disbursement','pct_of_plan',83.3,'percent','plan',None,'exact','ytd','2019-01-01','2019-12-15','đạt 83,3%'),
 F('ntm_communes','level',6,'count','',6,'exact','as_of','2019-12-20','2019-12-20','Thị xã có 6/6 xã đạt chuẩn nông thôn mới'),
 F('ntm_district_criteria','level',9,'count','',9,'exact','as_of','2019-12-20','2019-12-20','đạt 9/9 tiêu chí'),
],
nonfacts=['tăng 1 xã so với năm 2018','phấn đấu thu ngân sách 1.100 tỷ đồng','tiền sử dụng đất 612 tỷ đồng']))

Y25 = ('2025-01-01', '2025-12-31'); H2 = ('2025-07-01', '2025-12-31')
REPORTS.append(dict(file='1820_xa-ba-na-6-thang-cuoi-2025.txt',
url='https://bana.danang.gov.vn/tin-tuc/ket-qua-6-thang-cuoi-nam-2025',
pub='2025-12-19',
doc=('48', 'Đà Nẵng', 'commune', 'Bà Nà', 'half_year', *H2),
text='''UBND XÃ BÀ NÀ - THÀNH PHỐ ĐÀ NẴNG
Tin tức > Kinh tế - Xã hội
Xã Bà Nà: 6 tháng vận hành chính quyền 2 cấp
19/12/2025
Xã Bà Nà được thành lập trên cơ sở hợp nhất các xã Hòa Ninh, Hòa Phú, Hòa Sơn (huyện Hòa Vang cũ), đã đạt chuẩn nông thôn mới
nâng cao trước khi sáp nhập. Từ 1/7 đến nay, thu ngân sách trên địa bàn xã ước đạt 26,4 tỷ đồng, bằng 112% dự toán
6 tháng; thu ngân sách xã hưởng 14,9 tỷ đồng. Giải ngân các dự án do xã làm chủ đầu tư đạt 18.620 triệu đồng, bằng 77,5% kế hoạch.
Ảnh: Khu du lịch Bà Nà Hills thu hút hơn 1,2 triệu lượt khách trong 6 tháng. (Ảnh: Trà My)
Xã có 3 thôn được công nhận thôn nông thôn mới kiểu mẫu; năm 2026 phấn đấu thêm 4 thôn.
Hội nghị có 120 đại biểu, cán bộ, đảng viên tham dự.
Trà My (Trung tâm Dịch vụ tổng hợp xã)
''',
facts=[
 F('budget_revenue','level',26.4,'vnd_billion','',None,'about','half_year',*H2,'thu ngân sách trên địa bàn xã ước đạt 26,4 tỷ đồng'),
 F('budget_revenue','pct_of_plan',112,'percent','estimate',None,'exact','half_year',*H2,'bằng 112% dự toán'),
 F('budget_revenue','level',14.9,'vnd_billion','',None,'exact','half_year',*H2,'thu ngân sách xã hưởng 14,9 tỷ đồng'),
 F('disbursement','level',18.62,'vnd_billion','',None,'exact','half_year',*H2,'Giải ngân các dự án do xã làm chủ đầu tư đạt 18.620 triệu đồng'),
 F('disbursement','pct_of_plan',77.5,'percent','plan',None,'exact','half_year',*H2,'bằng 77,5% kế hoạch'),
],
nonfacts=['3 thôn được công nhận thôn nông thôn mới kiểu mẫu','thêm 4 thôn','120 đại biểu','1,2 triệu lượt khách']))
