import Foundation
import Testing

@testable import Catalog
@testable import Extraction

/// How results-of-term passages and plan passages are told apart (docs/methodology.md, "Year
/// scopes and past results"), each rule on sentences written for these tests, with diacritics
/// and in the diacritic-less spelling of OCR text.
@Suite struct ResultReadingTests {
  typealias Row = ScopeReadingTests.Row

  /// `text` as OCR without a Vietnamese language pack writes it: no marks, `đ` as `d`.
  static func plain(_ text: String) -> String {
    text.folding(options: [.diacriticInsensitive], locale: nil)
      .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
  }

  /// The rows of `text` and of its diacritic-less spelling, which must be the same.
  static func rows(_ text: String) throws -> [Row] {
    let marked = try ScopeReadingTests.rows(text)
    let bare = try ScopeReadingTests.rows(plain(text))
    #expect(marked == bare, "without diacritics: \(bare)")
    return marked
  }

  @Test func plainSpellingDropsEveryMark() {
    #expect(Self.plain("Đại hội đạt tăng trưởng") == "Dai hoi dat tang truong")
  }

  /// `giai đoạn 2021-2026 tăng bình quân 6,8%` under a `nhiệm kỳ 2026-2031` title: the period
  /// ended as the new term starts, so its figures are results of 2026; the next sentence goes
  /// on reporting them.
  @Test func aPeriodEndedByTheTitlesTermIsAResult() throws {
    let text = """
      Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2026-2031 khai mạc sáng nay.
      Báo cáo chính trị nêu rõ, tổng sản phẩm trên địa bàn giai đoạn 2021-2026 tăng bình quân 6,8%/năm; thu nhập bình quân đầu người đạt 58 triệu đồng.
      Tổng kim ngạch xuất khẩu đạt 3,2 tỷ USD.
      """
    #expect(
      try Self.rows(text) == [
        Row(6.8, "2026", .observation), Row(58, "2026", .observation),
        Row(3.2, "2026", .observation),
      ])
  }

  /// A result with no year of its own under a new term's title is of the year the term starts.
  @Test func aResultUnderANewTermsTitleHasItsFirstYear() throws {
    let text = """
      Đại hội Thi đua yêu nước của tỉnh, giai đoạn 2026-2031.
      Thu ngân sách nhà nước 5 năm ước đạt 41.300 tỷ đồng.
      """
    #expect(try Self.rows(text) == [Row(41_300, "2026", .observation)])
  }

  /// `7,4%/năm, cao hơn mục tiêu đề ra`: a plan never measures its target against its goal.
  @Test func aFigureComparedWithTheGoalIsAResult() throws {
    let text = """
      Nghị quyết Đại hội nhiệm kỳ 2026-2031.
      Kinh tế tăng trưởng bình quân 7,4%/năm, cao hơn mục tiêu đề ra; tỷ lệ hộ nghèo giảm còn 2,1%.
      Lĩnh vực nông nghiệp tăng 3,9%/năm, cao hơn mức trung bình của vùng.
      """
    let rows = try Self.rows(text)
    #expect(rows.map(\.role) == [.observation, .target, .observation])
    #expect(rows.map(\.value) == [7.4, 2.1, 3.9])
  }

  /// `gấp 1,9 lần năm 2019` names the base of a multiple, not a year of the figure.
  @Test func theBaseYearOfAMultipleIsNoHorizon() throws {
    #expect(YearReadingTests.mentions("gấp 1,9 lần năm 2019").isEmpty)
    #expect(YearReadingTests.mentions(Self.plain("gấp 1,9 lần năm 2019")).isEmpty)
    let text = """
      Kết quả thực hiện kế hoạch đến năm 2024.
      Giá trị sản xuất công nghiệp năm 2024 (giá so sánh 2010) ước đạt 52.000 tỷ đồng, gấp 1,9 lần năm 2019.
      """
    // The multiple is a figure of its own (since 2026-12-04), of the same year.
    #expect(
      try Self.rows(text) == [Row(52_000, "2024", .observation), Row(1.9, "2024", .observation)])
  }

  /// A report's words (`đánh giá kết quả`) stop at a clause break followed by a goal word when
  /// the figure's year is still ahead; `25 chỉ tiêu` counts items and is no yardstick.
  @Test func aGoalAfterAClauseBreakEndsAReport() throws {
    let text = """
      Đại hội thông qua báo cáo đánh giá kết quả nhiệm kỳ 2021-2026 và mục tiêu nhiệm kỳ 2026-2031; thống nhất 25 chỉ tiêu chủ yếu, trong đó: tốc độ tăng trưởng GRDP bình quân đạt 9%/năm trở lên; phấn đấu đến năm 2031, tỷ lệ đô thị hóa đạt 50%.
      """
    #expect(
      try Self.rows(text) == [Row(9, "2031", .target, .atLeast), Row(50, "2031")])
    // Without a year ahead the report still reaches the figures (`nhiều chỉ tiêu đạt cao`).
    let report = """
      Nhiệm kỳ qua, tỉnh đã triển khai đồng bộ các giải pháp; đạt nhiều kết quả: nhiều chỉ tiêu đạt cao như tỷ lệ xã đạt chuẩn nông thôn mới 81%.
      """
    #expect(try Self.rows(report).map(\.role) == [.observation])
  }

  /// The document's vision year written without `tầm nhìn` keeps its own figure but does not
  /// govern the sentences after it; a paragraph that opens with the vision does.
  @Test func aVisionYearCarriesOnlyInItsOwnParagraph() throws {
    let text = """
      Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050.
      Tỷ lệ đô thị hóa đến năm 2030 đạt 45% và đến năm 2050 đạt 70%. Tỷ trọng kinh tế số đạt 25%.
      Tầm nhìn đến năm 2050, tỉnh là trung tâm kinh tế của vùng. GRDP bình quân đầu người đến năm 2050 đạt 600 triệu đồng. Tỷ lệ đô thị hóa đạt 80%.
      """
    #expect(
      try Self.rows(text).map(\.year) == ["2030", "2050", "2030", "2050", "2050"])
  }

  /// `Năm 2026, … đạt 8,5% trở lên, làm nền tảng cho giai đoạn 2026 - 2030`: the period after
  /// the comma says where the plan heads next; the lead year governs the figure and what follows.
  @Test func aYearBeyondACommaAfterTheFigureIsNotItsHorizon() throws {
    let text = """
      Năm 2026, tỉnh phấn đấu tăng trưởng GRDP đạt 8,5% trở lên, làm nền tảng cho giai đoạn 2026 - 2030.
      Tỉnh quyết tâm tăng thu ngân sách 12%.
      """
    #expect(
      try Self.rows(text) == [Row(8.5, "2026", .target, .atLeast), Row(12, "2026")])
  }

  /// `nhiệm kỳ 2025-2030` named after a later term (`nhiệm kỳ 2030-2035`) has ended: its
  /// figures are the results of that term, even when no word before them says so.
  @Test func aTermEndedByALaterTermNamedBeforeIsAResult() throws {
    let text = """
      Khai mạc Đại hội đại biểu Đảng bộ tỉnh.
      Sáng nay, Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2030-2035 khai mạc tại hội trường tỉnh.
      Báo cáo chính trị cho biết nhiệm kỳ 2025-2030, tỉnh hoàn thành phần lớn các chỉ tiêu chủ yếu.
      Thu ngân sách đạt 12.400 tỷ đồng, thu nhập bình quân đầu người 95 triệu đồng.
      """
    let rows = try Self.rows(text)
    #expect(
      rows == [
        Row(12_400, "2030", .observation), Row(95, "2030", .observation),
      ])
  }

  /// A period or year that ended before the document's date (`Thứ Hai, 14/03/2033`) is told,
  /// not planned: no plan sets a goal for years already gone.
  @Test func aPeriodEndedBeforeTheDocumentsDateIsAResult() throws {
    let text = """
      Thứ Hai, 14/03/2033
      Ba mươi năm xây dựng và phát triển của tỉnh
      Trong giai đoạn 2003-2032, kinh tế tăng bình quân 9,6%/năm; riêng năm 2032 tăng 7,15%.
      """
    let rows = try Self.rows(text)
    #expect(
      rows == [Row(9.6, "2032", .observation), Row(7.15, "2032", .observation)])
  }

  /// `dân số từ 15 tuổi trở lên` bounds who is counted; the figure is the share, and
  /// `tuổi thọ … 76 tuổi` stays a lifetime.
  @Test func anAgeBoundIsNoFigure() throws {
    let text = """
      Kế hoạch chuyển đổi số đến năm 2030.
      Phấn đấu đến năm 2030, 90% dân số từ 15 tuổi trở lên có tài khoản thanh toán; tuổi thọ trung bình đạt 76 tuổi.
      """
    #expect(try Self.rows(text) == [Row(90, "2030"), Row(76, "2030")])
  }

  /// `cao hơn mức chung cả nước` measures a result against the country, as `cao hơn mức trung
  /// bình` does.
  @Test func aFigureAboveTheCountrysLevelIsAResult() throws {
    let text = """
      Nghị quyết Đại hội nhiệm kỳ 2031-2036.
      Kinh tế tăng trưởng bình quân 7,2%/năm, cao hơn mức chung cả nước; tỷ lệ hộ nghèo giảm còn 1,5%.
      """
    let rows = try Self.rows(text)
    #expect(rows.map(\.role) == [.observation, .target])
    #expect(rows.map(\.value) == [7.2, 1.5])
  }

  /// A paragraph with no tense word of its own (`Tăng trưởng kinh tế đạt 5,3%; …`) between a
  /// review's lead and its `ước đạt`: no sentence of the run sets a goal and one tells results,
  /// so its figures are results too (GD).
  @Test func aRunOfParagraphsWithoutGoalsReportsResults() throws {
    let text = """
      Năm 2031 là năm cuối thực hiện kế hoạch 5 năm giai đoạn 2027 - 2031.
      Tăng trưởng kinh tế đạt 5,3%; trong đó nông nghiệp tăng 3,6%, dịch vụ tăng 4,1%.
      Tổng thu ngân sách cả năm ước đạt 12.450 tỷ đồng, bằng 97,2% dự toán.
      """
    let rows = try Self.rows(text)
    #expect(rows.map(\.value) == [5.3, 3.6, 4.1, 12_450, 97.2])
    #expect(rows.allSatisfy { $0.role == .observation }, "\(rows)")
  }

  /// The same paragraph before a goal (`phấn đấu … 7,5%`) is no longer in a run that only
  /// reports: its figures stay as they were read, and the goal stays a goal.
  @Test func aGoalBetweenParagraphsEndsTheRun() throws {
    let text = """
      Năm 2031 là năm cuối thực hiện kế hoạch 5 năm giai đoạn 2027 - 2031.
      Tăng trưởng kinh tế đạt 5,3%; trong đó nông nghiệp tăng 3,6%, dịch vụ tăng 4,1%.
      Năm 2032, tỉnh phấn đấu tăng trưởng kinh tế đạt 7,5%.
      Tổng thu ngân sách cả năm ước đạt 12.450 tỷ đồng, bằng 97,2% dự toán.
      """
    let rows = try Self.rows(text)
    #expect(rows.map(\.value) == [5.3, 3.6, 4.1, 7.5, 12_450, 97.2])
    #expect(rows.map(\.role) == [.target, .target, .target, .target, .observation, .observation])
  }

  /// `bình quân 6 tháng đầu năm đạt 10,2% trở lên` in a growth scenario: a floor said after the
  /// figure is a level to reach, whatever words of report stand before it (HZ); the figure with
  /// no floor after the same words stays a result.
  @Test func aFloorAfterTheFigureIsAGoal() throws {
    let text = """
      Theo đó, kịch bản tăng trưởng kinh tế của tỉnh năm 2031 như sau: quý I tăng 9,8% trở lên; bình quân 6 tháng đầu năm đạt 10,2% trở lên; 6 tháng đầu năm, tổng thu ngân sách đạt 5.100 tỷ đồng.
      """
    #expect(
      try Self.rows(text) == [
        Row(9.8, "2031", .target, .atLeast), Row(10.2, "2031", .target, .atLeast),
        Row(5_100, "2031", .observation),
      ])
  }

  /// `tăng 13,18% so với cùng kỳ (kế hoạch đầu năm 10,11%)`: the comparison with the year
  /// before may stand between a result and the bracket that quotes its plan, and the bracket
  /// still sets no tense for the clauses after it (KA).
  @Test func aComparisonMayStandBeforeThePlansBracket() throws {
    let text = """
      Năm 2031, giá trị sản xuất công nghiệp đạt 430.400 tỷ đồng, tăng 13,18% so với cùng kỳ (kế hoạch đầu năm 10,11%); tổng mức bán lẻ hàng hóa đạt 75.200 tỷ đồng, tăng 12,94% so với cùng kỳ (kế hoạch năm 11,31%).
      Năm 2032, tỉnh phấn đấu tăng trưởng kinh tế đạt 8%.
      """
    #expect(
      try Self.rows(text) == [
        Row(430_400, "2031", .observation), Row(13.18, "2031", .observation), Row(10.11, "2031"),
        Row(75_200, "2031", .observation), Row(12.94, "2031", .observation), Row(11.31, "2031"),
        Row(8, "2032"),
      ])
  }

  /// A run that reports results leaves alone a figure whose own year comes after every result
  /// it reports (`năm 2034 còn 1,5%` beside results of 2031). The goal after the run keeps the
  /// text from being one that sets no goal at all (HU).
  @Test func aFigureOfALaterYearInAReportingRunStaysAsRead() throws {
    let text = """
      Báo cáo tình hình kinh tế - xã hội năm 2031.
      Tỷ lệ hộ nghèo năm 2034 còn 1,5%; tỷ lệ lao động qua đào tạo năm 2031 đạt 71,2%.
      Tổng thu ngân sách năm 2031 ước đạt 12.450 tỷ đồng.
      Năm 2032, tỉnh phấn đấu tăng trưởng kinh tế đạt 7,5%.
      """
    let rows = try Self.rows(text)
    #expect(rows.map(\.value) == [1.5, 71.2, 12_450, 7.5])
    #expect(rows.map(\.role) == [.target, .observation, .observation, .target])
  }

  /// `báo cáo tổng kết kế hoạch`: a review of the plan reports its results; the plan it names
  /// is what was measured, not a goal (HA).
  @Test func aReviewOfThePlanReportsResults() throws {
    let text = """
      Theo báo cáo tổng kết kế hoạch phát triển kinh tế - xã hội tại hội nghị, năm 2031, tỉnh tiếp tục duy trì đà tăng trưởng tích cực, đạt và vượt 18/22 chỉ tiêu chủ yếu. Cụ thể, tốc độ tăng GRDP năm 2031 tăng 9,14%.
      """
    #expect(try Self.rows(text) == [Row(9.14, "2031", .observation)])
  }

  /// `đã nỗ lực phấn đấu và đạt được nhiều thành tựu`: the effort is told as done; `phấn đấu`
  /// there sets no goal (HA).
  @Test func anEffortMadeAndAchievedIsAResult() throws {
    let text = """
      Nhiệm kỳ 2026 - 2031, Đảng bộ và Nhân dân tỉnh đã nỗ lực phấn đấu và đạt được nhiều thành tựu quan trọng.
      Trong nhiệm kỳ 2026 - 2031, tốc độ tăng trưởng GRDP bình quân đạt 6,12%/năm; GRDP bình quân đầu người đạt 71,8 triệu đồng/người/năm.
      """
    let rows = try Self.rows(text)
    #expect(rows.map(\.value) == [6.12, 71.8])
    #expect(rows.allSatisfy { $0.role == .observation }, "\(rows)")
  }

  /// `phấn đấu đến năm 2030 … ước đạt 57.000 tỷ đồng`: `ước` after a goal word, no figure
  /// between, estimates the goal; under a goal's lead (`…: … ước đạt`) too (HC).
  @Test func anEstimateOfAGoalIsAGoal() throws {
    let text = """
      Theo quy hoạch của tỉnh, phấn đấu đến năm 2030 tổng thu ngân sách ước đạt 57.000 tỷ đồng; GRDP bình quân đầu người năm 2030 là 8.500 USD.
      Phấn đấu đến năm 2030 huyện đạt được các chỉ tiêu chủ yếu: lượng khách du lịch đến năm 2030 ước đạt 250 nghìn lượt.
      """
    #expect(try Self.rows(text) == [Row(57_000, "2030"), Row(8_500, "2030"), Row(250, "2030")])
  }

  /// `ước đạt` after a `;` that closed the goal's clause (`… vượt mục tiêu Nghị quyết đề ra;
  /// tốc độ … ước đạt 9,5%`) still reports a result (HC).
  @Test func anEstimateAfterTheGoalsClauseIsAResult() throws {
    let text = """
      Năm 2031, cả 17/17 chỉ tiêu đạt và vượt mục tiêu Nghị quyết đề ra; tốc độ tăng trưởng kinh tế ước đạt 9,5%.
      """
    #expect(try Self.rows(text) == [Row(9.5, "2031", .observation)])
  }

  /// `Đến cuối năm 2032, … là 28,54%` in a text that reports 2033 in its own words: `đến`
  /// dates a state there, it sets no horizon (HB).
  @Test func aYearBeforeTheReportedOneDatesAState() throws {
    let text = """
      Đến cuối năm 2032, tỷ lệ hộ nghèo toàn tỉnh là 28,54%.
      GRDP bình quân đầu người năm 2033 ước đạt 47,2 triệu đồng.
      """
    #expect(
      try Self.rows(text) == [Row(28.54, "2032", .observation), Row(47.2, "2033", .observation)])
  }

  /// `Đến năm 2035, … còn 1,5%` after results of 2031 is ahead of them: a horizon (HB).
  @Test func aYearAfterTheReportedOneStaysAHorizon() throws {
    let text = """
      Năm 2031, GRDP bình quân đầu người ước đạt 47,2 triệu đồng.
      Đến năm 2035, tỷ lệ hộ nghèo toàn tỉnh còn 1,5%.
      """
    #expect(try Self.rows(text) == [Row(47.2, "2031", .observation), Row(1.5, "2035")])
  }

  /// `tăng 5,1% (kế hoạch tăng 5,1 - 5,2%)`: the plan quoted in brackets beside a figure makes
  /// that figure a result and is itself the year's target; it sets no goal for the paragraph,
  /// so a results run reads the paragraph's other figures as results (HD).
  @Test func aPlanInBracketsBesideAFigureMakesItAResult() throws {
    let text = """
      Theo báo cáo thực hiện năm 2031, khu vực nông nghiệp tăng 5,1% (kế hoạch tăng 5,1 - 5,2%); khu vực dịch vụ tăng 7,2% (kế hoạch tăng 9 - 10%).
      Tổng vốn đầu tư toàn xã hội bằng 28,5% GRDP; thu ngân sách nhà nước năm 2031 ước đạt 13.100 tỷ đồng.
      """
    #expect(
      try Self.rows(text) == [
        Row(5.1, "2031", .observation), Row(5.1, "2031", .target, high: 5.2, .range),
        Row(7.2, "2031", .observation), Row(9, "2031", .target, high: 10, .range),
        Row(28.5, "2031", .observation), Row(13_100, "2031", .observation),
      ])
  }

  /// The plan abbreviated (`KH`, `KBTT`) after `/` or `(` is quoted as `(kế hoạch …)` is (MC):
  /// `ước chiếm 23,4%/KH 24,5-25,5%` holds a result and the year's target, and the next result
  /// after `;` is not read into the quote. `KH-CN` (science and technology) quotes nothing, and
  /// a bracket inside the quote (`(kịch bản tăng trưởng (KBTT): 7,87%)`) does not close it.
  @Test func anAbbreviatedPlanBesideAFigureIsTheYearsTarget() throws {
    let text = """
      Theo báo cáo thực hiện năm 2031, tỷ trọng nông nghiệp ước chiếm 23,4%/KH 24,5-25,5%; công nghiệp ước chiếm 31,6%/KH 31,0-31,5%; sản lượng lương thực ước đạt 38.198 tấn/KH 41.000-42.000 tấn.
      Tăng trưởng 9 tháng năm 2031 ước đạt 6,9% (kịch bản tăng trưởng (KBTT): 7,87%), dịch vụ ước đạt 7,22% (KBTT: 8,16%); có 30 doanh nghiệp KH-CN.
      """
    let rows = try Self.rows(text)
    #expect(
      rows.map { [$0.value, $0.high ?? 0] } == [
        [23.4, 0], [24.5, 25.5], [31.6, 0], [31, 31.5], [38_198, 0], [41_000, 42_000],
        [6.9, 0], [7.87, 0], [7.22, 0], [8.16, 0], [30, 0],
      ], "\(rows)")
    #expect(
      rows.map(\.role) == [
        .observation, .target, .observation, .target, .observation, .target,
        .observation, .target, .observation, .target, .observation,
      ], "\(rows)")
  }

  /// `Các chỉ tiêu kinh tế - xã hội năm 2032 1. …`: the year after `chỉ tiêu` is the plan's own
  /// and governs its list; `so với ước thực hiện năm 2031` is the base the figure is compared
  /// with, neither its year nor a report (HE).
  @Test func aPlansFiguresComparedWithTheYearBeforeKeepThePlansYear() throws {
    let text = """
      Các chỉ tiêu kinh tế - xã hội năm 2032 1. Tăng trưởng kinh tế (GRDP) từ 7,5% đến 8%. 2. GRDP bình quân đầu người đạt 90,4 triệu đồng, tăng từ 10,2% đến 10,7% so với ước thực hiện năm 2031.
      """
    #expect(
      try Self.rows(text) == [
        Row(7.5, "2032", high: 8, .range), Row(90.4, "2032"), Row(10.2, "2032", high: 10.7, .range),
      ])
  }

  /// `tăng 12% so với thực hiện năm 2031`: what was done in a year is a base, not the figure's
  /// year (HE).
  @Test func whatWasDoneInAYearIsABase() throws {
    let text = """
      Năm 2032, tỉnh phấn đấu đạt kết quả cao nhất các mục tiêu.
      Cụ thể, tổng sản phẩm trên địa bàn tăng trên 10%; thu ngân sách nội địa tăng 12% so với thực hiện năm 2031.
      """
    #expect(try Self.rows(text) == [Row(10, "2032", .target, .greaterThan), Row(12, "2032")])
  }

  /// `Để đạt mục tiêu tăng trưởng cả năm …`, `phải đạt …`: a goal still to meet sets goals; the
  /// paragraph's figures stay targets though the next one reports results (HF).
  @Test func aGoalStillToMeetIsAGoal() throws {
    let text = """
      Để đạt mục tiêu tăng trưởng cả năm 2032 từ 8,0% trở lên, 06 tháng cuối năm tỉnh phải đạt tốc độ tăng trưởng 8,8%.
      Ở kết quả 6 tháng đầu năm 2032, tỷ trọng khu vực nông nghiệp trong GRDP của tỉnh còn cao (chiếm 34,8%).
      """
    #expect(
      try Self.rows(text) == [
        Row(8, "2032", .target, .atLeast), Row(8.8, "2032"), Row(34.8, "2032", .observation),
      ])
  }

  /// `10/10 chỉ tiêu … đạt và vượt so với nghị quyết đề ra`, `nhiều chỉ tiêu … tăng trưởng
  /// cao`: the plan's items counted in a report set no goal; `vượt … so với nghị quyết` measures
  /// a result against the resolution (HG).
  @Test func thePlansItemsCountedInAReportSetNoGoal() throws {
    let text = """
      Năm 2031, 10/10 chỉ tiêu trong lĩnh vực kinh tế của huyện đạt và vượt so với nghị quyết đề ra. Cụ thể, tổng doanh thu thương mại, dịch vụ hơn 29.900 tỷ đồng, vượt hơn 7% so với nghị quyết, tăng hơn 22% so với năm 2030.
      Năm 2031, nhiều chỉ tiêu kinh tế - xã hội của huyện tăng trưởng cao so với năm 2030. Cụ thể, thu ngân sách đạt gần 900 tỷ đồng, đạt 130%.
      """
    let rows = try Self.rows(text)
    #expect(rows.map(\.value) == [29_900, 7, 22, 900, 130])
    #expect(rows.allSatisfy { $0.role == .observation }, "\(rows)")
  }

  /// `Đại hội thống nhất 22 chỉ tiêu chủ yếu …`: a bare count names the plan's own list, whose
  /// figures stay goals (HG).
  @Test func thePlansOwnListStaysAGoal() throws {
    let text = """
      Đại hội thống nhất 22 chỉ tiêu chủ yếu nhiệm kỳ 2031-2036, trong đó tăng trưởng kinh tế bình quân 8%/năm.
      """
    #expect(try Self.rows(text) == [Row(8, "2036")])
  }

  /// A target on a line where another figure is read as a past result is marked for the
  /// reviewer and its confidence lowered; the same target on a line of its own is not.
  @Test func aTargetBesideAResultIsMarkedForReview() throws {
    let extractor = try ExtractionFixture.extractor()
    let beside = extractor.extract(
      "Thu ngân sách năm 2031 ước đạt 12.450 tỷ đồng; phấn đấu đến năm 2035 đạt 20.000 tỷ đồng.\n",
      geo: "lai-chau")
    let alone = extractor.extract(
      "Thu ngân sách năm 2031 ước đạt 12.450 tỷ đồng.\nPhấn đấu đến năm 2035 đạt 20.000 tỷ đồng.\n",
      geo: "lai-chau")
    #expect(beside.map(\.role) == [.observation, .target])
    #expect(alone.map(\.role) == [.observation, .target])
    let marked = try #require(beside.last)
    let plain = try #require(alone.last)
    #expect(marked.reason.contains("role to check: a figure on its line is read as a past result"))
    #expect(!plain.reason.contains("role to check"))
    #expect(marked.confidence < plain.confidence)
    #expect(!(beside.first?.reason.contains("role to check") ?? true))
  }

  /// `… ước đạt 12.450 tỷ đồng; năm 2032 phấn đấu đạt 13.000 tỷ đồng`: a goal word after a `;`
  /// that follows the word of report starts a goal, whatever year it names.
  @Test func aGoalAfterTheReportsClauseIsAGoal() throws {
    let text = """
      Thu ngân sách năm 2031 ước đạt 12.450 tỷ đồng; năm 2032 phấn đấu đạt 13.000 tỷ đồng.
      """
    #expect(try Self.rows(text) == [Row(12_450, "2031", .observation), Row(13_000, "2032")])
  }

  /// `Nghị quyết … năm 2032 với các chỉ tiêu như: …` lists the plan's goals: `với` compares
  /// only as `so với`, or right before the goal word (HH).
  @Test func aResolutionWithItsTargetsSetsGoals() throws {
    let text = """
      Kỳ họp đã hoàn thành toàn bộ nội dung, tạo nền tảng phát triển năm 2032 và giai đoạn 2032 – 2036.
      Kỳ họp đã thông qua Nghị quyết về nhiệm vụ năm 2032 với các chỉ tiêu như: GRDP tăng 10%, thu ngân sách tăng tối thiểu 12%.
      """
    #expect(try Self.rows(text) == [Row(10, "2032"), Row(12, "2032", .target, .atLeast)])
  }

  /// `tăng trưởng GRDP (7,23%) chưa đạt được mục tiêu đề ra` measures a result against the
  /// goal: `được` may stand between `đạt` and the goal word, and the results go on after it
  /// (HH).
  @Test func aResultShortOfItsGoalIsAResult() throws {
    let text = """
      Tổng kết năm 2031, tăng trưởng GRDP của tỉnh ước đạt 7,23%, xếp thứ 25/34 cả nước.
      Dù vậy, tăng trưởng GRDP (7,23%) chưa đạt được mục tiêu đề ra.
      Cùng với đó, quy mô nền kinh tế đạt trên 306.000 tỷ đồng, GRDP bình quân đầu người đạt gần 95 triệu đồng/người/năm.
      """
    let rows = try Self.rows(text)
    #expect(rows.map(\.value) == [7.23, 25, 7.23, 306_000, 95])
    #expect(rows.allSatisfy { $0.role == .observation && $0.year == "2031" }, "\(rows)")
  }

  /// `Theo Quy hoạch tỉnh giai đoạn 2031-2040, … dự kiến đạt 15-16%` after a year's results:
  /// the master plan's figures are goals, and so are those of the paragraph after (HH).
  @Test func theMasterPlansFiguresAreGoals() throws {
    let text = """
      Năm 2031, tăng trưởng GRDP của tỉnh ước đạt 13,87%, giá trị GRDP ước đạt 209,15 nghìn tỷ đồng.
      Tính từ năm 2029, tỉnh liên tiếp 3 năm dẫn đầu cả nước về tăng trưởng kinh tế. Theo Quy hoạch tỉnh giai đoạn 2031-2040, tốc độ tăng trưởng bình quân giai đoạn này dự kiến đạt 15-16%.
      Trong đó, công nghiệp - xây dựng tăng 17-18%/năm, dịch vụ tăng 10-11%/năm.
      """
    let rows = try Self.rows(text)
    #expect(rows.prefix(2).map(\.role) == [.observation, .observation], "\(rows)")
    #expect(
      Array(rows.dropFirst(2)) == [
        Row(15, "2040", high: 16, .range), Row(17, "2040", high: 18, .range),
        Row(10, "2040", high: 11, .range),
      ])
  }

  /// `Theo kịch bản mới, … được điều chỉnh tăng từ 10,16 - 11,94%` after a report of seven
  /// months: a growth scenario sets the quarter's goal (HH).
  @Test func aGrowthScenarioSetsGoals() throws {
    let text = """
      Tỉnh vừa công bố điều chỉnh kịch bản tăng trưởng GRDP cho hai quý còn lại của năm 2031, trên cơ sở kết quả thực hiện 7 tháng đầu năm.
      Theo kịch bản mới, tốc độ tăng trưởng GRDP quý III được điều chỉnh tăng từ 10,16 - 11,94%.
      """
    let rows = try Self.rows(text)
    #expect(rows.map(\.value) == [10.16])
    #expect(rows.map(\.role) == [.target], "\(rows)")
  }

  /// `… chưa đạt được mục tiêu đề ra, tỉnh quyết tâm đạt mục tiêu tăng GRDP năm 2032 trên 10%`:
  /// resolved to meet a goal, as `để đạt mục tiêu` (HF, HH).
  @Test func aGoalResolvedToMeetIsAGoal() throws {
    let text = """
      Năm 2031, tăng trưởng GRDP của tỉnh ước đạt 7,23%. Mặc dù chưa đạt được mục tiêu đề ra, tỉnh quyết tâm đạt mục tiêu tăng GRDP năm 2032 trên 10%.
      """
    #expect(
      try Self.rows(text) == [
        Row(7.23, "2031", .observation), Row(10, "2032", .target, .greaterThan),
      ])
  }

  /// `vượt mục tiêu đề ra là 8,5%`, `chỉ tiêu 1,765 tỷ USD`: a report quotes the goal it
  /// measures a result against; the figure after the goal word is the goal (KK). A margin over
  /// the plan (`vượt kế hoạch 2.660 ha`) and a goal met (`đã hoàn thành mục tiêu 100% xã`) are
  /// results.
  @Test func aReportQuotingItsGoalGivesATarget() throws {
    let text = """
      Năm 2031, tăng trưởng GRDP ước đạt 9,2%, vượt mục tiêu đề ra là 8,5%. Kim ngạch xuất khẩu ước đạt 1,8 tỷ USD, chỉ tiêu 1,765 tỷ USD.
      Năm 2031, diện tích gieo trồng lúa đạt 352.660 ha, vượt kế hoạch 2.660 ha; tỉnh đã hoàn thành mục tiêu 100% xã đạt chuẩn nông thôn mới.
      """
    #expect(
      try Self.rows(text).map(\.role) == [
        .observation, .target, .observation, .target, .observation, .observation, .observation,
      ])
    let found = try CountedThingsTests.candidates(text)
    #expect(
      found.count > 1
        && found[1].reason.contains("a goal: 'mục tiêu đề ra là' names the goal the figure states"))
  }
}
