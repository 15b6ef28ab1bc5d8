import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import F
REPORTS = []
def P(n): return ('province', n, n)
Y20 = ('2020-01-01', '2020-12-31')
REPORTS.append(dict(file='1833_thuy-nguyen-nam-2020.txt',
url='https://thuynguyen.haiphong.gov.vn/tin-tuc/tong-ket-nam-2020',
pub='2020-12-25',
doc=('31', 'Hải Phòng', 'district', 'Thủy Nguyên', 'year', *Y20),
text='''Thủy Nguyên hoàn thành 18/19 chỉ tiêu kinh tế - xã hội năm 2020
25/12/2020 | Chuyên mục: Tin tức - Sự kiện
Kỳ họp thứ 15 HĐND huyện Thủy Nguyên khóa XIX diễn ra ngày 22-23/12. Năm 2020, tổng thu ngân sách nhà nước trên địa bàn huyện đạt 1.912,6 tỷ đồng,
bằng 83,5%/75% chỉ tiêu phấn đấu của Nghị quyết HĐND (tức vượt kế hoạch đề ra trong bối cảnh dịch bệnh), bằng 96,3% so với năm 2019.
Trong đó thu cân đối ngân sách huyện đạt 706 tỷ đồng. Tổng chi ngân sách huyện 1.540 tỷ đồng.
Giải ngân vốn đầu tư công: đạt 97,1% kế hoạch năm, trong đó vốn ngân sách huyện 412 tỷ đồng.
Nông thôn mới: 35/35 xã đạt chuẩn; huyện đã được Thủ tướng công nhận đạt chuẩn huyện NTM; 6 xã đạt chuẩn nâng cao. Huyện chọn 28 thôn làm điểm
xây dựng thôn kiểu mẫu; bình quân mỗi xã có 5 thôn văn hóa.
Ảnh: Quang cảnh kỳ họp (Ảnh: Hải Yến)
Hải Yến
''',
facts=[
 F('budget_revenue','level',1912.6,'vnd_billion','',None,'exact','year',*Y20,'tổng thu ngân sách nhà nước trên địa bàn huyện đạt 1.912,6 tỷ đồng'),
 F('budget_revenue','pct_of_plan',83.5,'percent','resolution',None,'exact','year',*Y20,'bằng 83,5%/75% chỉ tiêu phấn đấu của Nghị quyết HĐND'),
 F('budget_revenue','change',-3.7,'percent','yoy',None,'exact','year',*Y20,'bằng 96,3% so với năm 2019'),
 F('budget_revenue','level',706,'vnd_billion','',None,'exact','year',*Y20,'thu cân đối ngân sách huyện đạt 706 tỷ đồng'),
 F('budget_expenditure','level',1540,'vnd_billion','',None,'exact','year',*Y20,'Tổng chi ngân sách huyện 1.540 tỷ đồng'),
 F('disbursement','pct_of_plan',97.1,'percent','plan',None,'exact','year',*Y20,'đạt 97,1% kế hoạch năm'),
 F('ntm_communes','level',35,'count','',35,'exact','as_of','2020-12-23','2020-12-23','35/35 xã đạt chuẩn'),
 F('ntm_advanced_communes','level',6,'count','',None,'exact','as_of','2020-12-23','2020-12-23','6 xã đạt chuẩn nâng cao'),
],
nonfacts=['18/19 chỉ tiêu','75% chỉ tiêu','vốn ngân sách huyện 412 tỷ đồng','chọn 28 thôn','5 thôn văn hóa']))

Y11 = ('2025-01-01', '2025-11-30'); Q = ('2025-07-01', '2025-11-30')
REPORTS.append(dict(file='1834_xa-truong-long-tay-thang-11.txt',
url='https://truonglongtay.cantho.gov.vn/tin-tuc/giao-ban-thang-11-2025',
pub='2025-12-02',
doc=('92', 'Cần Thơ', 'commune', 'Trường Long Tây', 'ytd', *Q),
text='''UBND xã Trường Long Tây (TP Cần Thơ)
Tin tức > Kinh tế - Xã hội
Giao ban tháng 11: xã Trường Long Tây đẩy nhanh giải ngân vốn đầu tư công
02/12/2025 - 08:05
Chiều 28/11, UBND xã tổ chức giao ban tháng 11/2025. Từ ngày 1/7 đến nay, thu ngân sách trên địa bàn xã đạt 9,74 tỷ đồng, đạt 68,2% dự toán;
riêng trong tháng 11 thu 2,1 tỷ đồng. Giải ngân vốn đầu tư công mới đạt 41,5% kế hoạch (6,23/15 tỷ đồng), chậm so với yêu cầu.
Xã được hợp nhất từ 3 xã thuộc huyện Châu Thành A (tỉnh Hậu Giang cũ); trước sáp nhập, cả 3 xã đã đạt chuẩn NTM nâng cao.
Năm 2026, xã phấn đấu thu ngân sách 18 tỷ đồng và giải ngân 100% kế hoạch vốn.
Ảnh: Lãnh đạo xã kiểm tra tuyến đường giao thông nông thôn. (Ảnh: Ngọc Trâm)
Ngân hàng CSXH giải ngân 4,6 tỷ đồng cho 96 hộ vay.
Ngọc Trâm
''',
facts=[
 F('budget_revenue','level',9.74,'vnd_billion','',None,'exact','ytd',*Q,'thu ngân sách trên địa bàn xã đạt 9,74 tỷ đồng'),
 F('budget_revenue','pct_of_plan',68.2,'percent','estimate',None,'exact','ytd',*Q,'đạt 68,2% dự toán'),
 F('budget_revenue','level',2.1,'vnd_billion','',None,'exact','month','2025-11-01','2025-11-30','riêng trong tháng 11 thu 2,1 tỷ đồng'),
 F('disbursement','pct_of_plan',41.5,'percent','plan',None,'exact','ytd',*Q,'Giải ngân vốn đầu tư công mới đạt 41,5% kế hoạch'),
 F('disbursement','level',6.23,'vnd_billion','',15,'exact','ytd',*Q,'(6,23/15 tỷ đồng)'),
 F('disbursement','assessment',None,'','',None,'','ytd',*Q,'chậm so với yêu cầu',a='slow'),
],
nonfacts=['cả 3 xã đã đạt chuẩn NTM nâng cao','phấn đấu thu ngân sách 18 tỷ đồng','4,6 tỷ đồng cho 96 hộ vay']))

