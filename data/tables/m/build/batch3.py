from common import R
REPORTS = []
P = lambda n: ("province", n, n)

# 1513 Nam Định: Q2 meeting reviewing 6 tháng đầu năm 2022
r = R("1513_nam-dinh-giao-ban-quy-ii-2022.txt",
      "https://namdinh.gov.vn/portal/Pages/2022-7-8/UBND-tinh-hop-phien-thuong-ky-thang-6.aspx",
      "2022-07-08", """
UBND TỈNH HỌP PHIÊN THƯỜNG KỲ THÁNG 6, ĐÁNH GIÁ KẾT QUẢ QUÝ II VÀ 6 THÁNG ĐẦU NĂM 2022
Ngày đăng 08/07/2022 | 10:05  Lượt xem 1.932

Sáng 7/7, UBND tỉnh Nam Định họp phiên thường kỳ tháng 6. Đồng chí Chủ tịch UBND tỉnh chủ trì.

Tổng sản phẩm trên địa bàn (GRDP) quý II ước tăng 8,9%. Tính chung 6 tháng đầu năm, thu ngân sách nhà nước trên địa bàn đạt 3.215,4 tỷ đồng, bằng 57,4% dự toán, tăng 21% so với cùng kỳ năm 2021; trong đó thu nội địa 2.968 tỷ đồng (không kể tiền sử dụng đất đạt 1.402 tỷ đồng). Chi ngân sách địa phương 6 tháng đạt 5.137 tỷ đồng.

Về đầu tư công, kế hoạch vốn năm 2022 của tỉnh là 3.902 tỷ đồng; đến 30/6 đã giải ngân 1.236 tỷ đồng, đạt 31,7% kế hoạch. Chủ tịch UBND tỉnh phê bình 5 chủ đầu tư có tỷ lệ giải ngân dưới 10%.

Đến nay 100% xã trong tỉnh (204/204 xã) đạt chuẩn NTM; 59 xã đạt chuẩn nâng cao, 8 xã đạt chuẩn kiểu mẫu;
có 6/9 huyện đạt chuẩn nông thôn mới.

Ảnh: Toàn cảnh phiên họp.
Tuấn Anh - Cổng TTĐT tỉnh
""", "36", "Nam Định", "province", "Nam Định", "half_year", "2022-01-01", "2022-06-30",
      "Q2 meeting reviewing 6 tháng → half_year; 'tăng 21% so với cùng kỳ năm 2021' in 2022; plan amount stated separately (not a fact); thu nội địa and 'không kể tiền sử dụng đất' line item; count in parentheses; 5 chủ đầu tư non-fact")
r.F("budget_revenue","level",3215.4,"vnd_billion","thu ngân sách nhà nước trên địa bàn đạt 3.215,4 tỷ đồng",headline="yes")
r.F("budget_revenue","pct_of_plan",57.4,"percent","bằng 57,4% dự toán",basis="estimate",headline="yes")
r.F("budget_revenue","change",21,"percent","tăng 21% so với cùng kỳ năm 2021",basis="yoy")
r.F("domestic_revenue","level",2968,"vnd_billion","trong đó thu nội địa 2.968 tỷ đồng")
r.F("budget_expenditure","level",5137,"vnd_billion","Chi ngân sách địa phương 6 tháng đạt 5.137 tỷ đồng")
r.F("disbursement","level",1236,"vnd_billion","đến 30/6 đã giải ngân 1.236 tỷ đồng",pt="as_of",pe="2022-06-30",headline="yes")
r.F("disbursement","pct_of_plan",31.7,"percent","đạt 31,7% kế hoạch",basis="plan",pt="as_of",pe="2022-06-30",headline="yes")
r.F("ntm_communes","level",204,"count","(204/204 xã) đạt chuẩn NTM",den=204,pt="as_of",pe="2022-07-07",headline="yes")
r.F("ntm_communes","share",100,"percent","Đến nay 100% xã trong tỉnh",pt="as_of",pe="2022-07-07")
r.F("ntm_advanced_communes","level",59,"count","59 xã đạt chuẩn nâng cao",pt="as_of",pe="2022-07-07")
r.F("ntm_model_communes","level",8,"count","8 xã đạt chuẩn kiểu mẫu",pt="as_of",pe="2022-07-07")
r.F("ntm_districts","level",6,"count","có 6/9 huyện đạt chuẩn nông thôn mới",den=9,pt="as_of",pe="2022-07-07")
r.nonfacts = 2
REPORTS.append(r)

