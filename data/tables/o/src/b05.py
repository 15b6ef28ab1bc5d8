from lib import D,F,A
D('1713_nghe-an-thu-ngan-sach-thang-10-2025.txt','''
Trang chủ > Kinh tế
Nghệ An: Thu ngân sách tháng 10 đạt 2.105 tỷ đồng
Thứ Hai, 03/11/2025 - 09:12 | Lượt xem: 3.046

Theo Sở Tài chính, trong tháng 10/2025 thu ngân sách nhà nước trên địa bàn tỉnh đạt 2.105 tỷ đồng, tăng
5,3% so với tháng trước. Lũy kế 10 tháng, tổng thu đạt 22.640 tỷ đồng, bằng 104,5% dự toán năm,
bằng 118% so với cùng kỳ; thu nội địa đạt 21.380 tỷ đồng.
Tính đến 31/10, toàn tỉnh giải ngân 7.010 tỷ đồng, đạt 65,1% kế hoạch.
Hiện nay, 125 xã, phường (sau sắp xếp) đang triển khai chương trình; tỉnh chọn 28 xã làm điểm NTM hiện đại.
Thu Huyền - Bình luận (0) - Chia sẻ
''','Nghệ An','province','Nghệ An','month','2025-10-01','2025-10-31',
url='https://baonghean.vn/kinh-te/nghe-an-thu-ngan-sach-thang-10.html',date='2025-11-03',
facts=[F('budget_revenue','level',2105,'vnd_billion','thu ngân sách nhà nước trên địa bàn tỉnh đạt 2.105 tỷ đồng',head='yes'),
 F('budget_revenue','change',5.3,'percent','tăng\n5,3% so với tháng trước'.split('\n')[1],basis='mom'),
 F('budget_revenue','level',22640,'vnd_billion','tổng thu đạt 22.640 tỷ đồng',pt='ytd',ps='2025-01-01',head='yes'),
 F('budget_revenue','pct_of_plan',104.5,'percent','bằng 104,5% dự toán năm',basis='estimate',pt='ytd',ps='2025-01-01',head='yes'),
 F('budget_revenue','change',18,'percent','bằng 118% so với cùng kỳ',basis='yoy',pt='ytd',ps='2025-01-01'),
 F('domestic_revenue','level',21380,'vnd_billion','thu nội địa đạt 21.380 tỷ đồng',pt='ytd',ps='2025-01-01'),
 F('disbursement','level',7010,'vnd_billion','toàn tỉnh giải ngân 7.010 tỷ đồng',pt='ytd',ps='2025-01-01',head='yes'),
 F('disbursement','pct_of_plan',65.1,'percent','đạt 65,1% kế hoạch',basis='plan',pt='ytd',ps='2025-01-01',head='yes'),
],nonfacts=2,tests='post-2025 month report with YTD; bằng 118% -> +18 yoy; mom; chọn 28 xã điểm; 125 xã phường count')

D('1714_luong-son-thu-ngan-sach-2024.txt','''
Báo Hòa Bình > Kinh tế
Lương Sơn thu ngân sách đạt 1.186 tỷ đồng, tăng 22% so với cùng kỳ năm 2023
20/12/2024

Năm 2024, tổng thu ngân sách nhà nước trên địa bàn huyện Lương Sơn (tỉnh Hòa Bình) ước 1.186 tỷ đồng, đạt 126,4%
dự toán tỉnh giao, 110% nghị quyết HĐND huyện. Thu mới (không kể tiền sử dụng đất) đạt 402 tỷ đồng.
Giải ngân vốn đầu tư công của huyện đạt 87,5% kế hoạch. Huyện có 15/18 xã đạt chuẩn NTM,
7 xã NTM nâng cao; đã đạt 9/9 tiêu chí huyện NTM, đang trình Trung ương thẩm định.
Tăng 2 xã so với năm 2023. Năm 2025 huyện phấn đấu thu 1.250 tỷ đồng.
Ảnh: Khu công nghiệp Lương Sơn. (Ảnh: Hải Yến) | Hải Yến
''','Hòa Bình','district','Lương Sơn','year','2024-01-01','2024-12-31',
url='https://baohoabinh.com.vn/kinh-te/luong-son-thu-ngan-sach-2024.htm',date='2024-12-20',
facts=[F('budget_revenue','level',1186,'vnd_billion','huyện Lương Sơn (tỉnh Hòa Bình) ước 1.186 tỷ đồng',approx='about'),
 F('budget_revenue','pct_of_plan',126.4,'percent','đạt 126,4%',basis='estimate'),
 F('budget_revenue','pct_of_plan',110,'percent','110% nghị quyết HĐND huyện',basis='resolution'),
 F('budget_revenue','change',22,'percent','tăng 22% so với cùng kỳ năm 2023',basis='yoy'),
 F('budget_revenue','level',402,'vnd_billion','Thu mới (không kể tiền sử dụng đất) đạt 402 tỷ đồng'),
 F('disbursement','pct_of_plan',87.5,'percent','Giải ngân vốn đầu tư công của huyện đạt 87,5% kế hoạch',basis='plan'),
 F('ntm_communes','level',15,'count','Huyện có 15/18 xã đạt chuẩn NTM',den=18,pt='as_of',ps='',pe='2024-12-20'),
 F('ntm_advanced_communes','level',7,'count','7 xã NTM nâng cao',pt='as_of',ps='',pe='2024-12-20'),
 F('ntm_district_criteria','level',9,'count','đã đạt 9/9 tiêu chí huyện NTM',den=9,pt='as_of',ps='',pe='2024-12-20'),
],nonfacts=2,tests='bare district title; province named once; cùng kỳ 2023 inside 2024; two plans; thu mới subtotal; tăng 2 xã; target 2025')
