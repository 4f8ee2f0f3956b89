import Catalog
import Composite
import Foundation
import Testing

@testable import Reports

/// The "strengths and weaknesses in the index" block of a province's profile.
@Suite struct AmbitionProfileTests {
  static func blocks(_ province: String, _ language: Language) throws -> [Block] {
    let pages = try AuditPageTests.pages(AuditPageTests.nmmSpec, language)
    let page = try #require(pages.first { $0.slug == "province-\(province)" })
    let start = try #require(
      page.blocks.firstIndex {
        if case .heading(2, _, "composite-profile") = $0 { true } else { false }
      })
    let end = page.blocks[(start + 1)...].firstIndex {
      if case .heading(2, _, _) = $0 { true } else { false }
    }
    return Array(page.blocks[start..<(end ?? page.blocks.endIndex)])
  }

  /// Thái Nguyên leads the 3 ranked provinces: its summary is the library's `UnitSummary`,
  /// its strengths the library's ranks, named in the page's language, never by id.
  @Test(arguments: Language.allCases)
  func leaderShowsTheLibrarysRanks(_ language: Language) throws {
    let blocks = try Self.blocks("thai-nguyen", language)
    let catalog = try ReportSetTests.catalog.get()
    let spec = try CompositeSpecFile.read(AuditPageTests.nmmSpec, displayPath: "nmm.json")
    let result = try CompositePipeline.run(try spec.input(catalog: catalog), spec: spec.build)
    let summary = try UnitSummary(unit: "thai-nguyen", in: result, levels: [2, 3])
    let l = Localizer(language)
    let table = try #require(
      blocks.lazy.compactMap { if case .table(let t) = $0 { t } else { nil } }.first)
    #expect(
      table.rows.map { $0[2].content.plainText }
        == summary.lines.map { line in
          line.rank.map { l.count($0, of: line.rankedUnits) } ?? "—"
        })
    #expect(
      table.rows.first?[0].content.plainText
        == (language == .vi ? "Chỉ số mức tham vọng 2030" : "Ambition index 2030"))
    let found = try StrengthsAndWeaknesses(
      unit: "thai-nguyen", in: result.aggregated, framework: result.framework,
      options: .init(top: 8, bottom: 8))
    let bullets = blocks.compactMap { if case .bullets(let items) = $0 { items } else { nil } }
    let strengths = try #require(bullets.first).map(\.plainText)
    #expect(!strengths.isEmpty)
    for (text, item) in zip(strengths, found.strengths) {
      let name = l.indicatorName(catalog.indicator(id: item.code))
      #expect(text.hasPrefix(name + " — "), "\(text)")
      #expect(text.contains(l.count(item.rank, of: item.rankedUnits)))
      #expect(!text.contains(item.code), "no ids on the page")
    }
  }

  /// A province that screening drops says so; one last everywhere names no strength.
  @Test(arguments: Language.allCases)
  func unrankedAndLastProvinces(_ language: Language) throws {
    let vi = language == .vi
    let sonLa = try Self.blocks("son-la", language).map { block -> String in
      if case .paragraph(let t) = block { t.plainText } else { "" }
    }
    #expect(
      sonLa.contains {
        $0.hasPrefix(vi ? "Tỉnh không được xếp hạng" : "The province is not ranked")
      })
    let laiChau = try Self.blocks("lai-chau", language)
    #expect(!laiChau.contains { if case .bullets = $0 { true } else { false } })
  }
}
