import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import F
REPORTS = []
def P(n): return ('province', n, n)
Y25 = ('2025-01-01', '2025-12-31'); H2 = ('2025-07-01', '2025-12-31')
REPORTS.append(dict(file='1830_phuong-tung-thien-ky-hop-cuoi-nam.txt',
url='https://tungthien.hanoi.gov.vn/tin-tuc/ky-hop-thu-3-hdnd-phuong',
pub='2025-12-23',
doc=('01', 'Hà Nội', 'ward', 'Tùng Thiện', 'half_year', *H2),
text='''Phường Tùng Thiện - TP Hà Nội
Trang chủ > Tin tức > Hoạt động HĐND
HĐND phường Tùng Thiện tổ chức kỳ họp cuối năm 2025
23/12/2025 | 15:10
Phường Tùng Thiện được hình thành từ một phần thị xã Sơn Tây cũ. Tại kỳ họp, UBND phường báo cáo: 6 tháng cuối năm 2025, tổng thu ngân sách
nhà nước trên địa bàn phường ước đạt 164 tỷ 750 triệu đồng, bằng 127,4% dự toán; trong đó thu từ đất 98 tỷ đồng. Thu ngân sách phường
được hưởng 61,3 tỷ đồng. Chi ngân sách phường 48,92 tỷ đồng, đạt 94,1% dự toán.
Giải ngân vốn đầu tư công phường quản lý đạt 88,6% kế hoạch (tính đến 20/12).
Ảnh: Đại biểu dự kỳ họp biểu quyết thông qua dự toán năm 2026. (Ảnh: Minh Hằng)
Cả năm 2025, Hà Nội thu ngân sách ước vượt 600.000 tỷ đồng, lần đầu tiên đạt mốc này. Năm 2026, phường phấn đấu thu 290 tỷ đồng.
Minh Hằng
''',
facts=[
 F('budget_revenue','level',164.75,'vnd_billion','',None,'about','half_year',*H2,'ước đạt 164 tỷ 750 triệu đồng'),
 F('budget_revenue','pct_of_plan',127.4,'percent','estimate',None,'exact','half_year',*H2,'bằng 127,4% dự toán'),
 F('budget_revenue','level',61.3,'vnd_billion','',None,'exact','half_year',*H2,'được hưởng 61,3 tỷ đồng'),
 F('budget_expenditure','level',48.92,'vnd_billion','',None,'exact','half_year',*H2,'Chi ngân sách phường 48,92 tỷ đồng'),
 F('budget_expenditure','pct_of_plan',94.1,'percent','estimate',None,'exact','half_year',*H2,'đạt 94,1% dự toán'),
 F('disbursement','pct_of_plan',88.6,'percent','plan',None,'exact','ytd','2025-07-01','2025-12-20','Giải ngân vốn đầu tư công phường quản lý đạt 88,6% kế hoạch'),
 F('budget_revenue','level',600000,'vnd_billion','',None,'over','year',*Y25,'Hà Nội thu ngân sách ước vượt 600.000 tỷ đồng',area=P('Hà Nội'),hl='yes'),
],
nonfacts=['thu từ đất 98 tỷ đồng','phấn đấu thu 290 tỷ đồng']))

H20 = ('2020-01-01', '2020-06-30')
REPORTS.append(dict(file='1831_cam-le-so-ket-6-thang.txt',
url='https://camle.danang.gov.vn/chi-tiet?id=38812&_c=3',
pub='2020-07-10',
doc=('48', 'Đà Nẵng', 'district', 'Cẩm Lệ', 'half_year', *H20),
text='''Cẩm Lệ sơ kết công tác 6 tháng đầu năm
Tin tức - Sự kiện | Thứ Sáu, 10/07 - 08:30
Ngày 8/7, UBND quận Cẩm Lệ tổ chức hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm.
Do ảnh hưởng của dịch Covid-19, tổng thu ngân sách trên địa bàn quận 6 tháng chỉ đạt 168,9 tỷ đồng, bằng 31,7% dự toán,
giảm 22,4% so với cùng kỳ; trong đó thu mới (loại trừ tiền sử dụng đất) đạt 97,2 tỷ đồng, bằng 43% dự toán. Kết quả thu được đánh giá
là "rất thấp", nhiều khoản thu đạt dưới 30%.
Giải ngân vốn đầu tư công quận quản lý đạt 46,3% kế hoạch.
Ảnh: Quang cảnh hội nghị (Ảnh: Trung tâm VH-TT quận)
Quận đã hỗ trợ 3.120 người lao động bị ảnh hưởng bởi dịch Covid-19.
Lượt xem: 655
''',
facts=[
 F('budget_revenue','level',168.9,'vnd_billion','',None,'exact','half_year',*H20,'tổng thu ngân sách trên địa bàn quận 6 tháng chỉ đạt 168,9 tỷ đồng'),
 F('budget_revenue','pct_of_plan',31.7,'percent','estimate',None,'exact','half_year',*H20,'bằng 31,7% dự toán'),
 F('budget_revenue','change',-22.4,'percent','yoy',None,'exact','half_year',*H20,'giảm 22,4% so với cùng kỳ'),
 F('budget_revenue','level',97.2,'vnd_billion','',None,'exact','half_year',*H20,'thu mới (loại trừ tiền sử dụng đất) đạt 97,2 tỷ đồng'),
 F('budget_revenue','pct_of_plan',43,'percent','estimate',None,'exact','half_year',*H20,'bằng 43% dự toán'),
 F('budget_revenue','assessment',None,'','',None,'','half_year',*H20,'"rất thấp"',a='low'),
 F('disbursement','pct_of_plan',46.3,'percent','plan',None,'exact','half_year',*H20,'Giải ngân vốn đầu tư công quận quản lý đạt 46,3% kế hoạch'),
],
nonfacts=['3.120 người lao động','dưới 30%']))

