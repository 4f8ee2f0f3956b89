import Catalog
import Support

extension Extraction {
  /// A numbered heading of a plan (`II. MỤC TIÊU`, `1. Mục tiêu đến năm 2030`, `1.1.`, `a.`).
  struct Heading: Sendable, Equatable {
    /// The first and last source line of the heading text.
    var line: Int
    var lastLine: Int
    /// 1 for roman numerals, 1 + the number of parts for `1.` or `1.1.`, 9 for letters; a list
    /// that restarts at 1 inside a numbered section is one level deeper.
    var level: Int
    /// The last number of the label (`III` is 3, `1.2` is 2), to tell a sibling from a restart.
    var number: Int
    /// The label as a section path part: `III`, `1`, `1.1`, `a`.
    var label: String
    /// The heading text after the label, continuation lines joined, white space collapsed.
    var title: String
  }

  /// Headings, sentences and clauses of a plan text.
  struct Layout: Sendable {
    let headings: [Heading]
    /// The headings in force from each heading's line on, parallel to `headings`.
    private let stacks: [[Heading]]
    /// Token index ranges of sentences: ended by `.`, `!`, `?`, a heading, a bullet, or a blank
    /// line before a capital letter.
    let sentences: [Range<Int>]
    /// For each token, the index of its sentence in `sentences`.
    let sentenceOfToken: [Int]

    static let bulletMarks: Set<Character> = ["-", "+", "•", "*", "–", "—", "·"]

    init(_ text: PlanText) {
      var headings: [Heading] = []
      var line = 1
      while line <= text.lines.count {
        guard let parsed = Self.parseHeading(text.line(line)) else {
          line += 1
          continue
        }
        var title = parsed.title
        var last = line
        let roman = parsed.level == 1
        while last - line < 3, !title.contains(where: { ".;:".contains($0) }) {
          let next = text.line(last + 1)
          if next.isEmpty || Self.parseHeading(next) != nil || Self.isBullet(next)
            || text.pageNumberLines.contains(last + 1)
          {
            break
          }
          // A wrapped title goes on in capitals (roman headings) or in lower case; a line
          // starting with a capital after a numbered heading is the body.
          if roman ? !Self.isMostlyUpperCase(next) : next.first?.isUppercase == true { break }
          title += " " + next
          last += 1
        }
        if let cut = title.firstIndex(where: { ".;:".contains($0) }) {
          title = String(title[..<cut])
        }
        var heading = parsed
        heading.line = line
        heading.lastLine = last
        heading.title = Text.collapsingWhitespace(title)
        headings.append(heading)
        line = last + 1
      }
      self.headings = Self.nest(headings)
      var stacks: [[Heading]] = []
      var stack: [Heading] = []
      for heading in self.headings {
        while let top = stack.last, top.level >= heading.level { stack.removeLast() }
        stack.append(heading)
        stacks.append(stack)
      }
      self.stacks = stacks
      (sentences, sentenceOfToken) = Self.sentences(text, self.headings)
    }

    /// Re-levels restarted lists: a `1.` after `2.` at the same level is a list inside it.
    private static func nest(_ headings: [Heading]) -> [Heading] {
      var stack: [Heading] = []
      var out: [Heading] = []
      for var heading in headings {
        while let top = stack.last, top.level > heading.level { stack.removeLast() }
        if let top = stack.last, top.level == heading.level, heading.number <= top.number,
          heading.level > 1
        {
          heading.level = top.level + 1
        }
        while let top = stack.last, top.level >= heading.level { stack.removeLast() }
        stack.append(heading)
        out.append(heading)
      }
      return out
    }

    private static func sentences(_ text: PlanText, _ headings: [Heading]) -> ([Range<Int>], [Int])
    {
      var breakBeforeLine = Set<Int>()
      for heading in headings {
        breakBeforeLine.insert(heading.line)
        breakBeforeLine.insert(heading.lastLine + 1)
      }
      var ranges: [Range<Int>] = []
      var of = [Int](repeating: 0, count: text.tokens.count)
      var start = 0
      for (index, token) in text.tokens.enumerated() {
        if index > start {
          let previous = text.tokens[index - 1]
          let newLine = token.line != previous.line
          var split = false
          if newLine && breakBeforeLine.contains(token.line) { split = true }
          if newLine && isBullet(text.line(token.line)) && isFirstOnLine(text, index)
            && !continuesRange(text, index)
          {
            split = true
          }
          if newLine && token.line > previous.line + 1 && startsCapitalised(text.line(token.line)) {
            split = true
          }
          if split {
            ranges.append(start..<index)
            start = index
          }
        }
        of[index] = ranges.count
        if token.kind == .symbol && [".", "!", "?", "…"].contains(token.text) {
          ranges.append(start..<(index + 1))
          start = index + 1
        }
      }
      if start < text.tokens.count { ranges.append(start..<text.tokens.count) }
      return (ranges, of)
    }

    /// `… đạt 6.300` then a line `- 6.500 USD`: text hard-wrapped inside a range (as
    /// `pdftotext -layout` writes a justified page), not a list item.
    private static func continuesRange(_ text: PlanText, _ index: Int) -> Bool {
      guard index >= 1, index + 1 < text.tokens.count, text.tokens[index - 1].kind == .number,
        ["-", "–"].contains(text.tokens[index].text)
      else { return false }
      let next = text.tokens[index + 1]
      return next.kind == .number && next.line == text.tokens[index].line
    }

