from common import R
REPORTS = []

# 1501 Tiên Lữ — bare unit in title, half-year, sub-totals, yoy vs 2022
r = R("1501_tien-lu-thu-ngan-sach-6-thang.txt",
      "https://tienlu.hungyen.gov.vn/tin-tuc/kinh-te/tien-lu-thu-ngan-sach-6-thang-dat-58-3-du-toan-3412.html",
      "2023-07-14", """
Trang chủ > Tin tức - Sự kiện > Kinh tế
TIÊN LỮ THU NGÂN SÁCH 6 THÁNG ĐẠT 58,3% DỰ TOÁN
Cập nhật: 14/07/2023 08:15 | Lượt xem: 1.087

Chiều 12/7, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị sơ kết công tác 6 tháng đầu năm,
triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Bí thư Huyện ủy chủ trì hội nghị.

Ảnh: Quang cảnh hội nghị. (Ảnh: Thu Hằng)

Theo báo cáo, 6 tháng đầu năm, tổng thu ngân sách nhà nước trên địa bàn huyện đạt 186,4 tỷ đồng, bằng 58,3% dự toán tỉnh giao, tăng 14% so với cùng kỳ năm 2022; trong đó thu do huyện quản lý đạt 97,2 tỷ đồng. Riêng tiền sử dụng đất thu được 71,5 tỷ đồng, thuế ngoài quốc doanh 18,3 tỷ đồng.
Chi ngân sách địa phương 6 tháng thực hiện 214,8 tỷ đồng, cơ bản đáp ứng các nhiệm vụ chi thường xuyên.

Công tác giải ngân vốn đầu tư công chuyển biến chậm, đến ngày 30/6 mới giải ngân được 42,6 tỷ đồng, đạt 27,1% kế hoạch vốn năm.

Về xây dựng nông thôn mới, huyện tiếp tục chọn 3 xã điểm để tập trung chỉ đạo xây dựng xã nông thôn mới kiểu mẫu; đến nay toàn huyện có 6 xã đạt chuẩn NTM nâng cao.
Hội nghị cũng dành thời gian thảo luận về công tác chuyển đổi số, cải cách hành chính.

Thu Hằng (Trung tâm VH-TT&TT huyện)
Tin liên quan:
- Tiên Lữ ra quân làm thủy lợi nội đồng
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND tỉnh
""", "33", "Hưng Yên", "district", "Tiên Lữ", "half_year", "2023-01-01", "2023-06-30",
      "bare unit in title and URL only; sub-total thu do huyện quản lý; yoy vs 2022 inside 2023; line items; xã điểm non-fact")
r.F("budget_revenue","level",186.4,"vnd_billion","tổng thu ngân sách nhà nước trên địa bàn huyện đạt 186,4 tỷ đồng")
r.F("budget_revenue","pct_of_plan",58.3,"percent","bằng 58,3% dự toán tỉnh giao",basis="estimate")
r.F("budget_revenue","change",14,"percent","tăng 14% so với cùng kỳ năm 2022",basis="yoy")
r.F("budget_revenue","level",97.2,"vnd_billion","trong đó thu do huyện quản lý đạt 97,2 tỷ đồng")
r.F("budget_expenditure","level",214.8,"vnd_billion","Chi ngân sách địa phương 6 tháng thực hiện 214,8 tỷ đồng")
r.F("disbursement","assessment","","","Công tác giải ngân vốn đầu tư công chuyển biến chậm",assess="slow")
r.F("disbursement","level",42.6,"vnd_billion","đến ngày 30/6 mới giải ngân được 42,6 tỷ đồng",pt="as_of",pe="2023-06-30")
r.F("disbursement","pct_of_plan",27.1,"percent","đạt 27,1% kế hoạch vốn năm",basis="plan",pt="as_of",pe="2023-06-30")
r.F("ntm_advanced_communes","level",6,"count","đến nay toàn huyện có 6 xã đạt chuẩn NTM nâng cao",pt="as_of",pe="2023-07-12")
r.nonfacts = 1
REPORTS.append(r)

