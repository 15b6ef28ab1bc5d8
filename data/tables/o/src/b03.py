from lib import D,F,A
D('1705_giai-ngan-11-thang-huyen.txt','''
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN
Trang chủ / Tin tức - Sự kiện / Kinh tế
Giải ngân vốn đầu tư công 11 tháng đạt 63,4%
Ngày đăng: 06/12/2023 | Lượt xem: 412

Chiều 5/12, UBND huyện tổ chức phiên họp thường kỳ tháng 11/2023. Tính đến ngày 30/11,
toàn huyện giải ngân được 187,2 tỷ đồng, đạt 63,4% kế hoạch vốn được giao (295,3 tỷ đồng); nhiều
dự án lớn như đường Tây Sơn - Sơn Kim vẫn vướng giải phóng mặt bằng nên tiến độ còn chậm.
Thu ngân sách trên địa bàn 11 tháng đạt 142 tỷ 650 triệu đồng, bằng 88,2% dự toán, riêng
trong tháng 11 thu được 9,3 tỷ đồng.

Về nông thôn mới, huyện đã đạt 8/9 tiêu chí huyện NTM; 6/25 xã đăng ký về đích NTM nâng cao
năm 2024. Toàn huyện còn 2 xã chưa đạt chuẩn. Năm 2023, 27 thôn được công nhận
khu dân cư NTM kiểu mẫu.

(Ảnh: Chủ tịch UBND huyện chủ trì phiên họp. Ảnh: Đình Nhật - TTVH huyện)
Đình Nhật (TTVH huyện)
''','Hà Tĩnh','district','Hương Sơn','ytd','2023-01-01','2023-11-30',
url='https://huongson.hatinh.gov.vn/tin-tuc/kinh-te/giai-ngan-von-dau-tu-cong-11-thang-dat-63-4.html',date='2023-12-06',
facts=[F('disbursement','level',187.2,'vnd_billion','toàn huyện giải ngân được 187,2 tỷ đồng'),
 F('disbursement','pct_of_plan',63.4,'percent','đạt 63,4% kế hoạch vốn được giao',basis='assigned_plan'),
 A('disbursement','slow','tiến độ còn chậm'),
 F('budget_revenue','level',142.65,'vnd_billion','Thu ngân sách trên địa bàn 11 tháng đạt 142 tỷ 650 triệu đồng'),
 F('budget_revenue','pct_of_plan',88.2,'percent','bằng 88,2% dự toán',basis='estimate'),
 F('budget_revenue','level',9.3,'vnd_billion','trong tháng 11 thu được 9,3 tỷ đồng',pt='month',ps='2023-11-01',pe='2023-11-30'),
 F('ntm_district_criteria','level',8,'count','huyện đã đạt 8/9 tiêu chí huyện NTM',den=9,pt='as_of',ps='',pe='2023-12-05'),
],nonfacts=4,tests='district named only in URL; month report with YTD; 215 tỷ 340 triệu style; allocation in parentheses; 6/25 xã đăng ký; còn 2 xã chưa đạt; thôn kiểu mẫu')