# 1514 xã Hải Hậu, Ninh Bình (post-merger commune), Q3 2025
r = R("1514_xa-hai-hau-quy-iii-2025.txt",
      "https://haihau.ninhbinh.gov.vn/tin-tuc/ket-qua-thuc-hien-nhiem-vu-quy-iii-2025.html",
      "2025-10-10", """
UBND XÃ HẢI HẬU - TỈNH NINH BÌNH
Trang chủ / Tin tức - Sự kiện / Tin địa phương

Xã Hải Hậu: Nhiều chỉ tiêu quý III đạt khá
Ngày 10 tháng 10 năm 2025

Sau hơn 3 tháng đi vào hoạt động theo mô hình mới, xã Hải Hậu (được thành lập trên cơ sở sắp xếp thị trấn
Yên Định và các xã lân cận) từng bước ổn định bộ máy.

Trong quý III/2025, thu ngân sách nhà nước trên địa bàn xã đạt 21.640 triệu đồng, bằng 34,2% dự toán cả năm; chi ngân sách xã 15.085 triệu đồng. Giải ngân vốn đầu tư công do xã làm chủ đầu tư được 9,8 tỷ đồng, đạt 26,5% kế hoạch, còn chậm so với yêu cầu.
Toàn xã có 31/31 thôn, tổ dân phố được công nhận khu dân cư văn hóa; 12 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu. Ngân hàng CSXH giải ngân 5,2 tỷ đồng cho 98 lượt hộ vay.

Quý IV, xã phấn đấu hoàn thành 100% dự toán thu, đồng thời rà soát bộ tiêu chí xã nông thôn mới hiện đại
theo hướng dẫn mới của tỉnh.

Văn phòng HĐND và UBND xã
Địa chỉ: Trụ sở UBND xã Hải Hậu, tỉnh Ninh Bình
""", "37", "Ninh Bình", "commune", "Hải Hậu", "quarter", "2025-07-01", "2025-09-30",
      "post-2025 commune named like a former district (Hải Hậu); triệu đồng; 'còn chậm' assessment; hamlets and khu dân cư văn hóa, NHCSXH non-facts")
r.F("budget_revenue","level",21.64,"vnd_billion","thu ngân sách nhà nước trên địa bàn xã đạt 21.640 triệu đồng")
r.F("budget_revenue","pct_of_plan",34.2,"percent","bằng 34,2% dự toán cả năm",basis="estimate")
r.F("budget_expenditure","level",15.085,"vnd_billion","chi ngân sách xã 15.085 triệu đồng")
r.F("disbursement","level",9.8,"vnd_billion","Giải ngân vốn đầu tư công do xã làm chủ đầu tư được 9,8 tỷ đồng")
r.F("disbursement","pct_of_plan",26.5,"percent","đạt 26,5% kế hoạch",basis="plan")
r.F("disbursement","assessment","","","còn chậm so với yêu cầu",assess="slow")
r.nonfacts = 4
REPORTS.append(r)

