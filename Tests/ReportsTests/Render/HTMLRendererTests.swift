import Foundation
import Testing

@testable import Reports

@Suite struct HTMLRendererTests {
  typealias F = RenderFixture

  /// The document without the renderer's own script, where `<script>` may legitimately occur.
  static func withoutOwnScript(_ html: String) -> String {
    html.replacingOccurrences(of: HTMLAssets.script.description, with: "")
  }

  // MARK: Escaping

  @Test func hostileDataIsEscapedEverywhere() {
    let html = HTMLRenderer.render(F.hostilePage())
    let body = Self.withoutOwnScript(html)
    #expect(!body.contains("<img"))
    #expect(!body.contains("<script>alert"))
    #expect(!body.contains("onerror=alert(1)>"))
    #expect(!body.contains(#"" onmouseover"#) && !body.contains("' onmouseover"))
    #expect(F.count("<script>", in: html) == 1)
    let image = "&lt;img src=x onerror=alert(1)&gt;"
    let breakout = "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
    // title ×2, paragraph, link text, bullet, caption, cell, dot-plot figcaption/title, unit and
    // reference label, gap-bar description and label, rank figcaption/title, note line.
    #expect(F.count(image, in: html) == 16)
    // heading, strong, badge, notice, two headers, cell, dot-plot description and label,
    // gap-bar figcaption/title and measure, rank description and label, note line, and the
    // header used as the accessible name of the table without caption.
    #expect(F.count(breakout, in: html) == 16)
    #expect(html.contains(#"aria-label="\#(breakout)""#))
    #expect(html.contains("&#39; onmouseover=&#39;alert(1)"))
  }

  @Test func idsAndLinkTargetsAreSanitised() {
    let html = HTMLRenderer.render(F.hostilePage())
    let safe = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789-_.")
    for id in F.attributeValues("id", in: html) {
      #expect(id.unicodeScalars.allSatisfy(safe.contains), "\(id)")
    }
    for href in F.attributeValues("href", in: html) {
      let rest =
        href.hasPrefix("#")
        ? String(href.dropFirst()) : href.replacingOccurrences(of: ".html#", with: "")
      #expect(rest.unicodeScalars.allSatisfy(safe.contains), "\(href)")
      #expect(!href.lowercased().contains("javascript:"))
    }
    #expect(html.contains(#"href="javascript-alert-1-.html#-script-alert-1-script-""#))
  }

  @Test func ampersandEntitiesInDataAreEscapedOnce() {
    let page = Page(
      slug: "p", title: "R&amp;D", language: .en,
      blocks: [
        .table(Table(id: "t", caption: "&lt;", header: ["&quot;"], rows: [[Cell("A&amp;B")]]))
      ])
    let html = HTMLRenderer.render(page)
    #expect(html.contains("<title>R&amp;amp;D</title>"))
    #expect(html.contains("<td>A&amp;amp;B</td>"))
    #expect(html.contains(">&amp;lt;</caption>"))
    #expect(html.contains("<button type=\"button\">&amp;quot;</button>"))
    #expect(!html.contains("&amp;amp;amp;"))
  }

  // MARK: Structure

  @Test(arguments: Language.allCases)
  func documentShell(language: Language) {
    let html = HTMLRenderer.render(F.page(language))
    #expect(html.hasPrefix("<!doctype html>\n<html lang=\"\(language.rawValue)\">\n<head>\n"))
    #expect(html.contains(#"<meta charset="utf-8">"#))
    #expect(html.contains(#"<meta name="viewport" content="width=device-width, initial-scale=1">"#))
    #expect(html.contains("<title>\(F.page(language).title)</title>"))
    #expect(html.contains("@media print"))
    #expect(F.count("<h1>", in: html) == 1)
    #expect(html.hasSuffix("</html>\n"))
  }

