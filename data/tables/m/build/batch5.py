from common import R
REPORTS = []
P = lambda n: ("province", n, n)

# 1525 Hưng Yên (new, incl. former Thái Bình), 9 months 2025
r = R("1525_hung-yen-9-thang-2025.txt",
      "https://hungyen.gov.vn/tin-tuc/ubnd-tinh-danh-gia-tinh-hinh-kinh-te-xa-hoi-9-thang-nam-2025-t12873.html",
      "2025-10-08", """
UBND tỉnh đánh giá tình hình kinh tế - xã hội 9 tháng năm 2025
Cập nhật: 08/10/2025 | Lượt xem: 1.506

Ngày 7/10, UBND tỉnh Hưng Yên tổ chức phiên họp thường kỳ tháng 9. Đây là lần đầu tiên tỉnh đánh giá kết quả
9 tháng trên cơ sở tổng hợp số liệu của tỉnh Hưng Yên và tỉnh Thái Bình trước hợp nhất.

Theo báo cáo, 9 tháng, tổng thu ngân sách nhà nước trên địa bàn đạt 38.465 tỷ đồng, bằng 88,1% dự toán, tăng 26,4% so với cùng kỳ; trong đó thu nội địa 33.210 tỷ đồng. Chi ngân sách địa phương 24.780 tỷ đồng.
Vốn đầu tư công năm 2025 tỉnh được giao 21.600 tỷ đồng; đến 30/9 đã giải ngân 11.860 tỷ đồng, đạt 54,9% kế hoạch, thấp hơn mức bình quân cả nước.

Hiện toàn tỉnh có 104 xã và 26 phường; 100% xã thuộc tỉnh Thái Bình cũ đã đạt chuẩn nông thôn mới trước
khi sắp xếp. Tỉnh phấn đấu cả năm thu ngân sách 50.000 tỷ đồng.

Ảnh: Quang cảnh phiên họp. (Ảnh: Hưng Yên TV)
Bích Ngọc
Chia sẻ: Facebook | Zalo
""", "33", "Hưng Yên", "province", "Hưng Yên", "nine_months", "2025-01-01", "2025-09-30",
      "post-2025 merged province (Hưng Yên + Thái Bình); allocation 'được giao' and target non-facts; unit counts non-fact; low assessment vs national")
r.F("budget_revenue","level",38465,"vnd_billion","tổng thu ngân sách nhà nước trên địa bàn đạt 38.465 tỷ đồng",headline="yes")
r.F("budget_revenue","pct_of_plan",88.1,"percent","bằng 88,1% dự toán",basis="estimate",headline="yes")
r.F("budget_revenue","change",26.4,"percent","tăng 26,4% so với cùng kỳ",basis="yoy")
r.F("domestic_revenue","level",33210,"vnd_billion","trong đó thu nội địa 33.210 tỷ đồng")
r.F("budget_expenditure","level",24780,"vnd_billion","Chi ngân sách địa phương 24.780 tỷ đồng")
r.F("disbursement","level",11860,"vnd_billion","đến 30/9 đã giải ngân 11.860 tỷ đồng",pt="as_of",pe="2025-09-30",headline="yes")
r.F("disbursement","pct_of_plan",54.9,"percent","đạt 54,9% kế hoạch",basis="plan",pt="as_of",pe="2025-09-30",headline="yes")
r.F("disbursement","assessment","","","thấp hơn mức bình quân cả nước",assess="low",pt="as_of",pe="2025-09-30")
r.nonfacts = 4
REPORTS.append(r)

