import Testing

@testable import Extraction

/// The stored form of an ingested document: page markers that keep page numbers.
@Suite struct PagedTextTests {
  @Test func pagesAreStoredAfterTheirMarkers() {
    let paged = PagedText(pages: ["Dòng một\nDòng hai\n\u{0C}", "Trang hai\r\n"])
    #expect(paged.text == "=== trang 1 ===\nDòng một\nDòng hai\n=== trang 2 ===\nTrang hai\n")
    #expect(paged.pageCount == 2)
    #expect(paged.place(ofLine: 2) == (1, 1) && paged.place(ofLine: 3) == (1, 2))
    #expect(paged.place(ofLine: 5) == (2, 1))
  }

  @Test func decomposedTextIsStoredInNFC() {
    // "ế" as e + combining circumflex + combining acute, as some PDFs give it
    let paged = PagedText(pages: ["Kinh te\u{0302}\u{0301} so\u{0302}\u{0301}"])
    #expect(paged.text == "=== trang 1 ===\nKinh tế số\n")
  }

  @Test func markersAreBlankedForTheExtractorAndLinesKept() {
    let paged = PagedText(pages: ["a 25%", "b 30%"])
    #expect(paged.withoutMarkers == "\na 25%\n\nb 30%\n")
    #expect(
      paged.withoutMarkers.split(separator: "\n", omittingEmptySubsequences: false).count
        == paged.text.split(separator: "\n", omittingEmptySubsequences: false).count)
  }

  @Test func aTextWithoutMarkersIsOnePage() {
    let paged = PagedText("một\nhai\n")
    #expect(paged.pageCount == 1 && paged.place(ofLine: 2) == (1, 2))
    #expect(paged.withoutMarkers == "một\nhai\n")
  }

  @Test(arguments: [
    ("=== trang 3 ===", 3), ("=== trang 12 ===\r", 12), ("=== trang 0 ===", nil),
    ("=== trang x ===", nil), ("== trang 3 ==", nil), ("=== trang  ===", nil),
    ("=== trang ３ ===", nil),
  ])
  func markerLines(_ line: String, _ page: Int?) {
    #expect(PagedText.page(ofMarker: Substring(line)) == page)
  }
}