# 1502 commune page Hải Đường, masthead, triệu đồng, thôn non-facts
r = R("1502_hai-duong-xa-tong-ket-2022.txt",
      "https://haiduong.haihau.namdinh.gov.vn/tin-tuc/tong-ket-kinh-te-xa-hoi-nam-2022-215.html",
      "2022-12-28", """
UBND XÃ HẢI ĐƯỜNG - HUYỆN HẢI HẬU
Cổng thông tin điện tử
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Hội nghị tổng kết thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2022
Ngày đăng: 28-12-2022

Ngày 27/12/2022, UBND xã tổ chức Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ
năm 2023. Dự hội nghị có 115 đại biểu là cán bộ, công chức, trưởng các thôn, đội.

Năm 2022, tổng thu ngân sách xã đạt 12.845 triệu đồng, bằng 128,4% dự toán huyện giao (trong đó
thu tiền đấu giá quyền sử dụng đất 7.120 triệu đồng); tổng chi ngân sách 11.236 triệu đồng.
Xã tiếp tục giữ vững danh hiệu xã đạt chuẩn nông thôn mới nâng cao; 9/9 thôn được công nhận thôn
đạt chuẩn nông thôn mới kiểu mẫu. Ngân hàng Chính sách xã hội giải ngân cho 46 hộ vay vốn với tổng
dư nợ 3.850 triệu đồng.

Về phương hướng năm 2023, xã phấn đấu thu ngân sách đạt 9.500 triệu đồng trở lên, xây dựng xã
đạt chuẩn nông thôn mới kiểu mẫu.

Ảnh: Đồng chí Chủ tịch UBND xã phát biểu tại hội nghị
Văn phòng HĐND-UBND xã
Bản quyền thuộc UBND xã Hải Đường. Địa chỉ: xóm 5, xã Hải Đường, huyện Hải Hậu, tỉnh Nam Định
""", "36", "Nam Định", "commune", "Hải Đường", "year", "2022-01-01", "2022-12-31",
      "commune masthead; amounts in triệu đồng; thôn kiểu mẫu (hamlets) non-fact; NHCSXH loans, attendance, target non-facts")
r.F("budget_revenue","level",12.845,"vnd_billion","tổng thu ngân sách xã đạt 12.845 triệu đồng")
r.F("budget_revenue","pct_of_plan",128.4,"percent","bằng 128,4% dự toán huyện giao",basis="estimate")
r.F("budget_expenditure","level",11.236,"vnd_billion","tổng chi ngân sách 11.236 triệu đồng")
r.nonfacts = 4  # 115 đại biểu, 9/9 thôn kiểu mẫu, NHCSXH 46 hộ/3.850 tr, phấn đấu 9.500 tr
REPORTS.append(r)

# 1503 Kinh Môn named only in URL; nine months 2021; province figure quoted
r = R("1503_giao-ban-9-thang-thi-xa.txt",
      "https://kinhmon.haiduong.gov.vn/tin-tuc/tin-hoat-dong/giao-ban-kinh-te-xa-hoi-9-thang-nam-2021-1893.html",
      "2021-10-06", """
Giao ban kinh tế - xã hội 9 tháng năm 2021
06/10/2021 | 15:42

Sáng 5/10, UBND thị xã tổ chức hội nghị giao ban đánh giá tình hình kinh tế - xã hội 9 tháng,
nhiệm vụ trọng tâm quý IV năm 2021.

Mặc dù chịu ảnh hưởng của dịch Covid-19, 9 tháng qua, thu ngân sách trên địa bàn thị xã ước đạt 465,7 tỷ đồng, bằng 81,2% dự toán năm. Giải ngân vốn đầu tư công đạt 312 tỷ đồng, bằng 61,4% kế hoạch, cao hơn mức bình quân chung của tỉnh (toàn tỉnh đạt 58,2%).

Một số chỉ tiêu khác:
- Giá trị sản xuất công nghiệp tăng 9,6% so cùng kỳ;
- Giải quyết việc làm mới cho 1.820 lao động;
- 21 trong tổng số 23 xã, phường có kế hoạch hoàn thành tiêu chí về môi trường trong năm.

Phát biểu kết luận, Chủ tịch UBND thị xã đề nghị các phòng, ban chuyên môn đôn đốc các chủ đầu tư đẩy nhanh tiến độ giải ngân, phấn đấu hết năm giải ngân 100% kế hoạch vốn.

Thanh Tùng
Chia sẻ | In bài | Quay lại
""", "30", "Hải Dương", "town", "Kinh Môn", "nine_months", "2021-01-01", "2021-09-30",
      "unit named only in URL (kinhmon.haiduong.gov.vn); province disbursement in parentheses; 21/23 non-fact; target 100% non-fact")
