/// Byte-level checks on UTF-8 text that let hot paths skip Foundation's normalisation and
/// trimming when they could not change anything.
package enum UTF8Scan {
  /// Whether `s` is certainly in NFC: every scalar is below U+0300 (ASCII, Latin-1, Latin
  /// Extended-A/B, IPA, spacing modifiers), in Latin Extended Additional (U+1E00–U+1EFF,
  /// the precomposed Vietnamese letters) or in General Punctuation from U+2002 to U+206F
  /// (dashes, quotation marks). All of these have NFC_Quick_Check = Yes and canonical
  /// combining class 0, so such a string is its own NFC (UAX #15, quick check).
  /// False means "not known", not "not NFC".
  package static func isQuickNFC(_ s: String) -> Bool {
    var s = s
    return s.withUTF8(isQuickNFC)
  }

  /// `isQuickNFC` over bytes; invalid UTF-8 is "not known" (false).
  package static func isQuickNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let (valid, quick) = check(bytes)
    return valid && quick
  }

  /// Whether the first and last scalars of a non-empty `s` are certainly not white space or
  /// line ends: ASCII `!`…`~`, U+00C0–U+07FF (Latin letters and other scripts, no spaces) or
  /// U+1E00–U+1EFF. False means "not known".
  package static func hasSolidEnds(_ s: String) -> Bool {
    var s = s
    return s.withUTF8(hasSolidEnds)
  }

  package static func hasSolidEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !bytes.isEmpty, isSolidStart(bytes, at: 0) else { return false }
    var last = bytes.count - 1
    while last > 0 && bytes[last] & 0xC0 == 0x80 { last -= 1 }
    return isSolidStart(bytes, at: last)
  }

  private static func isSolidStart(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    let byte = bytes[i]
    if byte < 0x80 { return byte > 0x20 && byte < 0x7F }
    if byte >= 0xC3 && byte <= 0xDF { return true }
    return byte == 0xE1 && i + 1 < bytes.count && bytes[i + 1] >= 0xB8 && bytes[i + 1] <= 0xBB
  }

  /// The end of the run of non-white-space scalars starting at `bytes[i]`.
  package static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
    var i = i
    while i < bytes.count {
      let byte = bytes[i]
      if byte > 0x20 && byte < 0x80 {
        i += 1
        continue
      }
      let (isSpace, length) = whitespace(bytes, at: i)
      if isSpace { return i }
      i += length
    }
    return i
  }

  /// Whether the scalar starting at `bytes[i]` is Unicode White_Space (what
  /// `Unicode.Scalar.Properties.isWhitespace` answers), and its length in bytes.
  /// - Precondition: `bytes` is valid UTF-8 and `i` starts a scalar.
  package static func whitespace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Bool, Int) {
    let byte = bytes[i]
    if byte < 0x80 { return (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D), 1) }
    if byte < 0xE0 {
      return (byte == 0xC2 && (bytes[i + 1] == 0x85 || bytes[i + 1] == 0xA0), 2)
    }
    if byte < 0xF0 {
      let (b1, b2) = (bytes[i + 1], bytes[i + 2])
      switch byte {
      case 0xE1: return (b1 == 0x9A && b2 == 0x80, 3)  // U+1680
      case 0xE2:
        if b1 == 0x80 {  // U+2000–U+200A, U+2028, U+2029, U+202F
          return ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF, 3)
        }
        return (b1 == 0x81 && b2 == 0x9F, 3)  // U+205F
      case 0xE3: return (b1 == 0x80 && b2 == 0x80, 3)  // U+3000
      default: return (false, 3)
      }
    }
    return (false, 4)
  }
}

extension UTF8Scan {
  /// How a field's bytes read: invalid UTF-8, valid, or valid and already what
  /// `Text.nfc(Text.trimmed(_:))` would make of it (quick-check NFC, no white space at the ends).
  package enum Form {
    case invalid, valid, clean
  }

  /// One pass: validity (as `isValid`) and the quick NFC check (as `isQuickNFC`), then the
  /// ends (as `hasSolidEnds`).
  package static func form(_ bytes: UnsafeBufferPointer<UInt8>) -> Form {
    guard !bytes.isEmpty else { return .clean }
    let (valid, quick) = check(bytes)
    guard valid else { return .invalid }
    return quick && hasSolidEnds(bytes) ? .clean : .valid
  }

  /// Whether `bytes` is well-formed UTF-8 (Unicode Table 3-7) and whether it passes the quick
  /// NFC check of `isQuickNFC` (only meaningful when valid), in one pass, eight ASCII bytes at
  /// a time.
  package static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> (valid: Bool, quickNFC: Bool) {
    guard let base = bytes.baseAddress else { return (true, true) }
    let n = bytes.count
    var quick = true
    var i = 0
    while i < n {
      if i + 8 <= n {
        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 {
          i += 8
          continue
        }
      }
      let byte = base[i]
      if byte < 0x80 {
        i += 1
        continue
      }
      let (length, low, high): (Int, UInt8, UInt8)
      switch byte {
      case 0xC2...0xDF:
        (length, low, high) = (2, 0x80, 0xBF)
        if byte > 0xCB { quick = false }
      case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
      case 0xE1...0xEC, 0xEE, 0xEF: (length, low, high) = (3, 0x80, 0xBF)
      case 0xED: (length, low, high) = (3, 0x80, 0x9F)
      case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
      case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
      case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
      default: return (false, false)
      }
      guard i + length <= n, base[i + 1] >= low, base[i + 1] <= high else { return (false, false) }
      for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return (false, false) }
      if length > 2 && quick {
        let b1 = base[i + 1]
        let b2 = base[i + 2]
        quick =
          length == 3
          && ((byte == 0xE1 && b1 >= 0xB8 && b1 <= 0xBB)
            || (byte == 0xE2 && ((b1 == 0x80 && b2 >= 0x82) || (b1 == 0x81 && b2 <= 0xAF))))
      }
      i += length
    }
    return (true, quick)
  }

  /// Whether `bytes` is well-formed UTF-8 (Unicode Table 3-7: no overlong forms, surrogates
  /// or scalars above U+10FFFF), checked eight ASCII bytes at a time.
  package static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    check(bytes).valid
  }
}
