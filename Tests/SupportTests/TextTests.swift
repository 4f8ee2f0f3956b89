import Foundation
import Support
import Testing

@Suite struct TextTests {
  @Test(arguments: ["lai-chau", "Lai Châu", "lai chau", "LAI CHAU", "Lai  Châu ", "lai_chau"])
  func slugFoldsSpellingsOfOneName(_ spelling: String) {
    #expect(Text.slug(spelling) == "lai-chau")
  }

  @Test func slugFoldsDStroke() {
    #expect(Text.slug("Điện Biên") == "dien-bien")
    #expect(Text.slug("Đắk Lắk") == "dak-lak")
  }

  @Test func slugTreatsDecomposedAndComposedAlike() {
    let decomposed = "Lai Cha\u{302}u"
    #expect(Text.slug(decomposed) == "lai-chau")
    #expect(Text.nfc(decomposed) == "Lai Châu")
    #expect(Text.nfc(decomposed).unicodeScalars.count == 8)
  }

  @Test func collapsingWhitespace() {
    #expect(Text.collapsingWhitespace("  a \n\t b  c\n") == "a b c")
    #expect(Text.collapsingWhitespace("") == "")
  }

  @Test func editDistance() {
    #expect(Text.editDistance("kitten", "sitting") == 3)
    #expect(Text.editDistance("", "abc") == 3)
    #expect(Text.editDistance("same", "same") == 0)
  }

  @Test func nearestSuggestsOnlyPlausibleTypos() {
    let ids = ["lai-chau", "lao-cai", "thai-nguyen"]
    #expect(Text.nearest(to: "lai chua", in: ids) == "lai-chau")
    #expect(Text.nearest(to: "thai nguyn", in: ids) == "thai-nguyen")
    #expect(Text.nearest(to: "ha-noi-capital-city", in: ids) == nil)
  }
}
