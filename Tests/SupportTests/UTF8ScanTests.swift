import Foundation
import Support
import Testing

/// The byte-level shortcuts must agree with the Unicode properties and Foundation calls they
/// stand in for.
@Suite struct UTF8ScanTests {
  static let scalars = (0...0x10FFFF).compactMap(Unicode.Scalar.init)

  @Test func whiteSpaceMatchesTheUnicodeProperty() {
    let wrong = Self.scalars.filter { scalar in
      let bytes = Array(String(scalar).utf8)
      let (isSpace, length) = bytes.withUnsafeBufferPointer { UTF8Scan.whitespace($0, at: 0) }
      return isSpace != scalar.properties.isWhitespace || length != bytes.count
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0.value, radix: 16) })")
  }

  @Test func quickNFCTextIsItsOwnNFC() {
    let wrong = Self.scalars.filter { scalar in
      ["\(scalar)", "a\(scalar)", "\(scalar)a"].contains { text in
        UTF8Scan.isQuickNFC(text)
          && Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
            != Array(text.unicodeScalars)
      }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0.value, radix: 16) })")
    #expect(UTF8Scan.isQuickNFC("Thái Nguyên – Lai Châu, 37,6% “GRDP”"))
    #expect(!UTF8Scan.isQuickNFC("Lai Cha\u{302}u"))
  }

  @Test func trimmingAndNormalisingAgreeWithFoundation() {
    let samples = [
      "", " ", "a", " a", "a ", "\u{A0}Châu\u{A0}", "Châu", "ỦY BAN", "x\u{301}", " \u{301}",
      "\u{2003}37.6", "Đạt", "a\tb", "\n", "\u{85}x", "x\u{2028}", "\u{1E9E}", "–", "abc\u{300}",
    ]
    for text in samples {
      #expect(Text.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
      #expect(
        Array(Text.nfc(text).unicodeScalars)
          == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }
  }

  @Test func validationMatchesTheStandardLibrary() {
    var random = SplitMix64(seed: 9)
    let pieces: [[UInt8]] = [
      [0x41], [0xC3, 0xA9], [0xE1, 0xBA, 0xA1], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xC0, 0xAF],
      [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80], [0xFF], [0x20], [0xC2],
    ]
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<random.int(in: 0...12) {
        bytes += pieces[random.int(in: 0...(pieces.count - 1))]
      }
      let expected = String(validating: bytes, as: UTF8.self) != nil
      bytes.withUnsafeBufferPointer { buffer in
        #expect(UTF8Scan.isValid(buffer) == expected, "\(bytes)")
        #expect((UTF8Scan.form(buffer) != .invalid) == expected, "\(bytes)")
      }
    }
  }

  @Test func collapsedQuotesMatchTheStringForm() {
    for text in ["  a \n\t b  ", "Lai Cha\u{302}u\u{2003}x", "", " ", "đạt\u{A0}\u{A0}40%"] {
      #expect(Text.collapsedUTF8(text) == Array(Text.collapsingWhitespace(Text.nfc(text)).utf8))
    }
  }
}
