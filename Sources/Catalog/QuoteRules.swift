import Foundation
import Support

/// The rules that tie a target's figure, comparator and year to its quote (docs/data.md):
/// a value of 33 for "tối thiểu 40% GRDP", a `<` for it or a year nobody wrote is an error.
///
/// Cue words are matched on the lower-case quote without diacritics, tolerant of the seed
/// documents' OCR (`t6i thieu` for "tối thiểu") and of press text in Vietnamese, English,
/// French, Indonesian and Russian. A figure, comparator or year the quote does not state is
/// accepted when the note explains it: "recorded as 100" for a figure implied by words
/// ("toàn tỉnh"), the comparator in quotes ("'~' is the facts file's reading"), the year.
enum QuoteRules {
  static func check(
    _ targets: [Target], documents: [String: Document], _ log: inout DiagnosticLog
  ) {
    // a row with an error already (a share above 100, a rank of 2.5) gets no follow-on errors
    struct Row: Hashable {
      var file: String
      var line: Int
    }
    let flagged = Set(
      log.entries.filter { $0.severity == .error }.map {
        Row(file: $0.location.file, line: $0.location.line)
      })
    for target in targets
    where !flagged.contains(Row(file: target.location.file, line: target.location.line)) {
      guard let quantity = target.quantity else {
        if target.kind == .qualitative, target.horizon == nil,
          !target.note.lowercased().contains("no year")
        {
          log.error(target.location, "target \(target.id) has no year: the note must say why")
        }
        continue
      }
      let quote = target.provenance.quote
      let numbers = Self.numbers(in: quote)
      for value in [quantity.value] + (quantity.valueHigh.map { [$0] } ?? [])
      where !numbers.contains(value)
        && !has(Array(target.note.utf8), "recorded as \(Text.shortestNumber(value))")
      {
        log.error(
          target.location,
          "target \(target.id): \(Text.shortestNumber(value)) is not written in its quote "
            + "\(Text.quoted(Self.excerpt(quote))); a figure implied by words needs "
            + "'recorded as \(Text.shortestNumber(value))' in the note")
      }
      if let problem = comparatorProblem(target, quantity) {
        log.error(target.location, "target \(target.id): \(problem)")
      }
      if let horizon = target.horizon {
        let year = String(horizon.year)
        let title = documents[target.provenance.source]?.title ?? ""
        let stated = [quote, target.provenance.section, title, target.note].contains {
          has(Array($0.utf8), year)
        }
        if !stated {
          log.error(
            target.location,
            "target \(target.id): the year \(year) is in neither the quote, the section, the "
              + "document's title nor the note; say in the note where it comes from")
        }
      }
    }
  }

  private static func comparatorProblem(_ target: Target, _ quantity: Quantity) -> String? {
    // "đầu tư" (to invest) is not the bound "từ" (from)
    let folded = replacing(fold(target.provenance.quote), "dau tu", with: "dautu")
    let symbol = quantity.comparator.symbol
    // an explained comparator: the note names it ("'~' is the facts file's reading")
    let note = target.note
    if note.contains("'\(symbol)'") || note.contains("\"\(symbol)\"")
      || note.contains("'\(target.quantity.map { $0.comparator.rawValue } ?? "")'")
      || note.lowercased().contains("comparator") || note.contains("plain figure")
    {
      return nil
    }
    if target.kind == .rank {
      // a group ("nhóm 10 tỉnh", "top 10", "nhóm 30/63"), a place ("hạng 15", "thứ 15/34"),
      // or the comparator's own words ("từ hạng 41 đến hạng 44")
      let n = Text.shortestNumber(quantity.value)
      let named = rankNamed(n, in: folded)
      guard named || (quantity.comparator != .atMost && words(quantity.comparator, in: folded))
      else {
        return "a rank target names its group or place in the quote ('nhóm \(n) tỉnh', 'top \(n)', "
          + "'hạng \(n)')"
      }
      return nil
    }
    if quantity.comparator != .equal {
      guard words(quantity.comparator, in: folded) else {
        return "the quote has no wording for the comparator '\(symbol)' "
          + "(e.g. 'tối thiểu' for ≥, 'trên' for >, 'khoảng' for ~)"
      }
      return nil
    }
    // '=': no bound word may stand right before the figure
    for figure in Set([
      Text.shortestNumber(quantity.value),
      Text.shortestNumber(quantity.value).replacingOccurrences(of: ".", with: ","),
    ]) {
      if let word = boundBefore(figure, in: folded) {
        return "the quote states a bound ('\(word) \(figure)'); '=' would drop it"
      }
    }
    return nil
  }

