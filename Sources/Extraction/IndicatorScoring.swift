import Catalog

extension Extraction {
  /// The lexicon compiled for matching: keywords as phrases, indexed by their first word.
  struct KeywordIndex: Sendable {
    struct Keyword: Sendable {
      var indicator: String
      var unit: Unit
      var phrase: Phrase
      var weight: Double
    }

    /// One keyword found in a stream of words.
    struct Match: Sendable {
      var keyword: Int
      /// Stream offsets, end exclusive.
      var start: Int
      var end: Int
      var quality: Double
    }

    let keywords: [Keyword]
    private let byFold: [String: [Int]]
    private let bySkeleton: [String: [Int]]
    private let byBareOnset: [String: [Int]]

    /// Lexicon entries of indicators missing from `indicators` are left out.
    init(_ lexicon: Lexicon, indicators: [Indicator]) {
      let units = Dictionary(indicators.map { ($0.id, $0.unit) }, uniquingKeysWith: { a, _ in a })
      var keywords: [Keyword] = []
      for entry in lexicon.entries {
        guard let unit = units[entry.indicator] else { continue }
        let phrase = Phrase(entry.keyword)
        guard !phrase.words.isEmpty else { continue }
        keywords.append(
          Keyword(indicator: entry.indicator, unit: unit, phrase: phrase, weight: entry.weight))
      }
      var byFold: [String: [Int]] = [:]
      var bySkeleton: [String: [Int]] = [:]
      var byBareOnset: [String: [Int]] = [:]
      for (index, keyword) in keywords.enumerated() {
        guard let first = keyword.phrase.words.first else { continue }
        byFold[first.fold, default: []].append(index)
        if !first.isUpperCase, let skeleton = first.skeleton {
          bySkeleton[skeleton, default: []].append(index)
          if skeleton.hasSuffix("V") {
            byBareOnset[String(skeleton.dropLast()), default: []].append(index)
          }
        }
      }
      self.keywords = keywords
      self.byFold = byFold
      self.bySkeleton = bySkeleton
      self.byBareOnset = byBareOnset
    }

    /// Every keyword in `stream`, sorted by position.
    /// - Complexity: O(n × k) for n words and k keywords starting like each word.
    func matches(in stream: WordStream) -> [Match] {
      var found: [Match] = []
      for run in stream.runs {
        for (position, word) in run.words.enumerated() {
          var candidates = byFold[word.fold] ?? []
          if let skeleton = word.skeleton { candidates += bySkeleton[skeleton] ?? [] }
          if word.isBareOnset { candidates += byBareOnset[word.fold] ?? [] }
          var tried = Set<Int>()
          for index in candidates where tried.insert(index).inserted {
            let keyword = keywords[index]
            guard let quality = keyword.phrase.match(run.words, at: position) else { continue }
            found.append(
              Match(
                keyword: index, start: run.offset + position,
                end: run.offset + position + keyword.phrase.words.count, quality: quality))
          }
        }
      }
      return found.sorted { ($0.start, $0.end, $0.keyword) < ($1.start, $1.end, $1.keyword) }
    }

    /// `matches` minus those inside a longer match (`kinh tế số` inside `kinh tế số các
    /// ngành`) and repeats of one indicator on the same words; keywords of different
    /// indicators on the same words all stay (`HDI` names `hdi` and `hdi_rank`).
    /// - Complexity: O(m × o) for m matches sorted by start, each overlapping o others.
    func uncontained(_ matches: [Match]) -> [Match] {
      let longest = matches.map { $0.end - $0.start }.max() ?? 0
      func covers(_ a: Match, _ b: Match) -> Bool {
        guard a.start <= b.start && b.end <= a.end else { return false }
        let (la, lb) = (a.end - a.start, b.end - b.start)
        if la > lb { return true }
        guard la == lb, keywords[a.keyword].indicator == keywords[b.keyword].indicator else {
          return false
        }
        // One indicator twice on the same words: keep the better match only.
        let (sa, sb) = (
          keywords[a.keyword].weight * a.quality, keywords[b.keyword].weight * b.quality
        )
        return sa > sb || (sa == sb && a.keyword < b.keyword)
      }
      var kept: [Match] = []
      for (i, match) in matches.enumerated() {
        var covered = false
        var j = i - 1
        while !covered, j >= 0, matches[j].start >= match.start - longest {
          covered = covers(matches[j], match)
          j -= 1
        }
        j = i + 1
        while !covered, j < matches.count, matches[j].start <= match.start {
          covered = covers(matches[j], match)
          j += 1
        }
        if !covered { kept.append(match) }
      }
      return kept
    }
  }

