import Catalog
import Composite
import Foundation
import TestSupport
import Testing

@testable import Reports

/// The composite audit page: its sections, and its numbers taken from the libraries, on
/// COINr's ASEM example (51 units, every statistic shown) and on the bundled ambition index
/// (3 provinces ranked, where the page must say what it cannot show).
@Suite struct AuditPageTests {
  static let asemSpec = ReportSetTests.root.appendingPathComponent("datasets/composite/asem.json")
  static let nmmSpec = ReportSetTests.root.appendingPathComponent(
    "datasets/composite/nmm-targets-2030.json")

  /// The four report sets the tests read, built once (each runs the analyses).
  static let sets: [String: Result<[Page], any Error>] = Dictionary(
    uniqueKeysWithValues: [asemSpec, nmmSpec].flatMap { spec in
      Language.allCases.map { language in
        (
          "\(spec.lastPathComponent) \(language)",
          Result {
            try ReportSet.pages(
              try ReportSetTests.catalog.get(),
              ReportOptions(language: language, compositeSpec: spec))
          }
        )
      }
    })

  static func pages(_ spec: URL, _ language: Language) throws -> [Page] {
    try #require(sets["\(spec.lastPathComponent) \(language)"]).get()
  }

  static func auditPage(_ spec: URL, _ language: Language) throws -> Page {
    let page = try pages(spec, language).first { $0.slug == "composite-audit" }
    return try #require(page)
  }

  static func charts(_ page: Page) -> [Chart] {
    page.blocks.compactMap { if case .chart(let chart) = $0 { chart } else { nil } }
  }

  static func table(_ page: Page, _ id: String) -> Table? {
    page.blocks.lazy.compactMap { block -> Table? in
      if case .table(let table) = block, table.id == id { table } else { nil }
    }.first
  }

  static func text(_ cell: Cell) -> String { cell.content.plainText }

  /// The library's results, computed here without the page's code.
  static let asem = Result {
    let spec = try CompositeSpecFile.read(asemSpec, displayPath: "asem.json")
    let input = try spec.input(catalog: nil)
    let audit = try CompositeAudit.run(input, spec: spec.build, optimisingWeights: false)
    let sensitivity = try SensitivityAnalysis.run(
      input, nominal: spec.build, uncertainty: spec.uncertainty(runs: 200, seed: 1, jobs: 1),
      bootstrap: 200)
    let uncertainty = try UncertaintyAnalysis.run(
      input, nominal: spec.build, uncertainty: spec.uncertainty(runs: 1000, seed: 1, jobs: 1))
    return (input, audit, sensitivity, uncertainty)
  }

