import Foundation

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
    // compiled once per check: a dataset can hold millions of targets
    let compiled = cues.compactMapValues { try? Regex($0) }
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
      where !numbers.contains(value) && !target.note.contains("recorded as \(plain(value))") {
        log.error(
          target.location,
          "target \(target.id): \(plain(value)) is not written in its quote "
            + "\(Text.quoted(Self.excerpt(quote))); a figure implied by words needs "
            + "'recorded as \(plain(value))' in the note")
      }
      if let problem = comparatorProblem(target, quantity, compiled) {
        log.error(target.location, "target \(target.id): \(problem)")
      }
      if let horizon = target.horizon {
        let year = String(horizon.year)
        let title = documents[target.provenance.source]?.title ?? ""
        let stated = [quote, target.provenance.section, title, target.note].contains {
          $0.contains(year)
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

  /// Cue words of each comparator, on folded text.
  static let cues: [Comparison: String] = [
    .atLeast:
      #"≥ ?\d|t[o6d]i thi[e]u|it nhat|tr[o0¢] ?[l1]en|khong thap hon|(^|[^a-z])tu \d|at least|a minimum of|or more|au moins|minimal \d|не менее"#,
    .greaterThan: #"(^|[^<>=])> ?\d|tr[e]n \d|h[o]n \d|vuot|(over|more than|above) \d|depasser"#,
    .approximately: #"~ ?\d|khoang|about|around|approximately|environ"#,
    .range: #"\d%? ?[-–] ?\d|de \d+ a \d|(^|[^a-z])tu (hang )?\d[\d.,]*%? den"#,
    .atMost: #"≤ ?\d|t[o6]i da|khong qua|at most|no more than|up to"#,
    .lessThan: #"(^|[^<>=])< ?\d|duoi \d|(under|below|less than) \d"#,
  ]

  /// Words that make a figure right after them a bound, not a plain figure.
  static let boundWords = [
    "toi thieu", "t6i thieu", "tdi thieu", "tren", "hon", "khoang", "it nhat", "tu", "at least",
    "a minimum of", "more than", "over", "above", "about", "around",
  ]

  private static func comparatorProblem(
    _ target: Target, _ quantity: Quantity, _ compiled: [Comparison: Regex<AnyRegexOutput>]
  ) -> String? {
    // "đầu tư" (to invest) is not the bound "từ" (from)
    let folded = target.provenance.quote.lowercased()
      .folding(options: .diacriticInsensitive, locale: nil)
      .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "dau tu", with: "dautu")
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
      let n = plain(quantity.value)
      let pattern =
        #"nh[oe]m "# + n + #"[ /]|top "# + n + #"( |$)|antara "# + n + #" |(hang|thu) "# + n
        + #"(?!\d)"#
      let cue = compiled[quantity.comparator]
      guard let regex = try? Regex(pattern),
        folded.contains(regex)
          || (quantity.comparator != .atMost && cue.map { folded.contains($0) } == true)
      else {
        return "a rank target names its group or place in the quote ('nhóm \(n) tỉnh', 'top \(n)', "
          + "'hạng \(n)')"
      }
      return nil
    }
    if cues[quantity.comparator] != nil {
      guard let regex = compiled[quantity.comparator], folded.contains(regex) else {
        return "the quote has no wording for the comparator '\(symbol)' "
          + "(e.g. 'tối thiểu' for ≥, 'trên' for >, 'khoảng' for ~)"
      }
      return nil
    }
    // '=': no bound word may stand right before the figure
    for figure in Set([
      plain(quantity.value), plain(quantity.value).replacingOccurrences(of: ".", with: ","),
    ]) {
      if let word = boundBefore(figure, in: folded) {
        return "the quote states a bound ('\(word) \(figure)'); '=' would drop it"
      }
    }
    return nil
  }

  /// The bound word standing right before `figure` (a whole number in `text`), if any.
  private static func boundBefore(_ figure: String, in text: String) -> String? {
    var searchStart = text.startIndex
    while let range = text.range(of: figure, range: searchStart..<text.endIndex) {
      searchStart = range.upperBound
      // the figure must end there: '2' is not in '2022', nor '2' in '2,5'
      let after = text[range.upperBound...]
      if let next = after.first {
        if next.isNumber { continue }
        if next == "." || next == ",", after.dropFirst().first?.isNumber == true { continue }
      }
      let before = text[..<range.lowerBound]
      guard before.hasSuffix(" ") else { continue }
      let head = before.dropLast()
      for word in boundWords where head.hasSuffix(word) {
        let start = head.index(head.endIndex, offsetBy: -word.count)
        if start == head.startIndex || !(head[head.index(before: start)].isLetter) {
          return word
        }
      }
    }
    return nil
  }

  /// The numbers written in a quote, a Vietnamese decimal comma read as a point.
  static func numbers(in quote: String) -> Set<Double> {
    var result = Set<Double>()
    var current = ""
    func flush() {
      // `12,5` and `12.5` read as 12.5; a trailing separator is not part of the number
      var text = current
      while let last = text.last, last == "." || last == "," { text.removeLast() }
      if !text.isEmpty {
        // one separator at most, as the tests read numbers (`\d+([.,]\d+)?`)
        var parts = text.split(whereSeparator: { $0 == "." || $0 == "," }).map(String.init)
        while !parts.isEmpty {
          if parts.count >= 2, let x = Double(parts[0] + "." + parts[1]) {
            result.insert(x)
            parts.removeFirst(2)
          } else {
            if let x = Double(parts[0]) { result.insert(x) }
            parts.removeFirst()
          }
        }
      }
      current = ""
    }
    for character in quote {
      if character.isASCII, character.isNumber {
        current.append(character)
      } else if (character == "." || character == ","), !current.isEmpty,
        current.last?.isNumber == true
      {
        current.append(character)
      } else {
        flush()
      }
    }
    flush()
    return result
  }

  static func excerpt(_ quote: String) -> String {
    quote.count <= 80 ? quote : String(quote.prefix(77)) + "…"
  }

  static func plain(_ x: Double) -> String { plainNumber(x) }
}
