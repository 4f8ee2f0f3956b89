import Catalog
import Support

/// Proposes candidate targets from the text of a plan: PDF-to-text output with or without
/// diacritics, OCR damage included (docs/methodology.md, "Extracting targets from plan text").
///
/// Every figure that reads as a target (a percentage, a per-10,000 figure, a rank, a
/// zero-padded count, an amount with a unit, a number after a comparator, `toàn tỉnh` as 100%)
/// becomes a candidate; one that no keyword explains is proposed as `unclassified`, never
/// dropped.
public struct TargetExtractor: Sendable {
  let engine: Extraction.Engine

  /// - Parameters:
  ///   - lexicon: the keywords of each indicator.
  ///   - indicators: the catalog's indicators (their units decide which figures fit them).
  public init(lexicon: Lexicon, indicators: [Indicator]) {
    engine = Extraction.Engine(lexicon: lexicon, indicators: indicators)
  }

  /// The candidate targets of `text`, in text order.
  /// - Parameters:
  ///   - text: the plan's text.
  ///   - geo: the geo id the candidates are for.
  ///   - document: the document id, if known; it also prefixes candidate ids.
  /// - Returns: candidates with ids `<document>-x01`, `-x02` … (`extract-x01` without one).
  /// - Complexity: O(n log n) in the length of the text for a fixed lexicon.
  public func extract(_ text: String, geo: String, document: String? = nil) -> [CandidateTarget] {
    engine.extract(text, geo: geo, document: document)
  }
}

extension Extraction {
  /// What `TargetExtractor` does, sentence by sentence.
  struct Engine: Sendable {
    let index: KeywordIndex
    let units: [String: Unit]

    init(lexicon: Lexicon, indicators: [Indicator]) {
      index = KeywordIndex(lexicon, indicators: indicators)
      units = Dictionary(indicators.map { ($0.id, $0.unit) }, uniquingKeysWith: { a, _ in a })
    }

    /// The text and what is known about it beyond one sentence.
    struct Document {
      var plan: PlanText
      var layout: Layout
      var titleYear: YearMention?
      var headingYears: [Int: YearMention]
      var geo: String
      var id: String

      /// A forward horizon is in force: carried from a lead, or the title's.
      func looksAhead(_ scope: Scope) -> Bool {
        scope.carried?.forward == true || titleYear?.forward == true
      }
    }

    func extract(_ text: String, geo: String, document: String?) -> [CandidateTarget] {
      let plan = PlanText(text)
      let layout = Layout(plan)
      // The title: the lines before the first heading (at most 15).
      let titleEnd = min(layout.headings.first?.line ?? 16, 16)
      let titleTokens = plan.tokens.prefix { $0.line < titleEnd }.count
      let titleYear = YearReading.mentions(in: 0..<titleTokens, of: plan, strict: true).first
      var headingYears: [Int: YearMention] = [:]
      for heading in layout.headings {
        let range = plan.tokenRange(lines: heading.line...heading.lastLine)
        if let mention = YearReading.mentions(in: range, of: plan, strict: false).first {
          headingYears[heading.line] = mention
        }
      }
      let context = Document(
        plan: plan, layout: layout, titleYear: titleYear, headingYears: headingYears, geo: geo,
        id: document ?? "")
      let tables = TableReading.tables(in: plan)
      let tableRows = tables.flatMap { tableCandidates($0, context) }
      var out: [CandidateTarget] = []
      var tracker = ScopeTracker(plan)
      var reports = ReportedRun()
      var lastLine = 0
      var goalSet = false
      for sentence in Self.outside(tables, layout.sentences, plan) {
        let firstLine =
          plan.tokens.indices.contains(sentence.lowerBound)
          ? plan.tokens[sentence.lowerBound].line : lastLine
        if firstLine > lastLine { reports.endParagraph(at: out.count, &out) }
        lastLine =
          plan.tokens.indices.contains(sentence.upperBound - 1)
          ? plan.tokens[sentence.upperBound - 1].line : firstLine
        let years = YearReading.mentions(in: sentence, of: plan, strict: false)
        let markers = TenseReading.markers(in: sentence, of: plan)
        var (found, lastFigure) = candidates(
          in: sentence, context, years: years, scope: tracker.scope, markers: markers)
        let setsGoals =
          !markers.forward.isEmpty || !markers.aims.isEmpty || !markers.forecast.isEmpty
          || years.contains(where: \.forward) || context.looksAhead(tracker.scope)
        if !setsGoals, markers.breaks.isEmpty {
          found = Self.resultsTogether(found)
        }
        reports.setsGoals = reports.setsGoals || setsGoals
        goalSet = goalSet || setsGoals || !markers.goalWords.isEmpty
        // Tense words speak of the text's time; a comparison (`cao hơn mục tiêu`) only of its
        // own figure.
        reports.told =
          reports.told || markers.past(before: sentence.upperBound) || !markers.already.isEmpty
          || !markers.now.isEmpty
        out += found
        // Item-level leads (`- Đến năm 2025, …`) stay in their item.
        let opener =
          plan.tokens.indices.contains(sentence.lowerBound)
          ? plan.tokens[sentence.lowerBound] : nil
        let bullet = opener.map {
          $0.kind == .symbol && Layout.bulletMarks.contains(Character($0.text))
        }
        tracker.advance(
          past: sentence, years: years, markers: markers, hasFigures: !found.isEmpty,
          isBullet: bullet ?? false,
          reportsResults: !found.isEmpty && found.allSatisfy { $0.role == .observation },
          lastFigure: lastFigure)
      }
      reports.finish(&out)
      if !goalSet, !tableRows.contains(where: { $0.role == .target }) {
        out = Self.noGoalSet(out)
      }
      out = Self.reportedLater(out)
      out = Self.besideResults(out)
      out = Self.merge(tableRows, into: out)
      let prefix = document.map(Text.slug).flatMap { $0.isEmpty ? nil : $0 } ?? "extract"
      let width = max(2, String(out.count).count)
      for i in out.indices {
        let number = String(i + 1)
        out[i].id =
          "\(prefix)-x" + String(repeating: "0", count: max(0, width - number.count)) + number
      }
      return out
    }

