import Testing

@testable import Catalog
@testable import Extraction

/// Figure forms read from plan wording (docs/methodology.md, "Extracting targets", set 6's
/// forms), on sentences written for these tests, with diacritics and in the diacritic-less
/// spelling of OCR text.
@Suite struct FigureFormTests {
  typealias Row = ScopeReadingTests.Row

  /// Tonnes, hectares and workers are figures plans set (`trên 230.000 tấn`, `11.000 ha`,
  /// `9.000-10.000 lao động/năm`), kept as written with no catalog unit.
  @Test func outputsAreasAndWorkersAreFigures() throws {
    let text = """
      Đến năm 2026: tổng sản lượng lương thực có hạt trên 230.000 tấn; diện tích cây chè 11.000 ha, trong đó trồng mới 2.500 ha; sản lượng đạt 61,5 vạn tấn.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [230_000, 11_000, 2_500, 61.5])
    #expect(rows.allSatisfy { $0.role == .target && $0.year == "2026" }, "\(rows)")
  }

  /// `tương ứng chiếm 27-30-43%`: three shares joined by dashes that add up to 100 are one
  /// figure each, not a range; dashes that do not add up to a whole are no structure.
  @Test func aStructureWrittenWithDashesIsOneFigurePerShare() throws {
    let text = """
      Lạng Sơn phấn đấu đến năm 2021, tỷ trọng các ngành nông nghiệp - công nghiệp, xây dựng, dịch vụ trong cơ cấu GRDP tương ứng chiếm 27-30-43%.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows == [Row(27, "2021"), Row(30, "2021"), Row(43, "2021")])
    let notWhole = """
      Lạng Sơn phấn đấu đến năm 2021, tỷ trọng các ngành tương ứng chiếm 20-30-40%.
      """
    #expect(try ResultReadingTests.rows(notWhole).count < 3)
  }

  /// `gấp 1,9 lần so với năm 2021`, `tăng 1,14 lần`, `gấp hơn 3 lần`, `gần 1,8 lần`, `gấp 3,5 - 4
  /// lần`: multiples of a base are figures, proposed unclassified (no catalog unit holds them)
  /// with a note to name the base; a frequency (`2 lần/năm`) and an ordinal (`lần thứ 3`) are not.
  @Test func multiplesOfABaseAreProposedUnclassified() throws {
    let text = """
      Trong nhiệm kỳ qua, quy mô GRDP ước đạt 360.000 tỷ đồng, gấp 1,9 lần so với năm 2021; tổng vốn đầu tư tăng 1,14 lần; thu ngân sách gấp hơn 3 lần; vốn FDI tăng gần 1,8 lần.
      Đại hội lần thứ 3 đề ra mục tiêu đến năm 2031 quy mô kinh tế gấp 3,5 - 4 lần năm 2021, kiểm tra 2 lần/năm.
      """
    // The results' year is the title's here (none is written); the figures are what is checked.
    let rows = try ResultReadingTests.rows(text).map { row in
      var row = row
      if row.role == .observation { row.year = "" }
      return row
    }
    #expect(
      rows == [
        Row(360_000, "", .observation), Row(1.9, "", .observation), Row(1.14, "", .observation),
        Row(3, "", .observation, .greaterThan), Row(1.8, "", .observation, .approximately),
        Row(3.5, "2031", high: 4, .range),
      ])
    let candidates = try ExtractionFixture.extractor().extract(text, geo: "lai-chau")
    let multiples = candidates.filter { $0.note.contains("a multiple") }
    #expect(multiples.count == 5)
    #expect(multiples.allSatisfy { $0.indicator == nil && $0.unit == nil })
  }
  /// Set 8's forms: percentage points (`giảm 1-1,5 điểm%/năm`), a life expectancy with `từ …
  /// trở lên` (an age group without `tuổi thọ` is no figure), amounts in `triệu VND` and `đô la
  /// Mỹ`, and a vote (`với trên 90,5% đại biểu tán thành`), which is no figure of a plan.
  @Test func pointsLifetimesCurrenciesAndVotes() throws {
    let text = """
      Đến năm 2030, tỷ lệ hộ nghèo giảm 1-1,5 điểm%/năm; tuổi thọ trung bình đạt từ 76,5 tuổi trở lên; người từ 60 tuổi trở lên được khám sức khỏe định kỳ.
      Đến năm 2030, GRDP bình quân đầu người đạt 280 triệu VND, tương đương 11.200 đô la Mỹ.
      Với trên 92,3% đại biểu tán thành, Hội đồng nhân dân tỉnh thông qua Nghị quyết.
      """
    let candidates = try ExtractionFixture.extractor().extract(text, geo: "lai-chau")
    let read = candidates.map {
      "\($0.indicatorID) \($0.unit?.rawValue ?? "-") \($0.statedQuantity.comparator.rawValue) "
        + "\($0.statedQuantity.value)"
    }
    #expect(
      read == [
        "poverty_rate_reduction percent_per_year range 1.0",
        "life_expectancy years >= 76.5",
        "grdp_per_capita vnd_million_per_person = 280.0",
        "unclassified - = 11200.0",
      ], "\(read)")
    let units = ComparatorReadingTests.figures("đạt 11.200 đô la Mỹ").map(\.3)
    #expect(units == [.measure(.usdPerPerson)])
  }
  /// A place out of a count (`xếp thứ 26/63`) is read where the sentence ends right after it
  /// (`.`, `;`), and `thứ 6/12` is a place, not a day and a month.
  @Test func aPlaceOutOfACountMayEndItsSentence() throws {
    let text = """
      Năm 2026, chỉ số PCI của tỉnh xếp thứ 26/63.
      Năm 2026, chỉ số PAR INDEX xếp thứ 6/12 trong vùng; SIPAS xếp thứ 30/63.
      """
    let candidates = try ExtractionFixture.extractor().extract(text, geo: "lai-chau")
    #expect(
      candidates.map { "\($0.quantity.value) \($0.kind.rawValue)" } == [
        "26.0 rank", "6.0 rank", "30.0 rank",
      ], "\(candidates.map(\.quote))")
  }

  /// `mỗi 10.000 dân có 10 bác sĩ`, `1 vạn dân có 35 giường bệnh`: the base stated first makes
  /// the figure after `có` a figure per 10,000 people; `10.000 dân` after `trên` or `/` is the
  /// base of the figure before it, not a figure; and a year before a comma is never the figure
  /// that `10.000 dân` follows.
  @Test func aBaseOfTenThousandPeopleIsNoFigure() throws {
    let extractor = try ExtractionFixture.extractor()
    for text in [
      "Đến năm 2030, mỗi 10.000 dân có 10 bác sĩ.",
      "Đến năm 2030, 10.000 dân có 10 bác sĩ.",
      "Đến năm 2030, đạt 10 bác sĩ trên 10.000 dân.",
      "Đến năm 2030, đạt 10 bác sĩ/10.000 dân.",
    ] {
      let rows = try ResultReadingTests.rows(text)
      #expect(rows == [Row(10, "2030")], "\(text)")
      let candidates = extractor.extract(text, geo: "lai-chau")
      #expect(candidates.map(\.indicator) == ["doctors_per_10k"], "\(text)")
    }
    let beds = try #require(
      extractor.extract("Đến năm 2030, bình quân 1 vạn dân có 35 giường bệnh.", geo: "lai-chau")
        .first)
    #expect(beds.statedQuantity.value == 35 && beds.unit == .per10kPeople)
  }

  /// `trồng mới 416ha rừng`, `trên 9.000ha`, `1.200con`: a number written against a unit plans
  /// use is split from it as `10.370USD` is; `5G` stays one word (KM).
  @Test func aNumberWrittenAgainstItsUnitIsAFigure() throws {
    let text = """
      Đến năm 2031, trồng mới 416ha rừng, trên 9.000ha lúa; phủ sóng 5G đến 100% xã; đàn bò 1.200con.
      """
    let rows = try ResultReadingTests.rows(text)
    #expect(rows.map(\.value) == [416, 9_000, 100, 1_200])
    #expect(rows.allSatisfy { $0.role == .target && $0.year == "2031" }, "\(rows)")
    let plan = Extraction.PlanText("9.000ha 5G")
    #expect(plan.tokens.map(\.text) == ["9.000", "ha", "5G"])
  }
}
