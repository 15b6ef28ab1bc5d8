from lib import R
R('1004_thu-ngan-sach-vuot-du-toan.txt','''Tin tức > Kinh tế - Xã hội

THU NGÂN SÁCH VƯỢT DỰ TOÁN, NHIỀU CÔNG TRÌNH TRỌNG ĐIỂM HOÀN THÀNH

Chiều qua, HĐND huyện khóa XII tổ chức kỳ họp thường lệ cuối năm, xem xét các báo cáo về tình hình kinh tế - xã hội, quốc phòng - an ninh năm nay và nhiệm vụ năm tới.

Năm nay, thu ngân sách trên địa bàn ước đạt 1.126 tỷ đồng, vượt 12,5% dự toán tỉnh giao; trong đó thu do huyện quản lý ước 402 tỷ đồng, đạt 118% dự toán HĐND huyện. Riêng khoản thu tiền sử dụng đất đạt 530 tỷ đồng, chiếm gần một nửa tổng thu. Chi ngân sách huyện ước thực hiện 689 tỷ 450 triệu đồng.

Về xây dựng nông thôn mới, 10/10 xã tiếp tục giữ vững chuẩn nông thôn mới, trong đó có 4 xã đạt chuẩn nâng cao; toàn huyện có thêm 28 ấp được công nhận ấp nông thôn mới kiểu mẫu.

Năm tới, huyện phấn đấu thu ngân sách trên địa bàn 1.250 tỷ đồng, tăng trưởng bình quân 10%/năm theo Nghị quyết Đại hội.

(Ảnh: Các đại biểu biểu quyết thông qua nghị quyết tại kỳ họp)
Văn phòng HĐND-UBND huyện
Các tin khác | Về đầu trang''','Bình Dương','district','Bắc Tân Uyên','year','2022-01-01','2022-12-31',[
 ('budget_revenue','level',1126,'thu ngân sách trên địa bàn ước đạt 1.126 tỷ đồng',{'approx':'about'}),
 ('budget_revenue','pct_of_plan',112.5,'vượt 12,5% dự toán tỉnh giao',{'basis':'assigned_plan'}),
 ('budget_revenue','level',402,'thu do huyện quản lý ước 402 tỷ đồng',{'approx':'about'}),
 ('budget_revenue','pct_of_plan',118,'đạt 118% dự toán HĐND huyện',{'basis':'resolution'}),
 ('budget_expenditure','level',689.45,'Chi ngân sách huyện ước thực hiện 689 tỷ 450 triệu đồng',{'approx':'about'}),
 ('ntm_communes','level',10,'10/10 xã tiếp tục giữ vững chuẩn nông thôn mới',{'den':10,'pt':'as_of','ps':'2022-12-20','pe':'2022-12-20'}),
 ('ntm_advanced_communes','level',4,'có 4 xã đạt chuẩn nâng cao',{'pt':'as_of','ps':'2022-12-20','pe':'2022-12-20'}),
],url='https://bactanuyen.binhduong.gov.vn/tin-tuc/kinh-te-xa-hoi/thu-ngan-sach-vuot-du-toan-nhieu-cong-trinh-trong-diem-hoan-thanh',pub='2022-12-20')

