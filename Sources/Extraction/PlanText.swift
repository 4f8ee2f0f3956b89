import Catalog
import Support

extension Extraction {
  /// One token of a plan text: a word, a number or a single symbol, with where it is.
  struct Token: Sendable {
    enum Kind: Sendable, Equatable {
      case word
      /// Digits, possibly with inner `,` or `.` (`37,6`, `1.000`).
      case number
      /// Any other single character (`%`, `/`, `-`, `;`, `(` …).
      case symbol
    }

    var kind: Kind
    /// As written in the source.
    var text: String
    /// Offsets into `PlanText.scalars`, end exclusive.
    var start: Int
    var end: Int
    /// The 1-based source line.
    var line: Int
    /// How the word compares; nil for numbers and symbols.
    var form: WordForm?

    func isSymbol(_ s: String) -> Bool { kind == .symbol && text == s }
    /// Whether a word folds to one of `folds`.
    func isWord(_ folds: Set<String>) -> Bool { form.map { folds.contains($0.fold) } ?? false }
  }

  /// A plan text split into tokens, with page-number lines dropped and line numbers kept.
  struct PlanText: Sendable {
    /// The text in NFC, as Unicode scalars; quotes are cut from it verbatim.
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// The line of each token (non-decreasing), for binary search.
    let tokenLines: [Int]
    /// The trimmed text of each line (index 0 is line 1).
    let lines: [String]
    /// Lines holding only a page number (a bare integer of 1–3 digits).
    let pageNumberLines: Set<Int>

    /// Characters OCR puts inside words; part of a word when next to letters or digits.
    static let wordSymbols: Set<Unicode.Scalar> = [
      "¢", "€", "@", "&", "§", "¥", "|", "'", "’", "‘", "`", "´", "™", "\u{FB01}",
    ]

    init(_ text: String) {
      let normalised = Text.nfc(text).replacingOccurrences(of: "\r\n", with: "\n")
        .replacingOccurrences(of: "\r", with: "\n")
      let scalars = Array(normalised.unicodeScalars)
      self.scalars = scalars
      var lines: [String] = []
      var current = String.UnicodeScalarView()
      for scalar in scalars {
        if scalar == "\n" {
          lines.append(Text.trimmed(String(current)))
          current = String.UnicodeScalarView()
        } else {
          current.append(scalar)
        }
      }
      lines.append(Text.trimmed(String(current)))
      self.lines = lines
      var pages = Set<Int>()
      for (index, line) in lines.enumerated()
      where (1...3).contains(line.count) && line.allSatisfy({ $0.isASCII && $0.isNumber }) {
        pages.insert(index + 1)
      }
      pageNumberLines = pages
      tokens = Self.tokenize(scalars).filter { !pages.contains($0.line) }
      tokenLines = tokens.map(\.line)
    }

    /// The trimmed text of 1-based `line`, or "" outside the text.
    func line(_ number: Int) -> String {
      number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The source text from token `first` to token `last`, white space collapsed.
    func text(from first: Int, to last: Int) -> String {
      guard first >= 0, last < tokens.count, first <= last else { return "" }
      let start = tokens[first].start
      let end = tokens[last].end
      guard start >= 0, end <= scalars.count, start < end else { return "" }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[start..<end])
      return Text.collapsingWhitespace(String(view))
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
      isDigit(s) || wordSymbols.contains(s)
        || (s.properties.isAlphabetic && !s.properties.isWhitespace)
    }

