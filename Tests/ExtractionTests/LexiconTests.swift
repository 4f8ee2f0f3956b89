import Foundation
import TestSupport
import Testing

@testable import Catalog
@testable import Extraction

/// Loading `lexicon.csv`: the shipped file is clean; mistakes are reported where they are.
@Suite struct LexiconTests {
  static let indicators = [
    TestCatalog.indicator("digital_economy_share_grdp", unit: .percentOfGRDP),
    TestCatalog.indicator("hdi", unit: .index),
  ]

  static func errors(_ csv: String) -> [String] {
    do {
      _ = try Lexicon.parse(Array(csv.utf8), file: "datasets/lexicon.csv", indicators: indicators)
      return []
    } catch let error as CatalogError {
      return error.diagnostics.map(\.description)
    } catch {
      return ["\(error)"]
    }
  }

  @Test func shippedLexiconLoadsWithoutWarningsAndCoversTheSeedIndicators() throws {
    let loaded = try ExtractionFixture.lexicon.get()
    #expect(loaded.warnings.isEmpty)
    let covered = Set(loaded.lexicon.entries.map(\.indicator))
    let catalog = try ExtractionFixture.catalog.get().catalog
    for target in catalog.targets where target.quantity != nil && !target.id.hasPrefix("ext-") {
      #expect(covered.contains(target.indicator), "\(target.indicator) has no keyword")
    }
    #expect(Set(loaded.lexicon.entries.map(\.language)) == ["vi", "en"])
  }

  @Test func aValidFileLoads() throws {
    let loaded = try Lexicon.parse(
      Array(
        "indicator,language,keyword,weight\nhdi,vi,chỉ số phát triển con người,\nhdi,en,HDI,0.9\n"
          .utf8),
      file: "l.csv", indicators: Self.indicators)
    #expect(loaded.lexicon.entries.map(\.weight) == [1, 0.9])
    #expect(loaded.lexicon.entries.first?.location.line == 2)
  }

  @Test func unknownIndicatorIsLocatedWithASuggestion() {
    #expect(
      Self.errors("indicator,language,keyword\nhdi_x,vi,HDI\n") == [
        "datasets/lexicon.csv:2:1: error: unknown indicator 'hdi_x' (did you mean 'hdi'?)"
      ])
  }

  @Test func badLanguageWeightAndKeywordAreEachReported() {
    let errors = Self.errors(
      """
      indicator,language,keyword,weight
      hdi,vn,HDI,1
      hdi,vi,HDI,1.5
      hdi,vi,,
      hdi,vi,2030,
      hdi,vi,%,
      hdi,vi,x,
      hdi,vi,HDI,0,5

      """)
    #expect(
      errors == [
        "datasets/lexicon.csv:2:5: error: invalid value 'vn' in column 'language' (did you mean 'vi'?); expected one of: vi, en",
        "datasets/lexicon.csv:3:12: error: weight '1.5' is out of range; write a number above 0 and at most 1",
        "datasets/lexicon.csv:4:8: error: missing value in column 'keyword'",
        "datasets/lexicon.csv:5:8: error: keyword '2030' is only a number; figures are read from the text, keywords name the indicator",
        "datasets/lexicon.csv:6:8: error: keyword '%' has no letters or digits",
        "datasets/lexicon.csv:7:8: error: keyword 'x' is one letter; it would match almost anywhere",
        "datasets/lexicon.csv:8:14: error: row has 5 fields, the header has 4",
      ])
  }

  @Test func aDecimalCommaWeightGetsTheUsualAdvice() {
    #expect(
      Self.errors("indicator,language,keyword,weight\nhdi,vi,HDI,\"0,5\"\n") == [
        "datasets/lexicon.csv:2:12: error: invalid number '0,5' in column 'weight': write '0.5' (a decimal point, not a comma)"
      ])
  }

  @Test func missingColumnsAndDuplicates() throws {
    #expect(
      Self.errors("indicator,keyword\nhdi,HDI\n") == [
        "datasets/lexicon.csv:1:1: error: missing column 'language'"
      ])
    let loaded = try Lexicon.parse(
      Array(
        "indicator,language,keyword\nhdi,vi,chỉ số phát triển con người\nhdi,vi,chi so phat trien con nguoi\n"
          .utf8), file: "l.csv", indicators: Self.indicators)
    #expect(loaded.lexicon.entries.count == 1)
    #expect(
      loaded.warnings.map(\.description) == [
        "l.csv:3:8: warning: duplicate keyword 'chi so phat trien con nguoi' for 'hdi' (also on line 2) is ignored"
      ])
  }

  @Test func aUserAddsAKeywordWithoutTouchingCode() throws {
    let text = "Tỷ lệ che phủ rừng đạt 60% vào năm 2030."
    let indicators = Self.indicators + [TestCatalog.indicator("forest_cover", unit: .percent)]
    let without = try Lexicon.parse(
      Array("indicator,language,keyword\nhdi,vi,HDI\n".utf8), file: "l.csv",
      indicators: indicators)
    let with = try Lexicon.parse(
      Array("indicator,language,keyword\nhdi,vi,HDI\nforest_cover,vi,che phủ rừng\n".utf8),
      file: "l.csv", indicators: indicators)
    let before = TargetExtractor(lexicon: without.lexicon, indicators: indicators)
      .extract(text, geo: "lai-chau")
    let after = TargetExtractor(lexicon: with.lexicon, indicators: indicators)
      .extract(text, geo: "lai-chau")
    #expect(before.map(\.indicatorID) == ["unclassified"])
    #expect(after.map(\.indicatorID) == ["forest_cover"])
  }
}