  /// Whether `t` (folded) words `comparator`: Vietnamese (with the seed OCR's spellings:
  /// `t6i thieu`, `tr0 len`), English, French, Indonesian and Russian press wording, or the
  /// symbol itself (`≥ 30`). Matched by hand on bytes: a pattern engine, or String's own
  /// searching, costs more than the rest of validation at a million rows.
  static func words(_ comparator: Comparison, in t: [UInt8]) -> Bool {
    switch comparator {
    case .atLeast:
      return symbol("≥", t)
        || [
          "toi thieu", "t6i thieu", "tdi thieu", "it nhat", "khong thap hon", "at least",
          "a minimum of", "or more", "au moins", "не менее",
        ].contains { has(t, $0) }
        || troLen.contains { has(t, $0) } || phrase("tu", t, digitAfter: true, wordStart: true)
        || phrase("minimal", t, digitAfter: true, wordStart: false)
    case .greaterThan:
      return bareSymbol(">", t)
        || ["tren", "hon", "over", "more than", "above"].contains {
          phrase($0, t, digitAfter: true, wordStart: false)
        } || has(t, "vuot") || has(t, "depasser")
    case .approximately:
      return symbol("~", t)
        || ["khoang", "about", "around", "approximately", "environ"].contains { has(t, $0) }
    case .range:
      return dashedRange(t) || fromTo(t)
    case .atMost:
      return symbol("≤", t)
        || ["toi da", "t6i da", "khong qua", "at most", "no more than", "up to"].contains {
          has(t, $0)
        }
    case .lessThan:
      return bareSymbol("<", t)
        || ["duoi", "under", "below", "less than"].contains {
          phrase($0, t, digitAfter: true, wordStart: false)
        }
    case .equal:
      return false
    }
  }

  /// `tr[o0¢] ?[l1]en`: "trở lên" as the seed OCR writes it.
  static let troLen: [String] = ["o", "0", "¢"].flatMap { o in
    ["", " "].flatMap { space in ["l", "1"].map { l in "tr\(o)\(space)\(l)en" } }
  }

  /// Vietnamese (and French) letters with diacritics, by the letter they fold to.
  static let foldMap: [UInt32: UInt8] = {
    var map: [UInt32: UInt8] = [:]
    let letters: [(Character, String)] = [
      ("a", "àáảãạăằắẳẵặâầấẩẫậ"), ("e", "èéẻẽẹêềếểễệë"), ("i", "ìíỉĩịïî"),
      ("o", "òóỏõọôồốổỗộơờớởỡợ"), ("u", "ùúủũụưừứửữựû"), ("y", "ỳýỷỹỵ"), ("d", "đ"),
      ("c", "ç"),
    ]
    for (base, variants) in letters {
      let byte = base.asciiValue ?? 0x3F
      for scalar in (variants + variants.uppercased()).unicodeScalars { map[scalar.value] = byte }
    }
    return map
  }()

