from lib import R
R('1014_tien-du-thu-ngan-sach-2021.txt','''Tiên Du hoàn thành vượt mức dự toán thu ngân sách năm 2021
Thứ hai, 27/12/2021 | 14:20

Ngày 24/12, HĐND huyện Tiên Du (tỉnh Bắc Ninh) khóa XX tổ chức kỳ họp thứ ba. Năm 2021, mặc dù chịu ảnh hưởng nặng nề của dịch COVID-19, tổng thu ngân sách nhà nước trên địa bàn huyện vẫn đạt 1.512 tỷ đồng, bằng 168% dự toán; trong đó thu mới (không kể tiền sử dụng đất) đạt 486,7 tỷ đồng. Tiên Du tiếp tục nằm trong nhóm 3 địa phương có số thu lớn nhất; toàn tỉnh thu ngân sách năm 2021 đạt 32.158 tỷ đồng.

Huyện tiếp tục giữ vững 9/9 tiêu chí huyện nông thôn mới; 12/13 xã đạt chuẩn nông thôn mới nâng cao, 6/13 xã đăng ký về đích nông thôn mới kiểu mẫu giai đoạn 2022 - 2025.

Đại biểu đề nghị huyện quan tâm giải quyết dứt điểm các kiến nghị của cử tri về ô nhiễm môi trường làng nghề.

Tin, ảnh: Ngọc Mai
Tin liên quan
+ Tiên Du: Khai mạc Lễ hội Lim
+ Kiểm tra công tác phòng chống dịch tại KCN Tiên Sơn''','Bắc Ninh','district','Tiên Du','year','2021-01-01','2021-12-31',[
 ('budget_revenue','level',1512,'tổng thu ngân sách nhà nước trên địa bàn huyện vẫn đạt 1.512 tỷ đồng'),
 ('budget_revenue','pct_of_plan',168,'bằng 168% dự toán'),
 ('budget_revenue','level',486.7,'thu mới (không kể tiền sử dụng đất) đạt 486,7 tỷ đồng'),
 ('budget_revenue','level',32158,'toàn tỉnh thu ngân sách năm 2021 đạt 32.158 tỷ đồng',{'level':'province','area':'Bắc Ninh','h':1}),
 ('ntm_district_criteria','level',9,'Huyện tiếp tục giữ vững 9/9 tiêu chí huyện nông thôn mới',{'den':9,'pt':'as_of','ps':'2021-12-24','pe':'2021-12-24'}),
 ('ntm_advanced_communes','level',12,'12/13 xã đạt chuẩn nông thôn mới nâng cao',{'den':13,'pt':'as_of','ps':'2021-12-24','pe':'2021-12-24'}),
])

R('1015_thuong-xuan-6-thang-2016.txt','''<title>THUONG XUAN: SO KET 6 THANG DAU NAM 2016</title>
THƯỜNG XUÂN SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2016
Ngày đăng: 14/07/2016 | Người đăng: admin
&nbsp;
Ngày 13/7, UBND huyện Thường Xuân tổ chức hội nghị sơ
kết tình hình thực hiện nhiệm vụ kinh tế - xã hội 6 tháng
đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016.
<br />
Theo báo cáo, thu ngân sách trên địa bàn 6 tháng đạt 21 tỷ
340 triệu đồng, bằng 58,4% dự toán, tăng 11,6% so với cùng
kỳ; chi ngân sách huyện 215 tỷ 340 triệu đồng, chủ yếu từ
nguồn trợ cấp cân đối của tỉnh.
<br />
Chương trình xây dựng nông thôn mới được tập trung chỉ đạo,
toàn huyện hiện có 2/16 xã đạt chuẩn nông thôn mới (tăng 1
xã so với năm 2015); các xã còn lại bình quân đạt 9,8 tiêu
chí/xã. Giai đoạn 2016 - 2020 huyện phấn đấu có thêm 6 xã
đạt chuẩn.
<br />
Tại hội nghị, Ngân hàng CSXH huyện cho biết tổng dư nợ
đạt 386 tỷ đồng với 12.450 hộ vay.
<p style="text-align:right"><strong>Lê Hợi</strong></p>
<!-- end content -->''','Thanh Hóa','district','Thường Xuân','half_year','2016-01-01','2016-06-30',[
 ('budget_revenue','level',21.34,'thu ngân sách trên địa bàn 6 tháng đạt 21 tỷ\n340 triệu đồng'),
 ('budget_revenue','pct_of_plan',58.4,'bằng 58,4% dự toán'),
 ('budget_revenue','change',11.6,'tăng 11,6% so với cùng\nkỳ'),
 ('budget_expenditure','level',215.34,'chi ngân sách huyện 215 tỷ 340 triệu đồng'),
 ('ntm_communes','level',2,'toàn huyện hiện có 2/16 xã đạt chuẩn nông thôn mới',{'den':16,'pt':'as_of','ps':'2016-07-13','pe':'2016-07-13'}),
],url='http://thuongxuan.thanhhoa.gov.vn/portal/Pages/2016-7-14/Thuong-Xuan-so-ket-6-thang.aspx',pub='2016-07-14')

