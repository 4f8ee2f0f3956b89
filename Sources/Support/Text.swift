import Foundation

/// Text normalisation shared by loading, lookups and quote checks.
public enum Text {
  /// `s` without leading and trailing white space.
  /// - Complexity: O(1) when `s` starts and ends with a letter, digit or ASCII symbol (see
  ///   `UTF8Scan.isSolid`); otherwise Foundation's trimming, O(n).
  public static func trimmed(_ s: String) -> String {
    if s.isEmpty || UTF8Scan.hasSolidEnds(s) { return s }
    return s.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// `s` in Unicode normalisation form C, the form Vietnamese text is stored and compared in.
  /// - Complexity: O(n); one pass without allocating when `s` is ASCII or Vietnamese text in
  ///   precomposed form (see `UTF8Scan.isQuickNFC`), Foundation's normalisation otherwise.
  public static func nfc(_ s: String) -> String {
    if UTF8Scan.isQuickNFC(s) { return s }
    return s.precomposedStringWithCanonicalMapping
  }

  /// Runs of white space collapsed to one space, ends trimmed: how quotes are compared,
  /// since a PDF-to-text line break is not part of what a document says.
  public static func collapsingWhitespace(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in s.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(" ") }
        pendingSpace = false
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// `collapsingWhitespace(nfc(s))` as UTF-8: the form quotes are searched in.
  package static func collapsedUTF8(_ s: String) -> [UInt8] {
    var s = nfc(s)
    return s.withUTF8 { input in
      var out: [UInt8] = []
      out.reserveCapacity(input.count)
      var i = 0
      while i < input.count {
        let (isSpace, length) = UTF8Scan.whitespace(input, at: i)
        if isSpace {
          i += length
          continue
        }
        let run = UTF8Scan.wordEnd(input, from: i)
        if !out.isEmpty { out.append(0x20) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<run]))
        i = run
      }
      return out
    }
  }

  /// A lookup key: lower case, no diacritics (`đ` → `d`), runs of anything but letters and
  /// digits turned into one `-`. `Lai Châu`, `lai chau` and `lai-chau` share the key `lai-chau`.
  public static func slug(_ s: String) -> String {
    let folded = s.lowercased()
      .replacingOccurrences(of: "đ", with: "d")
      .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    var out = ""
    var pendingDash = false
    for character in folded {
      if character.isASCII && (character.isLetter || character.isNumber) {
        if pendingDash && !out.isEmpty { out.append("-") }
        pendingDash = false
        out.append(character)
      } else {
        pendingDash = true
      }
    }
    return out
  }

  /// The Levenshtein distance between `a` and `b`, in characters.
  /// - Complexity: O(a.count × b.count).
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The shortest text that reads back as `x`, with a dot decimal and never in exponent form:
  /// `40`, `37.6`, `0.623`, `0.00001`, `12345678901234567000`. The one plain-number writer
  /// for CSV, JSON and quotes checks; `nan`, `inf` or `-inf` for a value that is not finite
  /// (callers keep such values out of their output).
  public static func shortestNumber(_ x: Double) -> String {
    guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    var text = String(x)
    if text.hasSuffix(".0") { text.removeLast(2) }
    guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
      let exponent = Int(text[text.index(after: e)...])
    else { return text }
    // shortest digits and exponent, as Swift's description gives them: d.ddd × 10^exponent
    var mantissa = text[..<e]
    let negative = mantissa.hasPrefix("-")
    if negative { mantissa = mantissa.dropFirst() }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let whole = parts.first.map(String.init) ?? ""
    let digits = whole + (parts.count > 1 ? String(parts[1]) : "")
    let point = whole.count + exponent  // digits before the decimal point
    var out: String
    if point <= 0 {
      out = "0." + String(repeating: "0", count: -point) + digits
    } else if point >= digits.count {
      out = digits + String(repeating: "0", count: point - digits.count)
    } else {
      let split = digits.index(digits.startIndex, offsetBy: point)
      out = digits[..<split] + "." + digits[split...]
    }
    while out.contains("."), out.hasSuffix("0") { out.removeLast() }
    if out.hasSuffix(".") { out.removeLast() }
    return (negative ? "-" : "") + out
  }

  /// `x` rounded to 6 decimals, then as `shortestNumber` writes it: for messages and displays,
  /// where `23.166666666666668` should read `23.166667`.
  public static func plainNumber(_ x: Double) -> String {
    shortestNumber((x * 1e6).rounded() / 1e6)
  }

  /// `s` in single quotes for a message, control characters escaped (`\n`) so a value cannot
  /// break a `file:line:column: error:` line, and cut to 120 characters.
  public static func quoted(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.properties.generalCategory == .control
          || scalar.properties.generalCategory == .lineSeparator
          || scalar.properties.generalCategory == .paragraphSeparator
        {
          out += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    if out.count > 120 { out = String(out.prefix(119)) + "…" }
    return "'\(out)'"
  }

  /// The candidate nearest to `word` by edit distance on slugs, if it is near enough to be a
  /// plausible typo (at most a third of the word's length, at least 2 edits allowed).
  /// - Parameter key: how words are compared; symbols like `>=` need `{ $0 }`, not `slug`.
  public static func nearest(
    to word: String, in candidates: [String], key: (String) -> String = slug
  ) -> String? {
    let word = key(word)
    guard !word.isEmpty else { return nil }
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(word, key(candidate))
      if let current = best, current.distance <= distance { continue }
      best = (candidate, distance)
    }
    guard let best, best.distance <= Swift.max(2, word.count / 3) else { return nil }
    return best.candidate
  }

  /// Whether `text` is a slug: lower-case ASCII letters and digits in words joined by single
  /// hyphens (`lai-chau`, `thai-nguyen-2025`). Report files are named after province ids, so
  /// nothing else may become a path.
  public static func isSlug(_ text: String) -> Bool {
    guard !text.isEmpty, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else {
      return false
    }
    return text.utf8.allSatisfy {
      (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D
    }
  }

  /// The first character that would act on a terminal or reorder text instead of showing:
  /// C0 and C1 controls (tab, newline, ESC, NUL …), DEL and the bidirectional controls
  /// (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
  public static func firstControlCharacter(_ text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first { scalar in
      let v = scalar.value
      return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x200E || v == 0x200F
        || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
  }

  package static func controlCharacterMessage(_ scalar: Unicode.Scalar, _ column: String) -> String
  {
    let code = String(scalar.value, radix: 16, uppercase: true)
    return "column '\(column)' contains the control character U+"
      + String(repeating: "0", count: max(0, 4 - code.count)) + code
      + ": names and ids are printed, so write them without control characters"
  }
}