    private static func isFirstOnLine(_ text: PlanText, _ index: Int) -> Bool {
      index == 0 || text.tokens[index - 1].line != text.tokens[index].line
    }

    /// A line starting with `-`, `+`, `•` … then a capital letter or a digit.
    static func isBullet(_ line: String) -> Bool {
      guard let first = line.first, bulletMarks.contains(first) else { return false }
      guard let next = line.dropFirst().first(where: { !$0.isWhitespace }) else { return false }
      return next.isUppercase || next.isNumber
    }

    private static func startsCapitalised(_ line: String) -> Bool {
      guard let first = line.first else { return false }
      return first.isUppercase || isBullet(line) || parseHeading(line) != nil
    }

    static func isMostlyUpperCase(_ s: String) -> Bool {
      let letters = s.filter(\.isLetter)
      guard !letters.isEmpty else { return false }
      return Double(letters.filter(\.isUppercase).count) >= 0.6 * Double(letters.count)
    }

    /// Parses a heading line: a roman numeral (`I`, `Il`, `I11` as OCR writes III) with `.` or
    /// `-` and a mostly capitalised title; `1.` or `1.1.` with a capitalised title; or `a.`/`a)`.
    static func parseHeading(_ line: String) -> Heading? {
      let characters = Array(line)
      var index = 0
      func separatorThenTitle(_ at: Int) -> (title: String, ok: Bool) {
        guard at < characters.count, ".-–)".contains(characters[at]) else { return ("", false) }
        var i = at + 1
        guard i < characters.count, characters[i] == " " else { return ("", false) }
        while i < characters.count, characters[i] == " " { i += 1 }
        guard i < characters.count, characters[i].isLetter else { return ("", false) }
        return (String(characters[i...]), true)
      }
      // Roman numerals: must start with a capital I, V or X.
      if let first = characters.first, "IVX".contains(first) {
        while index < characters.count, "IVXl1|".contains(characters[index]) { index += 1 }
        let numeral = String(characters[0..<index])
        let (title, ok) = separatorThenTitle(index)
        if ok, numeral.count <= 5, isMostlyUpperCase(title) {
          let value = romanValue(numeral)
          return Heading(
            line: 0, lastLine: 0, level: 1, number: value, label: romanLabel(value), title: title)
        }
        return nil
      }
      // Arabic: 1. / 1.2. / 1) with a capitalised title.
      index = 0
      var parts: [Int] = []
      while index < characters.count {
        var digits = ""
        while index < characters.count, characters[index].isASCII, characters[index].isNumber {
          digits.append(characters[index])
          index += 1
        }
        guard (1...2).contains(digits.count), let value = Int(digits) else { break }
        parts.append(value)
        if index + 1 < characters.count, characters[index] == ".", characters[index + 1].isNumber {
          index += 1
          continue
        }
        break
      }
      if !parts.isEmpty, let last = parts.last {
        let (title, ok) = separatorThenTitle(index)
        if ok, let firstLetter = title.first, firstLetter.isUppercase {
          return Heading(
            line: 0, lastLine: 0, level: 1 + parts.count, number: last,
            label: parts.map(String.init).joined(separator: "."), title: title)
        }
        return nil
      }
      // Letters: a. / b) with a lower-case letter.
      if characters.count > 3, let letter = characters.first, letter.isLowercase,
        letter.isLetter, ".)".contains(characters[1])
      {
        let (title, ok) = separatorThenTitle(1)
        if ok, let ascii = letter.asciiValue {
          return Heading(
            line: 0, lastLine: 0, level: 9, number: Int(ascii), label: String(letter), title: title)
        }
      }
      return nil
    }

    /// The value of a roman numeral whose `l`, `1` and `|` are OCR for `I`.
    static func romanValue(_ numeral: String) -> Int {
      let values = numeral.map { c -> Int in
        switch c {
        case "V": 5
        case "X": 10
        default: 1
        }
      }
      var total = 0
      for (i, v) in values.enumerated() {
        if i + 1 < values.count, values[i + 1] > v { total -= v } else { total += v }
      }
      return max(total, 1)
    }

    static func romanLabel(_ value: Int) -> String {
      let table: [(Int, String)] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
      var rest = min(max(value, 1), 39)
      var out = ""
      for (v, s) in table {
        while rest >= v {
          out += s
          rest -= v
        }
      }
      return out
    }

    /// The headings in force at `line`: each deeper than the one before it.
    /// - Complexity: O(log h) in the number of headings.
    func headingStack(at line: Int) -> [Heading] {
      var low = 0
      var high = headings.count
      while low < high {  // the first heading starting after `line`
        let mid = (low + high) / 2
        if headings[mid].line <= line { low = mid + 1 } else { high = mid }
      }
      return low > 0 && low - 1 < stacks.count ? stacks[low - 1] : []
    }

    /// `II.1 Mục tiêu đến năm 2030`: the roman label, the innermost numbered label and the
    /// innermost heading's title.
    static func sectionName(_ stack: [Heading]) -> String {
      guard let innermost = stack.last else { return "" }
      var parts: [String] = []
      if let roman = stack.first(where: { $0.level == 1 }) { parts.append(roman.label) }
      if let numbered = stack.last(where: { $0.level > 1 && $0.level < 9 }) {
        parts.append(numbered.label)
      }
      if innermost.level == 9 { parts.append(innermost.label) }
      return (parts.joined(separator: ".") + " " + innermost.title).trimmingCharacters(
        in: .whitespaces)
    }
  }
}