# 1526 Móng Cái city 2020; expenditure in triệu đồng; sub-totals
r = R("1526_mong-cai-nam-2020.txt",
      "https://baoquangninh.vn/mong-cai-hoan-thanh-vuot-muc-nhiem-vu-thu-ngan-sach-nam-2020-2871345.html",
      "2020-12-30", """
Móng Cái hoàn thành vượt mức nhiệm vụ thu ngân sách năm 2020
Thứ Tư, 30/12/2020 08:32

Dù hoạt động xuất nhập khẩu qua cửa khẩu bị ảnh hưởng bởi dịch Covid-19, năm 2020 thành phố Móng Cái vẫn hoàn
thành vượt mức nhiệm vụ thu ngân sách.

Tổng thu ngân sách trên địa bàn (không kể thu xuất nhập khẩu) đạt 1.086,7 tỷ đồng, bằng 112% dự toán tỉnh giao; thu ngân sách địa phương hưởng 742,5 tỷ đồng. Thu từ hoạt động xuất nhập khẩu qua các cửa khẩu, lối mở trên địa bàn do Cục Hải quan quản lý đạt 3.215 tỷ đồng. Tổng chi ngân sách địa phương thực hiện 1.012.456 triệu đồng.

Cùng với đó, thành phố đã có 8/8 xã đạt chuẩn nông thôn mới, 3 xã đạt NTM nâng cao. Thành phố cũng được
tỉnh giao 512 tỷ đồng vốn đầu tư công cho năm 2021.

Ảnh: Xe hàng chờ thông quan tại cửa khẩu quốc tế Móng Cái.
Mạnh Trường
Tin cùng chuyên mục:
- Đông Triều đạt chuẩn đô thị loại III
""", "22", "Quảng Ninh", "city", "Móng Cái", "year", "2020-01-01", "2020-12-31",
      "provincial (non-capital) city; ngân sách địa phương hưởng sub-total; customs import-export revenue is a line item, not a row; expenditure in triệu đồng; allocation non-fact")
r.F("budget_revenue","level",1086.7,"vnd_billion","Tổng thu ngân sách trên địa bàn (không kể thu xuất nhập khẩu) đạt 1.086,7 tỷ đồng")
r.F("budget_revenue","pct_of_plan",112,"percent","bằng 112% dự toán tỉnh giao",basis="estimate")
r.F("budget_revenue","level",742.5,"vnd_billion","thu ngân sách địa phương hưởng 742,5 tỷ đồng")
r.F("budget_expenditure","level",1012.456,"vnd_billion","Tổng chi ngân sách địa phương thực hiện 1.012.456 triệu đồng")
r.F("ntm_communes","level",8,"count","thành phố đã có 8/8 xã đạt chuẩn nông thôn mới",den=8,pt="as_of",pe="2020-12-30")
r.F("ntm_advanced_communes","level",3,"count","3 xã đạt NTM nâng cao",pt="as_of",pe="2020-12-30")
r.nonfacts = 2
REPORTS.append(r)

# 1527 Lục Ngạn, month May 2021 with 5-month ytd
r = R("1527_luc-ngan-giao-ban-thang-5-2021.txt",
      "https://lucngan.bacgiang.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/giao-ban-thang-5-2021",
      "2021-06-03", """
Trang chủ >> Tin tức - Sự kiện >> Tin hoạt động
UBND huyện Lục Ngạn giao ban tháng 5/2021
Ngày đăng: 03/06/2021 | Người đăng: Hoàng Hà | Lượt xem: 409

Ngày 2/6, UBND huyện tổ chức hội nghị giao ban đánh giá tình hình tháng 5, triển khai nhiệm vụ tháng 6/2021.
Vụ vải thiều sớm năm nay cho sản lượng khá.

Trong tháng 5, thu ngân sách trên địa bàn được 14,2 tỷ đồng; lũy kế 5 tháng đầu năm đạt 118,36 tỷ đồng, bằng 41,2% dự toán tỉnh giao, bằng 94% so với cùng kỳ năm 2020 (do tiền sử dụng đất giảm). Giải ngân vốn đầu tư công từ đầu năm đến 31/5 đạt 96,5 tỷ đồng, bằng 37,7% kế hoạch.

Toàn huyện hiện có 16/28 xã đạt chuẩn nông thôn mới (đến tháng 5, không có xã nào bị rút danh hiệu); 03 xã
đăng ký về đích năm 2021 đạt bình quân 16 tiêu chí.

Kết luận hội nghị, Chủ tịch UBND huyện yêu cầu đẩy nhanh giải phóng mặt bằng các dự án trọng điểm.
Hoàng Hà - VP HĐND&UBND huyện
""", "24", "Bắc Giang", "district", "Lục Ngạn", "ytd", "2021-01-01", "2021-05-31",
      "month report with ytd; 'bằng 94% so với cùng kỳ năm 2020' → change −6 yoy; leading zero 03 xã đăng ký, 16 tiêu chí non-facts")
