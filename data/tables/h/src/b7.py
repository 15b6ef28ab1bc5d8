from lib import R
def P(n,**k):
    d={'level':'province','area':n,'prov':n,'basis':'assigned_plan','h':1}; d.update(k); return d
R('1028_giai-ngan-8-thang-2025-34-tinh.txt','''THỜI SỰ › ĐẦU TƯ

Bức tranh giải ngân 8 tháng ở 34 tỉnh, thành sau hợp nhất
Thứ Hai, 08/9/2025 | 19:05

Theo báo cáo của Bộ Tài chính, đến hết ngày 31/8/2025, tỷ lệ giải ngân vốn đầu tư công của các địa phương có sự phân hóa rõ rệt sau khi hợp nhất.

Tuyên Quang dẫn đầu với 65,7% kế hoạch Thủ tướng Chính phủ giao, tiếp theo là Hải Phòng (58,3%) và Huế (50,6%). Nhóm cuối bảng gồm Thành phố Hồ Chí Minh mới đạt 27,4% dù có số vốn lớn nhất (giải ngân khoảng 31.500 tỷ đồng), Quảng Ngãi 40,2% và An Giang 44,9%.

Bộ Tài chính lưu ý có 18/34 địa phương giải ngân dưới mức bình quân chung; đề nghị các tỉnh rà soát, điều chuyển kịp thời vốn của các dự án thuộc huyện cũ đã giải thể.

Ảnh: Thi công nút giao trên tuyến Vành đai 3 TP.HCM. Ảnh: Hoàng Hà
Hoàng Hà
TIN LIÊN QUAN
› Hướng dẫn chuyển tiếp dự án đầu tư công của cấp huyện
› Vốn ODA: giải ngân mới đạt 21%''','','national','Việt Nam','ytd','2025-01-01','2025-08-31',[
 ('disbursement','pct_of_plan',65.7,'Tuyên Quang dẫn đầu với 65,7% kế hoạch Thủ tướng Chính phủ giao',P('Tuyên Quang')),
 ('disbursement','pct_of_plan',58.3,'Hải Phòng (58,3%)',P('Hải Phòng')),
 ('disbursement','pct_of_plan',50.6,'Huế (50,6%)',P('Huế')),
 ('disbursement','pct_of_plan',27.4,'Thành phố Hồ Chí Minh mới đạt 27,4%',P('Thành phố Hồ Chí Minh')),
 ('disbursement','level',31500,'giải ngân khoảng 31.500 tỷ đồng',P('Thành phố Hồ Chí Minh',basis='',approx='about')),
 ('disbursement','pct_of_plan',40.2,'Quảng Ngãi 40,2%',P('Quảng Ngãi')),
 ('disbursement','pct_of_plan',44.9,'An Giang 44,9%',P('An Giang')),
])

