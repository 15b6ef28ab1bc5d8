from lib import D,F,A
D('1704_ha-tinh-thu-ngan-sach-thang-9-2022.txt','''
Báo Hà Tĩnh - Kinh tế
THU NGÂN SÁCH 9 THÁNG CỦA HÀ TĨNH ĐẠT 74,6% DỰ TOÁN

Lượt xem: 1.907 | 03/10/2022

Theo Sở Tài chính, 9 tháng năm 2022, tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 9.346 tỷ đồng,
bằng 74,6% dự toán HĐND tỉnh giao, tăng 6,2% so với cùng kỳ. Trong đó, thu nội địa
5.412 tỷ đồng (đạt 80,1% dự toán); thu từ hoạt động xuất nhập khẩu 3.934 tỷ đồng.
Riêng trong tháng 9, thu ngân sách đạt 1.018 tỷ đồng.

Chi ngân sách địa phương 9 tháng ước 12.870 tỷ đồng, đạt 67,3% dự toán.

Đáng chú ý, thu ngân sách địa phương hưởng mới đạt 6.050 tỷ đồng, trong đó tiền sử dụng đất
chỉ đạt 1.640 tỷ đồng, bằng 54% kế hoạch. Năm 2022, tỉnh được giao dự toán thu 12.530 tỷ đồng.

Ảnh minh họa: Cảng Sơn Dương - Vũng Áng. (Ảnh: Thiên Vỹ)
Thu Hà
Từ khóa: thu ngân sách, Sở Tài chính
''','Hà Tĩnh','province','Hà Tĩnh','nine_months','2022-01-01','2022-09-30',
url='https://baohatinh.vn/kinh-te/thu-ngan-sach-9-thang-dat-746-du-toan/241530.htm',date='2022-10-03',
facts=[F('budget_revenue','level',9346,'vnd_billion','tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 9.346 tỷ đồng',approx='about',head='yes'),
 F('budget_revenue','pct_of_plan',74.6,'percent','bằng 74,6% dự toán HĐND tỉnh giao',basis='estimate',head='yes'),
 F('budget_revenue','change',6.2,'percent','tăng 6,2% so với cùng kỳ',basis='yoy'),
 F('domestic_revenue','level',5412,'vnd_billion','5.412 tỷ đồng (đạt 80,1% dự toán)'),
 F('domestic_revenue','pct_of_plan',80.1,'percent','đạt 80,1% dự toán',basis='estimate'),
 F('budget_revenue','level',1018,'vnd_billion','Riêng trong tháng 9, thu ngân sách đạt 1.018 tỷ đồng',pt='month',ps='2022-09-01',pe='2022-09-30'),
 F('budget_expenditure','level',12870,'vnd_billion','Chi ngân sách địa phương 9 tháng ước 12.870 tỷ đồng',approx='about'),
 F('budget_expenditure','pct_of_plan',67.3,'percent','đạt 67,3% dự toán',basis='estimate'),
 F('budget_revenue','level',6050,'vnd_billion','thu ngân sách địa phương hưởng mới đạt 6.050 tỷ đồng'),
],nonfacts=3,tests='nine_months; month figure inside; domestic revenue; expenditure; local-share subtotal; land-use line item 54%; allocation được giao')
