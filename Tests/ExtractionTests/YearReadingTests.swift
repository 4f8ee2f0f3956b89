import Testing

@testable import Catalog
@testable import Extraction

/// Horizon years from the sentence, the headings and the title.
@Suite struct YearReadingTests {
  static func mentions(_ text: String, strict: Bool = false) -> [String] {
    let plan = Extraction.PlanText(text)
    return Extraction.YearReading.mentions(in: 0..<plan.tokens.count, of: plan, strict: strict)
      .map(\.horizon.csv)
  }

  @Test func sentenceMarkers() {
    #expect(Self.mentions("Đến năm 2030, đạt 40%") == ["2030"])
    #expect(Self.mentions("Dén nim 2030") == ["2030"])
    #expect(Self.mentions("vào năm 2045") == ["2045"])
    #expect(Self.mentions("giai đoạn 2021-2030") == ["2021-2030"])
    #expect(Self.mentions("thời kỳ 2021 – 2030") == ["2021-2030"])
    #expect(Self.mentions("by 2030") == ["2030"])
    #expect(Self.mentions("tầm nhìn đến 2045") == ["2045"])
  }

  @Test func datesBaseYearsAndNumbersAreNotHorizons() {
    #expect(Self.mentions("ngày 22/12/2024").isEmpty)
    #expect(Self.mentions("ngày 22 tháng 12 năm 2024").isEmpty)
    #expect(Self.mentions("ngay  thang nam 2025").isEmpty)
    #expect(Self.mentions("so với năm 2020").isEmpty)
    #expect(Self.mentions("Kế hoạch số 2273/KH-UBND").isEmpty)
    #expect(Self.mentions("compared to 2025").isEmpty)
    #expect(Self.mentions("Việt Nam 2030").isEmpty)
  }

  @Test func titlesNeedAnExplicitHorizon() {
    #expect(Self.mentions("Lai Châu, ngày 04 tháng 6 năm 2025", strict: true).isEmpty)
    #expect(Self.mentions("Kế hoạch phát triển đến năm 2030", strict: true) == ["2030"])
  }

  @Test func yearsComeFromSentenceThenHeadingThenTitle() throws {
    let text = """
      Kế hoạch thực hiện Chiến lược đến năm 2030

      I. MỤC TIÊU
      1. Mục tiêu đến năm 2030
      - Tỷ trọng kinh tế số đạt tối thiểu 30% GRDP.
      - Đến năm 2025, tỷ trọng kinh tế số đạt 20% GRDP.
      2. Tầm nhìn đến năm 2045
      - Tỷ trọng kinh tế số đạt tối thiểu 50% GRDP.
      II. NHIỆM VỤ
      - Bảo đảm kinh tế số các ngành, lĩnh vực chiếm tối thiểu 70% kinh tế số.
      """
    let candidates = try ExtractionFixture.extractor().extract(text, geo: "lai-chau")
    #expect(candidates.map { $0.horizon?.csv } == ["2030", "2025", "2045", "2030"])
    #expect(
      candidates.map(\.yearSource) == [
        .heading(line: 4), .sentence(line: 6), .heading(line: 7), .title(line: 1),
      ])
    #expect(candidates.last?.note == "year 2030 from the document title (line 1)")
    #expect(candidates.first?.section == "I.1 Mục tiêu đến năm 2030")
  }

  @Test func aYearBelongsToTheFigureOnItsSideOfAnotherFigure() throws {
    let text = "Năm 2030 kinh tế số chiếm hơn 30% GDP và tăng lên 50% vào năm 2045."
    let candidates = try ExtractionFixture.extractor().extract(text, geo: "VN")
    #expect(candidates.map { $0.horizon?.csv } == ["2030", "2045"])
  }

  @Test func withoutAnyYearTheNoteSaysSo() throws {
    let candidates = try ExtractionFixture.extractor().extract(
      "Tỷ trọng kinh tế số đạt tối thiểu 30% GRDP.", geo: "lai-chau")
    #expect(candidates.first?.horizon == nil)
    #expect(candidates.first?.note == "no year")
  }
}
