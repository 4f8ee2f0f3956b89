import Catalog
import Foundation
import Testing

@testable import Reports

/// The report set built from the bundled data: structural promises every page keeps.
@Suite struct ReportSetTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let catalog = Result {
    try CatalogLoader.load(from: root.appendingPathComponent("datasets"), displayPath: "datasets")
      .catalog
  }

  /// Every observation row is in one group of the index's accounting, in both geographies:
  /// the 14 (or 9) members' values, period averages, national references, or outside with
  /// the reason.
  @Test(arguments: [GeographyVersion.before2025, .from2025])
  func everyObservationIsAccountedFor(_ geography: GeographyVersion) throws {
    let catalog = try Self.catalog.get()
    let a = ObservationAccounting.of(catalog, region: "NMM", geography: geography)
    #expect(a.total == catalog.observations.count)
    let ids = (a.members + a.periodAverages + a.references + a.outside).map(\.id)
    #expect(Set(ids).count == ids.count, "each row once")
    #expect(!a.members.isEmpty && !a.references.isEmpty)
    #expect(a.references.allSatisfy { $0.geo == "VN" || $0.geo == "NMM" })
    if geography == .before2025 {
      #expect(a.periodAverages.map(\.geo) == ["son-la"])
      #expect(a.outside.allSatisfy { !["son-la", "lai-chau"].contains($0.geo) })
    } else {
      #expect(a.outside.contains { $0.geo == "yen-bai" }, "a pre-merger province is outside 2025")
    }
  }

  static func pages(_ language: Language) throws -> [Page] {
    let options = ReportOptions(
      language: language,
      compositeSpec: root.appendingPathComponent("datasets/composite/nmm-targets-2030.json"))
    return try ReportSet.pages(try catalog.get(), options)
  }

  static func ids(_ page: Page) -> [String] {
    page.blocks.compactMap { block -> String? in
      switch block {
      case .heading(_, _, let anchor): anchor
      case .table(let table): table.id
      case .chart(.dotPlot(let c)): c.id
      case .chart(.gapBars(let c)): c.id
      case .chart(.rankWhiskers(let c)): c.id
      case .chart(.pairedDots(let c)): c.id
      case .chart(.delivery(let c)): c.id
      case .chart(.heatMap(let c)): c.id
      case .chart(.sensitivityBars(let c)): c.id
      default: nil
      }
    }
  }

  static func links(_ page: Page) -> [String] {
    var slugs: [String] = []
    func scan(_ inlines: [Inline]) {
      for case .link(_, let slug, _) in inlines { slugs.append(slug) }
    }
    for block in page.blocks {
      switch block {
      case .paragraph(let inlines), .notice(let inlines, _): scan(inlines)
      case .bullets(let items): items.forEach(scan)
      case .table(let table): table.rows.forEach { $0.forEach { scan($0.content) } }
      default: break
      }
    }
    return slugs
  }

  @Test(arguments: Language.allCases)
  func idsAreUniqueAndLinksResolve(_ language: Language) throws {
    let pages = try Self.pages(language)
    let slugs = Set(pages.map(\.slug))
    #expect(slugs.count == pages.count)
    for page in pages {
      let ids = Self.ids(page)
      #expect(Set(ids).count == ids.count, "\(page.slug): duplicate ids \(ids)")
      for link in Self.links(page) {
        #expect(slugs.contains(link), "\(page.slug) links to missing \(link)")
      }
    }
  }

  @Test(arguments: Language.allCases)
  func everyNoteIsReferencedAndEveryReferenceHasANote(_ language: Language) throws {
    for page in try Self.pages(language) {
      var referenced = Set<String>()
      for block in page.blocks {
        if case .table(let table) = block {
          for cell in table.rows.joined() {
            for case .note(let id) in cell.content { referenced.insert(id) }
          }
        }
      }
      let defined = Set(page.notes.map(\.id))
      #expect(referenced.isSubset(of: defined), "\(page.slug)")
      #expect(defined.count == page.notes.count, "\(page.slug): a note defined twice")
    }
  }

  @Test func theIndexAccountsForEveryTargetRow() throws {
    let catalog = try Self.catalog.get()
    for geography in GeographyVersion.allCases {
      let accounting = Accounting.of(catalog, region: "NMM", geography: geography)
      #expect(accounting.total == catalog.targets.count, "\(geography)")
      let ids =
        accounting.benchmarked.map(\.id) + accounting.inherited.map(\.id)
        + accounting.notComparable.map(\.target.id)
        + accounting.references.map(\.id) + accounting.excluded.map(\.target.id)
      #expect(Set(ids) == Set(catalog.targets.map(\.id)), "each row once: \(geography)")
    }
  }
}