    private static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
      var tokens: [Token] = []
      var index = 0
      var line = 1
      while index < scalars.count {
        let scalar = scalars[index]
        if scalar == "\n" {
          line += 1
          index += 1
          continue
        }
        if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
          index += 1
          continue
        }
        guard isWordScalar(scalar) else {
          tokens.append(
            Token(
              kind: .symbol, text: String(Character(scalar)), start: index, end: index + 1,
              line: line))
          index += 1
          continue
        }
        let start = index
        while index < scalars.count {
          let s = scalars[index]
          if isWordScalar(s) {
            index += 1
          } else if s == "," || s == ".", index > start, isDigit(scalars[index - 1]),
            index + 1 < scalars.count, isDigit(scalars[index + 1])
          {
            index += 1  // a decimal comma or thousands point between digits
          } else {
            break
          }
        }
        tokens.append(contentsOf: classify(scalars, start, index, line))
      }
      return tokens
    }

    /// Where the capitals of `10.370USD` start: a number of two or more characters followed
    /// by two or more capital ASCII letters (`5G`, `4G` stay one word; OCR's `1én` is a word).
    /// Also a number of any length against a unit plans write it with (`416ha`, `9.000ha`,
    /// `2ha`, `5km`, `1.200con`): `gluedWords` (KM).
    private static func gluedUnit(_ run: ArraySlice<Unicode.Scalar>) -> Int? {
      guard let letter = run.firstIndex(where: { !isDigit($0) && $0 != "," && $0 != "." }),
        let first = run.first, isDigit(first), isDigit(run[letter - 1])
      else { return nil }
      var rest = String.UnicodeScalarView()
      rest.append(contentsOf: run[letter...])
      if gluedWords.contains(Text.nfc(String(rest).lowercased())) { return letter }
      guard letter - run.startIndex >= 2, run.endIndex - letter >= 2,
        run[letter...].allSatisfy({ ("A"..."Z").contains($0) })
      else { return nil }
      return letter
    }
    static let gluedWords: Set<String> = Set(
      [
        "ha", "km", "tấn", "con", "người", "hộ", "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "mb", "mbps",
        "gb", "gbps",
      ].map(Text.nfc))

    /// A run of word characters as one word or number token; apostrophes at the ends are
    /// quotation marks, and a run that is only symbols becomes symbols (`&` alone is `ở`).
    private static func classify(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ line: Int)
      -> [Token]
    {
      var start = start
      var end = end
      var out: [Token] = []
      let quotes: Set<Unicode.Scalar> = ["'", "’", "‘", "`", "´"]
      var trailing: [Token] = []
      while start < end, quotes.contains(scalars[start]) {
        out.append(
          Token(
            kind: .symbol, text: String(scalars[start]), start: start, end: start + 1, line: line)
        )
        start += 1
      }
      while end > start, quotes.contains(scalars[end - 1]) {
        trailing.insert(
          Token(
            kind: .symbol, text: String(scalars[end - 1]), start: end - 1, end: end, line: line),
          at: 0)
        end -= 1
      }
      if start < end {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        let text = String(view)
        let run = scalars[start..<end]
        if let split = gluedUnit(run) {
          // `10.370USD`, `20.000USD`: a number written against its unit.
          var number = String.UnicodeScalarView()
          number.append(contentsOf: scalars[start..<split])
          var unit = String.UnicodeScalarView()
          unit.append(contentsOf: scalars[split..<end])
          out.append(
            Token(kind: .number, text: String(number), start: start, end: split, line: line))
          out.append(
            Token(
              kind: .word, text: String(unit), start: split, end: end, line: line,
              form: WordForm(String(unit))))
        } else if run.allSatisfy({ isDigit($0) || $0 == "," || $0 == "." }) {
          out.append(Token(kind: .number, text: text, start: start, end: end, line: line))
        } else if run.contains(where: { $0.properties.isAlphabetic }) || text == "&" {
          out.append(
            Token(
              kind: .word, text: text, start: start, end: end, line: line,
              form: text == "&" ? WordForm("o") : WordForm(text)))
        } else {
          for offset in start..<end {
            out.append(
              Token(
                kind: .symbol, text: String(scalars[offset]), start: offset, end: offset + 1,
                line: line))
          }
        }
      }
      return out + trailing
    }
  }
}