r.F("budget_revenue","level",14.2,"vnd_billion","Trong tháng 5, thu ngân sách trên địa bàn được 14,2 tỷ đồng",pt="month",ps="2021-05-01",pe="2021-05-31")
r.F("budget_revenue","level",118.36,"vnd_billion","lũy kế 5 tháng đầu năm đạt 118,36 tỷ đồng")
r.F("budget_revenue","pct_of_plan",41.2,"percent","bằng 41,2% dự toán tỉnh giao",basis="estimate")
r.F("budget_revenue","change",-6,"percent","bằng 94% so với cùng kỳ năm 2020",basis="yoy")
r.F("disbursement","level",96.5,"vnd_billion","Giải ngân vốn đầu tư công từ đầu năm đến 31/5 đạt 96,5 tỷ đồng")
r.F("disbursement","pct_of_plan",37.7,"percent","bằng 37,7% kế hoạch",basis="plan")
r.F("ntm_communes","level",16,"count","Toàn huyện hiện có 16/28 xã đạt chuẩn nông thôn mới",den=28,pt="as_of",pe="2021-05-31")
r.nonfacts = 2
REPORTS.append(r)

# 1528 commune Đại Lai (Gia Bình, Bắc Ninh), 2023; district figure quoted
r = R("1528_dai-lai-don-bang-ntm-nang-cao.txt",
      "https://dailai.giabinh.bacninh.gov.vn/tin-tuc/xa-dai-lai-don-bang-cong-nhan-xa-dat-chuan-ntm-nang-cao.html",
      "2023-11-21", """
UBND XÃ ĐẠI LAI - HUYỆN GIA BÌNH
TRANG THÔNG TIN ĐIỆN TỬ

Xã Đại Lai đón Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao
Thứ ba, 21/11/2023

Tối 19/11, xã Đại Lai long trọng tổ chức Lễ đón Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao năm 2023
và khai mạc Ngày hội Đại đoàn kết toàn dân tộc. Hơn 1.500 người dân đã về dự.

Giai đoạn 2021 - 2023, xã huy động 86,3 tỷ đồng xây dựng NTM nâng cao;
thu ngân sách xã năm 2023 ước đạt 25.470 triệu đồng, bằng 154% dự toán. 6/6 thôn đạt danh hiệu làng văn hóa; xã được công nhận xã văn hóa
nông thôn mới năm 2022.

Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện cho biết: với Đại Lai, toàn huyện Gia Bình có 5/12 xã đạt chuẩn nông thôn mới nâng cao, 1 xã đạt chuẩn kiểu mẫu.

Ảnh: Lãnh đạo huyện trao Bằng công nhận cho xã.
Thu Trang (Đài truyền thanh xã)
""", "27", "Bắc Ninh", "commune", "Đại Lai", "year", "2023-01-01", "2023-12-31",
      "commune masthead; district Gia Bình figures belong to the district; xã văn hóa NTM, làng văn hóa, attendance, mobilised capital non-facts")
r.F("budget_revenue","level",25.47,"vnd_billion","thu ngân sách xã năm 2023 ước đạt 25.470 triệu đồng",approx="about")
r.F("budget_revenue","pct_of_plan",154,"percent","bằng 154% dự toán",basis="estimate")
r.F("ntm_advanced_communes","level",5,"count","toàn huyện Gia Bình có 5/12 xã đạt chuẩn nông thôn mới nâng cao",den=12,pt="as_of",pe="2023-11-19",area=("district","Gia Bình","Bắc Ninh"))
r.F("ntm_model_communes","level",1,"count","1 xã đạt chuẩn kiểu mẫu",pt="as_of",pe="2023-11-19",area=("district","Gia Bình","Bắc Ninh"))
r.nonfacts = 4
REPORTS.append(r)

# 1529 Hải Dương 6 months 2025 (before merger)
r = R("1529_hai-duong-6-thang-2025.txt",
      "https://baohaiduong.vn/kinh-te/hai-duong-6-thang-thu-ngan-sach-dat-58-2-du-toan-415702.html",
      "2025-06-26", """
HẢI DƯƠNG: 6 THÁNG THU NGÂN SÁCH ĐẠT 58,2% DỰ TOÁN

26/06/2025 17:20 | Báo Hải Dương

Chiều 25/6, UBND tỉnh Hải Dương họp phiên cuối cùng trước khi hợp nhất với thành phố Hải Phòng, đánh giá
tình hình kinh tế - xã hội 6 tháng đầu năm 2025.

Thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 12.980 tỷ đồng, bằng 58,2% dự toán Trung ương giao, bằng 136,5% cùng kỳ. Trong đó, thu nội địa ước 11.740 tỷ đồng. Giải ngân vốn đầu tư công đạt 4.210 tỷ đồng, bằng 42,7% kế hoạch, cao hơn bình quân cả nước.

Lũy kế đến nay, tỉnh có 137 xã đạt chuẩn NTM nâng cao và 41 xã đạt chuẩn NTM kiểu mẫu; 100% số thôn, khu dân
cư được công nhận đạt chuẩn. Tỉnh đã bàn giao toàn bộ hồ sơ, tài sản cho thành phố Hải Phòng sau hợp nhất.

Ảnh: Toàn cảnh phiên họp. (Ảnh: Thành Chung)
Thành Chung
""", "30", "Hải Dương", "province", "Hải Dương", "half_year", "2025-01-01", "2025-06-30",
      "2025 report dated before 1 July: old province Hải Dương (63-province reference); '136,5% cùng kỳ' → +36.5 yoy; hamlets non-fact; high assessment")
