import Testing

@testable import Catalog
@testable import Extraction

/// Year scopes, past results and the new figure forms, on sentences written for these tests
/// (none is taken from the real-passage set, which stays a held-out measure).
@Suite struct ScopeReadingTests {
  struct Row: Equatable, CustomStringConvertible {
    var value: Double
    var high: Double?
    var comparator: Comparison
    var year: String
    var role: CandidateTarget.Role

    init(
      _ value: Double, _ year: String, _ role: CandidateTarget.Role = .target,
      high: Double? = nil, _ comparator: Comparison = .equal
    ) {
      self.value = value
      self.high = high
      self.comparator = comparator
      self.year = year
      self.role = role
    }

    var description: String {
      "\(role) \(comparator.rawValue) \(value)\(high.map { "-\($0)" } ?? "") \(year)"
    }
  }

  static func rows(_ text: String) throws -> [Row] {
    try ExtractionFixture.extractor().extract(text, geo: "lai-chau").map {
      Row(
        $0.statedQuantity.value, $0.horizon.map { String($0.year) } ?? "", $0.role,
        high: $0.statedQuantity.valueHigh, $0.statedQuantity.comparator)
    }
  }

  @Test func aLeadClauseGovernsTheSentencesAfterIt() throws {
    let text = """
      Mục tiêu cụ thể đến năm 2027, tỷ lệ hộ gia đình có cáp quang đạt 90%.
      Tỷ lệ thanh toán không dùng tiền mặt đạt 70%.
      """
    #expect(try Self.rows(text) == [Row(90, "2027"), Row(70, "2027")])
  }

  @Test func aPeriodSetsTheTermAndAVisionDoesNot() throws {
    let text = """
      Kế hoạch được thực hiện trong nhiệm kỳ 2026-2031 của tỉnh.
      Tỉnh hướng tới năm 2050 trở thành trung tâm công nghiệp của vùng.
      Tỷ lệ đô thị hóa đạt trên 55%.
      """
    #expect(try Self.rows(text) == [Row(55, "2031", .target, .greaterThan)])
  }

