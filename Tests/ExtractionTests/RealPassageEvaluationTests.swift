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

  static func run(_ folder: URL = folder, minimumPassages: Int = 10) throws -> Run {
    let expected = folder.appendingPathComponent("expected.csv")
    // A missing set is a failure, never a silent pass.
    try #require(
      FileManager.default.fileExists(atPath: expected.path), "missing \(expected.path)")
    let labels = try ExpectedFigure.read(
      expected, displayPath: "expected.csv", directory: folder
    ).map(PassageScoring.Label.init)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    try #require(
      names.count >= minimumPassages, "only \(names.count) passages in \(folder.path)")
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
        + " \(label.value)\(label.valueHigh.map { "-\($0)" } ?? "") \(label.year.map(String.init) ?? "no year")\n"
    }
    for candidate in run.overall.spurious {
      out +=
        "spurious \(candidate.role.rawValue) lines \(candidate.linesText)"
        + " \(candidate.statedQuantity.reading) \(candidate.horizon?.csv ?? "no year"):"
        + " \(candidate.quote.prefix(70))\n"
    }
    for (label, candidate) in run.overall.wrongYear {
      out +=
        "year \(candidate.horizon?.csv ?? "none") for \(label.year.map(String.init) ?? "none"):"
        + " \(label.file):\(label.line)"
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

  /// A development set's label counts and the floors that guard it against regression. Every
  /// set but the first was labelled by someone who had not seen the extractor, scored once before
  /// any rule was written on it (its README's "Scored once" section and docs/methodology.md give
  /// those figures), and is in-sample since. The floors sit just below the current figures; they
  /// are not the issue's gate.
  struct DevelopmentSet: Sendable, CustomTestStringConvertible {
    var number: Int
    var folder: String
    var targets: Int
    var observations: Int
    var targetFloors: (precision: Double, recall: Double, years: Double)
    var observationFloors: (precision: Double, recall: Double, years: Double?)
    /// No past result may be proposed as a target.
    var noPastResultsAsTargets: Bool
    /// The fewest passages the folder must hold: the issue's 10, less only for a set the
    /// search corpus could not fill (set 50).
    var minimumPassages = 10

    var testDescription: String { "development set \(number) (\(folder))" }
  }

  static let developmentSets: [DevelopmentSet] = [
    // Set 2, held out until 2026-12-03. When it was made: targets 0.921 (93/101), 0.894
    // (93/104), 0.957 (89/93); observations 0.727, 0.444, 0.375; 8 past results as targets.
    // Now: targets 1.000 (100/100), 0.962 (100/104), 1.000; observations 1.000 (31/31), 0.861
    // (31/36), 0.968 (30/31); none proposed as a target.
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 1.000 (103/103), 0.990 (103/104),
    // 1.000 (103/103), 0 past results as targets; observations 0.897 (35/39), 0.972 (35/36), years
    // 0.971 (34/35).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 1.000 (103/103), 0.990
    // (103/104), 1.000 (103/103), 0 past results as targets; observations 0.897 (35/39), 0.972
    // (35/36), years 0.971 (34/35).
    DevelopmentSet(
      number: 2, folder: "extraction-holdout", targets: 104, observations: 36,
      targetFloors: (1.0, 0.99, 1.0), observationFloors: (0.89, 0.97, 0.97),
      noPastResultsAsTargets: true),
    // Set 3, blind at 5af0a84: targets 0.813 (104/128), 0.945 (104/110), 0.962 (100/104), 20
    // past results as targets; observations 0.931 (27/29), 0.529 (27/51). Now: targets 0.912
    // (104/114), 0.945, 0.990 (103/104), 9 past results as targets (one a multiple, `gần 1,8
    // lần`, in the open category P); observations 0.930 (40/43: `Đề án 06` among results is an
    // extra one since set 10's `tháng đầu năm`), 0.784 (40/51), years 1.000.
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.908 (109/120), 0.991 (109/110),
    // 0.991 (108/109), 9 past results as targets; observations 0.930 (40/43), 0.784 (40/51), years
    // 1.000 (40/40).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.908 (109/120), 0.991
    // (109/110), 0.991 (108/109), 9 past results as targets; observations 0.930 (40/43), 0.784
    // (40/51), years 1.000 (40/40).
    // With the year-end rules (KE-KH, 2026-12-05): targets 0.932 (109/117), 0.991 (109/110),
    // 0.991 (108/109), 6 past results as targets; observations 0.935 (43/46), 0.843 (43/51),
    // years 1.000 (43/43).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.932 (110/118), 1.000 (110/110), 0.991 (109/110), 6 past results as targets;
    // observations 0.935 (43/46), 0.843 (43/51), years 1.000 (43/43).
    DevelopmentSet(
      number: 3, folder: "extraction-third", targets: 110, observations: 51,
      targetFloors: (0.93, 0.99, 0.99), observationFloors: (0.93, 0.84, 1.0),
      noPastResultsAsTargets: false),
    // Set 4, blind at 7556ab6: targets 0.960 (95/99), 0.905 (95/105), 0.842 (80/95), 4 past
    // results as targets; observations 0.943 (33/35), 0.733 (33/45), years 0.455 (15/33). Now:
    // targets 1.000 (98/98), 0.933, 0.990 (97/98); observations 0.952 (40/42), 0.889 (40/45),
    // years 0.950 (38/40).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 1.000 (102/102), 0.971 (102/105),
    // 0.990 (101/102), 0 past results as targets; observations 0.915 (43/47), 0.956 (43/45), years
    // 0.953 (41/43).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 1.000 (102/102), 0.971
    // (102/105), 0.990 (101/102), 0 past results as targets; observations 0.915 (43/47), 0.956
    // (43/45), years 0.953 (41/43).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 1.000 (102/102), 0.971 (102/105), 0.990 (101/102), 0 past results as targets;
    // observations 0.917 (44/48), 0.978 (44/45), years 0.955 (42/44).
    DevelopmentSet(
      number: 4, folder: "extraction-fourth", targets: 105, observations: 45,
      targetFloors: (1.0, 0.97, 0.99), observationFloors: (0.91, 0.95, 0.95),
      noPastResultsAsTargets: false),
    // Set 5, blind at 1d65f8b: targets 0.849 (90/106), 0.968 (90/93), 0.944 (85/90), 16 past
    // results as targets; observations 0.914 (32/35), 0.457 (32/70), years 0.594. Now: targets
    // 1.000 (91/91), 0.978, 0.945 (86/91); observations 0.967 (59/61), 0.843 (59/70), years 0.932
    // (55/59).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 1.000 (91/91), 0.978 (91/93),
    // 0.945 (86/91), 0 past results as targets; observations 0.971 (66/68), 0.943 (66/70), years
    // 0.894 (59/66).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 1.000 (91/91), 0.978
    // (91/93), 0.945 (86/91), 0 past results as targets; observations 0.971 (66/68), 0.943 (66/70),
    // years 0.894 (59/66).
    DevelopmentSet(
      number: 5, folder: "extraction-fifth", targets: 93, observations: 70,
      targetFloors: (1.0, 0.97, 0.94), observationFloors: (0.97, 0.94, 0.89),
      noPastResultsAsTargets: true),
    // Set 6 (11 of 12 provinces in the northern midlands and mountains), blind at 15902f7:
    // targets 0.900 (135/150), 0.931 (135/145), 0.956 (129/135), 15 past results as targets;
    // observations 1.000 (47/47), 0.618 (47/76), years 0.702 (33/47). Now: targets 1.000
    // (144/144), 0.993, 1.000; observations 1.000 (66/66), 0.868 (66/76), years 0.667 (44/66).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 1.000 (144/144), 0.993 (144/145),
    // 1.000 (144/144), 0 past results as targets; observations 0.986 (68/69), 0.895 (68/76), years
    // 0.676 (46/68).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 1.000 (144/144), 0.993
    // (144/145), 1.000 (144/144), 0 past results as targets; observations 0.986 (68/69), 0.895
    // (68/76), years 0.676 (46/68).
    // With KM (a number written against its unit, 2026-12-05): targets 1.000 (144/144), 0.993
    // (144/145), 1.000 (144/144), 0 past results as targets; observations 0.986 (70/71), 0.921
    // (70/76), years 0.686 (48/70).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 1.000 (144/144), 0.993 (144/145), 1.000 (144/144), 0 past results as targets;
    // observations 0.987 (74/75), 0.974 (74/76), years 0.703 (52/74).
    // With MD (connection speeds, 2026-12-05): targets 0.993 (144/145), 0.993 (144/145), 1.000;
    // the one more proposed is `tốc độ tối thiểu 1 Gbps`, the speed that defines a counted
    // service, which the labeller left out.
    DevelopmentSet(
      number: 6, folder: "extraction-sixth", targets: 145, observations: 76,
      targetFloors: (0.99, 0.99, 1.0), observationFloors: (0.98, 0.92, 0.68),
      noPastResultsAsTargets: true),
    // Set 7 (20 provinces, the country and a 34-province table), blind at f65fb46: targets 0.803
    // (102/127), 0.703 (102/145), 1.000, 24 past results as targets; observations 0.909 (50/55),
    // 0.649 (50/77), years 0.700 (35/50). Now: targets 0.993 (141/142), 0.972 (141/145), 1.000,
    // 1 past result as a target; observations 0.986 (73/74), 0.948 (73/77), years 0.849
    // (62/73). The table (09), flattened to one cell per line, is read by the flattened-table
    // reader; Hà Tĩnh's 2020 review (21) by the results run (GD).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 1.000 (143/143), 0.986 (143/145),
    // 1.000 (143/143), 0 past results as targets; observations 0.987 (74/75), 0.961 (74/77), years
    // 0.851 (63/74).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 1.000 (144/144), 0.993
    // (144/145), 1.000 (144/144), 0 past results as targets; observations 0.987 (74/75), 0.961
    // (74/77), years 0.851 (63/74).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.993 (144/145), 0.993 (144/145), 1.000 (144/144), 0 past results as targets;
    // observations 0.987 (76/77), 0.987 (76/77), years 0.855 (65/76).
    DevelopmentSet(
      number: 7, folder: "extraction-seventh", targets: 145, observations: 77,
      targetFloors: (0.99, 0.99, 1.0), observationFloors: (0.98, 0.96, 0.85),
      noPastResultsAsTargets: false),
    // Set 8 (13 provinces, 9 of them in the northern midlands and mountains; two regional and
    // one national passage), blind at 8cd0c39: targets 0.865 (96/111), 0.941 (96/102), 0.896
    // (86/96), 7 past results as targets; observations 0.978 (45/46), 0.804 (45/56), years 0.933
    // (42/45). Now: targets 0.952 (99/104), 0.971 (99/102), 0.919 (91/99; six of the eight
    // wrong years in 12, whose year is in no line), 3 past results as targets; observations
    // 0.891 (49/55: the facts of a place are proposed as observations, unlabelled), 0.875
    // (49/56), years 0.918 (45/49).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.944 (101/107), 0.990 (101/102),
    // 0.921 (93/101), 4 past results as targets; observations 0.877 (50/57), 0.893 (50/56), years
    // 0.920 (46/50).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.944 (102/108), 1.000
    // (102/102), 0.922 (94/102), 4 past results as targets; observations 0.893 (50/56), 0.893
    // (50/56), years 0.920 (46/50).
    // With KM (a number written against its unit, 2026-12-05): targets 0.936 (102/109), 1.000
    // (102/102), 0.922 (94/102), 4 past results as targets; observations 0.893 (50/56), 0.893
    // (50/56), years 0.920 (46/50).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.936 (102/109), 1.000 (102/102), 0.922 (94/102), 4 past results as targets;
    // observations 0.897 (52/58), 0.929 (52/56), years 0.923 (48/52).
    DevelopmentSet(
      number: 8, folder: "extraction-eighth", targets: 102, observations: 56,
      targetFloors: (0.93, 1.0, 0.92), observationFloors: (0.89, 0.89, 0.92),
      noPastResultsAsTargets: false),
    // Set 9 (14 provinces, mostly central, Central Highlands and Mekong Delta), blind at 53a9fe4:
    // targets 0.907 (107/118), 0.964 (107/111), 0.963 (103/107), 11 past results as targets (10
    // in one statistics briefing); observations 1.000 (64/64), 0.810 (64/79), years 0.859 (55/64).
    // Now: targets 1.000 (107/107), 0.964, 1.000, no past result as a target; observations
    // 1.000 (76/76), 0.962 (76/79), years 0.947 (72/76: the headline read as a result by the
    // results run, GD, keeps its sentence's term 2020-2025, labelled 2020).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 1.000 (109/109), 0.982 (109/111),
    // 1.000 (109/109), 0 past results as targets; observations 1.000 (77/77), 0.975 (77/79), years
    // 0.948 (73/77).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 1.000 (109/109), 0.982
    // (109/111), 1.000 (109/109), 0 past results as targets; observations 1.000 (77/77), 0.975
    // (77/79), years 0.948 (73/77).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.991 (110/111), 0.991 (110/111), 1.000 (110/110), 1 past results as targets;
    // observations 1.000 (78/78), 0.987 (78/79), years 0.949 (74/78). The past result proposed
    // as a target is a headline with no year anywhere in its passage (`Tăng trưởng GRDP lần đầu
    // lọt top 10 cả nước`), now read as a rank (LC); a figure with no year is proposed as a target.
    DevelopmentSet(
      number: 9, folder: "extraction-ninth", targets: 111, observations: 79,
      targetFloors: (0.99, 0.98, 1.0), observationFloors: (1.0, 0.97, 0.94),
      noPastResultsAsTargets: false),
    // Set 10 (7 provinces of the northern midlands and mountains, the Red River Delta, the
    // centre; national education and health), blind at d59abc7: targets 0.805 (107/133), 0.939
    // (107/114), 0.654 (70/107; 17 in a passage whose year is in no line), 24 past results as
    // targets; observations 1.000 (87/87), 0.757 (87/115), years 0.920 (80/87). Now: targets
    // 0.930 (107/115), 0.939, 0.710 (76/107; 17 of the 31 wrong in the passage with no year), 8
    // past results as targets; observations 1.000 (103/103), 0.896 (103/115), years 0.845.
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.939 (108/115), 0.947 (108/114),
    // 0.713 (77/108), 7 past results as targets; observations 0.981 (104/106), 0.904 (104/115),
    // years 0.837 (87/104).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.939 (108/115), 0.947
    // (108/114), 0.713 (77/108), 7 past results as targets; observations 0.981 (104/106), 0.904
    // (104/115), years 0.837 (87/104).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.941 (111/118), 0.974 (111/114), 0.721 (80/111), 7
    // past results as targets; observations 0.981 (104/106), 0.904 (104/115), years 0.837 (87/104).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.941 (111/118), 0.974 (111/114), 0.721 (80/111), 7 past results as targets;
    // observations 0.982 (107/109), 0.930 (107/115), years 0.841 (90/107).
    DevelopmentSet(
      number: 10, folder: "extraction-tenth", targets: 114, observations: 115,
      targetFloors: (0.94, 0.97, 0.72), observationFloors: (0.98, 0.90, 0.83),
      noPastResultsAsTargets: false),
    // Set 11 (16 provinces, mostly of the centre and the south, and three national passages),
    // blind at 1d9d6e6: targets 0.757 (87/115), 0.870 (87/100), 0.954 (83/87), 26 past results
    // as targets; observations 0.956 (108/113), 0.735 (108/147), years 0.731 (79/108). Now:
    // targets 0.906 (87/96), 0.870, 0.954, 7 past results as targets (one a place out of a
    // count, `thứ 5/14.`, read since a rank may end its sentence); observations 0.963 (131/136),
    // 0.891 (131/147), years 0.649 (85/131). Since the plan quoted in brackets beside a result
    // (HD): targets 0.946 (87/92), 3 past results as targets; observations 0.964 (135/140),
    // 0.918 (135/147), years 0.659 (89/135).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.948 (91/96), 0.910 (91/100),
    // 0.956 (87/91), 3 past results as targets; observations 0.965 (138/143), 0.939 (138/147),
    // years 0.732 (101/138).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.958 (91/95), 0.910
    // (91/100), 0.967 (88/91), 2 past results as targets; observations 0.965 (139/144), 0.946
    // (139/147), years 0.727 (101/139).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.958 (91/95), 0.910 (91/100), 0.967 (88/91), 2 past results as targets; observations
    // 0.966 (141/146), 0.959 (141/147), years 0.723 (102/141).
    // With ME (a year already reported is no horizon, 2026-12-05): targets 0.978 (91/93), 0.910,
    // 0.967, no past result as a target; observations 0.966 (143/148), 0.973 (143/147), 0.727.
    DevelopmentSet(
      number: 11, folder: "extraction-eleventh", targets: 100, observations: 147,
      targetFloors: (0.97, 0.91, 0.96), observationFloors: (0.96, 0.97, 0.72),
      noPastResultsAsTargets: true),
    // Set 12 (16 provinces of the northern midlands and mountains and the Red River Delta),
    // blind at 7164f7a: targets 0.843 (91/108), 0.867 (91/105), 0.912 (83/91), 8 past results as
    // targets; observations 0.913 (94/103), 0.862 (94/109), years 0.862 (81/94). Now: targets
    // 0.905 (95/105), 0.905 (95/105), 0.916 (87/95), 1 past result as a target (`Đến năm 2022
    // … xếp thứ 48/63` in a text that reports no later year); observations 0.953 (101/106),
    // 0.927 (101/109), years 0.871 (88/101).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.868 (99/114), 0.943 (99/105),
    // 0.939 (93/99), 1 past results as targets; observations 0.895 (102/114), 0.936 (102/109),
    // years 0.873 (89/102).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.868 (99/114), 0.943
    // (99/105), 0.939 (93/99), 1 past results as targets; observations 0.895 (102/114), 0.936
    // (102/109), years 0.873 (89/102).
    // With KM (a number written against its unit, 2026-12-05): targets 0.871 (101/116), 0.962
    // (101/105), 0.941 (95/101), 1 past results as targets; observations 0.896 (103/115), 0.945
    // (103/109), years 0.874 (90/103).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.872 (102/117), 0.971 (102/105), 0.931 (95/102), 1 past results as targets;
    // observations 0.897 (105/117), 0.963 (105/109), years 0.876 (92/105).
    DevelopmentSet(
      number: 12, folder: "extraction-twelfth", targets: 105, observations: 109,
      targetFloors: (0.87, 0.96, 0.93), observationFloors: (0.89, 0.94, 0.87),
      noPastResultsAsTargets: false),
    // Set 13 (17 provinces of the centre, the Central Highlands, the south-east and the Mekong
    // Delta), blind at 7164f7a: targets 0.979 (93/95), 0.930 (93/100), 0.925 (86/93), 1 past
    // result as a target; observations 0.966 (168/174), 0.928 (168/181), years 0.708 (119/168:
    // six-month and nine-month reports leave the year to the page's date). Now, after the
    // estimate of a goal (HC) and the growth scenario as a goal word (HH): targets 0.980
    // (96/98), 0.960 (96/100), 0.917 (88/96: Sóc Trăng's `bám sát kịch bản tăng trưởng GRDP
    // từ 8% trở lên`, now a goal, has no year of its own); observations 0.982 (168/171), 0.928,
    // 0.708.
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.980 (98/100), 0.980 (98/100),
    // 0.918 (90/98), 1 past results as targets; observations 0.983 (171/174), 0.945 (171/181),
    // years 0.708 (121/171).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.980 (98/100), 0.980
    // (98/100), 0.918 (90/98), 1 past results as targets; observations 0.983 (171/174), 0.945
    // (171/181), years 0.708 (121/171).
    // With KM (a number written against its unit, 2026-12-05): targets 0.980 (98/100), 0.980
    // (98/100), 0.918 (90/98), 1 past results as targets; observations 0.983 (172/175), 0.950
    // (172/181), years 0.709 (122/172).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.980 (98/100), 0.980 (98/100), 0.918 (90/98), 1 past results as targets;
    // observations 0.983 (177/180), 0.978 (177/181), years 0.718 (127/177).
    DevelopmentSet(
      number: 13, folder: "extraction-thirteenth", targets: 100, observations: 181,
      targetFloors: (0.98, 0.98, 0.91), observationFloors: (0.98, 0.95, 0.70),
      noPastResultsAsTargets: false),
    // Set 14 (16 provinces, plans: master plans, digital transformation, sector plans), blind at
    // 99ac706: targets 0.848 (151/178), 0.915 (151/165), 0.927 (140/151), 26 past results as
    // targets; observations 0.886 (31/35), 0.477 (31/65), 0.742 (23/31). Now: targets 0.878
    // (151/172), 0.915, 0.993 (150/151), 20 past results as targets; observations 0.902 (37/41),
    // 0.569 (37/65), 0.784 (29/37).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.894 (160/179), 0.970 (160/165),
    // 0.994 (159/160), 15 past results as targets; observations 0.889 (48/54), 0.738 (48/65), years
    // 0.812 (39/48).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.894 (160/179), 0.970
    // (160/165), 0.994 (159/160), 15 past results as targets; observations 0.889 (48/54), 0.738
    // (48/65), years 0.917 (44/48).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.894 (161/180), 0.976 (161/165), 0.994 (160/161),
    // 15 past results as targets; observations 0.889 (48/54), 0.738 (48/65), years 0.917 (44/48).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.890 (161/181), 0.976 (161/165), 0.994 (160/161), 15 past results as targets;
    // observations 0.891 (49/55), 0.754 (49/65), years 0.918 (45/49).
    DevelopmentSet(
      number: 14, folder: "extraction-fourteenth", targets: 165, observations: 65,
      targetFloors: (0.88, 0.97, 0.99), observationFloors: (0.88, 0.73, 0.91),
      noPastResultsAsTargets: false),
    // Set 15 (15 provinces and three national passages, results reports), blind at 99ac706:
    // targets 0.552 (48/87), 0.649 (48/74), 0.688 (33/48), 36 past results as targets;
    // observations 0.867 (215/248), 0.805 (215/267), 0.712 (153/215). Now: targets 0.674
    // (62/92), 0.838 (62/74), 0.952 (59/62), 27 past results as targets; observations 0.922,
    // 0.839, 0.723.
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.771 (64/83), 0.865 (64/74),
    // 0.922 (59/64), 15 past results as targets; observations 0.924 (243/263), 0.910 (243/267),
    // years 0.745 (181/243).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.744 (64/86), 0.865
    // (64/74), 0.922 (59/64), 15 past results as targets; observations 0.935 (243/260), 0.910
    // (243/267), years 0.844 (205/243).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.744 (64/86), 0.865 (64/74), 0.922 (59/64), 15 past results as targets; observations
    // 0.935 (246/263), 0.921 (246/267), years 0.837 (206/246).
    DevelopmentSet(
      number: 15, folder: "extraction-fifteenth", targets: 74, observations: 267,
      targetFloors: (0.74, 0.86, 0.92), observationFloors: (0.93, 0.91, 0.83),
      noPastResultsAsTargets: false),
    // Set 16 (13 provinces and 9 national passages, plans and reports), blind at 435dede and
    // unchanged since: targets 0.842 (117/139), 0.914 (117/128), 0.726 (85/117: years the
    // labeller took from page dates), 20 past results as targets; observations 0.917 (66/72),
    // 0.629 (66/105), years 0.530 (35/66).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.876 (120/137), 0.938 (120/128),
    // 0.733 (88/120), 15 past results as targets; observations 0.935 (86/92), 0.819 (86/105), years
    // 0.616 (53/86).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.876 (120/137), 0.938
    // (120/128), 0.733 (88/120), 15 past results as targets; observations 0.935 (86/92), 0.819
    // (86/105), years 0.698 (60/86).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.884 (122/138), 0.953 (122/128), 0.738 (90/122), 15
    // past results as targets; observations 0.967 (88/91), 0.838 (88/105), years 0.705 (62/88).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.886 (124/140), 0.969 (124/128), 0.742 (92/124), 15 past results as targets;
    // observations 0.967 (88/91), 0.838 (88/105), years 0.705 (62/88).
    DevelopmentSet(
      number: 16, folder: "extraction-sixteenth", targets: 128, observations: 105,
      targetFloors: (0.88, 0.95, 0.73), observationFloors: (0.96, 0.83, 0.70),
      noPastResultsAsTargets: false),
    // Set 17 (districts, towns and provincial departments of 12 provinces), blind at 435dede:
    // targets 0.743 (78/105), 0.722 (78/108), 0.974 (76/78), 27 past results as targets;
    // observations 0.881 (119/135), 0.696 (119/171), years 0.521 (62/119). Now, after the
    // plan's items counted in a report (HG): targets 0.876 (78/89), 0.722, 0.974, 11 past
    // results as targets; observations 0.894 (135/151), 0.789 (135/171), years 0.585 (79/135).
    // After a naming bracket's year (HT: `(giá so sánh năm 2010)`): targets 0.882 (82/93),
    // 0.759 (82/108), 0.976 (80/82); observations 0.918 (135/147).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.896 (95/106), 0.880 (95/108),
    // 0.979 (93/95), 11 past results as targets; observations 0.923 (143/155), 0.836 (143/171),
    // years 0.552 (79/143).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.896 (95/106), 0.880
    // (95/108), 0.979 (93/95), 11 past results as targets; observations 0.923 (144/156), 0.842
    // (144/171), years 0.604 (87/144).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.896 (95/106), 0.880 (95/108), 0.979 (93/95), 11
    // past results as targets; observations 0.936 (146/156), 0.854 (146/171), years 0.596 (87/146).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.866 (97/112), 0.898 (97/108), 0.979 (95/97), 15 past results as targets;
    // observations 0.937 (148/158), 0.865 (148/171), years 0.588 (87/148).
    DevelopmentSet(
      number: 17, folder: "extraction-seventeenth", targets: 108, observations: 171,
      targetFloors: (0.86, 0.87, 0.97), observationFloors: (0.93, 0.85, 0.58),
      noPastResultsAsTargets: false),
    // Set 18 (19 provinces, mostly the north: results reports with targets beside them), blind
    // at 3f51600: targets 0.825 (33/40), 0.767 (33/43), 1.000 (33/33), 5 past results as
    // targets; observations 0.930 (185/199), 0.920 (185/201), years 0.659 (122/185). Now, after
    // `theo quy hoạch` as a goal word (HH): targets 0.860 (43/50), 1.000, 1.000, 5 past results
    // as targets; observations 0.979 (185/189), 0.920, 0.659.
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.860 (43/50), 1.000 (43/43),
    // 1.000 (43/43), 5 past results as targets; observations 0.974 (187/192), 0.930 (187/201),
    // years 0.668 (125/187).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.860 (43/50), 1.000
    // (43/43), 1.000 (43/43), 5 past results as targets; observations 0.974 (187/192), 0.930
    // (187/201), years 0.759 (142/187).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.860 (43/50), 1.000 (43/43), 1.000 (43/43), 5 past
    // results as targets; observations 0.979 (189/193), 0.940 (189/201), years 0.751 (142/189).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.860 (43/50), 1.000 (43/43), 1.000 (43/43), 5 past results as targets; observations
    // 0.980 (192/196), 0.955 (192/201), years 0.755 (145/192).
    DevelopmentSet(
      number: 18, folder: "extraction-eighteenth", targets: 43, observations: 201,
      targetFloors: (0.86, 1.0, 1.0), observationFloors: (0.97, 0.94, 0.75),
      noPastResultsAsTargets: false),
    // Set 19 (14 merged provinces of the centre and south, three national passages: 2026 plans
    // after 2025 results), blind at 3f51600: targets 0.812 (65/80), 0.774 (65/84), 0.877 (57/65),
    // 6 past results as targets; observations 0.831 (103/124), 0.912 (103/113), years 0.961
    // (99/103). Now, after HH: targets 0.857 (72/84), 0.857 (72/84), 0.889 (64/72), 3 past
    // results as targets; observations 0.883 (106/120), 0.938 (106/113), years 0.981 (104/106).
    // After HT: target years 0.931 (67/72).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.811 (73/90), 0.869 (73/84),
    // 0.932 (68/73), 3 past results as targets; observations 0.849 (107/126), 0.947 (107/113),
    // years 0.981 (105/107).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.811 (73/90), 0.869
    // (73/84), 0.932 (68/73), 3 past results as targets; observations 0.849 (107/126), 0.947
    // (107/113), years 0.981 (105/107).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.811 (73/90), 0.869 (73/84), 0.932 (68/73), 3 past results as targets; observations
    // 0.852 (109/128), 0.965 (109/113), years 0.972 (106/109).
    // With MC (the plan abbreviated, `(KBTT: 11,08%)`, quoted beside a result; 2026-12-05):
    // targets 0.825 (80/97), 0.952 (80/84), 0.863 (69/80), 3 past results as targets;
    // observations 0.901 (109/121), 0.965 (109/113), years 0.972 (106/109). The seven scenario
    // figures found in 06 have no year in its text (the labels take 2025 from the page).
    DevelopmentSet(
      number: 19, folder: "extraction-nineteenth", targets: 84, observations: 113,
      targetFloors: (0.82, 0.95, 0.86), observationFloors: (0.9, 0.96, 0.97),
      noPastResultsAsTargets: false),
    // Set 20 (14 provinces, 13 of them in the northern midlands and mountains: digital
    // transformation plans and results, 57-NQ/TW results), blind at b119201: targets 0.909
    // (80/88), 0.988 (80/81), 0.950 (76/80), 6 past results as targets; observations 0.971
    // (68/70), 0.654 (68/104: counts with no indicator), years 0.632 (43/68). Now, after HJ:
    // target years 1.000 (80/80), the rest the same.
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.909 (80/88), 0.988 (80/81),
    // 1.000 (80/80), 6 past results as targets; observations 0.977 (84/86), 0.808 (84/104), years
    // 0.560 (47/84).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.909 (80/88), 0.988
    // (80/81), 1.000 (80/80), 6 past results as targets; observations 0.977 (84/86), 0.808
    // (84/104), years 0.571 (48/84).
    // With KM (a number written against its unit, 2026-12-05): targets 0.909 (80/88), 0.988
    // (80/81), 1.000 (80/80), 6 past results as targets; observations 0.966 (84/87), 0.808
    // (84/104), years 0.571 (48/84).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.909 (80/88), 0.988 (80/81), 1.000 (80/80), 6 past results as targets; observations
    // 0.968 (91/94), 0.875 (91/104), years 0.593 (54/91).
    DevelopmentSet(
      number: 20, folder: "extraction-twentieth", targets: 81, observations: 104,
      targetFloors: (0.90, 0.98, 1.0), observationFloors: (0.96, 0.80, 0.57),
      noPastResultsAsTargets: false),
    // Set 21 (15 provinces after the 2025 merger: digital-transformation, digital-economy and
    // 57-NQ/TW plans), blind at 96ea7b5: targets 0.846 (110/130), 0.982 (110/112), 0.836
    // (92/110), 15 past results as targets. Now, after HK-HR: 0.948 (110/116), 0.982, 0.964
    // (106/110), 5; observations 0.971 (33/34), 0.485 (33/68), years 0.545 (18/33).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.949 (111/117), 0.991 (111/112),
    // 0.964 (107/111), 5 past results as targets; observations 0.959 (47/49), 0.691 (47/68), years
    // 0.617 (29/47).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.949 (111/117), 0.991
    // (111/112), 0.964 (107/111), 5 past results as targets; observations 0.959 (47/49), 0.691
    // (47/68), years 0.617 (29/47).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.949 (111/117), 0.991 (111/112), 0.964 (107/111), 5
    // past results as targets; observations 0.960 (48/50), 0.706 (48/68), years 0.625 (30/48).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.949 (111/117), 0.991 (111/112), 0.964 (107/111), 5 past results as targets;
    // observations 0.962 (50/52), 0.735 (50/68), years 0.600 (30/50).
    // With LE (a place after 'hạng', 2026-12-05): targets 0.949 (111/117), 0.991 (111/112), 0.964
    // (107/111), 5 past results as targets; observations 0.964 (54/56), 0.794 (54/68), years 0.556
    // (30/54).
    // With MA-MB ('đã' after the figure's subject, votes; 2026-12-05): targets 0.974 (111/114),
    // 0.991 (111/112), 0.964 (107/111), 3 past results as targets; observations 0.949 (56/59),
    // 0.824 (56/68), years 0.571 (32/56). The one more spurious observation is `Đề án 06`'s
    // number before `đã đạt`.
    DevelopmentSet(
      number: 21, folder: "extraction-twenty-first", targets: 112, observations: 68,
      targetFloors: (0.97, 0.99, 0.96), observationFloors: (0.94, 0.82, 0.57),
      noPastResultsAsTargets: false),
    // Set 22 (22 provinces: Party congress resolutions 2025-2030 and the term's results), blind
    // at 96ea7b5: targets 0.899 (98/109), 0.970 (98/101), 1.000, 11 past results as targets.
    // Now, after HQ: 0.970 (98/101), 0.970, 1.000, 3; observations 0.974 (76/78), 0.962
    // (76/79), years 0.816 (62/76).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.971 (101/104), 1.000 (101/101),
    // 1.000 (101/101), 3 past results as targets; observations 0.962 (76/79), 0.962 (76/79), years
    // 0.816 (62/76).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.971 (101/104), 1.000
    // (101/101), 1.000 (101/101), 3 past results as targets; observations 0.962 (76/79), 0.962
    // (76/79), years 0.816 (62/76).
    DevelopmentSet(
      number: 22, folder: "extraction-twenty-second", targets: 101, observations: 79,
      targetFloors: (0.97, 1.0, 1.0), observationFloors: (0.96, 0.96, 0.81),
      noPastResultsAsTargets: false),
    // Set 23 (13 provinces and the National Assembly: 2026 socio-economic plans and 2025
    // results), blind at 96ea7b5 and with HK-HR alike: targets 0.982 (54/55), 0.885 (54/61),
    // 0.815 (44/54), none past; observations 0.885 (77/87), 0.906 (77/85), 0.974 (75/77).
    // After a goal's `cho năm 2026` (HS) and HT: target years 0.944 (51/54).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.982 (54/55), 0.885 (54/61),
    // 0.981 (53/54), 0 past results as targets; observations 0.857 (78/91), 0.918 (78/85), years
    // 0.974 (76/78).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.982 (54/55), 0.885
    // (54/61), 1.000 (54/54), 0 past results as targets; observations 0.857 (78/91), 0.918 (78/85),
    // years 0.974 (76/78).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.982 (54/55), 0.885 (54/61), 1.000 (54/54), 0 past
    // results as targets; observations 0.868 (79/91), 0.929 (79/85), years 0.975 (77/79).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.982 (54/55), 0.885 (54/61), 1.000 (54/54), 0 past results as targets; observations
    // 0.859 (85/99), 1.000 (85/85), years 0.976 (83/85).
    DevelopmentSet(
      number: 23, folder: "extraction-twenty-third", targets: 61, observations: 85,
      targetFloors: (0.98, 0.88, 1.0), observationFloors: (0.85, 0.92, 0.97),
      noPastResultsAsTargets: true),
    // Set 24 (16 provinces and national rankings: S&T, innovation and start-up plans and
    // results), blind at 96ea7b5: targets 0.838 (57/68), 0.704 (57/81), 0.912 (52/57), 10 past
    // results as targets (with HK-HR before the `tính đến` exception: 0.826, 11). Now the same
    // as at 96ea7b5; observations 0.784 (29/37), 0.228 (29/127: counts with no indicator),
    // years 0.517 (15/29).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.843 (70/83), 0.864 (70/81),
    // 0.900 (63/70), 12 past results as targets; observations 0.839 (47/56), 0.370 (47/127), years
    // 0.574 (27/47).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.843 (70/83), 0.864
    // (70/81), 0.900 (63/70), 12 past results as targets; observations 0.839 (47/56), 0.370
    // (47/127), years 0.574 (27/47).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.845 (71/84), 0.877 (71/81), 0.887 (63/71), 12 past
    // results as targets; observations 0.825 (47/57), 0.370 (47/127), years 0.574 (27/47).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.854 (76/89), 0.938 (76/81), 0.882 (67/76), 12 past results as targets; observations
    // 0.828 (53/64), 0.417 (53/127), years 0.604 (32/53).
    // With LE (a place after 'hạng', 2026-12-05): targets 0.854 (76/89), 0.938 (76/81), 0.882
    // (67/76), 12 past results as targets; observations 0.864 (70/81), 0.551 (70/127), years 0.457
    // (32/70).
    DevelopmentSet(
      number: 24, folder: "extraction-twenty-fourth", targets: 81, observations: 127,
      targetFloors: (0.84, 0.87, 0.88), observationFloors: (0.82, 0.37, 0.45),
      noPastResultsAsTargets: false),
    // Set 25 (8 provinces of the northern midlands and mountains: plans and results of many
    // sectors), scored once unread at 09d5729, the session's rules HK-HT in: targets 0.737
    // (42/57), 0.824 (42/51), 0.857 (36/42), 14 past results as targets; observations 0.975
    // (78/80), 0.772 (78/101), years 0.564 (44/78). 96ea7b5, before those rules: the same.
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.778 (42/54), 0.824 (42/51),
    // 0.857 (36/42), 11 past results as targets; observations 0.976 (83/85), 0.822 (83/101), years
    // 0.590 (49/83).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.778 (42/54), 0.824
    // (42/51), 0.857 (36/42), 11 past results as targets; observations 0.976 (83/85), 0.822
    // (83/101), years 0.783 (65/83).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.782 (43/55), 0.843 (43/51), 0.837 (36/43), 11 past
    // results as targets; observations 0.988 (84/85), 0.832 (84/101), years 0.786 (66/84).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.754 (43/57), 0.843 (43/51), 0.837 (36/43), 13 past results as targets; observations
    // 0.988 (85/86), 0.842 (85/101), years 0.788 (67/85).
    DevelopmentSet(
      number: 25, folder: "extraction-twenty-fifth", targets: 51, observations: 101,
      targetFloors: (0.75, 0.84, 0.83), observationFloors: (0.98, 0.83, 0.78),
      noPastResultsAsTargets: false),
    // Set 26 (8 provinces of the Mekong Delta and the South-East: sector plans, 2026 plans and
    // 2025 results), scored once unread at 09d5729: targets 0.943 (82/87), 0.837 (82/98), 0.963
    // (79/82), 3 past results as targets; observations 0.974 (114/117), 0.870 (114/131), years
    // 0.956 (109/114). 96ea7b5: targets 0.932 (82/88), 4 past results as targets.
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.949 (93/98), 0.949 (93/98),
    // 0.968 (90/93), 3 past results as targets; observations 0.975 (117/120), 0.893 (117/131),
    // years 0.957 (112/117).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.949 (93/98), 0.949
    // (93/98), 0.968 (90/93), 3 past results as targets; observations 0.975 (117/120), 0.893
    // (117/131), years 0.957 (112/117).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.931 (94/101), 0.959 (94/98), 0.968 (91/94), 3 past
    // results as targets; observations 0.983 (119/121), 0.908 (119/131), years 0.958 (114/119).
    // With KM (a number written against its unit, 2026-12-05): targets 0.889 (96/108), 0.980
    // (96/98), 0.969 (93/96), 6 past results as targets; observations 0.984 (121/123), 0.924
    // (121/131), years 0.959 (116/121).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.889 (96/108), 0.980 (96/98), 0.969 (93/96), 6 past results as targets; observations
    // 0.976 (121/124), 0.924 (121/131), years 0.959 (116/121).
    DevelopmentSet(
      number: 26, folder: "extraction-twenty-sixth", targets: 98, observations: 131,
      targetFloors: (0.88, 0.97, 0.96), observationFloors: (0.97, 0.92, 0.95),
      noPastResultsAsTargets: false),
    // Set 27 (11 provinces of the centre and the Central Highlands: sector plans, 2026 plans and
    // 2025 results), scored once unread at 05f3783: targets 0.947 (72/76), 0.818 (72/88), 0.986
    // (71/72), 3 past results as targets; observations 0.925 (111/120), 0.755 (111/147), years
    // 0.964 (107/111). Then once with the counted nouns (I3), before anything was read on it:
    // targets 0.940 (79/84), 0.898 (79/88), 0.987 (78/79), 3; observations 0.934 (127/136), 0.864
    // (127/147), years 0.969 (123/127).
    // Now, with the spelled check and the records of digital government added to the counted nouns
    // (after reading sets 28 and 29): targets 0.940 (79/84), 0.898 (79/88), 0.987 (78/79), 3 past
    // results as targets; observations 0.934 (127/136), 0.864 (127/147), years 0.969 (123/127).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.940 (79/84), 0.898 (79/88),
    // 0.987 (78/79), 3 past results as targets; observations 0.934 (127/136), 0.864 (127/147),
    // years 0.969 (123/127).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.941 (80/85), 0.909
    // (80/88), 0.988 (79/80), 3 past results as targets; observations 0.941 (127/135), 0.864
    // (127/147), years 0.969 (123/127).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.942 (81/86), 0.920 (81/88), 0.988 (80/81), 3 past
    // results as targets; observations 0.948 (127/134), 0.864 (127/147), years 0.969 (123/127).
    DevelopmentSet(
      number: 27, folder: "extraction-twenty-seventh", targets: 88, observations: 147,
      targetFloors: (0.94, 0.92, 0.98), observationFloors: (0.94, 0.86, 0.96),
      noPastResultsAsTargets: false),
    // Set 28 (6 provinces of the Red River Delta: sector plans, 2026 plans and 2025 results),
    // scored once unread at 05f3783: targets 0.941 (80/85), 0.879 (80/91), 0.950 (76/80), 5 past
    // results as targets; observations 0.913 (105/115), 0.802 (105/131), years 0.924 (97/105). Then
    // once with the counted nouns (I3), before anything was read on it: targets 0.914 (85/93),
    // 0.934 (85/91), 0.941 (80/85), 5; observations 0.899 (107/119), 0.817 (107/131), years 0.925
    // (99/107).
    // Now, with the spelled check and the records of digital government added to the counted nouns
    // (after reading sets 28 and 29): targets 0.944 (85/90), 0.934 (85/91), 0.941 (80/85), 5 past
    // results as targets; observations 0.907 (107/118), 0.817 (107/131), years 0.925 (99/107).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.944 (85/90), 0.934 (85/91),
    // 0.941 (80/85), 5 past results as targets; observations 0.907 (107/118), 0.817 (107/131),
    // years 0.925 (99/107).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.944 (85/90), 0.934
    // (85/91), 0.941 (80/85), 5 past results as targets; observations 0.909 (110/121), 0.840
    // (110/131), years 0.927 (102/110).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.944 (85/90), 0.934 (85/91), 0.941 (80/85), 5 past
    // results as targets; observations 0.918 (112/122), 0.855 (112/131), years 0.929 (104/112).
    // With KM (a number written against its unit, 2026-12-05): targets 0.944 (85/90), 0.934
    // (85/91), 0.941 (80/85), 5 past results as targets; observations 0.919 (114/124), 0.870
    // (114/131), years 0.930 (106/114).
    // With LE (a place after 'hạng', 2026-12-05): targets 0.914 (85/93), 0.934 (85/91), 0.941
    // (80/85), 8 past results as targets; observations 0.919 (114/124), 0.870 (114/131), years
    // 0.930 (106/114).
    DevelopmentSet(
      number: 28, folder: "extraction-twenty-eighth", targets: 91, observations: 131,
      targetFloors: (0.91, 0.93, 0.94), observationFloors: (0.91, 0.87, 0.92),
      noPastResultsAsTargets: false),
    // Set 29 (11 provinces, departments and communes: 2026 plans and 2025 results, counts of
    // things), scored once unread at 05f3783: targets 0.855 (53/62), 0.662 (53/80), 0.830 (44/53),
    // 6 past results as targets; observations 0.878 (122/139), 0.575 (122/212), years 0.910
    // (111/122). Then once with the counted nouns (I3), before anything was read on it: targets
    // 0.762 (61/80), 0.762 (61/80), 0.836 (51/61), 13; observations 0.906 (154/170), 0.726
    // (154/212), years 0.877 (135/154).
    // Now, with the spelled check and the records of digital government added to the counted nouns
    // (after reading sets 28 and 29): targets 0.782 (61/78), 0.762 (61/80), 0.836 (51/61), 13 past
    // results as targets; observations 0.906 (154/170), 0.726 (154/212), years 0.877 (135/154).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.792 (61/77), 0.762 (61/80),
    // 0.836 (51/61), 13 past results as targets; observations 0.901 (154/171), 0.726 (154/212),
    // years 0.877 (135/154).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.792 (61/77), 0.762
    // (61/80), 0.836 (51/61), 13 past results as targets; observations 0.901 (155/172), 0.731
    // (155/212), years 0.877 (136/155).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.800 (64/80), 0.800 (64/80), 0.844 (54/64), 13 past
    // results as targets; observations 0.927 (165/178), 0.778 (165/212), years 0.885 (146/165).
    // With KM (a number written against its unit, 2026-12-05): targets 0.800 (64/80), 0.800
    // (64/80), 0.844 (54/64), 13 past results as targets; observations 0.925 (172/186), 0.811
    // (172/212), years 0.890 (153/172).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.793 (65/82), 0.812 (65/80), 0.846 (55/65), 14 past results as targets; observations
    // 0.916 (174/190), 0.821 (174/212), years 0.885 (154/174).
    DevelopmentSet(
      number: 29, folder: "extraction-twenty-ninth", targets: 80, observations: 212,
      targetFloors: (0.79, 0.80, 0.84), observationFloors: (0.91, 0.81, 0.88),
      noPastResultsAsTargets: false),
    // Set 30 (13 provinces and national targets as the press quotes them: S&T, innovation, start-up
    // and digital transformation plans and rankings), scored once unread at 05f3783: targets 0.818
    // (90/110), 0.989 (90/91), 0.978 (88/90), 15 past results as targets; observations 0.843
    // (43/51), 0.448 (43/96), years 0.698 (30/43). Then with the counted nouns as they stand (the
    // spelled check in), still unread: targets 0.818 (90/110), 0.989 (90/91), 0.978 (88/90), 15;
    // observations 0.843 (43/51), 0.448 (43/96), years 0.698 (30/43).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.826 (90/109), 0.989 (90/91),
    // 0.978 (88/90), 15 past results as targets; observations 0.827 (43/52), 0.448 (43/96), years
    // 0.698 (30/43).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.826 (90/109), 0.989
    // (90/91), 0.978 (88/90), 15 past results as targets; observations 0.827 (43/52), 0.448
    // (43/96), years 0.698 (30/43).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.835 (91/109), 1.000 (91/91), 0.978 (89/91), 15 past results as targets;
    // observations 0.825 (52/63), 0.542 (52/96), years 0.577 (30/52).
    // With LE (a place after 'hạng', 2026-12-05): targets 0.835 (91/109), 1.000 (91/91), 0.978
    // (89/91), 15 past results as targets; observations 0.863 (69/80), 0.719 (69/96), years 0.449
    // (31/69).
    DevelopmentSet(
      number: 30, folder: "extraction-thirtieth", targets: 91, observations: 96,
      targetFloors: (0.82, 0.98, 0.97), observationFloors: (0.82, 0.44, 0.44),
      noPastResultsAsTargets: false),
    // Set 31 (16 provinces, many before the merger: health, education, labour, poverty,
    // environment, transport and sport plans and reports), scored once unread at 05f3783: targets
    // 0.765 (91/119), 0.850 (91/107), 0.923 (84/91), 28 past results as targets; observations 0.963
    // (78/81), 0.473 (78/165), years 0.705 (55/78). Then with the counted nouns as they stand (the
    // spelled check in), still unread: targets 0.686 (96/140), 0.897 (96/107), 0.917 (88/96), 44;
    // observations 0.972 (104/107), 0.630 (104/165), years 0.663 (69/104).
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.706 (96/136), 0.897 (96/107),
    // 0.927 (89/96), 40 past results as targets; observations 0.973 (108/111), 0.655 (108/165),
    // years 0.676 (73/108).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.706 (96/136), 0.897
    // (96/107), 0.927 (89/96), 40 past results as targets; observations 0.973 (108/111), 0.655
    // (108/165), years 0.676 (73/108).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.706 (96/136), 0.897 (96/107), 0.927 (89/96), 40 past results as targets;
    // observations 0.973 (109/112), 0.661 (109/165), years 0.670 (73/109).
    DevelopmentSet(
      number: 31, folder: "extraction-thirty-first", targets: 107, observations: 165,
      targetFloors: (0.70, 0.89, 0.92), observationFloors: (0.97, 0.65, 0.66),
      noPastResultsAsTargets: false),
    // Set 32 (16 provinces: 2025 socio-economic reports and 2026 plans, two older HĐND plan
    // resolutions), scored unread at 092e681: targets 0.835 (66/79), 0.957 (66/69), 0.576 (38/66),
    // 11 past results as targets; observations 0.961 (124/129), 0.832 (124/149), years 0.790
    // (98/124). With HU as first written, still unread: targets 0.917 (66/72), 6. HW was written on
    // its wrong years.
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.930 (66/71), 0.957 (66/69),
    // 0.894 (59/66), 5 past results as targets; observations 0.949 (130/137), 0.872 (130/149),
    // years 0.800 (104/130).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.932 (68/73), 0.986
    // (68/69), 0.912 (62/68), 5 past results as targets; observations 0.963 (131/136), 0.879
    // (131/149), years 0.802 (105/131).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.932 (68/73), 0.986 (68/69), 0.912 (62/68), 5 past results as targets; observations
    // 0.951 (136/143), 0.913 (136/149), years 0.801 (109/136).
    DevelopmentSet(
      number: 32, folder: "extraction-thirty-second", targets: 69, observations: 149,
      targetFloors: (0.93, 0.98, 0.91), observationFloors: (0.95, 0.87, 0.80),
      noPastResultsAsTargets: false),
    // Set 33 (17 provinces and national passages: sector reviews of 2015-2025 with next year's
    // targets), scored unread at 092e681: targets 0.556 (65/117), 0.783 (65/83), 0.892 (58/65), 49
    // past results as targets; observations 0.941 (159/169), 0.649 (159/245), years 0.849
    // (135/159). With HU, still unread: the same. HV was written on its past results.
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.631 (65/103), 0.783 (65/83),
    // 0.892 (58/65), 35 past results as targets; observations 0.945 (173/183), 0.706 (173/245),
    // years 0.850 (147/173).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.631 (65/103), 0.783
    // (65/83), 0.892 (58/65), 35 past results as targets; observations 0.945 (173/183), 0.706
    // (173/245), years 0.850 (147/173).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.627 (69/110), 0.831 (69/83), 0.899 (62/69), 38
    // past results as targets; observations 0.952 (177/186), 0.722 (177/245), years 0.853
    // (151/177).
    // With KM (a number written against its unit, 2026-12-05): targets 0.634 (71/112), 0.855
    // (71/83), 0.901 (64/71), 38 past results as targets; observations 0.952 (177/186), 0.722
    // (177/245), years 0.853 (151/177).
    DevelopmentSet(
      number: 33, folder: "extraction-thirty-third", targets: 83, observations: 245,
      targetFloors: (0.63, 0.85, 0.90), observationFloors: (0.95, 0.72, 0.85),
      noPastResultsAsTargets: false),
    // Set 34 (15 provinces and national passages: Resolutions 57, 68, 71 and digital
    // transformation), scored unread at 092e681: targets 0.830 (73/88), 0.890 (73/82), 0.945
    // (69/73), 13 past results as targets; observations 0.931 (81/87), 0.675 (81/120), years 0.494
    // (40/81). With HU to HW, still unread: the same.
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.830 (73/88), 0.890 (73/82),
    // 0.945 (69/73), 13 past results as targets; observations 0.931 (81/87), 0.675 (81/120), years
    // 0.494 (40/81).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.830 (73/88), 0.890
    // (73/82), 0.945 (69/73), 13 past results as targets; observations 0.931 (81/87), 0.675
    // (81/120), years 0.494 (40/81).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.833 (75/90), 0.915 (75/82), 0.947 (71/75), 13 past
    // results as targets; observations 0.935 (87/93), 0.725 (87/120), years 0.517 (45/87).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.833 (75/90), 0.915 (75/82), 0.947 (71/75), 13 past results as targets; observations
    // 0.939 (92/98), 0.767 (92/120), years 0.522 (48/92).
    DevelopmentSet(
      number: 34, folder: "extraction-thirty-fourth", targets: 82, observations: 120,
      targetFloors: (0.83, 0.91, 0.94), observationFloors: (0.93, 0.72, 0.51),
      noPastResultsAsTargets: false),
    // Set 35 (15 provinces: provincial and commune HĐND sessions of 2025 with 2026 targets),
    // scored unread at 092e681: targets 0.872 (68/78), 0.850 (68/80), 0.838 (57/68), 10 past
    // results as targets; observations 0.918 (145/158), 0.912 (145/159), years 0.821 (119/145).
    // With HU to HW, still unread: the same.
    // With the whole-text role rules (HU-HW, 2026-12-05): targets 0.872 (68/78), 0.850 (68/80),
    // 0.838 (57/68), 10 past results as targets; observations 0.918 (145/158), 0.912 (145/159),
    // years 0.821 (119/145).
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.873 (69/79), 0.863
    // (69/80), 0.841 (58/69), 10 past results as targets; observations 0.924 (145/157), 0.912
    // (145/159), years 0.821 (119/145).
    // With KM (a number written against its unit, 2026-12-05): targets 0.875 (70/80), 0.875
    // (70/80), 0.814 (57/70), 10 past results as targets; observations 0.924 (145/157), 0.912
    // (145/159), years 0.821 (119/145).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.875 (70/80), 0.875 (70/80), 0.814 (57/70), 10 past results as targets; observations
    // 0.924 (146/158), 0.918 (146/159), years 0.822 (120/146).
    DevelopmentSet(
      number: 35, folder: "extraction-thirty-fifth", targets: 80, observations: 159,
      targetFloors: (0.87, 0.87, 0.81), observationFloors: (0.92, 0.91, 0.82),
      noPastResultsAsTargets: false),
    // Set 36 (mid-year and nine-month reports of 2025, most targets in growth scenarios), scored
    // unread at 092e681: targets 0.930 (53/57), 0.589 (53/90), 0.679 (36/53), 4 past results as
    // targets; observations 0.778 (151/194), 0.915 (151/165), years 0.821. Read from HZ on.
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.960 (72/75), 0.800
    // (72/90), 0.625 (45/72), 3 past results as targets; observations 0.864 (152/176), 0.921
    // (152/165), years 0.822 (125/152).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.961 (74/77), 0.822 (74/90), 0.622 (46/74), 3 past
    // results as targets; observations 0.891 (155/174), 0.939 (155/165), years 0.826 (128/155).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.961 (74/77), 0.822 (74/90), 0.622 (46/74), 3 past results as targets; observations
    // 0.888 (159/179), 0.964 (159/165), years 0.830 (132/159).
    DevelopmentSet(
      number: 36, folder: "extraction-thirty-sixth", targets: 90, observations: 165,
      targetFloors: (0.96, 0.82, 0.62), observationFloors: (0.88, 0.93, 0.82),
      noPastResultsAsTargets: false),
    // Set 37 (sector plans) is kept outside the repository, unread, for the next change.
    // Set 38 (quarterly, mid-year and nine-month reports of 2023-2024 and two annual plans),
    // scored unread at c077eea: targets 0.848 (78/92), 0.857 (78/91), 0.923 (72/78), 12 past
    // results as targets; observations 0.913 (168/184), 0.889 (168/189), years 0.649.
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.842 (80/95), 0.879
    // (80/91), 0.912 (73/80), 12 past results as targets; observations 0.929 (170/183), 0.899
    // (170/189), years 0.659 (112/170).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.842 (80/95), 0.879 (80/91), 0.912 (73/80), 12 past
    // results as targets; observations 0.941 (174/185), 0.921 (174/189), years 0.667 (116/174).
    // With KM (a number written against its unit, 2026-12-05): targets 0.842 (80/95), 0.879
    // (80/91), 0.912 (73/80), 12 past results as targets; observations 0.941 (176/187), 0.931
    // (176/189), years 0.670 (118/176).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.833 (80/96), 0.879 (80/91), 0.912 (73/80), 12 past results as targets; observations
    // 0.941 (176/187), 0.931 (176/189), years 0.670 (118/176).
    DevelopmentSet(
      number: 38, folder: "extraction-thirty-eighth", targets: 91, observations: 189,
      targetFloors: (0.83, 0.87, 0.91), observationFloors: (0.94, 0.93, 0.67),
      noPastResultsAsTargets: false),
    // Set 39 (year-end reports of 2022-2024 that set the next year's plan), scored unread at
    // c077eea: targets 0.663 (63/95), 0.700 (63/90), 0.921 (58/63), 29 past results as targets;
    // observations 0.893 (159/178), 0.795 (159/200), years 0.799. Read for KA.
    // With the rest-of-year rules (JA-JE, KA, KD, 2026-12-05): targets 0.716 (68/95), 0.756
    // (68/90), 0.926 (63/68), 24 past results as targets; observations 0.885 (169/191), 0.845
    // (169/200), years 0.864 (146/169).
    // With the year-end rules (KE-KH, 2026-12-05; KE was written from this set): targets 0.840
    // (68/81), 0.756 (68/90), 0.926 (63/68), 11 past results as targets; observations 0.888
    // (182/205), 0.910 (182/200), years 0.874 (159/182).
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 0.829 (68/82), 0.756 (68/90), 0.926 (63/68), 12 past
    // results as targets; observations 0.893 (183/205), 0.915 (183/200), years 0.874 (160/183).
    // With KM (a number written against its unit, 2026-12-05): targets 0.829 (68/82), 0.756
    // (68/90), 0.926 (63/68), 12 past results as targets; observations 0.893 (184/206), 0.920
    // (184/200), years 0.870 (160/184).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.829 (68/82), 0.756 (68/90), 0.926 (63/68), 12 past results as targets; observations
    // 0.894 (185/207), 0.925 (185/200), years 0.870 (161/185).
    // With MC (`ước chiếm 23,4%/KH 24,5-25,5%`: the plan abbreviated after `/`; 2026-12-05):
    // targets 0.854 (82/96), 0.911 (82/90), 0.817 (67/82), 12 past results as targets;
    // observations 0.959 (185/193), 0.925 (185/200), years 0.870 (161/185). The fourteen plan
    // figures found in 13 have no year in its text (the labels take 2022 from the page).
    DevelopmentSet(
      number: 39, folder: "extraction-thirty-ninth", targets: 90, observations: 200,
      targetFloors: (0.85, 0.91, 0.81), observationFloors: (0.95, 0.92, 0.87),
      noPastResultsAsTargets: false),
    // Set 40 (year-end reports of 2022 and 2025 that set the next year's plan; 13 passages kept
    // of 18), scored unread at 462ab6e and with KE: targets 1.000 (42/42), 0.875 (42/48), 0.595
    // (25/42), no past result as a target; observations 0.931 (81/87), 0.976 (81/83), years
    // 0.926 (75/81). Read for KF.
    // With the year-end rules (KE-KH, 2026-12-05): targets 1.000 (42/42), 0.875 (42/48), 0.976
    // (41/42); observations unchanged.
    // With KI-KL (counts with a scale word, net zero, a goal quoted by a report, a decimal comma
    // before a magnitude; 2026-12-05): targets 1.000 (42/42), 0.875 (42/48), 0.976 (41/42), 0 past
    // results as targets; observations 0.943 (82/87), 0.988 (82/83), years 0.927 (76/82).
    // With KM (a number written against its unit, 2026-12-05): targets 1.000 (42/42), 0.875
    // (42/48), 0.976 (41/42), 0 past results as targets; observations 0.933 (83/89), 1.000 (83/83),
    // years 0.928 (77/83).
    DevelopmentSet(
      number: 40, folder: "extraction-fortieth", targets: 48, observations: 83,
      targetFloors: (1.0, 0.87, 0.97), observationFloors: (0.93, 1.0, 0.92),
      noPastResultsAsTargets: true),
    // Set 41 (mid-term and final reviews of five-year plans; 20 passages kept of 23), scored
    // unread at 462ab6e, with KE and with KF: targets 0.661 (74/112), 0.892 (74/83), 0.959
    // (71/74), 31 past results as targets; observations 0.883 (68/77), 0.636 (68/107), years
    // 0.794 (54/68). Read for KG and KH.
    // With the year-end rules (KE-KH, 2026-12-05): targets 0.779 (74/95), 0.892 (74/83), 0.959
    // (71/74), 14 past results as targets; observations 0.904 (85/94), 0.794 (85/107), years
    // 0.718 (61/85).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.779 (74/95), 0.892 (74/83), 0.959 (71/74), 14 past results as targets; observations
    // 0.905 (86/95), 0.804 (86/107), years 0.721 (62/86).
    DevelopmentSet(
      number: 41, folder: "extraction-forty-first", targets: 83, observations: 107,
      targetFloors: (0.77, 0.89, 0.95), observationFloors: (0.90, 0.79, 0.71),
      noPastResultsAsTargets: false),
    // Set 43 (2026 and five-year plans, mostly older district and commune sessions), scored
    // unread at 462ab6e: targets 0.605 (26/43), 0.619 (26/42), 0.923 (24/26), 15 past results as
    // targets; and at 1c3053d (KE-KH): 0.675 (27/40), 0.643 (27/42), 0.926 (25/27), 11.
    // Observations 0.823 (65/79), 0.699 (65/93), years 0.800 -> 0.831 (69/83), 0.742, 0.754.
    // With KM (a number written against its unit, 2026-12-05): targets 0.644 (29/45), 0.690
    // (29/42), 0.931 (27/29), 14 past results as targets; observations 0.849 (73/86), 0.785
    // (73/93), years 0.767 (56/73).
    DevelopmentSet(
      number: 43, folder: "extraction-forty-third", targets: 42, observations: 93,
      targetFloors: (0.64, 0.69, 0.93), observationFloors: (0.84, 0.78, 0.76),
      noPastResultsAsTargets: false),
    // Set 44 (57-NQ, 68-NQ and digital-transformation plans and results; its passages 21-26
    // were labelled first, as set 42, by a helper who ran out of time), scored unread at 462ab6e
    // and 1c3053d: targets 0.951 (77/81), 0.917 (77/84), 0.961 (74/77), no past result as a
    // target; observations 1.000 (35/35), 0.547 (35/64), years 0.657 (23/35). Read for KI and KJ:
    // targets 0.953 (81/85), 0.964 (81/84), 0.963 (78/81).
    // With KM (a number written against its unit, 2026-12-05): targets 0.953 (82/86), 0.976
    // (82/84), 0.963 (79/82), 0 past results as targets; observations 1.000 (35/35), 0.547 (35/64),
    // years 0.657 (23/35).
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.954 (83/87), 0.988 (83/84), 0.964 (80/83), 0 past results as targets; observations
    // 1.000 (36/36), 0.562 (36/64), years 0.667 (24/36).
    // With LE (a place after 'hạng', 2026-12-05): targets 0.954 (83/87), 0.988 (83/84), 0.964
    // (80/83), 0 past results as targets; observations 1.000 (51/51), 0.797 (51/64), years 0.471
    // (24/51).
    DevelopmentSet(
      number: 44, folder: "extraction-forty-fourth", targets: 84, observations: 64,
      targetFloors: (0.95, 0.97, 0.96), observationFloors: (1.0, 0.54, 0.47),
      noPastResultsAsTargets: true),
    // Set 45 (five-year and sector plans, mostly 2021-2025), scored unread at 462ab6e and
    // 1c3053d: targets 0.891 (114/128), 0.832 (114/137), 0.974 (111/114), 13 past results as
    // targets; observations 0.844 (54/64), 0.806 (54/67), years 0.907 (49/54). With KI-KL
    // (unread): targets 0.892 (116/130), 0.847 (116/137), 0.974. Read for KM: 0.896 (121/135),
    // 0.883 (121/137), 0.959 (116/121).
    DevelopmentSet(
      number: 45, folder: "extraction-forty-fifth", targets: 137, observations: 67,
      targetFloors: (0.89, 0.88, 0.95), observationFloors: (0.84, 0.80, 0.90),
      noPastResultsAsTargets: false),
    // Set 46 (digital transformation, science and innovation plans and results), scored unread
    // at 462ab6e, 1c3053d, with KI-KL and with KM, all alike: targets 0.814 (83/102), 0.883
    // (83/94), 0.843 (70/83), 15 past results as targets; observations 0.948 (55/58), 0.618
    // (55/89), years 0.473 (26/55). Read; nothing written from it.
    // With LA-LD (projects counted, ranks by standing, group and one-of-the-leading; 2026-12-05):
    // targets 0.848 (84/99), 0.894 (84/94), 0.845 (71/84), 13 past results as targets; observations
    // 0.903 (65/72), 0.730 (65/89), years 0.538 (35/65).
    // With LE (a place after 'hạng', 2026-12-05): targets 0.848 (84/99), 0.894 (84/94), 0.845
    // (71/84), 13 past results as targets; observations 0.909 (70/77), 0.787 (70/89), years 0.571
    // (40/70).
    // With MD (connection speeds, 2026-12-05): targets 0.854 (88/103), 0.936 (88/94), 0.829
    // (73/88); the four speeds found in 15 have their year only in the page's address.
    // With ME: targets 0.871 (88/101), 11 past results as targets; observations 0.911 (72/79),
    // 0.809 (72/89), 0.583.
    DevelopmentSet(
      number: 46, folder: "extraction-forty-sixth", targets: 94, observations: 89,
      targetFloors: (0.87, 0.93, 0.82), observationFloors: (0.91, 0.8, 0.58),
      noPastResultsAsTargets: false),
    // Set 47 (Party congress resolutions of the 2020-2025 term, with the results of 2015-2020),
    // scored unread at 462ab6e, 36ab205 and with LA-LD, all alike: targets 0.904 (104/115), 1.000
    // (104/104), 1.000 (104/104), 7 past results as targets; observations 1.000 (69/69), 0.896
    // (69/77), years 0.768 (53/69).
    // With ME (`đến năm 2020` in 2020 reports, after results of 2020): targets 0.920 (104/113),
    // 1.000, 1.000, 5 past results as targets; observations 1.000 (71/71), 0.922 (71/77), 0.775.
    DevelopmentSet(
      number: 47, folder: "extraction-forty-seventh", targets: 104, observations: 77,
      targetFloors: (0.92, 1.0, 1.0), observationFloors: (1.0, 0.92, 0.77),
      noPastResultsAsTargets: false),
    // Set 48 (thematic resolutions of provincial Party committees and provincial master plans;
    // 18 passages, under its brief's size), scored unread at 36ab205 and with LA-LD, alike:
    // targets 0.655 (38/58), 0.731 (38/52), 0.895 (34/38), 20 past results as targets;
    // observations 0.935 (29/31), 0.527 (29/55), years 0.690 (20/29).
    DevelopmentSet(
      number: 48, folder: "extraction-forty-eighth", targets: 52, observations: 55,
      targetFloors: (0.65, 0.73, 0.89), observationFloors: (0.93, 0.52, 0.68),
      noPastResultsAsTargets: false),
    // Set 49 (57-NQ programmes, digital transformation and S&T plans, mostly with their
    // results; 19 passages, far under its brief's size: the search corpus has few unused pages
    // left), scored unread at 5ed6cfa: targets 0.667 (14/21), 0.875 (14/16), 1.000 (14/14), 7
    // past results as targets; observations 0.979 (47/48), 0.671 (47/70), years 0.638 (30/47).
    // With MA-MB (written after it was read): targets 0.824 (14/17), 0.875, 1.000, 3 past results
    // as targets; observations 0.981 (51/52), 0.729 (51/70), years 0.588 (30/51).
    // With MD too (connection speeds): observations 0.981 (53/54), 0.757 (53/70), years 0.566
    // (30/53); two speeds of 2022 found with no year in their sentences.
    DevelopmentSet(
      number: 49, folder: "extraction-forty-ninth", targets: 16, observations: 70,
      targetFloors: (0.82, 0.87, 1.0), observationFloors: (0.98, 0.75, 0.56),
      noPastResultsAsTargets: false),
    // Set 50 (congress resolutions of the 2025-2030 term; 7 passages, far under its brief's size
    // for the same reason), scored unread at 5ed6cfa: targets 0.889 (8/9), 1.000 (8/8), 0.875
    // (7/8); observations 0.875 (14/16), 1.000 (14/14), years 1.000 (14/14). With MA-MB the vote
    // `100% đại biểu đã thống nhất thông qua` is no longer proposed: targets 1.000 (8/8).
    DevelopmentSet(
      number: 50, folder: "extraction-fiftieth", targets: 8, observations: 14,
      targetFloors: (1.0, 1.0, 0.87), observationFloors: (0.87, 1.0, 1.0),
      noPastResultsAsTargets: true, minimumPassages: 7),
  ]

  @Test(arguments: developmentSets)
  func developmentSetDoesNotRegress(_ set: DevelopmentSet) throws {
    let run = try Self.run(
      Paths.packageRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures/\(set.folder)"),
      minimumPassages: set.minimumPassages)
    print("\(set.testDescription), held out when first scored\n" + Self.report(run))
    Self.expectFloors(
      run, targets: set.targets, observations: set.observations,
      targetFloors: set.targetFloors, observationFloors: set.observationFloors)
    if set.noPastResultsAsTargets {
      let asTargets = Self.pastResultsProposedAsTargets(run)
      #expect(asTargets.isEmpty, "past results proposed as targets: \(asTargets.map(\.quote))")
    }
  }
}
