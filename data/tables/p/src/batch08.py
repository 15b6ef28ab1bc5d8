import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import F
REPORTS = []
def P(n): return ('province', n, n)
Y18 = ('2018-01-01', '2018-12-31')
REPORTS.append(dict(file='1821_can-gio-ket-qua-nam.txt',
url='https://cangio.hochiminhcity.gov.vn/tin-tuc/2018/12/ket-qua-thuc-hien-nhiem-vu-nam',
pub='',
doc=('79', 'Thành phố Hồ Chí Minh', 'district', 'Cần Giờ', 'year', *Y18),
text='''Cần Giờ: kết quả thực hiện nhiệm vụ kinh tế - xã hội năm
Tin tức - Sự kiện | Thứ Sáu | 10:20
Chia sẻ | In trang | Cỡ chữ A A
Tại hội nghị tổng kết năm, UBND huyện cho biết tổng thu ngân sách nhà nước trên địa bàn cả năm ước đạt 164,3 tỷ đồng,
đạt 38,4% dự toán do khoản thu tiền sử dụng đất từ dự án khu đô thị lấn biển chưa thực hiện được; nếu không tính tiền
sử dụng đất, thu ngân sách đạt 102,7% dự toán. Huyện xác định thu ngân sách năm nay là "đạt thấp", cần kiểm điểm rõ nguyên nhân.
Giải ngân vốn đầu tư công do huyện quản lý đạt 91,2% kế hoạch.
Về nông thôn mới, 6/6 xã của huyện giữ vững chuẩn; bình quân đạt 19/19 tiêu chí; huyện tiếp tục chọn xã Lý Nhơn để xây
dựng xã NTM nâng cao. Toàn huyện có 28 ấp, trong đó 24 ấp đạt chuẩn ấp văn hóa.
Ảnh: Nuôi hàu tại xã Thạnh An. (Ảnh: Văn Phúc)
Văn Phúc
''',
facts=[
 F('budget_revenue','level',164.3,'vnd_billion','',None,'about','year',*Y18,'cả năm ước đạt 164,3 tỷ đồng'),
 F('budget_revenue','pct_of_plan',38.4,'percent','estimate',None,'exact','year',*Y18,'đạt 38,4% dự toán'),
 F('budget_revenue','pct_of_plan',102.7,'percent','estimate',None,'exact','year',*Y18,'thu ngân sách đạt 102,7% dự toán'),
 F('budget_revenue','assessment',None,'','',None,'','year',*Y18,'"đạt thấp"',a='low'),
 F('disbursement','pct_of_plan',91.2,'percent','plan',None,'exact','year',*Y18,'Giải ngân vốn đầu tư công do huyện quản lý đạt 91,2% kế hoạch'),
 F('ntm_communes','level',6,'count','',6,'exact','as_of','2018-12-31','2018-12-31','6/6 xã của huyện giữ vững chuẩn'),
],
nonfacts=['bình quân đạt 19/19 tiêu chí','chọn xã Lý Nhơn','24 ấp đạt chuẩn ấp văn hóa']))