    /// The candidates of `sentence`, and the last token of its last figure.
    func candidates(
      in sentence: Range<Int>, _ context: Document, years: [YearMention], scope: Scope,
      markers: TenseReading.Markers
    ) -> ([CandidateTarget], Int?) {
      let plan = context.plan
      let stream = WordStream(plan, sentence)
      let matches = index.matches(in: stream)
      let counting = Set(
        matches.filter { index.keywords[$0.keyword].unit == .count }.compactMap {
          stream.tokenIndex.indices.contains($0.start) ? stream.tokenIndex[$0.start] : nil
        })
      let clauses = Quoting.clauses(of: sentence, in: plan)
      let clauseEnds = clauses.map(\.upperBound)
      var figures = FigureReading.figures(
        in: sentence, of: plan, stream: stream, startsCount: { counting.contains($0) })
      figures += ImpliedFigures.find(in: clauses, of: plan, figures: figures)
      figures.sort { $0.first < $1.first }
      guard !figures.isEmpty else { return ([], nil) }
      let places = figures.map { place(of: $0, in: stream, plan) }
      let breaks = stream.tokenIndex.indices.filter { i in
        plan.tokens[stream.tokenIndex[i]].isSymbol(";")
          || plan.tokens[stream.tokenIndex[i]].isSymbol(":")
      }
      let scene = Scene(
        stream: stream, matches: matches, figureStarts: places.map(\.start), breaks: breaks)
      let yearFirsts = years.map(\.first)
      let firsts = figures.map(\.first)
      let lasts = Set(figures.map(\.last))
      var out: [CandidateTarget] = []
      for (position, figure) in figures.enumerated() {
        let place = places[position]
        let openers = places[max(0, position - 8)..<position].filter(\.opensClause)
        let scores = IndicatorScoring.scores(
          scene, index: index, kind: figure.kind, place: place, openers: openers)
        var chosen: [IndicatorScoring.Score?]
        let listed = ListedIndicators.find(
          after: place.next, in: scene, scores: scores, index: index)
        if listed.count >= 2 {
          chosen = listed
        } else if let best = scores.first, best.value >= IndicatorScoring.threshold {
          chosen = [best]
        } else {
          chosen = [nil]
        }
        if figure.kind == .implied {
          chosen = chosen.filter { ($0?.value ?? 0) >= 0.5 }
        }
        // A bare number after `hơn`/`trên` that no keyword explains is most often a duration
        // or a head count (`hơn 2 ngày`, `hơn 242.000 đảng viên`), not a figure of a plan.
        if figure.kind == .amount && chosen.allSatisfy({ $0 == nil }) { continue }
        let clauseIndex = Sorted.lowerBound(clauseEnds, figure.first + 1)
        let clause = clauseIndex < clauses.count ? clauses[clauseIndex] : sentence
        for score in chosen {
          let builder = CandidateBuilder(
            document: context, units: units, figure: figure, figureFirsts: firsts,
            figureLasts: lasts, years: years,
            yearFirsts: yearFirsts, scope: scope, markers: markers,
            clause: clause, stream: stream)
          let candidate = builder.build(
            score: score, runnerUp: scores.first { $0.indicator != score?.indicator },
            listed: chosen.count > 1)
          out.append(candidate)
          if let target = builder.oldTarget(paired: candidate) { out.append(target) }
        }
      }
      return (Self.earlierPeriodsReported(out), figures.map(\.last).max())
    }