  /// One sentence prepared for scoring: its words, keyword matches, figures and clause breaks.
  struct Scene: Sendable {
    let stream: WordStream
    /// Sorted by start.
    let matches: [KeywordIndex.Match]
    private let matchStarts: [Int]
    /// Stream offsets of each figure's first token, sorted.
    let figureStarts: [Int]
    /// Stream offsets of `;` and `:`, sorted.
    let breaks: [Int]

    init(stream: WordStream, matches: [KeywordIndex.Match], figureStarts: [Int], breaks: [Int]) {
      self.stream = stream
      self.matches = matches
      self.matchStarts = matches.map(\.start)
      self.figureStarts = figureStarts.sorted()
      self.breaks = breaks.sorted()
    }

    /// How far (in stream items) a keyword may be from its figure.
    static let reach = 60

    /// The matches starting within `reach` of the figure.
    func matches(near start: Int, _ next: Int) -> ArraySlice<KeywordIndex.Match> {
      let from = Sorted.lowerBound(matchStarts, start - Self.reach - 12)
      let to = Sorted.lowerBound(matchStarts, next + Self.reach)
      return matches[from..<max(from, to)]
    }

    func hasFigure(in range: Range<Int>, except: Int) -> Bool {
      let i = Sorted.lowerBound(figureStarts, range.lowerBound)
      var j = i
      while j < figureStarts.count, figureStarts[j] < range.upperBound {
        if figureStarts[j] != except { return true }
        j += 1
      }
      return false
    }

    func hasBreak(in range: Range<Int>) -> Bool {
      let i = Sorted.lowerBound(breaks, range.lowerBound)
      return i < breaks.count && breaks[i] < range.upperBound
    }

    /// The number of words (not barriers) in `range`.
    func words(in range: Range<Int>) -> Int {
      let lower = max(0, range.lowerBound)
      let upper = min(stream.items.count, range.upperBound)
      guard lower < upper else { return 0 }
      return stream.items[lower..<upper].filter { $0 != nil }.count
    }
  }

  /// Binary search in sorted arrays.
  enum Sorted {
    /// The first index whose element is not less than `value`.
    static func lowerBound(_ array: [Int], _ value: Int) -> Int {
      var low = 0
      var high = array.count
      while low < high {
        let mid = (low + high) / 2
        if array[mid] < value { low = mid + 1 } else { high = mid }
      }
      return low
    }
  }

  /// Which indicator a figure is about, from the keywords around it
  /// (docs/methodology.md, "Extracting targets").
  enum IndicatorScoring {
    /// The best indicator scores below this are not classified.
    static let threshold = 0.3

    /// One indicator's score for one figure and the keyword match that gave it.
    struct Score: Sendable {
      var indicator: String
      var value: Double
      var match: KeywordIndex.Match
      /// Whether the best keyword comes after the figure.
      var after: Bool
    }

    /// Where a figure sits in its sentence.
    struct Place: Sendable {
      /// Stream offsets of the figure's first token and of the first item after it.
      var start: Int
      var next: Int
      /// At most two words stand before the figure in its clause (`100% doanh nghiệp …`,
      /// `đảm bảo 100% người dân …`): the words after it are its subject, not a denominator
      /// (`40% GRDP`).
      var opensClause: Bool
    }

