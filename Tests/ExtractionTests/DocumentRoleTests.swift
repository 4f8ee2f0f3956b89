import Testing

@testable import Catalog
@testable import Extraction

/// What a text says as a whole about the role and year of its figures (docs/methodology.md, HU
/// to HW): a text that speaks of no goal reports results, `tính đến` dates a state, the plan's
/// items said to be met are counted by a report, and a title names its plan's year. Sentences
/// written for these tests, none taken from a labelled set.
@Suite struct DocumentRoleTests {
  typealias Row = ScopeReadingTests.Row

  static let reported = """
    Năm 2031, tỷ lệ dân số nông thôn được cấp nước hợp vệ sinh đạt 97,5%, tăng 2,1% so với năm 2030; toàn tỉnh có 1.749.600 người dùng nước sạch.
    """

  /// No goal word, aim, forecast, plan document or year ahead anywhere: every figure is a
  /// result, and its reason says why (HU).
  @Test func aTextThatSpeaksOfNoGoalReportsResults() throws {
    #expect(
      try ResultReadingTests.rows(Self.reported) == [
        Row(97.5, "2031", .observation), Row(2.1, "2031", .observation),
        Row(1_749_600, "2031", .observation),
      ])
    let found = try CountedThingsTests.candidates(Self.reported)
    #expect(
      found.allSatisfy {
        $0.reason.contains("nothing in the text sets a goal: no goal word, no year ahead")
      })
  }

  /// The same sentence under the name of a plan document, or after a goal word that sets no
  /// goal of its own (`Với mục tiêu`), or before a year ahead, is read as before: the text may
  /// speak of goals, so the whole-text rule stays out of it.
  @Test func aPlanDocumentOrAnyGoalWordKeepsTheSentencesReading() throws {
    let asRead = [Row(97.5, "2031"), Row(2.1, "2031"), Row(1_749_600, "2031")]
    let titled = "Đề án phát triển cấp nước nông thôn\n" + Self.reported
    #expect(try ResultReadingTests.rows(titled) == asRead)
    let aimed =
      "Với mục tiêu nâng cao chất lượng sống của người dân nông thôn, tỉnh đầu tư nhiều công trình cấp nước.\n"
      + Self.reported
    #expect(try ResultReadingTests.rows(aimed) == asRead)
    let ahead = Self.reported.replacingOccurrences(of: "Năm 2031,", with: "Đến hết năm 2031,")
    #expect(try ResultReadingTests.rows(ahead) == asRead)
  }

  /// `Tính đến cuối năm 2031` (as of the end of a year) dates a state, as `tính đến tháng
  /// 7/2031` does; the goal in the next sentence stays a goal.
  @Test func asOfTheEndOfAYearDatesAState() throws {
    let text = """
      Tính đến cuối năm 2031, toàn tỉnh có trên 395.000 người tham gia bảo hiểm y tế, chiếm 86% dân số.
      Phấn đấu đến năm 2035, tỷ lệ tham gia bảo hiểm y tế đạt 95%.
      """
    #expect(
      try ResultReadingTests.rows(text) == [
        Row(395_000, "2031", .observation, .greaterThan), Row(86, "2031", .observation),
        Row(95, "2035"),
      ])
  }

  /// `Các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch`: the plan's items counted as met are no
  /// goal, so the sentence reports (HV); next year's goal stays a goal.
  @Test func thePlansItemsSaidToBeMetAreCountedByAReport() throws {
    let text = """
      Năm 2031, các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch, trong đó kinh tế số chiếm 22% GRDP.
      Năm 2032, tỉnh phấn đấu kinh tế số chiếm 25% GRDP.
      """
    #expect(
      try ResultReadingTests.rows(text) == [Row(22, "2031", .observation), Row(25, "2032")])
  }

  /// A title that names its plan's year without a marker (`Nghị quyết về kế hoạch phát triển
  /// kinh tế - xã hội năm 2033`) gives that year to the list of targets under it (HW).
  @Test func aTitleNamesItsPlansYear() throws {
    let text = """
      Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2033
      Ngày 9/12/2032, HĐND tỉnh ban hành Nghị quyết số 11/NQ-HĐND về kế hoạch phát triển kinh tế - xã hội năm 2033.
      Các chỉ tiêu chủ yếu:
      1. Về kinh tế:
      - Tốc độ tăng trưởng kinh tế (GRDP) phấn đấu từ 7,5% trở lên.
      - Tỷ lệ che phủ rừng đạt 39,2%.
      """
    #expect(
      try ResultReadingTests.rows(text) == [Row(7.5, "2033", .target, .atLeast), Row(39.2, "2033")])
  }
}
