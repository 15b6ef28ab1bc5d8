import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import F
REPORTS = []
def P(n): return ('province', n, n)
N11 = ('2025-01-01', '2025-11-20')
REPORTS.append(dict(file='1824_giai-ngan-11-thang-2025-sau-sap-nhap.txt',
url='https://vneconomy.vn/giai-ngan-dau-tu-cong-11-thang-2025-cac-dia-phuong-sau-hop-nhat.htm',
pub='2025-11-24',
doc=('', '', 'national', 'Việt Nam', 'ytd', *N11),
text='''Đầu tư
Giải ngân đầu tư công sau hợp nhất: thành phố nào dẫn đầu?
24/11/2025, 07:00
Số liệu của Bộ Tài chính đến ngày 20/11/2025 cho thấy, sau gần 5 tháng vận hành mô hình 34 tỉnh, thành phố, bức tranh giải ngân
giữa các thành phố trực thuộc Trung ương có sự phân hóa rõ.
Đà Nẵng (sau hợp nhất với Quảng Nam) giải ngân được 71,6% kế hoạch, cao nhất nhóm; Hải Phòng đạt 66,3%;
Hà Nội đạt 62,8% với 51.240 tỷ đồng. TP.HCM - địa phương có kế hoạch vốn lớn nhất cả nước sau khi hợp nhất với Bình Dương và Bà Rịa - Vũng Tàu -
mới đạt 54,9%, tương ứng khoảng 86.500 tỷ đồng; Cần Thơ đạt 57,2%.
"Tiến độ như vậy là chậm so với yêu cầu giải ngân 100% trong năm", một chuyên gia nhận xét.
Ảnh: Thi công cao tốc Biên Hòa - Vũng Tàu. (Ảnh: Hà Thanh)
Hà Thanh
''',
facts=[
 F('disbursement','pct_of_plan',71.6,'percent','plan',None,'exact','ytd',*N11,'giải ngân được 71,6% kế hoạch',area=P('Đà Nẵng'),hl='yes'),
 F('disbursement','pct_of_plan',66.3,'percent','plan',None,'exact','ytd',*N11,'Hải Phòng đạt 66,3%',area=P('Hải Phòng'),hl='yes'),
 F('disbursement','pct_of_plan',62.8,'percent','plan',None,'exact','ytd',*N11,'Hà Nội đạt 62,8%',area=P('Hà Nội'),hl='yes'),
 F('disbursement','level',51240,'vnd_billion','',None,'exact','ytd',*N11,'với 51.240 tỷ đồng',area=P('Hà Nội'),hl='yes'),
 F('disbursement','pct_of_plan',54.9,'percent','plan',None,'exact','ytd',*N11,'mới đạt 54,9%',area=P('Thành phố Hồ Chí Minh'),hl='yes'),
 F('disbursement','level',86500,'vnd_billion','',None,'about','ytd',*N11,'tương ứng khoảng 86.500 tỷ đồng',area=P('Thành phố Hồ Chí Minh'),hl='yes'),
 F('disbursement','pct_of_plan',57.2,'percent','plan',None,'exact','ytd',*N11,'Cần Thơ đạt 57,2%',area=P('Cần Thơ'),hl='yes'),
],
nonfacts=['giải ngân 100% trong năm']))

