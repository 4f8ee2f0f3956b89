import Testing

@testable import Catalog

@Suite struct SourceTextTests {
  let source = SourceText("line one\nQuy mo kinh te so dat toi thieu 40%\n  GRDP. Tiep theo\nend\n")

  @Test func quoteAcrossALineBreakIsFoundWithItsLines() {
    #expect(source.lines(of: "toi thieu 40% GRDP") == 2...3)
    #expect(source.lines(of: "toi   thieu\n40%") == 2...2)
    #expect(source.lines(of: "line one") == 1...1)
  }

  @Test func missingQuoteReportsHowFarItMatches() {
    #expect(source.lines(of: "toi thieu 45% GRDP") == nil)
    let partial = source.longestMatchingPrefix(of: "Quy mo kinh te so dat toi thieu 45%")
    #expect(partial?.prefix == "Quy mo kinh te so dat toi thieu 4")
    #expect(partial?.line == 2)
    #expect(source.longestMatchingPrefix(of: "zzz") == nil)
  }

  @Test func composedAndDecomposedTextMatch() {
    let text = SourceText("Lai Cha\u{302}u")
    #expect(text.lines(of: "Lai Châu") == 1...1)
  }
}
