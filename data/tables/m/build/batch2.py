from common import R
REPORTS = []
P = lambda n: ("province", n, n)

# 1507 ward Thành Đông, Hải Phòng (post-merger), Q3 2025 + city's 9-month figure
r = R("1507_phuong-thanh-dong-quy-3-2025.txt",
      "https://thanhdong.haiphong.gov.vn/tin-tuc/phuong-thanh-dong-so-ket-quy-iii-nam-2025-118.html",
      "2025-10-03", """
ĐẢNG ỦY - HĐND - UBND PHƯỜNG THÀNH ĐÔNG
Thành phố Hải Phòng
Trang chủ > Tin tức > Hoạt động của phường

Phường Thành Đông sơ kết 3 tháng vận hành chính quyền địa phương hai cấp

Thứ Sáu, 03/10/2025

Ngày 2/10, UBND phường tổ chức hội nghị đánh giá kết quả 3 tháng vận hành mô hình chính quyền địa phương
hai cấp và nhiệm vụ quý IV/2025.

Từ ngày 1/7 đến 30/9/2025, thu ngân sách nhà nước trên địa bàn phường đạt 148,6 tỷ đồng, bằng 52,7% dự toán được thành phố giao cho 6 tháng cuối năm. Phường đã tiếp nhận và giải quyết 4.215 hồ sơ thủ tục hành chính, trong đó 98,6% đúng và trước hạn.
Chi ngân sách phường trong quý thực hiện 61,3 tỷ đồng.

Theo đồng chí Chủ tịch UBND phường, kết quả thu của phường góp phần cùng thành phố hoàn thành mục tiêu chung: 9 tháng năm 2025, tổng thu ngân sách trên địa bàn thành phố Hải Phòng ước đạt 121.480 tỷ đồng, bằng 84,6% dự toán.

Trong quý IV, phường phấn đấu thu thêm tối thiểu 120 tỷ đồng, hoàn thành chỉnh trang 5 tuyến phố.

Ảnh: Người dân làm thủ tục tại Trung tâm phục vụ hành chính công phường. (Ảnh: Ngọc Lan)
Ngọc Lan
Lượt xem: 318 | Chia sẻ
""", "31", "Hải Phòng", "ward", "Thành Đông", "quarter", "2025-07-01", "2025-09-30",
      "post-2025 ward of merged Hải Phòng; city-level 9-month figure with city's area; target non-fact; admin counts non-fact")
r.F("budget_revenue","level",148.6,"vnd_billion","thu ngân sách nhà nước trên địa bàn phường đạt 148,6 tỷ đồng")
r.F("budget_revenue","pct_of_plan",52.7,"percent","bằng 52,7% dự toán được thành phố giao cho 6 tháng cuối năm",basis="estimate")
r.F("budget_expenditure","level",61.3,"vnd_billion","Chi ngân sách phường trong quý thực hiện 61,3 tỷ đồng")
r.F("budget_revenue","level",121480,"vnd_billion","tổng thu ngân sách trên địa bàn thành phố Hải Phòng ước đạt 121.480 tỷ đồng",approx="about",pt="nine_months",ps="2025-01-01",pe="2025-09-30",area=P("Hải Phòng"),headline="yes")
r.F("budget_revenue","pct_of_plan",84.6,"percent","bằng 84,6% dự toán",basis="estimate",pt="nine_months",ps="2025-01-01",pe="2025-09-30",area=P("Hải Phòng"),headline="yes")
r.nonfacts = 1
REPORTS.append(r)

# 1508 HĐND huyện Yên Mỹ, year 2019; two plans; 215 tỷ 340 triệu style; target 2020
r = R("1508_hdnd-yen-my-ky-hop-cuoi-nam-2019.txt",
      "https://yenmy.hungyen.gov.vn/portal/Pages/2019-12-20/Ky-hop-thu-9-HDND-huyen-khoa-XIX.aspx",
      "2019-12-20", """
KỲ HỌP THỨ 9 HĐND HUYỆN KHÓA XIX, NHIỆM KỲ 2016 - 2021
20/12/2019

Trong 2 ngày 18 và 19/12/2019, HĐND huyện Yên Mỹ khóa XIX tổ chức kỳ họp thứ 9 (kỳ họp thường lệ cuối
năm). Kỳ họp đã thông qua 08 nghị quyết quan trọng.

Theo báo cáo của UBND huyện, tổng thu ngân sách nhà nước trên địa bàn năm 2019 ước đạt 1.215 tỷ 460 triệu đồng, bằng 142% dự toán tỉnh giao và bằng 128% so với Nghị quyết HĐND huyện; thu ngân sách địa phương hưởng theo phân cấp đạt 684,2 tỷ đồng. Tổng chi ngân sách địa phương ước 702,9 tỷ đồng.
Đến hết năm, huyện có 09/15 xã đạt chuẩn nông thôn mới; 6/15 xã còn lại đăng ký về đích năm 2020.

Nghị quyết về dự toán ngân sách năm 2020 xác định: tổng thu ngân sách nhà nước trên địa bàn phấn đấu đạt
1.050 tỷ đồng; vốn đầu tư công được giao 312,5 tỷ đồng.

Ảnh: Các đại biểu biểu quyết thông qua nghị quyết.
Văn Tiến (Đài TT huyện)
""", "33", "Hưng Yên", "district", "Yên Mỹ", "year", "2019-01-01", "2019-12-31",
      "HĐND resolution; one value vs two plans; 'tỷ ... triệu' amount; ngân sách địa phương hưởng sub-total; leading zero 09/15; 6/15 đăng ký về đích, phấn đấu, được giao non-facts")
