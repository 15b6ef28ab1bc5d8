from lib import D,F,A
D('1701_dien-chau-thu-ngan-sach-vuot-du-toan.txt','''
Trang chủ > Tin tức > Kinh tế
Báo Nghệ An điện tử | Thứ Sáu, 27/12/2019 - 16:42
Lượt xem: 2.318

DIỄN CHÂU THU NGÂN SÁCH VƯỢT 18% DỰ TOÁN

(Baonghean.vn) - Chiều 26/12, HĐND huyện Diễn Châu khai mạc kỳ họp thứ 12, đánh giá tình hình
kinh tế - xã hội năm 2019 và quyết định nhiệm vụ năm 2020.

Theo báo cáo của UBND huyện, năm 2019 tổng thu ngân sách nhà nước trên địa bàn ước đạt 512,4 tỷ đồng,
vượt 18,3% dự toán tỉnh giao, tăng 11,6% so với năm 2018. Trong đó thu do huyện quản lý đạt 301,7 tỷ đồng;
riêng tiền sử dụng đất đạt 214 tỷ đồng, thuế ngoài quốc doanh 58 tỷ đồng.

Ảnh: Quang cảnh kỳ họp. (Ảnh: Thanh Lê)

Chương trình xây dựng nông thôn mới tiếp tục được quan tâm: trong năm có thêm 4 xã đạt chuẩn,
nâng tổng số lên 31/37 xã; bình quân toàn huyện đạt 17,4 tiêu chí/xã; 12 xóm đạt chuẩn khu dân cư
NTM kiểu mẫu. Huyện chọn 3 xã điểm để xây dựng NTM nâng cao trong năm 2020.

Đồng chí Chủ tịch UBND huyện cho biết, năm 2020 Diễn Châu phấn đấu thu ngân sách 560 tỷ đồng.
Toàn tỉnh Nghệ An năm nay thu ngân sách ước 15.210 tỷ đồng, Diễn Châu là một trong những địa
phương có số thu lớn nhất khối huyện.

Thanh Lê
Tin liên quan:
- Quỳnh Lưu: Kỳ họp HĐND thông qua 9 nghị quyết
- Yên Thành hoàn thành 21 tiêu chí huyện NTM?
Chia sẻ | In bài
''','Nghệ An','district','Diễn Châu','year','2019-01-01','2019-12-31',
url='https://baonghean.vn/dien-chau-thu-ngan-sach-vuot-18-du-toan-10291.html',date='2019-12-27',
facts=[F('budget_revenue','level',512.4,'vnd_billion','tổng thu ngân sách nhà nước trên địa bàn ước đạt 512,4 tỷ đồng',approx='about'),
 F('budget_revenue','pct_of_plan',118.3,'percent','vượt 18,3% dự toán tỉnh giao',basis='estimate'),
 F('budget_revenue','change',11.6,'percent','tăng 11,6% so với năm 2018',basis='yoy'),
 F('budget_revenue','level',301.7,'vnd_billion','thu do huyện quản lý đạt 301,7 tỷ đồng'),
 F('ntm_communes','level',31,'count','nâng tổng số lên 31/37 xã',den=37,pt='as_of',ps='',pe='2019-12-26'),
 F('budget_revenue','level',15210,'vnd_billion','Toàn tỉnh Nghệ An năm nay thu ngân sách ước 15.210 tỷ đồng',approx='about',level='province',area='Nghệ An',head='yes'),
],nonfacts=6,tests='bare district in title (caps); sub-total thu do huyện quản lý; line items; target 2020; thêm 4 xã; tiêu chí/xã; xóm kiểu mẫu; xã điểm; province quote')

