import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import F
REPORTS = []
def P(n): return ('province', n, n)
Y10 = ('2025-01-01', '2025-10-31')
REPORTS.append(dict(file='1809_xa-trung-gia-10-thang.txt',
url='https://trunggia.hanoi.gov.vn/tin-tuc/kinh-te-xa-hoi-10-thang-2025',
pub='2025-11-05',
doc=('01', 'Hà Nội', 'commune', 'Trung Giã', 'ytd', *Y10),
text='''Xã Trung Giã - Thành phố Hà Nội
Trang chủ > Tin tức > Hoạt động của xã
Xã Trung Giã: kinh tế - xã hội 10 tháng năm 2025 duy trì ổn định
05/11/2025 - 14:30
Ngày 3/11, UBND xã Trung Giã tổ chức hội nghị giao ban đánh giá kết quả 10 tháng, nhiệm vụ 2 tháng cuối năm.
Xã Trung Giã được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp 4 xã cũ thuộc huyện Sóc Sơn trước đây.
Tổng thu ngân sách trên địa bàn xã 10 tháng đạt 47,8 tỉ đồng, bằng 86,9% dự toán, trong đó thu tiền sử dụng đất
31,2 tỉ đồng. Thu ngân sách xã được hưởng theo phân cấp đạt 29,65 tỉ đồng.
Công tác giải ngân vốn đầu tư công đạt 63% kế hoạch; 2 công trình trường học đã bàn giao đưa vào sử dụng.
Toàn xã hiện có 27/31 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu; 4 thôn còn lại đăng ký hoàn thành trong năm 2026.
Ảnh: Lãnh đạo xã kiểm tra tiến độ xây dựng Trường Tiểu học Trung Giã. (Ảnh: Hà Linh)
Ngân hàng CSXH cho 312 lượt hộ vay với số tiền 18,7 tỉ đồng.
Hà Linh (Đài truyền thanh xã)
''',
facts=[
 F('budget_revenue','level',47.8,'vnd_billion','',None,'exact','ytd',*Y10,'Tổng thu ngân sách trên địa bàn xã 10 tháng đạt 47,8 tỉ đồng'),
 F('budget_revenue','pct_of_plan',86.9,'percent','estimate',None,'exact','ytd',*Y10,'bằng 86,9% dự toán'),
 F('budget_revenue','level',29.65,'vnd_billion','',None,'exact','ytd',*Y10,'Thu ngân sách xã được hưởng theo phân cấp đạt 29,65 tỉ đồng'),
 F('disbursement','pct_of_plan',63,'percent','plan',None,'exact','ytd',*Y10,'Công tác giải ngân vốn đầu tư công đạt 63% kế hoạch'),
],
nonfacts=['27/31 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu','4 thôn còn lại','312 lượt hộ vay','thu tiền sử dụng đất\n31,2 tỉ đồng']))

R10 = ('2025-01-01', '2025-10-31'); M10 = ('2025-10-01', '2025-10-31')
REPORTS.append(dict(file='1810_hai-phong-thang-10-2025.txt',
url='https://haiphong.gov.vn/tin-tuc-su-kien/thu-ngan-sach-10-thang-2025',
pub='2025-10-29',
doc=('31', 'Hải Phòng', 'province', 'Hải Phòng', 'ytd', *R10),
text='''TIN TỨC - SỰ KIỆN
Hải Phòng: Thu ngân sách 10 tháng ước đạt 104.620 tỷ đồng
Cập nhật: 29/10/2025 08:00
Lượt xem: 4.110
(Cổng TTĐT) - Chiều 28/10, UBND thành phố họp phiên thường kỳ tháng 10/2025, phiên họp đầu tiên sau khi
thành phố mới (hợp nhất Hải Phòng và Hải Dương) hoàn tất kiện toàn bộ máy.
Theo báo cáo, tổng thu ngân sách nhà nước trên địa bàn 10 tháng ước đạt 104.620 tỷ đồng, đạt 88,4% dự toán
năm, tăng 24,7% so với cùng kỳ; trong đó thu nội địa ước 62.350 tỷ đồng, thu từ hoạt động xuất nhập khẩu 41.900 tỷ đồng.
Riêng trong tháng 10, thu ngân sách ước 9.870 tỷ đồng.
Giải ngân vốn đầu tư công đến ngày 24/10 đạt 21.346 tỷ đồng, bằng 58,2% kế hoạch, cao hơn bình quân cả nước.
Một số phường, xã giải ngân còn thấp như phường Chí Linh (31,5%), xã Nguyên Giáp (27,4%).
Ảnh: Toàn cảnh phiên họp. (Ảnh: Đức Anh)
Thành phố phấn đấu cả năm thu ngân sách trên 130.000 tỷ đồng và giải ngân 100% kế hoạch vốn.
Đức Anh
''',
facts=[
 F('budget_revenue','level',104620,'vnd_billion','',None,'about','ytd',*R10,'tổng thu ngân sách nhà nước trên địa bàn 10 tháng ước đạt 104.620 tỷ đồng',hl='yes'),
 F('budget_revenue','pct_of_plan',88.4,'percent','estimate',None,'exact','ytd',*R10,'đạt 88,4% dự toán',hl='yes'),
 F('budget_revenue','change',24.7,'percent','yoy',None,'exact','ytd',*R10,'tăng 24,7% so với cùng kỳ'),
 F('domestic_revenue','level',62350,'vnd_billion','',None,'about','ytd',*R10,'trong đó thu nội địa ước 62.350 tỷ đồng'),
 F('budget_revenue','level',9870,'vnd_billion','',None,'about','month',*M10,'Riêng trong tháng 10, thu ngân sách ước 9.870 tỷ đồng'),
 F('disbursement','level',21346,'vnd_billion','',None,'exact','ytd','2025-01-01','2025-10-24','Giải ngân vốn đầu tư công đến ngày 24/10 đạt 21.346 tỷ đồng',hl='yes'),
 F('disbursement','pct_of_plan',58.2,'percent','plan',None,'exact','ytd','2025-01-01','2025-10-24','bằng 58,2% kế hoạch',hl='yes'),
 F('disbursement','pct_of_plan',31.5,'percent','plan',None,'exact','ytd','2025-01-01','2025-10-24','phường Chí Linh (31,5%)',area=('ward','Chí Linh','Hải Phòng')),
 F('disbursement','pct_of_plan',27.4,'percent','plan',None,'exact','ytd','2025-01-01','2025-10-24','xã Nguyên Giáp (27,4%)',area=('commune','Nguyên Giáp','Hải Phòng')),
 F('disbursement','assessment',None,'','',None,'','ytd','2025-01-01','2025-10-24','giải ngân còn thấp',area=('ward','Chí Linh','Hải Phòng'),a='low'),
],
nonfacts=['phấn đấu cả năm thu ngân sách trên 130.000 tỷ đồng','thu từ hoạt động xuất nhập khẩu 41.900 tỷ đồng']))

