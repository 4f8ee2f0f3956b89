import Catalog
import Support

extension Extraction {
  /// Reads the comparator of a figure from the words around it (docs/methodology.md).
  enum ComparatorReading {
    /// Words before a figure and the comparator they give; longer phrases are tried first.
    static let before: [(phrase: Phrase, comparison: Comparison)] = {
      let table: [(String, Comparison)] = [
        ("tối thiểu", .atLeast), ("ít nhất", .atLeast), ("không thấp hơn", .atLeast),
        ("không dưới", .atLeast), ("không ít hơn", .atLeast), ("at least", .atLeast),
        ("no less than", .atLeast), ("not less than", .atLeast), ("a minimum of", .atLeast),
        ("minimum", .atLeast),
        ("trên", .greaterThan), ("hơn", .greaterThan), ("vượt", .greaterThan),
        ("vượt quá", .greaterThan), ("cao hơn", .greaterThan), ("lớn hơn", .greaterThan),
        ("nhiều hơn", .greaterThan), ("more than", .greaterThan), ("over", .greaterThan),
        ("above", .greaterThan), ("exceeding", .greaterThan), ("greater than", .greaterThan),
        ("tối đa", .atMost), ("không quá", .atMost), ("không vượt quá", .atMost),
        ("không cao hơn", .atMost), ("không lớn hơn", .atMost), ("không nhiều hơn", .atMost),
        ("at most", .atMost), ("no more than", .atMost), ("not more than", .atMost),
        ("up to", .atMost), ("a maximum of", .atMost), ("maximum", .atMost),
        ("not exceeding", .atMost),
        ("dưới", .lessThan), ("thấp hơn", .lessThan), ("ít hơn", .lessThan),
        ("nhỏ hơn", .lessThan), ("less than", .lessThan), ("below", .lessThan),
        ("under", .lessThan), ("fewer than", .lessThan),
        ("khoảng", .approximately), ("xấp xỉ", .approximately), ("gần", .approximately),
        ("around", .approximately), ("about", .approximately), ("approximately", .approximately),
        ("nearly", .approximately), ("roughly", .approximately),
      ]
      return table.map { (Phrase($0.0), $0.1) }.sorted {
        $0.phrase.words.count > $1.phrase.words.count
      }
    }()

    /// Words after a figure: `từ 37,6% trở lên`, `10% trở xuống`, `20% or more`.
    static let after: [(phrase: Phrase, comparison: Comparison)] = [
      ("trở lên", Comparison.atLeast), ("trở xuống", .atMost), ("or more", .atLeast),
      ("or above", .atLeast), ("or less", .atMost), ("or below", .atMost),
    ].map { (Phrase($0.0), $0.1) }

    /// "đạt", "bằng", "reach": the figure itself, said in words.
    static let equalWords = ["đạt", "bằng", "reach", "reaching", "achieve", "attain"].map(
      Phrase.init)

    /// Words that may stand between a comparator and its figure (`tối thiểu đạt 25%`,
    /// `ở mức trên 55%`, `duy trì trên 0,75`, `chiếm hơn 60%`).
    static let fillers: Set<String> = OCRFold.folds([
      "dat", "muc", "o", "la", "con", "duy", "tri", "chiem", "tang", "giam", "xuong", "len",
      "bang", "tu", "of", "at", "the", "to", "reach", "be", "is", "by", "binh", "quan", "trung",
    ])

    /// What a figure's comparator is and which words said so (nil words: none, read as `=`).
    struct Reading: Sendable, Equatable {
      var comparison: Comparison
      var words: String?
      /// `trở lên` follows the figure, whatever word before it gave the comparator (`10,24% trở
      /// lên`, `từ 10,24% trở lên`): a floor to reach, which reports do not write (HZ).
      var floorAfter = false
    }

    /// The comparator of the figure whose number is at stream offset `figure` and whose last
    /// token is followed by stream offset `next`; the words are quoted from `source`.
    static func read(_ source: PlanText, _ stream: WordStream, figure: Int, next: Int) -> Reading {
      let words = stream.items
      // Words after: only right after the figure.
      var afterWords: [WordForm] = []
      var index = next
      while index < words.count, afterWords.count < 3, let word = words[index] {
        afterWords.append(word)
        index += 1
      }
      let floorAfter = floor.match(afterWords, at: 0) != nil
      var reading = reading(source, stream, figure: figure, next: next, afterWords: afterWords)
      reading.floorAfter = floorAfter
      return reading
    }
    /// The floor said after a figure.
    static let floor = Phrase("trở lên")

