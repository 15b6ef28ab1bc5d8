from lib import R
R('1019_dong-anh-thu-ngan-sach-2023.txt','''Hà Nội > Quận huyện
Đông Anh: Thu ngân sách năm 2023 vượt 31% dự toán
22/12/2023 - 08:45 | Báo Kinh tế & Đô thị

Kỳ họp thứ 14 HĐND huyện Đông Anh khóa XX đã bế mạc chiều 21/12. Năm 2023, thu ngân sách nhà nước trên địa bàn huyện đạt 7.865 tỷ đồng, đạt 131% dự toán thành phố giao, 118% dự toán HĐND huyện giao. Khoản thu tiền sử dụng đất đóng góp 5.900 tỷ đồng nhờ đấu giá thành công nhiều khu đất.

Cùng với cả thành phố - nơi Hà Nội dẫn đầu cả nước về thu ngân sách với 393.520 tỷ đồng - Đông Anh đang hoàn thiện các tiêu chí để trở thành quận vào năm 2025.

Giải ngân vốn đầu tư công của huyện đạt 2.340 tỷ đồng, bằng 87,5% kế hoạch.

Bài, ảnh: Phạm Hùng
Ảnh: Đại biểu biểu quyết thông qua các nghị quyết.
Tin cùng chuyên mục
- Sóc Sơn: Khởi công 5 công trình chào mừng 70 năm Giải phóng Thủ đô''','Hà Nội','district','Đông Anh','year','2023-01-01','2023-12-31',[
 ('budget_revenue','level',7865,'thu ngân sách nhà nước trên địa bàn huyện đạt 7.865 tỷ đồng'),
 ('budget_revenue','pct_of_plan',131,'đạt 131% dự toán thành phố giao',{'basis':'assigned_plan'}),
 ('budget_revenue','pct_of_plan',118,'118% dự toán HĐND huyện giao',{'basis':'resolution'}),
 ('budget_revenue','level',393520,'Hà Nội dẫn đầu cả nước về thu ngân sách với 393.520 tỷ đồng',{'level':'province','area':'Hà Nội','h':1}),
 ('disbursement','level',2340,'Giải ngân vốn đầu tư công của huyện đạt 2.340 tỷ đồng'),
 ('disbursement','pct_of_plan',87.5,'bằng 87,5% kế hoạch',{'basis':'plan'}),
])

R('1020_dong-nam-bo-thu-ngan-sach-2018.txt','''Kinh tế > Tài chính
Vùng Đông Nam Bộ đóng góp hơn 40% thu ngân sách cả nước
Cập nhật 03/01/2019 06:00

Năm 2018, cả nước thu ngân sách đạt hơn 1,42 triệu tỷ đồng, trong đó các địa phương vùng Đông Nam Bộ tiếp tục giữ vai trò đầu tàu.

TP.HCM thu ngân sách 378.000 tỷ đồng, đạt 96,6% dự toán. Bà Rịa - Vũng Tàu thu 71.200 tỷ đồng, trong đó dầu thô chiếm 27.000 tỷ đồng. Bình Dương thu 50.500 tỷ đồng, vượt 4% dự toán; Đồng Nai đạt 50.400 tỷ đồng. Ở khu vực giáp ranh, Long An thu 11.200 tỷ đồng, tăng 17% so với năm 2017.

Các địa phương cho biết năm 2019 sẽ phấn đấu thu vượt dự toán ít nhất 5%.

THÀNH NAM
Bình luận | Chia sẻ | Lưu tin''','','national','Việt Nam','year','2018-01-01','2018-12-31',[
 ('budget_revenue','level',378000,'TP.HCM thu ngân sách 378.000 tỷ đồng',{'level':'province','area':'Thành phố Hồ Chí Minh','prov':'Thành phố Hồ Chí Minh','h':1}),
 ('budget_revenue','pct_of_plan',96.6,'đạt 96,6% dự toán',{'level':'province','area':'Thành phố Hồ Chí Minh','prov':'Thành phố Hồ Chí Minh','h':1}),
 ('budget_revenue','level',71200,'Bà Rịa - Vũng Tàu thu 71.200 tỷ đồng',{'level':'province','area':'Bà Rịa - Vũng Tàu','prov':'Bà Rịa - Vũng Tàu','h':1}),
 ('budget_revenue','level',50500,'Bình Dương thu 50.500 tỷ đồng',{'level':'province','area':'Bình Dương','prov':'Bình Dương','h':1}),
 ('budget_revenue','pct_of_plan',104,'vượt 4% dự toán',{'level':'province','area':'Bình Dương','prov':'Bình Dương','h':1}),
 ('budget_revenue','level',50400,'Đồng Nai đạt 50.400 tỷ đồng',{'level':'province','area':'Đồng Nai','prov':'Đồng Nai','h':1}),
 ('budget_revenue','level',11200,'Long An thu 11.200 tỷ đồng',{'level':'province','area':'Long An','prov':'Long An','h':1}),
 ('budget_revenue','change',17,'tăng 17% so với năm 2017',{'level':'province','area':'Long An','prov':'Long An'}),
])

