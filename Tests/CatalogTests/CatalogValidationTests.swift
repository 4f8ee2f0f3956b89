import Support
import TestSupport
import Testing

@testable import Catalog

/// A catalog built in memory is checked by the dataset's rules, each problem located.
@Suite struct CatalogValidationTests {
  static func catalog(targets: [Target], observations: [Observation] = []) -> Catalog {
    Catalog(
      documents: [TestCatalog.document("doc")],
      provinces: [TestCatalog.province("a"), TestCatalog.province("b")],
      regions: [
        Region(
          id: "R", name: "R", nameEn: "R", geography: "2024", basis: .official,
          membersSource: "test")
      ],
      indicators: [TestCatalog.indicator("de"), TestCatalog.indicator("r", unit: .rank)],
      targets: targets, observations: observations)
  }

  @Test func aGoodCatalogHasNoProblem() {
    var target = TestCatalog.target("t1", geo: "a", "de", .equal, 40)
    target.provenance.quote = "den nam 2030 kinh te so dat 40% GRDP"
    var catalog = Self.catalog(targets: [target])
    catalog.sources["doc"] = SourceText("Muc tieu: den nam 2030 kinh te so dat 40% GRDP.")
    #expect(catalog.validate().filter { $0.severity == .error }.map(\.message) == [])
    // the placeholder quote "q" has neither the figure nor the year: the quote rules say so
    catalog.targets[0].provenance.quote = "q"
    catalog.sources = [:]
    let messages = catalog.validate().map(\.message)
    #expect(messages.contains { $0.hasPrefix("target t1: 40 is not written in its quote") })
  }

  @Test func eachBrokenRuleIsReported() {
    var bad = TestCatalog.target("t1", geo: "nowhere", "de", .equal, 140)
    bad.provenance.source = "missing-doc"
    let catalog = Self.catalog(
      targets: [
        bad, TestCatalog.target("t1", geo: "a", "xx", .equal, 1),
        TestCatalog.target("t3", geo: "a", "de", unit: .count, .equal, 1),
      ],
      observations: [TestCatalog.observation("b", "de", 2024, .nan)])
    let messages = catalog.validate().filter { $0.severity == .error }.map(\.message)
    for expected in [
      "unknown province or region 'nowhere'", "'140' is not a share",
      "unknown document 'missing-doc'", "duplicate target id 't1'", "unknown indicator 'xx'",
      "unit 'count' does not match indicator 'de'", "a figure must be a finite number",
      "unit 'vnd_trillion' does not match indicator 'de'",
    ] {
      #expect(messages.contains { $0.hasPrefix(expected) }, "missing: \(expected) in \(messages)")
    }
  }

  @Test func provinceIdsMustBeSlugs() {
    var catalog = Self.catalog(targets: [])
    catalog.provinces.append(TestCatalog.province("x/../../escaped"))
    let messages = catalog.validate().map(\.message)
    #expect(messages.contains("province id 'x/../../escaped' is not a slug"))
  }

  @Test func aQuoteMissingFromItsSourceTextIsReported() {
    var catalog = Self.catalog(targets: [TestCatalog.target("t1", geo: "a", "de", .equal, 40)])
    catalog.sources["doc"] = SourceText("nothing about digital economy here")
    let messages = catalog.validate().map(\.message)
    #expect(messages.contains("quote not found in the source text of 'doc'"))
  }
}
