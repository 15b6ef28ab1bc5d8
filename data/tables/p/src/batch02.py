import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import F
REPORTS = []
H24 = ('2024-01-01', '2024-06-30')
def P(n): return ('province', n, n)
REPORTS.append(dict(file='1803_giai-ngan-6-thang-cac-thanh-pho.txt',
url='https://baodautu.vn/giai-ngan-von-dau-tu-cong-6-thang-cac-thanh-pho-lon-van-cham-d21874.html',
pub='2024-07-08',
doc=('', '', 'national', 'Việt Nam', 'half_year', *H24),
text='''Đầu tư > Đầu tư công
Giải ngân vốn đầu tư công 6 tháng: các thành phố lớn vẫn "chậm chân"
08/07/2024 06:30 GMT+7
Theo số liệu Bộ Tài chính vừa công bố, lũy kế giải ngân vốn đầu tư công 6 tháng đầu năm 2024 của cả nước đạt
khoảng 29,4% kế hoạch Thủ tướng giao. Đáng chú ý, nhóm 5 thành phố trực thuộc Trung ương - nơi có kế hoạch
vốn lớn nhất - phần lớn giải ngân dưới mức bình quân.
Cụ thể, TP.HCM mới giải ngân 12.186 tỷ đồng, đạt 15,8% kế hoạch; Hà Nội đạt 31,2%; Hải Phòng khá hơn với 42,6%.
Trong khi đó, Đà Nẵng đạt 25,1%, còn Cần Thơ chỉ đạt 18,9%, thuộc nhóm thấp nhất vùng Đồng bằng sông Cửu Long.
Ảnh: Công trường dự án vành đai 3 đoạn qua TP.HCM. (Ảnh: Lê Toàn)
Lãnh đạo Sở Kế hoạch và Đầu tư TP.HCM cho biết thành phố phấn đấu giải ngân trên 95% kế hoạch vốn trong năm.
Theo chuyên gia, tiến độ giải ngân chậm chủ yếu do vướng mặt bằng, thủ tục điều chỉnh dự án.
Thanh Nguyên
Bài viết cùng chuyên mục:
- Quý III sẽ "bơm" thêm 120.000 tỷ đồng vốn đầu tư công?
- Xuất khẩu nông sản 6 tháng đạt kỷ lục
''',
facts=[
 F('disbursement','level',12186,'vnd_billion','',None,'exact','half_year',*H24,'TP.HCM mới giải ngân 12.186 tỷ đồng',area=P('Thành phố Hồ Chí Minh'),hl='yes'),
 F('disbursement','pct_of_plan',15.8,'percent','plan',None,'exact','half_year',*H24,'đạt 15,8% kế hoạch',area=P('Thành phố Hồ Chí Minh'),hl='yes'),
 F('disbursement','pct_of_plan',31.2,'percent','plan',None,'exact','half_year',*H24,'Hà Nội đạt 31,2%',area=P('Hà Nội'),hl='yes'),
 F('disbursement','pct_of_plan',42.6,'percent','plan',None,'exact','half_year',*H24,'Hải Phòng khá hơn với 42,6%',area=P('Hải Phòng'),hl='yes'),
 F('disbursement','pct_of_plan',25.1,'percent','plan',None,'exact','half_year',*H24,'Đà Nẵng đạt 25,1%',area=P('Đà Nẵng'),hl='yes'),
 F('disbursement','pct_of_plan',18.9,'percent','plan',None,'exact','half_year',*H24,'Cần Thơ chỉ đạt 18,9%',area=P('Cần Thơ'),hl='yes'),
 F('disbursement','assessment',None,'','',None,'','half_year',*H24,'phần lớn giải ngân dưới mức bình quân',area=P('Thành phố Hồ Chí Minh'),a='low'),
],
nonfacts=['khoảng 29,4% kế hoạch Thủ tướng giao','phấn đấu giải ngân trên 95% kế hoạch vốn','120.000 tỷ đồng']))