D('1702_tp-vinh-giai-ngan-6-thang-2021.txt','''
Báo Nghệ An > Thời sự > Đô thị
TP. Vinh: Giải ngân vốn đầu tư công 6 tháng đạt 41,2%
Cập nhật: 08:15 ngày 05-07-2021

Sáng 3/7, Thành ủy Vinh tổ chức hội nghị sơ kết công tác quý II, đánh giá kết quả 6 tháng đầu năm 2021.
Báo cáo cho thấy, tổng thu ngân sách trên địa bàn thành phố 6 tháng đạt 1.124,6 tỷ đồng, bằng 52,3% dự toán
HĐND thành phố giao, tăng 9,1% so với cùng kỳ năm 2020.

Về đầu tư công, thành phố đã giải ngân 386 tỷ đồng (đạt 41,2% kế hoạch vốn năm), cao hơn mức
bình quân chung của tỉnh. "Toàn tỉnh đến ngày 30/6 mới giải ngân được 28,5% kế hoạch, còn chậm so
với yêu cầu", đồng chí Bí thư Thành ủy nhấn mạnh.

Hội nghị có 210 đại biểu tham dự. Trong 6 tháng, Ngân hàng CSXH thành phố giải ngân 96 tỷ đồng cho
hộ nghèo, hộ cận nghèo vay vốn.

Ảnh: Đồng chí Bí thư Thành ủy phát biểu kết luận hội nghị. Ảnh: Minh Quân
Minh Quân
Bình luận (2)
  Nguyễn Văn Hải: Mong thành phố đẩy nhanh dự án đường 72m.
''','Nghệ An','city','Vinh','half_year','2021-01-01','2021-06-30',
url='https://baonghean.vn/tp-vinh-giai-ngan-von-dau-tu-cong-6-thang-dat-41-2-288811.html',date='2021-07-05',
facts=[F('budget_revenue','level',1124.6,'vnd_billion','tổng thu ngân sách trên địa bàn thành phố 6 tháng đạt 1.124,6 tỷ đồng'),
 F('budget_revenue','pct_of_plan',52.3,'percent','bằng 52,3% dự toán',basis='estimate'),
 F('budget_revenue','change',9.1,'percent','tăng 9,1% so với cùng kỳ năm 2020',basis='yoy'),
 F('disbursement','level',386,'vnd_billion','thành phố đã giải ngân 386 tỷ đồng'),
 F('disbursement','pct_of_plan',41.2,'percent','đạt 41,2% kế hoạch vốn năm',basis='plan'),
 F('disbursement','pct_of_plan',28.5,'percent','Toàn tỉnh đến ngày 30/6 mới giải ngân được 28,5% kế hoạch',basis='plan',level='province',area='Nghệ An',head='yes'),
 A('disbursement','slow','mới giải ngân được 28,5% kế hoạch, còn chậm',level='province',area='Nghệ An'),
],nonfacts=2,tests='provincial city; Q2 meeting reviewing 6 months (half_year); yoy vs cùng kỳ 2020; province quote w/ assessment; CSXH loans; attendance')

D('1703_son-la-ntm-sau-5-nam.txt','''
BÁO SƠN LA
Trang chủ » Kinh tế » Nông nghiệp - Nông thôn

Sơn La: Sau 5 năm thực hiện Chương trình MTQG xây dựng nông thôn mới giai đoạn 2016 - 2020

Thứ Tư, 16/09/2020 | 10:21
(BSL) - Ngày 15/9, UBND tỉnh tổ chức hội nghị tổng kết 10 năm, trong đó
đánh giá giai đoạn 2016 – 2020 của Chương trình MTQG xây dựng nông thôn mới.

Giai đoạn 2016 – 2020, tổng nguồn lực huy động thực hiện chương trình trên 21.600 tỷ đồng.
Đến nay, toàn tỉnh có 45/188 xã đạt chuẩn nông thôn mới (chiếm 23,9%), vượt mục tiêu
Nghị quyết Đại hội đề ra (40 xã); có 01 xã đạt chuẩn NTM nâng cao; huyện Mộc Châu
đã hoàn thành 9/9 tiêu chí huyện nông thôn mới và đang hoàn thiện hồ sơ đề nghị công nhận.
Bình quân đạt 13,2 tiêu chí/xã, không còn xã dưới 5 tiêu chí; 267 bản đạt chuẩn bản nông thôn mới.

Cũng trong 5 năm, thu ngân sách nhà nước trên địa bàn tỉnh đạt 25.930 tỷ đồng,
bình quân tăng 10,8%/năm.

Hội nghị đã khen thưởng 42 tập thể, 57 cá nhân.
Ảnh: Đồng chí Phó Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể. (Ảnh: Lò Thị Hằng)

Lò Hằng
Tin cùng chuyên mục
» Mai Sơn: Chung tay xây dựng bản NTM kiểu mẫu
» Yên Châu ra quân xây dựng NTM năm 2020
''','Sơn La','province','Sơn La','term','2016-01-01','2020-12-31',
url='https://baosonla.org.vn/nong-nghiep/son-la-sau-5-nam-thuc-hien-chuong-trinh-ntm-abc123',date='2020-09-16',
facts=[F('ntm_communes','level',45,'count','toàn tỉnh có 45/188 xã đạt chuẩn nông thôn mới',den=188,pt='as_of',ps='',pe='2020-09-15',head='yes'),
 F('ntm_communes','share',23.9,'percent','chiếm 23,9%',pt='as_of',ps='',pe='2020-09-15'),
 F('ntm_advanced_communes','level',1,'count','có 01 xã đạt chuẩn NTM nâng cao',pt='as_of',ps='',pe='2020-09-15'),
 F('ntm_district_criteria','level',9,'count','huyện Mộc Châu\nđã hoàn thành 9/9 tiêu chí huyện nông thôn mới'.split('\n')[1],den=9,pt='as_of',ps='',pe='2020-09-15',level='district',area='Mộc Châu'),
 F('budget_revenue','level',25930,'vnd_billion','thu ngân sách nhà nước trên địa bàn tỉnh đạt 25.930 tỷ đồng',head='yes'),
 F('budget_revenue','change',10.8,'percent','bình quân tăng 10,8%/năm',basis='annual_avg'),
],nonfacts=5,tests='term 2016-2020; cumulative revenue; annual avg growth not pct_of_plan; mục tiêu 40 xã; tiêu chí/xã; bản NTM (hamlets); 9/9 district criteria of Mộc Châu; leading zero 01; commendations')
