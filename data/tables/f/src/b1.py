from common import F
R = []
R.append(dict(file='801_hon-quan-giai-ngan-68.txt',
doc=('70','Bình Phước','district','Hớn Quản','nine_months','2022-01-01','2022-09-30'),
src=('https://honquan.binhphuoc.gov.vn/tin-tuc/hon-quan-giai-ngan-dat-68-ke-hoach-von-dau-tu-cong-1234.html','2022-10-07'),
text='''Trang chủ > Tin tức - Sự kiện > Kinh tế
HỚN QUẢN GIẢI NGÂN ĐẠT 68% KẾ HOẠCH VỐN ĐẦU TƯ CÔNG
Cập nhật: 07/10/2022 08:15 | Lượt xem: 1.234

Sáng 06/10, UBND huyện tổ chức hội nghị giao ban đánh giá tình hình kinh tế - xã hội 9 tháng đầu năm 2022.
Ông Trần Văn Mi, Phó Chủ tịch UBND huyện chủ trì.

Ảnh: Quang cảnh hội nghị giao ban. (Ảnh: Thanh Tâm)

Theo báo cáo, tổng vốn đầu tư công năm 2022 huyện được giao 412,6 tỷ đồng. Tính đến
ngày 30/9, huyện giải ngân 280,5 tỷ đồng, đạt 68% kế hoạch, cao hơn mức bình quân
chung của tỉnh (toàn tỉnh giải ngân đạt 61,2% kế hoạch vốn). Một số chủ đầu tư vẫn còn
chậm, nhất là các dự án giao thông nông thôn.

Thu ngân sách nhà nước trên địa bàn 9 tháng đạt 318 tỷ đồng, bằng 84,3% dự toán
tỉnh giao; trong đó thu tiền sử dụng đất 121 tỷ đồng. Chi ngân sách địa phương
596,7 tỷ đồng.

Về xây dựng nông thôn mới, huyện chọn 2 xã điểm để phấn đấu đạt chuẩn nâng cao trong
năm; hiện 10/12 xã đạt chuẩn nông thôn mới, còn 2 xã chưa đạt.

Phát biểu kết luận, Phó Chủ tịch UBND huyện yêu cầu các chủ đầu tư khẩn trương
hoàn thiện hồ sơ, phấn đấu đến 31/01/2023 giải ngân 100% kế hoạch.

Minh Phương (Trung tâm VH-TT-TT huyện)
Chia sẻ | In bài | Tin liên quan:
- Hớn Quản ra quân thu hồi nợ đọng thuế
''',
facts=[
F('huyện giải ngân 280,5 tỷ đồng', 'disbursement','level',280.5),
F('đạt 68% kế hoạch', 'disbursement','pct_of_plan',68,basis='plan'),
F('toàn tỉnh giải ngân đạt 61,2% kế hoạch vốn', 'disbursement','pct_of_plan',61.2,basis='plan',area=('province','Bình Phước','Bình Phước'),h='yes'),
F('Thu ngân sách nhà nước trên địa bàn 9 tháng đạt 318 tỷ đồng', 'budget_revenue','level',318),
F('bằng 84,3% dự toán\ntỉnh giao', 'budget_revenue','pct_of_plan',84.3,basis='estimate'),
F('Chi ngân sách địa phương\n596,7 tỷ đồng', 'budget_expenditure','level',596.7),
F('hiện 10/12 xã đạt chuẩn nông thôn mới', 'ntm_communes','level',10,den=12,p=('as_of','2022-09-30','2022-09-30')),
]))
R.append(dict(file='802_thanh-pho-thu-ngan-sach-6-thang.txt',
doc=('74','Bình Dương','city','Tân Uyên','half_year','2023-01-01','2023-06-30'),
src=('https://tanuyen.binhduong.gov.vn/tin-tuc/kinh-te/so-ket-cong-tac-6-thang-dau-nam.html','2023-07-12'),
text='''Tin tức > Hoạt động của UBND
Sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm

Chiều ngày 11/7, UBND thành phố tổ chức hội nghị sơ kết. Dự có đại diện Thường trực
Thành ủy, HĐND thành phố cùng lãnh đạo các phòng, ban và 12 phường, xã.

Về thu - chi ngân sách: tổng thu ngân sách nhà nước trên địa bàn ước đạt 1.486 tỷ đồng,
đạt 47,2% dự toán, giảm 8,6% so với cùng kỳ. Riêng thu ngân sách do thành phố quản lý
được 742 tỷ đồng (đạt 51,9%). Các khoản thu chủ yếu: thuế ngoài quốc doanh 402 tỷ, lệ
phí trước bạ 96 tỷ, tiền sử dụng đất 188 tỷ đồng. Tổng chi ngân sách 615 tỷ đồng.

Giải ngân vốn đầu tư công đến 30/6 đạt 29,4% kế hoạch; nhiều dự án vướng bồi thường
nên tiến độ giải ngân còn chậm.

Ảnh: Lãnh đạo thành phố phát biểu tại hội nghị

Nhiệm vụ 6 tháng cuối năm, thành phố phấn đấu thu ngân sách đạt 3.150 tỷ đồng, hoàn
thành 100% dự toán; tập trung giải phóng mặt bằng các công trình trọng điểm.

Tin, ảnh: Ngọc Hân
Lượt xem: 876
''',
facts=[
F('tổng thu ngân sách nhà nước trên địa bàn ước đạt 1.486 tỷ đồng', 'budget_revenue','level',1486,approx='about'),
F('đạt 47,2% dự toán', 'budget_revenue','pct_of_plan',47.2,basis='estimate'),
F('giảm 8,6% so với cùng kỳ', 'budget_revenue','change',-8.6,basis='yoy'),
F('Riêng thu ngân sách do thành phố quản lý\nđược 742 tỷ đồng', 'budget_revenue','level',742),
F('(đạt 51,9%)', 'budget_revenue','pct_of_plan',51.9,basis='estimate'),
F('Tổng chi ngân sách 615 tỷ đồng', 'budget_expenditure','level',615),
F('Giải ngân vốn đầu tư công đến 30/6 đạt 29,4% kế hoạch', 'disbursement','pct_of_plan',29.4,basis='plan'),
F('tiến độ giải ngân còn chậm', 'disbursement','assessment',a='slow'),
]))
R.append(dict(file='803_toan-canh-giai-ngan-10-thang-2024.txt',
doc=('','','national','Việt Nam','ytd','2024-01-01','2024-10-31'),
src=('https://baodautu.vn/giai-ngan-10-thang-nhieu-dia-phuong-van-duoi-muc-binh-quan-d228811.html','2024-11-05'),
text='''Đầu tư công | Thứ Ba, 05/11/2024 07:00 GMT+7

Giải ngân 10 tháng: nhiều địa phương vẫn dưới mức bình quân

Theo số liệu Bộ Tài chính, ước đến hết tháng 10/2024, cả nước giải ngân khoảng
353.000 tỷ đồng, đạt 53% kế hoạch Thủ tướng giao.

Nhóm dẫn đầu gồm Thái Bình (85,2%), Lạng Sơn (79,6%), Hậu Giang (77,1%). Trong khi
đó, Bắc Ninh mới đạt 42,1%, Bắc Giang 38,6%, còn Khánh Hòa chỉ đạt 31,9% - thuộc nhóm
giải ngân thấp nhất.

Về giá trị tuyệt đối, Thanh Hóa giải ngân trên 7.100 tỷ đồng, tiếp đến là Nghệ An
với 5.420 tỷ đồng.

"Một số bộ, ngành và địa phương giải ngân chậm là do vướng mặt bằng", đại diện Bộ
Tài chính cho biết.

Thành Nam
Bài viết liên quan
• Bộ Tài chính đề xuất điều chuyển vốn ở nơi chậm giải ngân
''',
facts=[
F('Thái Bình (85,2%)','disbursement','pct_of_plan',85.2,basis='assigned_plan',area=('province','Thái Bình','Thái Bình'),h='yes'),
F('Lạng Sơn (79,6%)','disbursement','pct_of_plan',79.6,basis='assigned_plan',area=('province','Lạng Sơn','Lạng Sơn'),h='yes'),
F('Hậu Giang (77,1%)','disbursement','pct_of_plan',77.1,basis='assigned_plan',area=('province','Hậu Giang','Hậu Giang'),h='yes'),
F('Bắc Ninh mới đạt 42,1%','disbursement','pct_of_plan',42.1,basis='assigned_plan',area=('province','Bắc Ninh','Bắc Ninh'),h='yes'),
F('Bắc Giang 38,6%','disbursement','pct_of_plan',38.6,basis='assigned_plan',area=('province','Bắc Giang','Bắc Giang'),h='yes'),
F('Khánh Hòa chỉ đạt 31,9%','disbursement','pct_of_plan',31.9,basis='assigned_plan',area=('province','Khánh Hòa','Khánh Hòa'),h='yes'),
F('thuộc nhóm\ngiải ngân thấp nhất','disbursement','assessment',area=('province','Khánh Hòa','Khánh Hòa'),a='low'),
F('Thanh Hóa giải ngân trên 7.100 tỷ đồng','disbursement','level',7100,approx='over',area=('province','Thanh Hóa','Thanh Hóa'),h='yes'),
F('Nghệ An\nvới 5.420 tỷ đồng','disbursement','level',5420,area=('province','Nghệ An','Nghệ An'),h='yes'),
]))
R.append(dict(file='804_xa-ia-lop-thu-ngan-sach-quy-3.txt',
doc=('66','Đắk Lắk','commune','Ia Lốp','quarter','2025-07-01','2025-09-30'),
src=('https://ialop.daklak.gov.vn/tin-tuc/hdnd-xa-ia-lop-giao-ban-quy-iii-2025','2025-10-03'),
text='''XÃ IA LỐP - GIAO BAN QUÝ III/2025

02-10-2025 | Tin hoạt động

Ngày 02/10/2025, Đảng ủy, HĐND, UBND xã Ia Lốp tổ chức giao ban quý III, đánh giá kết
quả sau 3 tháng vận hành chính quyền địa phương hai cấp.

Trong quý, thu ngân sách nhà nước trên địa bàn xã được 3 tỷ 420 triệu đồng; thu
ngân sách xã hưởng theo phân cấp 2,18 tỷ đồng. Chi ngân sách xã 9.865 triệu đồng,
chủ yếu chi thường xuyên và chi trả chế độ cho cán bộ dôi dư.

Ngân hàng Chính sách xã hội giải ngân cho 46 hộ vay với tổng dư nợ 2,9 tỷ đồng.
Xã có 18/22 thôn, buôn đạt chuẩn nông thôn mới.

Theo số liệu được thông tin tại hội nghị, đến hết tháng 9, toàn tỉnh Đắk Lắk giải
ngân đạt 48,7% kế hoạch vốn đầu tư công năm 2025.

(Ảnh: Các đại biểu dự hội nghị - H'Linh)
H'Linh Niê
''',
facts=[
F('thu ngân sách nhà nước trên địa bàn xã được 3 tỷ 420 triệu đồng','budget_revenue','level',3.42),
F('thu\nngân sách xã hưởng theo phân cấp 2,18 tỷ đồng','budget_revenue','level',2.18),
F('Chi ngân sách xã 9.865 triệu đồng','budget_expenditure','level',9.865),
F('toàn tỉnh Đắk Lắk giải\nngân đạt 48,7% kế hoạch vốn đầu tư công năm 2025','disbursement','pct_of_plan',48.7,basis='plan',p=('ytd','2025-01-01','2025-09-30'),area=('province','Đắk Lắk','Đắk Lắk'),h='yes'),
]))
R.append(dict(file='805_krong-pac-10-nam-ntm.txt',
doc=('66','Đắk Lắk','district','Krông Pắc','term','2016-01-01','2020-12-31'),
src=('https://krongpac.daklak.gov.vn/tin-tuc/ket-qua-xay-dung-ntm-giai-doan-2016-2020','2020-11-20'),
text='''Krông Pắc: kết quả 5 năm xây dựng nông thôn mới giai đoạn 2016 - 2020
(20/11/2020)

Sau 5 năm triển khai Chương trình MTQG xây dựng nông thôn mới giai đoạn 2016 - 2020,
diện mạo nông thôn huyện Krông Pắc (tỉnh Đắk Lắk) đã có nhiều đổi thay.

Tổng nguồn lực huy động trong giai đoạn đạt 2.146 tỷ đồng, trong đó vốn ngân sách
nhà nước 512 tỷ đồng. Giai đoạn 2016 - 2020, huyện có thêm 6 xã đạt chuẩn, nâng tổng
số lên 10/15 xã đạt chuẩn nông thôn mới; các xã còn lại bình quân đạt 15,4 tiêu chí/xã.
Còn 5 xã chưa đạt chuẩn. Toàn huyện có 36 thôn, buôn được công nhận đạt chuẩn nông thôn
mới; 1 xã đạt chuẩn nông thôn mới nâng cao (xã Hòa An).

Thu ngân sách trên địa bàn 5 năm tăng bình quân 12%/năm; năm 2020 ước đạt 286 tỷ đồng.

Giai đoạn 2021 - 2025, huyện phấn đấu có thêm 4 xã đạt chuẩn, 3 xã đạt chuẩn nâng cao
và huyện đạt chuẩn nông thôn mới.

Tấn Phát
''',
facts=[
F('có thêm 6 xã đạt chuẩn','ntm_communes','level',6),
F('10/15 xã đạt chuẩn nông thôn mới','ntm_communes','level',10,den=15,p=('as_of','2020-11-20','2020-11-20')),
F('1 xã đạt chuẩn nông thôn mới nâng cao','ntm_advanced_communes','level',1,p=('as_of','2020-11-20','2020-11-20')),
F('tăng bình quân 12%/năm','budget_revenue','change',12,basis='annual_avg'),
F('năm 2020 ước đạt 286 tỷ đồng','budget_revenue','level',286,approx='about',p=('year','2020-01-01','2020-12-31')),
]))
R.append(dict(file='806_hai-hau-thang-5-2019.txt',
doc=('36','Nam Định','district','Hải Hậu','month','2019-05-01','2019-05-31'),
src=('https://haihau.namdinh.gov.vn/tin-tuc/giao-ban-thang-5-2019','2019-06-04'),
text='''UBND HUYỆN HẢI HẬU GIAO BAN THÁNG 5/2019

Ngày 3/6/2019, UBND huyện Hải Hậu tổ chức hội nghị giao ban đánh giá kết quả thực hiện
nhiệm vụ tháng 5, triển khai nhiệm vụ trọng tâm tháng 6.

Thu ngân sách trong tháng đạt 21,6 tỷ đồng. Lũy kế 5 tháng thu ngân sách nhà nước trên
địa bàn đạt 142,8 tỷ đồng, bằng 52,4% dự toán năm, tăng 22% so với cùng kỳ năm 2018.
Thu tiền sử dụng đất đạt 88 tỷ đồng. Huyện phấn đấu cả năm thu 300 tỷ đồng.

Giải ngân vốn đầu tư XDCB đến 31/5 đạt 35,7% kế hoạch.

Về nông thôn mới kiểu mẫu: có 6/35 xã đăng ký về đích xã NTM kiểu mẫu năm 2019;
đến nay toàn huyện có 3 xã đạt chuẩn NTM kiểu mẫu, 12 xã đạt chuẩn nâng cao. Hội nghị
có 95 đại biểu tham dự.

Đào Phương - Đài TT huyện
''',
facts=[
F('Thu ngân sách trong tháng đạt 21,6 tỷ đồng','budget_revenue','level',21.6),
F('Lũy kế 5 tháng thu ngân sách nhà nước trên\nđịa bàn đạt 142,8 tỷ đồng','budget_revenue','level',142.8,p=('ytd','2019-01-01','2019-05-31')),
F('bằng 52,4% dự toán năm','budget_revenue','pct_of_plan',52.4,basis='estimate',p=('ytd','2019-01-01','2019-05-31')),
F('tăng 22% so với cùng kỳ năm 2018','budget_revenue','change',22,basis='yoy',p=('ytd','2019-01-01','2019-05-31')),
F('Giải ngân vốn đầu tư XDCB đến 31/5 đạt 35,7% kế hoạch','disbursement','pct_of_plan',35.7,basis='plan',p=('ytd','2019-01-01','2019-05-31')),
F('toàn huyện có 3 xã đạt chuẩn NTM kiểu mẫu','ntm_model_communes','level',3,p=('as_of','2019-05-31','2019-05-31')),
F('12 xã đạt chuẩn nâng cao','ntm_advanced_communes','level',12,p=('as_of','2019-05-31','2019-05-31')),
]))