Y16 = ('2016-01-01', '2016-12-31')
REPORTS.append(dict(file='1835_da-nang-tong-ket-2016.txt',
url='https://danang.gov.vn/chinh-quyen/chi-tiet?id=29877',
pub='2016-12-08',
doc=('48', 'Đà Nẵng', 'province', 'Đà Nẵng', 'year', *Y16),
text='''Cổng thông tin điện tử thành phố Đà Nẵng
Chính quyền > Tin tức
ĐÀ NẴNG: THU NGÂN SÁCH NĂM 2016 ƯỚC ĐẠT 16.320 TỶ ĐỒNG
08/12/2016
Sáng 7/12, HĐND thành phố khóa IX khai mạc kỳ họp thứ 3. Theo báo cáo của UBND thành phố, tổng thu ngân sách nhà nước trên địa bàn năm 2016 ước
đạt 16.320 tỷ đồng, đạt 106,4% dự toán, tăng 19,6% so với năm 2015; trong đó thu nội địa 13.615 tỷ đồng. Chi ngân sách địa phương ước 14.120 tỷ đồng.
Giải ngân kế hoạch vốn đầu tư công đến 30/11 đạt 71,2% (4.386/6.160 tỷ đồng), chậm hơn cùng kỳ.
Về nông thôn mới, huyện Hòa Vang có 11/11 xã đạt chuẩn từ năm 2015, bình quân mỗi xã đạt 19 tiêu chí; thành phố đang hoàn thiện hồ sơ đề nghị
công nhận huyện Hòa Vang đạt chuẩn huyện NTM.
Năm 2017, thành phố phấn đấu thu ngân sách 17.800 tỷ đồng, bình quân tăng 9%/năm giai đoạn 2016-2020.
Ảnh: Toàn cảnh kỳ họp (Ảnh: Văn Tín)
Văn Tín
''',
facts=[
 F('budget_revenue','level',16320,'vnd_billion','',None,'about','year',*Y16,'đạt 16.320 tỷ đồng',hl='yes'),
 F('budget_revenue','pct_of_plan',106.4,'percent','estimate',None,'exact','year',*Y16,'đạt 106,4% dự toán',hl='yes'),
 F('budget_revenue','change',19.6,'percent','yoy',None,'exact','year',*Y16,'tăng 19,6% so với năm 2015'),
 F('domestic_revenue','level',13615,'vnd_billion','',None,'exact','year',*Y16,'trong đó thu nội địa 13.615 tỷ đồng'),
 F('budget_expenditure','level',14120,'vnd_billion','',None,'about','year',*Y16,'Chi ngân sách địa phương ước 14.120 tỷ đồng'),
 F('disbursement','pct_of_plan',71.2,'percent','plan',None,'exact','ytd','2016-01-01','2016-11-30','đến 30/11 đạt 71,2%',hl='yes'),
 F('disbursement','level',4386,'vnd_billion','',6160,'exact','ytd','2016-01-01','2016-11-30','(4.386/6.160 tỷ đồng)',hl='yes'),
 F('disbursement','assessment',None,'','',None,'','ytd','2016-01-01','2016-11-30','chậm hơn cùng kỳ',a='declining'),
 F('ntm_communes','level',11,'count','',11,'exact','as_of','2016-12-07','2016-12-07','huyện Hòa Vang có 11/11 xã đạt chuẩn',area=('district','Hòa Vang','Đà Nẵng')),
],
nonfacts=['bình quân mỗi xã đạt 19 tiêu chí','phấn đấu thu ngân sách 17.800 tỷ đồng','bình quân tăng 9%/năm']))