R('1016_dak-lak-giai-ngan-9-thang-2025.txt','''Đắk Lắk giải ngân vốn đầu tư công chưa đạt 50% kế hoạch
03/10/2025 16:25

(Baodaklak.vn) - Theo Sở Tài chính, đến hết ngày 30/9/2025, toàn tỉnh Đắk Lắk giải ngân vốn đầu tư công đạt 6.402 tỷ đồng, bằng 48,7% kế hoạch Thủ tướng Chính phủ giao, tiến độ còn chậm so với bình quân chung cả nước.

Nếu tính theo địa bàn trước sắp xếp, khu vực Phú Yên (cũ) đạt 52,1%, khu vực Đắk Lắk (cũ) đạt 46,3%. Riêng trong tháng 9, toàn tỉnh giải ngân thêm 1.120 tỷ đồng.

Hiện tỉnh còn 37 dự án có tỷ lệ giải ngân dưới 30%, tập trung ở các xã phía Tây. Tỉnh được giao tổng kế hoạch vốn năm 2025 là 13.146 tỷ đồng.

Phó Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư phấn đấu đến 31/12 giải ngân trên 95% kế hoạch.

Ảnh: Thi công tuyến đường tại phường Tuy Hòa. Ảnh: Hoàng Lâm
Hoàng Lâm
Tin khác: Xã Ea Kar triển khai chương trình nhà ở cho hộ nghèo''','Đắk Lắk','province','Đắk Lắk','nine_months','2025-01-01','2025-09-30',[
 ('disbursement','level',6402,'toàn tỉnh Đắk Lắk giải ngân vốn đầu tư công đạt 6.402 tỷ đồng',{'h':1}),
 ('disbursement','pct_of_plan',48.7,'bằng 48,7% kế hoạch Thủ tướng Chính phủ giao',{'basis':'assigned_plan','h':1}),
 ('disbursement','assessment',None,'tiến độ còn chậm so với bình quân chung cả nước',{'a':'slow'}),
 ('disbursement','pct_of_plan',52.1,'khu vực Phú Yên (cũ) đạt 52,1%',{'basis':'assigned_plan','area':'Phú Yên','prov':'Phú Yên'}),
 ('disbursement','pct_of_plan',46.3,'khu vực Đắk Lắk (cũ) đạt 46,3%',{'basis':'assigned_plan','area':'Đắk Lắk','prov':'Đắk Lắk'}),
 ('disbursement','level',1120,'trong tháng 9, toàn tỉnh giải ngân thêm 1.120 tỷ đồng',{'pt':'month','ps':'2025-09-01'}),
])