r.F("budget_revenue","level",12980,"vnd_billion","Thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 12.980 tỷ đồng",approx="about",headline="yes")
r.F("budget_revenue","pct_of_plan",58.2,"percent","bằng 58,2% dự toán Trung ương giao",basis="estimate",headline="yes")
r.F("budget_revenue","change",36.5,"percent","bằng 136,5% cùng kỳ",basis="yoy")
r.F("domestic_revenue","level",11740,"vnd_billion","thu nội địa ước 11.740 tỷ đồng",approx="about")
r.F("disbursement","level",4210,"vnd_billion","Giải ngân vốn đầu tư công đạt 4.210 tỷ đồng",headline="yes")
r.F("disbursement","pct_of_plan",42.7,"percent","bằng 42,7% kế hoạch",basis="plan",headline="yes")
r.F("disbursement","assessment","","","cao hơn bình quân cả nước",assess="high")
r.F("ntm_advanced_communes","level",137,"count","tỉnh có 137 xã đạt chuẩn NTM nâng cao",pt="as_of",pe="2025-06-25")
r.F("ntm_model_communes","level",41,"count","41 xã đạt chuẩn NTM kiểu mẫu",pt="as_of",pe="2025-06-25")
r.nonfacts = 1
REPORTS.append(r)

# 1530 Tam Dương district party congress 2020: term 2016-2020
r = R("1530_tam-duong-dai-hoi-dang-bo-huyen.txt",
      "https://tamduong.vinhphuc.gov.vn/ct/cms/tintuc/Lists/tinhoatdong/View_Detail.aspx?ItemID=1422",
      "2020-07-24", """
Đại hội đại biểu Đảng bộ huyện Tam Dương lần thứ XXIII, nhiệm kỳ 2020 - 2025
24/07/2020

Trong 3 ngày 21-23/7, Đảng bộ huyện Tam Dương tổ chức Đại hội đại biểu lần thứ XXIII. 250 đại biểu đại diện
cho hơn 6.800 đảng viên trong toàn Đảng bộ về dự.

Báo cáo chính trị khẳng định, giai đoạn 2016 - 2020 tổng thu ngân sách trên địa bàn huyện đạt 2.846,5 tỷ đồng, bình quân tăng 17,2%/năm; tổng vốn đầu tư công giải ngân 5 năm đạt 1.928 tỷ đồng. Năm 2019 huyện được công nhận đạt chuẩn nông thôn mới; đến nay 12/12 xã đạt chuẩn nông thôn mới, 3 xã đạt chuẩn nâng cao.

Mục tiêu nhiệm kỳ 2020 - 2025: phấn đấu thu ngân sách tăng bình quân 10%/năm; có thêm 6 xã đạt chuẩn nâng cao,
2 xã đạt chuẩn kiểu mẫu.

Ảnh: Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Thảo Nguyên
""", "26", "Vĩnh Phúc", "district", "Tam Dương", "term", "2016-01-01", "2020-12-31",
      "term 2016-2020 cumulative (revenue and disbursement) at a 2020 congress; historic growth vs target growth; targets and attendance non-facts")
r.F("budget_revenue","level",2846.5,"vnd_billion","giai đoạn 2016 - 2020 tổng thu ngân sách trên địa bàn huyện đạt 2.846,5 tỷ đồng")
r.F("budget_revenue","change",17.2,"percent","bình quân tăng 17,2%/năm",basis="annual_avg")
r.F("disbursement","level",1928,"vnd_billion","tổng vốn đầu tư công giải ngân 5 năm đạt 1.928 tỷ đồng")
r.F("ntm_communes","level",12,"count","đến nay 12/12 xã đạt chuẩn nông thôn mới",den=12,pt="as_of",pe="2020-07-23")
r.F("ntm_advanced_communes","level",3,"count","3 xã đạt chuẩn nâng cao",pt="as_of",pe="2020-07-23")
r.nonfacts = 4
REPORTS.append(r)