# 1515 roundup NTM 2021
r = R("1515_dong-bang-song-hong-dan-dau-nong-thon-moi.txt",
      "https://nongthonmoi.gov.vn/tin-tuc/dong-bang-song-hong-tiep-tuc-dan-dau-ca-nuoc-ve-nong-thon-moi-2021.html",
      "2021-12-15", """
Trang chủ > Tin tức > Tin Trung ương

ĐỒNG BẰNG SÔNG HỒNG TIẾP TỤC DẪN ĐẦU CẢ NƯỚC VỀ XÂY DỰNG NÔNG THÔN MỚI
15/12/2021

Theo Văn phòng Điều phối nông thôn mới Trung ương, tính đến cuối tháng 11/2021, cả nước có 5.260 xã đạt
chuẩn nông thôn mới (chiếm 64,6%). Vùng đồng bằng sông Hồng có tỷ lệ cao nhất.

Cụ thể, Nam Định có 204/204 xã, Bắc Ninh 97/97 xã đạt chuẩn; Vĩnh Phúc 108 trong tổng số 112 xã, riêng Hà Nam đạt tỷ lệ 97,9% số xã. Hưng Yên có 93 xã đạt chuẩn, còn 46 xã đang phấn đấu; tỉnh này đã có 4 đơn vị cấp huyện hoàn thành nhiệm vụ.

Ở chiều ngược lại, các tỉnh miền núi phía Bắc như Cao Bằng (tỷ lệ 25,5%) vẫn gặp nhiều khó khăn do suất đầu tư lớn.

Ảnh: Một góc nông thôn mới ở Vĩnh Phúc.
Hà Linh
Bài viết cùng chủ đề
- Hướng dẫn bộ tiêu chí xã nông thôn mới giai đoạn 2021-2025
""", "", "", "national", "Việt Nam", "as_of", "", "2021-11-30",
      "roundup NTM: one fact per province; national count not a row; share-only figures; còn 46 xã non-fact; '4 đơn vị cấp huyện' ntm_districts for Hưng Yên")
AS = dict(pt="as_of", pe="2021-11-30")
r.F("ntm_communes","level",204,"count","Nam Định có 204/204 xã",den=204,area=P("Nam Định"),headline="yes",**AS)
r.F("ntm_communes","level",97,"count","Bắc Ninh 97/97 xã đạt chuẩn",den=97,area=P("Bắc Ninh"),headline="yes",**AS)
r.F("ntm_communes","level",108,"count","Vĩnh Phúc 108 trong tổng số 112 xã",den=112,area=P("Vĩnh Phúc"),headline="yes",**AS)
r.F("ntm_communes","share",97.9,"percent","Hà Nam đạt tỷ lệ 97,9% số xã",area=P("Hà Nam"),**AS)
r.F("ntm_communes","level",93,"count","Hưng Yên có 93 xã đạt chuẩn",area=P("Hưng Yên"),headline="yes",**AS)
r.F("ntm_districts","level",4,"count","tỉnh này đã có 4 đơn vị cấp huyện hoàn thành nhiệm vụ",area=P("Hưng Yên"),**AS)
r.F("ntm_communes","share",25.5,"percent","Cao Bằng (tỷ lệ 25,5%)",area=P("Cao Bằng"),**AS)
r.nonfacts = 2
REPORTS.append(r)

# 1516 Hưng Hà (tỉnh Thái Bình) — province named once, year 2017
r = R("1516_hung-ha-tong-ket-nam-2017.txt",
      "https://baothaibinh.com.vn/tin-tuc/7/72314/hung-ha-hoan-thanh-toan-dien-cac-chi-tieu-nam-2017",
      "2017-12-29", """
Huyện Hưng Hà hoàn thành toàn diện các chỉ tiêu năm 2017
Cập nhật lúc 16:20 ngày 29/12/2017

Ngày 28/12, huyện Hưng Hà (tỉnh Thái Bình) tổ chức hội nghị tổng kết công tác năm 2017. Về dự có các đồng chí
lãnh đạo Huyện ủy, HĐND, UBND huyện và bí thư, chủ tịch 35 xã, thị trấn.

Năm 2017, tổng giá trị sản xuất của huyện tăng 10,2%. Tổng thu ngân sách trên địa bàn đạt 612,3 tỷ đồng, bằng 136% kế hoạch, trong đó thu mới (không kể thu tiền sử dụng đất) đạt 148,7 tỷ đồng.

Đặc biệt, chương trình xây dựng nông thôn mới về đích sớm: đến hết năm, toàn huyện có 32/33 xã đạt chuẩn nông thôn mới, tăng 5 xã so với năm 2016; còn 1 xã chưa đạt chuẩn. Bình quân mỗi xã đạt 18,6 tiêu chí. Huyện phấn đấu năm 2018 được công nhận huyện đạt chuẩn nông thôn mới; hiện huyện đã đạt 8/9 tiêu chí huyện nông thôn mới.

Hội nghị đã khen thưởng 21 tập thể, 34 cá nhân có thành tích xuất sắc.

Ngọc Hà (Đài TT huyện Hưng Hà)
""", "34", "Thái Bình", "district", "Hưng Hà", "year", "2017-01-01", "2017-12-31",
      "province named once in parentheses; thu mới sub-total; 'tăng 5 xã', 'còn 1 xã', 'bình quân 18,6 tiêu chí', 'phấn đấu' non-facts; 8/9 tiêu chí huyện")