  @Test(arguments: Language.allCases)
  func everySectionIsThereInBothLanguages(_ language: Language) throws {
    for spec in [Self.asemSpec, Self.nmmSpec] {
      let pages = try Self.pages(spec, language)
      let page = try #require(pages.first { $0.slug == "composite-audit" })
      let anchors = ReportSetTests.ids(page)
      for anchor in [
        "correlations", "reliability", "pca", "sensitivity", "ranks", "rank-intervals",
      ] {
        #expect(anchors.contains(anchor), "\(anchor) in \(spec.lastPathComponent)")
      }
      #expect(
        page.title.hasPrefix(language == .vi ? "Kiểm định thống kê: " : "Statistical audit: "))
      // linked from the index and from the composite page
      let index = try #require(pages.first { $0.slug == "index" })
      let composite = try #require(pages.first { $0.slug == "composite" })
      #expect(ReportSetTests.links(index).contains("composite-audit"))
      #expect(ReportSetTests.links(composite).contains("composite-audit"))
      #expect(ReportSetTests.links(page).contains("composite"))
    }
  }

  /// ASEM: the heat map holds the library's Pearson correlations of the aggregates, the
  /// tables its alphas and PC1 loadings, the bars its Sobol indices, the whiskers its ranks.
  @Test(arguments: Language.allCases)
  func asemNumbersAreTheLibrarys(_ language: Language) throws {
    let (_, audit, sensitivity, uncertainty) = try Self.asem.get()
    let page = try Self.auditPage(Self.asemSpec, language)
    let l = Localizer(language)
    let charts = Self.charts(page)

    let map = try #require(
      charts.lazy.compactMap { if case .heatMap(let m) = $0 { m } else { nil } }.first)
    let pearson = try #require(audit.correlations.first { $0.method == .pearson })
    let aggregates = [
      "Physical", "ConEcFin", "Political", "Instit", "P2P", "Environ", "Social",
      "SusEcFin", "Conn", "Sust",
    ]
    #expect(map.labels.count == aggregates.count)
    for (i, a) in aggregates.enumerated() {
      for (j, b) in aggregates.enumerated() {
        let (p, q) = (
          try #require(pearson.codes.firstIndex(of: a)),
          try #require(pearson.codes.firstIndex(of: b))
        )
        #expect(map.values[i][j] == pearson.values[p][q], "\(a) \(b)")
      }
    }

    let alpha = try #require(Self.table(page, "cronbach-alpha"))
    #expect(alpha.rows.count == audit.reliability.count)
    for (row, group) in zip(alpha.rows, audit.reliability) {
      #expect(Self.text(row[1]) == l.number(try #require(group.alphaOfChildren)), "\(group.group)")
      #expect(Self.text(row[2]) == "51")
    }

    let pca = try #require(Self.table(page, "pca-weights"))
    let loadings = audit.components.flatMap { group -> [String] in
      guard case .success(let p) = group.analysis else { return [] }
      return p.weights.map { l.number($0, decimals: 3) }
    }
    #expect(pca.rows.map { Self.text($0[2]) } == loadings)
    #expect(!loadings.isEmpty)

    let bars = try #require(
      charts.lazy.compactMap { if case .sensitivityBars(let b) = $0 { b } else { nil } }.first)
    #expect(bars.rows.count == sensitivity.indices.count)
    for (row, index) in zip(bars.rows, sensitivity.indices) {
      #expect(row.first == .init(value: index.first, low: index.firstQ5, high: index.firstQ95))
      #expect(row.total == .init(value: index.total, low: index.totalQ5, high: index.totalQ95))
    }

    let whiskers = try #require(
      charts.lazy.compactMap { if case .rankWhiskers(let w) = $0 { w } else { nil } }.first)
    #expect(whiskers.rows.count == 51)
    let byUnit = Dictionary(uniqueKeysWithValues: uncertainty.units.map { ($0.unit, $0) })
    for row in whiskers.rows {
      let s = try #require(byUnit[row.label])
      #expect(row.q5 == s.q5Rank && row.q95 == s.q95Rank && row.median == s.medianRank)
    }
  }

  /// The bundled index ranks 3 provinces: no correlation, alpha or PCA is printed, the page
  /// says why, and the sensitivity analysis says that no choice moves a rank.
  @Test(arguments: Language.allCases)
  func tooFewProvincesAreSaidNotPrinted(_ language: Language) throws {
    let page = try Self.auditPage(Self.nmmSpec, language)
    let vi = language == .vi
    #expect(!Self.charts(page).contains { if case .heatMap = $0 { true } else { false } })
    #expect(!Self.charts(page).contains { if case .sensitivityBars = $0 { true } else { false } })
    #expect(Self.table(page, "pca-weights") == nil)
    let alpha = try #require(Self.table(page, "cronbach-alpha"))
    #expect(
      alpha.rows.allSatisfy { Self.text($0[1]) == (vi ? "quá ít tỉnh" : "too few provinces") })
    let notices = page.blocks.compactMap {
      if case .notice(let t, _) = $0 { t.plainText } else { nil }
    }
    #expect(
      notices.contains {
        $0.hasPrefix(vi ? "Chỉ có 3 tỉnh được xếp hạng." : "Only 3 provinces are ranked.")
      })
    #expect(notices.contains { $0.hasPrefix(vi ? "Không có chỉ số:" : "No indices:") })
  }

  /// The golden ASEM page shows every chart kind filled; review its diff like any golden.
  @Test func asemPageMatchesGoldenFiles() throws {
    let page = try Self.auditPage(Self.asemSpec, .en)
    Golden.check(MarkdownRenderer.render(page), "report/composite-audit-asem.en.md")
    Golden.check(HTMLRenderer.render(page), "report/composite-audit-asem.en.html")
  }
}
