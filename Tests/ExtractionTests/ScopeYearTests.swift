import Testing

@testable import Catalog
@testable import Extraction

/// Which year governs the figures after a figureless line (docs/methodology.md, "Year scopes
/// and past results"), on sentences written for these tests, with diacritics and in the
/// diacritic-less spelling of OCR text.
@Suite struct ScopeYearTests {
  typealias Row = ScopeReadingTests.Row

  /// `Kế hoạch … năm 2027 đề ra các mục tiêu cụ thể, gồm:` names the plan's own year: the
  /// figures it lists are of that year, not of an earlier line's `đến năm 2031`.
  @Test func aPlansOwnYearReplacesAnEarlierHorizon() throws {
    let text = """
      Ngày 12/3, Ban Chỉ đạo của tỉnh đặt ra, phấn đấu đến năm 2031, kinh tế số chiếm 25% GRDP.
      Kế hoạch phát triển nông nghiệp số của tỉnh năm 2027 đề ra các mục tiêu cụ thể, gồm: phát triển hạ tầng số và dữ liệu.
      Cụ thể, phấn đấu 85% hợp tác xã dùng sàn thương mại điện tử; 60% hộ sản xuất có tài khoản thanh toán.
      """
    #expect(
      try ResultReadingTests.rows(text) == [Row(25, "2031"), Row(85, "2027"), Row(60, "2027")])
  }

  /// The short form `Kế hoạch năm 2026 … đặt ra các chỉ tiêu sau:` does the same for a list.
  @Test func aShortPlanNameWithItsYearGovernsItsList() throws {
    let text = """
      Mục tiêu đến năm 2030, 95% dân số có hồ sơ sức khỏe điện tử.
      Kế hoạch năm 2026 của Sở Y tế đặt ra các chỉ tiêu sau:
      - 70% trạm y tế xã dùng bệnh án điện tử.
      """
    #expect(try ResultReadingTests.rows(text) == [Row(95, "2030"), Row(70, "2026")])
  }

  /// A year dated by a name or a date (`Nghị quyết … năm 2024 của HĐND`) outside a plan's name
  /// sets nothing: a bare year after a figureless clause without `kế hoạch`, `chương trình` or
  /// `đề án` leaves the earlier horizon in force.
  @Test func aBareYearOutsideAPlansNameSetsNothing() throws {
    let text = """
      Phấn đấu đến năm 2030, tỷ lệ đô thị hóa đạt 50%.
      Hội đồng nhân dân tỉnh họp năm 2026 đề ra các mục tiêu cụ thể, gồm:
      - Tỷ lệ hộ nghèo giảm còn dưới 2%.
      """
    #expect(
      try ResultReadingTests.rows(text) == [Row(50, "2030"), Row(2, "2030", .target, .lessThan)])
  }

  /// `… trở thành thành phố trực thuộc Trung ương vào năm 2040, …` closes a clause about a
  /// qualitative goal: no lead clause, so the list under `Mục tiêu cụ thể` keeps the plan's
  /// own period (`thời kỳ 2026-2035`).
  @Test func aYearClosingAQualitativeGoalIsNoLead() throws {
    let text = """
      Theo Quy hoạch tỉnh thời kỳ 2026-2035, tỉnh đặt mục tiêu trở thành thành phố trực thuộc Trung ương vào năm 2040, là trung tâm du lịch của vùng.
      Mục tiêu cụ thể bao gồm:
      - Tốc độ tăng trưởng GRDP bình quân đạt 8,5%.
      - Tỷ lệ hộ nghèo dưới 1,5%.
      """
    #expect(
      try ResultReadingTests.rows(text) == [
        Row(8.5, "2035"), Row(1.5, "2035", .target, .lessThan),
      ])
  }

  /// `Đến năm 2032,` and `Mục tiêu đến năm 2032,` open their clause: still leads.
  @Test func aYearOpeningItsClauseStillLeads() throws {
    let text = """
      Theo quy hoạch thời kỳ 2026-2035, mục tiêu đến năm 2032, tỉnh có nhiều đô thị loại II.
      - Tỷ lệ đô thị hóa đạt 45%.
      """
    #expect(try ResultReadingTests.rows(text) == [Row(45, "2032")])
  }

  /// `6 tháng đầu năm 2027, …` dates a six-month report: its results, with no year of their
  /// own, are of 2027.
  @Test func aReportsSixMonthPeriodDatesItsResults() throws {
    let text = """
      6 tháng đầu năm 2027, tình hình kinh tế - xã hội của tỉnh tiếp tục ổn định.
      Tổng mức bán lẻ hàng hóa 6 tháng đầu năm của tỉnh ước đạt trên 41.000 tỷ đồng, tăng hơn 12%.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.role) == [.observation, .observation])
    #expect(rows.map(\.year) == ["2027", "2027"])
  }

  /// `Dự kiến đến năm 2031, … tăng lên 98 triệu đồng` after `nhiệm kỳ 2031-2036` was named:
  /// the forecast year is the one the new term starts, so the figure estimates a result (as
  /// `ước đạt` does); a forecast of a later year stays a goal.
  @Test func aForecastOfTheYearANewTermStartsIsAResult() throws {
    let text = """
      Đại hội Đảng bộ tỉnh nhiệm kỳ 2031-2036 xác định, phấn đấu đến năm 2036, thu nhập bình quân đầu người 150 triệu đồng.
      Năm 2026, thu nhập bình quân đầu người của tỉnh là 62 triệu đồng. Dự kiến đến năm 2031, con số này tăng lên 98 triệu đồng.
      Dự kiến đến năm 2033, con số này tăng lên 120 triệu đồng.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [150, 62, 98, 120])
    #expect(rows.map(\.year) == ["2036", "2026", "2031", "2033"])
    #expect(rows.map(\.role) == [.target, .observation, .observation, .target])
  }

  /// `… đứng thứ 9 cả nước và dự kiến năm 2028 đạt …`: the forecast's year opens the next
  /// clause, so the rank before it keeps the year of the results it ranks.
  @Test func aForecastYearAfterAFigureOpensTheNextClause() throws {
    let text = """
      Nhìn lại giai đoạn vừa qua, năm 2027 quy mô kinh tế của tỉnh đạt 120 nghìn tỷ đồng, đứng thứ 9 cả nước và dự kiến năm 2028 đạt 135 nghìn tỷ đồng.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [120, 9, 135])
    #expect(rows.map(\.year) == ["2027", "2027", "2028"])
  }

  /// A figure whose nearest year another figure already took (`… đến năm 2040 đạt khoảng 9.000
  /// USD; tỷ lệ hộ nghèo giảm …`) takes the sentence's lead (`giai đoạn 2026 - 2030,`).
  @Test func aYearTakenByAnotherFigureYieldsToTheSentencesLead() throws {
    let text = """
      Theo đó, giai đoạn 2026 - 2030, phấn đấu tăng trưởng GRDP bình quân 8,5%/năm; thu nhập bình quân đầu người đến năm 2040 khoảng 9.000 USD; tỷ lệ hộ nghèo giảm bình quân 1 - 1,5%/năm.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [8.5, 9000, 1])
    #expect(rows.map(\.year) == ["2030", "2040", "2030"])
  }
}
