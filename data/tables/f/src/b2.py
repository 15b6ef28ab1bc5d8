from common import F
R = []
R.append(dict(file='807_cam-khe-quy-1-2021.txt',
doc=('25','Phú Thọ','district','Cẩm Khê','quarter','2021-01-01','2021-03-31'),
src=('https://phutho.gov.vn/vi/cam-khe-so-ket-quy-i-2021','2021-04-09'),
text='''Cẩm Khê: Triển khai nhiệm vụ quý II/2021
Thứ sáu, 09/04/2021 - 15:32

Ngày 8/4, Huyện ủy Cẩm Khê (tỉnh Phú Thọ) tổ chức hội nghị Ban Chấp hành Đảng bộ
huyện đánh giá kết quả quý I, triển khai nhiệm vụ quý II năm 2021.

Quý I, tổng thu ngân sách trên địa bàn đạt 46,35 tỷ đồng, đạt 31,2% dự toán HĐND huyện
giao; trong đó thu cân đối ngân sách 39,8 tỷ đồng. Chi ngân sách địa phương 142.516
triệu đồng. Giải ngân vốn đầu tư công đạt 19,8% kế hoạch, thấp hơn cùng kỳ.

Tính đến hết quý I, huyện có 19/24 xã đạt chuẩn nông thôn mới; năm 2021 đăng ký thêm
02 xã về đích. Có 3 khu dân cư đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.

Hội nghị cũng thông tin: quý I, toàn tỉnh Phú Thọ thu ngân sách đạt 1.820 tỷ đồng,
bằng 31% dự toán.

Hải Yến
Tags: Cẩm Khê, sơ kết quý
''',
facts=[
F('tổng thu ngân sách trên địa bàn đạt 46,35 tỷ đồng','budget_revenue','level',46.35),
F('đạt 31,2% dự toán HĐND huyện\ngiao','budget_revenue','pct_of_plan',31.2,basis='estimate'),
F('thu cân đối ngân sách 39,8 tỷ đồng','budget_revenue','level',39.8),
F('Chi ngân sách địa phương 142.516\ntriệu đồng','budget_expenditure','level',142.516),
F('Giải ngân vốn đầu tư công đạt 19,8% kế hoạch','disbursement','pct_of_plan',19.8,basis='plan'),
F('thấp hơn cùng kỳ','disbursement','assessment',a='low'),
F('huyện có 19/24 xã đạt chuẩn nông thôn mới','ntm_communes','level',19,den=24,p=('as_of','2021-03-31','2021-03-31')),
F('toàn tỉnh Phú Thọ thu ngân sách đạt 1.820 tỷ đồng','budget_revenue','level',1820,area=('province','Phú Thọ','Phú Thọ'),h='yes'),
F('bằng 31% dự toán','budget_revenue','pct_of_plan',31,basis='estimate',area=('province','Phú Thọ','Phú Thọ'),h='yes'),
]))
R.append(dict(file='808_gia-lai-9-thang-2025-thu-ngan-sach.txt',
doc=('52','Gia Lai','province','Gia Lai','nine_months','2025-01-01','2025-09-30'),
src=('https://baogialai.com.vn/gia-lai-thu-ngan-sach-9-thang-dat-86-du-toan-post3312.html','2025-10-06'),
text='''Kinh tế  ›  Tài chính

GIA LAI: THU NGÂN SÁCH 9 THÁNG ĐẠT 86% DỰ TOÁN

06/10/2025 10:42

(GLO)- Theo Sở Tài chính, 9 tháng năm 2025, tổng thu ngân sách nhà nước trên địa bàn
tỉnh (sau hợp nhất) ước đạt 19.540 tỷ đồng, bằng 86% dự toán Trung ương giao và tăng
18,3% so với cùng kỳ. Trong đó: thu nội địa 18.215 tỷ đồng; thu từ hoạt động xuất nhập
khẩu 1.325 tỷ đồng. Thu ngân sách địa phương được hưởng đạt 15.870 tỷ đồng.

Đáng chú ý, khoản thu tiền sử dụng đất đạt 6.900 tỷ đồng, chiếm hơn 35% tổng thu.

Tổng chi ngân sách địa phương 9 tháng ước 27.610 tỷ đồng, đạt 61,5% dự toán.

Năm 2025, tỉnh phấn đấu tổng thu ngân sách đạt 24.000 tỷ đồng.

* Ảnh: Trung tâm hành chính tỉnh tại phường Quy Nhơn. Ảnh: Ngọc Minh
Ngọc Minh
''',
facts=[
F('tổng thu ngân sách nhà nước trên địa bàn\ntỉnh (sau hợp nhất) ước đạt 19.540 tỷ đồng','budget_revenue','level',19540,approx='about',h='yes'),
F('bằng 86% dự toán Trung ương giao','budget_revenue','pct_of_plan',86,basis='estimate',h='yes'),
F('tăng\n18,3% so với cùng kỳ','budget_revenue','change',18.3,basis='yoy'),
F('thu nội địa 18.215 tỷ đồng','domestic_revenue','level',18215),
F('Thu ngân sách địa phương được hưởng đạt 15.870 tỷ đồng','budget_revenue','level',15870),
F('Tổng chi ngân sách địa phương 9 tháng ước 27.610 tỷ đồng','budget_expenditure','level',27610,approx='about'),
F('đạt 61,5% dự toán','budget_expenditure','pct_of_plan',61.5,basis='estimate'),
]))
R.append(dict(file='809_dien-ban-nam-2018.txt',
doc=('49','Quảng Nam','town','Điện Bàn','year','2018-01-01','2018-12-31'),
src=('https://dienban.quangnam.gov.vn/Default.aspx?tabid=72&ID=3521','2018-12-21'),
text='''Thị xã Điện Bàn tổng kết năm 2018
Ngày đăng: 21/12/2018

Kỳ họp thứ 7 HĐND thị xã khóa XII khai mạc ngày 20/12. Năm 2018, thị xã được giao
dự toán thu 1.250 tỷ đồng. Kết quả, tổng thu ngân sách trên địa bàn ước đạt 1.412 tỷ
đồng, vượt 13% dự toán; thu mới (không kể tiền sử dụng đất) đạt 604 tỷ đồng. Thu ngân
sách thị xã được hưởng 978,2 tỷ đồng. Tổng chi ngân sách địa phương 1.105 tỷ đồng.

Vốn đầu tư công giải ngân 521/640 tỷ đồng.

Đến cuối năm 2018, có 8/8 xã đạt chuẩn nông thôn mới; trong năm có 2 xã đạt chuẩn NTM
nâng cao. Thị xã có 23 thôn đạt chuẩn "Thôn văn hóa nông thôn mới".

Năm 2019, thị xã phấn đấu thu ngân sách 1.500 tỷ đồng, giải ngân 100% vốn.

Văn Sự
Các tin khác: Điện Bàn công bố quy hoạch phân khu...
''',
facts=[
F('tổng thu ngân sách trên địa bàn ước đạt 1.412 tỷ\nđồng','budget_revenue','level',1412,approx='about'),
F('vượt 13% dự toán','budget_revenue','pct_of_plan',113,basis='estimate'),
F('thu mới (không kể tiền sử dụng đất) đạt 604 tỷ đồng','budget_revenue','level',604),
F('Thu ngân\nsách thị xã được hưởng 978,2 tỷ đồng','budget_revenue','level',978.2),
F('Tổng chi ngân sách địa phương 1.105 tỷ đồng','budget_expenditure','level',1105),
F('Vốn đầu tư công giải ngân 521/640 tỷ đồng','disbursement','level',521),
F('có 8/8 xã đạt chuẩn nông thôn mới','ntm_communes','level',8,den=8,p=('as_of','2018-12-31','2018-12-31')),
F('2 xã đạt chuẩn NTM\nnâng cao','ntm_advanced_communes','level',2),
]))
R.append(dict(file='810_ntm-cac-tinh-nam-2023.txt',
doc=('','','national','Việt Nam','as_of','2023-12-31','2023-12-31'),
src=('https://nongthonmoi.gov.vn/Pages/nhin-lai-nam-2023-cac-dia-phuong-ve-dich.aspx','2024-01-08'),
text='''Trang chủ » Tin tức » Tin địa phương

Nhìn lại năm 2023: Nhiều địa phương "về đích" nông thôn mới sớm
08/01/2024

Đến hết năm 2023, cả nước có 6.064 xã (tương đương 78%) đạt chuẩn nông thôn mới.
Một số tỉnh có tỷ lệ cao như Nam Định (100% xã đạt chuẩn), Hà Tĩnh có 183/183 xã; Đồng
Nai 125/125 xã. Trong khi đó, ở khu vực miền núi phía Bắc, Hà Giang mới có 77/176 xã,
Điện Biên 39/115 xã đạt chuẩn, tỷ lệ còn thấp.

Về xã nông thôn mới nâng cao, Bắc Ninh có 63 xã, Hải Dương 98 xã. Tỉnh Trà Vinh có thêm
5 xã đạt chuẩn kiểu mẫu, nâng tổng số lên 14 xã.

Nguyễn Phương (Văn phòng Điều phối NTM Trung ương)
Lượt xem: 3.412  |  Chia sẻ Facebook
''',
facts=[
F('Nam Định (100% xã đạt chuẩn)','ntm_communes','share',100,area=('province','Nam Định','Nam Định')),
F('Hà Tĩnh có 183/183 xã','ntm_communes','level',183,den=183,area=('province','Hà Tĩnh','Hà Tĩnh'),h='yes'),
F('Nai 125/125 xã','ntm_communes','level',125,den=125,area=('province','Đồng Nai','Đồng Nai'),h='yes'),
F('Hà Giang mới có 77/176 xã','ntm_communes','level',77,den=176,area=('province','Hà Giang','Hà Giang'),h='yes'),
F('Điện Biên 39/115 xã đạt chuẩn','ntm_communes','level',39,den=115,area=('province','Điện Biên','Điện Biên'),h='yes'),
F('Bắc Ninh có 63 xã','ntm_advanced_communes','level',63,area=('province','Bắc Ninh','Bắc Ninh')),
F('Hải Dương 98 xã','ntm_advanced_communes','level',98,area=('province','Hải Dương','Hải Dương')),
F('nâng tổng số lên 14 xã','ntm_model_communes','level',14,area=('province','Trà Vinh','Trà Vinh')),
]))
R.append(dict(file='811_phuong-tan-chau-10-thang.txt',
doc=('91','An Giang','ward','Tân Châu','ytd','2025-01-01','2025-10-31'),
src=('https://tanchau.angiang.gov.vn/tin-tuc/phuong-tan-chau-giao-ban-thang-10','2025-11-04'),
text='''Giao ban tháng 10 năm 2025
Đăng ngày 04/11/2025 | Phường Tân Châu

Sáng 3/11, UBND phường tổ chức giao ban đánh giá kết quả tháng 10 và 10 tháng năm
2025, triển khai nhiệm vụ 2 tháng cuối năm.

- Thu ngân sách nhà nước trên địa bàn 10 tháng: 28,76 tỷ đồng, đạt 82,1% dự toán;
  riêng tháng 10 thu được 2,9 tỷ đồng.
- Chi ngân sách: 31.240 triệu đồng.
- Vốn đầu tư công do phường làm chủ đầu tư giải ngân 14,2/26 tỷ đồng, đạt 54,6%.
- Tổ chức 4 đợt ra quân xử lý lấn chiếm lòng lề đường, có 320 lượt người tham gia.

Chủ tịch UBND phường đề nghị tập trung thu nợ thuế, phấn đấu hoàn thành 100% dự toán
năm 2025 (35 tỷ đồng).

Kim Ngân
''',
facts=[
F('Thu ngân sách nhà nước trên địa bàn 10 tháng: 28,76 tỷ đồng','budget_revenue','level',28.76),
F('đạt 82,1% dự toán','budget_revenue','pct_of_plan',82.1,basis='estimate'),
F('riêng tháng 10 thu được 2,9 tỷ đồng','budget_revenue','level',2.9,p=('month','2025-10-01','2025-10-31')),
F('Chi ngân sách: 31.240 triệu đồng','budget_expenditure','level',31.24),
F('giải ngân 14,2/26 tỷ đồng','disbursement','level',14.2),
F('đạt 54,6%','disbursement','pct_of_plan',54.6,basis='plan'),
]))
R.append(dict(file='812_buon-ma-thuot-6-thang.txt',
doc=('66','Đắk Lắk','city','Buôn Ma Thuột','half_year','2017-01-01','2017-06-30'),
src=('https://bmt.daklak.gov.vn/2017/07/so-ket-6-thang-dau-nam.html',''),
text='''TP. Buôn Ma Thuột sơ kết 6 tháng đầu năm

Thành ủy - HĐND - UBND thành phố vừa tổ chức hội nghị giao ban quý II, đánh giá tình
hình thực hiện nhiệm vụ 6 tháng đầu năm.

6 tháng, thu ngân sách nhà nước trên địa bàn thành phố đạt 612,4 tỷ đồng, đạt 53,2%
dự toán tỉnh giao, bằng 108,5% so với cùng kỳ. Thu ngân sách thành phố được hưởng 401
tỷ đồng. Giải ngân vốn xây dựng cơ bản mới đạt 27,3% kế hoạch, còn thấp.

Trong quý II, thành phố thu được 318,7 tỷ đồng. Thành phố đã có 8/8 xã đạt chuẩn nông
thôn mới; 100% buôn đồng bào dân tộc thiểu số được hỗ trợ xây dựng nhà văn hóa.

Ý kiến bạn đọc (0)
''',
facts=[
F('thu ngân sách nhà nước trên địa bàn thành phố đạt 612,4 tỷ đồng','budget_revenue','level',612.4),
F('đạt 53,2%\ndự toán tỉnh giao','budget_revenue','pct_of_plan',53.2,basis='estimate'),
F('bằng 108,5% so với cùng kỳ','budget_revenue','change',8.5,basis='yoy'),
F('Thu ngân sách thành phố được hưởng 401\ntỷ đồng','budget_revenue','level',401),
F('Giải ngân vốn xây dựng cơ bản mới đạt 27,3% kế hoạch','disbursement','pct_of_plan',27.3,basis='plan'),
F('còn thấp','disbursement','assessment',a='low'),
F('thành phố thu được 318,7 tỷ đồng','budget_revenue','level',318.7,p=('quarter','2017-04-01','2017-06-30')),
F('8/8 xã đạt chuẩn nông\nthôn mới','ntm_communes','level',8,den=8,p=('as_of','2017-06-30','2017-06-30')),
]))