D('1706_mien-nui-phia-bac-giai-ngan-9-thang-2024.txt','''
Kinh tế > Đầu tư
NHIỀU TỈNH MIỀN NÚI PHÍA BẮC GIẢI NGÂN VỐN ĐẦU TƯ CÔNG CÒN THẤP
01/10/2024 07:30 GMT+7

Theo số liệu Bộ Tài chính, tính đến ngày 30/9/2024, tỷ lệ giải ngân vốn đầu tư công của cả nước
ước đạt 47,3% kế hoạch Thủ tướng giao. Ở khu vực miền núi phía Bắc, bức tranh không đồng đều.
Yên Bái dẫn đầu khu vực với 61,8%, tiếp đến Lai Châu đạt 55,4%; Sơn La đạt 44,9%
(giải ngân 2.315 tỷ đồng). Trong khi đó, Hòa Bình mới đạt 33,7%, Điện Biên 36,2%, thấp hơn
bình quân cả nước.

Lãnh đạo UBND tỉnh Hòa Bình thừa nhận giải ngân của tỉnh "còn chậm", chủ yếu do vướng mặt bằng tại
dự án đường cao tốc Hòa Bình - Mộc Châu.

Theo Bộ Tài chính, có 15 bộ, cơ quan trung ương và 12 địa phương có tỷ lệ giải ngân dưới 40%.
Hoàng Minh - TTXVN
Tin liên quan | Chia sẻ Facebook | Gửi email
''','','national','Việt Nam','ytd','2024-01-01','2024-09-30',
url='https://baotintuc.vn/kinh-te/nhieu-tinh-mien-nui-phia-bac-giai-ngan-con-thap-20241001073012345.htm',date='2024-10-01',
facts=[F('disbursement','pct_of_plan',61.8,'percent','Yên Bái dẫn đầu khu vực với 61,8%',basis='assigned_plan',level='province',area='Yên Bái',prov='Yên Bái',head='yes'),
 F('disbursement','pct_of_plan',55.4,'percent','Lai Châu đạt 55,4%',basis='assigned_plan',level='province',area='Lai Châu',prov='Lai Châu',head='yes'),
 F('disbursement','pct_of_plan',44.9,'percent','Sơn La đạt 44,9%',basis='assigned_plan',level='province',area='Sơn La',prov='Sơn La',head='yes'),
 F('disbursement','level',2315,'vnd_billion','giải ngân 2.315 tỷ đồng',level='province',area='Sơn La',prov='Sơn La',head='yes'),
 F('disbursement','pct_of_plan',33.7,'percent','Hòa Bình mới đạt 33,7%',basis='assigned_plan',level='province',area='Hòa Bình',prov='Hòa Bình',head='yes'),
 A('disbursement','slow','giải ngân của tỉnh "còn chậm"',level='province',area='Hòa Bình',prov='Hòa Bình'),
 F('disbursement','pct_of_plan',36.2,'percent','Điện Biên 36,2%',basis='assigned_plan',level='province',area='Điện Biên',prov='Điện Biên',head='yes'),
],nonfacts=2,tests='roundup 5 provinces; national total not a row; 12 địa phương dưới 40% not a fact')

D('1707_xa-tien-dien-ntm-kieu-mau.txt','''
Trang chủ > Nông thôn mới
Tiên Điền đón Bằng công nhận xã nông thôn mới kiểu mẫu
Thứ Bảy, 15/04/2023

(Baohatinh.vn) - Sáng 15/4, xã Tiên Điền (huyện Nghi Xuân) long trọng tổ chức lễ đón nhận
Bằng công nhận xã đạt chuẩn nông thôn mới kiểu mẫu năm 2022.

Năm 2022, tổng thu ngân sách trên địa bàn xã đạt 8.540 triệu đồng, vượt 27% kế hoạch huyện giao.
Tổng chi ngân sách xã 7.912 triệu đồng. Thu nhập bình quân đầu người đạt 61,5 triệu đồng/năm;
100% thôn đạt chuẩn khu dân cư NTM kiểu mẫu, xã có 6 sản phẩm OCOP.

Phát biểu tại buổi lễ, Phó Bí thư Thường trực Huyện ủy Nghi Xuân cho biết, đến nay Nghi Xuân có
4 xã đạt chuẩn NTM kiểu mẫu và 10 xã đạt chuẩn NTM nâng cao.

Ảnh: Lãnh đạo huyện Nghi Xuân trao Bằng công nhận cho xã Tiên Điền. (Ảnh: Thái Oanh)
Thái Oanh
Bình luận: Quê hương Đại thi hào Nguyễn Du ngày càng khang trang! - Lê Hà
''','Hà Tĩnh','commune','Tiên Điền','year','2022-01-01','2022-12-31',
url='https://baohatinh.vn/nong-thon-moi/tien-dien-don-bang-cong-nhan-xa-ntm-kieu-mau/245002.htm',date='2023-04-15',
facts=[F('budget_revenue','level',8.54,'vnd_billion','tổng thu ngân sách trên địa bàn xã đạt 8.540 triệu đồng'),
 F('budget_revenue','pct_of_plan',127,'percent','vượt 27% kế hoạch huyện giao',basis='assigned_plan'),
 F('budget_expenditure','level',7.912,'vnd_billion','Tổng chi ngân sách xã 7.912 triệu đồng'),
 F('ntm_model_communes','level',4,'count','Nghi Xuân có\n4 xã đạt chuẩn NTM kiểu mẫu'.split('\n')[1],pt='as_of',ps='',pe='2023-04-15',level='district',area='Nghi Xuân'),
 F('ntm_advanced_communes','level',10,'count','10 xã đạt chuẩn NTM nâng cao',pt='as_of',ps='',pe='2023-04-15',level='district',area='Nghi Xuân'),
],nonfacts=2,tests='commune page; amounts in triệu đồng -> billion; income per capita; thôn kiểu mẫu; district quote')