Q3 = ('2025-07-01', '2025-09-30'); N9 = ('2025-01-01', '2025-09-30')
REPORTS.append(dict(file='1804_hoi-an-tay-quy-iii.txt',
url='https://hoiantay.danang.gov.vn/tin-tuc/so-ket-quy-iii-2025',
pub='2025-10-06',
doc=('48', 'Đà Nẵng', 'ward', 'Hội An Tây', 'quarter', *Q3),
text='''Trang chủ » Tin hoạt động » Kinh tế
Phường Hội An Tây sơ kết hoạt động quý III/2025
06-10-2025
Sáng 4/10, Đảng ủy - HĐND - UBND phường Hội An Tây (TP Đà Nẵng) tổ chức hội nghị sơ kết quý III, đánh giá
3 tháng vận hành chính quyền địa phương 2 cấp. Hội nghị có 85 đại biểu tham dự.
Từ ngày 1/7 đến 30/9, thu ngân sách trên địa bàn phường đạt 38,6 tỷ đồng (đạt 71,2% dự toán được giao cho
6 tháng cuối năm), trong đó thu thuế phí 12,4 tỷ đồng. Chi ngân sách phường 21.370 triệu đồng.
Các dự án đầu tư công do phường làm chủ đầu tư đã giải ngân 9,15 tỷ/22,7 tỷ đồng kế hoạch vốn, tỷ lệ 40,3%,
còn chậm so với yêu cầu.
Ảnh: Quang cảnh hội nghị. (Ảnh: Minh Quân)
Thông tin tại hội nghị, toàn thành phố Đà Nẵng 9 tháng năm 2025 thu ngân sách ước đạt 37.450 tỷ đồng, đạt 81,7%
dự toán; phường phấn đấu cả năm thu 55 tỷ đồng.
Phường cũng đã giải quyết 3.412 hồ sơ thủ tục hành chính, 98% đúng hạn.
Bảo Ngọc
Chia sẻ: Facebook | Zalo
''',
facts=[
 F('budget_revenue','level',38.6,'vnd_billion','',None,'exact','quarter',*Q3,'thu ngân sách trên địa bàn phường đạt 38,6 tỷ đồng'),
 F('budget_revenue','pct_of_plan',71.2,'percent','estimate',None,'exact','quarter',*Q3,'đạt 71,2% dự toán được giao cho'),
 F('budget_expenditure','level',21.37,'vnd_billion','',None,'exact','quarter',*Q3,'Chi ngân sách phường 21.370 triệu đồng'),
 F('disbursement','level',9.15,'vnd_billion','',22.7,'exact','quarter',*Q3,'đã giải ngân 9,15 tỷ/22,7 tỷ đồng kế hoạch vốn'),
 F('disbursement','pct_of_plan',40.3,'percent','plan',None,'exact','quarter',*Q3,'tỷ lệ 40,3%'),
 F('disbursement','assessment',None,'','',None,'','quarter',*Q3,'còn chậm so với yêu cầu',a='slow'),
 F('budget_revenue','level',37450,'vnd_billion','',None,'about','nine_months',*N9,'9 tháng năm 2025 thu ngân sách ước đạt 37.450 tỷ đồng',area=('province','Đà Nẵng','Đà Nẵng'),hl='yes'),
 F('budget_revenue','pct_of_plan',81.7,'percent','estimate',None,'exact','nine_months',*N9,'đạt 81,7%',area=('province','Đà Nẵng','Đà Nẵng'),hl='yes'),
],
nonfacts=['thu thuế phí 12,4 tỷ đồng','phấn đấu cả năm thu 55 tỷ đồng','85 đại biểu']))

T = ('2016-01-01', '2020-12-31')
REPORTS.append(dict(file='1805_cu-chi-tong-ket-2016-2020.txt',
url='https://baotintuc.vn/thoi-su/cu-chi-sau-5-nam-20201228.htm',
pub='2020-12-28',
doc=('79', 'Thành phố Hồ Chí Minh', 'district', 'Củ Chi', 'term', *T),
text='''Thời sự | Địa phương
Củ Chi: 5 năm, thu ngân sách bình quân tăng 11,3%/năm
Thứ Hai, 28/12/2020 - 10:05
Huyện Củ Chi (TP Hồ Chí Minh) vừa tổng kết giai đoạn 2016 - 2020 thực hiện các chương trình kinh tế - xã hội.
Theo đó, tổng thu ngân sách nhà nước trên địa bàn huyện giai đoạn 2016 – 2020 đạt 9.870 tỷ đồng, bình quân tăng 11,3%/năm;
tổng vốn đầu tư công trên địa bàn được giải ngân trong 5 năm đạt 6.425 tỷ đồng.
Về nông thôn mới, đến cuối năm 2020, 20/20 xã của huyện duy trì đạt chuẩn nông thôn mới, trong đó 7 xã đạt chuẩn nông thôn mới nâng cao;
huyện đạt chuẩn huyện nông thôn mới từ năm 2019. Thu nhập bình quân đầu người ở khu vực nông thôn đạt 64,2 triệu đồng/năm.
"Giai đoạn tới, huyện phấn đấu 100% xã đạt chuẩn nâng cao và 4 xã kiểu mẫu", Chủ tịch UBND huyện cho biết.
Ảnh: Đường giao thông nông thôn tại xã Phước Thạnh. (Ảnh: Hữu Phước - TTXVN)
Đến nay, huyện có 242 ấp đạt chuẩn ấp văn hóa, 16 xã đạt chuẩn "xã văn hóa nông thôn mới".
Hữu Phước - TTXVN
''',
facts=[
 F('budget_revenue','level',9870,'vnd_billion','',None,'exact','term',*T,'tổng thu ngân sách nhà nước trên địa bàn huyện giai đoạn 2016 – 2020 đạt 9.870 tỷ đồng'),
 F('budget_revenue','change',11.3,'percent','annual_avg',None,'exact','term',*T,'bình quân tăng 11,3%/năm;'),
 F('disbursement','level',6425,'vnd_billion','',None,'exact','term',*T,'được giải ngân trong 5 năm đạt 6.425 tỷ đồng'),
 F('ntm_communes','level',20,'count','',20,'exact','as_of','2020-12-31','2020-12-31','20/20 xã của huyện duy trì đạt chuẩn nông thôn mới'),
 F('ntm_advanced_communes','level',7,'count','',None,'exact','as_of','2020-12-31','2020-12-31','trong đó 7 xã đạt chuẩn nông thôn mới nâng cao'),
],
nonfacts=['phấn đấu 100% xã đạt chuẩn nâng cao và 4 xã kiểu mẫu','242 ấp đạt chuẩn ấp văn hóa','16 xã đạt chuẩn "xã văn hóa nông thôn mới"']))