  @Test func worksOfflineWithoutExternalAssets() {
    let html = HTMLRenderer.render(F.page())
    let withoutSVGNamespace = html.replacingOccurrences(
      of: #"xmlns="http://www.w3.org/2000/svg""#, with: "")
    #expect(!withoutSVGNamespace.contains("http://"))
    #expect(!withoutSVGNamespace.contains("//cdn"))
    #expect(!html.contains("<link") && !html.contains(" src=") && !html.contains("@import"))
    #expect(html.contains("default-src &#39;none&#39;"))
  }

  @Test func oneTableElementPerTableBlockWithItsRows() {
    let page = F.page()
    let html = HTMLRenderer.render(page)
    let tables = page.blocks.compactMap { block -> Reports.Table? in
      if case .table(let table) = block { return table }
      return nil
    }
    #expect(F.count("<table ", in: html) == tables.count)
    let chunks = html.components(separatedBy: "<table ").dropFirst()
    for (table, chunk) in zip(tables, chunks) {
      let markup = chunk.components(separatedBy: "</table>")[0]
      #expect(markup.hasPrefix(#"id="\#(table.id)""#))
      #expect(F.count("<tr>", in: markup) == table.rows.count + 1)
      #expect(F.count(#"<th scope="col""#, in: markup) == table.header.count)
      #expect(F.count("<td", in: markup) == table.rows.count * table.header.count)
      #expect(markup.contains("<caption") == !table.caption.isEmpty)
    }
  }

  @Test func sortableTablesHaveButtonsAndSortKeys() {
    let html = HTMLRenderer.render(F.page())
    #expect(html.contains(#"<table id="profile-lai-chau" class="sortable">"#))
    #expect(html.contains(#"<table id="excluded">"#))
    #expect(F.count(#"<button type="button">"#, in: html) == 4)
    // a column with a number in every row is numeric: right-aligned, header and cells
    #expect(html.contains(#"<td class="num" data-sort="2030">2030</td>"#))
    #expect(html.contains(#"<th scope="col" class="num">"#))
    #expect(html.contains(#"<td class="tone-good" data-sort="37.6">37,6</td>"#))
    #expect(html.contains(#"<td class="tone-bad" data-sort="-2.5">−2,5</td>"#))
    #expect(html.contains(#"<td class="tone-neutral">—</td>"#))
    #expect(html.contains(#"<span class="badge tone-warning">cần tăng tốc</span>"#))
    #expect(html.contains(#"<span class="badge">?</span>"#))
    #expect(F.count("<script>", in: html) == 1)
  }

  @Test func scriptIsEmbeddedEvenWithoutTablesAndGuardsAgainstThem() {
    let html = HTMLRenderer.render(Page(slug: "empty", title: "Empty", language: .en, blocks: []))
    #expect(F.count("<script>", in: html) == 1)
    let script = HTMLAssets.script.description
    #expect(script.contains(#"querySelectorAll("table.sortable")"#))
    #expect(script.contains("if (!table.tHead"))
    #expect(script.contains("localeCompare(b.text, lang"))
    #expect(script.contains(#""aria-sort""#))
    #expect(!html.contains("notes-heading"))
  }

  @Test func headingsNoticesAndLinks() {
    let html = HTMLRenderer.render(F.page())
    #expect(html.contains(#"<h2 id="targets">Mục tiêu</h2>"#))
    #expect(html.contains("<h3>Không so sánh được</h3>"))
    #expect(html.contains(#"<aside class="notice tone-warning" role="note">"#))
    #expect(html.contains(#"<a href="dashboard.html#gaps">Bảng vùng</a>"#))
    #expect(html.contains(##"<a href="#targets">↑</a>"##))
    #expect(html.contains("<li><strong>Ghi chú: </strong>1. first</li>"))
    let levelOne = HTMLRenderer.render(
      Page(
        slug: "p", title: "T", language: .en, blocks: [.heading(level: 1, text: "S", anchor: nil)]))
    #expect(levelOne.contains("<h2>S</h2>") && F.count("<h1>", in: levelOne) == 1)
  }

  // MARK: Notes

  @Test func noteReferencesResolveAndLinkBack() {
    let html = HTMLRenderer.render(F.page())
    let hrefs = F.attributeValues("href", in: html).filter { $0.hasPrefix("#") }
    let ids = Set(F.attributeValues("id", in: html))
    #expect(!hrefs.isEmpty)
    for href in hrefs { #expect(ids.contains(String(href.dropFirst())), "\(href)") }
    #expect(
      html.contains(
        ##"<sup><a href="#note-lai-chau-t1" id="ref-lai-chau-t1-1" aria-label="Chú thích 1">"##
          + "[1]</a></sup>"
      ))
    #expect(html.contains(#"id="ref-lai-chau-t1-2""#))
    #expect(html.contains(#"<h2 id="notes-heading">Nguồn và trích dẫn</h2>"#))
    #expect(html.contains("<p><strong>Văn bản: </strong>Nghị quyết 05-NQ/TU (2021)</p>"))
    #expect(html.contains("<p>https://example.org/a_b?x=1&amp;y=2</p>"))
    #expect(F.count(#"<li id="note-"#, in: html) == 2)
    let english = HTMLRenderer.render(F.page(.en))
    #expect(english.contains(#"<h2 id="notes-heading">Sources and quotes</h2>"#))
  }

  // MARK: Determinism

  @Test func renderingIsDeterministic() {
    #expect(HTMLRenderer.render(F.page()) == HTMLRenderer.render(F.page()))
    #expect(HTMLRenderer.render(F.hostilePage()) == HTMLRenderer.render(F.hostilePage()))
  }
}
