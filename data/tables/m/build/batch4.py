from common import R
REPORTS = []
P = lambda n: ("province", n, n)

# 1519 Vĩnh Bảo bare title; 11 months 2023; city figure quoted
r = R("1519_vinh-bao-giai-ngan-11-thang.txt",
      "https://haiphong.gov.vn/tin-tuc-su-kien/vinh-bao-giai-ngan-von-dau-tu-cong-11-thang-dat-82-5-ke-hoach-672011",
      "2023-12-06", """
Vĩnh Bảo giải ngân vốn đầu tư công 11 tháng đạt 82,5% kế hoạch
06/12/2023 14:25

Cổng TTĐT thành phố - Chiều 5/12, UBND huyện Vĩnh Bảo tổ chức hội nghị giao ban kinh tế - xã hội tháng 11.

Tính từ đầu năm đến ngày 30/11/2023, huyện giải ngân vốn đầu tư công được 1.046,3 tỷ đồng, đạt 82,5% kế hoạch, cao hơn mức chung của thành phố (74,1%). Thu ngân sách nhà nước trên địa bàn 11 tháng đạt 687,5 tỷ đồng, bằng 91,6% dự toán thành phố giao; thu ngân sách huyện được hưởng 402,8 tỷ đồng.

Huyện phấn đấu đến 31/1/2024 giải ngân 100% kế hoạch vốn, đồng thời hoàn thành đấu giá 8 khu đất
dịch vụ còn lại. Trong tháng, huyện đã tổ chức 3 phiên đấu giá với tổng số tiền trúng 126 tỷ đồng.

Ảnh: Đường trục huyện nối Quốc lộ 10 đang được hoàn thiện. (Ảnh: Phạm Cường)
Phạm Cường
Tin liên quan
- Tiên Lãng khởi công cầu vượt sông Văn Úc
""", "31", "Hải Phòng", "district", "Vĩnh Bảo", "ytd", "2023-01-01", "2023-11-30",
      "bare unit in title; Hải Phòng city figure in parentheses (municipality-level); ngân sách huyện được hưởng sub-total; auction proceeds line item; phấn đấu non-fact")
r.F("disbursement","level",1046.3,"vnd_billion","huyện giải ngân vốn đầu tư công được 1.046,3 tỷ đồng")
r.F("disbursement","pct_of_plan",82.5,"percent","đạt 82,5% kế hoạch",basis="plan")
r.F("disbursement","pct_of_plan",74.1,"percent","cao hơn mức chung của thành phố (74,1%)",basis="plan",area=P("Hải Phòng"),headline="yes")
r.F("budget_revenue","level",687.5,"vnd_billion","Thu ngân sách nhà nước trên địa bàn 11 tháng đạt 687,5 tỷ đồng")
r.F("budget_revenue","pct_of_plan",91.6,"percent","bằng 91,6% dự toán thành phố giao",basis="estimate")
r.F("budget_revenue","level",402.8,"vnd_billion","thu ngân sách huyện được hưởng 402,8 tỷ đồng")
r.nonfacts = 2
REPORTS.append(r)