  /// The text in lower case without diacritics (`đ` as `d`), as UTF-8; other characters stay.
  static func fold(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v < 0x80 {
        let byte = UInt8(v)
        out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      } else if let base = foldMap[v] {
        out.append(base)
      } else if (0x300...0x36F).contains(v) {
        continue  // a combining mark of decomposed text
      } else {
        out.append(contentsOf: String(scalar).utf8)
      }
    }
    return out
  }

  static func replacing(_ t: [UInt8], _ a: String, with b: String) -> [UInt8] {
    let needle = Array(a.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(t.count)
    var i = 0
    while i < t.count {
      if matches(t, at: i, needle) {
        out.append(contentsOf: b.utf8)
        i += needle.count
      } else {
        out.append(t[i])
        i += 1
      }
    }
    return out
  }

  private static func matches(_ t: [UInt8], at i: Int, _ needle: [UInt8]) -> Bool {
    guard i >= 0, i + needle.count <= t.count else { return false }
    for k in 0..<needle.count where t[i + k] != needle[k] { return false }
    return true
  }

  /// Each place where `needle` stands in `t`.
  private static func places(_ t: [UInt8], _ needle: String) -> [Int] {
    let n = Array(needle.utf8)
    guard let first = n.first, t.count >= n.count else { return [] }
    var result: [Int] = []
    for i in 0...(t.count - n.count) where t[i] == first && matches(t, at: i, n) {
      result.append(i)
    }
    return result
  }

  static func has(_ t: [UInt8], _ needle: String) -> Bool {
    let n = Array(needle.utf8)
    guard let first = n.first else { return true }
    guard t.count >= n.count else { return false }
    for i in 0...(t.count - n.count) where t[i] == first && matches(t, at: i, n) { return true }
    return false
  }

  private static func isLetter(_ b: UInt8) -> Bool { (0x61...0x7A).contains(b) || b >= 0x80 }
  private static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }

  /// `word`, then one space and a digit ("trên 30"); optionally only at a word's start.
  private static func phrase(_ word: String, _ t: [UInt8], digitAfter: Bool, wordStart: Bool)
    -> Bool
  {
    let count = word.utf8.count
    for i in places(t, word) {
      if wordStart, i > 0, isLetter(t[i - 1]) { continue }
      guard digitAfter else { return true }
      let next = i + count
      if next + 1 < t.count, t[next] == 0x20, isDigit(t[next + 1]) { return true }
    }
    return false
  }

  /// A symbol right before a figure, with or without a space: `≥ 30`, `~30`.
  private static func symbol(_ s: String, _ t: [UInt8]) -> Bool {
    let count = s.utf8.count
    for i in places(t, s) {
      let next = i + count
      if next < t.count, isDigit(t[next]) { return true }
      if next + 1 < t.count, t[next] == 0x20, isDigit(t[next + 1]) { return true }
    }
    return false
  }

  /// `>` or `<` before a figure, not part of `<=`, `>=` or `<>`.
  private static func bareSymbol(_ s: String, _ t: [UInt8]) -> Bool {
    for i in places(t, s) {
      if i > 0, [0x3C, 0x3E, 0x3D].contains(t[i - 1]) { continue }
      if i + 1 < t.count, isDigit(t[i + 1]) { return true }
      if i + 2 < t.count, t[i + 1] == 0x20, isDigit(t[i + 2]) { return true }
    }
    return false
  }

  /// A digit, an optional `%` and space, a hyphen or en dash, an optional space, a digit:
  /// `20% - 30%`, `8–10`.
  private static func dashedRange(_ t: [UInt8]) -> Bool {
    let dashes = places(t, "-").map { ($0, 1) } + places(t, "–").map { ($0, 3) }
    for (i, length) in dashes {
      var before = i - 1
      if before >= 0, t[before] == 0x20 { before -= 1 }
      if before >= 0, t[before] == 0x25 { before -= 1 }
      var after = i + length
      if after < t.count, t[after] == 0x20 { after += 1 }
      if before >= 0, isDigit(t[before]), after < t.count, isDigit(t[after]) { return true }
    }
    return false
  }

  /// "từ 8 đến 10", "từ hạng 41 đến hạng 44" (folded), or French "de 10 à 11".
  private static func fromTo(_ t: [UInt8]) -> Bool {
    for (start, end) in [("tu ", " den"), ("de ", " a ")] {
      for i in places(t, start) {
        if i > 0, isLetter(t[i - 1]) { continue }
        var j = i + start.utf8.count
        if start == "tu ", matches(t, at: j, Array("hang ".utf8)) { j += 5 }
        guard j < t.count, isDigit(t[j]) else { continue }
        while j < t.count, isDigit(t[j]) || t[j] == 0x2E || t[j] == 0x2C { j += 1 }
        if j < t.count, t[j] == 0x25 { j += 1 }
        if matches(t, at: j, Array(end.utf8)) { return true }
      }
    }
    return false
  }

  /// "nhóm N " or "nhóm N/", "top N", "antara N ", "hạng N", "thứ N" (folded), N whole.
  private static func rankNamed(_ n: String, in t: [UInt8]) -> Bool {
    for lead in ["nhom ", "nhem ", "top ", "antara ", "hang ", "thu "] {
      let needle = lead + n
      for i in places(t, needle) {
        if i > 0, isLetter(t[i - 1]) { continue }
        let next = i + needle.utf8.count
        let byte: UInt8? = next < t.count ? t[next] : nil
        switch lead {
        case "nhom ", "nhem ": if byte == 0x20 || byte == 0x2F { return true }
        case "antara ": if byte == 0x20 { return true }
        default: if byte.map({ !isDigit($0) }) ?? true { return true }
        }
      }
    }
    return false
  }

  /// Words that make a figure right after them a bound, not a plain figure.
  static let boundWords = [
    "toi thieu", "t6i thieu", "tdi thieu", "tren", "hon", "khoang", "it nhat", "tu", "at least",
    "a minimum of", "more than", "over", "above", "about", "around",
  ]

  /// The bound word standing right before `figure` (a whole number in `t`), if any.
  private static func boundBefore(_ figure: String, in t: [UInt8]) -> String? {
    let count = figure.utf8.count
    for i in places(t, figure) {
      // the figure must end there: '2' is not in '2022', nor '2' in '2,5'
      let next = i + count
      if next < t.count {
        if isDigit(t[next]) { continue }
        if t[next] == 0x2E || t[next] == 0x2C, next + 1 < t.count, isDigit(t[next + 1]) {
          continue
        }
      }
      guard i > 0, t[i - 1] == 0x20 else { continue }
      let end = i - 1
      for word in boundWords {
        let w = Array(word.utf8)
        let start = end - w.count
        guard start >= 0, matches(t, at: start, w) else { continue }
        if start == 0 || !isLetter(t[start - 1]) { return word }
      }
    }
    return nil
  }

  /// The numbers written in a quote, a Vietnamese decimal comma read as a point, as the tests
  /// read them (`\d+([.,]\d+)?`: `1.865.270` gives 1.865 and 270).
  static func numbers(in quote: String) -> Set<Double> {
    var result = Set<Double>()
    let t = Array(quote.utf8)
    var i = 0
    while i < t.count {
      guard isDigit(t[i]) else {
        i += 1
        continue
      }
      var j = i
      while j < t.count, isDigit(t[j]) { j += 1 }
      var end = j
      if j + 1 < t.count, t[j] == 0x2E || t[j] == 0x2C, isDigit(t[j + 1]) {
        end = j + 1
        while end < t.count, isDigit(t[end]) { end += 1 }
      }
      var bytes = Array(t[i..<end])
      if end > j { bytes[j - i] = 0x2E }
      if let x = Double(String(decoding: bytes, as: UTF8.self)) { result.insert(x) }
      i = end
    }
    return result
  }

  static func excerpt(_ quote: String) -> String {
    quote.count <= 80 ? quote : String(quote.prefix(77)) + "…"
  }
}
