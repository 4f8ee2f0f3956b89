import Testing

@testable import Catalog
@testable import Extraction

/// Which year a figure takes when a sentence names several (docs/methodology.md, "Year scopes
/// and past results", set 6's rules), on sentences written for these tests, with diacritics and
/// in the diacritic-less spelling of OCR text.
@Suite struct YearBindingTests {
  typealias Row = ScopeReadingTests.Row

  /// `từ 52% năm 2016 lên 61% năm 2021, và bằng 85% … vào năm 2031`: a year right after a
  /// figure is that figure's own, so the next figure looks past it; the level after `từ` is
  /// where the change starts, a result.
  @Test func aYearRightAfterAFigureIsItsOwn() throws {
    let text = """
      - Đến năm 2021, tỷ lệ đô thị hóa đạt 30%.
      - Nâng mức GRDP bình quân đầu người của tỉnh so với trung bình cả nước từ 52% năm 2016 lên 61% năm 2021, và bằng 85% mức trung bình cả nước vào năm 2031.
      - Giá trị sản xuất nông lâm thủy sản tăng bình quân 5,1%/năm giai đoạn 2017 - 2021 và 5,6%/năm giai đoạn 2022 - 2031.
      """
    #expect(
      try ResultReadingTests.rows(text) == [
        Row(30, "2021"), Row(52, "2016", .observation), Row(61, "2021"), Row(85, "2031"),
        Row(5.1, "2021"),
        Row(5.6, "2031"),
      ])
  }

  /// `từ 12,87% GDP năm 2031 lên 14,02% GDP năm 2035`: the share's base between the figure and
  /// its year does not part them, whatever period the sentence named before.
  @Test func aYearAfterTheSharesBaseIsTheFiguresOwn() throws {
    let text = """
      Tỷ trọng kinh tế số trong GDP liên tục tăng trong giai đoạn 2031-2035, từ 12,87% GDP năm 2031 lên 14,02% GDP năm 2035.
      """
    #expect(try ResultReadingTests.rows(text).map(\.year) == ["2031", "2035"])
  }

  /// `Đến năm 2035 hoàn thiện hạ tầng số. Bảo đảm trên 70% …`: a sentence of goals that opens
  /// with its year, with no figure and no comma after the year, governs the figures after it,
  /// also when that year is the document's vision (`tầm nhìn đến năm 2035`).
  @Test func aSentenceOpeningWithItsYearGovernsWhatFollows() throws {
    for opening in [
      "Đề án giai đoạn 2031 - 2033 đề ra mục tiêu phát triển chính quyền số.",
      "Đề án giai đoạn 2031 - 2033, tầm nhìn đến năm 2035 đề ra mục tiêu phát triển chính quyền số.",
    ] {
      let text = """
        \(opening)
        Cụ thể, phấn đấu đến năm 2033 trên 60% hộ gia đình có cáp quang.
        Đến năm 2035 hoàn thiện hạ tầng số. Bảo đảm trên 70% cuộc họp được thực hiện trực tuyến.
        """
      #expect(
        try ResultReadingTests.rows(text) == [
          Row(60, "2033", .target, .greaterThan), Row(70, "2035", .target, .greaterThan),
        ], "\(opening)")
    }
  }

  /// `…; tỷ lệ các xã đạt chuẩn khoảng 45%, tỷ lệ các huyện đạt chuẩn 15,2% đến năm 2021;`: a
  /// year right after the last figure of a list closes the whole list.
  @Test func aYearClosingAListGovernsItsItems() throws {
    let text = """
      Tỷ lệ đô thị hóa đạt khoảng 27%; tỷ lệ các xã đạt tiêu chí nông thôn mới khoảng 45%, tỷ lệ các huyện đạt tiêu chí nông thôn mới 15,2% đến năm 2021; tỷ lệ đô thị hóa đến năm 2031 đạt khoảng 36%.
      """
    #expect(
      try ResultReadingTests.rows(text).map(\.year) == ["2021", "2021", "2021", "2031"])
  }

  /// `…; mục tiêu đến năm 2031, …` and `…; phấn đấu đến năm 2026 đón …` open the next clause:
  /// the figures before the break keep their own horizon.
  @Test func aGoalWordBeforeAYearOpensTheNextClause() throws {
    let text = """
      Tỉnh đặt mục tiêu GRDP bình quân đầu người năm 2021 đạt 52 triệu đồng trở lên; giá trị xuất khẩu đạt khoảng 210 triệu USD; mục tiêu đến năm 2031, GRDP bình quân đầu người đạt trên 190 triệu đồng.
      Tỉnh phấn đấu đến năm 2031, tốc độ tăng trưởng kinh tế bình quân đạt 8-9%.
      Tốc độ tăng trưởng ngành dịch vụ đạt 9-10%; kim ngạch xuất khẩu tăng bình quân 12%/năm; phấn đấu đến năm 2026 đón trên 2,5 triệu lượt khách du lịch.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [52, 210, 190, 8, 9, 12, 2.5])
    #expect(rows.map(\.year) == ["2021", "2021", "2031", "2031", "2031", "2031", "2026"])
  }

  /// A master plan's own phases (`Từ nay đến năm 2016 …, giai đoạn 2017-2021 là …, giai đoạn
  /// 2022-2031 là …`) are goals, though a later phase was named before: each ends after the
  /// first year the plan looks forward to.
  @Test func aPlansPhasesAreGoalsNotResults() throws {
    let text = """
      - Tốc độ tăng GRDP của tỉnh bình quân cả thời kỳ 2017 - 2031 khoảng 6-8%/năm, trong đó: Giai đoạn 2017-2021 tăng 6,5-8%/năm và giai đoạn 2022 - 2031 tăng 7-9%/năm.
      - Từ nay đến năm 2016 mỗi năm tạo việc làm cho khoảng 8.100 lao động, giai đoạn 2017-2021 là 8.000-8.600 lao động/năm và giai đoạn 2022-2031 là 9.000-10.000 lao động/năm.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [6, 6.5, 7, 8_100, 8_000, 9_000])
    #expect(rows.allSatisfy { $0.role == .target }, "\(rows)")
    #expect(rows.map(\.year) == ["2031", "2021", "2031", "2016", "2021", "2031"])
  }

  /// `so với cùng kỳ năm 2025` is the base of a change, not the year of the figure.
  @Test func theSamePeriodOfAnEarlierYearIsABase() throws {
    let text = """
      Năm 2026, tổng kim ngạch xuất nhập khẩu ước đạt hơn 70,2 tỷ USD, tăng 30,1% so với cùng kỳ năm 2025.
      """
    #expect(try ResultReadingTests.rows(text).map(\.year) == ["2026", "2026"])
  }
}
