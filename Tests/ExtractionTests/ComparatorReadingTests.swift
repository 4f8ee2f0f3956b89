import Support
import Testing

@testable import Catalog
@testable import Extraction

/// Comparators, ranges and units read around a figure, in both spellings.
@Suite struct ComparatorReadingTests {
  /// The figures of `text` as (comparator, value, high, kind).
  static func figures(_ text: String) -> [(Comparison, Double, Double?, Extraction.Figure.Kind)] {
    let plan = Extraction.PlanText(text)
    let range = 0..<plan.tokens.count
    let stream = Extraction.WordStream(plan, range)
    return Extraction.FigureReading.figures(
      in: range, of: plan, stream: stream, startsCount: { _ in false }
    ).map { ($0.quantity.comparator, $0.quantity.value, $0.quantity.valueHigh, $0.kind) }
  }

  @Test(arguments: [
    ("đạt tối thiểu 40%", Comparison.atLeast, 40.0), ("dat t6i thiéu 40%", .atLeast, 40),
    ("dat tdi thiéu 40%", .atLeast, 40), ("ít nhất 15%", .atLeast, 15),
    ("it nhat 15%", .atLeast, 15),
    ("từ 37,6% trở lên", .atLeast, 37.6), ("dat tir 37,6 % tr¢ 1én", .atLeast, 37.6),
    ("chiếm từ 10% GRDP", .atLeast, 10), ("không thấp hơn 2%", .atLeast, 2),
    ("khong thdp hon 2%", .atLeast, 2), ("ở mức trên 55%", .greaterThan, 55),
    ("& muc trén 55%", .greaterThan, 55), ("chiếm hơn 60%", .greaterThan, 60),
    ("vượt 70%", .greaterThan, 70), ("duy tri trén 0,75", .greaterThan, 0.75),
    ("đạt 85%", .equal, 85), ("bố trí 3%", .equal, 3), ("đầu tư 2%", .equal, 2),
    ("dau tu 2%", .equal, 2), ("tối đa 3%", .atMost, 3), ("không quá 2,5%", .atMost, 2.5),
    ("dưới 2%", .lessThan, 2), ("xudng dudi 2%", .lessThan, 2), ("khoảng 20%", .approximately, 20),
    ("at least 30%", .atLeast, 30), ("over 30%", .greaterThan, 30), ("below 5%", .lessThan, 5),
  ])
  func comparatorWords(_ text: String, _ comparator: Comparison, _ value: Double) throws {
    let found = Self.figures(text)
    try #require(found.count == 1, "\(found)")
    #expect(found[0].0 == comparator)
    #expect(found[0].1 == value)
  }

  /// A comparator word closes at a comma: `… ấn tượng hơn, đạt 10%/năm` is `= 10`, while a
  /// comparator right before the figure still counts after a comma (`…, trên 90%`).
  @Test(arguments: [
    ("tăng trưởng ấn tượng hơn, đạt 10%/năm", Comparison.equal, 10.0),
    ("tang truong an tuong hon, dat 10%/nam", .equal, 10),
    ("tỷ lệ hồ sơ trực tuyến, trên 90%", .greaterThan, 90),
  ])
  func aComparatorClosesAtAComma(_ text: String, _ comparator: Comparison, _ value: Double)
    throws
  {
    let found = Self.figures(text)
    try #require(found.count == 1, "\(found)")
    #expect(found[0].0 == comparator)
    #expect(found[0].1 == value)
  }