R('1017_can-tho-thong-ke-quy-1-2019.txt','''CỤC THỐNG KÊ THÀNH PHỐ CẦN THƠ
BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 3 VÀ QUÝ I NĂM 2019
Ngày 29/03/2019

III. TÀI CHÍNH, NGÂN HÀNG
1. Thu, chi ngân sách
• Thu ngân sách nhà nước trên địa bàn tháng 3 ước đạt 905.400 triệu đồng.
• Tổng thu ngân sách Nhà nước trên địa bàn quý I/2019 ước đạt 2.846.520 triệu đồng, bằng 23,1% dự toán năm, bằng 96,5% so với cùng kỳ năm trước. Trong đó: thu nội địa 2.689.300 triệu đồng; thu thuế thu nhập cá nhân 312.000 triệu đồng.
• Tổng chi ngân sách địa phương quý I ước 2.103.450 triệu đồng, bằng 19,8% dự toán.
2. Đầu tư công
• Tính đến 31/3, vốn đầu tư công giải ngân 612 tỷ đồng, bằng 14,2% kế hoạch; tỷ lệ giải ngân đạt thấp.
3. Nông thôn mới
• Toàn thành phố có 36/36 xã đạt chuẩn nông thôn mới; 4/4 huyện đạt chuẩn nông thôn mới.

(Số liệu sơ bộ, có thể điều chỉnh)
CTK Cần Thơ | Lượt truy cập: 5.902''','Cần Thơ','province','Cần Thơ','quarter','2019-01-01','2019-03-31',[
 ('budget_revenue','level',905.4,'Thu ngân sách nhà nước trên địa bàn tháng 3 ước đạt 905.400 triệu đồng',{'approx':'about','pt':'month','ps':'2019-03-01'}),
 ('budget_revenue','level',2846.52,'Tổng thu ngân sách Nhà nước trên địa bàn quý I/2019 ước đạt 2.846.520 triệu đồng',{'approx':'about','h':1}),
 ('budget_revenue','pct_of_plan',23.1,'bằng 23,1% dự toán năm',{'h':1}),
 ('budget_revenue','change',-3.5,'bằng 96,5% so với cùng kỳ năm trước'),
 ('domestic_revenue','level',2689.3,'thu nội địa 2.689.300 triệu đồng'),
 ('budget_expenditure','level',2103.45,'Tổng chi ngân sách địa phương quý I ước 2.103.450 triệu đồng',{'approx':'about'}),
 ('budget_expenditure','pct_of_plan',19.8,'bằng 19,8% dự toán.'),
 ('disbursement','level',612,'vốn đầu tư công giải ngân 612 tỷ đồng',{'h':1}),
 ('disbursement','pct_of_plan',14.2,'bằng 14,2% kế hoạch',{'basis':'plan','h':1}),
 ('disbursement','assessment',None,'tỷ lệ giải ngân đạt thấp',{'a':'low'}),
 ('ntm_communes','level',36,'Toàn thành phố có 36/36 xã đạt chuẩn nông thôn mới',{'den':36,'h':1,'pt':'as_of','ps':'2019-03-29','pe':'2019-03-29'}),
 ('ntm_districts','level',4,'4/4 huyện đạt chuẩn nông thôn mới',{'den':4,'pt':'as_of','ps':'2019-03-29','pe':'2019-03-29'}),
])

R('1018_cai-lay-giai-ngan-7-thang-2023.txt','''Cai Lậy: Giải ngân 152/450 tỷ đồng vốn đầu tư công
Kinh tế | 04/08/2023

Theo UBND thị xã Cai Lậy, tính đến hết tháng 7/2023, địa phương giải ngân được 152/450 tỷ đồng kế hoạch vốn đầu tư công năm 2023, thấp hơn mức của huyện Cai Lậy (đạt 41,5%). Thu ngân sách 7 tháng đạt 36,6% dự toán năm.

Nguyên nhân chủ yếu do các dự án chuyển tiếp vướng bồi thường, giải phóng mặt bằng; có 2 dự án khởi công mới chưa giải ngân.

Về nông thôn mới, thị xã có 9/10 xã đạt chuẩn; còn 1 xã chưa đạt chuẩn là xã Mỹ Hạnh Trung đang hoàn thiện tiêu chí môi trường. Năm 2023 thị xã chọn 2 xã điểm xây dựng nông thôn mới nâng cao.

Ảnh: Công trình đường Phan Văn Khỏe đang thi công. (Ảnh: Minh Trí)
Minh Trí
Lượt xem: 612''','Tiền Giang','town','Cai Lậy','ytd','2023-01-01','2023-07-31',[
 ('disbursement','level',152,'địa phương giải ngân được 152/450 tỷ đồng'),
 ('disbursement','pct_of_plan',41.5,'huyện Cai Lậy (đạt 41,5%)',{'basis':'plan','level':'district','area':'Cai Lậy'}),
 ('budget_revenue','pct_of_plan',36.6,'Thu ngân sách 7 tháng đạt 36,6% dự toán năm'),
 ('ntm_communes','level',9,'thị xã có 9/10 xã đạt chuẩn',{'den':10,'pt':'as_of','ps':'2023-08-04','pe':'2023-08-04'}),
])
