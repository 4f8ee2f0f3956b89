import Testing

@testable import Catalog
@testable import Extraction

/// Counts of things no catalog indicator holds (docs/methodology.md, I3): places, bodies, works,
/// outputs and people are proposed unclassified, naming what they count; descriptions of the
/// territory, a congress's members and years before a noun are not. Sentences written for these
/// tests, none taken from a labelled set.
@Suite struct CountedThingsTests {
  typealias Row = ScopeReadingTests.Row

  static func candidates(_ text: String) throws -> [CandidateTarget] {
    try ExtractionFixture.extractor().extract(text, geo: "lai-chau")
  }

  /// The kinds of thing a 57-NQ programme counts, with no comparator and none of them in the
  /// lexicon: each is a target of the lead's year, unclassified.
  @Test func countsOfThingsAreProposedUnclassified() throws {
    let text = """
      Mục tiêu đến năm 2029: thành lập 4 vườn ươm doanh nghiệp; đăng ký 35 bằng sáng chế; hỗ trợ 12 ý tưởng khởi nghiệp; xây dựng 7 phòng thí nghiệm; đào tạo nghề cho 9.500 người; thêm 3 huyện đạt chuẩn nông thôn mới.
      """
    #expect(
      try ResultReadingTests.rows(text) == [
        Row(4, "2029"), Row(35, "2029"), Row(12, "2029"), Row(7, "2029"), Row(9500, "2029"),
        Row(3, "2029"),
      ])
    #expect(try Self.candidates(text).allSatisfy { $0.indicator == nil })
  }

  /// `đàn bò đạt 1.200 con`: `con` counts animals, as agricultural plans and reports set them;
  /// `2 con số` (growth in two digits) counts nothing (KD).
  @Test func animalsAreCountedButNotDigits() throws {
    let text =
      "Đến năm 2031, đàn bò đạt 1.200 con, đàn gia cầm 750.000 con; tăng trưởng kinh tế đạt 2 con số."
    #expect(try ResultReadingTests.rows(text) == [Row(1_200, "2031"), Row(750_000, "2031")])
  }

  /// Connection speeds (`đạt 70Mb/s`, `36 Mb/s`, `86,96 Mbps`), which digital-infrastructure
  /// plans set, are figures with their unit as written, `/s` included (MD); before, a number
  /// glued to `Mb` was no number at all.
  @Test func aConnectionSpeedIsAFigure() throws {
    let text =
      "Đến năm 2031, tốc độ Internet di động đạt 70Mb/s, cố định đạt 100 Mb/s, tải xuống 86,96 Mbps."
    #expect(
      try ResultReadingTests.rows(text) == [Row(70, "2031"), Row(100, "2031"), Row(86.96, "2031")])
    let notes = try Self.candidates(text).map(\.note)
    #expect(notes.first?.contains("a count of 'Mb/s'") == true, "\(notes)")
    #expect(notes.last?.contains("a count of 'Mbps'") == true, "\(notes)")
  }

  /// The note names the counted thing as written, in the reviewer's words for the indicator to
  /// choose; the reason says the catalog has none, in both languages.
  @Test func theNoteNamesWhatIsCounted() throws {
    let text = "Đến năm 2029, tỉnh phấn đấu có ít nhất 6 trung tâm đổi mới sáng tạo."
    let found = try Self.candidates(text)
    #expect(found.count == 1)
    let first = try #require(found.first)
    #expect(first.statedQuantity.comparator == .atLeast)
    #expect(first.note.contains("a count of 'trung tâm', name its indicator or reject"))
    #expect(first.reason.contains("a count of 'trung tâm', which no catalog indicator holds"))
    let vietnamese = ReasonText.vietnamese(first.reason)
    #expect(vietnamese.contains("số lượng 'trung tâm', danh mục chưa có chỉ tiêu cho nó"))
    #expect(!vietnamese.contains("tiếng Anh"))
  }

  /// A count of the lexicon's own (`doanh nghiệp khởi nghiệp`) keeps its indicator: the new
  /// nouns only reach figures no keyword explains.
  @Test func aLexiconCountKeepsItsIndicator() throws {
    let text = "Đến năm 2029, toàn tỉnh có 150 doanh nghiệp khởi nghiệp sáng tạo."
    let found = try Self.candidates(text)
    #expect(found.count == 1)
    #expect(found.first?.indicator != nil)
    #expect(found.first?.note.contains("a count of") == false)
  }

  /// `6 huyện (Mường A, Mường B)`, `5 xã Nậm Cuổi, Pa Tần`, `3 phường: Đông Phong, …`: the
  /// places named after the count describe the territory.
  @Test func placesNamedAfterTheirCountDescribeTheTerritory() throws {
    let text = """
      Đến năm 2029, tỉnh gồm 6 huyện (Mường A, Mường B, Tân C, Phong D, Sìn E, Than F); 5 xã Nậm Cuổi, Pa Tần, Hua Bum, Nậm Ban và Mường Mô thuộc vùng biên giới; thành phố có 3 phường: Đông Phong, Tân Phong, Quyết Thắng.
      """
    #expect(try ResultReadingTests.rows(text) == [])
  }

  /// The guard above reads only places: a count of places that goes on to what they reach is a
  /// target, as is a count of bodies followed by their names.
  @Test func aCountOfPlacesThatReachAGoalStays() throws {
    let text = """
      Đến năm 2029, có thêm 2 huyện đạt chuẩn nông thôn mới và 15 thôn, bản được công nhận; thành lập 2 trung tâm (Trung tâm Dữ liệu, Trung tâm Điều hành).
      """
    #expect(
      try ResultReadingTests.rows(text) == [Row(2, "2029"), Row(15, "2029"), Row(2, "2029")])
  }

  /// `đại diện cho hơn 85.000 đảng viên`: the members a congress's delegates stand for are a
  /// meeting fact, like the delegates; members a plan admits are a target.
  @Test func membersACongressRepresentsAreNoFigure() throws {
    let text = """
      Đại hội có 320 đại biểu chính thức, đại diện cho hơn 85.000 đảng viên trong toàn Đảng bộ.
      Nhiệm kỳ 2026-2031, phấn đấu kết nạp mới 4.200 đảng viên.
      """
    #expect(try ResultReadingTests.rows(text) == [Row(4200, "2031")])
  }

  /// `từ 2027 người dân được …`: a year after a word of time before a counted noun is no count;
  /// `khoảng 2000 doanh nghiệp` written without a thousands point still is.
  @Test func aYearBeforeACountedNounIsNoCount() throws {
    let text = """
      Theo kế hoạch, từ 2027 người dân được khám sức khỏe định kỳ miễn phí ít nhất 1 lần.
      Đến năm 2029, mỗi năm thành lập mới khoảng 2000 doanh nghiệp.
      """
    #expect(try ResultReadingTests.rows(text) == [Row(2000, "2029", .target, .approximately)])
  }

  /// Written with marks, a counted noun must be spelled as it is: `2 phương án` is no `2
  /// phường`, `tăng 1 bậc so với` no `bác sĩ`. Without marks (OCR text) the fold still matches,
  /// and the two cannot be told apart. `xếp hạng 4` is the sentence's one figure, a place (LE).
  @Test func aMarkedWordMustBeSpelledAsTheNoun() throws {
    let text = """
      Đến năm 2029, Sở đề xuất 2 phương án thực hiện; tỉnh vươn lên xếp hạng 4, tăng 1 bậc so với năm trước.
      """
    #expect(try ScopeReadingTests.rows(text) == [Row(4, "2029")])
    let plain = try ScopeReadingTests.rows(ResultReadingTests.plain(text))
    #expect(plain.map(\.value).contains(2), "\(plain)")
  }

  /// `nhiệm kỳ 2026 - 2031 tổ chức Kỳ họp`: a period before `tổ chức` (the verb) is no count.
  @Test func aPeriodBeforeACountedNounIsNoCount() throws {
    let text = """
      HĐND xã khóa XI, nhiệm kỳ 2026 - 2031 tổ chức Kỳ họp thứ Hai để bàn kế hoạch năm 2027.
      """
    #expect(try ResultReadingTests.rows(text) == [])
  }

  /// Plan items (`6 nhóm chỉ tiêu`, `4 nhóm giải pháp`) stay out: `nhóm` is no counted thing.
  @Test func groupsOfPlanItemsAreNotCounted() throws {
    let text = """
      Nghị quyết đề ra 6 nhóm chỉ tiêu về kinh tế và 4 nhóm giải pháp chủ yếu đến năm 2029.
      """
    #expect(try ResultReadingTests.rows(text) == [])
  }

  /// `2 triệu doanh nghiệp`: a scale word may stand between the number and the counted thing;
  /// the count is kept as written, the scale word in what it counts (KI).
  @Test func aScaleWordMayStandBeforeTheCountedThing() throws {
    let text = """
      Đến năm 2031, cả nước có 2 triệu doanh nghiệp hoạt động; đến năm 2045 có ít nhất 3 triệu doanh nghiệp.
      """
    #expect(
      try ResultReadingTests.rows(text) == [Row(2, "2031"), Row(3, "2045", .target, .atLeast)])
    #expect(try Self.candidates(text).first?.note.contains("'triệu doanh nghiệp'") == true)
  }

  /// `phát thải ròng bằng 0 vào năm 2050`: net zero is a figure to reach, though a bare 0 after
  /// `bằng` is read as no figure elsewhere (KJ).
  @Test func netZeroIsAFigure() throws {
    let text = """
      Phấn đấu đến năm 2050 phát thải ròng bằng 0. Đến năm 2031, số xã đạt chuẩn bằng 0.
      """
    #expect(try ResultReadingTests.rows(text) == [Row(0, "2050")])
  }
}
