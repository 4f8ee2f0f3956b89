import Testing

@testable import Catalog
@testable import Extraction

/// How year-end reports and reviews of a plan set results apart from goals (docs/methodology.md,
/// KE to KH): the plan section that names next year, the year that leads a one-year plan inside
/// its five-year period, an estimate dated with `đến năm`, and a likelihood said with `sẽ`.
/// Sentences written for these tests, none taken from a labelled set.
@Suite struct YearEndReportTests {
  typealias Row = ScopeReadingTests.Row

  static let results = """
    Năm 2031, tỉnh giải quyết việc làm cho 23.125 người, đạt 102,7% kế hoạch. Đến cuối năm 2031, toàn tỉnh có 11.572 hộ nghèo, chiếm tỷ lệ 3,04%.
    """

  /// `Chỉ tiêu, nhiệm vụ năm 2032:` names the year the report plans for: the years before it,
  /// one said with `đến` included, are results (KE).
  @Test func aPlanSectionMakesTheYearsBeforeItResults() throws {
    let text =
      Self.results
      + " Chỉ tiêu, nhiệm vụ năm 2032: tỉnh sẽ giải quyết việc làm 23.000 người; tỷ lệ lao động qua đào tạo 76%."
    #expect(
      try ScopeReadingTests.rows(text) == [
        Row(23_125, "2031", .observation), Row(102.7, "2031", .observation),
        Row(11_572, "2031", .observation), Row(3.04, "2031", .observation),
        Row(23_000, "2032"), Row(76, "2032"),
      ])
    let found = try CountedThingsTests.candidates(text)
    #expect(
      found.first?.reason.contains("'Năm 2031' is before the document's first horizon") == true)
  }

  /// The same report without a plan section that names its year: nothing tells that 2031 is
  /// past, so its figures stay targets for the reviewer (`Nhiệm vụ trọng tâm:` names no year).
  @Test func aSectionWithoutAYearChangesNothing() throws {
    let text = Self.results + " Nhiệm vụ trọng tâm: tỉnh sẽ giải quyết việc làm 23.000 người."
    let rows = try ScopeReadingTests.rows(text)
    #expect(rows.map(\.role) == [.target, .target, .target, .target, .target])
  }

  /// A heading line names the section without a `:` (`II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2032`); a
  /// plan's year inside a longer clause (`triển khai kế hoạch năm 2032 của tỉnh:`) is no
  /// section.
  @Test func aHeadingNamesThePlanSectionToo() throws {
    let heading = """
      Năm 2031, tỉnh giải quyết việc làm cho 23.125 người.
      II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2032
      Giải quyết việc làm cho 23.000 người.
      """
    #expect(try ScopeReadingTests.rows(heading).map(\.role) == [.observation, .target])
    let clause = """
      Năm 2031, tỉnh giải quyết việc làm cho 23.125 người. Tỉnh triển khai kế hoạch năm 2032 của tỉnh: giải quyết việc làm cho 23.000 người.
      """
    #expect(try ScopeReadingTests.rows(clause).first?.role == .target)
  }

  /// `năm 2032,` leading a sentence that names the five-year period it belongs to (`… các mục
  /// tiêu … giai đoạn 2031 - 2035;`) dates the goals listed after it: a one-year plan inside
  /// its period (KF).
  @Test func theLeadYearOfAOneYearPlanGovernsItsPeriod() throws {
    let text = """
      Kế hoạch phát triển kinh tế năm 2032

      Theo UBND tỉnh, năm 2032, các cấp, các ngành quyết tâm thực hiện các nhiệm vụ đề ra theo các mục tiêu phát triển kinh tế - xã hội của tỉnh giai đoạn 2031 - 2035;

      Các mục tiêu cụ thể gồm: tổng sản phẩm trên địa bàn tỉnh tăng 8%; tổng kim ngạch xuất khẩu 750 triệu USD.
      """
    #expect(try ScopeReadingTests.rows(text) == [Row(8, "2032"), Row(750, "2032")])
  }

  /// `đến năm 2031 ước đạt 6.903 USD/người` dates an estimate; it is no horizon, so the report's
  /// other figures of 2031 are results too. After a goal word (`phấn đấu đến năm 2036 … ước
  /// đạt`, HC) the year stays a horizon (KG).
  @Test func anEstimateDatedWithĐếnIsNoHorizon() throws {
    let text = """
      Nhiệm kỳ 2026-2031, tốc độ tăng trưởng GRDP bình quân 6,1%/năm; GRDP bình quân đầu người đến năm 2031 ước đạt 6.903 USD/người. Cơ cấu kinh tế năm 2031: công nghiệp - xây dựng chiếm 58,66%.
      Tỉnh phấn đấu đến năm 2036 tổng thu ngân sách ước đạt 57.000 tỷ đồng.
      """
    let rows = try ScopeReadingTests.rows(text)
    #expect(rows.map(\.value) == [6.1, 6_903, 58.66, 57_000])
    #expect(rows.map(\.role) == [.observation, .observation, .observation, .target])
    #expect(rows.map(\.year) == ["2031", "2031", "2031", "2036"])
  }

  /// `khả năng sẽ giảm 11,04%` (likely to fall) forecasts a result among results; a plain `sẽ`
  /// still sets a goal (KH).
  @Test func aLikelihoodIsNoGoal() throws {
    let text = """
      Tính đến hết tháng 6/2031, tỷ lệ giảm nghèo của 17 tỉnh bình quân đạt 3,81%. Trong đó, tỉnh A khả năng sẽ giảm 11,04% hộ nghèo. Năm 2032, tỉnh sẽ giảm tỷ lệ hộ nghèo 2%.
      """
    let rows = try ScopeReadingTests.rows(text)
    #expect(rows.map(\.value) == [3.81, 11.04, 2])
    #expect(rows.map(\.role) == [.observation, .observation, .target])
  }
}
