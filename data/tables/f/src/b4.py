from common import F
R = []
R.append(dict(file='819_giao-ban-quy-3-2021-vinh-cuu.txt',
doc=('75','Đồng Nai','district','Vĩnh Cửu','nine_months','2021-01-01','2021-09-30'),
src=('https://www.dongnai.gov.vn/huyen-vinh-cuu/Pages/tin-tuc-ubnd-huyen-giao-ban-quy-III.aspx','2021-10-08'),
text='''UBND huyện giao ban kinh tế - xã hội quý III/2021

Cập nhật lúc 08/10/2021

Do ảnh hưởng của dịch COVID-19, hội nghị được tổ chức trực tuyến đến 12 xã, thị trấn.

Kết quả 9 tháng: tổng thu ngân sách nhà nước trên địa bàn huyện đạt 612,9 tỷ đồng, bằng
81% so với cùng kỳ; đạt 58,3% dự toán tỉnh giao và 52,6% nghị quyết HĐND huyện. Thu
ngân sách huyện quản lý 388 tỷ đồng. Chi ngân sách 9 tháng 702 tỷ đồng.

Giải ngân vốn đầu tư công (152/450 tỷ đồng) chậm so với yêu cầu.

Về nông thôn mới, huyện đã có 10/10 xã đạt chuẩn, 3 xã đạt chuẩn nâng cao; tiếp tục chọn
2 xã điểm xây dựng xã kiểu mẫu. Trên địa bàn có 74 ấp đạt chuẩn ấp nông thôn mới kiểu mẫu.

Hội nghị có khoảng 150 đại biểu tham dự qua các điểm cầu.

Bích Nhàn
''',
facts=[
F('tổng thu ngân sách nhà nước trên địa bàn huyện đạt 612,9 tỷ đồng','budget_revenue','level',612.9),
F('bằng\n81% so với cùng kỳ','budget_revenue','change',-19,basis='yoy'),
F('đạt 58,3% dự toán tỉnh giao','budget_revenue','pct_of_plan',58.3,basis='estimate'),
F('52,6% nghị quyết HĐND huyện','budget_revenue','pct_of_plan',52.6,basis='resolution'),
F('Thu\nngân sách huyện quản lý 388 tỷ đồng','budget_revenue','level',388),
F('Chi ngân sách 9 tháng 702 tỷ đồng','budget_expenditure','level',702),
F('(152/450 tỷ đồng)','disbursement','level',152),
F('chậm so với yêu cầu','disbursement','assessment',a='slow'),
F('huyện đã có 10/10 xã đạt chuẩn','ntm_communes','level',10,den=10,p=('as_of','2021-09-30','2021-09-30')),
F('3 xã đạt chuẩn nâng cao','ntm_advanced_communes','level',3,p=('as_of','2021-09-30','2021-09-30')),
]))
R.append(dict(file='820_thoai-son-nam-2020.txt',
doc=('89','An Giang','district','Thoại Sơn','year','2020-01-01','2020-12-31'),
src=('https://thoaison.angiang.gov.vn/wps/portal/tin-tuc/hdnd-huyen-ky-hop-thu-15','2020-12-18'),
text='''THOẠI SƠN: KỲ HỌP THỨ 15 HĐND HUYỆN KHÓA XI
Thứ Sáu, 18/12/2020 | Kinh tế - Xã hội

Báo cáo của UBND huyện cho biết, năm 2020 tổng thu ngân sách nhà nước trên địa bàn ước
thực hiện 215 tỷ 340 triệu đồng, đạt 104,7% dự toán; thu ngân sách địa phương hưởng
theo phân cấp 168,5 tỷ đồng. Các khoản thu chính: thuế công thương nghiệp ngoài quốc
doanh 58,2 tỷ; lệ phí trước bạ 22,4 tỷ; tiền sử dụng đất 41 tỷ đồng.

Tổng chi ngân sách địa phương 812.450 triệu đồng, đạt 97,5% dự toán.

Đến cuối năm 2020, huyện có 09/16 xã đạt chuẩn nông thôn mới; năm nay tăng 2 xã so với
năm trước. Năm 2021 tiếp tục đăng ký 2 xã.

Kỳ họp thông qua 12 nghị quyết, trong đó có nghị quyết dự toán thu năm 2021 là 230 tỷ
đồng.

H.N
''',
facts=[
F('tổng thu ngân sách nhà nước trên địa bàn ước\nthực hiện 215 tỷ 340 triệu đồng','budget_revenue','level',215.34,approx='about'),
F('đạt 104,7% dự toán','budget_revenue','pct_of_plan',104.7,basis='estimate'),
F('thu ngân sách địa phương hưởng\ntheo phân cấp 168,5 tỷ đồng','budget_revenue','level',168.5),
F('Tổng chi ngân sách địa phương 812.450 triệu đồng','budget_expenditure','level',812.45),
F('đạt 97,5% dự toán','budget_expenditure','pct_of_plan',97.5,basis='estimate'),
F('huyện có 09/16 xã đạt chuẩn nông thôn mới','ntm_communes','level',9,den=16,p=('as_of','2020-12-31','2020-12-31')),
]))
R.append(dict(file='821_nghe-an-ntm-thang-10-2022.txt',
doc=('40','Nghệ An','province','Nghệ An','as_of','2022-10-31','2022-10-31'),
src=('https://nghean.gov.vn/kinh-te/nghe-an-day-nhanh-tien-do-xay-dung-nong-thon-moi-612345','2022-11-09'),
text='''Nghệ An đẩy nhanh tiến độ xây dựng nông thôn mới những tháng cuối năm

(Cổng TTĐT Nghệ An) - Chiều 8/11/2022, Ban Chỉ đạo các Chương trình MTQG tỉnh họp
đánh giá kết quả 10 tháng.

Kết quả: (đến tháng 10, toàn tỉnh có 317/411 xã đạt chuẩn NTM, tương đương 77,13%;
84 xã đạt chuẩn NTM nâng cao; 11 xã đạt chuẩn NTM kiểu mẫu); 9 đơn vị cấp huyện hoàn
thành nhiệm vụ/đạt chuẩn nông thôn mới. Số xã còn lại bình quân đạt 15,2 tiêu chí/xã.

Riêng huyện Quỳnh Lưu đã có 31/32 xã đạt chuẩn và đạt 8/9 tiêu chí huyện nông thôn mới.

Giải ngân vốn Chương trình MTQG xây dựng nông thôn mới mới đạt 34,5% kế hoạch, còn thấp.

Năm 2022, tỉnh đặt mục tiêu có thêm 20 xã đạt chuẩn; hiện có 14 xã đăng ký về đích
trong tháng 12.

Thành Duy
''',
facts=[
F('toàn tỉnh có 317/411 xã đạt chuẩn NTM','ntm_communes','level',317,den=411,h='yes'),
F('tương đương 77,13%','ntm_communes','share',77.13),
F('84 xã đạt chuẩn NTM nâng cao','ntm_advanced_communes','level',84),
F('11 xã đạt chuẩn NTM kiểu mẫu','ntm_model_communes','level',11),
F('9 đơn vị cấp huyện hoàn\nthành nhiệm vụ/đạt chuẩn nông thôn mới','ntm_districts','level',9),
F('huyện Quỳnh Lưu đã có 31/32 xã đạt chuẩn','ntm_communes','level',31,den=32,area=('district','Quỳnh Lưu','Nghệ An')),
F('đạt 8/9 tiêu chí huyện nông thôn mới','ntm_district_criteria','level',8,den=9,area=('district','Quỳnh Lưu','Nghệ An')),
]))
R.append(dict(file='822_go-cong-quy-1-2024.txt',
doc=('82','Tiền Giang','city','Gò Công','quarter','2024-01-01','2024-03-31'),
src=('https://gocong.tiengiang.gov.vn/web/guest/chi-tiet-tin/-/asset_publisher/tin-tuc/thanh-pho-go-cong-so-ket-quy-i','2024-04-05'),
text='''Thành phố Gò Công sơ kết quý I năm 2024

Gò Công, ngày 05 tháng 4 năm 2024

Quý I năm 2024, thu ngân sách trên địa bàn thành phố đạt 36,6% dự toán năm, tăng 9,4%
so với cùng kỳ. Chi ngân sách 63.215 triệu đồng, đạt 22,1% dự toán.

Vốn đầu tư công năm 2024 được giao 146,2 tỷ đồng; đến 31/3 giải ngân 21,6 tỷ đồng,
đạt 14,8% kế hoạch. Hiện thành phố có 5/5 xã đạt chuẩn nông thôn mới, trong đó xã Bình
Xuân đạt chuẩn NTM kiểu mẫu.

Thành phố cũng được tỉnh thông tin: quý I, thu ngân sách toàn tỉnh Tiền Giang ước
2.540 tỷ đồng.

Ảnh: Lãnh đạo UBND thành phố chủ trì hội nghị (Ảnh: Ngọc Thúy)
Lượt truy cập: 642
''',
facts=[
F('thu ngân sách trên địa bàn thành phố đạt 36,6% dự toán năm','budget_revenue','pct_of_plan',36.6,basis='estimate'),
F('tăng 9,4%\nso với cùng kỳ','budget_revenue','change',9.4,basis='yoy'),
F('Chi ngân sách 63.215 triệu đồng','budget_expenditure','level',63.215),
F('đạt 22,1% dự toán','budget_expenditure','pct_of_plan',22.1,basis='estimate'),
F('giải ngân 21,6 tỷ đồng','disbursement','level',21.6),
F('đạt 14,8% kế hoạch','disbursement','pct_of_plan',14.8,basis='plan'),
F('thành phố có 5/5 xã đạt chuẩn nông thôn mới','ntm_communes','level',5,den=5,p=('as_of','2024-03-31','2024-03-31')),
F('xã Bình\nXuân đạt chuẩn NTM kiểu mẫu','ntm_model_communes','level',1,p=('as_of','2024-03-31','2024-03-31')),
F('thu ngân sách toàn tỉnh Tiền Giang ước\n2.540 tỷ đồng','budget_revenue','level',2540,approx='about',area=('province','Tiền Giang','Tiền Giang'),h='yes'),
]))
R.append(dict(file='823_dbscl-thu-ngan-sach-6-thang-2019.txt',
doc=('','','national','Việt Nam','half_year','2019-01-01','2019-06-30'),
src=('https://www.sggp.org.vn/cac-tinh-dbscl-thu-ngan-sach-6-thang-post598877.html','2019-07-15'),
text='''ĐBSCL: Thu ngân sách 6 tháng nhiều tỉnh vượt tiến độ
15/7/2019 - 06:30

SGGP - Theo tổng hợp từ các địa phương, 6 tháng đầu năm 2019, Long An tiếp tục dẫn đầu
khu vực với tổng thu ngân sách 7.125 tỷ đồng, đạt 59,4% dự toán. Cần Thơ thu 5.480 tỷ
đồng (52,7%), Kiên Giang 4.210 tỷ đồng.

Một số tỉnh thu đạt thấp như Bạc Liêu (1.015 tỷ đồng, đạt 38,2% dự toán), Hậu Giang
mới được 41,5% dự toán. Tiền Giang thu nội địa 3.164 tỷ đồng, tăng 15% so với cùng kỳ.

Về đầu tư công, Sóc Trăng giải ngân đạt 48,1%, Vĩnh Long 45,6% kế hoạch vốn.

NHÓM PV ĐBSCL
''',
facts=[
F('Long An tiếp tục dẫn đầu\nkhu vực với tổng thu ngân sách 7.125 tỷ đồng','budget_revenue','level',7125,area=('province','Long An','Long An'),h='yes'),
F('đạt 59,4% dự toán','budget_revenue','pct_of_plan',59.4,basis='estimate',area=('province','Long An','Long An'),h='yes'),
F('Cần Thơ thu 5.480 tỷ\nđồng','budget_revenue','level',5480,area=('province','Cần Thơ','Cần Thơ'),h='yes'),
F('(52,7%)','budget_revenue','pct_of_plan',52.7,basis='estimate',area=('province','Cần Thơ','Cần Thơ'),h='yes'),
F('Kiên Giang 4.210 tỷ đồng','budget_revenue','level',4210,area=('province','Kiên Giang','Kiên Giang'),h='yes'),
F('Bạc Liêu (1.015 tỷ đồng','budget_revenue','level',1015,area=('province','Bạc Liêu','Bạc Liêu'),h='yes'),
F('đạt 38,2% dự toán','budget_revenue','pct_of_plan',38.2,basis='estimate',area=('province','Bạc Liêu','Bạc Liêu'),h='yes'),
F('Một số tỉnh thu đạt thấp','budget_revenue','assessment',area=('province','Bạc Liêu','Bạc Liêu'),a='low'),
F('Hậu Giang\nmới được 41,5% dự toán','budget_revenue','pct_of_plan',41.5,basis='estimate',area=('province','Hậu Giang','Hậu Giang'),h='yes'),
F('Tiền Giang thu nội địa 3.164 tỷ đồng','domestic_revenue','level',3164,area=('province','Tiền Giang','Tiền Giang')),
F('tăng 15% so với cùng kỳ','domestic_revenue','change',15,basis='yoy',area=('province','Tiền Giang','Tiền Giang')),
F('Sóc Trăng giải ngân đạt 48,1%','disbursement','pct_of_plan',48.1,basis='plan',area=('province','Sóc Trăng','Sóc Trăng'),h='yes'),
F('Vĩnh Long 45,6% kế hoạch vốn','disbursement','pct_of_plan',45.6,basis='plan',area=('province','Vĩnh Long','Vĩnh Long'),h='yes'),
]))
R.append(dict(file='824_phuong-an-nhon-thang-8-2025.txt',
doc=('52','Gia Lai','ward','An Nhơn','month','2025-08-01','2025-08-31'),
src=('https://annhon.gialai.gov.vn/tin-tuc/ubnd-phuong-an-nhon-hop-phien-thuong-ky-thang-8','2025-09-05'),
text='''UBND phường An Nhơn họp phiên thường kỳ tháng 8/2025
05.09.2025

Tháng 8 là tháng thứ hai phường An Nhơn (tỉnh Gia Lai) vận hành theo mô hình chính quyền
địa phương hai cấp, sau khi sáp nhập các phường Bình Định, Nhơn Hưng, Nhơn Thành...

Trong tháng, thu ngân sách trên địa bàn phường đạt 6,82 tỷ đồng; lũy kế từ ngày 01/7
đến 31/8/2025 đạt 12,4 tỷ đồng. Chi ngân sách tháng 8 là 7.310 triệu đồng.

Các dự án chuyển tiếp từ thị xã cũ đang được rà soát; giải ngân vốn đầu tư công của phường
mới đạt 8,2% kế hoạch vốn được phân bổ, rất thấp.

Có 9/11 khu phố đạt chuẩn khu phố văn minh đô thị.

Hồng Nhung (TTVH-TT phường)
Chia sẻ  ·  In
''',
facts=[
F('thu ngân sách trên địa bàn phường đạt 6,82 tỷ đồng','budget_revenue','level',6.82),
F('lũy kế từ ngày 01/7\nđến 31/8/2025 đạt 12,4 tỷ đồng','budget_revenue','level',12.4,p=('ytd','2025-07-01','2025-08-31')),
F('Chi ngân sách tháng 8 là 7.310 triệu đồng','budget_expenditure','level',7.31),
F('giải ngân vốn đầu tư công của phường\nmới đạt 8,2% kế hoạch vốn được phân bổ','disbursement','pct_of_plan',8.2,basis='plan',p=('ytd','2025-07-01','2025-08-31')),
F('rất thấp','disbursement','assessment',a='low',p=('ytd','2025-07-01','2025-08-31')),
]))
