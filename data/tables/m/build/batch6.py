from common import R
REPORTS = []
P = lambda n: ("province", n, n)

# 1531 roundup disbursement after merger, to 30/11/2025
r = R("1531_giai-ngan-dau-tu-cong-34-tinh-thang-11-2025.txt",
      "https://vnexpress.net/giai-ngan-dau-tu-cong-11-thang-nhieu-tinh-phia-bac-vuot-binh-quan-4981234.html",
      "2025-12-05", """
Kinh doanh › Vĩ mô
Thứ sáu, 5/12/2025, 05:00 (GMT+7)

Giải ngân đầu tư công 11 tháng: Nhiều tỉnh phía Bắc vượt bình quân

Đến hết tháng 11, cả nước giải ngân khoảng 672.000 tỷ đồng vốn đầu tư công, đạt 72,1% kế hoạch Thủ tướng
giao. Trong 34 tỉnh, thành sau sắp xếp, nhóm phía Bắc có nhiều địa phương giải ngân tốt.

Phú Thọ dẫn đầu khu vực với 84,6%, tương đương khoảng 19.400 tỷ đồng; Ninh Bình đạt 79,3%. Hải Phòng giải ngân 28.460 tỷ đồng (đạt 76,5%), trong khi Hưng Yên mới đạt 64,2% và Lạng Sơn đạt 61,8%. Thái Nguyên thuộc nhóm thấp nhất vùng với 55,3%, thấp hơn bình quân cả nước.

Bộ Tài chính cho biết còn 9 bộ, cơ quan trung ương và 6 địa phương giải ngân dưới 50%.

Ảnh: Thi công cao tốc qua tỉnh Ninh Bình. Ảnh: Giang Huy
Anh Minh
""", "", "", "national", "Việt Nam", "as_of", "", "2025-11-30",
      "post-2025 roundup using 34-province names; amounts and rates per province; national figure not a row; Thái Nguyên low; counts of lagging units non-fact")
AS = dict(pt="as_of", pe="2025-11-30")
r.F("disbursement","pct_of_plan",84.6,"percent","Phú Thọ dẫn đầu khu vực với 84,6%",basis="assigned_plan",area=P("Phú Thọ"),headline="yes",**AS)
r.F("disbursement","level",19400,"vnd_billion","tương đương khoảng 19.400 tỷ đồng",approx="about",area=P("Phú Thọ"),headline="yes",**AS)
r.F("disbursement","pct_of_plan",79.3,"percent","Ninh Bình đạt 79,3%",basis="assigned_plan",area=P("Ninh Bình"),headline="yes",**AS)
r.F("disbursement","level",28460,"vnd_billion","Hải Phòng giải ngân 28.460 tỷ đồng",area=P("Hải Phòng"),headline="yes",**AS)
r.F("disbursement","pct_of_plan",76.5,"percent","(đạt 76,5%)",basis="assigned_plan",area=P("Hải Phòng"),headline="yes",**AS)
r.F("disbursement","pct_of_plan",64.2,"percent","Hưng Yên mới đạt 64,2%",basis="assigned_plan",area=P("Hưng Yên"),headline="yes",**AS)
r.F("disbursement","pct_of_plan",61.8,"percent","Lạng Sơn đạt 61,8%",basis="assigned_plan",area=P("Lạng Sơn"),headline="yes",**AS)
r.F("disbursement","pct_of_plan",55.3,"percent","Thái Nguyên thuộc nhóm thấp nhất vùng với 55,3%",basis="assigned_plan",area=P("Thái Nguyên"),headline="yes",**AS)
r.F("disbursement","assessment","","","thấp hơn bình quân cả nước",assess="low",area=P("Thái Nguyên"),**AS)
r.nonfacts = 1
REPORTS.append(r)