N23 = ('2023-01-01', '2023-09-30')
REPORTS.append(dict(file='1832_gia-lam-9-thang-2023.txt',
url='https://gialam.hanoi.gov.vn/tin-tuc/9-thang-2023',
pub='2023-10-02',
doc=('01', 'Hà Nội', 'district', 'Gia Lâm', 'nine_months', *N23),
text='''GIA LÂM: THU NGÂN SÁCH 9 THÁNG ĐẠT GẦN 3 NGHÌN TỶ ĐỒNG
02/10/2023 10:00 | Kinh tế
Ngày 29/9, Huyện ủy Gia Lâm tổ chức hội nghị đánh giá kết quả 9 tháng năm 2023. Theo báo cáo, thu ngân sách nhà nước trên địa bàn
9 tháng đạt gần 2,98 nghìn tỷ đồng, bằng 68,4% dự toán Thành phố giao, bằng 75% so với cùng kỳ do thị trường bất động sản trầm lắng;
thu ngân sách cấp huyện hưởng 1.204 tỷ đồng.
Giải ngân vốn đầu tư công 9 tháng đạt 1.632,5 tỷ đồng, đạt 61,9% kế hoạch, cao hơn bình quân chung của Thành phố (toàn Thành phố đạt 52,3%).
Huyện có 20/20 xã đạt chuẩn nông thôn mới nâng cao, 8 xã đạt chuẩn kiểu mẫu; 2 xã Kim Sơn, Phú Sơn đang hoàn thiện hồ sơ xã kiểu mẫu.
Ảnh: Bí thư Huyện ủy phát biểu kết luận. (Ảnh: Phương Thảo)
Phương Thảo
''',
facts=[
 F('budget_revenue','level',2980,'vnd_billion','',None,'under','nine_months',*N23,'9 tháng đạt gần 2,98 nghìn tỷ đồng'),
 F('budget_revenue','pct_of_plan',68.4,'percent','estimate',None,'exact','nine_months',*N23,'bằng 68,4% dự toán Thành phố giao'),
 F('budget_revenue','change',-25,'percent','yoy',None,'exact','nine_months',*N23,'bằng 75% so với cùng kỳ'),
 F('budget_revenue','level',1204,'vnd_billion','',None,'exact','nine_months',*N23,'thu ngân sách cấp huyện hưởng 1.204 tỷ đồng'),
 F('disbursement','level',1632.5,'vnd_billion','',None,'exact','nine_months',*N23,'Giải ngân vốn đầu tư công 9 tháng đạt 1.632,5 tỷ đồng'),
 F('disbursement','pct_of_plan',61.9,'percent','plan',None,'exact','nine_months',*N23,'đạt 61,9% kế hoạch'),
 F('disbursement','pct_of_plan',52.3,'percent','plan',None,'exact','nine_months',*N23,'toàn Thành phố đạt 52,3%',area=P('Hà Nội'),hl='yes'),
 F('ntm_advanced_communes','level',20,'count','',20,'exact','as_of','2023-09-29','2023-09-29','Huyện có 20/20 xã đạt chuẩn nông thôn mới nâng cao'),
 F('ntm_model_communes','level',8,'count','',None,'exact','as_of','2023-09-29','2023-09-29','8 xã đạt chuẩn kiểu mẫu'),
],
nonfacts=['2 xã Kim Sơn, Phú Sơn đang hoàn thiện hồ sơ']))
