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
    /// The comparator.
    public var comparator: Comparison
    /// The horizon (targets) or the year described (observations).
    public var year: Int
    /// A target, or a past result (observation).
    public var isTarget: Bool
    /// The indicator id the labeller had in mind; not required to exist in the catalog.
    public var indicatorHint: String
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

  /// Reads `expected.csv` (header `file,line,value,value_high,comparator,year,is_target,…`).
  /// - Throws: `CatalogError.invalidData` locating the first bad field.
  public static func labels(csv bytes: [UInt8], file: String) throws -> [Label] {
    let table = try CatalogError.reading { try CSVReader.read(bytes, file: file) }
    func column(_ name: String) throws -> Int {
      guard let index = table.header.firstIndex(of: name) else {
        throw CatalogError.invalidData([
          Diagnostic(
            .error, at: SourceLocation(file: file, line: 1, column: 1),
            "missing column \(Text.quoted(name))")
        ])
      }
      return index
    }
    let names = ["file", "line", "value", "value_high", "comparator", "year", "is_target"]
    let at = try names.map(column)
    let hint = table.header.firstIndex(of: "indicator_hint")
    var out: [Label] = []
    for record in table.records {
      func field(_ i: Int) -> String {
        record.fields.indices.contains(i) ? Text.trimmed(record.fields[i]) : ""
      }
      func bad(_ i: Int, _ what: String) -> CatalogError {
        .invalidData([
          Diagnostic(
            .error, at: table.location(of: record, field: i),
            "bad \(what) \(Text.quoted(field(i)))")
        ])
      }
      guard let line = Int(field(at[1])), line >= 1 else { throw bad(at[1], "line") }
      guard let value = Double(field(at[2])) else { throw bad(at[2], "value") }
      var high: Double?
      if !field(at[3]).isEmpty {
        guard let parsed = Double(field(at[3])) else { throw bad(at[3], "value_high") }
        high = parsed
      }
      guard let comparator = Comparison(csv: field(at[4])) else {
        throw bad(at[4], "comparator")
      }
      guard let year = Int(field(at[5])) else { throw bad(at[5], "year") }
      guard ["true", "false"].contains(field(at[6])) else { throw bad(at[6], "is_target") }
      out.append(
        Label(
          file: field(at[0]), line: line, value: value, valueHigh: high, comparator: comparator,
          year: year, isTarget: field(at[6]) == "true",
          indicatorHint: hint.map(field) ?? ""))
    }
    return out
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
