import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import F
HN = ('province', 'Hà Nội', 'Hà Nội')
REPORTS = []
Y23 = ('2023-01-01', '2023-12-31')
REPORTS.append(dict(file='1801_dong-anh-thu-ngan-sach.txt',
url='https://donganh.hanoi.gov.vn/tin-tuc-su-kien/dong-anh-thu-ngan-sach-nam-2023-vuot-18-4-du-toan',
pub='2023-12-29',
doc=('01', 'Hà Nội', 'district', 'Đông Anh', 'year', *Y23),
text='''Trang chủ > Tin tức - Sự kiện > Kinh tế
ĐÔNG ANH THU NGÂN SÁCH NĂM 2023 VƯỢT 18,4% DỰ TOÁN
Cập nhật lúc 08:15 ngày 29/12/2023 | Lượt xem: 2.417
Chiều 27/12, HĐND huyện khóa XX tổ chức kỳ họp thứ mười bốn, đánh giá tình hình thực hiện nhiệm vụ
phát triển kinh tế - xã hội năm 2023, quyết định dự toán năm 2024.
Theo báo cáo của UBND huyện, tổng thu ngân sách nhà nước trên địa bàn năm 2023 ước đạt 9.846 tỷ đồng, vượt 18,4% dự toán Thành phố giao, tăng 6,2% so với năm 2022. Trong đó, thu tiền sử dụng đất đạt 6.120 tỷ đồng; thu thuế ngoài quốc doanh 1.104 tỷ đồng. Riêng thu ngân sách do huyện quản lý đạt 1.982 tỷ đồng, bằng 131% dự toán.
Tổng chi ngân sách huyện ước 4.367 tỷ đồng, đạt 96,5% dự toán.
Ảnh: Quang cảnh kỳ họp. (Ảnh: Thanh Hải)
Về đầu tư công, đến ngày 20/12, huyện đã giải ngân 2.615 tỷ đồng, đạt 87,3% kế hoạch vốn; một số dự án
giao thông lớn vẫn vướng giải phóng mặt bằng.
Trong xây dựng nông thôn mới, 23/23 xã của huyện đã đạt chuẩn NTM nâng cao, trong đó 9 xã đạt chuẩn NTM kiểu mẫu; năm 2024, huyện phấn đấu có thêm 5 xã kiểu mẫu và hoàn thành các tiêu chí lên quận.
Phát biểu chỉ đạo, đồng chí Phó Chủ tịch HĐND thành phố ghi nhận Đông Anh là một trong những địa phương đóng góp lớn cho ngân sách Thủ đô; năm 2023 toàn Thành phố thu ngân sách ước đạt 418.610 tỷ đồng, vượt 18,2% dự toán.
Năm 2024, huyện được giao dự toán thu 7.950 tỷ đồng.
Nguyễn Hằng (TTVH huyện)
Tin liên quan:
- Đông Anh tổ chức Hội nghị đối thoại với doanh nghiệp
- Trao 120 suất quà cho hộ nghèo dịp Tết
Chia sẻ | In bài
''',
facts=[
 F('budget_revenue','level',9846,'vnd_billion','',None,'about','year',*Y23,'tổng thu ngân sách nhà nước trên địa bàn năm 2023 ước đạt 9.846 tỷ đồng'),
 F('budget_revenue','pct_of_plan',118.4,'percent','estimate',None,'exact','year',*Y23,'vượt 18,4% dự toán Thành phố giao'),
 F('budget_revenue','change',6.2,'percent','yoy',None,'exact','year',*Y23,'tăng 6,2% so với năm 2022'),
 F('budget_revenue','level',1982,'vnd_billion','',None,'exact','year',*Y23,'Riêng thu ngân sách do huyện quản lý đạt 1.982 tỷ đồng'),
 F('budget_revenue','pct_of_plan',131,'percent','estimate',None,'exact','year',*Y23,'bằng 131% dự toán'),
 F('budget_expenditure','level',4367,'vnd_billion','',None,'about','year',*Y23,'Tổng chi ngân sách huyện ước 4.367 tỷ đồng'),
 F('budget_expenditure','pct_of_plan',96.5,'percent','estimate',None,'exact','year',*Y23,'đạt 96,5% dự toán'),
 F('disbursement','level',2615,'vnd_billion','',None,'exact','ytd','2023-01-01','2023-12-20','huyện đã giải ngân 2.615 tỷ đồng'),
 F('disbursement','pct_of_plan',87.3,'percent','plan',None,'exact','ytd','2023-01-01','2023-12-20','đạt 87,3% kế hoạch vốn'),
 F('ntm_advanced_communes','level',23,'count','',23,'exact','as_of','2023-12-27','2023-12-27','23/23 xã của huyện đã đạt chuẩn NTM nâng cao'),
 F('ntm_model_communes','level',9,'count','',None,'exact','as_of','2023-12-27','2023-12-27','trong đó 9 xã đạt chuẩn NTM kiểu mẫu'),
 F('budget_revenue','level',418610,'vnd_billion','',None,'about','year',*Y23,'năm 2023 toàn Thành phố thu ngân sách ước đạt 418.610 tỷ đồng',area=HN,hl='yes'),
 F('budget_revenue','pct_of_plan',118.2,'percent','estimate',None,'exact','year',*Y23,'vượt 18,2% dự toán.',area=HN,hl='yes'),
],
nonfacts=['phấn đấu có thêm 5 xã kiểu mẫu','được giao dự toán thu 7.950 tỷ đồng','thu tiền sử dụng đất đạt 6.120 tỷ đồng','thu thuế ngoài quốc doanh 1.104 tỷ đồng']))