D('1708_thanh-hoa-thu-ngan-sach-nam-nay.txt','''
THANH HÓA: THU NGÂN SÁCH NĂM NAY ƯỚC VƯỢT 23.700 TỶ ĐỒNG

Tin tức - Sự kiện | Kinh tế
Theo báo cáo của UBND tỉnh trình kỳ họp HĐND tỉnh cuối năm, tổng thu ngân sách nhà nước trên địa bàn
ước đạt 23.780 tỷ đồng, bằng 134% dự toán trung ương giao, 120% dự toán HĐND tỉnh giao, tăng 33% so với
năm trước; trong đó thu nội địa đạt 11.940 tỷ đồng, thu từ Liên hợp lọc hóa dầu Nghi Sơn đạt 11.840 tỷ đồng.
Tổng chi ngân sách địa phương ước 33.500 tỷ đồng.

Thanh Hóa tiếp tục nằm trong nhóm 15 địa phương có số thu ngân sách lớn nhất cả nước.
Về xây dựng nông thôn mới, toàn tỉnh hiện có 283 xã, 4 đơn vị cấp huyện đạt chuẩn NTM. Năm tới,
tỉnh phấn đấu thu ngân sách 26.000 tỷ đồng và có thêm 40 xã đạt chuẩn.

Ảnh: Khu kinh tế Nghi Sơn nhìn từ trên cao. (Ảnh: Lê Hợi)
Bài, ảnh: Lê Hợi
''','Thanh Hóa','province','Thanh Hóa','year','2018-01-01','2018-12-31',
url='https://baothanhhoa.vn/kinh-te/thanh-hoa-thu-ngan-sach-nam-nay-uoc-vuot-23-700-ty-dong-98765.htm',date='2018-12-08',
facts=[F('budget_revenue','level',23780,'vnd_billion','tổng thu ngân sách nhà nước trên địa bàn\nước đạt 23.780 tỷ đồng'.split('\n')[1],approx='about',head='yes'),
 F('budget_revenue','pct_of_plan',134,'percent','bằng 134% dự toán trung ương giao',basis='estimate',head='yes'),
 F('budget_revenue','pct_of_plan',120,'percent','120% dự toán HĐND tỉnh giao',basis='estimate'),
 F('budget_revenue','change',33,'percent','tăng 33% so với\nnăm trước'.split('\n')[0],basis='yoy'),
 F('domestic_revenue','level',11940,'vnd_billion','thu nội địa đạt 11.940 tỷ đồng'),
 F('budget_expenditure','level',33500,'vnd_billion','Tổng chi ngân sách địa phương ước 33.500 tỷ đồng',approx='about'),
 F('ntm_communes','level',283,'count','toàn tỉnh hiện có 283 xã',pt='as_of',ps='',pe='2018-12-08',head='yes'),
 F('ntm_districts','level',4,'count','4 đơn vị cấp huyện đạt chuẩn NTM',pt='as_of',ps='',pe='2018-12-08'),
],nonfacts=3,tests='undated page (year from sources.csv); two plans; title restated; refinery line item; target next year; thêm 40 xã; top-15 rank')
