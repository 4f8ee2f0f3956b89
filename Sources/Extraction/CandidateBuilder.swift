import Catalog
import Support

extension Extraction {
  /// Turns a figure and its chosen indicator into a candidate row: quote, section, year,
  /// confidence and the reasons for it.
  struct CandidateBuilder {
    let document: Engine.Document
    let units: [String: Unit]
    let figure: Figure
    /// The first token of every figure of the sentence, sorted (a year past another figure
    /// belongs to that one).
    let figureFirsts: [Int]
    /// The sentence's horizon mentions, in text order, and the first token of each.
    let years: [YearMention]
    let yearFirsts: [Int]
    let clause: Range<Int>
    let stream: WordStream

    /// - Parameters:
    ///   - score: the indicator, or nil for `unclassified`.
    ///   - runnerUp: the next best indicator (a close second lowers the confidence).
    ///   - listed: the figure is one of several indicators listed after `về`.
    func build(
      score: IndicatorScoring.Score?, runnerUp: IndicatorScoring.Score?, listed: Bool
    ) -> CandidateTarget {
      let plan = document.plan
      let line = plan.tokens.indices.contains(figure.first) ? plan.tokens[figure.first].line : 1
      let stack = document.layout.headingStack(at: line)
      let quote = Quoting.clause(around: figure, in: clause, of: plan)
      var reasons: [String] = []
      var notes: [String] = []
      var confidence = 1.0

      let indicator = score?.indicator
      let unit = indicator.flatMap { units[$0] }
      if let score {
        let words = Quoting.words(of: score.match, in: stream, plan)
        var fragment =
          "indicator from \(Text.quoted(words)) \(score.after ? "after" : "before") the figure"
          + " (score \(NumberReading.csv((score.value * 100).rounded() / 100))"
          + (score.match.quality < 1 ? ", OCR-tolerant match)" : ")")
        var indicatorConfidence = min(1, 0.45 + score.value)
        if let runnerUp, runnerUp.value >= 0.8 * score.value, !listed {
          indicatorConfidence *= 0.8
          fragment += "; close second '\(runnerUp.indicator)'"
        }
        if listed { fragment += "; one phrase names several indicators" }
        reasons.append(fragment)
        confidence *= indicatorConfidence
      } else {
        reasons.append("no keyword of the lexicon near the figure: unclassified")
        confidence *= 0.3
      }

      switch figure.kind {
      case .implied:
        let words = Text.quoted(figure.impliedBy ?? "")
        reasons.append("figure implied by \(words), recorded as 100")
        notes.append("\(words) recorded as 100")
        confidence *= 0.6
      case .measure:
        if let converted = figure.conversion {
          let value = NumberReading.csv(figure.value)
          reasons.append("\(Text.quoted(converted)) converted to \(value) trillion VND")
          notes.append("\(Text.quoted(converted)) recorded as \(value) (trillion VND)")
        }
      case .index, .amount:
        confidence *= 0.85
      case .count, .rank, .percent, .percentPerYear, .per10k:
        break
      }
      if let words = figure.comparator.words, figure.kind != .implied {
        reasons.append("comparator \(figure.quantity.comparator.symbol) from \(Text.quoted(words))")
      } else if figure.high != nil {
        reasons.append("range")
      } else if figure.kind != .implied {
        reasons.append("no comparator word: read as =")
        confidence *= 0.9
      }

      let (horizon, source, yearWords) = year(stack: stack)
      switch source {
      case .sentence(let at):
        reasons.append("year from \(Text.quoted(yearWords)) in the sentence")
        if let horizon, !quote.text.contains(String(horizon.year)) {
          notes.append("year from line \(at): \(Text.quoted(yearWords))")
        }
      case .heading(let at):
        reasons.append("year from the heading on line \(at)")
        confidence *= 0.95
      case .title(let at):
        reasons.append("year from the document title (line \(at))")
        notes.append("year \(horizon?.csv ?? "") from the document title (line \(at))")
        confidence *= 0.85
      case .none:
        reasons.append("no year in the sentence, its headings or the title")
        notes.append("no year")
        confidence *= 0.85
      }

      let kind: TargetKind = unit == .rank || figure.kind == .rank ? .rank : .quantitative
      return CandidateTarget(
        id: "", geo: document.geo, indicator: indicator, unit: unit, kind: kind,
        quantity: figure.quantity, horizon: horizon, yearSource: source, document: document.id,
        section: Layout.sectionName(stack), quote: quote.text, lines: quote.lines,
        confidence: max(0, min(1, confidence)), reason: reasons.joined(separator: "; "),
        note: notes.joined(separator: "; "))
    }

    /// The sentence's nearest horizon with no other figure between it and this one (before it
    /// on a tie: `năm 2030 … 30% và 50% vào năm 2045`), else its nearest before, else after;
    /// else the innermost heading's; else the title's.
    /// - Complexity: O(log n) in the figures and years of the sentence.
    func year(stack: [Heading]) -> (Horizon?, CandidateTarget.YearSource, String) {
      /// Whether another figure starts strictly between token indices `a` and `b`.
      func between(_ a: Int, _ b: Int) -> Bool {
        let i = Sorted.lowerBound(figureFirsts, a + 1)
        return i < figureFirsts.count && figureFirsts[i] < b
      }
      let after = Sorted.lowerBound(yearFirsts, figure.last + 1)
      let before = years[..<min(after, years.count)].last { $0.last < figure.first }
      let next = after < years.count ? years[after] : nil
      let freeBefore = before.flatMap { between($0.last, figure.first) ? nil : $0 }
      let freeNext = next.flatMap { between(figure.last, $0.first) ? nil : $0 }
      var chosen = freeBefore ?? freeNext
      if let b = freeBefore, let n = freeNext, n.first - figure.last < figure.first - b.last {
        chosen = n
      }
      if let mention = chosen ?? before ?? next {
        return (mention.horizon, .sentence(line: mention.line), mention.words)
      }
      for heading in stack.reversed() {
        if let mention = document.headingYears[heading.line] {
          return (mention.horizon, .heading(line: mention.line), mention.words)
        }
      }
      if let title = document.titleYear {
        return (title.horizon, .title(line: title.line), title.words)
      }
      return (nil, .none, "")
    }
  }
}