r.F("budget_revenue","level",1215.46,"vnd_billion","tổng thu ngân sách nhà nước trên địa bàn năm 2019 ước đạt 1.215 tỷ 460 triệu đồng",approx="about")
r.F("budget_revenue","pct_of_plan",142,"percent","bằng 142% dự toán tỉnh giao",basis="estimate")
r.F("budget_revenue","pct_of_plan",128,"percent","bằng 128% so với Nghị quyết HĐND huyện",basis="resolution")
r.F("budget_revenue","level",684.2,"vnd_billion","thu ngân sách địa phương hưởng theo phân cấp đạt 684,2 tỷ đồng")
r.F("budget_expenditure","level",702.9,"vnd_billion","Tổng chi ngân sách địa phương ước 702,9 tỷ đồng",approx="about")
r.F("ntm_communes","level",9,"count","huyện có 09/15 xã đạt chuẩn nông thôn mới",den=15,pt="as_of",pe="2019-12-31")
r.nonfacts = 3
REPORTS.append(r)

# 1509 Cao Bằng month August 2024 with year-to-date
r = R("1509_cao-bang-kinh-te-xa-hoi-thang-8-2024.txt",
      "https://baocaobang.vn/kinh-te/tinh-hinh-kinh-te-xa-hoi-thang-8-nam-2024-3172840.html",
      "2024-09-04", """
Báo Cao Bằng điện tử | Kinh tế
Tình hình kinh tế - xã hội tháng 8 năm 2024
Thứ tư, 04/09/2024 - 09:12

UBND tỉnh vừa có báo cáo tình hình kinh tế - xã hội tháng 8, nhiệm vụ trọng tâm tháng 9/2024.

Thu ngân sách trong tháng ước đạt 118 tỷ đồng; lũy kế 8 tháng đầu năm thu ngân sách nhà nước trên địa bàn đạt 1.086 tỷ đồng, bằng 62,3% dự toán Trung ương giao, bằng 101,5% so với cùng kỳ. Trong đó thu nội địa 682 tỷ đồng, thu từ hoạt động xuất nhập khẩu 404 tỷ đồng.

Giải ngân vốn đầu tư công đến ngày 31/8/2024 đạt 1.420/3.862 tỷ đồng (36,8% kế hoạch),
thấp hơn bình quân chung cả nước. Một số chủ đầu tư có tỷ lệ giải ngân dưới 20%.

Chương trình nông thôn mới: đến nay toàn tỉnh có 57/161 xã đạt chuẩn nông thôn mới (tăng 4 xã so với
cuối năm 2023).

Ảnh: Thi công tuyến cao tốc Đồng Đăng (Lạng Sơn) - Trà Lĩnh (Cao Bằng).
PV
""", "04", "Cao Bằng", "province", "Cao Bằng", "ytd", "2024-01-01", "2024-08-31",
      "month report with ytd figures; '101,5% so với cùng kỳ' = +1.5 yoy; actual/plan amount; thu nội địa sub-item; tăng 4 xã non-fact")
r.F("budget_revenue","level",118,"vnd_billion","Thu ngân sách trong tháng ước đạt 118 tỷ đồng",approx="about",pt="month",ps="2024-08-01",pe="2024-08-31",headline="yes")
r.F("budget_revenue","level",1086,"vnd_billion","lũy kế 8 tháng đầu năm thu ngân sách nhà nước trên địa bàn đạt 1.086 tỷ đồng",headline="yes")
r.F("budget_revenue","pct_of_plan",62.3,"percent","bằng 62,3% dự toán Trung ương giao",basis="estimate",headline="yes")
r.F("budget_revenue","change",1.5,"percent","bằng 101,5% so với cùng kỳ",basis="yoy")
r.F("domestic_revenue","level",682,"vnd_billion","Trong đó thu nội địa 682 tỷ đồng")
r.F("disbursement","level",1420,"vnd_billion","đạt 1.420/3.862 tỷ đồng",den=3862,pt="as_of",pe="2024-08-31",headline="yes")
r.F("disbursement","pct_of_plan",36.8,"percent","(36,8% kế hoạch)",basis="plan",pt="as_of",pe="2024-08-31",headline="yes")
r.F("disbursement","assessment","","","thấp hơn bình quân chung cả nước",assess="low",pt="as_of",pe="2024-08-31")
r.F("ntm_communes","level",57,"count","toàn tỉnh có 57/161 xã đạt chuẩn nông thôn mới",den=161,pt="as_of",pe="2024-09-04",headline="yes")
r.nonfacts = 2
REPORTS.append(r)

