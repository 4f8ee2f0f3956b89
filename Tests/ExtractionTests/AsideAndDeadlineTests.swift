import Testing

@testable import Catalog
@testable import Extraction

/// Years in brackets, after a sentence's last figure, inside a one-year plan's period, in
/// quarter deadlines, after a goal's `cho` and in a naming bracket; results told by `đã`, `năm
/// liền`, `cán mốc` and `chỉ đạt`; the whole country as a ranking's field (docs/methodology.md,
/// HK-HT). Sentences written for these tests, none taken from a labelled set.
@Suite struct AsideAndDeadlineTests {
  typealias Row = ScopeReadingTests.Row

  /// `… tối thiểu 20% (đến năm 2032 đạt 30%); …`: the bracket's year is its own figure's; the
  /// figures outside keep the lead's year, also in the clause after the bracket.
  @Test func aBracketedYearDatesOnlyItsOwnFigure() throws {
    let text = """
      Theo đó, tỉnh đặt mục tiêu đến năm 2027, tỷ lệ A chiếm tối thiểu 20% (đến năm 2032 đạt 30%); tỷ lệ B đạt trên 10% (đến năm 2032 đạt trên 15%).
      """
    #expect(
      try ResultReadingTests.rows(text) == [
        Row(20, "2027", .target, .atLeast), Row(30, "2032"),
        Row(10, "2027", .target, .greaterThan), Row(15, "2032", .target, .greaterThan),
      ])
  }

  /// A bracket holding only a year (`45% (năm 2020)`) still dates the figure before it.
  @Test func aBracketWithOnlyAYearDatesTheFigureBeforeIt() throws {
    let text = """
      Nhìn lại giai đoạn vừa qua, tỷ lệ che phủ rừng đạt 45% (năm 2020), tăng 3 điểm phần trăm.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.first == Row(45, "2020", .observation))
  }

  /// `đến năm 2031, … 30% GRDP và tăng lên 45% GRDP vào năm 2046.` then `Trong đó, … 60%`: the
  /// trailing year is the 45%'s own; the sentence's lead still governs what follows.
  @Test func aYearAfterTheLastFigureLeavesTheLeadInForce() throws {
    let text = """
      Theo kế hoạch, đến năm 2031, kinh tế số của tỉnh sẽ chiếm khoảng 30% GRDP và tăng lên 45% GRDP vào năm 2046. Trong đó, tỷ lệ doanh nghiệp dùng nền tảng số dự kiến đạt 60%.
      """
    #expect(
      try ResultReadingTests.rows(text) == [
        Row(30, "2031", .target, .approximately), Row(45, "2046"), Row(60, "2031"),
      ])
  }

  /// A one-year plan (`Kế hoạch … năm 2027`) set in a period that holds its year (`giai đoạn
  /// 2027–2031`) gives its own year to the goals after it.
  @Test func aOneYearPlansPeriodDoesNotReplaceItsYear() throws {
    let text = """
      Kế hoạch chuyển đổi số của tỉnh năm 2027 vừa ban hành đặt mục tiêu đưa kinh tế số thành động lực tăng trưởng giai đoạn 2027–2031.
      Tỉnh phấn đấu 90% cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng.
      """
    #expect(try ResultReadingTests.rows(text) == [Row(90, "2027")])
  }

  /// `vào quý 3/2027`, `trước tháng 6/2028`: a deadline inside a year, with a forward word, is
  /// that year's horizon.
  @Test func aQuarterOrMonthDeadlineGivesItsYear() throws {
    let text = """
      Thành phố phấn đấu 100% người dân có tài khoản định danh điện tử vào quý 3/2027.
      Tỉnh phấn đấu 80% hồ sơ được số hóa trước tháng 6/2028.
      """
    #expect(try ResultReadingTests.rows(text) == [Row(100, "2027"), Row(80, "2028")])
  }

  /// `Tính đến tháng 7/2027, …` (as of) dates the state it tells: results of 2027; a month after
  /// `đến` is a deadline only when `tính` does not stand before it.
  @Test func asOfAMonthDatesAResult() throws {
    let text = """
      Phấn đấu đến năm 2030, toàn tỉnh có 900 doanh nghiệp khoa học và công nghệ.
      Tính đến tháng 7/2027, toàn tỉnh có 540 doanh nghiệp khoa học và công nghệ, tăng hơn 38% so với cùng kỳ.
      """
    #expect(
      try ResultReadingTests.rows(text) == [
        Row(900, "2030"), Row(540, "2027", .observation),
        Row(38, "2027", .observation, .greaterThan),
      ])
  }

  /// `đặt ra mục tiêu rất cao cho năm 2027` (a goal for the year) sets the horizon of the list
  /// after it, in place of the five-year period the text opened with.
  @Test func aGoalForAYearSetsTheHorizonAfterIt() throws {
    let text = """
      Năm 2027 là năm thứ hai triển khai kế hoạch phát triển kinh tế – xã hội 5 năm giai đoạn 2026-2030.
      Tỉnh đặt ra mục tiêu rất cao cho năm 2027 với quyết tâm hoàn thành các chỉ tiêu.
      Tỉnh tập trung vào các chỉ tiêu cơ bản: tăng trưởng kinh tế 9%; thu ngân sách trên 30.000 tỷ đồng.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [9, 30000])
    #expect(rows.map(\.year) == ["2027", "2027"])
  }

  /// A year in a bracket that names something (`(giá so sánh năm 2015)`, `(theo Bộ tiêu chí …
  /// giai đoạn 2026-2030)`) dates no figure after the bracket, and sets no horizon for the
  /// sentences after it.
  @Test func aYearInANamingBracketDatesNothingAfterIt() throws {
    let text = """
      Các chỉ tiêu chủ yếu năm 2027: tốc độ tăng giá trị sản xuất bình quân hằng năm (giá so sánh năm 2015) đạt 12%.
      Tỷ lệ xã đạt chuẩn nông thôn mới (theo Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026-2030) đạt tối thiểu 20%. Tỷ lệ thu gom chất thải rắn đạt 90%.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [12, 20, 90])
    #expect(rows.map(\.year) == ["2027", "2027", "2027"])
    #expect(rows.map(\.role) == [.target, .target, .target])
  }

  /// `điện tử năm 2027` is no `từ năm 2027` (a start, passed over): as written, `tử` is not
  /// `từ`. Without marks the two are one word, so only the marked spelling is asserted.
  @Test func aWordThatOnlyFoldsLikeTuDoesNotHideAYear() throws {
    let text = """
      Mục tiêu cụ thể: tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử năm 2027 đạt 70%, năm 2032 đạt 90%.
      """
    #expect(try ScopeReadingTests.rows(text) == [Row(70, "2027"), Row(90, "2032")])
  }

  /// `Trong năm 2027, … đã xử lý … 68%`: the text's first year ahead, named without a forward
  /// word, does not outweigh `đã`. (`đã` is read as written only.)
  @Test func alreadyOutweighsAnUnmarkedYearThatIsTheTextsFirstAhead() throws {
    let text = """
      Phấn đấu đến cuối năm 2027, 80% hồ sơ thủ tục hành chính được xử lý trực tuyến.
      Trong năm 2027, tỉnh đã xử lý trực tuyến 68% hồ sơ thủ tục hành chính.
      """
    #expect(
      try ScopeReadingTests.rows(text) == [Row(80, "2027"), Row(68, "2027", .observation)])
  }

  /// `3 năm liền vượt mốc …`, `cán mốc …`: records told, not goals.
  @Test func yearsInARowAndAMilestoneReachedAreResults() throws {
    let text = """
      Thu ngân sách của tỉnh 3 năm liền vượt mốc 20.000 tỷ đồng; giai đoạn 2022 - 2026 đạt hơn 110.500 tỷ đồng.
      Hành trình 5 năm đưa kim ngạch xuất khẩu cán mốc 16 tỷ USD.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [20000, 110_500, 16])
    #expect(rows.map(\.role) == [.observation, .observation, .observation])
  }

  /// `so với năm liền kề` (the year before) is a base, not `năm liền` (in a row): the goal stays.
  @Test func theYearBeforeIsNoRecord() throws {
    let text = """
      Phấn đấu đến năm 2030, tốc độ tăng thu ngân sách so với năm liền kề đạt 12%.
      """
    #expect(try ResultReadingTests.rows(text) == [Row(12, "2030")])
  }

  /// `Đến cuối năm 2027, … chỉ đạt 40%, trong khi mục tiêu đề ra là 60%`: only reached is a
  /// result even by a forward year, and the goal is set against it; `chứng chỉ đạt 35%` (a
  /// certificate) still counts a goal.
  @Test func onlyReachedIsAResultAndWhereasOpensTheGoal() throws {
    let text = """
      Đến cuối năm 2027, tỷ lệ hồ sơ trực tuyến toàn trình chỉ đạt 40%, trong khi mục tiêu đề ra là 60%.
      Phấn đấu đến năm 2030, tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 35%.
      """
    #expect(
      try ResultReadingTests.rows(text) == [
        Row(40, "2027", .observation), Row(60, "2027"), Row(35, "2030"),
      ])
  }

  /// `nhóm 63 tỉnh, thành … và 34 tỉnh, thành`: the whole country before and after the 2025
  /// merger is the field of a ranking, not a rank group; `nhóm 10 tỉnh` still is one.
  @Test func theWholeCountryIsNoRankGroup() throws {
    let text = """
      Chỉ số năm 2027 được đánh giá theo hai nhóm 63 tỉnh, thành và 34 tỉnh, thành; tỉnh phấn đấu đến năm 2030 vào nhóm 10 tỉnh dẫn đầu.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows == [Row(10, "2030", .target, .atMost)])
  }
}
