from lib import D,F,A
D('1709_phuong-dong-hoi-9-thang-2025.txt','''
Trang chủ > Chính quyền > Tin hoạt động
Phường Đồng Hới: thu ngân sách 9 tháng vượt dự toán năm
Cập nhật lúc 14:05, 02/10/2025

Chiều 1/10, HĐND phường Đồng Hới (tỉnh Quảng Trị) tổ chức kỳ họp chuyên đề. Theo báo cáo, 9 tháng năm
2025 tổng thu ngân sách nhà nước trên địa bàn phường đạt 312,5 tỷ đồng, bằng 104,2% dự toán,
tăng 14% so với cùng kỳ năm 2024; chi ngân sách phường 128 tỷ đồng.
Giải ngân vốn đầu tư công do phường quản lý đạt 71,6% kế hoạch (94,3/131,7 tỷ đồng).

Toàn tỉnh Quảng Trị đến 30/9 giải ngân đạt 52,4% kế hoạch vốn Thủ tướng giao.
Kỳ họp có 27/29 đại biểu dự.
Ảnh: Quang cảnh kỳ họp. (Ảnh: Phan Phương)
Phan Phương | Chia sẻ
''','Quảng Trị','ward','Đồng Hới','nine_months','2025-01-01','2025-09-30',
url='https://donghoi.quangtri.gov.vn/tin-tuc/phuong-dong-hoi-thu-ngan-sach-9-thang.html',date='2025-10-02',
facts=[F('budget_revenue','level',312.5,'vnd_billion','tổng thu ngân sách nhà nước trên địa bàn phường đạt 312,5 tỷ đồng'),
 F('budget_revenue','pct_of_plan',104.2,'percent','bằng 104,2% dự toán',basis='estimate'),
 F('budget_revenue','change',14,'percent','tăng 14% so với cùng kỳ năm 2024',basis='yoy'),
 F('budget_expenditure','level',128,'vnd_billion','chi ngân sách phường 128 tỷ đồng'),
 F('disbursement','pct_of_plan',71.6,'percent','đạt 71,6% kế hoạch',basis='plan'),
 F('disbursement','level',94.3,'vnd_billion','94,3/131,7 tỷ đồng',den=131.7),
 F('disbursement','pct_of_plan',52.4,'percent','Toàn tỉnh Quảng Trị đến 30/9 giải ngân đạt 52,4% kế hoạch',basis='assigned_plan',level='province',area='Quảng Trị',pt='ytd',head='yes'),
],nonfacts=1,tests='post-2025 ward; new Quảng Trị; actual/plan amounts; province quote; 27/29 attendance')

D('1710_quang-tri-ket-qua-nam-2025.txt','''
BÁO QUẢNG TRỊ ĐIỆN TỬ
Kinh tế | 09/12/2025
Quảng Trị thu ngân sách năm 2025 ước đạt 9.860 tỷ đồng

Tại kỳ họp thứ 5 HĐND tỉnh khóa VIII (sau hợp nhất), UBND tỉnh báo cáo: năm 2025 thu ngân sách nhà nước
trên địa bàn ước đạt 9.860 tỷ đồng, vượt 9,6% dự toán; thu ngân sách địa phương hưởng ước 7.215 tỷ đồng.
Giải ngân vốn đầu tư công đến 30/11 đạt 68,9% kế hoạch, tương đương 8.412 tỷ đồng.
Toàn tỉnh hiện có 92/108 xã đạt chuẩn nông thôn mới (tính theo địa giới xã mới), 21 xã đạt chuẩn
NTM nâng cao; bình quân đạt 18,1 tiêu chí/xã.
Giai đoạn 2021 - 2025, tổng thu ngân sách trên địa bàn (hai tỉnh cũ cộng lại) đạt 44.300 tỷ đồng,
bình quân tăng 8,7%/năm.

Năm 2026, tỉnh phấn đấu thu 10.500 tỷ đồng.
Ảnh: Kỳ họp HĐND tỉnh. (Ảnh: Đăng Đức) - Thanh Hải
''','Quảng Trị','province','Quảng Trị','year','2025-01-01','2025-12-31',
url='https://baoquangtri.vn/kinh-te/quang-tri-thu-ngan-sach-nam-2025-196512.htm',date='2025-12-09',
facts=[F('budget_revenue','level',9860,'vnd_billion','trên địa bàn ước đạt 9.860 tỷ đồng',approx='about',head='yes'),
 F('budget_revenue','pct_of_plan',109.6,'percent','vượt 9,6% dự toán',basis='estimate',head='yes'),
 F('budget_revenue','level',7215,'vnd_billion','thu ngân sách địa phương hưởng ước 7.215 tỷ đồng',approx='about'),
 F('disbursement','pct_of_plan',68.9,'percent','Giải ngân vốn đầu tư công đến 30/11 đạt 68,9% kế hoạch',basis='plan',pt='ytd',pe='2025-11-30',head='yes'),
 F('disbursement','level',8412,'vnd_billion','tương đương 8.412 tỷ đồng',pt='ytd',pe='2025-11-30',head='yes'),
 F('ntm_communes','level',92,'count','Toàn tỉnh hiện có 92/108 xã đạt chuẩn nông thôn mới',den=108,pt='as_of',ps='',pe='2025-12-09',head='yes'),
 F('ntm_advanced_communes','level',21,'count','21 xã đạt chuẩn',pt='as_of',ps='',pe='2025-12-09'),
 F('budget_revenue','level',44300,'vnd_billion','tổng thu ngân sách trên địa bàn (hai tỉnh cũ cộng lại) đạt 44.300 tỷ đồng',pt='term',ps='2021-01-01',pe='2025-12-31',head='yes'),
 F('budget_revenue','change',8.7,'percent','bình quân tăng 8,7%/năm',basis='annual_avg',pt='term',ps='2021-01-01',pe='2025-12-31'),
],nonfacts=3,tests='post-2025 province; term total inside year report; annual avg; local-share subtotal; target 2026; tiêu chí/xã')