r.F("budget_revenue","level",465.7,"vnd_billion","thu ngân sách trên địa bàn thị xã ước đạt 465,7 tỷ đồng",approx="about")
r.F("budget_revenue","pct_of_plan",81.2,"percent","bằng 81,2% dự toán năm",basis="estimate")
r.F("disbursement","level",312,"vnd_billion","Giải ngân vốn đầu tư công đạt 312 tỷ đồng")
r.F("disbursement","pct_of_plan",61.4,"percent","bằng 61,4% kế hoạch",basis="plan")
r.F("disbursement","pct_of_plan",58.2,"percent","toàn tỉnh đạt 58,2%",basis="plan",area=("province","Hải Dương","Hải Dương"),headline="yes")
r.nonfacts = 2
REPORTS.append(r)

# 1504 roundup disbursement 10 months 2023
r = R("1504_giai-ngan-10-thang-cac-tinh-dong-bang.txt",
      "https://baodautu.vn/dau-tu/giai-ngan-von-dau-tu-cong-10-thang-nhieu-dia-phuong-dong-bang-song-hong-vuot-binh-quan-d20231108.html",
      "2023-11-08", """
Đầu tư > Đầu tư công

Giải ngân vốn đầu tư công 10 tháng: Nhiều địa phương đồng bằng sông Hồng vượt bình quân

Thứ Tư, 08/11/2023 - 07:30

(ĐT) - Theo số liệu của Bộ Tài chính, tính đến hết tháng 10/2023, cả nước giải ngân đạt 51,4% kế
hoạch Thủ tướng Chính phủ giao. Khu vực đồng bằng sông Hồng có nhiều điểm sáng.

Dẫn đầu khu vực là Hải Dương với tỷ lệ giải ngân 71,3% kế hoạch; tiếp đến Thái Bình đạt 68,9%. Trong khi đó, Hưng Yên mới đạt 52,4%, Quảng Ninh đạt 49,7%, còn Hà Nam chỉ đạt 38,2% và nằm trong nhóm giải ngân thấp.

Đại diện Sở Kế hoạch và Đầu tư Hải Dương cho biết, tỉnh đã giải ngân khoảng 3.710 tỷ đồng, tập
trung cho các dự án giao thông kết nối vùng. Tỉnh đặt mục tiêu đến 31/1/2024 giải ngân 95% kế hoạch.

(Ảnh minh họa: Một dự án giao thông đang thi công tại Hải Dương. Ảnh: Đức Anh)

Lê Minh
Tin cùng chuyên mục
- Thủ tướng yêu cầu xử lý dứt điểm vướng mắc mặt bằng
""", "", "", "national", "Việt Nam", "ytd", "2023-01-01", "2023-10-31",
      "roundup: one fact per named province; national figure not a row; target 95% non-fact; Hà Nam low assessment")
P = lambda n, c: ("province", n, n)
kw = dict(basis="assigned_plan")
r.F("disbursement","pct_of_plan",71.3,"percent","Hải Dương với tỷ lệ giải ngân 71,3% kế hoạch",area=P("Hải Dương",0),headline="yes",basis="plan")
r.F("disbursement","pct_of_plan",68.9,"percent","Thái Bình đạt 68,9%",area=P("Thái Bình",0),headline="yes",basis="plan")
r.F("disbursement","pct_of_plan",52.4,"percent","Hưng Yên mới đạt 52,4%",area=P("Hưng Yên",0),headline="yes",basis="plan")
r.F("disbursement","pct_of_plan",49.7,"percent","Quảng Ninh đạt 49,7%",area=P("Quảng Ninh",0),headline="yes",basis="plan")
r.F("disbursement","pct_of_plan",38.2,"percent","Hà Nam chỉ đạt 38,2%",area=P("Hà Nam",0),headline="yes",basis="plan")
r.F("disbursement","assessment","","","nằm trong nhóm giải ngân thấp",area=P("Hà Nam",0),assess="low")
r.F("disbursement","level",3710,"vnd_billion","tỉnh đã giải ngân khoảng 3.710 tỷ đồng",approx="about",area=P("Hải Dương",0),headline="yes")
r.nonfacts = 2
REPORTS.append(r)

