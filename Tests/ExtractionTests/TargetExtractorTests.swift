import Foundation
import Support
import Testing

@testable import Catalog
@testable import Extraction

/// Candidate rows: ids, quotes, lines, CSV fields, and robustness on arbitrary input.
@Suite struct TargetExtractorTests {
  @Test func candidatesCarryTheVerbatimQuoteAndItsLines() throws {
    let text =
      "II. MUC TIEU\n1. Muc tiéu dén nim 2030\n- Quy mé kinh té sb dat t6i thiéu\n40% GRDP.\n"
    let candidates = try ExtractionFixture.extractor().extract(
      text, geo: "thai-nguyen", document: "tn-test")
    let candidate = try #require(candidates.first)
    #expect(candidates.count == 1)
    #expect(candidate.id == "tn-test-x01")
    #expect(candidate.quote == "Quy mé kinh té sb dat t6i thiéu 40% GRDP")
    #expect(candidate.lines == 3...4)
    #expect(candidate.section == "II.1 Muc tiéu dén nim 2030")
    #expect(candidate.unit == .percentOfGRDP)
    #expect(candidate.confidence > 0.8 && candidate.confidence <= 1)
    #expect(candidate.reason.contains("'Quy mé kinh té sb'"))
    #expect(candidate.reason.contains("'t6i thiéu'"))
    #expect(SourceText(text).lines(of: candidate.quote) == 3...4)
  }

  @Test func csvFieldsFollowTheTargetsColumns() throws {
    let candidate = try #require(
      try ExtractionFixture.extractor().extract(
        "Đến năm 2030, tỷ trọng kinh tế số đạt khoảng 9-10% GRDP.", geo: "lai-chau"
      ).first)
    let fields = Dictionary(
      uniqueKeysWithValues: zip(CandidateTarget.csvColumns, candidate.csvFields))
    #expect(
      CandidateTarget.csvColumns.prefix(16) == [
        "id", "geo", "indicator", "unit", "year", "comparator", "value", "value_high", "kind",
        "document", "section", "quote", "label", "confidence", "caveat", "note",
      ])
    #expect(fields["id"] == "extract-x01")
    #expect(fields["indicator"] == "digital_economy_share_grdp")
    #expect(fields["unit"] == "percent_of_grdp")
    #expect(fields["year"] == "2030")
    #expect(fields["comparator"] == "~")
    #expect(fields["value"] == "9" && fields["value_high"] == "10")
    #expect(fields["kind"] == "quantitative")
    #expect(fields["lines"] == "1")
    #expect(fields["label"] == "" && fields["confidence"] == "")
  }

  @Test func aFigureNoKeywordExplainsIsProposedNotDropped() throws {
    let candidates = try ExtractionFixture.extractor().extract(
      "Đến năm 2030, tỷ lệ gia đình đạt danh hiệu văn hóa đạt 60%.", geo: "lai-chau")
    #expect(candidates.map(\.indicatorID) == ["unclassified"])
    #expect(candidates.first?.unit == nil)
    #expect(candidates.first?.quantity == Quantity(.equal, 60))
    #expect((candidates.first?.confidence ?? 1) < 0.5)
  }

  @Test func qualitativeTextAndEmptyTextGiveNothing() throws {
    let extractor = try ExtractionFixture.extractor()
    #expect(extractor.extract("", geo: "x").isEmpty)
    #expect(extractor.extract("Thuộc nhóm dẫn đầu cả nước về chuyển đổi số.", geo: "x").isEmpty)
  }

  /// Arbitrary input never crashes the extractor, and what it returns is well formed.
  @Test func randomInputNeverCrashes() throws {
    let extractor = try ExtractionFixture.extractor()
    let pieces = [
      "đạt", "tối thiểu", "trên", "khoảng", "từ", "trở lên", "năm", "2030", "2021-2030", "0,623",
      "37,6", "02", "9-10", "16 - 18", "%", "%/năm", "/", "-", ".", ";", ":", "\n", "\n\n",
      "\r\n", "II.", "1.", "a)", "- ", "kinh tế số", "GRDP", "HDI", "nhóm", "10 tỉnh", "về",
      "toàn tỉnh", "vạn dân", "người trên một", "tỷ đồng", "USD", "s6", "1én", "¢", "&", "’",
      "Pén", "tir", "(", ")", "I11.", "0", "00", "9999999999999999", "1.000.000", ",", " ",
      "\u{301}", "e\u{301}", "\u{0}", "\t", "🇻🇳", "ﬁ", "₫",
    ]
    var generator = SplitMix64(seed: 20_250_123)
    for _ in 0..<300 {
      let count = Int(generator.next() % 120)
      var text = ""
      for _ in 0..<count {
        text += pieces[Int(generator.next() % UInt64(pieces.count))]
        if generator.next() % 3 == 0 { text += " " }
      }
      let lineCount = text.unicodeScalars.filter { $0 == "\n" || $0 == "\r" }.count + 1
      for candidate in extractor.extract(text, geo: "x", document: "fuzz") {
        #expect((0...1).contains(candidate.confidence))
        #expect(candidate.lines.lowerBound >= 1 && candidate.lines.upperBound <= lineCount)
        #expect(candidate.quantity.valueHigh.map { $0 > candidate.quantity.value } ?? true)
        #expect(candidate.csvFields.count == CandidateTarget.csvColumns.count)
      }
    }
    // Random scalars: ASCII, Vietnamese letters, combining marks, symbols.
    let ranges: [ClosedRange<UInt32>] = [0x0...0x7F, 0xC0...0x1FF, 0x300...0x36F, 0x1EA0...0x1EF9]
    for _ in 0..<200 {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<Int(generator.next() % 400) {
        let range = ranges[Int(generator.next() % UInt64(ranges.count))]
        let value = range.lowerBound + UInt32(generator.next() % UInt64(range.count))
        if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
      }
      for candidate in extractor.extract(String(scalars), geo: "x") {
        #expect((0...1).contains(candidate.confidence))
      }
    }
  }
}