R('1029_hiep-thanh-nong-thon-moi-nang-cao.txt','''Xã Hiệp Thạnh đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao
Ngày 21/11/2024, UBND xã Hiệp Thạnh (huyện Đức Trọng) long trọng tổ chức lễ đón nhận Quyết định của UBND tỉnh công nhận xã đạt chuẩn nông thôn mới nâng cao năm 2024, gắn với Ngày hội Đại đoàn kết toàn dân tộc.

Năm 2024, thu ngân sách trên địa bàn xã ước đạt 12.450 triệu đồng, bằng 135% dự toán huyện giao. Thu nhập bình quân đầu người đạt 78 triệu đồng/người/năm. Xã có 8/8 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu.

Phát biểu tại buổi lễ, lãnh đạo huyện cho biết đến nay huyện Đức Trọng có 14/14 xã đạt chuẩn nông thôn mới, trong đó 9 xã đạt chuẩn nâng cao và 2 xã đạt chuẩn kiểu mẫu.

Ảnh: Lãnh đạo huyện trao Bằng công nhận cho xã Hiệp Thạnh. (Ảnh: Khánh Phúc)
Khánh Phúc - Đài TT-TH Đức Trọng
Lượt xem: 407''','Lâm Đồng','commune','Hiệp Thạnh','year','2024-01-01','2024-12-31',[
 ('budget_revenue','level',12.45,'thu ngân sách trên địa bàn xã ước đạt 12.450 triệu đồng',{'approx':'about'}),
 ('budget_revenue','pct_of_plan',135,'bằng 135% dự toán huyện giao',{'basis':'assigned_plan'}),
 ('ntm_communes','level',14,'huyện Đức Trọng có 14/14 xã đạt chuẩn nông thôn mới',{'den':14,'level':'district','area':'Đức Trọng','pt':'as_of','ps':'2024-11-21','pe':'2024-11-21'}),
 ('ntm_advanced_communes','level',9,'9 xã đạt chuẩn nâng cao',{'level':'district','area':'Đức Trọng','pt':'as_of','ps':'2024-11-21','pe':'2024-11-21'}),
 ('ntm_model_communes','level',2,'2 xã đạt chuẩn kiểu mẫu',{'level':'district','area':'Đức Trọng','pt':'as_of','ps':'2024-11-21','pe':'2024-11-21'}),
],url='https://hiepthanh.ductrong.lamdong.gov.vn/tin-tuc/don-nhan-bang-cong-nhan-xa-ntm-nang-cao',pub='2024-11-22')

R('1030_dong-nai-3-nam-nong-thon-moi.txt','''Đồng Nai: 3 năm xây dựng nông thôn mới nâng cao, kiểu mẫu
Chuyên mục: Nông nghiệp - Nông thôn | 28/12/2021

3 năm qua (2019 - 2021), Đồng Nai có thêm 45 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 70 xã; 20 xã đạt chuẩn nông thôn mới kiểu mẫu. Toàn tỉnh duy trì 121/121 xã đạt chuẩn nông thôn mới và 11/11 huyện, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới.

Trong giai đoạn này, tổng thu ngân sách trên địa bàn tỉnh đạt trên 160.000 tỷ đồng. Nguồn vốn huy động cho chương trình nông thôn mới hơn 5.200 tỷ đồng, trong đó ngân sách nhà nước chiếm 48%.

Theo kế hoạch, đến năm 2025 tỉnh có ít nhất 50% số xã đạt chuẩn nâng cao.

Thu Hằng (Báo Đồng Nai)
Ảnh: Đường giao thông nông thôn xã Xuân Quế, huyện Cẩm Mỹ''','Đồng Nai','province','Đồng Nai','term','2019-01-01','2021-12-31',[
 ('ntm_advanced_communes','level',70,'nâng tổng số lên 70 xã',{'pt':'as_of','ps':'2021-12-28','pe':'2021-12-28'}),
 ('ntm_model_communes','level',20,'20 xã đạt chuẩn nông thôn mới kiểu mẫu',{'pt':'as_of','ps':'2021-12-28','pe':'2021-12-28'}),
 ('ntm_communes','level',121,'Toàn tỉnh duy trì 121/121 xã đạt chuẩn nông thôn mới',{'den':121,'h':1,'pt':'as_of','ps':'2021-12-28','pe':'2021-12-28'}),
 ('ntm_districts','level',11,'11/11 huyện, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới',{'den':11,'pt':'as_of','ps':'2021-12-28','pe':'2021-12-28'}),
 ('budget_revenue','level',160000,'tổng thu ngân sách trên địa bàn tỉnh đạt trên 160.000 tỷ đồng',{'approx':'over','h':1}),
])