    private static func reading(
      _ source: PlanText, _ stream: WordStream, figure: Int, next: Int, afterWords: [WordForm]
    ) -> Reading {
      func text(_ from: Int, _ to: Int) -> String {
        guard from >= 0, to <= stream.tokenIndex.count, from < to else { return "" }
        return source.text(from: stream.tokenIndex[from], to: stream.tokenIndex[to - 1])
      }
      if let symbol = symbolBefore(source, stream, figure: figure) { return symbol }
      let words = stream.items
      // Words before the figure, back to a barrier or a comma, at most eight: `… tăng trưởng ấn
      // tượng hơn, đạt 10%/năm` has no comparator (the `hơn` closes the clause before).
      var start = figure
      while start > 0, figure - start < 8, words[start - 1] != nil,
        start >= stream.tokenIndex.count
          || !source.hasComma(from: stream.tokenIndex[start - 1] + 1, to: stream.tokenIndex[start])
      {
        start -= 1
      }
      let before = words[start..<figure].compactMap { $0 }
      var equal: String?
      var end = before.count
      while end > 0 {
        for entry in Self.before where entry.phrase.matchEnding(before, at: end) != nil {
          let count = entry.phrase.words.count
          return Reading(
            comparison: entry.comparison, words: text(start + end - count, start + end))
        }
        if before[end - 1].fold == "tu", end < 2 || before[end - 2].fold != "dau",
          isFrom(source.tokens[stream.tokenIndex[start + end - 1]].text)
        {
          return Reading(comparison: .atLeast, words: text(start + end - 1, start + end))
        }
        if equal == nil, equalWords.contains(where: { $0.matchEnding(before, at: end) != nil }) {
          equal = text(start + end - 1, start + end)
        }
        guard fillers.contains(before[end - 1].fold) else { break }
        end -= 1
      }
      for entry in after where entry.phrase.match(afterWords, at: 0) != nil {
        return Reading(
          comparison: entry.comparison, words: text(next, next + entry.phrase.words.count))
      }
      return Reading(comparison: .equal, words: equal)
    }
  }
}

extension Extraction.ComparatorReading {
  /// `≥ 30`, `>= 30`, `< 5`, `≤5`, `~ 40`: a comparator sign right before the figure, as
  /// tables write it.
  static func symbolBefore(
    _ source: Extraction.PlanText, _ stream: Extraction.WordStream, figure: Int
  ) -> Reading? {
    guard stream.tokenIndex.indices.contains(figure) else { return nil }
    let at = stream.tokenIndex[figure]
    guard at >= 1, source.tokens.indices.contains(at) else { return nil }
    let last = source.tokens[at - 1]
    guard last.kind == .symbol, last.line == source.tokens[at].line else { return nil }
    let signs: [String: Comparison] = [
      "≥": .atLeast, "≤": .atMost, ">": .greaterThan, "<": .lessThan, "~": .approximately,
      "≈": .approximately, "⩾": .atLeast, "⩽": .atMost,
    ]
    if last.text == "=", at >= 2, source.tokens[at - 2].kind == .symbol,
      source.tokens[at - 2].end == last.start
    {
      let pair: [String: Comparison] = [">": .atLeast, "<": .atMost]
      guard let comparison = pair[source.tokens[at - 2].text] else { return nil }
      return Reading(comparison: comparison, words: source.tokens[at - 2].text + "=")
    }
    guard let comparison = signs[last.text] else { return nil }
    return Reading(comparison: comparison, words: last.text)
  }

  /// `từ 10%` is at least 10%; `tư`, `tự` (with their own marks) are other words, and
  /// without marks `đầu tư 2%` (invest 2%) is told apart by the word before.
  static func isFrom(_ word: String) -> Bool {
    let lower = Text.nfc(word.lowercased())
    return lower == "từ" || lower.allSatisfy(\.isASCII)
  }
}
