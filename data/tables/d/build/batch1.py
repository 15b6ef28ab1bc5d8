from common import R, F
BP = ("province", "Bình Phước", "Bình Phước")

R("601_bu-dang-giai-ngan-9-thang.txt", """
Trang chủ > Kinh tế > Đầu tư - Xây dựng
BÙ ĐĂNG GIẢI NGÂN ĐẠT 71,4% KẾ HOẠCH VỐN NĂM 2024
Thứ Năm, 03/10/2024 | 15:42 GMT+7
Lượt xem: 1.287

(BP) - Chín tháng đầu năm 2024, huyện Bù Đăng đã giải ngân 412,6 tỷ đồng vốn đầu tư công, đạt 71,4% kế hoạch, cao hơn mặt bằng chung của tỉnh.

Ảnh: Công trình đường giao thông liên xã Đoàn Kết - Đồng Nai đang gấp rút thi công. (Ảnh: Thanh Hải)

Theo báo cáo của UBND huyện, năm 2024 huyện được giao tổng kế hoạch vốn đầu tư công 578 tỷ đồng, tăng hơn 60 tỷ đồng so với năm trước. Ngay từ đầu năm, huyện đã thành lập tổ công tác đặc biệt, họp giao ban hằng tuần để tháo gỡ vướng mắc về giải phóng mặt bằng. Tuy vậy, hiện vẫn còn 4 dự án có tỷ lệ giải ngân dưới 30%, chủ yếu do vướng thủ tục đất đai.

Trong khi đó, tính chung toàn tỉnh Bình Phước, đến hết tháng 9 mới giải ngân được 3.146 tỷ đồng, đạt 54,8% kế hoạch Thủ tướng Chính phủ giao.

Về thu ngân sách, thu ngân sách nhà nước trên địa bàn huyện 9 tháng ước đạt 186 tỷ đồng, bằng 83,5% dự toán tỉnh giao, tăng 9,2% so với cùng kỳ. Năm nay huyện có 3 xã đăng ký về đích nông thôn mới nâng cao; Ngân hàng Chính sách xã hội huyện đã giải ngân cho 1.240 lượt hộ vay với doanh số 48 tỷ đồng.

Ông Điểu Bình, Phó Chủ tịch UBND huyện, cho biết từ nay đến cuối năm, huyện phấn đấu giải ngân 100% kế hoạch vốn được giao.

Hồng Nhung (TTVH huyện)

Tin liên quan:
- Đồng Phú: Đẩy nhanh tiến độ các công trình trọng điểm
- Bình Phước tổ chức hội nghị xúc tiến đầu tư năm 2024
Chia sẻ | In bài | Về đầu trang
""", ("70", "Bình Phước", "district", "Bù Đăng", "nine_months", "2024-01-01", "2024-09-30"), [
    F("disbursement", "level", 412.6, unit="vnd_billion", ev="huyện Bù Đăng đã giải ngân 412,6 tỷ đồng vốn đầu tư công"),
    F("disbursement", "pct_of_plan", 71.4, basis="plan", ev="đạt 71,4% kế hoạch, cao hơn mặt bằng chung của tỉnh"),
    F("disbursement", "level", 3146, unit="vnd_billion", area=BP, head="yes", ev="đến hết tháng 9 mới giải ngân được 3.146 tỷ đồng"),
    F("disbursement", "pct_of_plan", 54.8, basis="assigned_plan", area=BP, head="yes", ev="đạt 54,8% kế hoạch Thủ tướng Chính phủ giao"),
    F("budget_revenue", "level", 186, unit="vnd_billion", approx="about", ev="thu ngân sách nhà nước trên địa bàn huyện 9 tháng ước đạt 186 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 83.5, basis="estimate", ev="bằng 83,5% dự toán tỉnh giao"),
    F("budget_revenue", "change", 9.2, basis="yoy", ev="tăng 9,2% so với cùng kỳ"),
], url="https://baobinhphuoc.com.vn/news/4/165432/bu-dang-giai-ngan-dat-71-4-ke-hoach-von-nam-2024", pub="2024-10-03",
  tests="district bare in title; province figure quoted (toàn tỉnh) → province, headline; allocation 578 tỷ, 'dưới 30%', 'phấn đấu 100%', 3 xã đăng ký, NHCSXH loans = non-facts", nonfacts=5)

R("602_nghe-an-ktxh-thang-8-2019.txt", """
CỤC THỐNG KÊ TỈNH NGHỆ AN
Tình hình kinh tế - xã hội tháng 8 và 8 tháng năm 2019
Ngày đăng: 29-08-2019 | Chuyên mục: Số liệu thống kê > Báo cáo tháng

...
3. Tài chính, ngân hàng
a) Thu ngân sách
Tổng thu ngân sách nhà nước trên địa bàn tháng 8/2019 ước đạt 1.052,4 tỷ đồng. Lũy kế 8 tháng
ước đạt 10.218,6 tỷ đồng, bằng 73,5% dự toán năm và tăng 14,1% so với cùng kỳ năm trước. Trong đó:
thu nội địa 8 tháng đạt 9.342,7 tỷ đồng, bằng 74,8% dự toán; thu tiền sử dụng đất 2.105 tỷ đồng;
thu từ hoạt động xuất nhập khẩu 512,3 tỷ đồng.

b) Chi ngân sách
Tổng chi ngân sách địa phương 8 tháng ước thực hiện 18.760.500 triệu đồng, bằng 62,3% dự toán
năm. Các khoản chi cơ bản đảm bảo đúng tiến độ, đáp ứng yêu cầu chi thường xuyên và an sinh xã hội.

c) Đầu tư công
Kế hoạch vốn đầu tư công năm 2019 của tỉnh được giao 7.624 tỷ đồng. Tính đến ngày 31/8/2019 đã
giải ngân 3.892 tỷ đồng, đạt 51,05% kế hoạch.

d) Ngân hàng
Dư nợ cho vay tại Ngân hàng Chính sách xã hội chi nhánh Nghệ An đạt 9.120 tỷ đồng, với
hơn 212 nghìn khách hàng còn dư nợ.
...
(Nguồn: Cục Thống kê Nghệ An)
Các tin khác: Chỉ số giá tiêu dùng tháng 8/2019 | Tình hình KT-XH tháng 7/2019
""", ("40", "Nghệ An", "province", "Nghệ An", "month", "2019-08-01", "2019-08-31"), [
    F("budget_revenue", "level", 1052.4, unit="vnd_billion", approx="about", head="yes", ev="Tổng thu ngân sách nhà nước trên địa bàn tháng 8/2019 ước đạt 1.052,4 tỷ đồng"),
    F("budget_revenue", "level", 10218.6, unit="vnd_billion", approx="about", pt="ytd", ps="2019-01-01", pe="2019-08-31", head="yes", ev="ước đạt 10.218,6 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 73.5, basis="estimate", pt="ytd", ps="2019-01-01", pe="2019-08-31", head="yes", ev="bằng 73,5% dự toán năm"),
    F("budget_revenue", "change", 14.1, basis="yoy", pt="ytd", ps="2019-01-01", pe="2019-08-31", ev="tăng 14,1% so với cùng kỳ năm trước"),
    F("domestic_revenue", "level", 9342.7, unit="vnd_billion", pt="ytd", ps="2019-01-01", pe="2019-08-31", ev="thu nội địa 8 tháng đạt 9.342,7 tỷ đồng"),
    F("domestic_revenue", "pct_of_plan", 74.8, basis="estimate", pt="ytd", ps="2019-01-01", pe="2019-08-31", ev="bằng 74,8% dự toán"),
    F("budget_expenditure", "level", 18760.5, unit="vnd_billion", approx="about", pt="ytd", ps="2019-01-01", pe="2019-08-31", ev="Tổng chi ngân sách địa phương 8 tháng ước thực hiện 18.760.500 triệu đồng"),
    F("budget_expenditure", "pct_of_plan", 62.3, basis="estimate", pt="ytd", ps="2019-01-01", pe="2019-08-31", ev="bằng 62,3% dự toán"),
    F("disbursement", "level", 3892, unit="vnd_billion", pt="ytd", ps="2019-01-01", pe="2019-08-31", head="yes", ev="giải ngân 3.892 tỷ đồng"),
    F("disbursement", "pct_of_plan", 51.05, basis="plan", pt="ytd", ps="2019-01-01", pe="2019-08-31", head="yes", ev="đạt 51,05% kế hoạch"),
], url="https://thongkenghean.gov.vn/so-lieu-thong-ke/bao-cao-thang/tinh-hinh-kinh-te-xa-hoi-thang-8-va-8-thang-nam-2019", pub="2019-08-29",
  tests="statistics bulletin, month vs 8-month ytd; expenditure in triệu đồng; line items (tiền SDĐ, XNK), allocation 7.624, NHCSXH dư nợ = non-facts", nonfacts=4)

ASSIGNED = dict(basis="assigned_plan", pt="ytd", ps="2023-01-01", pe="2023-07-31", head="yes")
def P(name): return ("province", name, name)
R("603_giai-ngan-7-thang-2023-cac-dia-phuong.txt", """
Báo Đầu tư Online  ›  Đầu tư  ›  Đầu tư công
Bức tranh giải ngân 7 tháng: Địa phương "nhanh", địa phương "chậm"
Thanh Huyền | 10:25 | 08/08/2023

Theo số liệu của Bộ Tài chính, ước đến hết tháng 7/2023, cả nước giải ngân vốn đầu tư công được khoảng 263.400 tỷ đồng, đạt 37,5% kế hoạch Thủ tướng Chính phủ giao. Đáng chú ý, có 17 địa phương đạt trên 50%.

Long An tiếp tục dẫn đầu với 71,2% kế hoạch Thủ tướng Chính phủ giao, tương ứng 4.862 tỷ đồng. Xếp tiếp theo là Thái Bình (65,4%), Hòa Bình (63%) và Phú Thọ (60,8%).

Ở chiều ngược lại, vẫn còn những địa phương có tỷ lệ dưới 25%, như Bà Rịa - Vũng Tàu mới được 17,9%, Bắc Ninh 22,6%. Trong khối bộ, cơ quan trung ương, Bộ Giao thông vận tải giải ngân khoảng 44%.

[Ảnh: Thi công cao tốc Bắc - Nam đoạn qua Nghệ An. Ảnh: Đức Thanh]

Bộ Tài chính đề nghị các bộ, địa phương có tỷ lệ thấp khẩn trương rà soát, điều chuyển vốn từ dự án chậm sang dự án có khả năng giải ngân tốt.

Tags: giải ngân, đầu tư công, Bộ Tài chính
""", ("", "", "national", "Việt Nam", "ytd", "2023-01-01", "2023-07-31"), [
    F("disbursement", "pct_of_plan", 71.2, area=P("Long An"), ev="Long An tiếp tục dẫn đầu với 71,2% kế hoạch Thủ tướng Chính phủ giao", **ASSIGNED),
    F("disbursement", "level", 4862, unit="vnd_billion", area=P("Long An"), pt="ytd", ps="2023-01-01", pe="2023-07-31", head="yes", ev="tương ứng 4.862 tỷ đồng"),
    F("disbursement", "pct_of_plan", 65.4, area=P("Thái Bình"), ev="Thái Bình (65,4%)", **ASSIGNED),
    F("disbursement", "pct_of_plan", 63, area=P("Hòa Bình"), ev="Hòa Bình (63%)", **ASSIGNED),
    F("disbursement", "pct_of_plan", 60.8, area=P("Phú Thọ"), ev="Phú Thọ (60,8%)", **ASSIGNED),
    F("disbursement", "pct_of_plan", 17.9, area=P("Bà Rịa - Vũng Tàu"), ev="Bà Rịa - Vũng Tàu mới được 17,9%", **ASSIGNED),
    F("disbursement", "pct_of_plan", 22.6, area=P("Bắc Ninh"), ev="Bắc Ninh 22,6%", **ASSIGNED),
], url="https://baodautu.vn/buc-tranh-giai-ngan-7-thang-dia-phuong-nhanh-dia-phuong-cham-d197340.html", pub="2023-08-08",
  tests="roundup: one fact per named province (national doc); national total, '17 địa phương', 'dưới 25%', Bộ GTVT = non-facts", nonfacts=4)

R("604_luong-an-tra-tong-ket-2022.txt", """
Cổng thông tin điện tử huyện Tri Tôn » Xã - Thị trấn » Xã Lương An Trà

Xã Lương An Trà tổng kết công tác năm 2022
Cập nhật: 26/12/2022

Chiều 23/12, HĐND xã Lương An Trà tổ chức kỳ họp thứ 7, đánh giá tình hình kinh tế - xã hội năm 2022. Dự có 87 đại biểu là cán bộ, công chức và trưởng các ấp.

Năm 2022, thu ngân sách xã đạt 5,84 tỷ đồng, bằng 126,3% dự toán huyện giao; chi ngân sách xã 5.210 triệu đồng, đảm bảo chi lương và hoạt động thường xuyên. Đến nay, xã đã đạt 15/19 tiêu chí nông thôn mới, phấn đấu năm 2023 đạt thêm tiêu chí thu nhập và tiêu chí hộ nghèo. Xã có 4/6 ấp được công nhận ấp văn hóa; ấp Tà Dung được chọn xây dựng ấp nông thôn mới kiểu mẫu.

Toàn huyện Tri Tôn hiện có 5/12 xã đạt chuẩn nông thôn mới.

(Ảnh: Quang cảnh kỳ họp. Ảnh: Kim Ngân)

Kim Ngân (Đài TT huyện)
""", ("89", "An Giang", "commune", "Lương An Trà", "year", "2022-01-01", "2022-12-31"), [
    F("budget_revenue", "level", 5.84, unit="vnd_billion", ev="thu ngân sách xã đạt 5,84 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 126.3, basis="estimate", ev="bằng 126,3% dự toán huyện giao"),
    F("budget_expenditure", "level", 5.21, unit="vnd_billion", ev="chi ngân sách xã 5.210 triệu đồng"),
    F("ntm_communes", "level", 5, unit="count", denom=12, pt="as_of", ps="2022-12-23", pe="2022-12-23", area=("district", "Tri Tôn", "An Giang"), ev="Toàn huyện Tri Tôn hiện có 5/12 xã đạt chuẩn nông thôn mới"),
], url="https://triton.angiang.gov.vn/xa-thi-tran/xa-luong-an-tra/tong-ket-cong-tac-nam-2022", pub="2022-12-26",
  tests="commune page; district figure (Tri Tôn) quoted → district; 15/19 tiêu chí, 4/6 ấp văn hóa, 87 đại biểu, ấp kiểu mẫu = non-facts", nonfacts=4)

R("605_xuyen-moc-ntm-chieu-sau.txt", """
Xuyên Mộc: Nông thôn mới đi vào chiều sâu

Sau hơn 10 năm triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới, bộ mặt nông thôn huyện Xuyên Mộc đã có nhiều khởi sắc. Đến nay, 12/12 xã của huyện đạt chuẩn nông thôn mới; trong đó 7 xã đạt chuẩn nông thôn mới nâng cao và xã Bình Châu được công nhận xã nông thôn mới kiểu mẫu. Huyện đã đạt 9/9 tiêu chí huyện nông thôn mới, đang hoàn thiện hồ sơ đề nghị xét công nhận.

Tuy nhiên, bình quân mỗi xã mới đạt 17,6 tiêu chí nông thôn mới nâng cao; còn 5 xã chưa đạt chuẩn nâng cao. Toàn huyện có 42 ấp đạt chuẩn ấp nông thôn mới kiểu mẫu.

Theo ông Lê Văn Tuấn, Phó Chủ tịch UBND huyện, năm nay huyện tiếp tục chọn 2 xã điểm để tập trung xây dựng nông thôn mới kiểu mẫu. Toàn tỉnh Bà Rịa - Vũng Tàu hiện có 45/45 xã đạt chuẩn nông thôn mới.

Ảnh: Đường giao thông nông thôn tại xã Hòa Hiệp được bê tông hóa

NGỌC LAN
Chia sẻ: Facebook | Zalo
""", ("77", "Bà Rịa - Vũng Tàu", "district", "Xuyên Mộc", "as_of", "2021-11-18", "2021-11-18"), [
    F("ntm_communes", "level", 12, unit="count", denom=12, ev="12/12 xã của huyện đạt chuẩn nông thôn mới"),
    F("ntm_advanced_communes", "level", 7, unit="count", ev="7 xã đạt chuẩn nông thôn mới nâng cao"),
    F("ntm_model_communes", "level", 1, unit="count", ev="xã Bình Châu được công nhận xã nông thôn mới kiểu mẫu"),
    F("ntm_district_criteria", "level", 9, unit="count", denom=9, ev="Huyện đã đạt 9/9 tiêu chí huyện nông thôn mới"),
    F("ntm_communes", "level", 45, unit="count", denom=45, area=("province", "Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"), head="yes", ev="Toàn tỉnh Bà Rịa - Vũng Tàu hiện có 45/45 xã đạt chuẩn nông thôn mới"),
], url="https://xuyenmoc.baria-vungtau.gov.vn/article?item=5c3e1a7d2b8f4e6c9a0d1b2c3e4f5a6b", pub="2021-11-18",
  tests="undated page: year only from sources.csv published_date; model commune named (count 1); 17,6 tiêu chí/xã, 'còn 5 xã chưa đạt', 42 ấp, 'chọn 2 xã điểm' = non-facts; province quote", nonfacts=4)

QN = dict(pt="year", ps="2021-01-01", pe="2021-12-31")
R("606_quang-ninh-thu-ngan-sach-2021.txt", """
BÁO QUẢNG NINH ĐIỆN TỬ
Trang chủ / Kinh tế / Tài chính

Thu Ngân Sách Năm 2021 Vượt Mốc 50.000 Tỷ Đồng
Cập nhật lúc 08:15, Thứ Hai, 10/01/2022 (GMT+7)

Năm 2021, dù chịu tác động nặng nề của dịch Covid-19, tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 50.012 tỷ đồng, bằng 117% dự toán Trung ương giao, tăng 9,3% so với năm 2020.

Trong đó, thu nội địa đạt 34.520 tỷ đồng, bằng 121% dự toán; thu từ hoạt động xuất nhập khẩu đạt 15.492 tỷ đồng. Riêng thu tiền sử dụng đất đạt 4.120 tỷ đồng. Thu ngân sách địa phương được hưởng theo phân cấp đạt 24.317 tỷ đồng.

Năm 2021, tỉnh được giao kế hoạch vốn đầu tư công 11.262 tỷ đồng; đến hết niên độ, giải ngân đạt 96,8% kế hoạch vốn, thuộc nhóm cao của cả nước.

Nhìn lại giai đoạn 2016-2020, thu ngân sách trên địa bàn tỉnh bình quân tăng 12,4%/năm. Năm 2022, tỉnh phấn đấu thu ngân sách nhà nước trên địa bàn 51.000 tỷ đồng.

Ảnh: Cảng Cái Lân - một trong những nguồn thu lớn của tỉnh. Ảnh: Thu Chung

Mạnh Trường
Tin cùng chuyên mục:
› Quảng Ninh giải ngân vốn đầu tư công đứng đầu cả nước
› Hạ Long: Thu ngân sách vượt dự toán
""", ("22", "Quảng Ninh", "province", "Quảng Ninh", "year", "2021-01-01", "2021-12-31"), [
    F("budget_revenue", "level", 50012, unit="vnd_billion", head="yes", ev="tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 50.012 tỷ đồng"),
    F("budget_revenue", "pct_of_plan", 117, basis="estimate", head="yes", ev="bằng 117% dự toán Trung ương giao"),
    F("budget_revenue", "change", 9.3, basis="yoy", ev="tăng 9,3% so với năm 2020"),
    F("domestic_revenue", "level", 34520, unit="vnd_billion", ev="thu nội địa đạt 34.520 tỷ đồng"),
    F("domestic_revenue", "pct_of_plan", 121, basis="estimate", ev="bằng 121% dự toán"),
    F("budget_revenue", "level", 24317, unit="vnd_billion", ev="Thu ngân sách địa phương được hưởng theo phân cấp đạt 24.317 tỷ đồng"),
    F("disbursement", "pct_of_plan", 96.8, basis="plan", head="yes", ev="giải ngân đạt 96,8% kế hoạch vốn"),
    F("disbursement", "assessment", ass="high", ev="thuộc nhóm cao của cả nước"),
    F("budget_revenue", "change", 12.4, basis="annual_avg", pt="term", ps="2016-01-01", pe="2020-12-31", ev="thu ngân sách trên địa bàn tỉnh bình quân tăng 12,4%/năm"),
], url="https://www.baoquangninh.vn/thu-ngan-sach-nam-2021-vuot-moc-50-000-ty-dong-3180512.html", pub="2022-01-10",
  tests="headline total vs sub-total (NSĐP hưởng); line items XNK/tiền SDĐ; allocation; annual_avg over 2016-2020 (term) not % of plan; target 51.000 = non-fact", nonfacts=4)
