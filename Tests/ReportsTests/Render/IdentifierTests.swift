import Testing

@testable import Reports

@Suite struct IdentifierTests {
  @Test(arguments: [
    ("province-lai-chau", "province-lai-chau"),
    ("Lai Châu", "lai-chau"),
    ("Đắk Lắk", "dak-lak"),
    ("T12@lai_chau.2030", "t12-lai_chau.2030"),
    ("javascript:alert(1)", "javascript-alert-1-"),
    (#""><script>"#, "-script-"),
    ("", "_"),
  ])
  func html(input: String, expected: String) {
    #expect(Identifier.html(input) == expected)
  }

  @Test(arguments: [
    ("lai-chau-t1", "lai-chau-t1"),
    ("T12@Lai_Chau.2030", "T12-Lai-Chau-2030"),
    ("Sơn La", "Son-La"),
    ("[^x]", "-x-"),
    ("", "note"),
  ])
  func footnote(input: String, expected: String) {
    #expect(Identifier.footnote(input) == expected)
  }

  @Test func noteLabelsAreUniqueAndNumberedInOrder() {
    let notes = ["a.b", "a_b", "c", "a-b"].map { Note(id: $0, lines: []) }
    let index = NoteIndex(notes, label: Identifier.footnote)
    #expect(index.entry("a.b") == NoteIndex.Entry(number: 1, label: "a-b"))
    #expect(index.entry("a_b") == NoteIndex.Entry(number: 2, label: "a-b-2"))
    #expect(index.entry("c") == NoteIndex.Entry(number: 3, label: "c"))
    #expect(index.entry("a-b") == NoteIndex.Entry(number: 4, label: "a-b-3"))
  }
}