H22 = ('2022-01-01', '2022-06-30')
REPORTS.append(dict(file='1822_an-duong-6-thang-2022.txt',
url='https://haiphong.gov.vn/tin-tuc-su-kien/an-duong-so-ket-6-thang-2022',
pub='2022-06-27',
doc=('31', 'Hải Phòng', 'district', 'An Dương', 'half_year', *H22),
text='''Trang chủ > Tin tức - Sự kiện > Tin quận, huyện
An Dương: thu ngân sách 6 tháng đạt 61,3% dự toán
27/06/2022 07:45 | Lượt xem: 912
Ngày 24/6, UBND huyện An Dương (thành phố Hải Phòng) họp phiên thường kỳ quý II, đánh giá kết quả 6 tháng đầu năm 2022.
Theo đó, thu ngân sách nhà nước trên địa bàn huyện 6 tháng đạt 61,3% dự toán, tăng 27% so với cùng kỳ năm 2021; riêng
trong quý II thu được 486 tỷ đồng. Thu ngân sách do huyện quản lý đạt 812/1.210 tỷ đồng.
Giải ngân vốn đầu tư công đạt 44,6% kế hoạch, trong khi toàn thành phố mới đạt 32,1%.
Huyện hiện có 14/14 xã đạt chuẩn nông thôn mới; 5 xã đạt chuẩn nâng cao, 1 xã kiểu mẫu (An Đồng). Huyện đã
được công nhận huyện đạt chuẩn NTM từ năm 2019; phấn đấu năm 2022 thêm 3 xã nâng cao.
Ảnh: Quang cảnh phiên họp. (Ảnh: Minh Đức)
Minh Đức
''',
facts=[
 F('budget_revenue','pct_of_plan',61.3,'percent','estimate',None,'exact','half_year',*H22,'thu ngân sách nhà nước trên địa bàn huyện 6 tháng đạt 61,3% dự toán'),
 F('budget_revenue','change',27,'percent','yoy',None,'exact','half_year',*H22,'tăng 27% so với cùng kỳ năm 2021'),
 F('budget_revenue','level',486,'vnd_billion','',None,'exact','quarter','2022-04-01','2022-06-30','trong quý II thu được 486 tỷ đồng'),
 F('budget_revenue','level',812,'vnd_billion','',1210,'exact','half_year',*H22,'Thu ngân sách do huyện quản lý đạt 812/1.210 tỷ đồng'),
 F('disbursement','pct_of_plan',44.6,'percent','plan',None,'exact','half_year',*H22,'Giải ngân vốn đầu tư công đạt 44,6% kế hoạch'),
 F('disbursement','pct_of_plan',32.1,'percent','plan',None,'exact','half_year',*H22,'toàn thành phố mới đạt 32,1%',area=P('Hải Phòng'),hl='yes'),
 F('ntm_communes','level',14,'count','',14,'exact','as_of','2022-06-24','2022-06-24','Huyện hiện có 14/14 xã đạt chuẩn nông thôn mới'),
 F('ntm_advanced_communes','level',5,'count','',None,'exact','as_of','2022-06-24','2022-06-24','5 xã đạt chuẩn nâng cao'),
 F('ntm_model_communes','level',1,'count','',None,'exact','as_of','2022-06-24','2022-06-24','1 xã kiểu mẫu'),
],
nonfacts=['phấn đấu năm 2022 thêm 3 xã nâng cao']))

M8 = ('2024-08-01', '2024-08-31'); Y8 = ('2024-01-01', '2024-08-31')
REPORTS.append(dict(file='1823_lien-chieu-thang-8-2024.txt',
url='https://lienchieu.danang.gov.vn/chi-tiet?id=61230',
pub='2024-08-28',
doc=('48', 'Đà Nẵng', 'district', 'Liên Chiểu', 'ytd', *Y8),
text='''Liên Chiểu giao ban kinh tế - xã hội tháng 8/2024
28/08/2024 - 16:00
Chiều 27/8, UBND quận Liên Chiểu tổ chức giao ban tháng 8.
Trong tháng, thu ngân sách trên địa bàn quận đạt 42,15 tỷ đồng, tăng 8,4% so với tháng trước. Lũy kế 8 tháng đạt 456,9 tỷ đồng, bằng
63,1% dự toán HĐND quận, tăng 12,5% so cùng kỳ; trong đó thu tiền sử dụng đất đạt 214 tỷ đồng.
Giải ngân vốn đầu tư công quận quản lý mới đạt 38,7%, chậm so với tiến độ, chủ yếu do vướng mặt bằng tại các dự án
khu dân cư Hòa Hiệp Nam.
Ảnh: Chủ tịch UBND quận kết luận buổi giao ban. (Ảnh: Hoàng Hiệp)
Quận giải quyết 2.764 hồ sơ hành chính trong tháng.
Hoàng Hiệp
''',
facts=[
 F('budget_revenue','level',42.15,'vnd_billion','',None,'exact','month',*M8,'thu ngân sách trên địa bàn quận đạt 42,15 tỷ đồng'),
 F('budget_revenue','change',8.4,'percent','mom',None,'exact','month',*M8,'tăng 8,4% so với tháng trước'),
 F('budget_revenue','level',456.9,'vnd_billion','',None,'exact','ytd',*Y8,'Lũy kế 8 tháng đạt 456,9 tỷ đồng'),
 F('budget_revenue','pct_of_plan',63.1,'percent','resolution',None,'exact','ytd',*Y8,'63,1% dự toán HĐND quận'),
 F('budget_revenue','change',12.5,'percent','yoy',None,'exact','ytd',*Y8,'tăng 12,5% so cùng kỳ'),
 F('disbursement','pct_of_plan',38.7,'percent','plan',None,'exact','ytd',*Y8,'Giải ngân vốn đầu tư công quận quản lý mới đạt 38,7%'),
 F('disbursement','assessment',None,'','',None,'','ytd',*Y8,'chậm so với tiến độ',a='slow'),
],
nonfacts=['thu tiền sử dụng đất đạt 214 tỷ đồng','2.764 hồ sơ']))
