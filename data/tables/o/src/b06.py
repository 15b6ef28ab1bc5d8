from lib import D,F,A
D('1715_xa-cao-phong-6-thang-cuoi-nam-2025.txt','''
Phú Thọ > Cơ sở
XÃ CAO PHONG GIẢI NGÂN ĐẠT 46% KẾ HOẠCH
15/11/2025 - 16:30

Từ khi vận hành mô hình chính quyền hai cấp (1/7/2025) đến ngày 10/11, xã Cao Phong (tỉnh Phú Thọ) đã giải ngân
21,8 tỷ đồng vốn đầu tư công, đạt 46% kế hoạch được giao; tiến độ còn chậm do nhiều dự án chuyển tiếp từ huyện cũ.
Thu ngân sách trên địa bàn đạt 15,4 tỷ đồng. Toàn tỉnh Phú Thọ (mới) đến 31/10 giải ngân đạt 58,7% kế hoạch.
Xã có 19 khu dân cư đạt chuẩn NTM kiểu mẫu; 312 lượt người tham gia ngày hội đại đoàn kết.
Bùi Minh (TTVH xã)
''','Phú Thọ','commune','Cao Phong','ytd','2025-07-01','2025-11-10',
url='https://baophutho.vn/xa-cao-phong-giai-ngan-dat-46.htm',date='2025-11-15',
facts=[F('disbursement','level',21.8,'vnd_billion','21,8 tỷ đồng vốn đầu tư công'),
 F('disbursement','pct_of_plan',46,'percent','đạt 46% kế hoạch được giao',basis='assigned_plan'),
 A('disbursement','slow','tiến độ còn chậm'),
 F('budget_revenue','level',15.4,'vnd_billion','Thu ngân sách trên địa bàn đạt 15,4 tỷ đồng'),
 F('disbursement','pct_of_plan',58.7,'percent','Toàn tỉnh Phú Thọ (mới) đến 31/10 giải ngân đạt 58,7% kế hoạch',basis='plan',level='province',area='Phú Thọ',ps='2025-01-01',pe='2025-10-31',head='yes'),
],nonfacts=2,tests='post-2025 commune (merged Phú Thọ); slow; province quote; khu dân cư kiểu mẫu; attendance')