# 1520 Lộc Bình named only in URL, year 2024
r = R("1520_ket-qua-nam-2024-va-nhiem-vu-2025.txt",
      "https://locbinh.langson.gov.vn/tin-tuc/hoi-nghi-tong-ket-nam-2024-nhiem-vu-nam-2025-2281.html",
      "2024-12-19", """
Trang chủ > Tin tức - Sự kiện > Hoạt động của huyện

HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN LẦN THỨ 27

Thứ năm, 19/12/2024 - 10:02

Ngày 18/12, Ban Chấp hành Đảng bộ huyện khóa XXI tổ chức Hội nghị lần thứ 27 đánh giá kết quả năm 2024,
phương hướng nhiệm vụ năm 2025.

Năm 2024, tổng thu ngân sách nhà nước trên địa bàn ước đạt 152,6/135 tỷ đồng, bằng 113% dự toán tỉnh giao. Tổng chi ngân sách địa phương ước 1.045,7 tỷ đồng. Giải ngân vốn đầu tư công đến 15/12 đạt 87,3% kế hoạch.
Chương trình nông thôn mới tiếp tục có chuyển biến: lũy kế có 9 trong tổng số 18 xã đạt chuẩn nông thôn mới; bình quân đạt 15,2 tiêu chí/xã; 41 thôn, bản được công nhận thôn đạt chuẩn nông thôn mới.

Năm 2025, huyện phấn đấu thu ngân sách trên địa bàn đạt 140 tỷ đồng trở lên, có thêm 2 xã đạt chuẩn NTM.

Ảnh: Các đại biểu dự hội nghị.
Hoàng Mai (Trung tâm VH-TT&TT huyện)
Bản quyền © UBND huyện. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "20", "Lạng Sơn", "district", "Lộc Bình", "year", "2024-01-01", "2024-12-31",
      "unit only in URL (locbinh.langson.gov.vn); actual/plan amount '152,6/135'; expenditure; '9 trong tổng số 18 xã'; tiêu chí/xã, thôn bản, phấn đấu non-facts")
r.F("budget_revenue","level",152.6,"vnd_billion","tổng thu ngân sách nhà nước trên địa bàn ước đạt 152,6/135 tỷ đồng",den=135,approx="about")
r.F("budget_revenue","pct_of_plan",113,"percent","bằng 113% dự toán tỉnh giao",basis="estimate")
r.F("budget_expenditure","level",1045.7,"vnd_billion","Tổng chi ngân sách địa phương ước 1.045,7 tỷ đồng",approx="about")
r.F("disbursement","pct_of_plan",87.3,"percent","Giải ngân vốn đầu tư công đến 15/12 đạt 87,3% kế hoạch",basis="plan",pt="as_of",pe="2024-12-15")
r.F("ntm_communes","level",9,"count","lũy kế có 9 trong tổng số 18 xã đạt chuẩn nông thôn mới",den=18,pt="as_of",pe="2024-12-18")
r.nonfacts = 4
REPORTS.append(r)

# 1521 Gia Lâm 2024, quotes Hà Nội figure
r = R("1521_gia-lam-thu-ngan-sach-2024.txt",
      "https://gialam.hanoi.gov.vn/tin-tuc-su-kien/gia-lam-thu-ngan-sach-vuot-xa-du-toan-1705.html",
      "2025-01-07", """
GIA LÂM THU NGÂN SÁCH VƯỢT XA DỰ TOÁN
Thứ Ba, 07/01/2025 | 09:30 GMT+7
Trang chủ > Tin tức - Sự kiện > Tin trong huyện

Năm 2024, huyện Gia Lâm thu ngân sách nhà nước trên địa bàn đạt 8.432 tỷ đồng, bằng 167,5% dự toán thành phố giao và 142% dự toán HĐND huyện, tăng 38,2% so với năm 2023. Thu tiền sử dụng đất chiếm hơn 6.100 tỷ đồng nhờ đấu giá thành công nhiều khu đất. Tổng chi ngân sách huyện đạt 4.918 tỷ đồng.

Kết quả này góp phần để Hà Nội tiếp tục dẫn đầu cả nước về thu ngân sách: năm 2024 toàn Thành phố thu ngân sách nhà nước trên địa bàn đạt 511.950 tỷ đồng, bằng 121,2% dự toán.

Năm 2024 Gia Lâm cũng được công nhận huyện đạt chuẩn nông thôn mới nâng cao; 20/20 xã của huyện đạt chuẩn NTM nâng cao, trong đó 11 xã đạt chuẩn NTM kiểu mẫu. Giải ngân vốn đầu tư công của huyện đạt 96,4% kế hoạch.

"Năm 2025, huyện quyết tâm hoàn thành các tiêu chí lên quận", Chủ tịch UBND huyện nhấn mạnh.

Ảnh: Đô thị mới phát triển tại huyện Gia Lâm. (Ảnh: Trần Phương)
Trần Phương
""", "01", "Hà Nội", "district", "Gia Lâm", "year", "2024-01-01", "2024-12-31",
      "district of Hà Nội quoting the city's headline total (Hà Nội row); two plans; tiền sử dụng đất line item; 'tăng 38,2% so với năm 2023'")
r.F("budget_revenue","level",8432,"vnd_billion","huyện Gia Lâm thu ngân sách nhà nước trên địa bàn đạt 8.432 tỷ đồng")
r.F("budget_revenue","pct_of_plan",167.5,"percent","bằng 167,5% dự toán thành phố giao",basis="estimate")
r.F("budget_revenue","pct_of_plan",142,"percent","142% dự toán HĐND huyện",basis="resolution")
r.F("budget_revenue","change",38.2,"percent","tăng 38,2% so với năm 2023",basis="yoy")
r.F("budget_expenditure","level",4918,"vnd_billion","Tổng chi ngân sách huyện đạt 4.918 tỷ đồng")
r.F("budget_revenue","level",511950,"vnd_billion","toàn Thành phố thu ngân sách nhà nước trên địa bàn đạt 511.950 tỷ đồng",area=P("Hà Nội"),headline="yes")
r.F("budget_revenue","pct_of_plan",121.2,"percent","bằng 121,2% dự toán",basis="estimate",area=P("Hà Nội"),headline="yes")
r.F("ntm_advanced_communes","level",20,"count","20/20 xã của huyện đạt chuẩn NTM nâng cao",den=20,pt="as_of",pe="2024-12-31")
r.F("ntm_model_communes","level",11,"count","trong đó 11 xã đạt chuẩn NTM kiểu mẫu",pt="as_of",pe="2024-12-31")
r.F("disbursement","pct_of_plan",96.4,"percent","Giải ngân vốn đầu tư công của huyện đạt 96,4% kế hoạch",basis="plan")
r.nonfacts = 0
REPORTS.append(r)

# 1522 ward Móng Cái 1 (Quảng Ninh), year 2025
r = R("1522_phuong-mong-cai-1-tong-ket-2025.txt",
      "https://mongcai1.quangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=2219",
      "2025-12-22", """
ĐẢNG ỦY - HĐND - UBND PHƯỜNG MÓNG CÁI 1
Tin tức - Sự kiện

Phường Móng Cái 1 tổng kết năm 2025: Hoàn thành vượt 14/16 chỉ tiêu
22/12/2025

Sáng 20/12, HĐND phường Móng Cái 1 khóa I tổ chức kỳ họp thứ 3, xem xét các báo cáo kinh tế - xã hội năm
2025 và quyết định dự toán ngân sách năm 2026.

Năm 2025, thu ngân sách trên địa bàn phường (tính cả số thu của các phường Ka Long, Trần Phú, Hòa Lạc trước
sắp xếp) ước đạt 1.318 tỷ đồng, vượt 9,8% dự toán; thu ngân sách phường được hưởng ước 286,4 tỷ đồng. Giải ngân vốn đầu tư công do phường quản lý đạt 91,2% kế hoạch.

Theo báo cáo của tỉnh, năm 2025 Quảng Ninh thu ngân sách nhà nước ước đạt 62.870 tỷ đồng, vượt 15,4% dự toán Trung ương giao; Móng Cái 1 là một trong 5 đơn vị cấp xã thu ngân sách trên 1.000 tỷ đồng.

Kỳ họp đã thông qua dự toán thu năm 2026 là 1.120 tỷ đồng và 09 nghị quyết chuyên đề.

Ảnh: Các đại biểu HĐND phường biểu quyết thông qua nghị quyết.
Thu Hiền
Lượt xem: 255
""", "22", "Quảng Ninh", "ward", "Móng Cái 1", "year", "2025-01-01", "2025-12-31",
      "post-2025 ward with numeral name; province total with 'vượt 15,4%' → 115.4; 14/16 chỉ tiêu, 5 đơn vị, dự toán 2026, 09 nghị quyết non-facts")
r.F("budget_revenue","level",1318,"vnd_billion","ước đạt 1.318 tỷ đồng",approx="about")
r.F("budget_revenue","pct_of_plan",109.8,"percent","vượt 9,8% dự toán",basis="estimate")
r.F("budget_revenue","level",286.4,"vnd_billion","thu ngân sách phường được hưởng ước 286,4 tỷ đồng",approx="about")
r.F("disbursement","pct_of_plan",91.2,"percent","Giải ngân vốn đầu tư công do phường quản lý đạt 91,2% kế hoạch",basis="plan")
r.F("budget_revenue","level",62870,"vnd_billion","Quảng Ninh thu ngân sách nhà nước ước đạt 62.870 tỷ đồng",approx="about",area=P("Quảng Ninh"),headline="yes")
r.F("budget_revenue","pct_of_plan",115.4,"percent","vượt 15,4% dự toán Trung ương giao",basis="estimate",area=P("Quảng Ninh"),headline="yes")
r.nonfacts = 4
REPORTS.append(r)

# 1523 Trùng Khánh bare title; half year 2022; % without amount
r = R("1523_trung-khanh-so-ket-6-thang-2022.txt",
      "https://baocaobang.vn/trung-khanh-so-ket-6-thang-dau-nam-2022-3141276.html",
      "2022-07-15", """
Trùng Khánh: Sơ kết 6 tháng đầu năm 2022
Thứ sáu, 15/07/2022 - 15:10

Ngày 14/7, Huyện ủy Trùng Khánh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ
6 tháng cuối năm 2022.

6 tháng, thu ngân sách trên địa bàn mới đạt 36,6% dự toán năm, đạt thấp so với cùng kỳ do nguồn thu từ
khai thác khoáng sản giảm. Giải ngân vốn đầu tư công được 58,14 tỷ đồng, bằng 33,9% kế hoạch.

Công tác xây dựng nông thôn mới: toàn huyện có 7 trong tổng số 19 xã đạt chuẩn nông thôn mới, tăng 2 xã
so với cùng kỳ; 3 xóm được công nhận xóm đạt chuẩn nông thôn mới kiểu mẫu. Huyện chọn 2 xã Đình Phong,
Đàm Thủy để đầu tư xây dựng đạt chuẩn nâng cao.

Du lịch khởi sắc trở lại, khu du lịch thác Bản Giốc đón trên 120.000 lượt khách.

Ảnh: Quang cảnh hội nghị.
Nông Thanh (CTV)
""", "04", "Cao Bằng", "district", "Trùng Khánh", "half_year", "2022-01-01", "2022-06-30",
      "bare unit in title; % of plan with no amount; assessment low (yoy); xóm kiểu mẫu (hamlets), tăng 2 xã, chọn 2 xã non-facts")
r.F("budget_revenue","pct_of_plan",36.6,"percent","thu ngân sách trên địa bàn mới đạt 36,6% dự toán năm",basis="estimate")
r.F("budget_revenue","assessment","","","đạt thấp so với cùng kỳ",basis="yoy",assess="low")
r.F("disbursement","level",58.14,"vnd_billion","Giải ngân vốn đầu tư công được 58,14 tỷ đồng")
r.F("disbursement","pct_of_plan",33.9,"percent","bằng 33,9% kế hoạch",basis="plan")
r.F("ntm_communes","level",7,"count","toàn huyện có 7 trong tổng số 19 xã đạt chuẩn nông thôn mới",den=19,pt="as_of",pe="2022-07-14")
r.nonfacts = 3
REPORTS.append(r)

# 1524 roundup budget revenue first half 2024
r = R("1524_thu-ngan-sach-6-thang-2024-cac-dia-phuong.txt",
      "https://thoibaotaichinhvietnam.vn/thu-ngan-sach-6-thang-nhieu-dia-phuong-phia-bac-ve-dich-som-151203.html",
      "2024-07-10", """
Tài chính > Ngân sách

Thu ngân sách 6 tháng: Nhiều địa phương phía Bắc "về đích" sớm

10/07/2024 06:45 | (TBTCVN) - Kết thúc 6 tháng đầu năm 2024, tổng thu ngân sách nhà nước cả nước ước đạt
1.056,5 nghìn tỷ đồng, bằng 62,3% dự toán. Nhiều địa phương phía Bắc có số thu tốt.

Hà Nội tiếp tục dẫn đầu với tổng thu ngân sách trên địa bàn ước 282.600 tỷ đồng, bằng 61,4% dự toán. Hải Phòng thu được 50.120 tỷ đồng, đạt 52,8%; Quảng Ninh thu 22.650 tỷ đồng (bằng 49,7% dự toán), thấp hơn cùng kỳ 6,2%. Bắc Ninh đạt 13.870 tỷ đồng, trong khi Hải Dương mới đạt 46,1% dự toán với 9.215 tỷ đồng.

"Thu từ đất đang là điểm nghẽn", lãnh đạo Sở Tài chính một địa phương chia sẻ.

Ảnh: Giao dịch tại Kho bạc Nhà nước. (Ảnh: TL)
Thanh Hà
Tin liên quan
- Bộ Tài chính đề xuất gia hạn thuế, phí 6 tháng cuối năm
""", "", "", "national", "Việt Nam", "half_year", "2024-01-01", "2024-06-30",
      "roundup budget: one fact per province; national total not a row; 'thấp hơn cùng kỳ 6,2%' → change −6.2; figure before its noun")
HY = {}
r.F("budget_revenue","level",282600,"vnd_billion","Hà Nội tiếp tục dẫn đầu với tổng thu ngân sách trên địa bàn ước 282.600 tỷ đồng",approx="about",area=P("Hà Nội"),headline="yes")
r.F("budget_revenue","pct_of_plan",61.4,"percent","bằng 61,4% dự toán",basis="estimate",area=P("Hà Nội"),headline="yes")
r.F("budget_revenue","level",50120,"vnd_billion","Hải Phòng thu được 50.120 tỷ đồng",area=P("Hải Phòng"),headline="yes")
r.F("budget_revenue","pct_of_plan",52.8,"percent","đạt 52,8%",basis="estimate",area=P("Hải Phòng"),headline="yes")
r.F("budget_revenue","level",22650,"vnd_billion","Quảng Ninh thu 22.650 tỷ đồng",area=P("Quảng Ninh"),headline="yes")
r.F("budget_revenue","pct_of_plan",49.7,"percent","(bằng 49,7% dự toán)",basis="estimate",area=P("Quảng Ninh"),headline="yes")
r.F("budget_revenue","change",-6.2,"percent","thấp hơn cùng kỳ 6,2%",basis="yoy",area=P("Quảng Ninh"))
r.F("budget_revenue","level",13870,"vnd_billion","Bắc Ninh đạt 13.870 tỷ đồng",area=P("Bắc Ninh"),headline="yes")
r.F("budget_revenue","pct_of_plan",46.1,"percent","Hải Dương mới đạt 46,1% dự toán",basis="estimate",area=P("Hải Dương"),headline="yes")
r.F("budget_revenue","level",9215,"vnd_billion","với 9.215 tỷ đồng",area=P("Hải Dương"),headline="yes")
r.nonfacts = 1
REPORTS.append(r)
