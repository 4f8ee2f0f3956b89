import Testing

@testable import Catalog
@testable import Extraction

/// How a mid-year report sets goals for the rest of its year (docs/methodology.md, JA to JE):
/// what must be reached, a floor after `từ`, a scenario opened by `Với`, a quarter's year and the
/// year of a part of a year named without it. Sentences written for these tests, none taken
/// from a labelled set.
@Suite struct RestOfYearTests {
  typealias Row = ScopeReadingTests.Row

  /// `để đạt mục tiêu … thì quý IV phải tăng trên 13%`, `cần tăng khoảng 10,5%`: what must be
  /// reached is a goal though the sentence opens with a result (JA), in the year the text
  /// reports (JE). `Để đạt kết quả này, … đã hỗ trợ` tells how a result was reached.
  @Test func whatMustBeReachedIsAGoal() throws {
    let text = """
      Tăng trưởng kinh tế 9 tháng đầu năm 2031 ước đạt 7,2%, để đạt mục tiêu cả năm trên 9% thì quý IV phải tăng trên 13%; còn để đạt 8% thì quý IV cần tăng khoảng 10,5%.
      Để đạt kết quả này, tỉnh đã hỗ trợ 1.200 doanh nghiệp.
      """
    #expect(
      try ScopeReadingTests.rows(text) == [
        Row(7.2, "2031", .observation), Row(9, "2031", .target, .greaterThan),
        Row(13, "2031", .target, .greaterThan), Row(8, "2031"),
        Row(10.5, "2031", .target, .approximately), Row(1_200, "2031", .observation),
      ])
    let found = try CountedThingsTests.candidates(text)
    #expect(found.contains { $0.reason.contains("a goal: 'phải tăng' says what must be reached") })
  }

  /// `Cần Thơ` names a city, not a need: a head word written with a capital is none, except
  /// `Để` opening a sentence.
  @Test func aCityIsNoRequirement() throws {
    let text = """
      Năm 2031, tăng trưởng kinh tế của TP. Cần Thơ ước đạt tăng 7,2%, xếp thứ 25/34 tỉnh, thành phố.
      Năm 2032, thành phố phấn đấu tăng trưởng kinh tế đạt 8,5%.
      """
    let rows = try ScopeReadingTests.rows(text)
    #expect(rows.map(\.value) == [7.2, 25, 8.5])
    #expect(rows.map(\.role) == [.observation, .observation, .target])
  }

  /// `GRDP được kỳ vọng đạt từ 10,2% trở lên` after a result of the first half: the floor said
  /// after the figure makes it a goal, whatever word before it gives the comparator (JC, HZ).
  @Test func aFloorAfterTheFigureIsAGoalAfterTừToo() throws {
    let text = """
      Tăng trưởng kinh tế 6 tháng đầu năm 2031 ước đạt 7,4%; 6 tháng cuối năm, GRDP được kỳ vọng đạt từ 10,2% trở lên, trong đó công nghiệp tăng từ 13,7% trở lên.
      """
    #expect(
      try ResultReadingTests.rows(text) == [
        Row(7.4, "2031", .observation), Row(10.2, "2031", .target, .atLeast),
        Row(13.7, "2031", .target, .atLeast),
      ])
  }

  /// `Với kịch bản quý IV tăng trưởng 12,7%, …`: `với` opening the sentence leads a scenario
  /// in, it measures nothing against it (JB). After a comma (`…, với định hướng ưu tiên …`) it
  /// stays a comparison, so the results before it stay results.
  @Test func aSentenceOpenedByVớiLeadsItsGoalIn() throws {
    let scenario = """
      Tăng trưởng kinh tế 9 tháng đầu năm 2031 ước đạt 7,2%. Với kịch bản quý IV tăng trưởng 12,7%, tăng trưởng cả năm đạt 8,8%.
      """
    #expect(
      try ResultReadingTests.rows(scenario) == [
        Row(7.2, "2031", .observation), Row(12.7, "2031"), Row(8.8, "2031"),
      ])
    let closing = """
      Năm 2031, tỉnh đã tập trung cao độ cho các nhiệm vụ, qua đó đạt tốc độ tăng trưởng 8,16%. Quy mô kinh tế vượt mốc 64 tỷ USD; thu hút FDI đạt khoảng 4,4 tỷ USD, với định hướng ưu tiên các dự án công nghệ cao.
      """
    // As written: without marks `đã` is not read (`da` is also `đa`), so only the marked text.
    #expect(
      try ScopeReadingTests.rows(closing).map(\.role) == [.observation, .observation, .observation])
  }

  /// `quý I/2031` dates its sentence as `năm 2031` would, and `theo giá so sánh năm 2010` is the
  /// base of constant prices, no year of the figures (JD). A quarter after a base (`số liệu gốc
  /// quý I/2030`) dates nothing, and a quarter governs no sentence after it.
  @Test func aQuarterDatesItsSentence() throws {
    let text = """
      Năm 2032, tỉnh phấn đấu tăng trưởng kinh tế đạt 8%.
      Trong quý I/2031, tổng sản phẩm trên địa bàn tỉnh ước tăng 6,01%; tổng sản phẩm theo giá so sánh năm 2010 đạt 11.423 tỷ đồng.
      Sau khi điều chỉnh số liệu gốc quý I/2030, mức tăng trưởng đạt 6,83%.
      """
    #expect(
      try ResultReadingTests.rows(text) == [
        Row(8, "2032"), Row(6.01, "2031", .observation), Row(11_423, "2031", .observation),
        Row(6.83, "2031", .observation),
      ])
  }
}