R('1021_yen-thanh-ve-dich-nong-thon-moi.txt','''YÊN THÀNH ĐÓN NHẬN BẰNG CÔNG NHẬN HUYỆN ĐẠT CHUẨN NÔNG THÔN MỚI
Đăng lúc: 19/01/2020 | Nguồn: Báo Nghệ An

Sáng 18/1, hơn 1.520 đại biểu và nhân dân dự lễ đón nhận Quyết định của Thủ tướng Chính phủ công nhận huyện Yên Thành đạt chuẩn nông thôn mới năm 2019.

Sau gần 10 năm, huyện có 38/38 xã đạt chuẩn nông thôn mới, đạt 9/9 tiêu chí huyện nông thôn mới; 120 xóm được công nhận khu dân cư nông thôn mới kiểu mẫu và 15 xã được công nhận "xã văn hóa nông thôn mới". Yên Thành là đơn vị cấp huyện thứ 5 của tỉnh về đích.

Đến cuối năm 2019, toàn tỉnh Nghệ An có 246/431 xã đạt chuẩn nông thôn mới, chiếm 57,1%.

Ảnh: Lãnh đạo tỉnh trao Bằng công nhận cho huyện Yên Thành. Ảnh: Xuân Hoàng
Xuân Hoàng
Tin liên quan:
• Quỳnh Lưu đặt mục tiêu lên thị xã''','Nghệ An','district','Yên Thành','as_of','2020-01-18','2020-01-18',[
 ('ntm_communes','level',38,'huyện có 38/38 xã đạt chuẩn nông thôn mới',{'den':38}),
 ('ntm_district_criteria','level',9,'đạt 9/9 tiêu chí huyện nông thôn mới',{'den':9}),
 ('ntm_communes','level',246,'toàn tỉnh Nghệ An có 246/431 xã đạt chuẩn nông thôn mới',{'den':431,'level':'province','area':'Nghệ An','h':1,'ps':'2019-12-31','pe':'2019-12-31'}),
 ('ntm_communes','share',57.1,'chiếm 57,1%',{'basis':'','level':'province','area':'Nghệ An','ps':'2019-12-31','pe':'2019-12-31'}),
])

R('1022_phuong-my-tho-thang-11-2025.txt','''Phường Mỹ Tho - Tỉnh Đồng Tháp
Trang chủ | Giới thiệu | Tin tức | Văn bản

Phường Mỹ Tho: Kết quả thực hiện nhiệm vụ tháng 11/2025
Ngày: 28/11/2025

Trong tháng 11, thu ngân sách nhà nước trên địa bàn phường đạt 28,4 tỷ đồng, tăng 12,3% so với tháng trước; chi ngân sách phường trong tháng 9,75 tỷ đồng; giải ngân vốn đầu tư công được 6,2 tỷ đồng.

Lũy kế từ ngày 01/7/2025 đến nay, thu ngân sách trên địa bàn đạt 132,6 tỷ đồng, đạt 61,5% dự toán 6 tháng cuối năm được tỉnh giao.

Phường có 14 khu phố; trong tháng tổ chức 3 đợt ra quân chỉnh trang đô thị với 620 lượt người tham gia. Tháng 12, phường phấn đấu thu 40 tỷ đồng.

Văn phòng HĐND và UBND phường''','Đồng Tháp','ward','Mỹ Tho','month','2025-11-01','2025-11-30',[
 ('budget_revenue','level',28.4,'thu ngân sách nhà nước trên địa bàn phường đạt 28,4 tỷ đồng'),
 ('budget_revenue','change',12.3,'tăng 12,3% so với tháng trước',{'basis':'mom'}),
 ('budget_expenditure','level',9.75,'chi ngân sách phường trong tháng 9,75 tỷ đồng'),
 ('disbursement','level',6.2,'giải ngân vốn đầu tư công được 6,2 tỷ đồng'),
 ('budget_revenue','level',132.6,'thu ngân sách trên địa bàn đạt 132,6 tỷ đồng',{'pt':'ytd','ps':'2025-07-01'}),
 ('budget_revenue','pct_of_plan',61.5,'đạt 61,5% dự toán 6 tháng cuối năm được tỉnh giao',{'basis':'assigned_plan','pt':'ytd','ps':'2025-07-01'}),
],url='https://mytho.dongthap.gov.vn/tin-tuc/ket-qua-thuc-hien-nhiem-vu-thang-11-2025',pub='2025-11-28')

