import Catalog
import Testing

@testable import Reports

/// The dashboard's table of observed values and the conflicts page's pictures, on the bundled
/// data; expected figures are read off the dataset files by hand.
@Suite struct DashboardAndConflictsTests {
  static func page(_ build: (ReportContext) -> Page, _ language: Language) throws -> Page {
    build(ReportSet.context(try ReportSetTests.catalog.get(), ReportOptions(language: language)))
  }

  static func table(_ id: String, in page: Page) -> Table? {
    for case .table(let table) in page.blocks where table.id == id { return table }
    return nil
  }

  /// Latest value per province and indicator, its year, a note to the observation, and the
  /// colour of the gap to the regional mean of the observed values, better direction up.
  @Test func dashboardColoursTheLatestObservedValues() throws {
    let page = try Self.page(DashboardPage.build, .en)
    let table = try #require(Self.table("dashboard-observed", in: page))
    let column = try #require(
      table.header.firstIndex(of: "GRDP per capita (VND) (million VND/person)"))
    func cell(_ province: String) throws -> Cell {
      let row = try #require(table.rows.first { $0[0].content.plainText == province })
      return row[column]
    }
    // observations.csv: ext-o-019 Thai Nguyen 2024 119.2, ext-o-202 Son La 2025 61.8; the
    // mean of the 12 members observed is 64.32: Thai Nguyen above (good), Son La below (bad)
    let thaiNguyen = try cell("Thai Nguyen")
    #expect(thaiNguyen.content.plainText == "119.2 (2024) [secondary]")
    #expect(thaiNguyen.content.contains(.note("ext-o-019")) && thaiNguyen.tone == .good)
    #expect(thaiNguyen.sortKey == 119.2)
    let sonLa = try cell("Son La")
    #expect(sonLa.content.plainText == "61.8 (2025) [secondary]" && sonLa.tone == .bad)
    #expect(try cell("Lai Chau").content.plainText == "—")
    #expect(page.notes.contains { $0.id == "ext-o-019" })
    // right after the targets table
    let ids = page.blocks.compactMap { block -> String? in
      if case .table(let t) = block { return t.id } else { return nil }
    }
    #expect(Array(ids.prefix(3)) == ["dashboard", "dashboard-observed", "coverage-table"])
  }

  /// One dot plot per conflict, before the table, each figure as its document states it.
  @Test(arguments: Language.allCases)
  func conflictsHaveOnePicturePerConflict(_ language: Language) throws {
    let catalog = try ReportSetTests.catalog.get()
    let page = try Self.page(ConflictsPage.build, language)
    let plots = page.blocks.compactMap { block -> DotPlot? in
      if case .chart(.dotPlot(let plot)) = block { return plot } else { return nil }
    }
    #expect(plots.count == catalog.conflicts().count)
    #expect(plots.map(\.id) == plots.indices.map { "conflict-\($0 + 1)" })
    let first = try #require(plots.first)
    // targets.csv: lc57-10 "> 40" (Chương trình 57), lc569-07 "= 40" (Kế hoạch 569)
    #expect(first.points.map(\.label) == ["lc-ctr-57", "lc-kh-569"])
    #expect(first.points.map(\.comparison) == [.greaterThan, .equal])
    #expect(first.points.allSatisfy { $0.low == 40 && $0.high == 40 })
    #expect(!first.fromZero)
    #expect(first.description.contains("lc-ctr-57 > 40") && first.description.contains("= 40"))
    let firstChart = try #require(
      page.blocks.firstIndex {
        if case .chart = $0 { return true } else { return false }
      })
    let firstTable = try #require(
      page.blocks.firstIndex {
        if case .table = $0 { return true } else { return false }
      })
    #expect(firstChart < firstTable)
    // secondary and translated sources are marked on their rows
    #expect(
      plots.contains {
        $0.points.contains { $0.label.hasSuffix(language == .vi ? " [thứ cấp]" : " [secondary]") }
      })
    // Markdown draws each picture as a table of the stated figures
    let markdown = MarkdownRenderer.render(page)
    #expect(markdown.contains("| lc-ctr-57 | \\> 40 |") && markdown.contains("| lc-kh-569 | 40 |"))
  }
}