D('1711_bac-trung-bo-giai-ngan-10-thang-2025.txt','''
Thời sự > Kinh tế vĩ mô
Giải ngân đầu tư công 10 tháng: các tỉnh Bắc Trung Bộ tăng tốc
Hà Nội, 04/11/2025 (TTXVN)

Tính đến hết tháng 10/2025, nhiều địa phương khu vực Bắc Trung Bộ có tỷ lệ giải ngân cao hơn bình quân
cả nước (56,1%). Hà Tĩnh đạt 71,3% kế hoạch, Nghệ An 64,8% (khoảng 6.920 tỷ đồng), Thanh Hóa 60,2%.
Trong khi đó Quảng Trị đạt 57%, Huế mới đạt 49,5%, thuộc nhóm giải ngân thấp.

Phó Thủ tướng yêu cầu các địa phương phấn đấu giải ngân 100% kế hoạch năm 2025.
Chia sẻ | Tin liên quan: Hà Tĩnh họp bàn tháo gỡ mặt bằng cao tốc Bắc - Nam
''','','national','Việt Nam','ytd','2025-01-01','2025-10-31',
url='https://baotintuc.vn/kinh-te/giai-ngan-10-thang-bac-trung-bo-20251104.htm',date='2025-11-04',
facts=[F('disbursement','pct_of_plan',71.3,'percent','Hà Tĩnh đạt 71,3% kế hoạch',basis='plan',level='province',area='Hà Tĩnh',prov='Hà Tĩnh',head='yes'),
 F('disbursement','pct_of_plan',64.8,'percent','Nghệ An 64,8%',basis='plan',level='province',area='Nghệ An',prov='Nghệ An',head='yes'),
 F('disbursement','level',6920,'vnd_billion','khoảng 6.920 tỷ đồng',approx='about',level='province',area='Nghệ An',prov='Nghệ An',head='yes'),
 F('disbursement','pct_of_plan',60.2,'percent','Thanh Hóa 60,2%',basis='plan',level='province',area='Thanh Hóa',prov='Thanh Hóa',head='yes'),
 F('disbursement','pct_of_plan',57,'percent','Quảng Trị đạt 57%',basis='plan',level='province',area='Quảng Trị',prov='Quảng Trị',head='yes'),
 F('disbursement','pct_of_plan',49.5,'percent','Huế mới đạt 49,5%',basis='plan',level='province',area='Huế',prov='Huế',head='yes'),
 A('disbursement','low','thuộc nhóm giải ngân thấp',level='province',area='Huế',prov='Huế'),
],nonfacts=1,tests='post-2025 roundup; national avg not a row; target 100%')

D('1712_xa-tu-le-thu-ngan-sach.txt','''
Lào Cai - Tin cơ sở
Tú Lệ: 5 tháng cuối năm thu ngân sách đạt 4,62 tỷ đồng
(Cập nhật 28/11/2025)

Sau gần 5 tháng vận hành chính quyền địa phương hai cấp, xã Tú Lệ (tỉnh Lào Cai) thu ngân sách trên địa bàn
từ 1/7 đến 25/11 được 4,62 tỉ đồng, đạt 82% dự toán tỉnh giao cho 6 tháng cuối năm. Xã hiện có 14 bản
đạt chuẩn NTM; 3 bản còn khó khăn. Toàn tỉnh Lào Cai 11 tháng thu ngân sách khoảng 11.250 tỷ đồng.

Người dân ở đây tích cực tham gia du lịch cộng đồng; Ngân hàng CSXH cho 86 hộ vay 4,1 tỷ đồng.
Ảnh: Ruộng bậc thang Tú Lệ mùa lúa chín. (Ảnh: Thanh Ba) - Thanh Ba
''','Lào Cai','commune','Tú Lệ','ytd','2025-07-01','2025-11-25',
url='https://baolaocai.vn/tu-le-5-thang-cuoi-nam-thu-ngan-sach.html',date='2025-11-28',
facts=[F('budget_revenue','level',4.62,'vnd_billion','được 4,62 tỉ đồng'),
 F('budget_revenue','pct_of_plan',82,'percent','đạt 82% dự toán tỉnh giao cho 6 tháng cuối năm',basis='estimate'),
 F('budget_revenue','level',11250,'vnd_billion','Toàn tỉnh Lào Cai 11 tháng thu ngân sách khoảng 11.250 tỷ đồng',approx='about',level='province',area='Lào Cai',ps='2025-01-01',pe='2025-11-30',head='yes'),
],nonfacts=3,tests='post-2025 commune; tỉ spelling; period from 1/7; bản NTM hamlets; CSXH loans; province quote')