# 1532 Thanh Miện month Oct 2018 with 10-month ytd; 'tỉ'; province quoted
r = R("1532_thanh-mien-thang-10-2018.txt",
      "https://thanhmien.haiduong.gov.vn/tin-tuc/ubnd-huyen-giao-ban-thang-10-2018.html",
      "2018-11-05", """
UBND huyện Thanh Miện giao ban tháng 10/2018
5/11/2018 9:41:00 AM

Sáng 2/11, UBND huyện giao ban đánh giá kết quả thực hiện nhiệm vụ tháng 10, triển khai nhiệm vụ tháng 11.

Trong tháng, thu ngân sách trên địa bàn đạt 9,35 tỉ đồng. Tính chung 10 tháng, tổng thu ngân sách trên địa bàn huyện được 215 tỉ 340 triệu đồng, bằng 87,6% dự toán tỉnh giao, trong đó thu do huyện quản lý đạt 61,8 tỉ đồng. Chi ngân sách 10 tháng 356,2 tỉ đồng.
Giải ngân vốn xây dựng cơ bản còn chậm, mới được 124,5 tỉ, đạt 58% kế hoạch.

Toàn huyện có 17/18 xã đạt chuẩn nông thôn mới; xã Ngô Quyền đang hoàn thiện hồ sơ đề nghị công nhận. Dự kiến đầu
năm 2019 huyện đề nghị xét công nhận huyện đạt chuẩn NTM. Theo Sở Tài chính, hết tháng 10, toàn tỉnh Hải Dương thu
ngân sách được 12.860 tỉ đồng.

Ảnh: Thu hoạch lúa mùa tại xã Đoàn Tùng.
Minh Phương (VP HĐND-UBND huyện)
""", "30", "Hải Dương", "district", "Thanh Miện", "ytd", "2018-01-01", "2018-10-31",
      "month report with 10-month ytd; 'tỉ' and '215 tỉ 340 triệu'; thu do huyện quản lý sub-total; slow assessment; province figure split across a hard wrap (evidence picks the unwrapped part)")
r.F("budget_revenue","level",9.35,"vnd_billion","Trong tháng, thu ngân sách trên địa bàn đạt 9,35 tỉ đồng",pt="month",ps="2018-10-01",pe="2018-10-31")
r.F("budget_revenue","level",215.34,"vnd_billion","tổng thu ngân sách trên địa bàn huyện được 215 tỉ 340 triệu đồng")
r.F("budget_revenue","pct_of_plan",87.6,"percent","bằng 87,6% dự toán tỉnh giao",basis="estimate")
r.F("budget_revenue","level",61.8,"vnd_billion","trong đó thu do huyện quản lý đạt 61,8 tỉ đồng")
r.F("budget_expenditure","level",356.2,"vnd_billion","Chi ngân sách 10 tháng 356,2 tỉ đồng")
r.F("disbursement","assessment","","","Giải ngân vốn xây dựng cơ bản còn chậm",assess="slow")
r.F("disbursement","level",124.5,"vnd_billion","mới được 124,5 tỉ",)
r.F("disbursement","pct_of_plan",58,"percent","đạt 58% kế hoạch",basis="plan")
r.F("ntm_communes","level",17,"count","Toàn huyện có 17/18 xã đạt chuẩn nông thôn mới",den=18,pt="as_of",pe="2018-11-02")
r.F("budget_revenue","level",12860,"vnd_billion","ngân sách được 12.860 tỉ đồng",area=P("Hải Dương"),headline="yes")
r.nonfacts = 1
REPORTS.append(r)

# 1533 ward Phố Hiến (Hưng Yên) November 2025
r = R("1533_phuong-pho-hien-thang-11-2025.txt",
      "https://phohien.hungyen.gov.vn/tin-tuc/phuong-pho-hien-giao-ban-thang-11-2025.html",
      "2025-12-02", """
PHƯỜNG PHỐ HIẾN - TỈNH HƯNG YÊN
Trang chủ / Tin tức / Hoạt động của phường

Phường Phố Hiến: Thu ngân sách 11 tháng vượt dự toán
02/12/2025 | Lượt xem: 187

Chiều 1/12, UBND phường Phố Hiến tổ chức hội nghị giao ban tháng 11/2025.

Báo cáo cho biết, 11 tháng năm 2025 (bao gồm số thu của các phường, xã trước sắp xếp), thu ngân sách trên địa bàn phường đạt 642,8 tỷ đồng, vượt 7,1% dự toán; riêng tháng 11 thu được 38,6 tỷ đồng. Giải ngân vốn đầu tư công của phường đến 30/11 mới đạt 47,5% kế hoạch, đạt thấp.

Phường đã hoàn thành cấp 312 giấy chứng nhận quyền sử dụng đất; tiếp nhận 2.431 hồ sơ trực tuyến. Tháng 12,
phường phấn đấu thu thêm 60 tỷ đồng và khởi công 2 tuyến đường nội thị.

Theo thông tin tại hội nghị, toàn tỉnh Hưng Yên hiện có 130 đơn vị hành chính cấp xã.

Ảnh: Trụ sở Đảng ủy - HĐND - UBND phường Phố Hiến.
Phương Thảo
""", "33", "Hưng Yên", "ward", "Phố Hiến", "ytd", "2025-01-01", "2025-11-30",
      "post-2025 ward; 'vượt 7,1%' → 107.1; month vs ytd; low assessment; land certificates, target, unit count non-facts")
