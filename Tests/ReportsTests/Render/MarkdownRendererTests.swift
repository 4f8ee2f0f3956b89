import Foundation
import Testing

@testable import Reports

@Suite struct MarkdownRendererTests {
  typealias F = RenderFixture

  /// The `|` that separate cells: those not escaped by an odd number of backslashes.
  static func separators(_ line: String) -> Int {
    var count = 0
    var backslashes = 0
    for character in line {
      if character == "|", backslashes % 2 == 0 { count += 1 }
      backslashes = character == "\\" ? backslashes + 1 : 0
    }
    return count
  }

  /// Each run of consecutive lines starting with `|`.
  static func tables(_ markdown: String) -> [[String]] {
    var tables: [[String]] = []
    var current: [String] = []
    for line in markdown.components(separatedBy: "\n") {
      if line.hasPrefix("|") {
        current.append(line)
      } else if !current.isEmpty {
        tables.append(current)
        current = []
      }
    }
    return tables
  }

  @Test(arguments: [F.page(.vi), F.page(.en), F.hostilePage()])
  func everyTableLineHasTheSameNumberOfCells(page: Page) {
    let tables = Self.tables(MarkdownRenderer.render(page))
    #expect(tables.count == 5)  // two tables and three charts
    for table in tables {
      let counts = Set(table.map(Self.separators))
      #expect(counts.count == 1, "\(table)")
      #expect(table[1].hasPrefix("| --- |"))
    }
  }

  @Test func structure() {
    let markdown = MarkdownRenderer.render(F.page())
    #expect(
      markdown.hasPrefix("# Hồ sơ mục tiêu: Lai Châu\n\n> Thành phần vùng do provbench suy ra.\n\n")
    )
    #expect(
      markdown.contains(
        "<a id=\"targets\"></a>\n\n## Mục tiêu\n\n*Mục tiêu của Lai Châu*\n\n| Chỉ tiêu |"))
    #expect(markdown.contains("\n### Không so sánh được\n"))
    #expect(markdown.contains("[Bảng vùng](dashboard.md#gaps) · [↑](#targets)"))
    #expect(markdown.contains("| Doanh nghiệp số[^lai-chau-t2] | 2025 | −2,5 | **cần tăng tốc** |"))
    #expect(markdown.contains("| R\\&D[^lai-chau-t1] | 2030 | — | **?** |"))
    #expect(markdown.contains("- **Ghi chú:** 1. first\n- \\- second\n"))
    #expect(markdown.hasSuffix("\n"))
  }

  @Test func chartsBecomeDataTablesUnderAnItalicTitle() {
    let markdown = MarkdownRenderer.render(F.page())
    #expect(
      markdown.contains(
        "*Chi NCPT (2030)*\n\n| Tên | Giá trị (% GRDP) |\n| --- | --- |\n"
          + "| **Lai Châu** | 0,62 |\n| Sơn La | 0,1–0,3 |"
      ))
    #expect(markdown.contains("| Trung bình vùng (đường tham chiếu) | 0,39 |"))
    #expect(markdown.contains("| Kinh tế số 2030 | −3 đến +4 |"))
    #expect(
      markdown.contains(
        "| Tên | Hạng | Trung vị | Q5–Q95 |\n| --- | --- | --- | --- |\n"
          + "| Lai Châu | 1 | 1,5 | 1–3 |"
      ))
  }

  @Test(arguments: [F.page(.vi), F.hostilePage()])
  func footnotesAreReferencedAndDefinedOnce(page: Page) {
    let markdown = MarkdownRenderer.render(page)
    let lines = markdown.components(separatedBy: "\n")
    let definitions = lines.filter { $0.hasPrefix("[^") && $0.contains("]: ") }.map {
      String($0.dropFirst(2).prefix { $0 != "]" })
    }
    #expect(definitions.count == page.notes.count)
    #expect(Set(definitions).count == definitions.count)
    let references = markdown.components(separatedBy: "[^").dropFirst().map {
      String($0.prefix { $0 != "]" })
    }
    for label in references { #expect(definitions.contains(label), "\(label)") }
    for label in definitions {
      #expect(
        label.unicodeScalars.allSatisfy {
          CharacterSet(charactersIn: "-").contains($0)
            || ($0.isASCII && CharacterSet.alphanumerics.contains($0))
        })
    }
  }

  @Test func footnoteLinesContinueIndentedWithHardBreaks() {
    let markdown = MarkdownRenderer.render(F.page())
    #expect(
      markdown.contains(
        "\n\n[^lai-chau-t1]: **Văn bản:** Nghị quyết 05-NQ/TU (2021)\\\n"
          + "    **Trích nguyên văn:** “đạt 37,6%”\n\n"
      ))
    #expect(markdown.hasSuffix("[^lai-chau-t2]: https://example.org/a_b?x=1\\&y=2\n"))
  }

  @Test func hostileDataStaysText() {
    let markdown = MarkdownRenderer.render(F.hostilePage())
    // Every `<` is escaped, except the renderer's own heading anchor.
    let anchor = #"<a id="-script-alert-1-script-"></a>"#
    #expect(
      !markdown.replacingOccurrences(of: "\\<", with: "").replacingOccurrences(of: anchor, with: "")
        .contains("<"))
    #expect(!markdown.contains("javascript:"))
    #expect(markdown.contains("# \\<img src=x onerror=alert(1)\\>\n"))
    #expect(
      markdown.contains(
        "[\\<img src=x onerror=alert(1)\\>](javascript-alert-1-.md#-script-alert-1-script-)"))
    #expect(
      markdown.contains("**\\\"\\>\\<script\\>alert(1)\\</script\\>**[^-script-alert-1-script-]"))
    #expect(markdown.contains("\\' onmouseover=\\'alert(1)"))
    #expect(markdown.contains("> \\\"\\>\\<script\\>"))
  }

  @Test func ampersandEntitiesInDataAreEscapedOnce() {
    let page = Page(
      slug: "p", title: "R&amp;D", language: .en, blocks: [.paragraph([.text("&lt;")])])
    #expect(MarkdownRenderer.render(page) == "# R\\&amp;D\n\n\\&lt;\n")
  }

  @Test func renderingIsDeterministic() {
    #expect(MarkdownRenderer.render(F.page()) == MarkdownRenderer.render(F.page()))
  }
}
