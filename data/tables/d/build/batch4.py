from common import R, F
def P(n): return ("province", n, n)

R("619_tp-cao-lanh-tong-ket-2021.txt", """
ĐỒNG THÁP ONLINE
Thành phố Cao Lãnh hoàn thành vượt dự toán thu ngân sách năm 2021
15/12/2021 - 14:22

ĐTO - Ngày 14/12, HĐND thành phố Cao Lãnh khóa XII tổ chức kỳ họp thứ 3. Năm 2021, mặc dù chịu ảnh hưởng nặng nề bởi dịch bệnh, thành phố thu ngân sách 452/410 tỷ đồng, đạt 110,2% dự toán. Chi ngân sách địa phương 598.450 triệu đồng.

Thành phố tiếp tục duy trì các xã đạt chuẩn nông thôn mới; có thêm 3 xã đạt chuẩn nông thôn mới nâng cao. Tuy nhiên, tỷ lệ giải ngân vốn đầu tư công của thành phố chỉ đạt 72,3% kế hoạch, thấp hơn năm trước.

Toàn tỉnh Đồng Tháp năm 2021 thu ngân sách nhà nước đạt 6.812 tỷ đồng.

Ảnh: Đại biểu biểu quyết thông qua các nghị quyết. (Ảnh: M.T)
M.T
Các tin khác:
› Sa Đéc: Tập trung phát triển du lịch
› Hồng Ngự: Sơ kết công tác quý III
""", ("87", "Đồng Tháp", "city", "Cao Lãnh", "year", "2021-01-01", "2021-12-31"), [
    F("budget_revenue", "level", 452, unit="vnd_billion", ev="thành phố thu ngân sách 452/410 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 110.2, basis="estimate", ev="đạt 110,2% dự toán"),
    F("budget_expenditure", "level", 598.45, unit="vnd_billion", ev="Chi ngân sách địa phương 598.450 triệu đồng"),
    F("disbursement", "pct_of_plan", 72.3, basis="plan", ev="tỷ lệ giải ngân vốn đầu tư công của thành phố chỉ đạt 72,3% kế hoạch"),
    F("disbursement", "assessment", basis="yoy", ass="declining", ev="thấp hơn năm trước"),
    F("budget_revenue", "level", 6812, unit="vnd_billion", area=P("Đồng Tháp"), head="yes", ev="Toàn tỉnh Đồng Tháp năm 2021 thu ngân sách nhà nước đạt 6.812 tỷ đồng"),
], url="https://dongthap.gov.vn/tin-tuc/thanh-pho-cao-lanh-hoan-thanh-vuot-du-toan-thu-ngan-sach-nam-2021", pub="2021-12-15",
  tests="provincial city (TP Cao Lãnh vs huyện Cao Lãnh); 452/410 actual/target (410 non-fact); triệu đồng; 'có thêm 3 xã' NTM nâng cao (an increment) = non-fact; province quote", nonfacts=2)

HG = dict(pt="as_of", ps="2023-09-30", pe="2023-09-30")
R("620_ha-giang-nong-thon-moi-9-thang-2023.txt", """
Trang chủ > Thời sự > Nông nghiệp - Nông thôn
HÀ GIANG: XÂY DỰNG NÔNG THÔN MỚI VÙNG CAO - CHẬM MÀ CHẮC
Thứ Hai, 16/10/2023 - 08:47 | Lượt xem: 2.415

BHG - Chín tháng qua, Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh tiếp tục có chuyển biến (tính đến ngày 30/9/2023: 68/175 xã đạt chuẩn NTM, chiếm 38,86%; 5 xã đạt chuẩn NTM nâng cao; bình quân đạt 14,9 tiêu chí/xã). So với cuối năm 2022, tăng 6 xã đạt chuẩn.

Tỷ lệ xã đạt chuẩn so với mục tiêu Nghị quyết đạt 38,86%/40%. Phong trào xây dựng "xã văn hóa nông thôn mới" được duy trì ở hầu hết các địa phương. Ngân hàng Chính sách xã hội tỉnh đã cho 8.312 hộ vay vốn phát triển sản xuất.

Ảnh: Đường bê tông về thôn Lùng Vái, xã Lũng Cú (Đồng Văn). Ảnh: Vân Hải
VÂN HẢI
Chia sẻ | Bản in
""", ("02", "Hà Giang", "province", "Hà Giang", "as_of", "2023-09-30", "2023-09-30"), [
    F("ntm_communes", "level", 68, unit="count", denom=175, head="yes", ev="68/175 xã đạt chuẩn NTM"),
    F("ntm_communes", "share", 38.86, ev="chiếm 38,86%"),
    F("ntm_advanced_communes", "level", 5, unit="count", ev="5 xã đạt chuẩn NTM nâng cao"),
], url="https://baohagiang.vn/nong-nghiep-nong-thon/202310/ha-giang-xay-dung-nong-thon-moi-vung-cao-cham-ma-chac-812345/", pub="2023-10-16",
  tests="counts inside parentheses; '38,86%/40%' (40 = target; restated 38,86 → one share row); 14,9 tiêu chí/xã, 'tăng 6 xã', xã văn hóa NTM, NHCSXH = non-facts", nonfacts=5)

R("621_hai-duong-hoan-thanh-ntm-2024.txt", """
HẢI DƯƠNG HOÀN THÀNH NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI
Báo Hải Dương - Thứ Ba, 31/12/2024

Kết thúc năm 2024, tỉnh Hải Dương có 100% xã đạt chuẩn nông thôn mới (207/207 xã), 09 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng nông thôn mới. Trong số các xã, có 105 xã đạt chuẩn NTM nâng cao, 32 xã đạt chuẩn NTM kiểu mẫu.

Hiện còn 3 huyện đang hoàn thiện hồ sơ đề nghị xét công nhận. Năm 2025, tỉnh phấn đấu có thêm 20 xã đạt chuẩn nâng cao.

Ảnh: Một góc xã nông thôn mới kiểu mẫu Gia Xuyên (Gia Lộc). Ảnh: THÀNH CHUNG
THÀNH CHUNG
""", ("30", "Hải Dương", "province", "Hải Dương", "as_of", "2024-12-31", "2024-12-31"), [
    F("ntm_communes", "share", 100, ev="có 100% xã đạt chuẩn nông thôn mới"),
    F("ntm_communes", "level", 207, unit="count", denom=207, head="yes", ev="(207/207 xã)"),
    F("ntm_districts", "level", 9, unit="count", ev="09 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng nông thôn mới"),
    F("ntm_advanced_communes", "level", 105, unit="count", ev="105 xã đạt chuẩn NTM nâng cao"),
    F("ntm_model_communes", "level", 32, unit="count", ev="32 xã đạt chuẩn NTM kiểu mẫu"),
], url="https://baohaiduong.vn/nong-thon-moi/hai-duong-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi-402218", pub="2024-12-31",
  tests="'09 đơn vị cấp huyện' leading zero → ntm_districts 9; 100% (207/207); 'còn 3 huyện', target 20 xã = non-facts", nonfacts=2)

CG = dict(pt="ytd", ps="2020-01-01", pe="2020-11-30")
R("622_can-giuoc-giai-ngan-11-thang-2020.txt", """
Long An Online  ›  Kinh tế
Cần Giuộc giải ngân hơn 82% kế hoạch vốn
05/12/2020 07:45

Từ đầu năm đến ngày 30/11/2020, huyện Cần Giuộc (tỉnh Long An) giải ngân 318 tỷ 450 triệu đồng vốn đầu tư công, đạt 82,35% kế hoạch.

Cũng trong 11 tháng, thu ngân sách nhà nước trên địa bàn huyện đạt trên 890 tỉ đồng, bằng 101,2% dự toán; dự kiến cả năm thu 1.050 tỉ đồng. Huyện đã có 13/15 xã đạt chuẩn nông thôn mới, còn 2 xã chưa đạt chuẩn; 3 xã đạt chuẩn nâng cao.

Ảnh: Công trình nâng cấp đường tỉnh 835B. Ảnh: Phương Nam
PHƯƠNG NAM
Tin cùng chuyên mục
""", ("80", "Long An", "district", "Cần Giuộc", "ytd", "2020-01-01", "2020-11-30"), [
    F("disbursement", "level", 318.45, unit="vnd_billion", ev="giải ngân 318 tỷ 450 triệu đồng vốn đầu tư công"),
    F("disbursement", "pct_of_plan", 82.35, basis="plan", ev="đạt 82,35% kế hoạch"),
    F("budget_revenue", "level", 890, unit="vnd_billion", approx="over", ev="thu ngân sách nhà nước trên địa bàn huyện đạt trên 890 tỉ đồng"),
    F("budget_revenue", "pct_of_plan", 101.2, basis="estimate", ev="bằng 101,2% dự toán"),
    F("ntm_communes", "level", 13, unit="count", denom=15, pt="as_of", ps="2020-11-30", pe="2020-11-30", ev="Huyện đã có 13/15 xã đạt chuẩn nông thôn mới"),
    F("ntm_advanced_communes", "level", 3, unit="count", pt="as_of", ps="2020-11-30", pe="2020-11-30", ev="3 xã đạt chuẩn nâng cao"),
], url="https://baolongan.vn/can-giuoc-giai-ngan-hon-82-ke-hoach-von-a108245.html", pub="2020-12-05",
  tests="'huyện X (tỉnh Y)' named once; 'từ đầu năm đến ngày' → ytd; '318 tỷ 450 triệu'; 'tỉ'; 'trên' → over; 'dự kiến 1.050', 'còn 2 xã' = non-facts", nonfacts=2)

GL = dict(pt="ytd", ps="2025-01-01", pe="2025-10-31")
R("623_gia-lai-thong-ke-thang-10-2025.txt", """
THỐNG KÊ TỈNH GIA LAI
Tình hình kinh tế - xã hội tháng Mười và 10 tháng năm 2025
Ngày phát hành: 06/11/2025

4. Thu, chi ngân sách và đầu tư công
Thu ngân sách nhà nước trên địa bàn tháng 10/2025 ước đạt 1.620 tỷ đồng; tính chung 10 tháng
ước đạt 17.950 tỷ đồng, đạt 101,6% dự toán, tăng 18,4% so với cùng kỳ (số liệu cùng kỳ đã cộng
gộp hai tỉnh Gia Lai và Bình Định cũ).
Tổng chi ngân sách địa phương 10 tháng ước đạt 28.406 tỷ đồng.
Vốn đầu tư công: lũy kế giải ngân đến ngày 31/10/2025 đạt 12.480 tỷ đồng, bằng 59,7% kế hoạch
vốn Thủ tướng Chính phủ giao.

5. Tín dụng: tổng dư nợ cho vay chính sách xã hội đạt 14.350 tỷ đồng.
""", ("52", "Gia Lai", "province", "Gia Lai", "month", "2025-10-01", "2025-10-31"), [
    F("budget_revenue", "level", 1620, unit="vnd_billion", approx="about", head="yes", ev="Thu ngân sách nhà nước trên địa bàn tháng 10/2025 ước đạt 1.620 tỷ đồng"),
    F("budget_revenue", "level", 17950, unit="vnd_billion", approx="about", head="yes", ev="ước đạt 17.950 tỷ đồng", **GL),
    F("budget_revenue", "pct_of_plan", 101.6, basis="estimate", head="yes", ev="đạt 101,6% dự toán", **GL),
    F("budget_revenue", "change", 18.4, basis="yoy", ev="tăng 18,4% so với cùng kỳ", **GL),
    F("budget_expenditure", "level", 28406, unit="vnd_billion", approx="about", ev="Tổng chi ngân sách địa phương 10 tháng ước đạt 28.406 tỷ đồng", **GL),
    F("disbursement", "level", 12480, unit="vnd_billion", head="yes", ev="lũy kế giải ngân đến ngày 31/10/2025 đạt 12.480 tỷ đồng", **GL),
    F("disbursement", "pct_of_plan", 59.7, basis="assigned_plan", head="yes", ev="bằng 59,7% kế hoạch", **GL),
], url="https://thongke.gialai.gov.vn/tinh-hinh-kt-xh/thang-10-nam-2025", pub="2025-11-06",
  tests="post-2025 merged Gia Lai (code 52); month + 10-month ytd; crawler hard-wraps; former Bình Định mention is not a fact; social-credit dư nợ = non-fact", nonfacts=1)

A8 = dict(basis="assigned_plan", pt="ytd", ps="2025-01-01", pe="2025-08-31", head="yes")
R("624_giai-ngan-8-thang-2025-34-tinh.txt", """
Giải ngân đầu tư công 8 tháng: 34 tỉnh, thành sau sáp nhập đang ở đâu?
Theo Bộ Tài chính | 12/09/2025 | Mục: Thời sự - Chính sách

Tính đến hết tháng 8/2025, cả nước giải ngân khoảng 409.000 tỷ đồng, đạt 46,3% kế hoạch Thủ tướng giao. Đây là năm đầu tiên số liệu được tổng hợp theo 34 tỉnh, thành phố sau sắp xếp đơn vị hành chính.

Nhóm dẫn đầu gồm: Ninh Bình 61,2%; Phú Thọ 58,4%; Lào Cai 55,9%. Trong khi đó, Hải Phòng giải ngân còn thấp, mới đạt 27,8%; Lâm Đồng 24,3% và Khánh Hòa 26,1%.

Có 8 địa phương có tỷ lệ giải ngân trên mức bình quân chung cả nước.

* Ảnh: Thi công nút giao trên Vành đai 4 - Vùng Thủ đô.
""", ("", "", "national", "Việt Nam", "ytd", "2025-01-01", "2025-08-31"), [
    F("disbursement", "pct_of_plan", 61.2, area=P("Ninh Bình"), ev="Ninh Bình 61,2%", **A8),
    F("disbursement", "pct_of_plan", 58.4, area=P("Phú Thọ"), ev="Phú Thọ 58,4%", **A8),
    F("disbursement", "pct_of_plan", 55.9, area=P("Lào Cai"), ev="Lào Cai 55,9%", **A8),
    F("disbursement", "assessment", area=P("Hải Phòng"), ass="low", pt="ytd", ps="2025-01-01", pe="2025-08-31", ev="Hải Phòng giải ngân còn thấp"),
    F("disbursement", "pct_of_plan", 27.8, area=P("Hải Phòng"), ev="mới đạt 27,8%", **A8),
    F("disbursement", "pct_of_plan", 24.3, area=P("Lâm Đồng"), ev="Lâm Đồng 24,3%", **A8),
    F("disbursement", "pct_of_plan", 26.1, area=P("Khánh Hòa"), ev="Khánh Hòa 26,1%", **A8),
], url="https://mof.gov.vn/webcenter/portal/ttpltc/pages_r/l/chi-tiet-tin?dDocName=MOFUCM315420", pub="2025-09-12",
  tests="post-2025 roundup on 34 provinces; assessment for one province; national total, '8 địa phương' = non-facts", nonfacts=2)