r.F("budget_revenue","level",642.8,"vnd_billion","thu ngân sách trên địa bàn phường đạt 642,8 tỷ đồng")
r.F("budget_revenue","pct_of_plan",107.1,"percent","vượt 7,1% dự toán",basis="estimate")
r.F("budget_revenue","level",38.6,"vnd_billion","riêng tháng 11 thu được 38,6 tỷ đồng",pt="month",ps="2025-11-01",pe="2025-11-30")
r.F("disbursement","pct_of_plan",47.5,"percent","đến 30/11 mới đạt 47,5% kế hoạch",basis="plan",pt="as_of",pe="2025-11-30")
r.F("disbursement","assessment","","","đạt thấp",assess="low",pt="as_of",pe="2025-11-30")
r.nonfacts = 3
REPORTS.append(r)

# 1534 Hà Nội 11 months 2025 (post-merger boundaries unchanged)
r = R("1534_ha-noi-11-thang-2025.txt",
      "https://hanoi.gov.vn/tin-kinh-te/ha-noi-thu-ngan-sach-11-thang-dat-547-3-nghin-ty-dong-4251203.htm",
      "2025-12-03", """
Cổng Thông tin điện tử Chính phủ thành phố Hà Nội
Kinh tế > Tài chính - Ngân sách

HÀ NỘI: THU NGÂN SÁCH 11 THÁNG ĐẠT 547,3 NGHÌN TỶ ĐỒNG

03/12/2025 - 10:15 | In bài | Gửi bài

Theo Sở Tài chính Hà Nội, lũy kế 11 tháng năm 2025, tổng thu ngân sách nhà nước trên địa bàn Thủ đô đạt 547,3 nghìn tỷ đồng, bằng 106,5% dự toán pháp lệnh, tăng 24,8% so với cùng kỳ năm 2024; trong đó thu nội địa 512,6 nghìn tỷ đồng. Tổng chi ngân sách địa phương 11 tháng đạt 128.740 tỷ đồng.

Về đầu tư công, Thành phố đã giải ngân khoảng 71.320 tỷ đồng, đạt 75,9% kế hoạch vốn năm 2025 do HĐND Thành phố
giao, thấp hơn mục tiêu đề ra.

Nhìn lại giai đoạn 2021 - 2025, thu ngân sách trên địa bàn Thành phố bình quân tăng 12,4%/năm; năm 2026 Hà Nội
dự kiến được Trung ương giao dự toán thu 585.000 tỷ đồng.
Trong 126 xã, phường mới, phường Cửa Nam có số thu lớn nhất với hơn 46.000 tỷ đồng.

Ảnh: Người nộp thuế giao dịch tại cơ quan thuế. (Ảnh: Hải Linh)
Hải Linh
""", "01", "Hà Nội", "province", "Hà Nội", "ytd", "2025-01-01", "2025-11-30",
      "'nghìn tỷ' amounts; 'dự toán pháp lệnh'; yoy vs 2024 inside 2025; resolution basis for disbursement; term average growth; next-year allocation non-fact; ward figure belongs to ward")