    /// How well an indicator's unit fits a figure of `kind`: 0 not at all, less than 1 for a
    /// weaker fit (a `%/năm` figure prefers growth rates).
    static func unitFit(_ kind: Figure.Kind, _ unit: Unit) -> Double {
      let shares: Set<Unit> = [
        .percent, .percentOfGRDP, .percentOfLocalBudget, .percentOfStateBudget, .percentOfGrowth,
        .percentPerYear,
      ]
      switch kind {
      case .percent: return shares.contains(unit) ? 1 : 0
      case .percentPerYear: return unit == .percentPerYear ? 1 : shares.contains(unit) ? 0.6 : 0
      case .per10k: return unit == .per10kPeople ? 1 : 0
      case .rank: return unit == .rank ? 1 : 0
      case .count: return unit == .count ? 1 : 0
      case .index: return unit == .index || unit == .score ? 1 : 0
      case .measure(let measured): return unit == measured ? 1 : 0
      case .amount: return shares.contains(unit) || unit == .rank || unit == .level ? 0 : 1
      case .implied: return unit == .percent ? 1 : 0
      case .counted: return unit == .count ? 1 : 0
      case .multiple: return 0
      }
    }

    /// Scores every indicator whose keywords are near the figure, best first.
    ///
    /// A keyword scores weight × match quality × unit fit × side ÷ (1 + words between / 12).
    /// Side is 1 before the figure (0.6 for counts), 0.55 after it (1 for counts, ranks and
    /// figures that open their clause), × 0.3 past another figure, × 0.5 across `;` or `:`,
    /// × 0.5 right after an earlier figure that opens its clause (its subject). An indicator
    /// scores its best keyword plus 0.2 × its second best, at most 1.
    /// - Parameters:
    ///   - place: the figure's place.
    ///   - openers: the places of earlier figures that open their clause.
    static func scores(
      _ scene: Scene, index: KeywordIndex, kind: Figure.Kind, place: Place, openers: [Place]
    ) -> [Score] {
      let near = scene.matches(near: place.start, place.next).filter {
        unitFit(kind, index.keywords[$0.keyword].unit) > 0
      }
      var best: [String: (first: Score, second: Double)] = [:]
      for match in index.uncontained(Array(near)) {
        let keyword = index.keywords[match.keyword]
        let fit = unitFit(kind, keyword.unit)
        let inside = match.start >= place.start && match.start < place.next
        let after = match.start >= place.next
        guard after || inside || match.end <= place.start else { continue }
        let (from, to) = after ? (place.next, match.start) : (match.end, place.start)
        let distance = inside ? 0 : scene.words(in: from..<max(from, to))
        guard distance <= Scene.reach else { continue }
        var side: Double
        switch (after || inside, kind) {
        case (false, .count): side = 0.6
        case (false, _): side = 1
        case (true, .count), (true, .rank): side = 1
        case (true, _): side = inside || place.opensClause ? 1 : 0.55
        }
        if !inside {
          if scene.hasFigure(in: from..<max(from, to), except: place.start) { side *= 0.3 }
          if scene.hasBreak(in: from..<max(from, to)) { side *= 0.5 }
          if !after, openers.contains(where: { $0.next <= match.start }) { side *= 0.5 }
        }
        let value = keyword.weight * match.quality * fit * side / (1 + Double(distance) / 12)
        let score = Score(indicator: keyword.indicator, value: value, match: match, after: after)
        if let current = best[keyword.indicator] {
          if value > current.first.value {
            best[keyword.indicator] = (score, max(current.second, current.first.value))
          } else {
            best[keyword.indicator] = (current.first, max(current.second, value))
          }
        } else {
          best[keyword.indicator] = (score, 0)
        }
      }
      return best.values.map { entry in
        var score = entry.first
        score.value = min(1, score.value + 0.2 * entry.second)
        return score
      }.sorted { ($0.value, $1.indicator) > ($1.value, $0.indicator) }
    }
  }
}