Y25 = ('2025-01-01', '2025-12-31'); H2 = ('2025-07-01', '2025-12-31')
REPORTS.append(dict(file='1811_phuong-bay-hien-tong-ket-2025.txt',
url='https://bayhien.hochiminhcity.gov.vn/tin-tuc/tong-ket-nam-2025',
pub='2025-12-26',
doc=('79', 'Thành phố Hồ Chí Minh', 'ward', 'Bảy Hiền', 'half_year', *H2),
text='''Phường Bảy Hiền » Tin tức » Kinh tế
PHƯỜNG BẢY HIỀN TỔNG KẾT NĂM 2025: THU NGÂN SÁCH VƯỢT DỰ TOÁN
26/12/2025
Chiều 24/12, HĐND phường Bảy Hiền khóa I tổ chức kỳ họp thứ ba. Phường Bảy Hiền được thành lập từ phường 10,
11, 12 (quận Tân Bình cũ), có 128 khu phố.
Theo báo cáo của UBND phường, từ khi vận hành chính quyền 2 cấp (1/7/2025) đến hết năm, thu ngân sách nhà nước
trên địa bàn ước đạt 412,5 tỷ đồng, vượt 6,3% dự toán Thành phố giao; trong đó thu thuế từ khu vực công thương
nghiệp ngoài quốc doanh 198 tỷ đồng, lệ phí trước bạ 64 tỷ đồng.
Chi ngân sách phường 6 tháng cuối năm ước 36.840 triệu đồng.
Ảnh: Đại biểu HĐND phường biểu quyết thông qua nghị quyết. (Ảnh: Ngọc Hân)
Cả năm 2025, Thành phố Hồ Chí Minh (mới) ước thu ngân sách 735.000 tỷ đồng, bằng 117% dự toán, tăng 18,2% so với
năm 2024 - mức cao nhất từ trước đến nay.
Năm 2026, phường được giao dự toán thu 880 tỷ đồng.
Ngọc Hân
Tin cùng chuyên mục
''',
facts=[
 F('budget_revenue','level',412.5,'vnd_billion','',None,'about','half_year',*H2,'trên địa bàn ước đạt 412,5 tỷ đồng'),
 F('budget_revenue','pct_of_plan',106.3,'percent','estimate',None,'exact','half_year',*H2,'vượt 6,3% dự toán Thành phố giao'),
 F('budget_expenditure','level',36.84,'vnd_billion','',None,'about','half_year',*H2,'Chi ngân sách phường 6 tháng cuối năm ước 36.840 triệu đồng'),
 F('budget_revenue','level',735000,'vnd_billion','',None,'about','year',*Y25,'ước thu ngân sách 735.000 tỷ đồng',area=P('Thành phố Hồ Chí Minh'),hl='yes'),
 F('budget_revenue','pct_of_plan',117,'percent','estimate',None,'exact','year',*Y25,'bằng 117% dự toán',area=P('Thành phố Hồ Chí Minh'),hl='yes'),
 F('budget_revenue','change',18.2,'percent','yoy',None,'exact','year',*Y25,'tăng 18,2% so với',area=P('Thành phố Hồ Chí Minh')),
],
nonfacts=['198 tỷ đồng','lệ phí trước bạ 64 tỷ đồng','được giao dự toán thu 880 tỷ đồng','128 khu phố']))
