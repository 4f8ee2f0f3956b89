import Foundation
import Support
import TestSupport
import Testing

@testable import Catalog
@testable import Extraction

/// The extractor on the hand-labelled real passages with diacritics
/// (`Fixtures/extraction`, issue 14): target precision, recall and horizon-year accuracy must
/// each reach 0.95; observations and comparators are reported. `swift test --filter
/// RealPassageEvaluationTests` prints the per-file and overall figures.
@Suite struct RealPassageEvaluationTests {
  static let folder = Paths.packageRoot.appendingPathComponent(
    "Tests/ExtractionTests/Fixtures/extraction")

  struct Run {
    var files: [PassageScoring.FileScore]
    var overall: PassageScoring.FileScore
  }

  /// Development set 2 (`Fixtures/extraction-holdout`): 16 passages from 14 other provinces,
  /// labelled by someone who had not seen the extractor, after its rules were written. It was
  /// held out until 2026-12-03; rules have been written on it since, so it is in-sample too and
  /// a third, blind set measures the extractor (docs/methodology.md).
  static let holdout = Paths.packageRoot.appendingPathComponent(
    "Tests/ExtractionTests/Fixtures/extraction-holdout")

  static func run(_ folder: URL = folder) throws -> Run {
    let expected = folder.appendingPathComponent("expected.csv")
    // A missing set is a failure, never a silent pass.
    try #require(
      FileManager.default.fileExists(atPath: expected.path), "missing \(expected.path)")
    let labels = try ExpectedFigure.read(
      expected, displayPath: "expected.csv", directory: folder
    ).map(PassageScoring.Label.init)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    try #require(names.count >= 10, "only \(names.count) passages in \(folder.path)")
    let extractor = try ExtractionFixture.extractor()
    var files: [PassageScoring.FileScore] = []
    for name in names {
      let text = try UTF8Text.read(folder.appendingPathComponent(name), displayPath: name)
      let candidates = extractor.extract(text, geo: "vn", document: nil)
      files.append(PassageScoring.score(candidates, against: labels, file: name))
    }
    let overall = PassageScoring.FileScore(
      file: "overall", targets: files.map(\.targets).reduce(PassageScoring.Tally(), +),
      observations: files.map(\.observations).reduce(PassageScoring.Tally(), +),
      missed: files.flatMap(\.missed), spurious: files.flatMap(\.spurious),
      wrongYear: files.flatMap(\.wrongYear))
    return Run(files: files, overall: overall)
  }

  static func figure(_ value: Double?) -> String {
    value.map { String(format: "%.3f", $0) } ?? "–"
  }

  static func report(_ run: Run) -> String {
    var out = "file | targets P R year | observations P R year\n"
    for score in run.files + [run.overall] {
      let t = score.targets
      let o = score.observations
      out +=
        "\(score.file) | \(t.matched)/\(t.proposed)/\(t.expected) \(figure(t.precision))"
        + " \(figure(t.recall)) \(figure(t.yearAccuracy)) | \(o.matched)/\(o.proposed)/"
        + "\(o.expected) \(figure(o.precision)) \(figure(o.recall)) \(figure(o.yearAccuracy))\n"
    }
    let t = run.overall.targets
    let o = run.overall.observations
    out +=
      "comparator agreement: targets \(figure(t.comparatorAgreement)), observations"
      + " \(figure(o.comparatorAgreement)); indicator = indicator_hint: targets"
      + " \(figure(t.indicatorAgreement)), observations \(figure(o.indicatorAgreement))\n"
    for label in run.overall.missed {
      out +=
        "missed \(label.isTarget ? "target" : "observation") \(label.file):\(label.line)"
        + " \(label.value)\(label.valueHigh.map { "-\($0)" } ?? "") \(label.year)\n"
    }
    for candidate in run.overall.spurious {
      out +=
        "spurious \(candidate.role.rawValue) lines \(candidate.linesText)"
        + " \(candidate.statedQuantity.reading) \(candidate.horizon?.csv ?? "no year"):"
        + " \(candidate.quote.prefix(70))\n"
    }
    for (label, candidate) in run.overall.wrongYear {
      out +=
        "year \(candidate.horizon?.csv ?? "none") for \(label.year): \(label.file):\(label.line)"
        + " \(label.value) (\(candidate.reason.split(separator: ";").last ?? ""))\n"
    }
    return out
  }

  /// Past results (labels with `is_target=false` that were missed) that were proposed as
  /// targets instead.
  static func pastResultsProposedAsTargets(_ run: Run) -> [CandidateTarget] {
    let observationLabels = run.overall.missed.filter { !$0.isTarget }
    return run.overall.spurious.filter { candidate in
      candidate.role == .target && observationLabels.contains { PassageScoring.fits(candidate, $0) }
    }
  }

  /// Expects a set's label counts and, overall, each measure at or above its floor (an
  /// observation-year floor of nil is not checked); failures point at the calling test.
  static func expectFloors(
    _ run: Run, targets expectedTargets: Int, observations expectedObservations: Int,
    targetFloors: (precision: Double, recall: Double, years: Double),
    observationFloors: (precision: Double, recall: Double, years: Double?),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let targets = run.overall.targets
    let observations = run.overall.observations
    #expect(
      targets.expected == expectedTargets && observations.expected == expectedObservations,
      sourceLocation: sourceLocation)
    let checks: [(String, Double?, Double?)] = [
      ("target precision", targets.precision, targetFloors.precision),
      ("target recall", targets.recall, targetFloors.recall),
      ("target years", targets.yearAccuracy, targetFloors.years),
      ("observation precision", observations.precision, observationFloors.precision),
      ("observation recall", observations.recall, observationFloors.recall),
      ("observation years", observations.yearAccuracy, observationFloors.years),
    ]
    for (name, value, floor) in checks {
      guard let floor else { continue }
      #expect((value ?? 0) >= floor, "\(name) \(figure(value))", sourceLocation: sourceLocation)
    }
  }

  @Test func targetsReachTheIssueGates() throws {
    let run = try Self.run()
    print(Self.report(run))
    let targets = run.overall.targets
    #expect(targets.expected == 128)
    #expect((targets.precision ?? 0) >= 0.95, "target precision \(Self.figure(targets.precision))")
    #expect((targets.recall ?? 0) >= 0.95, "target recall \(Self.figure(targets.recall))")
    #expect(
      (targets.yearAccuracy ?? 0) >= 0.95, "target years \(Self.figure(targets.yearAccuracy))")
  }

  @Test func pastResultsAreNeverProposedAsTargets() throws {
    let run = try Self.run()
    let observations = run.overall.observations
    #expect(observations.expected == 33)
    let asTargets = Self.pastResultsProposedAsTargets(run)
    #expect(asTargets.isEmpty, "past results proposed as targets: \(asTargets.map(\.quote))")
  }

  /// Development set 7 (`Fixtures/extraction-seventh`): 26 passages from 20 provinces, the
  /// country and a 34-province table, labelled blind and scored once on 2026-12-04 at f65fb46,
  /// before any rule was written on it: targets precision 0.803 (102/127), recall 0.703
  /// (102/145), years 1.000, 24 past results proposed as targets; observations 0.909 (50/55),
  /// 0.649 (50/77), years 0.700 (35/50). Rules have been written on it since, so it is
  /// in-sample: targets 0.907 (107/118), 0.738, 1.000, 10 past results proposed as targets;
  /// observations 1.000 (64/64), 0.831 (64/77), years 0.828 (53/64). The table (09) is not read.
  /// The floors sit just below those figures; they guard against regression and are not a gate.
  static let seventh = Paths.packageRoot.appendingPathComponent(
    "Tests/ExtractionTests/Fixtures/extraction-seventh")

  @Test func developmentSet7DoesNotRegress() throws {
    let run = try Self.run(Self.seventh)
    print("development set 7 (blind when first scored)\n" + Self.report(run))
    Self.expectFloors(
      run, targets: 145, observations: 77,
      targetFloors: (precision: 0.90, recall: 0.73, years: 0.99),
      observationFloors: (precision: 0.98, recall: 0.83, years: 0.82))
  }

  /// Development set 6 (`Fixtures/extraction-sixth`): 21 passages from 12 provinces (11 of the
  /// northern midlands and mountains) and one on many, labelled blind and scored once on
  /// 2026-12-04 at 15902f7, before any rule was written on it: targets precision 0.900
  /// (135/150), recall 0.931 (135/145), years 0.956 (129/135), 15 past results proposed as
  /// targets; observations 1.000 (47/47), 0.618 (47/76), years 0.702 (33/47). Rules have been
  /// written on it since 2026-12-04, so it is in-sample: targets 1.000 (144/144), 0.993, 1.000,
  /// no past result proposed as a target; observations 1.000 (66/66), 0.868 (66/76), years 0.667
  /// (44/66). The floors sit just below those figures; they guard against regression and are
  /// not a gate.
  static let sixth = Paths.packageRoot.appendingPathComponent(
    "Tests/ExtractionTests/Fixtures/extraction-sixth")

  @Test func developmentSet6DoesNotRegress() throws {
    let run = try Self.run(Self.sixth)
    print("development set 6 (blind when first scored)\n" + Self.report(run))
    Self.expectFloors(
      run, targets: 145, observations: 76,
      targetFloors: (precision: 0.99, recall: 0.99, years: 0.99),
      observationFloors: (precision: 0.99, recall: 0.86, years: 0.66))
    #expect(Self.pastResultsProposedAsTargets(run).isEmpty)
  }

  /// Development set 5 (`Fixtures/extraction-fifth`): 17 passages from 12 provinces, labelled
  /// blind and scored once on 2026-12-03 at 1d65f8b, before any rule was written on it: targets
  /// precision 0.849 (90/106), recall 0.968 (90/93), years 0.944 (85/90), 16 past results
  /// proposed as targets; observations 0.914 (32/35), 0.457 (32/70), years 0.594. Rules have been
  /// written on it since 2026-12-04, so it is in-sample: targets 1.000 (91/91), 0.978, 0.945
  /// (86/91), no past result proposed as a target; observations 0.967 (59/61), 0.843 (59/70),
  /// years 0.932 (55/59). The floors sit just below those figures; they guard against regression
  /// and are not a gate.
  static let fifth = Paths.packageRoot.appendingPathComponent(
    "Tests/ExtractionTests/Fixtures/extraction-fifth")

  @Test func developmentSet5DoesNotRegress() throws {
    let run = try Self.run(Self.fifth)
    print("development set 5 (blind when first scored)\n" + Self.report(run))
    Self.expectFloors(
      run, targets: 93, observations: 70,
      targetFloors: (precision: 0.99, recall: 0.97, years: 0.94),
      observationFloors: (precision: 0.96, recall: 0.84, years: 0.93))
    #expect(Self.pastResultsProposedAsTargets(run).isEmpty)
  }

  /// Development set 4 (`Fixtures/extraction-fourth`): 20 passages from 13 provinces, labelled
  /// blind and scored once on 2026-12-03 at 7556ab6, before any rule was written on it: targets
  /// precision 0.960 (95/99), recall 0.905 (95/105), years 0.842 (80/95), 4 past results
  /// proposed as targets; observations 0.943 (33/35), 0.733 (33/45), years 0.455 (15/33). Rules
  /// have been written on it since 2026-12-03, so it is in-sample: targets 1.000 (98/98), 0.933,
  /// 0.990 (97/98), no past result proposed as a target; observations 0.952 (40/42), 0.889
  /// (40/45), years 0.950 (38/40). The floors sit just below those figures; they guard against
  /// regression and are not a gate.
  static let fourth = Paths.packageRoot.appendingPathComponent(
    "Tests/ExtractionTests/Fixtures/extraction-fourth")

  @Test func developmentSet4DoesNotRegress() throws {
    let run = try Self.run(Self.fourth)
    print("development set 4 (blind when first scored)\n" + Self.report(run))
    Self.expectFloors(
      run, targets: 105, observations: 45,
      targetFloors: (precision: 0.99, recall: 0.93, years: 0.98),
      observationFloors: (precision: 0.95, recall: 0.88, years: 0.94))
  }

  /// Development set 3 (`Fixtures/extraction-third`): 20 passages from 14 provinces, labelled
  /// blind and scored once on 2026-12-03 at 5af0a84, before any rule was written on it: targets
  /// precision 0.813 (104/128), recall 0.945 (104/110), years 0.962 (100/104), 20 past results
  /// proposed as targets; observations 0.931 (27/29), 0.529 (27/51). Rules have been written on
  /// it since 2026-12-03, so it is in-sample: targets 0.904 (104/115), 0.945, 0.990 (103/104), 9
  /// past results proposed as targets (one a multiple, `gần 1,8 lần`, in the open category P);
  /// observations 0.952 (40/42), 0.784 (40/51), years 1.000. The floors sit just below those
  /// figures; they guard against regression and are not a gate.
  static let third = Paths.packageRoot.appendingPathComponent(
    "Tests/ExtractionTests/Fixtures/extraction-third")

  @Test func developmentSet3DoesNotRegress() throws {
    let run = try Self.run(Self.third)
    print("development set 3 (blind when first scored)\n" + Self.report(run))
    Self.expectFloors(
      run, targets: 110, observations: 51,
      targetFloors: (precision: 0.90, recall: 0.94, years: 0.98),
      observationFloors: (precision: 0.95, recall: 0.78, years: 0.98))
  }

  /// Development set 2 (`Fixtures/extraction-holdout`, held out until 2026-12-03) is printed
  /// and guarded against regression, not held to the issue's gates. When it was made, targets
  /// scored precision 0.921 (93/101), recall 0.894 (93/104), years 0.957 (89/93); observations
  /// 0.727, 0.444 and 0.375, with 8 past results proposed as targets. After the rules written
  /// on it (docs/methodology.md, "Evaluating on real passages"): targets 1.000 (100/100), 0.962
  /// (100/104), 1.000; observations 1.000 (25/25), 0.694 (25/36), 0.960 (24/25); none proposed
  /// as a target. Since multiples are read (2026-12-04), observations 1.000 (31/31), 0.861
  /// (31/36), 0.968 (30/31). The floors sit a little below, so a change that loses ground fails.
  @Test func heldOutPassagesDoNotRegress() throws {
    let run = try Self.run(Self.holdout)
    print("development set 2\n" + Self.report(run))
    Self.expectFloors(
      run, targets: 104, observations: 36,
      targetFloors: (precision: 0.98, recall: 0.95, years: 0.98),
      observationFloors: (precision: 0.95, recall: 0.85, years: 0.94))
    let asTargets = Self.pastResultsProposedAsTargets(run)
    #expect(asTargets.isEmpty, "past results proposed as targets: \(asTargets.map(\.quote))")
  }
}