r.F("budget_revenue","level",547300,"vnd_billion","tổng thu ngân sách nhà nước trên địa bàn Thủ đô đạt 547,3 nghìn tỷ đồng",headline="yes")
r.F("budget_revenue","pct_of_plan",106.5,"percent","bằng 106,5% dự toán pháp lệnh",basis="estimate",headline="yes")
r.F("budget_revenue","change",24.8,"percent","tăng 24,8% so với cùng kỳ năm 2024",basis="yoy")
r.F("domestic_revenue","level",512600,"vnd_billion","trong đó thu nội địa 512,6 nghìn tỷ đồng")
r.F("budget_expenditure","level",128740,"vnd_billion","Tổng chi ngân sách địa phương 11 tháng đạt 128.740 tỷ đồng")
r.F("disbursement","level",71320,"vnd_billion","Thành phố đã giải ngân khoảng 71.320 tỷ đồng",approx="about",headline="yes")
r.F("disbursement","pct_of_plan",75.9,"percent","đạt 75,9% kế hoạch vốn năm 2025 do HĐND Thành phố",basis="resolution",headline="yes")
r.F("disbursement","assessment","","","thấp hơn mục tiêu đề ra",assess="low")
r.F("budget_revenue","change",12.4,"percent","thu ngân sách trên địa bàn Thành phố bình quân tăng 12,4%/năm",basis="annual_avg",pt="term",ps="2021-01-01",pe="2025-12-31")
r.F("budget_revenue","level",46000,"vnd_billion","phường Cửa Nam có số thu lớn nhất với hơn 46.000 tỷ đồng",approx="over",area=("ward","Cửa Nam","Hà Nội"))
r.nonfacts = 2
REPORTS.append(r)

# 1535 Chi Lăng "3 năm qua" 2022-2024, published March 2025 (districts still exist)
r = R("1535_chi-lang-3-nam-xay-dung-nong-thon-moi.txt",
      "https://baolangson.vn/chi-lang-3-nam-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-xay-dung-nong-thon-moi-5041287.html",
      "2025-03-18", """
Chi Lăng: 3 năm thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới
18/03/2025 07:45

(Baolangson.vn) - 3 năm qua (2022 - 2024), huyện Chi Lăng huy động tổng nguồn lực hơn 1.284 tỉ đồng cho xây dựng
nông thôn mới, trong đó vốn ngân sách nhà nước 412,7 tỉ đồng.

Theo báo cáo của UBND huyện, 3 năm qua huyện đã giải ngân 396 tỉ 820 triệu đồng vốn các chương trình mục tiêu quốc gia, đạt 93,2% kế hoạch vốn giao. Tổng thu ngân sách trên địa bàn 3 năm đạt 482,5 tỉ đồng.

Đến cuối năm 2024, huyện có 8/18 xã đạt chuẩn nông thôn mới (tăng 3 xã so với năm 2021),
2 xã đạt chuẩn nông thôn mới nâng cao; 62 thôn đạt chuẩn thôn nông thôn mới. Còn 10 xã chưa đạt chuẩn, bình quân đạt 14,3 tiêu chí/xã.

"Huyện phấn đấu năm 2025 có thêm 2 xã về đích", Phó Chủ tịch UBND huyện Chi Lăng cho biết.

Ảnh: Đường bê tông nông thôn tại xã Chiến Thắng. (Ảnh: Nguyễn Hoa)
Nguyễn Hoa
""", "20", "Lạng Sơn", "district", "Chi Lăng", "term", "2022-01-01", "2024-12-31",
      "'3 năm qua' cumulative → term; '396 tỉ 820 triệu'; mobilised resources not a focus row; hamlets, tăng 3 xã, còn 10 xã, tiêu chí/xã, phấn đấu non-facts")
r.F("disbursement","level",396.82,"vnd_billion","huyện đã giải ngân 396 tỉ 820 triệu đồng")
r.F("disbursement","pct_of_plan",93.2,"percent","đạt 93,2% kế hoạch vốn giao",basis="plan")
r.F("budget_revenue","level",482.5,"vnd_billion","Tổng thu ngân sách trên địa bàn 3 năm đạt 482,5 tỉ đồng")
r.F("ntm_communes","level",8,"count","huyện có 8/18 xã đạt chuẩn nông thôn mới",den=18,pt="as_of",pe="2024-12-31")
r.F("ntm_advanced_communes","level",2,"count","2 xã đạt chuẩn nông thôn mới nâng cao",pt="as_of",pe="2024-12-31")
r.nonfacts = 6
REPORTS.append(r)
