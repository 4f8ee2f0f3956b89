import Support
import Testing

@testable import Reports

@Suite struct MarkdownTextTests {
  @Test(arguments: [
    ("a | b", "a \\| b"),
    ("C:\\dir", "C:\\\\dir"),
    ("*x* `y` [z]", "\\*x\\* \\`y\\` \\[z\\]"),
    ("<b>&amp;</b>", "\\<b\\>\\&amp;\\</b\\>"),
    ("snake_case _edge_", "snake_case \\_edge\\_"),
    ("line\nbreak", "line break"),
    ("$5 ^2 ~3 @key", "\\$5 \\^2 \\~3 \\@key"),
    (#"province's "best""#, #"province's \"best\""#),
    ("'quoted'", "\\'quoted\\'"),
    ("37,6% – Lai Châu", "37,6% – Lai Châu"),
  ])
  func escape(input: String, expected: String) {
    #expect(MarkdownText.escape(input) == expected)
  }

  @Test(arguments: [
    ("# not a heading", "\\# not a heading"),
    ("- not a bullet", "\\- not a bullet"),
    ("+ not a bullet", "\\+ not a bullet"),
    ("2025. not a list", "2025\\. not a list"),
    ("3) not a list", "3\\) not a list"),
    (": not a definition", "\\: not a definition"),
    ("    not code", "not code"),
    ("2025 is fine", "2025 is fine"),
    ("", ""),
  ])
  func blockStart(input: String, expected: String) {
    #expect(MarkdownText.blockStart(input) == expected)
  }

  @Test func strongKeepsSpacesOutsideTheMarkers() {
    #expect(MarkdownText.strong("Văn bản: ") == "**Văn bản:** ")
    #expect(MarkdownText.strong(" x") == " **x**")
    #expect(MarkdownText.strong("  ") == "  ")
    #expect(MarkdownText.strong("") == "")
    #expect(MarkdownText.italic(" caption ") == "*caption*")
  }

  @Test func headingsEscapeHashes() {
    #expect(MarkdownText.heading("Mục #3 #") == "Mục \\#3 \\#")
  }

  @Test func tablesNeedColumns() {
    #expect(MarkdownText.table(header: [], rows: []) == "")
    #expect(MarkdownText.table(header: ["a"], rows: [[""]]) == "| a |\n| --- |\n|   |")
  }
}
