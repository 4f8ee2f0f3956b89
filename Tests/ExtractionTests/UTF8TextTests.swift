import Support
import Testing

@testable import Catalog
@testable import Extraction

@Suite struct UTF8TextTests {
  @Test func aByteOrderMarkIsDropped() throws {
    #expect(
      try UTF8Text.decode([0xEF, 0xBB, 0xBF] + Array("đạt 40%".utf8), file: "p.txt") == "đạt 40%")
  }

  @Test func invalidBytesAreLocated() {
    let bytes = Array("dòng 1\nđạt ".utf8) + [0xFF] + Array("40%".utf8)
    #expect(
      throws: CatalogError.invalidData([
        Diagnostic(
          .error, at: SourceLocation(file: "p.txt", line: 2, column: 5),
          "invalid UTF-8 byte sequence (save the file as UTF-8)")
      ])
    ) {
      try UTF8Text.decode(bytes, file: "p.txt")
    }
  }
}
