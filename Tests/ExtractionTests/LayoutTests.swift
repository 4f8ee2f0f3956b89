import Testing

@testable import Catalog
@testable import Extraction

/// Headings (with OCR-damaged roman numerals), sentences and page breaks.
@Suite struct LayoutTests {
  @Test(arguments: [
    ("II. MUC TIEU", 1, "II"), ("I11. MUC TIEU", 1, "III"), ("Il. MUC TIEU", 1, "II"),
    ("III- NHIEM VU, GIAI PHAP TRONG TAM", 1, "III"), ("1. Muc tiéu dén nim 2030", 2, "1"),
    ("1.1. Néng cao nhdn thirc", 3, "1.1"), ("a. KHCN&PMST tap trung", 9, "a"),
  ])
  func headings(_ line: String, _ level: Int, _ label: String) throws {
    let heading = try #require(Extraction.Layout.parseHeading(line))
    #expect(heading.level == level)
    #expect(heading.label == label)
  }

  @Test(arguments: [
    "16 - 18%/nam, ty 1€ khai thac", "0,623.", "2030, dat 10 can bo", "- Tiém luc, trinh do",
    "Viet Nam", "I. nho", "57-NQ/TW nhim nang",
  ])
  func bodyLinesAreNotHeadings(_ line: String) {
    #expect(Extraction.Layout.parseHeading(line) == nil)
  }

  @Test func aRestartedListNestsInsideItsSection() {
    let plan = Extraction.PlanText(
      "II. MUC TIEU\n2. Muc tieu den nam 2030\n1. Mot\n2. Hai\n3. Ba\n")
    let layout = Extraction.Layout(plan)
    #expect(layout.headings.map(\.level) == [1, 2, 3, 3, 2])
  }

  @Test func aPageBreakInsideASentenceDoesNotEndIt() {
    let plan = Extraction.PlanText("duy tri trén\n\n\n\n0,623.\n\n- Pén nam 2030, bd tri 3%.")
    let layout = Extraction.Layout(plan)
    #expect(layout.sentences.count == 2)
  }
}