T5 = ('2021-01-01', '2025-12-31')
REPORTS.append(dict(file='1825_binh-chanh-5-nam-2021-2025.txt',
url='https://binhchanh.hochiminhcity.gov.vn/tin-tuc/dai-hoi-dang-bo-huyen-nhiem-ky-2025-2030',
pub='2025-05-30',
doc=('79', 'Thành phố Hồ Chí Minh', 'district', 'Bình Chánh', 'term', *T5),
text='''TRANG CHỦ > TIN TỨC > CHÍNH TRỊ
Bình Chánh: sau 5 năm 2021-2025, thu ngân sách vượt 6% chỉ tiêu Nghị quyết
30-05-2025
Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện Bình Chánh lần thứ XII, nhiệm kỳ 2025-2030 cho biết: sau 5 năm 2021-2025,
tổng thu ngân sách nhà nước trên địa bàn ước đạt 28.460 tỷ đồng, vượt 6% chỉ tiêu Nghị quyết; bình quân tăng 9,2%/năm. Tổng chi ngân sách
huyện 5 năm khoảng 19.700 tỷ đồng. Vốn đầu tư công giải ngân cả giai đoạn trên 11.000 tỷ đồng.
Về nông thôn mới: 15/15 xã đạt chuẩn nông thôn mới nâng cao, trong đó 4 xã đạt chuẩn kiểu mẫu (Bình Lợi, Tân Nhựt, Vĩnh Lộc A, Hưng Long);
huyện đạt chuẩn huyện nông thôn mới (năm 2020) và đạt 9/9 tiêu chí huyện NTM nâng cao.
Ảnh: Đại hội đại biểu Đảng bộ huyện Bình Chánh. (Ảnh: Kim Ngân)
Kim Ngân (TTVH huyện)
''',
facts=[
 F('budget_revenue','level',28460,'vnd_billion','',None,'about','term',*T5,'tổng thu ngân sách nhà nước trên địa bàn ước đạt 28.460 tỷ đồng'),
 F('budget_revenue','pct_of_plan',106,'percent','resolution',None,'exact','term',*T5,'vượt 6% chỉ tiêu Nghị quyết;'),
 F('budget_revenue','change',9.2,'percent','annual_avg',None,'exact','term',*T5,'bình quân tăng 9,2%/năm'),
 F('budget_expenditure','level',19700,'vnd_billion','',None,'about','term',*T5,'5 năm khoảng 19.700 tỷ đồng'),
 F('disbursement','level',11000,'vnd_billion','',None,'over','term',*T5,'Vốn đầu tư công giải ngân cả giai đoạn trên 11.000 tỷ đồng'),
 F('ntm_advanced_communes','level',15,'count','',15,'exact','as_of','2025-05-30','2025-05-30','15/15 xã đạt chuẩn nông thôn mới nâng cao'),
 F('ntm_model_communes','level',4,'count','',None,'exact','as_of','2025-05-30','2025-05-30','trong đó 4 xã đạt chuẩn kiểu mẫu'),
 F('ntm_district_criteria','level',9,'count','',9,'exact','as_of','2025-05-30','2025-05-30','đạt 9/9 tiêu chí huyện NTM nâng cao'),
]))

Q3 = ('2025-07-01', '2025-09-30')
REPORTS.append(dict(file='1826_xa-tan-vinh-loc-quy-3.txt',
url='https://tanvinhloc.hochiminhcity.gov.vn/tin-tuc/so-ket-quy-iii-2025',
pub='2025-10-03',
doc=('79', 'Thành phố Hồ Chí Minh', 'commune', 'Tân Vĩnh Lộc', 'quarter', *Q3),
text='''Xã Tân Vĩnh Lộc » Tin tức sự kiện
XÃ TÂN VĨNH LỘC SƠ KẾT 3 THÁNG HOẠT ĐỘNG
Ngày 03/10/2025 | Lượt xem: 318
Sau 3 tháng đi vào hoạt động (1/7 - 30/9/2025), UBND xã Tân Vĩnh Lộc đã thu ngân sách được 57,26 tỷ đồng, đạt 24,5% dự toán năm được Thành phố giao
cho xã. Trong đó, thu lệ phí trước bạ nhà đất 21 tỷ đồng; thu thuế thu nhập cá nhân 9,8 tỷ đồng.
Chi ngân sách xã: 14.205 triệu đồng. Vốn đầu tư công do xã quản lý đã giải ngân 5,3/19,8 tỷ đồng, "còn thấp" theo đánh giá của
Đảng ủy xã.
Xã đang rà soát, xây dựng lộ trình đạt chuẩn đô thị; hiện bình quân mỗi ấp đạt 8/9 tiêu chí ấp văn minh.
Ảnh: Bộ phận một cửa xã Tân Vĩnh Lộc. (Ảnh: Thanh Tâm)
Thanh Tâm
''',
facts=[
 F('budget_revenue','level',57.26,'vnd_billion','',None,'exact','quarter',*Q3,'đã thu ngân sách được 57,26 tỷ đồng'),
 F('budget_revenue','pct_of_plan',24.5,'percent','estimate',None,'exact','quarter',*Q3,'đạt 24,5% dự toán năm'),
 F('budget_expenditure','level',14.205,'vnd_billion','',None,'exact','quarter',*Q3,'Chi ngân sách xã: 14.205 triệu đồng'),
 F('disbursement','level',5.3,'vnd_billion','',19.8,'exact','quarter',*Q3,'đã giải ngân 5,3/19,8 tỷ đồng'),
 F('disbursement','assessment',None,'','',None,'','quarter',*Q3,'"còn thấp"',a='low'),
],
nonfacts=['lệ phí trước bạ nhà đất 21 tỷ đồng','thuế thu nhập cá nhân 9,8 tỷ đồng','8/9 tiêu chí ấp văn minh']))