Y21 = ('2021-01-01', '2021-12-31')
REPORTS.append(dict(file='1802_tienlang-ket-qua-ntm.txt',
url='https://tienlang.haiphong.gov.vn/tin-tuc/nong-nghiep-nong-thon/ket-qua-xay-dung-ntm-nam-nay-1024.html',
pub='2021-12-20',
doc=('31', 'Hải Phòng', 'district', 'Tiên Lãng', 'year', *Y21),
text='''Tin tức > Nông nghiệp - Nông thôn
Kết Quả Xây Dựng Nông Thôn Mới Và Thu Ngân Sách Năm Nay
Thứ hai, 20/12 | 09:42
Chiều qua, Ban Chỉ đạo các Chương trình mục tiêu quốc gia của huyện họp tổng kết công tác năm, triển khai nhiệm
vụ năm tới. Dự hội nghị có hơn 150 đại biểu là lãnh đạo các phòng, ban và 22 xã, thị trấn.
Theo báo cáo, đến nay toàn huyện có 21/22 xã đạt chuẩn nông thôn mới, còn 1 xã chưa đạt chuẩn do tiêu chí
thu nhập và môi trường; các xã bình quân đạt 18,6 tiêu chí/xã. Huyện đã đạt 8/9 tiêu chí huyện nông thôn mới,
tiêu chí còn lại là môi trường. Toàn huyện có 142/167 thôn đạt chuẩn thôn nông thôn mới và 6 xã được
công nhận xã văn hóa nông thôn mới.
Ảnh: Đồng chí Phó Chủ tịch UBND huyện phát biểu tại hội nghị. (Ảnh: Văn Tuấn)
Trong năm, thu ngân sách nhà nước trên địa bàn đạt 612 tỷ đồng, đạt 104% dự toán; thu mới (không kể tiền
sử dụng đất) đạt 187 tỷ đồng. Chi đầu tư phát triển được bố trí 430 tỷ đồng; tỷ lệ giải ngân vốn đầu tư công
đến 15/12 đạt 79,6% kế hoạch.
Năm tới, huyện đăng ký 3 xã về đích nông thôn mới nâng cao, chọn 2 xã điểm xây dựng NTM kiểu mẫu.
Ngân hàng Chính sách xã hội huyện đã giải ngân 96 tỷ đồng cho 2.300 lượt hộ vay vốn.
Phòng Nông nghiệp và PTNT
Lượt xem: 876 | Chia sẻ
''',
facts=[
 F('ntm_communes','level',21,'count','',22,'exact','as_of','2021-12-19','2021-12-19','toàn huyện có 21/22 xã đạt chuẩn nông thôn mới'),
 F('ntm_district_criteria','level',8,'count','',9,'exact','as_of','2021-12-19','2021-12-19','Huyện đã đạt 8/9 tiêu chí huyện nông thôn mới'),
 F('budget_revenue','level',612,'vnd_billion','',None,'exact','year',*Y21,'thu ngân sách nhà nước trên địa bàn đạt 612 tỷ đồng'),
 F('budget_revenue','pct_of_plan',104,'percent','estimate',None,'exact','year',*Y21,'đạt 104% dự toán'),
 F('budget_revenue','level',187,'vnd_billion','',None,'exact','year',*Y21,'thu mới (không kể tiền'),
 F('disbursement','pct_of_plan',79.6,'percent','plan',None,'exact','ytd','2021-01-01','2021-12-15','đến 15/12 đạt 79,6% kế hoạch'),
],
nonfacts=['còn 1 xã chưa đạt chuẩn','bình quân đạt 18,6 tiêu chí/xã','142/167 thôn','6 xã được','đăng ký 3 xã về đích','chọn 2 xã điểm','Chi đầu tư phát triển được bố trí 430 tỷ đồng','giải ngân 96 tỷ đồng cho 2.300 lượt hộ vay vốn','hơn 150 đại biểu']))
