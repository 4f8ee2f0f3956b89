import Catalog

extension Extraction {
  /// Figures stated in words: `phủ sóng 5G toàn tỉnh`, `số hóa toàn bộ quy trình` are 100%.
  enum ImpliedFigures {
    static let phrases = ["toàn tỉnh", "toàn bộ", "tất cả", "whole province", "entire province"]
      .map(Phrase.init)

    /// The implied figures of the clauses that state no figure.
    static func find(in clauses: [Range<Int>], of plan: PlanText, figures: [Figure]) -> [Figure] {
      var out: [Figure] = []
      let firsts = figures.map(\.first).sorted()
      for clause in clauses {
        let i = Sorted.lowerBound(firsts, clause.lowerBound)
        guard i >= firsts.count || firsts[i] >= clause.upperBound else { continue }
        let words = WordStream(plan, clause)
        for run in words.runs {
          for position in run.words.indices
          where phrases.contains(where: { $0.match(run.words, at: position) != nil }) {
            let first = words.tokenIndex[run.offset + position]
            let last = words.tokenIndex[run.offset + position + 1]
            var figure = Figure(
              kind: .implied, value: 100,
              comparator: ComparatorReading.Reading(comparison: .equal, words: nil),
              first: first, last: last)
            figure.impliedBy = plan.text(from: first, to: last)
            out.append(figure)
          }
        }
      }
      return out
    }
  }

  /// `nhóm 10 tỉnh dẫn đầu về đổi mới sáng tạo, chuyển đổi số`: one figure for each indicator
  /// listed after `về` (about).
  enum ListedIndicators {
    static let about: Set<String> = OCRFold.folds(["ve", "about"])
    static let joiners: Set<String> = OCRFold.folds(["va", "and", "cung", "nhu"])

    /// The indicators listed right after `về` following the figure, each with its score: a
    /// keyword right after `về`, then keywords separated by nothing but commas or `và`.
    static func find(
      after next: Int, in scene: Scene, scores: [IndicatorScoring.Score], index: KeywordIndex
    ) -> [IndicatorScoring.Score] {
      let items = scene.stream.items
      var position = next
      while position < items.count, position - next < 12, let word = items[position],
        !about.contains(word.fold)
      {
        position += 1
      }
      guard position < items.count, items[position] != nil else { return [] }
      var cursor = position + 1
      let spans = Dictionary(
        grouping: scene.matches(near: next, cursor + Scene.reach).filter { $0.start >= cursor },
        by: \.start)
      var out: [IndicatorScoring.Score] = []
      while out.count < 8, let group = spans[cursor] ?? spans[cursor + 1] {
        if spans[cursor] == nil {
          guard cursor < items.count, let word = items[cursor], joiners.contains(word.fold) else {
            break
          }
        }
        let candidates = group.compactMap { match -> IndicatorScoring.Score? in
          guard
            var score = scores.first(where: {
              $0.indicator == index.keywords[match.keyword].indicator
            })
          else { return nil }
          score.match = match
          return score
        }
        guard let best = candidates.max(by: { $0.value < $1.value }),
          let end = group.map(\.end).max()
        else { break }
        if !out.contains(where: { $0.indicator == best.indicator }) { out.append(best) }
        cursor = end
      }
      return out
    }
  }

  /// Cuts quotes out of the text.
  enum Quoting {
    /// The clauses of a sentence: split at `;` and `:`.
    static func clauses(of sentence: Range<Int>, in plan: PlanText) -> [Range<Int>] {
      var out: [Range<Int>] = []
      var start = sentence.lowerBound
      for i in sentence where i < plan.tokens.count {
        if plan.tokens[i].isSymbol(";") || plan.tokens[i].isSymbol(":") {
          if start < i { out.append(start..<i) }
          start = i + 1
        }
      }
      if start < sentence.upperBound { out.append(start..<sentence.upperBound) }
      return out
    }

    static let leading: Set<String> = ["-", "+", "•", "*", "–", "—", "·", ",", ";", ":", ".", ")"]
    static let trailing: Set<String> = [",", ";", ":", ".", "-", "("]

    /// The clause holding the figure, trimmed of bullets and end punctuation, at most 40
    /// tokens before and 20 after the figure.
    static func clause(around figure: Figure, in clause: Range<Int>, of plan: PlanText)
      -> (text: String, lines: ClosedRange<Int>)
    {
      guard !plan.tokens.isEmpty else { return ("", 1...1) }
      let count = plan.tokens.count
      var first = max(clause.lowerBound, figure.first - 40, 0)
      var last = min(clause.upperBound - 1, figure.last + 20, count - 1)
      first = min(first, figure.first, count - 1)
      last = max(last, min(figure.last, count - 1), first)
      while first < figure.first, plan.tokens[first].kind == .symbol,
        leading.contains(plan.tokens[first].text)
      {
        first += 1
      }
      while last > figure.last, plan.tokens[last].kind == .symbol,
        trailing.contains(plan.tokens[last].text)
      {
        last -= 1
      }
      let lines = plan.tokens[first].line...max(plan.tokens[first].line, plan.tokens[last].line)
      return (plan.text(from: first, to: last), lines)
    }

    /// The source text of a keyword match.
    static func words(of match: KeywordIndex.Match, in stream: WordStream, _ plan: PlanText)
      -> String
    {
      guard match.start >= 0, match.end <= stream.tokenIndex.count, match.start < match.end else {
        return ""
      }
      return plan.text(from: stream.tokenIndex[match.start], to: stream.tokenIndex[match.end - 1])
    }
  }
}
