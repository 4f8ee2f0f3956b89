import Testing

@testable import Catalog
@testable import Extraction

/// Results told without a report word before the figure (docs/methodology.md, "Year scopes and
/// past results", set 5's rules), on sentences written for these tests, with diacritics and in
/// the diacritic-less spelling of OCR text.
@Suite struct ResultContextTests {
  typealias Row = ScopeReadingTests.Row

  /// `giai đoạn qua` is the term just ended, as `nhiệm kỳ qua` is; `vượt dự toán` and `kỷ lục`
  /// are said of results. Under a new term's title, they are results of its first year.
  @Test func thePeriodJustEndedAndItsRecordsAreResults() throws {
    let text = """
      Lễ khai mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ II (nhiệm kỳ 2026 - 2031)

      Báo cáo chính trị cho biết tốc độ tăng trưởng GRDP bình quân giai đoạn qua đạt 6,9%/năm, đứng thứ 12/34 tỉnh, thành trong cả nước.

      Thu ngân sách hằng năm luôn vượt dự toán, bình quân tăng 12%/năm, có năm đạt kỷ lục 29,5%.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [6.9, 12, 12, 29.5])
    #expect(rows.allSatisfy { $0.role == .observation }, "\(rows)")
    #expect(rows.allSatisfy { $0.year == "2026" }, "\(rows)")
  }

  /// Praise (`tăng trưởng ấn tượng`) is given to results; after a goal word it is a goal's.
  @Test func praiseBeforeAFigureMarksAResultUnlessAGoalComesFirst() throws {
    let text = """
      Sau 5 năm tăng trưởng ấn tượng, tỉnh đạt tốc độ GRDP năm 2026 lên tới 9,8%, đứng thứ 6 cả nước.
      Tỉnh phấn đấu giữ mức tăng trưởng ấn tượng, đạt 10%/năm.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [9.8, 6, 10])
    #expect(rows.map(\.role) == [.observation, .observation, .target])
    #expect(rows[0].year == "2026")
  }

  /// `Hiện nay, 100% …` and `Đến nay, toàn tỉnh có …` tell the present state: results, and the
  /// sentences after a figureless one go on telling them. A goal word after `Hiện nay` still
  /// sets a goal.
  @Test func thePresentStateBeforeTheFiguresIsAResult() throws {
    let text = """
      Các xã đã xác định mục tiêu chuyển đổi số đến năm 2031 như: bảo đảm hơn 85% hồ sơ được xử lý trên môi trường mạng.
      Chủ tịch phường cho biết: Hiện nay, 100% cán bộ, công chức của phường đã sử dụng phần mềm quản lý văn bản.
      Hiện nay, tỉnh đặt mục tiêu đến năm 2031 có 90% hồ sơ sức khỏe điện tử.
      Đến nay, toàn tỉnh có nhiều trạm thu phát sóng di động.
      Tỷ lệ dân số được phủ sóng mạng di động 4G đạt 99,5%.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [85, 100, 90, 99.5])
    #expect(rows.map(\.role) == [.target, .observation, .target, .observation])
    #expect(rows[0].year == "2031")
    #expect(rows[2].year == "2031")
  }

  /// A period after `so với`, `hơn` or `lần` is the base of a comparison, not the figure's year:
  /// the results keep the year of the term whose end they report.
  @Test func aBasePeriodIsNotTheYear() throws {
    let text = """
      Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2026 - 2031.
      Trong nhiệm kỳ qua, tổng vốn đầu tư toàn xã hội ước đạt hơn 650 nghìn tỷ đồng, tăng 1,2 lần so với giai đoạn 2016–2021.
      Tốc độ tăng trưởng GRDP bình quân đạt khoảng 8,1%/năm, cao hơn giai đoạn 2016 – 2021.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [650, 1.2, 8.1])
    #expect(rows.allSatisfy { $0.role == .observation }, "\(rows)")
    #expect(rows.allSatisfy { $0.year == "2026" }, "\(rows)")
  }

  /// A photo caption naming the term again (`nhiệm kỳ 2026 - 2031 ẢNH: …`) between results does
  /// not turn the text to goals.
  @Test func aCaptionNamingTheTermAgainKeepsResults() throws {
    let text = """
      Đại hội đại biểu Đảng bộ tỉnh lần thứ I (nhiệm kỳ 2026 - 2031) ẢNH: T.HÀ

      Thu ngân sách 5 năm qua vượt 150.000 tỉ đồng.

      Đại biểu dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2026 - 2031 ẢNH: T.HÀ

      Cơ cấu kinh tế chuyển dịch đúng hướng, công nghiệp - dịch vụ chiếm hơn 68% GRDP. Đến năm 2026, GRDP toàn tỉnh ước đạt gần 180.000 tỉ đồng.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [150_000, 68, 180_000])
    #expect(rows.allSatisfy { $0.role == .observation }, "\(rows)")
  }

  /// Among results of the term just ended, `đến năm 2026` (the year the term named before
  /// starts) is that term's end: a result, and so are the sentences after it.
  @Test func theYearANewTermStartsIsAResultAmongResults() throws {
    let text = """
      Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2026-2031 chính thức khai mạc.
      Trong nhiệm kỳ vừa qua, tỉnh duy trì tốc độ tăng trưởng kinh tế bình quân 6,1%/năm. Quy mô nền kinh tế đến năm 2026 đạt 120.000 tỷ đồng. GRDP bình quân đầu người đạt 90 triệu đồng.
      Đại hội đặt ra mục tiêu mới: thu nhập bình quân đầu người đạt 110 triệu đồng vào năm 2031.
      """
    #expect(
      try ResultReadingTests.rows(text) == [
        Row(6.1, "2026", .observation), Row(120_000, "2026", .observation),
        Row(90, "2026", .observation), Row(110, "2031"),
      ])
  }

  /// `đã hoàn thành …, đề ra mục tiêu … 11%/năm`: a goal word after a comma past the report
  /// words sets a goal when the figure's year is still ahead, or, in a text with no forward
  /// horizon, when its term is the latest named.
  @Test func aGoalAfterACommaPastReportWordsIsAGoal() throws {
    let lead = """
      Đại hội Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2026-2031 đã hoàn thành các nội dung, chương trình đề ra và thành công tốt đẹp, đề ra mục tiêu tốc độ tăng trưởng GRDP bình quân 11%/năm.
      """
    #expect(
      try ResultReadingTests.rows(lead + "\nĐến năm 2031, GRDP bình quân đầu người đạt 7.000 USD.")
        == [Row(11, "2031"), Row(7_000, "2031")])
    #expect(try ResultReadingTests.rows(lead) == [Row(11, "2031")])
    // A term that a later one named before has ended tells results, whatever follows.
    let ended = """
      Đại hội Đảng bộ tỉnh nhiệm kỳ 2026-2031 khai mạc. Nhiệm kỳ 2021-2026 đã hoàn thành các chỉ tiêu chủ yếu, đề ra mục tiêu mới; GRDP tăng bình quân 6,6%/năm.
      """
    #expect(try ResultReadingTests.rows(ended).map(\.role) == [.observation])
  }

  /// After results up to `năm 2026`, a period ending by then (`Trong giai đoạn 2021 - 2026`) is
  /// one reported on; a later period (`Giai đoạn 2026-2031`) is a plan's.
  @Test func aPeriodEndingByTheResultsYearIsReported() throws {
    let text = """
      Đến năm 2026, quy mô GRDP của tỉnh ước đạt 140.000 tỷ đồng, xếp thứ 20/34 tỉnh, thành phố.
      Trong giai đoạn 2021 - 2026, tổng vốn FDI đăng ký hơn 4,1 tỷ USD.
      Giai đoạn 2026-2031, GRDP tăng bình quân 9%/năm.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [140_000, 20, 4.1, 9])
    #expect(rows.map(\.role) == [.observation, .observation, .observation, .target])
    #expect(rows.map(\.year) == ["2026", "2026", "2026", "2031"])
  }

  /// `hoàn thành mục tiêu` measures a result against its goal: no goal is set there.
  @Test func aGoalMetIsAResult() throws {
    let text = """
      Năm 2026, giá trị xuất khẩu ước đạt 7 tỷ USD.
      Tỉnh hoàn thành mục tiêu giảm nghèo, tỷ lệ hộ nghèo còn 1,9%.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [7, 1.9])
    #expect(rows.allSatisfy { $0.role == .observation }, "\(rows)")
  }

  /// A briefing's `… cho biết tốc độ tăng trưởng … đạt 7,4%`, an evaluation (`chuyển dịch đúng
  /// hướng`) and a cut-off date (`Tính đến 30/11/2026, …`) tell results; `cho biết` before a goal
  /// or a year ahead still sets a goal.
  @Test func briefingsEvaluationsAndCutOffDatesTellResults() throws {
    let text = """
      Sáng 16/1, UBND tỉnh tổ chức họp báo về kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026; mục tiêu, nhiệm vụ năm 2027.
      Thông tin tại buổi họp báo, ông A cho biết tốc độ tăng trưởng GRDP của tỉnh đạt 7,4%, thuộc nhóm khá trong cả nước. GRDP bình quân đầu người đạt khoảng 68 triệu đồng.
      Năm 2026 được xác định là năm bứt phá nhằm hoàn thành các chỉ tiêu nhiệm kỳ 2021–2026. Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng với nông - lâm nghiệp chiếm 21,5%.
      Tính đến 30/11/2026, tổng kim ngạch xuất nhập khẩu đạt hơn 70,2 tỷ USD.
      Ông B cho biết, đến năm 2031 tỉnh có 50% doanh nghiệp dùng hợp đồng điện tử.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [7.4, 68, 21.5, 70.2, 50])
    #expect(rows.map(\.role) == [.observation, .observation, .observation, .observation, .target])
    #expect(rows[4].year == "2031")
  }

  /// `Trong 5 năm trở lại đây` reports results; after results, `các chỉ tiêu đều đạt` after the
  /// figure names what was measured, not a goal.
  @Test func theLastYearsAndMeasuredItemsAreResults() throws {
    let text = """
      Trong 5 năm trở lại đây, kinh tế của tỉnh duy trì đà tăng trưởng trên 9%/năm.
      Thu ngân sách năm 2021 đạt hơn 14.000 tỷ đồng, các chỉ tiêu đều đạt và vượt.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [9, 14_000])
    #expect(rows.allSatisfy { $0.role == .observation }, "\(rows)")
  }

  /// `Hơn 98 triệu đồng - đó là mức … ước đạt vào năm 2026`: a sentence that opens with its
  /// figure takes its tense from the words after it, and its `vào năm 2026` is no horizon the
  /// text looks forward to, so the current year's forecast after it is a result estimate too.
  @Test func aSentenceOpeningWithItsFigureTakesTheTenseAfterIt() throws {
    let text = """
      Hơn 98 triệu đồng - đó là mức GRDP bình quân đầu người của tỉnh ước đạt vào năm 2026, gấp gần hai lần so với đầu nhiệm kỳ.
      Trong 5 năm, tỉnh vẫn giữ được nhịp tăng trưởng 7,2%/năm, cao hơn bình quân cả nước. Quy mô nền kinh tế mở rộng nhanh, GRDP năm 2026 dự kiến đạt 350 nghìn tỷ đồng.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [98, 7.2, 350])
    #expect(rows.allSatisfy { $0.role == .observation }, "\(rows)")
    #expect(rows[0].year == "2026")
  }

  /// `giai đoạn 2017 - 2021 đạt 5,2%/năm; giai đoạn 2022 - 2024 ước đạt 8,8%/năm`: beside a
  /// result of a later period, an earlier period's figure is a result too.
  @Test func anEarlierPeriodBesideAResultIsAResult() throws {
    let text = """
      Kinh tế tiếp tục phát triển, tốc độ tăng trưởng GRDP bình quân giai đoạn 2017 - 2021 đạt 5,2%/năm; giai đoạn 2022 - 2024 ước đạt 8,8%/năm.
      """
    #expect(
      try ResultReadingTests.rows(text) == [
        Row(5.2, "2021", .observation), Row(8.8, "2024", .observation),
      ])
  }

  /// `phấn đấu nâng tỷ lệ từ 55% lên 70%`: the level a change starts from is a result even
  /// under a goal word; `từ 10% trở lên` is a floor, not a start.
  @Test func theLevelAChangeStartsFromIsAResult() throws {
    let text = """
      Đến năm 2031, phấn đấu nâng tỷ lệ lao động qua đào tạo từ 55% lên 70%; tăng trưởng GRDP từ 10% trở lên.
      """
    #expect(
      try ResultReadingTests.rows(text).map(\.role) == [.observation, .target, .target])
  }

  /// `Ban chấp hành … nhiệm kỳ 2021-2026 đưa ra mục tiêu … vào năm 2031` after the new term was
  /// named: the ended term names who sets the goals, and the goals take the horizon after it;
  /// a goal sentence with no such horizon (`Trong nhiệm kỳ 2021 - 2026, tỉnh đã đề ra 23 chỉ
  /// tiêu …`) still hands its ended term to the results after it.
  @Test func anEndedTermNamesWhoSetsTheGoals() throws {
    let goals = """
      Nội dung của đại hội là xác định phương hướng, mục tiêu của nhiệm kỳ 2026-2031.
      Dự thảo báo cáo chính trị của Ban chấp hành Đảng bộ tỉnh nhiệm kỳ 2021-2026 đưa ra mục tiêu chính là xây dựng tỉnh trở thành thành phố trực thuộc Trung ương vào năm 2031.
      Trong đó, tốc độ tăng trưởng GRDP bình quân hàng năm từ 11-12%; thu ngân sách nhà nước 375.000 tỷ đồng.
      """
    #expect(
      try ResultReadingTests.rows(goals) == [
        Row(11, "2031", high: 12, .range), Row(375_000, "2031"),
      ])
    let results = """
      Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2026 - 2031 chính thức khai mạc.
      Trong nhiệm kỳ 2021 - 2026, tỉnh đã đề ra 23 chỉ tiêu chủ yếu, kết quả có 17 chỉ tiêu đạt và vượt. Tốc độ tăng trưởng kinh tế bình quân đạt 5,5%/năm.
      """
    #expect(try ResultReadingTests.rows(results) == [Row(5.5, "2026", .observation)])
  }

  /// `đặt mục tiêu` sets a goal where `đạt mục tiêu` meets one: in text with marks the two are
  /// told apart; without marks `dat muc tieu` is read as the far commoner `đặt mục tiêu`, and
  /// `đã đạt` still reports the result.
  @Test func settingAGoalIsNotMeetingOne() throws {
    let text = """
      Năm 2026, GRDP của tỉnh ước đạt 17.000 tỷ đồng.
      Theo dự thảo Nghị quyết, tỉnh đặt mục tiêu tăng trưởng GRDP bình quân 10–11%/năm.
      Tỉnh đã đạt mục tiêu giảm nghèo, tỷ lệ hộ nghèo còn 1,9%.
      """
    #expect(
      try ResultReadingTests.rows(text).map(\.role) == [.observation, .target, .observation])
  }

  /// `hoàn thành và vượt toàn bộ 17/17 chỉ tiêu`, `đạt và vượt hầu hết các chỉ tiêu` and `theo
  /// đúng kế hoạch` measure results against goals: across a count or a quantifier the goal word
  /// is a yardstick, not a goal.
  @Test func goalsMetAndExceededAreResults() throws {
    let met = """
      Năm 2026 tỉnh hoàn thành và vượt toàn bộ 17/17 chỉ tiêu phát triển, đạt mức tăng trưởng GRDP 8% theo đúng kế hoạch.
      """
    #expect(try ResultReadingTests.rows(met) == [Row(8, "2026", .observation)])
    let exceeded = """
      Đại hội đại biểu Đảng bộ thành phố lần thứ 19, nhiệm kỳ 2026-2031, khai mạc sáng nay.
      Báo cáo chính trị cho biết nhiệm kỳ 2021-2026, thành phố đạt và vượt hầu hết các chỉ tiêu Nghị quyết Đại hội. Quy mô GRDP đạt khoảng 70 tỷ USD.
      """
    #expect(
      try ResultReadingTests.rows(exceeded) == [Row(70, "2026", .observation, .approximately)])
  }

  /// `đạt gần 56 ngàn tỉ đồng, bằng 120% dự toán;`: a share of the budget estimate measures a
  /// result, and so the figure it qualifies within the clause; under a goal word both are goals.
  @Test func aShareOfTheEstimateMakesAResult() throws {
    let text = """
      Năm 2026, thu ngân sách của tỉnh đạt gần 56 ngàn tỉ đồng, bằng 120% dự toán; đứng đầu khu vực.
      Năm 2027, tỉnh phấn đấu thu ngân sách đạt 60 ngàn tỉ đồng, bằng 105% dự toán.
      """
    #expect(
      try ResultReadingTests.rows(text).map(\.role) == [
        .observation, .observation, .target, .target,
      ])
  }

  /// `năm nay dự kiến được 737.000 tỷ đồng`: this year's forecast is the present state.
  @Test func thisYearsForecastIsThePresentState() throws {
    let text = """
      Thu ngân sách của thành phố năm nay dự kiến được 737.000 tỷ đồng, chiếm 36,7% tổng thu ngân sách quốc gia.
      """
    #expect(
      try ResultReadingTests.rows(text).map(\.role) == [.observation, .observation])
  }

  /// `… ước đạt 230 triệu đồng, gấp 1,7 lần cả nước và hướng đến 15.000-16.000 USD vào năm
  /// 2031`: after the report words, an aim at a figure whose own year is ahead sets a goal; an aim
  /// with no figure after it (`… hướng đến Chính quyền số`) leaves results as they are.
  @Test func anAimAfterAResultIsAGoal() throws {
    let text = """
      GRDP bình quân đầu người năm 2026 ước đạt 230 triệu đồng, gấp 1,7 lần cả nước và hướng đến 15.000-16.000 USD vào năm 2031.
      Năm 2026, tỷ lệ hồ sơ trực tuyến ước đạt 85%, triển khai kiến trúc chính quyền điện tử hướng đến Chính quyền số.
      """
    #expect(
      try ResultReadingTests.rows(text).map(\.role) == [
        .observation, .observation, .target, .observation,
      ])
  }
  /// Set 8's results: a figure set beside the same period of last year (`so với cùng kỳ`) or
  /// above the national average (`cao hơn so với bình quân chung cả nước`) is a result.
  @Test func aFigureSetBesideLastYearOrTheNationIsAResult() throws {
    let text = """
      Tăng trưởng kinh tế năm 2026 đạt 7,4% (cao hơn so với bình quân chung cả nước).
      Giá trị sản xuất công nghiệp năm 2026 đạt 1.200 nghìn tỷ đồng, tăng 9% so với cùng kỳ.
      Phấn đấu năm 2027 tăng trưởng kinh tế đạt 8%.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [7.4, 1200, 9, 8])
    #expect(rows.map(\.role) == [.observation, .observation, .observation, .target], "\(rows)")
  }

  /// `đã` (already) before a figure tells a result where the text has marks; without marks
  /// `da` is also `đa` (`tối đa`), so an OCR text keeps its reading.
  @Test func alreadyMarksAResultWhereTheTextHasMarks() throws {
    let marked = try ScopeReadingTests.rows(
      "Tỉnh đã phủ sóng di động 4G đến 98,5% địa bàn và đang phủ sóng 5G trong năm 2027.")
    #expect(marked.map(\.role) == [.observation], "\(marked)")
    let bare = try ScopeReadingTests.rows(
      "Den nam 2030, ty le ho ngheo giam, toi da 3%.")
    #expect(bare.map(\.role) == [.target], "\(bare)")
    #expect(bare.first?.comparator == .atMost)
  }

  /// `đã` after a figure, in the clause the figure is the subject of (`100% đơn vị … đã thành
  /// lập`), tells what was done (MB). Not when `đã` qualifies the noun (`lao động đã qua đào
  /// tạo`) or restates a goal (`3,4% đã đề ra`), nor under a goal word.
  @Test func alreadyAfterItsSubjectMarksAResult() throws {
    let done = try ScopeReadingTests.rows(
      """
      Kế hoạch chuyển đổi số tỉnh đến năm 2025.
      Theo đó, 100% đơn vị, địa phương đã thành lập ban chỉ đạo; 99,9% thôn, bản đã có hạ tầng cáp quang.
      """)
    #expect(done.map(\.value) == [100, 99.9])
    #expect(done.map(\.role) == [.observation, .observation], "\(done)")
    let trained = try ScopeReadingTests.rows(
      """
      Kế hoạch chuyển đổi số tỉnh đến năm 2025.
      Tỉnh có 70% lao động đã qua đào tạo.
      """)
    #expect(trained.map(\.role) == [.target], "\(trained)")
    let restated = try ScopeReadingTests.rows(
      """
      Kế hoạch phát triển nông nghiệp đến năm 2030.
      Tăng trưởng nông nghiệp đạt trên 3,4% đã đề ra trong nghị quyết.
      """)
    #expect(restated.map(\.role) == [.target], "\(restated)")
    let goal = try ScopeReadingTests.rows(
      """
      Kế hoạch xây dựng nông thôn mới đến năm 2030.
      Phấn đấu 100% xã đã được công nhận đạt chuẩn nông thôn mới duy trì các tiêu chí.
      """)
    #expect(goal.map(\.role) == [.target], "\(goal)")
  }

  /// `đến năm 2020` after the text has told results of 2020, with no goal word before the
  /// figure, dates a state reached, not a horizon (ME); `Phấn đấu đến năm 2020 …` stays a goal.
  @Test func aYearAlreadyReportedIsNoHorizon() throws {
    let told = """
      Tốc độ tăng trưởng GRDP giai đoạn 2015 - 2020 ước đạt 5,25%; quy mô nền kinh tế năm 2020 đạt 89.362 tỷ đồng. Tỉnh đã có 61 xã đạt chuẩn nông thôn mới, tỉ lệ hộ nghèo đến năm 2020 giảm còn 1,93%.
      """
    let rows = try ScopeReadingTests.rows(told)
    #expect(rows.map(\.value) == [5.25, 89_362, 61, 1.93])
    #expect(rows.allSatisfy { $0.role == .observation }, "\(rows)")
    let goal = """
      Tốc độ tăng trưởng GRDP giai đoạn 2015 - 2020 ước đạt 5,25%; quy mô nền kinh tế năm 2020 đạt 89.362 tỷ đồng. Phấn đấu đến năm 2020 tỉ lệ hộ nghèo giảm còn 1,5%.
      """
    #expect(try ScopeReadingTests.rows(goal).last?.role == .target)
  }

  /// A vote of the delegates (`100% đại biểu đã thống nhất thông qua`) is no figure of the plan.
  @Test func aVoteOfTheDelegatesIsNoFigure() throws {
    let rows = try ScopeReadingTests.rows(
      "Tại phiên bế mạc, 100% đại biểu đã thống nhất thông qua Nghị quyết; đến năm 2030 tỷ lệ đô thị hóa đạt 40%."
    )
    #expect(rows.map(\.value) == [40], "\(rows)")
  }

  /// Among results, a year the sentence goes on past with a forecast (`Đến năm 2025, … đạt …;
  /// năm 2026 dự kiến đạt …`) has been reached; in a plan the same years are goals.
  @Test func aYearBeforeAForecastAmongResultsIsReached() throws {
    let text = """
      Trong nhiệm kỳ vừa qua, tỉnh đạt được nhiều kết quả. Đến năm 2025, quy mô nền kinh tế đạt 120 nghìn tỷ đồng; năm 2026 dự kiến đạt 131 nghìn tỷ đồng.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [120, 131])
    #expect(rows.first?.role == .observation, "\(rows)")
    let plan = """
      Phấn đấu đến năm 2027, quy mô nền kinh tế đạt 140 nghìn tỷ đồng; năm 2030 dự kiến đạt 180 nghìn tỷ đồng.
      """
    #expect(try ResultReadingTests.rows(plan).map(\.role) == [.target, .target])
  }

  /// The facts of a place as it stands (`diện tích tự nhiên`, `dân số tại thời điểm …`) are
  /// no goals, whatever period the sentence names: proposed as observations of the date they
  /// are stated at, or of no year. The head count (`901.234 người`) is a count of people since
  /// the counted nouns (I3), a fact of its date like the share after it.
  @Test func theFactsOfAPlaceAreNotGoals() throws {
    let text = """
      Theo Quy hoạch tỉnh thời kỳ 2021-2030, tỉnh có tổng diện tích tự nhiên là 412.345 ha.
      Dân số tại thời điểm ngày 31-12-2024 là 901.234 người, dân tộc Tày chiếm 31,5%.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(
      rows == [
        Row(412_345, "", .observation), Row(901_234, "2024", .observation),
        Row(31.5, "2024", .observation),
      ], "\(rows)")
  }

  /// A goal the text states without a figure (`mục tiêu tổng quát đến năm 2027 là …`) sets the
  /// horizon of the figures after it; an aim beyond the horizon already in force (`đặt mục tiêu
  /// đến năm 2045 trở thành …` after a 2026-2030 term) does not.
  @Test func aGoalStatedWithoutAFigureSetsTheHorizonAfterIt() throws {
    let narrowing = """
      Kế hoạch chuyển đổi số của tỉnh đến năm 2030.
      Theo đó, mục tiêu tổng quát đến năm 2027 là tỉnh cơ bản hoàn thành chuyển đổi số. Phấn đấu chỉ số chuyển đổi số nằm trong nhóm 15 tỉnh dẫn đầu cả nước; tối thiểu 40% doanh nghiệp nhỏ và vừa sử dụng nền tảng số.
      """
    let rows = try ResultReadingTests.rows(narrowing)
    #expect(rows.map(\.value) == [15, 40])
    #expect(rows.allSatisfy { $0.year == "2027" && $0.role == .target }, "\(rows)")
    let wider = """
      Đại hội thống nhất mục tiêu tổng quát giai đoạn 2026-2030 là phát triển nhanh, bền vững.

      Tỉnh đặt mục tiêu đến năm 2045 trở thành trung tâm kinh tế của vùng.

      Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.
      """
    #expect(try ResultReadingTests.rows(wider) == [Row(90, "2030", .target, .greaterThan)])
  }
  /// Set 9: a statistics office publishing the year's figures (`công bố số liệu thống kê`)
  /// reports results, in the sentences after it too.
  @Test func aStatisticsReleaseReportsResults() throws {
    let text = """
      Chiều 6-1, Thống kê tỉnh tổ chức họp báo công bố số liệu thống kê kinh tế - xã hội năm 2026.

      Theo đó, tốc độ tăng trưởng GRDP đạt 7,6%, xếp thứ 21/34 địa phương cả nước. GRDP bình quân đầu người đạt 91,2 triệu đồng.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [7.6, 21, 91.2], "\(rows)")
    #expect(rows.allSatisfy { $0.role == .observation && $0.year == "2026" }, "\(rows)")
  }

  /// Set 9: an annual plan named with a long name before its year (`Nghị quyết Kế hoạch phát
  /// triển kinh tế - xã hội thành phố năm 2027`) gives that year to the targets it lists.
  @Test func anAnnualPlansLongNameGivesItsYearToItsList() throws {
    let text = """
      Tại kỳ họp, HĐND tỉnh đã thông qua Nghị quyết Kế hoạch phát triển kinh tế - xã hội tỉnh Lai Châu năm 2027. Theo đó, mục tiêu tổng quát là tiếp tục thúc đẩy tăng trưởng.

      Nghị quyết quy định 22 chỉ tiêu chủ yếu, trong đó: GRDP tăng 9,5%; GRDP/người đạt 75 triệu đồng; kim ngạch xuất khẩu tăng 10%.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [9.5, 75, 10], "\(rows)")
    #expect(rows.allSatisfy { $0.role == .target && $0.year == "2027" }, "\(rows)")
  }
  /// Set 10: months of the year reported (`09 tháng đầu năm`, a span, not a figure), a result
  /// beside its scenario (`vượt kịch bản đề ra`), last year (`so cùng kỳ năm trước`) or the plan
  /// it tracks (`bám sát kế hoạch`), and the present (`Hiện toàn tỉnh đang có 180 trường`, a
  /// count of schools since the counted nouns).
  @Test func monthsReportedAndResultsBesideTheirScenarioAreResults() throws {
    let text = """
      Lai Châu tăng trưởng GRDP 09 tháng đầu năm đạt 9,42%, vượt kịch bản đề ra, đứng thứ 06/34 tỉnh, thành phố.

      Tổng vốn đầu tư toàn xã hội tăng 6,1% so cùng kỳ năm trước.

      Tăng trưởng GRDP ở mức cao, đạt 8,8%, bám sát kế hoạch được giao.

      Hiện toàn tỉnh đang có 180 trường tiểu học; tỷ lệ học sinh đi học đúng độ tuổi đạt 99,2%.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [9.42, 6, 6.1, 8.8, 180, 99.2], "\(rows)")
    #expect(rows.allSatisfy { $0.role == .observation }, "\(rows)")
  }

  /// Set 10: the term of the council that meets (`HĐND tỉnh khóa XV, nhiệm kỳ 2021-2026`) is no
  /// horizon; a school year after `so với` is a base; a lead closed by `:` (`mục tiêu cơ bản đến
  /// năm 2027 gồm:`) replaces the year of the lines before.
  @Test func aCouncilsTermIsNoHorizonAndALeadReplacesTheYearBefore() throws {
    let council = """
      Kế hoạch phát triển kinh tế - xã hội đến năm 2027

      Kỳ họp thứ 5 HĐND tỉnh khóa XV, nhiệm kỳ 2021-2026 đã thông qua nghị quyết. Theo đó, tỉnh phấn đấu tăng trưởng GRDP đạt 8,5%.
      """
    #expect(try ResultReadingTests.rows(council) == [Row(8.5, "2027")])
    let lead = """
      Phấn đấu đến năm 2030 đưa tỉnh trở thành trung tâm chuyển đổi số của vùng.
      Theo đó, mục tiêu cơ bản đến năm 2027 gồm:
      Trên 90% dịch vụ công trực tuyến toàn trình.
      """
    #expect(try ResultReadingTests.rows(lead) == [Row(90, "2027", .target, .greaterThan)])
    let school = try ResultReadingTests.rows(
      "Tỷ lệ trẻ mẫu giáo đi học đạt 96,5% (tăng 0,4% so với năm học 2024-2025).")
    #expect(school.allSatisfy { $0.year != "2025" }, "\(school)")
  }
  /// Set 11: a place in a ranking with no goal before it (`xếp thứ 26/63`) and a share of the
  /// plan (`bằng 101,1% kế hoạch`) are results; after a goal word, with a forward year, or under
  /// a lead they stay goals.
  @Test func aPlaceInARankingAndAShareOfThePlanAreResults() throws {
    let results = """
      Năm 2026, thu ngân sách bằng 101,1% kế hoạch; tăng trưởng kinh tế xếp thứ 26/63 cả nước, thứ 6/14 trong vùng.
      """
    let rows = try ResultReadingTests.rows(results)
    #expect(rows.map(\.value) == [101.1, 26, 6], "\(rows)")
    #expect(rows.allSatisfy { $0.role == .observation }, "\(rows)")
    let goals = """
      Mục tiêu đến năm 2030:
      - Tăng trưởng kinh tế xếp thứ 15/34 cả nước.
      - Phấn đấu hoàn thành 100% kế hoạch giải ngân vốn đầu tư công.
      """
    let goalRows = try ResultReadingTests.rows(goals)
    #expect(goalRows.map(\.value) == [15, 100], "\(goalRows)")
    #expect(goalRows.allSatisfy { $0.role == .target && $0.year == "2030" }, "\(goalRows)")
  }
  /// Set 11: in a sentence that sets no goal and has nothing ahead, one result makes the other
  /// figures results too; under a lead in force the level a change starts from does not turn
  /// its goal into a result.
  @Test func oneResultMakesASentenceWithoutGoalsResults() throws {
    let results = try ResultReadingTests.rows(
      "Năm 2026, tăng trưởng kinh tế tăng 7,8%, xếp thứ 26/63 cả nước.")
    #expect(results.map(\.value) == [7.8, 26], "\(results)")
    #expect(results.allSatisfy { $0.role == .observation }, "\(results)")
    let lead = """
      Mục tiêu đến năm 2030:
      - Tỷ lệ đô thị hóa từ 30% lên 50%.
      """
    #expect(
      try ResultReadingTests.rows(lead) == [Row(30, "2030", .observation), Row(50, "2030")])
  }
}