  /// Signs as tables and some plans write them: `≥ 30%` is at least 30 (not `> 30`), `> 55%`
  /// more than 55 (not `≥`), `<5%` below 5; `>=` and `<=` in two characters; a sign on the line
  /// before is not the figure's.
  @Test(arguments: [
    ("tỷ trọng ≥ 30%", Comparison.atLeast, 30.0), ("ty trong >= 30%", .atLeast, 30),
    ("ở mức > 55%", .greaterThan, 55), ("tỷ lệ hộ nghèo <5%", .lessThan, 5),
    ("tỷ lệ ≤ 2%", .atMost, 2), ("ty le <= 2%", .atMost, 2), ("khoảng ~ 40%", .approximately, 40),
    ("tỷ lệ <\n40%", .equal, 40),
  ])
  func comparatorSigns(_ text: String, _ comparator: Comparison, _ value: Double) throws {
    let found = Self.figures(text)
    try #require(found.count == 1, "\(found)")
    #expect(found[0].0 == comparator)
    #expect(found[0].1 == value)
  }

  @Test(arguments: [
    ("khoảng 9-10% GRDP", Comparison.approximately, 9.0, 10.0),
    ("khoang 9-10% GRDP", .approximately, 9, 10), ("tăng 16 - 18%/năm", .range, 16, 18),
    ("tang trung binh 16 - 18%/nam", .range, 16, 18), ("đạt 8 - 10%", .range, 8, 10),
    ("chiếm 20% - 30%", .range, 20, 30), ("từ 8 đến 10%", .range, 8, 10),
    ("đạt từ 8.700-9.200 USD", .range, 8700, 9200),
  ])
  func ranges(_ text: String, _ comparator: Comparison, _ low: Double, _ high: Double) throws {
    let found = Self.figures(text)
    try #require(found.count == 1, "\(found)")
    #expect(found[0].0 == comparator)
    #expect(found[0].1 == low && found[0].2 == high)
  }

  @Test func unitsDecideTheKindOfFigure() {
    #expect(Self.figures("tăng 10%/năm").first?.3 == .percentPerYear)
    #expect(Self.figures("tang 10%/nim").first?.3 == .percentPerYear)
    #expect(Self.figures("đạt 15 người trên một vạn dân").first?.3 == .per10k)
    #expect(Self.figures("dat 10 can bo nghién khoa hoc/1 van dan").map(\.1) == [10])
    #expect(Self.figures("thuộc nhóm 10 tỉnh dẫn đầu").first?.0 == .atMost)
    #expect(Self.figures("thudc nhém 10 tinh").first?.3 == .rank)
    #expect(Self.figures("02 doanh nghiệp").first?.3 == .count)
    #expect(Self.figures("trên 0,623").first?.3 == .index)
    #expect(Self.figures("đạt 240.000 tỷ đồng").first?.1 == 240)
    #expect(Self.figures("45 per cent").first?.3 == .percent)
  }

  /// A `tỷ đồng` figure becomes trillions with the source's precision: `12.450 tỷ đồng` is
  /// 12.45, not 12.450000000000001 (`12450 * 0.001`), and the figure as written comes back.
  @Test func aConversionKeepsTheSourcesPrecision() throws {
    let extractor = try ExtractionFixture.extractor()
    let text = "Thu ngân sách đạt 12.450 tỷ đồng, 5.590,8 tỷ đồng và 29.900 - 30.100 tỷ đồng.\n"
    let found = extractor.extract(text, geo: "lai-chau")
    #expect(found.map(\.quantity.value) == [12.45, 5.5908, 29.9])
    #expect(found.last?.quantity.valueHigh == 30.1)
    #expect(found.map(\.statedQuantity.value) == [12_450, 5_590.8, 29_900])
    #expect(found.map { Text.shortestNumber($0.quantity.value) } == ["12.45", "5.5908", "29.9"])
  }

  @Test func datesDocumentNumbersAndLabelsAreNotFigures() {
    let text = """
      Nghị quyết số 57-NQ/TW ngày 22/12/2024; Quyết định số 569/QĐ-TTg; ngày 23 tháng 01 \
      năm 2025; Phụ lục 01; là 1 trong 10 nhiệm vụ; 2025-01-25T10:04:04-0800; năm 2030.
      """
    #expect(Self.figures(text).isEmpty)
  }
}