# 1510 Lạng Sơn city (provincial city), year 2018; thu cân đối sub-total
r = R("1510_thanh-pho-lang-son-tong-ket-2018.txt",
      "https://thanhpho.langson.gov.vn/tin-tuc/thanh-pho-tong-ket-nam-2018.html",
      "2019-01-09", """
Thành phố Lạng Sơn tổng kết công tác năm 2018
Thứ Tư, 09/01/2019 | Lượt xem: 2.305

Ngày 8/1/2019, Thành ủy - HĐND - UBND thành phố Lạng Sơn tổ chức hội nghị tổng kết năm 2018.

Năm 2018, kinh tế thành phố tiếp tục tăng trưởng; tổng thu ngân sách trên địa bàn đạt 792,6 tỷ đồng, vượt 18,4% dự toán tỉnh giao. Trong tổng thu, thu cân đối ngân sách là 605,1 tỷ đồng, thu tiền sử dụng đất 187,5 tỷ đồng. Thu ngân sách thành phố được hưởng theo phân cấp đạt 410,8 tỷ đồng.

Cả 3 xã trên địa bàn (Mai Pha, Hoàng Đồng, Quảng Lạc) đã đạt chuẩn nông thôn mới; năm 2018 thành phố được
công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới. Toàn tỉnh Lạng Sơn có 46 xã đạt chuẩn nông thôn mới.
Giải ngân vốn xây dựng cơ bản đạt 96,2% kế hoạch.

Ảnh: Đồng chí Bí thư Thành ủy trao Cờ thi đua cho các tập thể.
Minh Châu - Trung tâm VH-TT thành phố
""", "20", "Lạng Sơn", "city", "Lạng Sơn", "year", "2018-01-01", "2018-12-31",
      "provincial city with same name as province; 'vượt 18,4%' → 118.4; thu cân đối and hưởng theo phân cấp sub-totals; province NTM count quoted; count in words 'Cả 3 xã'")
r.F("budget_revenue","level",792.6,"vnd_billion","tổng thu ngân sách trên địa bàn đạt 792,6 tỷ đồng")
r.F("budget_revenue","pct_of_plan",118.4,"percent","vượt 18,4% dự toán tỉnh giao",basis="estimate")
r.F("budget_revenue","level",605.1,"vnd_billion","thu cân đối ngân sách là 605,1 tỷ đồng")
r.F("budget_revenue","level",410.8,"vnd_billion","Thu ngân sách thành phố được hưởng theo phân cấp đạt 410,8 tỷ đồng")
r.F("ntm_communes","level",3,"count","Cả 3 xã trên địa bàn (Mai Pha, Hoàng Đồng, Quảng Lạc) đã đạt chuẩn nông thôn mới",pt="as_of",pe="2018-12-31")
r.F("ntm_communes","level",46,"count","Toàn tỉnh Lạng Sơn có 46 xã đạt chuẩn nông thôn mới",pt="as_of",pe="2019-01-08",area=P("Lạng Sơn"),headline="yes")
r.F("disbursement","pct_of_plan",96.2,"percent","Giải ngân vốn xây dựng cơ bản đạt 96,2% kế hoạch",basis="plan")
r.nonfacts = 0
REPORTS.append(r)