R('1031_moc-chau-giai-ngan-6-thang-2022.txt','''Mộc Châu: Giải ngân vốn đầu tư công 6 tháng đạt thấp
Đăng ngày: 11-07-2022

Theo UBND huyện Mộc Châu, 6 tháng đầu năm 2022, huyện giải ngân được 64,3 tỷ đồng, mới đạt 28,7% kế hoạch vốn, thấp hơn mức chung của toàn tỉnh Sơn La (35,2%).

Thu ngân sách trên địa bàn 6 tháng đạt 198,5 tỷ đồng, bằng 61% dự toán, tăng 9,2% so với cùng kỳ năm 2021.

Năm 2022, huyện chọn 4 xã điểm (Chiềng Sơn, Tân Lập, Đông Sang, Mường Sang) để xây dựng nông thôn mới nâng cao; hiện bình quân toàn huyện đạt 16 tiêu chí/xã.

UBND huyện yêu cầu các chủ đầu tư đẩy nhanh tiến độ, phấn đấu đến hết quý III giải ngân đạt 60% kế hoạch.

Ảnh: Thi công kè suối Nà Mường. Ảnh: Vân Anh
Vân Anh (Trung tâm TT-VH huyện)
Tin liên quan:
- Mộc Châu thu hút 1,5 triệu lượt khách du lịch''','Sơn La','district','Mộc Châu','half_year','2022-01-01','2022-06-30',[
 ('disbursement','level',64.3,'huyện giải ngân được 64,3 tỷ đồng'),
 ('disbursement','pct_of_plan',28.7,'mới đạt 28,7% kế hoạch vốn',{'basis':'plan'}),
 ('disbursement','assessment',None,'Giải ngân vốn đầu tư công 6 tháng đạt thấp',{'a':'low'}),
 ('disbursement','pct_of_plan',35.2,'toàn tỉnh Sơn La (35,2%)',{'basis':'plan','level':'province','area':'Sơn La','h':1}),
 ('budget_revenue','level',198.5,'Thu ngân sách trên địa bàn 6 tháng đạt 198,5 tỷ đồng'),
 ('budget_revenue','pct_of_plan',61,'bằng 61% dự toán'),
 ('budget_revenue','change',9.2,'tăng 9,2% so với cùng kỳ năm 2021'),
])

R('1032_dong-hoa-ket-qua-nam-2021.txt','''ĐÔNG HÒA: THU NGÂN SÁCH VƯỢT 27% DỰ TOÁN
Phú Yên Online - 30/12/2021

Kỳ họp thứ 3 HĐND thị xã Đông Hòa khóa XIII diễn ra ngày 29/12. Theo báo cáo, năm 2021 thu ngân sách trên địa bàn đạt 356 tỉ đồng, vượt 27% dự toán; trong đó thu ngân sách do thị xã quản lý 298 tỉ đồng. Thu tiền sử dụng đất 174 tỉ đồng.

Vốn đầu tư công năm 2021 giải ngân 245 tỉ đồng, đạt 100% kế hoạch.

Về nông thôn mới, thị xã có 4/5 xã đạt chuẩn (tăng 2 xã so với năm trước); xã Hòa Tâm bình quân đạt 15 tiêu chí.

Năm 2022, thị xã phấn đấu thu ngân sách 380 tỉ đồng.

TRẦN QUỚI''','Phú Yên','town','Đông Hòa','year','2021-01-01','2021-12-31',[
 ('budget_revenue','level',356,'năm 2021 thu ngân sách trên địa bàn đạt 356 tỉ đồng'),
 ('budget_revenue','pct_of_plan',127,'vượt 27% dự toán'),
 ('budget_revenue','level',298,'thu ngân sách do thị xã quản lý 298 tỉ đồng'),
 ('disbursement','level',245,'Vốn đầu tư công năm 2021 giải ngân 245 tỉ đồng'),
 ('disbursement','pct_of_plan',100,'đạt 100% kế hoạch',{'basis':'plan'}),
 ('ntm_communes','level',4,'thị xã có 4/5 xã đạt chuẩn',{'den':5,'pt':'as_of','ps':'2021-12-29','pe':'2021-12-29'}),
])