r.F("budget_revenue","level",612.3,"vnd_billion","Tổng thu ngân sách trên địa bàn đạt 612,3 tỷ đồng")
r.F("budget_revenue","pct_of_plan",136,"percent","bằng 136% kế hoạch",basis="plan")
r.F("budget_revenue","level",148.7,"vnd_billion","thu mới (không kể thu tiền sử dụng đất) đạt 148,7 tỷ đồng")
r.F("ntm_communes","level",32,"count","toàn huyện có 32/33 xã đạt chuẩn nông thôn mới",den=33,pt="as_of",pe="2017-12-31")
r.F("ntm_district_criteria","level",8,"count","hiện huyện đã đạt 8/9 tiêu chí huyện nông thôn mới",den=9,pt="as_of",pe="2017-12-28")
r.nonfacts = 5
REPORTS.append(r)

# 1517 Vĩnh Phúc Q1 2016
r = R("1517_vinh-phuc-quy-i-2016.txt",
      "https://baovinhphuc.com.vn/kinh-te/kinh-te-xa-hoi-quy-i-2016-nhieu-chuyen-bien-tich-cuc-24411.html",
      "2016-04-05", """
Kinh tế - xã hội quý I/2016: Nhiều chuyển biến tích cực
05/04/2016 07:58

Báo Vĩnh Phúc - Quý I/2016, trong điều kiện còn nhiều khó khăn, kinh tế tỉnh vẫn duy trì mức tăng trưởng khá.

Theo Cục Thống kê, tổng thu ngân sách nhà nước trên địa bàn quý I ước đạt gần 6,2 nghìn tỷ đồng, bằng 24,8% dự toán năm, tăng 22,6% so với cùng kỳ năm 2015. Trong đó thu nội địa đạt 4.710 tỷ đồng, chủ yếu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài; thuế bảo vệ môi trường và lệ phí trước bạ tăng mạnh.

Tuy nhiên, giải ngân vốn đầu tư xây dựng cơ bản còn chậm, mới đạt 11,3% kế hoạch năm. Toàn tỉnh hiện có 54 xã đạt chuẩn NTM, tăng 11 xã so với cùng kỳ.

Ảnh: Sản xuất linh kiện điện tử tại KCN Bình Xuyên.
Hải Yến
Lượt đọc: 4.572
""", "26", "Vĩnh Phúc", "province", "Vĩnh Phúc", "quarter", "2016-01-01", "2016-03-31",
      "'nghìn tỷ' with 'gần' (under); yoy vs 2015 inside 2016; slow assessment; tăng 11 xã non-fact; tax line items")
r.F("budget_revenue","level",6200,"vnd_billion","tổng thu ngân sách nhà nước trên địa bàn quý I ước đạt gần 6,2 nghìn tỷ đồng",approx="under",headline="yes")
r.F("budget_revenue","pct_of_plan",24.8,"percent","bằng 24,8% dự toán năm",basis="estimate",headline="yes")
r.F("budget_revenue","change",22.6,"percent","tăng 22,6% so với cùng kỳ năm 2015",basis="yoy")
r.F("domestic_revenue","level",4710,"vnd_billion","Trong đó thu nội địa đạt 4.710 tỷ đồng")
r.F("disbursement","assessment","","","giải ngân vốn đầu tư xây dựng cơ bản còn chậm",assess="slow")
r.F("disbursement","pct_of_plan",11.3,"percent","mới đạt 11,3% kế hoạch năm",basis="plan",headline="yes")
r.F("ntm_communes","level",54,"count","Toàn tỉnh hiện có 54 xã đạt chuẩn NTM",pt="as_of",pe="2016-03-31",headline="yes")
r.nonfacts = 1
REPORTS.append(r)

