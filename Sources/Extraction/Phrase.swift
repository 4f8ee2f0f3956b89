import Catalog

extension Extraction {
  /// A sequence of words compared OCR-tolerantly with a text (keywords, comparator words, unit
  /// words, year markers).
  struct Phrase: Sendable, Hashable {
    var words: [WordForm]

    /// The words of `text`, folded; numbers in it (`1 van dan`) are kept as words.
    init(_ text: String) {
      words = PlanText(text).tokens.compactMap { token in
        switch token.kind {
        case .word: token.form
        case .number: WordForm(token.text)
        case .symbol: nil
        }
      }
    }

    /// How well text word `t` stands for phrase word `k`: 1 for the same folded spelling, 0.8 for
    /// the same syllable skeleton, 0.6 for a lone onset whose vowel the OCR lost (`s` for `số`);
    /// nil otherwise. An upper-case phrase word (`GRDP`) matches only itself in capitals, and an
    /// upper-case text word only its own spelling.
    static func compare(_ k: WordForm, _ t: WordForm) -> Double? {
      if k.isUpperCase { return t.isUpperCase && k.fold == t.fold ? 1 : nil }
      if k.fold == t.fold { return 1 }
      if t.isUpperCase { return nil }  // an acronym in the text (`HDI`) is no damaged `hóa`
      if let a = k.skeleton, let b = t.skeleton, a == b { return 0.8 }
      if t.isBareOnset, let s = k.skeleton, s == t.fold + "V" { return 0.6 }
      return nil
    }

    /// The quality (mean word score) of the phrase at `index` of `words`, or nil: every word must
    /// match, and at least one exactly (a one-word phrase must match exactly).
    func match(_ words: [WordForm], at index: Int) -> Double? {
      guard !self.words.isEmpty, index >= 0, index + self.words.count <= words.count else {
        return nil
      }
      var total = 0.0
      var exact = false
      for (offset, k) in self.words.enumerated() {
        guard let score = Self.compare(k, words[index + offset]) else { return nil }
        if score == 1 { exact = true }
        total += score
      }
      guard exact else { return nil }
      if self.words.count == 1 && total < 1 { return nil }
      return total / Double(self.words.count)
    }

    /// Whether the phrase ends exactly at `end` (exclusive) of `words`.
    func matchEnding(_ words: [WordForm], at end: Int) -> Double? {
      match(words, at: end - self.words.count)
    }
  }

  /// The words of a token range as a stream for phrase matching: numbers and `.`, `;`, `:`, `!`,
  /// `?` break it (a phrase never runs across them); other symbols (`,`, `(`, `-` …) are skipped.
  struct WordStream: Sendable {
    /// The words, with `nil` for a barrier.
    var items: [WordForm?] = []
    /// The token index of each item.
    var tokenIndex: [Int] = []

    init(_ text: PlanText, _ range: Range<Int>) {
      for index in range where index >= 0 && index < text.tokens.count {
        let token = text.tokens[index]
        switch token.kind {
        case .word:
          items.append(token.form)
          tokenIndex.append(index)
        case .number:
          items.append(nil)
          tokenIndex.append(index)
        case .symbol:
          if [".", ";", ":", "!", "?"].contains(token.text) {
            items.append(nil)
            tokenIndex.append(index)
          }
        }
      }
    }

    /// Runs of words between barriers, as (offset of the run in `items`, words).
    var runs: [(offset: Int, words: [WordForm])] {
      var out: [(Int, [WordForm])] = []
      var current: [WordForm] = []
      var start = 0
      for (offset, item) in items.enumerated() {
        if let item {
          if current.isEmpty { start = offset }
          current.append(item)
        } else if !current.isEmpty {
          out.append((start, current))
          current = []
        }
      }
      if !current.isEmpty { out.append((start, current)) }
      return out
    }
  }
}

extension Extraction.WordStream {
  /// The offset of the first item whose token is at or after token index `token`.
  /// - Complexity: O(log n).
  func offset(atOrAfter token: Int) -> Int {
    Extraction.Sorted.lowerBound(tokenIndex, token)
  }
}
