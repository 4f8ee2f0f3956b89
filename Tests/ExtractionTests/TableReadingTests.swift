import Testing

@testable import Catalog
@testable import Extraction

/// Tables as `pdftotext -layout` writes them (docs/methodology.md, "Tables"): year columns,
/// rows of indicators or of places, wrapped headers and names, units in their own column or
/// in the header, in both spellings.
@Suite struct TableReadingTests {
  struct Row: Equatable, CustomStringConvertible {
    var indicator: String
    var year: String
    var comparator: Comparison
    var value: Double
    var role: CandidateTarget.Role
    var lines: String
    init(
      _ indicator: String, _ year: String, _ comparator: Comparison, _ value: Double,
      _ role: CandidateTarget.Role, lines: String
    ) {
      (self.indicator, self.year, self.comparator, self.value, self.role, self.lines) = (
        indicator, year, comparator, value, role, lines
      )
    }
    var description: String {
      "\(indicator) \(year) \(comparator.rawValue) \(value) \(role) lines \(lines)"
    }
  }

  static func candidates(_ text: String) throws -> [CandidateTarget] {
    try ExtractionFixture.extractor().extract(text, geo: "lai-chau", document: "bang")
  }

  static func rows(_ text: String) throws -> [Row] {
    try candidates(text).map {
      Row(
        $0.indicatorID, $0.horizon?.csv ?? "", $0.quantity.comparator, $0.quantity.value, $0.role,
        lines: $0.linesText)
    }
  }

  /// What LibreOffice made of an HTML table and `pdftotext -layout` wrote: the header wrapped
  /// over three lines (`Đơn vị / tính`, `Ước thực hiện / năm 2025`, `Mục tiêu năm / 2030`),
  /// the page's form feed, a unit one space from its figure (`triệu đồng 75`), a name wrapped
  /// around its figures (row 5), signs (`≥ 30`, `<5`).
  static let libreOfficeTable = """
      \u{0C}                                                   Đơn vị       Ước thực hiện   Mục tiêu năm
      STT                     Chỉ tiêu
                                                          tính          năm 2025         2030

      1     Tốc độ tăng trưởng GRDP bình quân           %/năm     8,0                 10,0

      2     GRDP bình quân đầu người                    triệu đồng 75                 150

      3     Tỷ trọng kinh tế số trong GRDP              %         20                  ≥ 30

      4     Số nhà nghiên cứu khoa học trên 1 vạn dân   người     8                   12

            Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều
      5                                                 %         < 10                <5
            giai đoạn 2026-2030
      \u{0C}
    """