    /// `Năm 2024, … tăng 7,78%, xếp thứ 26/63 …`: in a sentence of one clause (no `;` or `:`)
    /// with no goal word and nothing ahead (no forward year of its own, none carried, none in
    /// the title), a figure read as a result makes the others results too: nothing in it sets a
    /// goal. Across a `;` a comparison stays with its own figure (`7,4%/năm, cao hơn mục tiêu
    /// đề ra; tỷ lệ hộ nghèo giảm còn 2,1%`).
    static func resultsTogether(_ candidates: [CandidateTarget]) -> [CandidateTarget] {
      guard candidates.contains(where: { $0.role == .observation }) else { return candidates }
      return candidates.map { candidate in
        guard candidate.role == .target else { return candidate }
        return candidate.readAsResult(
          because: "the sentence sets no goal and another of its figures is a result")
      }
    }

    /// The paragraphs since the last one that sets a goal: `Tăng trưởng kinh tế (GRDP) đạt
    /// khoảng 0,53%; trong đó: nông nghiệp tăng 3,76%, …` between `ảnh hưởng … đến kết quả thực
    /// hiện các chỉ tiêu` and `Tổng thu ngân sách cả năm ước đạt 12.210 tỷ đồng`. When no
    /// sentence of such a run sets a goal (no goal word, no forward year, no horizon in force)
    /// and one of its figures is a result, the run reports results throughout: its other figures
    /// are results of their year, unless their year comes after every result it reports
    /// (docs/methodology.md, GD). A paragraph ends where a sentence ends its line.
    struct ReportedRun {
      /// The index of the run's first candidate.
      var start = 0
      /// The index of the current paragraph's first candidate.
      var paragraph = 0
      /// A sentence of the current paragraph sets a goal.
      var setsGoals = false
      /// A sentence of the run (or of the current paragraph) has words that tell results.
      var told = false
      private var runTold = false

      /// Ends the current paragraph, whose candidates end before `end`: one that sets a goal
      /// closes the run before it.
      mutating func endParagraph(at end: Int, _ out: inout [CandidateTarget]) {
        if setsGoals {
          if runTold { Self.readAsResults(start..<paragraph, in: &out) }
          start = end
          runTold = false
        } else {
          runTold = runTold || told
        }
        paragraph = end
        setsGoals = false
        told = false
      }

      /// Ends the text.
      mutating func finish(_ out: inout [CandidateTarget]) {
        endParagraph(at: out.count, &out)
        if runTold { Self.readAsResults(start..<out.count, in: &out) }
      }

      static let reason = "no sentence around it sets a goal and its paragraphs report results"

      static func readAsResults(_ range: Range<Int>, in out: inout [CandidateTarget]) {
        guard range.lowerBound >= 0, range.upperBound <= out.count else { return }
        let results = range.filter { out[$0].role == .observation }
        guard let first = results.first else { return }
        let latest = results.compactMap { out[$0].horizon?.year }.max()
        for i in range where out[i].role == .target {
          // A figure without a year before any result (a headline's goal) is left alone.
          guard let horizon = out[i].horizon else {
            if i < first { continue }
            out[i] = out[i].readAsResult(because: reason)
            continue
          }
          // A period counts from its start: the run may report its first years.
          if let latest, (horizon.startYear ?? horizon.year) > latest { continue }
          out[i] = out[i].readAsResult(because: reason)
        }
      }
    }

    /// `Năm 2031, tỷ lệ dân số nông thôn được cấp nước hợp vệ sinh đạt 97,5%, …`: a text in
    /// which no sentence speaks of a goal (no goal word, aim, forecast or plan document however
    /// it is read, no year ahead, no horizon carried or in its title) and no table row is a
    /// target reports what is, so every figure it has is a result (docs/methodology.md, HU). A
    /// plan's list of targets always has one of these; of the 729 passages of sets 1-31, the 64
    /// with no goal word and no `đến năm` hold no target and 676 results.
    static func noGoalSet(_ candidates: [CandidateTarget]) -> [CandidateTarget] {
      candidates.map { candidate in
        guard candidate.role == .target else { return candidate }
        return candidate.readAsResult(
          because: "nothing in the text sets a goal: no goal word, no year ahead")
      }
    }

