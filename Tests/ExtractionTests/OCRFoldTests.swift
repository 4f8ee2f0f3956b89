import Testing

@testable import Catalog
@testable import Extraction

/// Folding OCR-damaged words, derived from the seed texts' damage.
@Suite struct OCRFoldTests {
  @Test(arguments: [
    ("trén", "tren"), ("trên", "tren"), ("1én", "len"), ("16n", "lon"), ("tir", "tu"),
    ("nhém", "nhem"), ("s6", "so"), ("sb", "so"), ("sd", "so"), ("s0", "so"), ("t6i", "toi"),
    ("tdi", "toi"), ("thiéu", "thieu"), ("x4", "xa"), ("x3", "xa"), ("ngh¢", "nghe"),
    ("nghi€p", "nghiep"), ("k¥", "ky"), ("tw", "tu"), ("tru’O’ng", "truong"), ("nudc", "nuoc"),
    ("ngudi", "nguoi"), ("Pén", "den"), ("Phát", "phat"), ("ho1", "hoi"), ("d01", "doi"),
    ("stt", "su"), ("Iy", "ly"), ("đổi", "doi"), ("ddi", "doi"), ("hﬁng", "hang"),
    ("chuy@n", "chuyen"), ("v&i", "vei"),
  ])
  func foldsSeedDamage(_ damaged: String, _ folded: String) {
    #expect(Extraction.WordForm(damaged).fold == folded)
  }

  @Test func acronymsAndTechnicalTermsKeepTheirSymbols() {
    #expect(Extraction.WordForm("R&D").fold == "r&d")
    #expect(Extraction.WordForm("KH&CN").fold == "kh&cn")
    #expect(Extraction.WordForm("5G").fold == "5g")
    #expect(Extraction.WordForm("3D").fold == "3d")
    #expect(Extraction.WordForm("PII").fold == "pii")
    #expect(Extraction.WordForm("GRDP").isUpperCase)
    #expect(!Extraction.WordForm("Grdp").isUpperCase)
  }

  @Test func skeletonsAbsorbDamagedVowels() {
    func skeleton(_ s: String) -> String? { Extraction.WordForm(s).skeleton }
    #expect(skeleton("murc") == skeleton("mức"))
    #expect(skeleton("mtrc") == "mVc")
    #expect(skeleton("ctru") == skeleton("cứu"))
    #expect(skeleton("khai") == skeleton("khởi"))
    #expect(skeleton("không") == skeleton("khoảng"))  // why one-word comparators need exact folds
    #expect(skeleton("digital") == nil)
    #expect(Extraction.PlanText("40").tokens.first?.form == nil)
    #expect(Extraction.WordForm("s").isBareOnset)
  }

  @Test func phraseMatchingIsOCRTolerantButNotLoose() {
    let keyword = Extraction.Phrase("kinh tế số")
    func quality(_ text: String) -> Double? {
      keyword.match(Extraction.Phrase(text).words, at: 0)
    }
    #expect(quality("kinh tế số") == 1)
    #expect(quality("Kinh té s6") == 1)
    #expect(quality("kinh té s") != nil)  // a lost vowel: `s` alone
    #expect(quality("kinh té sang") == nil)
    #expect(quality("kinh") == nil)
    // One-word phrases and upper-case words match exactly only.
    #expect(Extraction.Phrase("hơn").match(Extraction.Phrase("hoàn").words, at: 0) == nil)
    #expect(Extraction.Phrase("số hóa").match(Extraction.Phrase("s6 HDI").words, at: 0) == nil)
    #expect(Extraction.Phrase("HDI").match(Extraction.Phrase("hdi").words, at: 0) == nil)
  }

  @Test func numbersAreNeverFoldedAsWords() {
    let plan = Extraction.PlanText("dat tir 37,6 % tr¢ 1én; 02 doanh nghiép; 0,623. s6 16n")
    let numbers = plan.tokens.filter { $0.kind == .number }.map(\.text)
    #expect(numbers == ["37,6", "02", "0,623"])
    let words = plan.tokens.filter { $0.kind == .word }.compactMap(\.form?.fold)
    #expect(words == ["dat", "tu", "tre", "len", "doanh", "nghiep", "so", "lon"])
  }

  @Test func pageNumberLinesAreDropped() {
    let plan = Extraction.PlanText("duy tri trén\n\n\n4\n\n0,623.")
    #expect(plan.pageNumberLines == [4])
    #expect(plan.tokens.map(\.text) == ["duy", "tri", "trén", "0,623", "."])
    #expect(plan.tokens.last?.line == 6)
  }
}
