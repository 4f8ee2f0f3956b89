import Catalog
import Foundation
import TestSupport
import Testing

@testable import Reports

/// The listings' words and numbers: English unchanged, Vietnamese with decimal commas, names
/// instead of ids, and ids in code spans in Markdown that data cannot break out of.
@Suite struct ListingTextTests {
  static let catalog = try? CatalogLoader.load(
    from: Paths.packageRoot.appendingPathComponent("datasets"), displayPath: "datasets"
  ).catalog

  @Test func numbersTakeTheLanguagesDecimalMark() {
    let vi = Localizer(.vi)
    let en = Localizer(.en)
    #expect(vi.numeric("37.6") == "37,6")
    #expect(vi.numeric("≥ 0.623") == "≥ 0,623")
    #expect(vi.numeric("9–10") == "9–10")
    #expect(vi.numeric("-15.38 to -14.25") == "-15,38 đến -14,25")
    for text in ["37.6", "-15.38 to -14.25", "≥ 0.623"] { #expect(en.numeric(text) == text) }
    #expect(vi.count(8, of: 14) == "8/14" && en.count(8, of: 14) == "8 of 14")
  }

  @Test func idsAreCodeSpansThatDataCannotBreak() {
    #expect(MarkdownTable.code("lai-chau") == "`lai-chau`")
    #expect(MarkdownTable.code("a|b`c\nd") == "`a\\|bcd`")
    #expect(MarkdownTable.code("`") == "")
  }

  @Test func namesReplaceIdsInVietnameseOnly() throws {
    let catalog = try #require(Self.catalog)
    let en = ListingText(Localizer(.en), catalog, markdown: true)
    let table = ListingText(Localizer(.vi), catalog, markdown: false)
    let markdown = ListingText(Localizer(.vi), catalog, markdown: true)
    #expect(en.geo("lai-chau") == "lai-chau")
    #expect(table.geo("lai-chau") == "Lai Châu")
    #expect(markdown.geo("lai-chau") == "Lai Châu `lai-chau`")
    #expect(table.indicator("hdi") == "Chỉ số phát triển con người (HDI)")
    #expect(en.indicator("hdi") == "hdi")
    // Vietnamese Markdown cells are escaped once, when built; English ones when rendered
    #expect(markdown.text("a*b") == "a\\*b" && en.text("a*b") == "a*b")
    let rendered = markdown.table(["x|y"], [[markdown.text("<b>") + " " + markdown.id("t1")]])
    #expect(rendered == "| x\\|y |\n| --- |\n| &lt;b&gt; `t1` |\n")
  }
}
