import Catalog
import Foundation
import Support

/// Scores `TargetExtractor` on a folder of labelled passages: texts and an `expected.csv` of the
/// figures a reader would call targets or past results (docs/methodology.md, "Evaluating on
/// real passages").
///
/// A candidate matches a label of the same file when its figures as written (`stated`) equal the
/// label's `value` and `value_high` and its lines contain the label's line. Targets are matched
/// with target labels only and observations with observation labels, each label at most once;
/// a candidate with the label's year (then comparator) is preferred when several fit.
public enum PassageScoring {
  /// One row of `expected.csv`.
  public struct Label: Sendable, Hashable {
    /// The passage's file name.
    public var file: String
    /// The 1-based line of the figure.
    public var line: Int
    /// The figure as written, dot-decimal, no unit conversion.
    public var value: Double
    /// The upper end of a range.
    public var valueHigh: Double?
    /// The comparator, nil when the labeller left it empty.
    public var comparator: Comparison?
    /// The horizon (targets) or the year described (observations); nil for none.
    public var year: Int?
    /// A target, or a past result (observation).
    public var isTarget: Bool
    /// The indicator id the labeller had in mind; not required to exist in the catalog.
    public var indicatorHint: String

    /// The label of a row read from `expected.csv`.
    public init(_ row: ExpectedFigure) {
      file = row.file
      line = row.line
      value = row.value
      valueHigh = row.valueHigh
      comparator = row.comparator
      year = row.year?.year
      isTarget = row.isTarget
      indicatorHint = row.indicatorHint
    }
  }

  /// Counts for one kind of figure (targets or observations).
  public struct Tally: Sendable, Hashable {
    /// Candidates proposed with this role.
    public var proposed = 0
    /// Labels with this role.
    public var expected = 0
    /// Labels matched (equal to the candidates matched).
    public var matched = 0
    /// Matched candidates with the label's year.
    public var yearRight = 0
    /// Matched candidates with the label's comparator.
    public var comparatorRight = 0
    /// Matched candidates whose indicator is the label's `indicator_hint`.
    public var indicatorRight = 0

    /// An empty tally.
    public init() {}

    /// Matched / proposed; nil when nothing was proposed.
    public var precision: Double? { ratio(matched, proposed) }
    /// Matched / expected; nil when nothing was expected.
    public var recall: Double? { ratio(matched, expected) }
    /// Right years / matched; nil when nothing matched.
    public var yearAccuracy: Double? { ratio(yearRight, matched) }
    /// Right comparators / matched; nil when nothing matched.
    public var comparatorAgreement: Double? { ratio(comparatorRight, matched) }
    /// Right indicators / matched; nil when nothing matched.
    public var indicatorAgreement: Double? { ratio(indicatorRight, matched) }

    private func ratio(_ a: Int, _ b: Int) -> Double? { b == 0 ? nil : Double(a) / Double(b) }

    /// The sum of two tallies (pooled, micro-averaged figures).
    public static func + (a: Tally, b: Tally) -> Tally {
      var out = a
      out.proposed += b.proposed
      out.expected += b.expected
      out.matched += b.matched
      out.yearRight += b.yearRight
      out.comparatorRight += b.comparatorRight
      out.indicatorRight += b.indicatorRight
      return out
    }
  }

  /// The score of one passage, with what went wrong.
  public struct FileScore: Sendable {
    /// The passage's file name, or `overall`.
    public var file: String
    /// Target candidates against target labels.
    public var targets: Tally
    /// Observation candidates against observation labels.
    public var observations: Tally
    /// Labels no candidate matched.
    public var missed: [Label]
    /// Candidates that matched no label.
    public var spurious: [CandidateTarget]
    /// Matched pairs whose year differs.
    public var wrongYear: [(label: Label, candidate: CandidateTarget)]
  }

  /// Scores the candidates of one passage against its labels.
  /// - Complexity: O(c × l) for c candidates and l labels of the file.
  public static func score(_ candidates: [CandidateTarget], against labels: [Label], file: String)
    -> FileScore
  {
    var result = FileScore(
      file: file, targets: Tally(), observations: Tally(), missed: [], spurious: [], wrongYear: [])
    var used = Set<Int>()
    for isTarget in [true, false] {
      let role: CandidateTarget.Role = isTarget ? .target : .observation
      let pool = candidates.indices.filter { candidates[$0].role == role }
      let wanted = labels.filter { $0.file == file && $0.isTarget == isTarget }
      var tally = Tally()
      tally.proposed = pool.count
      tally.expected = wanted.count
      var open = wanted
      // Preferred fits first, so a looser fit never takes the candidate a better one needed.
      for strictness in [2, 1, 0] {
        var rest: [Label] = []
        for label in open {
          let fit = pool.first { index in
            let candidate = candidates[index]
            return !used.contains(index) && fits(candidate, label)
              && (strictness < 1 || candidate.horizon?.year == label.year)
              && (strictness < 2 || candidate.statedQuantity.comparator == label.comparator)
          }
          guard let index = fit else {
            rest.append(label)
            continue
          }
          used.insert(index)
          let candidate = candidates[index]
          tally.matched += 1
          if candidate.horizon?.year == label.year {
            tally.yearRight += 1
          } else {
            result.wrongYear.append((label, candidate))
          }
          if candidate.statedQuantity.comparator == label.comparator { tally.comparatorRight += 1 }
          if candidate.indicator == label.indicatorHint { tally.indicatorRight += 1 }
        }
        open = rest
      }
      result.missed += open
      if isTarget { result.targets = tally } else { result.observations = tally }
    }
    result.spurious = candidates.indices.filter { !used.contains($0) }.map { candidates[$0] }
    return result
  }

  /// Same figures as written, and the candidate's lines hold the label's line.
  public static func fits(_ candidate: CandidateTarget, _ label: Label) -> Bool {
    let stated = candidate.statedQuantity
    return candidate.lines.contains(label.line) && same(stated.value, label.value)
      && same(stated.valueHigh, label.valueHigh)
  }

  private static func same(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case (nil, nil): true
    case (let a?, let b?): abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    default: false
    }
  }
}
