import Catalog
import Foundation
import Support

/// How well `TargetExtractor` does on a labelled set: a directory of texts and an
/// `expected.csv` of the figures in them (`ExpectedFigure`), so that anyone can measure the
/// extractor on their own documents (docs/formats.md, "Evaluating on a labelled set").
///
/// A candidate matches an expected row of the same file when its value and high value are
/// equal and its quote's lines contain the row's line; each row is matched at most once, a
/// row labelled as a target before one that is not.
public struct LabelledEvaluation: Sendable {
  /// The counts of one file, or of all files pooled.
  public struct Counts: Sendable, Hashable {
    /// The file, or `overall`.
    public var file: String
    /// Targets the extractor proposed.
    public var targetsProposed = 0
    /// Proposed targets that matched a row labelled as a target.
    public var targetsMatched = 0
    /// Rows labelled as targets.
    public var targetsExpected = 0
    /// Matched targets whose horizon equals the labelled year.
    public var targetYearsRight = 0
    /// Proposed targets that matched a row labelled as not a target (a past result, a date).
    public var nonTargetsProposed = 0
    /// Observations (past results) the extractor proposed.
    public var observationsProposed = 0
    /// Proposed observations that matched a row labelled as not a target.
    public var observationsMatched = 0
    /// Rows labelled as not a target.
    public var observationsExpected = 0
    /// Matched observations whose year equals the labelled year.
    public var observationYearsRight = 0

    /// Matched / proposed targets; nil when none was proposed.
    public var targetPrecision: Double? { ratio(targetsMatched, targetsProposed) }
    /// Matched / labelled targets; nil when none is labelled.
    public var targetRecall: Double? { ratio(targetsMatched, targetsExpected) }
    /// Right years / matched targets; nil when none matched.
    public var targetYearAccuracy: Double? { ratio(targetYearsRight, targetsMatched) }
    /// Matched / proposed observations; nil when none was proposed.
    public var observationPrecision: Double? { ratio(observationsMatched, observationsProposed) }
    /// Matched / labelled non-targets; nil when none is labelled.
    public var observationRecall: Double? { ratio(observationsMatched, observationsExpected) }
    /// Right years / matched observations; nil when none matched.
    public var observationYearAccuracy: Double? {
      ratio(observationYearsRight, observationsMatched)
    }

    private func ratio(_ a: Int, _ b: Int) -> Double? { b == 0 ? nil : Double(a) / Double(b) }

    mutating func add(_ other: Counts) {
      targetsProposed += other.targetsProposed
      targetsMatched += other.targetsMatched
      targetsExpected += other.targetsExpected
      targetYearsRight += other.targetYearsRight
      nonTargetsProposed += other.nonTargetsProposed
      observationsProposed += other.observationsProposed
      observationsMatched += other.observationsMatched
      observationsExpected += other.observationsExpected
      observationYearsRight += other.observationYearsRight
    }
  }

  /// One result per text, by file name.
  public var files: [Counts]

  /// All files pooled (micro-averaged).
  public var overall: Counts {
    var total = Counts(file: "overall")
    for counts in files { total.add(counts) }
    return total
  }

  /// Extracts every text of the set at `directory` (each file `expected.csv` names, and
  /// every other `.txt` file there) and scores it.
  /// - Parameters:
  ///   - displayPath: how messages name the directory.
  ///   - extractor: the extractor to measure.
  /// - Throws: `CatalogError` for a missing or malformed `expected.csv` (located) or an
  ///   unreadable text.
  public static func run(directory: URL, displayPath: String, extractor: TargetExtractor)
    throws -> LabelledEvaluation
  {
    let base = displayPath.hasSuffix("/") ? String(displayPath.dropLast()) : displayPath
    let expectedURL = directory.appendingPathComponent("expected.csv")
    let expected = try ExpectedFigure.read(
      expectedURL, displayPath: "\(base)/expected.csv", directory: directory)
    let texts = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    let names = Set(expected.map(\.file)).union(texts.filter { $0.hasSuffix(".txt") }).sorted()
    var files: [Counts] = []
    for name in names {
      let text = try UTF8Text.read(
        directory.appendingPathComponent(name), displayPath: "\(base)/\(name)")
      let candidates = extractor.extract(text, geo: "evaluation", document: nil)
      files.append(score(candidates, against: expected.filter { $0.file == name }, file: name))
    }
    return LabelledEvaluation(files: files)
  }

  /// Scores the candidates of one file against its labelled rows, by `PassageScoring`'s rule:
  /// proposed targets against target rows, proposed observations against the other rows.
  public static func score(
    _ candidates: [CandidateTarget], against expected: [ExpectedFigure], file: String
  ) -> Counts {
    let labels = expected.map(PassageScoring.Label.init)
    let scored = PassageScoring.score(candidates, against: labels, file: file)
    var counts = Counts(file: file)
    counts.targetsProposed = scored.targets.proposed
    counts.targetsMatched = scored.targets.matched
    counts.targetsExpected = scored.targets.expected
    counts.targetYearsRight = scored.targets.yearRight
    counts.observationsProposed = scored.observations.proposed
    counts.observationsMatched = scored.observations.matched
    counts.observationsExpected = scored.observations.expected
    counts.observationYearsRight = scored.observations.yearRight
    // a past result proposed as a target is the error the issue names: counted on its own
    let pastResults = labels.filter { $0.file == file && !$0.isTarget }
    counts.nonTargetsProposed =
      scored.spurious.filter { candidate in
        candidate.role == .target && pastResults.contains { PassageScoring.fits(candidate, $0) }
      }.count
    return counts
  }
}