  @Test func twoHorizonsInOneSentenceKeepTheirFigures() throws {
    let text =
      "Đến năm 2026, tỷ lệ chợ dân sinh dùng mã QR đạt ít nhất 40% và đến năm 2029 đạt 85%."
    #expect(
      try Self.rows(text) == [Row(40, "2026", .target, .atLeast), Row(85, "2029")])
  }

  @Test func aLevelKeptUntilALaterYearIsReachedByTheFirst() throws {
    let text = "Phấn đấu đến hết năm 2026 và duy trì đến năm 2032 có 95% hồ sơ được số hóa."
    #expect(try Self.rows(text) == [Row(95, "2026")])
  }

  @Test func pastResultsAreObservationsWithTheirYear() throws {
    let text = """
      Kế hoạch phát triển đến năm 2028.
      Nhìn lại năm 2023, thu nhập bình quân đầu người ước đạt 61 triệu đồng.
      Tỷ lệ hộ nghèo giảm còn 3,4%.
      Năm 2028, tỷ lệ hộ nghèo dưới 1,5%.
      """
    #expect(
      try Self.rows(text) == [
        Row(61, "2023", .observation), Row(3.4, "2023", .observation),
        Row(1.5, "2028", .target, .lessThan),
      ])
  }

  @Test func aBareYearBeforeTheFirstHorizonIsAResult() throws {
    let text = """
      Chương trình chuyển đổi số đến năm 2030.
      Chỉ số DTI năm 2022 đạt 0,52; phấn đấu đến năm 2030 đạt 0,70.
      """
    #expect(
      try Self.rows(text) == [
        Row(0.52, "2022", .observation), Row(0.7, "2030"),
      ])
  }

  @Test func aResultBesideItsOldTargetGivesBoth() throws {
    let text = """
      Trong nhiệm kỳ qua (2016-2021), nhiều chỉ tiêu đạt cao như số hợp tác xã 412/350 hợp tác xã.
      """
    let rows = try Self.rows(text)
    #expect(rows == [Row(412, "2021", .observation), Row(350, "2021")])
  }

  @Test func documentNumbersDatesAndPlanItemsAreNotFigures() throws {
    let text = """
      Số: 45/KH-UBND, ngày 12/3/2026. Thực hiện Quyết định 1208/QĐ-TTg, Điều 2.
      Hội nghị ngày 5/4 thông qua 12 chỉ tiêu, 4 nhiệm vụ và 3 đề án; họp hơn 3 ngày.
      """
    #expect(try Self.rows(text).isEmpty)
  }

  @Test func numberFormsRangesAndRanks() throws {
    let text = """
      Đến năm 2030, GRDP đạt 312.500 tỷ đồng; GRDP bình quân đầu người 8.200USD; có 05 khu \
      công nghiệp mới; thu hút 2,4 triệu lượt khách; tăng trưởng 8 – 9%/năm; thu ngân sách \
      từ 20.000 đến 22.000 tỷ đồng; tuổi thọ trung bình trên 75 tuổi; chỉ số PCI đứng thứ 12 \
      cả nước; thuộc nhóm 15 tỉnh dẫn đầu về chuyển đổi số; xếp hạng DTI 07/34 tỉnh.
      """
    let rows = try Self.rows(text)
    #expect(
      rows == [
        Row(312500, "2030"), Row(8200, "2030"), Row(5, "2030"), Row(2.4, "2030"),
        Row(8, "2030", high: 9, .range), Row(20000, "2030", high: 22000, .range),
        Row(75, "2030", .target, .greaterThan), Row(12, "2030"), Row(15, "2030", .target, .atMost),
        Row(7, "2030"),
      ])
  }

  /// `triệu tỷ đồng` is a million billion VND: 1,000 trillion, kept as written beside it.
  @Test func aMillionBillionDongIsAThousandTrillion() throws {
    for text in [
      "Đến năm 2030, quy mô GRDP đạt trên 1,5 triệu tỷ đồng.",
      "Den nam 2030, quy mo GRDP dat tren 1,5 trieu ty dong.",
    ] {
      let candidates = try ExtractionFixture.extractor().extract(text, geo: "lai-chau")
      #expect(candidates.map(\.quantity) == [Quantity(.greaterThan, 1500)], "\(text)")
      #expect(candidates.map(\.statedQuantity) == [Quantity(.greaterThan, 1.5)], "\(text)")
      #expect(candidates.map(\.unit) == [.vndTrillion], "\(text)")
    }
  }

  /// `tỷ USD`, `triệu USD`, `triệu lượt khách` are units of their own, read as written; no
  /// indicator is kept in million USD, so `530 triệu USD` stays unclassified rather than be
  /// converted silently.
  @Test func dollarAmountsAndVisitsHaveTheirUnits() throws {
    for text in [
      "Đến năm 2030, kim ngạch xuất khẩu đạt 8,2 tỷ USD; vốn FDI đạt 530 triệu USD; đón 4,5 triệu lượt khách.",
      "Den nam 2030, kim ngach xuat khau dat 8,2 ty USD; von FDI dat 530 trieu USD; don 4,5 trieu luot khach.",
    ] {
      let candidates = try ExtractionFixture.extractor().extract(text, geo: "lai-chau")
      #expect(
        candidates.map(\.quantity) == [8.2, 530, 4.5].map { Quantity(.equal, $0) }, "\(text)")
      #expect(candidates.map(\.unit) == [.usdBillion, nil, .millionVisits], "\(text)")
    }
  }

  @Test func ageGroupsAndSetNamesAreNotFigures() throws {
    let text =
      "Đến năm 2030, có 20 doanh nghiệp thuộc tốp 1000 doanh nghiệp lớn; trẻ em dưới 5 tuổi được tiêm chủng."
    #expect(try Self.rows(text) == [Row(20, "2030")])
  }
}