    /// `Đến cuối năm 2022, tỷ lệ hộ nghèo toàn tỉnh là 28,54%` in a text that reports 2023
    /// (`GRDP bình quân đầu người năm 2023 ước đạt …`): a year said with `đến` and no goal word,
    /// before a year the text reports results of in its own words, dates a state (HB).
    static func reportedLater(_ candidates: [CandidateTarget]) -> [CandidateTarget] {
      let reported = candidates.compactMap { candidate -> Int? in
        guard candidate.role == .observation, case .sentence = candidate.yearSource else {
          return nil
        }
        return candidate.horizon?.year
      }
      guard let latest = reported.max() else { return candidates }
      return candidates.map { candidate in
        guard candidate.role == .target, let year = candidate.statedAsOf, year < latest else {
          return candidate
        }
        return candidate.readAsResult(
          because: "the text reports \(latest), so `đến` \(year) dates a state, not a horizon")
      }
    }

    /// A target on a line where another figure is read as a past result: the wordings of
    /// report the rules do not know are most often there, so its role is marked for the reviewer
    /// and its confidence lowered. On the seventeen labelled sets 48 of the 106 past results
    /// still proposed as targets stand on such lines, against 79 of 1,802 targets
    /// (docs/methodology.md, "Roles to check").
    static func besideResults(_ candidates: [CandidateTarget]) -> [CandidateTarget] {
      let resultLines = Set(
        candidates.filter { $0.role == .observation }.flatMap { Array($0.lines) })
      guard !resultLines.isEmpty else { return candidates }
      return candidates.map { candidate in
        guard candidate.role == .target, !candidate.quotesPlan,
          candidate.lines.contains(where: resultLines.contains)
        else { return candidate }
        var marked = candidate
        marked.reason += "; role to check: a figure on its line is read as a past result"
        marked.confidence *= besideResultsFactor
        return marked
      }
    }
    static let besideResultsFactor = 0.8

    /// Table rows placed among the sentences' candidates by line; each list keeps its order.
    static func merge(_ rows: [CandidateTarget], into sentences: [CandidateTarget])
      -> [CandidateTarget]
    {
      var merged: [CandidateTarget] = []
      var next = rows.startIndex
      for candidate in sentences {
        while next < rows.endIndex, rows[next].lines.lowerBound < candidate.lines.lowerBound {
          merged.append(rows[next])
          next += 1
        }
        merged.append(candidate)
      }
      return merged + rows[next...]
    }

    /// `giai đoạn 2016 - 2020 đạt 5%/năm; giai đoạn 2021 - 2023 ước đạt 9,33%/năm`: when a
    /// sentence reports a result of a period, a figure of the same sentence whose own year ends
    /// before that period starts is a result too (no plan sets a goal for years before those it
    /// reports on).
    static func earlierPeriodsReported(_ candidates: [CandidateTarget]) -> [CandidateTarget] {
      let reported = candidates.compactMap { candidate -> Int? in
        guard candidate.role == .observation, case .sentence = candidate.yearSource,
          let horizon = candidate.horizon
        else { return nil }
        return horizon.startYear ?? horizon.year
      }
      guard let latest = reported.max() else { return candidates }
      return candidates.map { candidate in
        guard candidate.role == .target, case .sentence = candidate.yearSource,
          let horizon = candidate.horizon, horizon.year < latest
        else { return candidate }
        return candidate.readAsResult(
          because: "a later period of the sentence (from \(latest)) is reported")
      }
    }

    private func place(of figure: Figure, in stream: WordStream, _ plan: PlanText)
      -> IndicatorScoring.Place
    {
      let start = stream.offset(atOrAfter: figure.first)
      let next = stream.offset(atOrAfter: figure.last + 1)
      // Words before the figure back to a clause break (numbers are skipped, not breaks).
      var words = 0
      var back = start - 1
      while back >= 0, back < stream.items.count, words < 3 {
        if stream.items[back] != nil {
          words += 1
        } else if plan.tokens[stream.tokenIndex[back]].kind != .number {
          break
        }
        back -= 1
      }
      return IndicatorScoring.Place(
        start: start, next: next, opensClause: words <= 2 && figure.kind != .implied)
    }
  }
}

extension CandidateTarget {
  /// The candidate as a past result, the reason saying why.
  func readAsResult(because why: String) -> CandidateTarget {
    guard !quotesPlan, !setsFloor, !required else { return self }
    var result = self
    result.role = .observation
    result.reason += "; a past result: " + why
    return result
  }
}

extension Extraction.PlanText {
  /// The tokens on `lines`.
  func tokenRange(lines: ClosedRange<Int>) -> Range<Int> {
    let first = Extraction.Sorted.lowerBound(tokenLines, lines.lowerBound)
    let end = Extraction.Sorted.lowerBound(tokenLines, lines.upperBound + 1)
    return first..<max(first, end)
  }
}