R('1023_lam-dong-giai-ngan-thang-8-2022.txt','''Lâm Đồng: Tình hình kinh tế - xã hội tháng 8 năm 2022
Thứ Tư, 31/08/2022 | Cổng TTĐT tỉnh Lâm Đồng

Tháng 8/2022, thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 805 tỷ đồng; giải ngân vốn đầu tư công trong tháng đạt 412 tỷ đồng.

Lũy kế 8 tháng, thu ngân sách ước 7.980 tỷ đồng, đạt 73% dự toán Trung ương giao, tăng 18,4% so với cùng kỳ. Giải ngân vốn đầu tư công 8 tháng đạt 2.315 tỷ đồng, bằng 44,6% kế hoạch, cao hơn bình quân cả nước. Chi ngân sách địa phương lũy kế đạt 8.920 tỷ đồng.

Tỉnh tiếp tục chỉ đạo các địa phương hoàn thành mục tiêu năm 2022 có thêm 8 xã đạt chuẩn nông thôn mới; hiện nay 3 huyện đang hoàn thiện hồ sơ đề nghị công nhận huyện nông thôn mới.

Ảnh: Công trình hồ chứa nước Ta Hoét. Ảnh: Võ Trang
Lượt xem: 3.117''','Lâm Đồng','province','Lâm Đồng','ytd','2022-01-01','2022-08-31',[
 ('budget_revenue','level',805,'thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 805 tỷ đồng',{'approx':'about','pt':'month','ps':'2022-08-01'}),
 ('disbursement','level',412,'giải ngân vốn đầu tư công trong tháng đạt 412 tỷ đồng',{'pt':'month','ps':'2022-08-01'}),
 ('budget_revenue','level',7980,'Lũy kế 8 tháng, thu ngân sách ước 7.980 tỷ đồng',{'approx':'about','h':1}),
 ('budget_revenue','pct_of_plan',73,'đạt 73% dự toán Trung ương giao',{'basis':'assigned_plan','h':1}),
 ('budget_revenue','change',18.4,'tăng 18,4% so với cùng kỳ'),
 ('disbursement','level',2315,'Giải ngân vốn đầu tư công 8 tháng đạt 2.315 tỷ đồng',{'h':1}),
 ('disbursement','pct_of_plan',44.6,'bằng 44,6% kế hoạch',{'basis':'plan','h':1}),
 ('budget_expenditure','level',8920,'Chi ngân sách địa phương lũy kế đạt 8.920 tỷ đồng'),
])

R('1024_phu-cat-so-ket-giua-nhiem-ky.txt','''Huyện ủy Phù Cát sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI
Ngày 15/6, Ban Chấp hành Đảng bộ huyện Phù Cát tổ chức hội nghị sơ kết giữa nhiệm kỳ 2020 - 2025.

Nửa đầu nhiệm kỳ, thu ngân sách trên địa bàn bình quân tăng 14,5%/năm; riêng năm 2022 thu đạt 1.052 tỷ đồng, lần đầu vượt mốc nghìn tỷ. Tổng vốn đầu tư công đã giải ngân trong 2,5 năm đạt 1.186 tỷ đồng.

Về nông thôn mới, đến nay huyện có 15/16 xã đạt chuẩn nông thôn mới, 2 xã đạt chuẩn nâng cao; huyện đạt 7/9 tiêu chí huyện nông thôn mới. Có 48 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu.

Hội nghị chỉ ra hạn chế: tiến độ một số dự án trọng điểm còn chậm, thu hút đầu tư vào Khu kinh tế Nhơn Hội chưa tương xứng.

(Ảnh: Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị)
Ban Tuyên giáo Huyện ủy Phù Cát''','Bình Định','district','Phù Cát','midterm','2020-01-01','2023-06-15',[
 ('budget_revenue','change',14.5,'thu ngân sách trên địa bàn bình quân tăng 14,5%/năm',{'basis':'annual_avg'}),
 ('budget_revenue','level',1052,'riêng năm 2022 thu đạt 1.052 tỷ đồng',{'pt':'year','ps':'2022-01-01','pe':'2022-12-31'}),
 ('disbursement','level',1186,'Tổng vốn đầu tư công đã giải ngân trong 2,5 năm đạt 1.186 tỷ đồng'),
 ('ntm_communes','level',15,'huyện có 15/16 xã đạt chuẩn nông thôn mới',{'den':16,'pt':'as_of','ps':'2023-06-15'}),
 ('ntm_advanced_communes','level',2,'2 xã đạt chuẩn nâng cao',{'pt':'as_of','ps':'2023-06-15'}),
 ('ntm_district_criteria','level',9 if False else 7,'huyện đạt 7/9 tiêu chí huyện nông thôn mới',{'den':9,'pt':'as_of','ps':'2023-06-15'}),
],url='https://phucat.binhdinh.gov.vn/tin-tuc/so-ket-giua-nhiem-ky',pub='2023-06-16')