# 1511 Quảng Ninh HĐND tỉnh Dec 2020: actual 2020, allocation & target 2021, annual average
r = R("1511_hdnd-quang-ninh-du-toan-2021.txt",
      "https://quangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=110234",
      "2020-12-10", """
HĐND TỈNH THÔNG QUA NGHỊ QUYẾT DỰ TOÁN NGÂN SÁCH NĂM 2021

Cổng TTĐT tỉnh - Ngày 9/12, Kỳ họp thứ 22 HĐND tỉnh Quảng Ninh khóa XIII đã thông qua nghị quyết về dự
toán thu, chi ngân sách năm 2021.

Báo cáo tại kỳ họp nêu rõ: dù chịu tác động nặng nề của dịch Covid-19, thu ngân sách nhà nước năm 2020 trên địa bàn tỉnh ước đạt 46.560 tỷ đồng, bằng 105,2% dự toán; trong đó thu nội địa ước 36.130 tỷ đồng, thu xuất nhập khẩu 10.430 tỷ đồng. Giai đoạn 2016 - 2020, thu ngân sách bình quân tăng 8,5%/năm. Giải ngân vốn đầu tư công năm 2020 ước đạt 91,7% kế hoạch.

Năm 2021, tỉnh được Trung ương giao dự toán thu 41.300 tỷ đồng; HĐND tỉnh quyết nghị phấn đấu thu ngân sách 47.800 tỷ đồng, tổng chi ngân sách địa phương dự toán 25.140 tỷ đồng.

Ảnh: Các đại biểu HĐND tỉnh biểu quyết thông qua nghị quyết. (Ảnh: Thu Chung)
Thu Chung
Tin khác:
- Quảng Ninh thu hút 2,1 tỷ USD vốn FDI
""", "22", "Quảng Ninh", "province", "Quảng Ninh", "year", "2020-01-01", "2020-12-31",
      "province HĐND budget resolution; allocation (được giao), target (phấn đấu), expenditure estimate (dự toán) all non-facts; per-year average growth over term")
r.F("budget_revenue","level",46560,"vnd_billion","thu ngân sách nhà nước năm 2020 trên địa bàn tỉnh ước đạt 46.560 tỷ đồng",approx="about",headline="yes")
r.F("budget_revenue","pct_of_plan",105.2,"percent","bằng 105,2% dự toán",basis="estimate",headline="yes")
r.F("domestic_revenue","level",36130,"vnd_billion","trong đó thu nội địa ước 36.130 tỷ đồng",approx="about")
r.F("budget_revenue","change",8.5,"percent","thu ngân sách bình quân tăng 8,5%/năm",basis="annual_avg",pt="term",ps="2016-01-01",pe="2020-12-31")
r.F("disbursement","pct_of_plan",91.7,"percent","Giải ngân vốn đầu tư công năm 2020 ước đạt 91,7% kế hoạch",basis="plan",approx="about",headline="yes")
r.nonfacts = 3
REPORTS.append(r)

# 1512 Ứng Hòa bare title, 2020, NTM; Hà Nội city count
r = R("1512_ung-hoa-ve-dich-nong-thon-moi.txt",
      "https://hanoimoi.vn/ung-hoa-ve-dich-nong-thon-moi-452781.html",
      "2020-11-26", """
Hànộimới > Nông thôn mới

Ứng Hòa về đích nông thôn mới

26/11/2020 - 06:00

(HNM) - Ngày 25/11, huyện Ứng Hòa tổ chức lễ đón nhận Quyết định của Thủ tướng Chính phủ công nhận huyện
đạt chuẩn nông thôn mới năm 2020.

Sau gần 10 năm triển khai chương trình, 28 trong tổng số 28 xã của huyện đã đạt chuẩn nông thôn mới, trong đó có 5 xã đạt chuẩn nông thôn mới nâng cao. Thu nhập bình quân đầu người đạt 48,5 triệu đồng/năm.

Cũng tại buổi lễ, lãnh đạo Văn phòng Điều phối nông thôn mới thành phố cho biết: đến nay, toàn thành phố Hà Nội đã có 15 huyện, thị xã đạt chuẩn hoặc hoàn thành nhiệm vụ xây dựng nông thôn mới; 383/386 xã đạt chuẩn, còn 3 xã chưa đạt chuẩn. Hà Nội đặt mục tiêu năm 2021 có thêm 40 xã đạt chuẩn nâng cao.

Huyện cũng đã huy động trên 9.400 tỷ đồng cho xây dựng nông thôn mới trong giai đoạn 2011-2020.

Ảnh: Lãnh đạo thành phố trao Bằng công nhận cho huyện Ứng Hòa.
Lam Nguyễn
""", "01", "Hà Nội", "district", "Ứng Hòa", "as_of", "", "2020-11-25",
      "bare unit in title; '28 trong tổng số 28 xã'; Hà Nội city figures (districts and communes) with city's area; còn 3 xã, mục tiêu 40 xã non-facts")
r.F("ntm_communes","level",28,"count","28 trong tổng số 28 xã của huyện đã đạt chuẩn nông thôn mới",den=28)
r.F("ntm_advanced_communes","level",5,"count","có 5 xã đạt chuẩn nông thôn mới nâng cao")
r.F("ntm_districts","level",15,"count","toàn thành phố Hà Nội đã có 15 huyện, thị xã đạt chuẩn hoặc hoàn thành nhiệm vụ xây dựng nông thôn mới",area=P("Hà Nội"))
r.F("ntm_communes","level",383,"count","383/386 xã đạt chuẩn",den=386,area=P("Hà Nội"),headline="yes")
r.nonfacts = 2
REPORTS.append(r)