# 1518 Bắc Ninh (new, after merger with Bắc Giang), 10 months 2025
r = R("1518_bac-ninh-10-thang-2025.txt",
      "https://bacninh.gov.vn/tin-tuc/kinh-te-xa-hoi-10-thang-nam-2025-post2319.html",
      "2025-11-04", """
Cổng Thông tin điện tử tỉnh Bắc Ninh
Trang chủ › Tin tức › Kinh tế - Xã hội

BẮC NINH: THU NGÂN SÁCH 10 THÁNG ĐẠT 96,7% DỰ TOÁN

Ngày 3/11/2025, UBND tỉnh tổ chức phiên họp thường kỳ tháng 10. Đây là phiên họp thứ tư của UBND tỉnh Bắc
Ninh (mới) sau khi hợp nhất với tỉnh Bắc Giang.

10 tháng năm 2025, tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 41.230 tỷ đồng, bằng 96,7% dự toán, tăng 18,9% so với cùng kỳ (cùng kỳ tính theo số liệu của hai tỉnh cũ); thu nội địa đạt 33.870 tỷ đồng. Giải ngân vốn đầu tư công đến 31/10 đạt 63,8% kế hoạch Thủ tướng Chính phủ giao (khoảng 14.950 tỷ đồng). Riêng nguồn vốn tỉnh phân bổ cho 99 xã, phường giải ngân còn thấp.

Tính riêng tháng 10, thu ngân sách đạt 3.905 tỷ đồng. Phường Kinh Bắc dẫn đầu các đơn vị cấp xã về thu ngân sách với 1.124 tỷ đồng.

Ảnh: Đồng chí Chủ tịch UBND tỉnh phát biểu kết luận phiên họp.
BBT
""", "24", "Bắc Ninh", "province", "Bắc Ninh", "ytd", "2025-01-01", "2025-10-31",
      "post-2025 merged province; assigned_plan basis; amount in parentheses; month figure vs ytd; ward figure (Kinh Bắc) belongs to ward; 99 xã phường non-fact")
r.F("budget_revenue","level",41230,"vnd_billion","tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 41.230 tỷ đồng",approx="about",headline="yes")
r.F("budget_revenue","pct_of_plan",96.7,"percent","bằng 96,7% dự toán",basis="estimate",headline="yes")
r.F("budget_revenue","change",18.9,"percent","tăng 18,9% so với cùng kỳ",basis="yoy")
r.F("domestic_revenue","level",33870,"vnd_billion","thu nội địa đạt 33.870 tỷ đồng")
r.F("disbursement","pct_of_plan",63.8,"percent","đạt 63,8% kế hoạch Thủ tướng Chính phủ giao",basis="assigned_plan",pt="as_of",pe="2025-10-31",headline="yes")
r.F("disbursement","level",14950,"vnd_billion","(khoảng 14.950 tỷ đồng)",approx="about",pt="as_of",pe="2025-10-31",headline="yes")
r.F("disbursement","assessment","","","Riêng nguồn vốn tỉnh phân bổ cho 99 xã, phường giải ngân còn thấp",assess="low",pt="as_of",pe="2025-10-31")
r.F("budget_revenue","level",3905,"vnd_billion","Tính riêng tháng 10, thu ngân sách đạt 3.905 tỷ đồng",pt="month",ps="2025-10-01",pe="2025-10-31",headline="yes")
r.F("budget_revenue","level",1124,"vnd_billion","Phường Kinh Bắc dẫn đầu các đơn vị cấp xã về thu ngân sách với 1.124 tỷ đồng",area=("ward","Kinh Bắc","Bắc Ninh"))
r.nonfacts = 1
REPORTS.append(r)