# 1505 Hải Hà undated; year from sources.csv
r = R("1505_hai-ha-nong-thon-moi.txt",
      "https://haiha.quangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=4821",
      "2022-12-20", """
Hải Hà: Xây dựng nông thôn mới đi vào chiều sâu

Trang chủ » Tin tức sự kiện » Kinh tế

Những năm qua, công tác xây dựng nông thôn mới trên địa bàn huyện Hải Hà luôn được cấp ủy, chính quyền
quan tâm chỉ đạo. Đến thời điểm này, 10/10 xã của huyện đạt chuẩn nông thôn mới,
trong đó 06 xã đạt chuẩn nông thôn mới nâng cao và 02 xã đạt chuẩn nông thôn mới kiểu mẫu;
100% thôn, bản đạt chuẩn nông thôn mới. Huyện cũng đã hoàn thành 9/9 tiêu chí huyện nông thôn mới.

"Năm nay, huyện dồn sức cho các tiêu chí nâng cao, nhất là thu nhập và môi trường", ông Phạm Văn
Thành, Phó Chủ tịch UBND huyện chia sẻ. Theo ông, số xã đạt chuẩn nâng cao tăng 2 xã so với năm
trước; huyện đã chọn thêm 3 xã để xây dựng kế hoạch kiểu mẫu giai đoạn tới.

Ảnh: Đường giao thông nông thôn xã Quảng Long được trải nhựa, trồng hoa hai bên.

Hoàng Quý (Trung tâm TT-VH Hải Hà)
Lượt xem: 642
""", "22", "Quảng Ninh", "district", "Hải Hà", "as_of", "", "2022-12-20",
      "undated page: year only from sources.csv published_date; leading zeros 06/02; thôn bản share (hamlets) non-fact; 'tăng 2 xã', 'chọn thêm 3 xã' non-facts")
r.F("ntm_communes","level",10,"count","10/10 xã của huyện đạt chuẩn nông thôn mới",den=10)
r.F("ntm_advanced_communes","level",6,"count","06 xã đạt chuẩn nông thôn mới nâng cao")
r.F("ntm_model_communes","level",2,"count","02 xã đạt chuẩn nông thôn mới kiểu mẫu")
r.F("ntm_district_criteria","level",9,"count","Huyện cũng đã hoàn thành 9/9 tiêu chí huyện nông thôn mới",den=9)
r.nonfacts = 3
REPORTS.append(r)

# 1506 Thái Bình term 2016-2020
r = R("1506_thai-binh-5-nam-2016-2020.txt",
      "https://baothaibinh.com.vn/tin-tuc/1/98765/nhin-lai-5-nam-thuc-hien-nghi-quyet-dai-hoi-dang-bo-tinh",
      "2020-09-18", """
NHÌN LẠI 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XIX
Báo Thái Bình | 18/09/2020

Giai đoạn 2016 - 2020, kinh tế tỉnh duy trì tốc độ tăng trưởng khá. Tổng thu ngân sách nhà nước trên địa bàn 5 năm đạt 31.640 tỷ đồng, bình quân tăng 15,3%/năm; riêng năm 2020 phấn đấu thu 8.100 tỷ đồng.

Chương trình xây dựng nông thôn mới về đích sớm: 260/260 xã đạt chuẩn nông thôn mới (tăng 142 xã so với
đầu nhiệm kỳ), 7/7 huyện được công nhận huyện đạt chuẩn nông thôn mới; bình quân mỗi xã đạt 19/19 tiêu
chí. Toàn tỉnh có 12 xã đạt chuẩn nông thôn mới nâng cao.

Bảng: Một số chỉ tiêu chủ yếu
Chỉ tiêu | Nghị quyết | Phấn đấu
Thu NSNN năm 2020 (tỷ đồng) | 8.000 | 8.100
Số huyện đạt chuẩn NTM | 7 | 7

Ảnh: Cánh đồng mẫu lớn tại huyện Vũ Thư.
P.V
""", "34", "Thái Bình", "province", "Thái Bình", "term", "2016-01-01", "2020-12-31",
      "term cumulative 2016-2020; annual-average growth; 'phấn đấu' 2020 target; tăng 142 xã and 19/19 tiêu chí non-facts; table duplicate")
r.F("budget_revenue","level",31640,"vnd_billion","Tổng thu ngân sách nhà nước trên địa bàn 5 năm đạt 31.640 tỷ đồng",headline="yes")
r.F("budget_revenue","change",15.3,"percent","bình quân tăng 15,3%/năm",basis="annual_avg")
r.F("ntm_communes","level",260,"count","260/260 xã đạt chuẩn nông thôn mới",den=260,pt="as_of",pe="2020-09-18",headline="yes")
r.F("ntm_districts","level",7,"count","7/7 huyện được công nhận huyện đạt chuẩn nông thôn mới",den=7,pt="as_of",pe="2020-09-18")
r.F("ntm_advanced_communes","level",12,"count","Toàn tỉnh có 12 xã đạt chuẩn nông thôn mới nâng cao",pt="as_of",pe="2020-09-18")
r.nonfacts = 4  # dự kiến 8.100, tăng 142 xã, 19/19 tiêu chí, NQ 8.000
REPORTS.append(r)