R('1005_phu-tho-9-thang-2025.txt','''BÁO PHÚ THỌ ĐIỆN TỬ
Trang chủ » Thời sự » Kinh tế

Phú Thọ: Thu ngân sách 9 tháng ước đạt 78,5% dự toán
05/10/2025 07:10 GMT+7

Theo Sở Tài chính, 9 tháng năm 2025, thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 29.870 tỷ đồng, bằng 78,5% dự toán Trung ương giao, tăng 14,2% so với cùng kỳ. Do tỉnh mới vận hành từ ngày 1/7/2025, số liệu được tổng hợp theo ba địa bàn cũ: khu vực Vĩnh Phúc (cũ) thu 21.400 tỷ đồng; Phú Thọ (cũ) 6.100 tỷ đồng; Hòa Bình (cũ) 2.370 tỷ đồng.

Giải ngân vốn đầu tư công đến 30/9 đạt 8.245 tỷ đồng, bằng 52,3% kế hoạch, vẫn ở mức thấp so với yêu cầu. UBND tỉnh yêu cầu 148 xã, phường và các chủ đầu tư rà soát, điều chuyển vốn từ dự án chậm sang dự án có khả năng giải ngân tốt.

Mục tiêu cả năm, tỉnh phấn đấu thu ngân sách đạt 40.000 tỷ đồng.

Hơn 400 đại biểu dự hội nghị trực tuyến tới các điểm cầu xã, phường.

Ảnh: Toàn cảnh hội nghị. Ảnh: Minh Hương
Minh Hương
Tin cùng chuyên mục:
- Phú Thọ công bố quy hoạch tỉnh sau hợp nhất
- Xã Vĩnh Phú khánh thành nhà văn hóa''','Phú Thọ','province','Phú Thọ','nine_months','2025-01-01','2025-09-30',[
 ('budget_revenue','level',29870,'thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 29.870 tỷ đồng',{'approx':'about','h':1}),
 ('budget_revenue','pct_of_plan',78.5,'bằng 78,5% dự toán Trung ương giao',{'basis':'assigned_plan','h':1}),
 ('budget_revenue','change',14.2,'tăng 14,2% so với cùng kỳ'),
 ('budget_revenue','level',21400,'khu vực Vĩnh Phúc (cũ) thu 21.400 tỷ đồng',{'area':'Vĩnh Phúc','prov':'Vĩnh Phúc'}),
 ('budget_revenue','level',6100,'Phú Thọ (cũ) 6.100 tỷ đồng',{'area':'Phú Thọ','prov':'Phú Thọ'}),
 ('budget_revenue','level',2370,'Hòa Bình (cũ) 2.370 tỷ đồng',{'area':'Hòa Bình','prov':'Hòa Bình'}),
 ('disbursement','level',8245,'Giải ngân vốn đầu tư công đến 30/9 đạt 8.245 tỷ đồng',{'h':1}),
 ('disbursement','pct_of_plan',52.3,'bằng 52,3% kế hoạch',{'basis':'plan','h':1}),
 ('disbursement','assessment',None,'vẫn ở mức thấp so với yêu cầu',{'a':'low'}),
],url='https://baophutho.vn/phu-tho-thu-ngan-sach-9-thang-uoc-dat-78-5-du-toan-240118.htm',pub='2025-10-05')

R('1006_krong-pac-nong-thon-moi-2017.txt','''<div class="breadcrumb">Trang chủ &raquo; Nông nghiệp - Nông thôn</div>
Kr&ocirc;ng P&#7855;c: Nông thôn mới chuyển biến r&otilde; nét
Ngày đăng: 12/12/2017&nbsp;&nbsp;|&nbsp;&nbsp;Lượt xem: 856

Sau 6 năm triển khai Chương trình mục tiêu quốc gia
xây dựng nông thôn mới, bộ mặt nông thôn huyện
Krông Pắc đã có nhiều đổi thay.<br>
Giai đoạn đầu, huyện chọn 3 xã điểm để tập trung chỉ đạo
(Ea Kênh, Hòa An, Ea Phê). Đến nay, toàn huyện có
6/15 xã đạt chuẩn nông thôn mới, bình quân đạt 15,3
tiêu chí/xã; còn 2 xã đạt dưới 10 tiêu chí. Huyện đã
đạt 5/9 tiêu chí huyện nông thôn mới.<br><br>
Cũng theo báo cáo, đến cuối năm 2017 toàn tỉnh Đắk Lắk
có 42 xã đạt chuẩn nông thôn mới.
<p>Tổng nguồn vốn huy động cho chương trình giai đoạn
2011 - 2016 đạt hơn 2.350 tỷ đồng, trong đó nhân dân
đóng góp trên 410 tỷ đồng.</p>
<img src="/uploads/news/2017_12/ntm-krongpac.jpg" alt="">
Một tuyến đường liên thôn tại xã Ea Kênh. (Ảnh: H.Nhung)
Hồng Nhung (TTVH huyện)
[ Quay lại ] [ In trang ] [ Gửi email ]''','Đắk Lắk','district','Krông Pắc','as_of','2017-12-12','2017-12-12',[
 ('ntm_communes','level',6,'6/15 xã đạt chuẩn nông thôn mới',{'den':15}),
 ('ntm_district_criteria','level',5,'Huyện đã\nđạt 5/9 tiêu chí huyện nông thôn mới',{'den':9}),
 ('ntm_communes','level',42,'toàn tỉnh Đắk Lắk\ncó 42 xã đạt chuẩn nông thôn mới',{'level':'province','area':'Đắk Lắk','h':1,'ps':'2017-12-31','pe':'2017-12-31'}),
],url='http://krongpac.daklak.gov.vn/tin-tuc/krong-pac-nong-thon-moi-chuyen-bien-ro-net-1256.html',pub='2017-12-12')