  @Test func aTableOfIndicatorsGivesOneCandidatePerFigure() throws {
    let rows = try Self.rows(Self.libreOfficeTable)
    #expect(
      rows == [
        Row("grdp_growth_rate", "2025", .equal, 8, .observation, lines: "5"),
        Row("grdp_growth_rate", "2030", .equal, 10, .target, lines: "5"),
        Row("grdp_per_capita", "2025", .equal, 75, .observation, lines: "7"),
        Row("grdp_per_capita", "2030", .equal, 150, .target, lines: "7"),
        Row("digital_economy_share_grdp", "2025", .equal, 20, .observation, lines: "9"),
        Row("digital_economy_share_grdp", "2030", .atLeast, 30, .target, lines: "9"),
        Row("researchers_per_10k", "2025", .equal, 8, .observation, lines: "11"),
        Row("researchers_per_10k", "2030", .equal, 12, .target, lines: "11"),
        Row("poverty_rate", "2025", .lessThan, 10, .observation, lines: "13-15"),
        Row("poverty_rate", "2030", .lessThan, 5, .target, lines: "13-15"),
      ], "\(rows)")
    let candidates = try Self.candidates(Self.libreOfficeTable)
    let poverty = try #require(candidates.last)
    // the quote is the row's lines, verbatim; the year's column is named in the note
    #expect(
      poverty.quote
        == "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều 5 % < 10 <5 giai đoạn 2026-2030")
    #expect(poverty.note.contains("year 2030 from the table column 'Mục tiêu năm 2030' (line 1)"))
    #expect(poverty.yearSource == .column(line: 1))
    #expect(candidates.allSatisfy { $0.reason.contains("table row on line") })
  }

  /// Plain `Năm 2025 | Năm 2030` columns under a caption naming the period 2026-2030: the year
  /// before the period is its base (a result), the other a goal; without a period the earlier
  /// column is proposed as a goal with a note to check it.
  @Test func plainYearColumnsTakeTheirRoleFromTheCaptionsPeriod() throws {
    let withPeriod = """
                                    PHỤ LỤC
                    CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030
       (Kèm theo Kế hoạch số 25/KH-UBND ngày 12/3/2025 của Ủy ban nhân dân tỉnh)

       STT   Chỉ tiêu                                       Đơn vị tính     Năm 2025      Năm 2030
       1     Tốc độ tăng trưởng GRDP bình quân              %/năm           8,0           10,0
       2     GRDP bình quân đầu người                       triệu đồng      75            150
       3     Tỷ trọng kinh tế số trong GRDP                 %               20            ≥ 30
       4     Số nhà nghiên cứu trên 1 vạn dân               người           8             12
       5     Tỷ lệ hộ nghèo (theo chuẩn đa chiều)           %               < 10          < 5
       6     Tỷ lệ che phủ rừng                             %               55            58
      """
    let rows = try Self.rows(withPeriod)
    #expect(rows.count == 12, "\(rows)")
    #expect(rows.filter { $0.year == "2025" }.allSatisfy { $0.role == .observation })
    #expect(rows.filter { $0.year == "2030" }.allSatisfy { $0.role == .target })
    #expect(
      rows.first { $0.indicator == "digital_economy_share_grdp" && $0.year == "2030" }
        == Row("digital_economy_share_grdp", "2030", .atLeast, 30, .target, lines: "8"))
    #expect(rows.last == Row("forest_cover", "2030", .equal, 58, .target, lines: "11"))
    let withoutPeriod = withPeriod.replacingOccurrences(of: "GIAI ĐOẠN 2026 - 2030", with: "")
    let unsure = try Self.candidates(withoutPeriod)
    #expect(unsure.count == 12 && unsure.allSatisfy { $0.role == .target })
    #expect(unsure.allSatisfy { $0.reason.contains("check it is not a base year") })
  }

  /// The same table without diacritics, as OCR writes it.
  @Test func aTableWithoutDiacriticsReadsTheSame() throws {
    let folded = """
       STT   Chi tieu                                       Don vi tinh     Uoc TH nam 2025   Ke hoach nam 2030
       1     Toc do tang truong GRDP binh quan              %/nam           8,0               10,0
       2     Ty le che phu rung                             %               55                58
      """
    #expect(
      try Self.rows(folded) == [
        Row("grdp_growth_rate", "2025", .equal, 8, .observation, lines: "2"),
        Row("grdp_growth_rate", "2030", .equal, 10, .target, lines: "2"),
        Row("forest_cover", "2025", .equal, 55, .observation, lines: "3"),
        Row("forest_cover", "2030", .equal, 58, .target, lines: "3"),
      ])
  }

  /// A table of places printed in two halves: each figure is the row's place's, for the period
  /// in the column's title, with the indicator and unit (`(%)`) from that title.
  @Test func aTableOfPlacesGivesEachPlaceItsFigure() throws {
    let text = """
      Bảng: Dự kiến tốc độ tăng trưởng GRDP 2026 - 2030 của 34 tỉnh, thành phố

       Tỉnh, thành phố           Tăng trưởng GRDP          Tỉnh, thành phố          Tăng trưởng GRDP
                                 2026 - 2030 (%)                                    2026 - 2030 (%)
       Hà Nội                       10,5 – 11,0            Hưng Yên                    10,0 – 11,0
       Thành phố Hồ Chí Minh           10,0                Ninh Bình                   10,5 – 11,0
       Hải Phòng                    14,0 – 14,5            Thanh Hóa                      11,0

      Các địa phương đều đặt mục tiêu tăng trưởng hai con số.
      """
    let candidates = try Self.candidates(text)
    #expect(
      candidates.map { "\($0.geo) \($0.quantity.value)-\($0.quantity.valueHigh ?? 0)" } == [
        "ha-noi 10.5-11.0", "hung-yen 10.0-11.0", "thanh-pho-ho-chi-minh 10.0-0.0",
        "ninh-binh 10.5-11.0", "hai-phong 14.0-14.5", "thanh-hoa 11.0-0.0",
      ])
    #expect(
      candidates.allSatisfy {
        $0.indicator == "grdp_growth_rate" && $0.horizon?.csv == "2026-2030" && $0.role == .target
          && $0.note.contains("check it against provinces.csv")
      })
    // the sentence after the table is read as running text, once
    #expect(candidates.count == 6)
  }

  /// Running text justified with doubled spaces, years and figures is not a table.
  @Test func justifiedRunningTextIsNotATable() throws {
    let text = """
      Chỉ tiêu  chủ yếu  đến năm  2030:  tỷ trọng  kinh tế số  đạt  30%  GRDP;  tỷ lệ  che phủ
      rừng  đạt  58%.
      """
    let plan = Extraction.PlanText(text)
    #expect(Extraction.TableReading.tables(in: plan).isEmpty)
    #expect(try Self.rows(text).map(\.value) == [30, 58])
  }
  /// A web page's table flattened to one cell per line (the header's cells, then each row's),
  /// read by the header's pattern; the line after the last row that breaks it is running text.
  @Test func aTableFlattenedToOneCellPerLineIsRead() throws {
    let text = """
      Dự kiến tốc độ tăng trưởng GRDP 2026 - 2030 của các tỉnh

      Tỉnh, thành phố

      Tăng trưởng GRDP 2026 - 2030 (%)

      Tỉnh, thành phố

      Tăng trưởng GRDP 2026 - 2030 (%)

      Lai Châu

      10,0

      Điện Biên

      11,0 – 11,5

      Sơn La

      8,0 – 8,5

      Cao Bằng

      8,0

      CẢ NƯỚC

      Từ 10% trở lên
      """
    let candidates = try Self.candidates(text)
    #expect(
      candidates.prefix(4).map { "\($0.geo) \($0.quantity.value) \($0.linesText)" } == [
        "lai-chau 10.0 11-17", "dien-bien 11.0 11-17", "son-la 8.0 19-25", "cao-bang 8.0 19-25",
      ])
    #expect(
      candidates.prefix(4).allSatisfy {
        $0.indicator == "grdp_growth_rate" && $0.horizon?.csv == "2026-2030"
          && [.column(line: 5), .column(line: 9)].contains($0.yearSource)
      })
    // the country's row does not fit the pattern: read as text, for the document's geo
    #expect(candidates.count == 5 && candidates.last?.quantity.comparator == .atLeast)
  }
}
