import Foundation
import Support
import TestSupport
import Testing

@testable import Catalog
@testable import Extraction

/// `extract --evaluate DIR` on a small labelled set whose counts were worked out by hand from
/// its two texts (Fixtures/labelled-sample).
@Suite struct LabelledEvaluationTests {
  static let sample = Paths.packageRoot.appendingPathComponent(
    "Tests/ExtractionTests/Fixtures/labelled-sample")

  /// plan-a: 25% and 80% are targets; 7,5% (2024), under "Kết quả đạt được", is a past result
  /// and proposed as an observation. plan-b: 20% (2025) and 30% (2030) share a sentence, each
  /// with its own year; 9,5%/năm is found; the forest-cover row states no figure in the text
  /// and is always missed. So: targets 5 proposed, 5 matched of 6, years all right; one
  /// observation proposed and matched.
  @Test func countsWorkedOutByHand() throws {
    let evaluation = try LabelledEvaluation.run(
      directory: Self.sample, displayPath: "sample", extractor: ExtractionFixture.extractor())
    let a = try #require(evaluation.files.first { $0.file == "plan-a.txt" })
    #expect(a.targetsExpected == 2 && a.targetsProposed == 2 && a.targetsMatched == 2)
    #expect(a.targetYearsRight == 2 && a.nonTargetsProposed == 0)
    #expect(a.observationsExpected == 1 && a.observationsProposed == 1)
    #expect(a.observationsMatched == 1 && a.observationYearsRight == 1)
    let b = try #require(evaluation.files.first { $0.file == "plan-b.txt" })
    #expect(b.targetsExpected == 4 && b.targetsProposed == 3 && b.targetsMatched == 3)
    #expect(b.targetYearsRight == 3 && b.nonTargetsProposed == 0)
    let overall = evaluation.overall
    #expect(overall.targetPrecision == 1)
    #expect(overall.targetRecall == 5.0 / 6.0)
    #expect(overall.targetYearAccuracy == 1)
    #expect(overall.observationPrecision == 1 && overall.observationRecall == 1)
  }

  /// A candidate whose lines do not contain the labelled line, or whose value differs, does
  /// not match; a row is matched once.
  @Test func matchingNeedsTheLineAndTheValue() throws {
    let candidates = try ExtractionFixture.extractor().extract(
      "Mục tiêu đến năm 2030\nTỷ trọng kinh tế số đạt tối thiểu 25% GRDP.\n", geo: "x")
    try #require(candidates.count == 1)
    func row(_ line: Int, _ value: Double) -> ExpectedFigure {
      ExpectedFigure(
        file: "f", line: line, value: value, valueHigh: nil, comparator: nil,
        year: Horizon(year: 2030), isTarget: true, unit: "", indicatorHint: "", phrase: "",
        note: "", location: Support.SourceLocation(file: "e", line: 2, column: 1))
    }
    #expect(
      LabelledEvaluation.score(candidates, against: [row(2, 25)], file: "f").targetsMatched == 1)
    #expect(
      LabelledEvaluation.score(candidates, against: [row(9, 25)], file: "f").targetsMatched == 0)
    #expect(
      LabelledEvaluation.score(candidates, against: [row(2, 26)], file: "f").targetsMatched == 0)
    let twice = LabelledEvaluation.score(candidates + candidates, against: [row(2, 25)], file: "f")
    #expect(twice.targetsMatched == 1 && twice.targetsProposed == 2)
  }

  @Test func aMalformedExpectedFileIsLocated() throws {
    let dir = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "x 25%\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try """
    file,line,value,value_high,comparator,year,is_target,unit,indicator_hint,phrase,note
    a.txt,0,25,,>=,2030,true,,,,
    a.txt,1,"37,6",,>=,2030,yes,,,,
    b.txt,1,25,,≥,20300,true,,,,
    """.write(to: dir.appendingPathComponent("expected.csv"), atomically: true, encoding: .utf8)
    let error = try #require(throws: CatalogError.self) {
      try LabelledEvaluation.run(
        directory: dir, displayPath: "set", extractor: ExtractionFixture.extractor())
    }
    let messages = error.diagnostics.map(\.description)
    #expect(
      messages == [
        "set/expected.csv:2:7: error: invalid line '0': a line number of the file, from 1",
        "set/expected.csv:3:9: error: invalid number '37,6' in column 'value': write '37.6' (a"
          + " decimal point, not a comma)",
        "set/expected.csv:3:25: error: invalid value 'yes' in column 'is_target'; expected true"
          + " or false",
        "set/expected.csv:4:1: error: no file 'b.txt' beside expected.csv",
        "set/expected.csv:4:13: error: invalid comparator '≥'; expected one of: >=, >, =, <=, <,"
          + " ~, range or empty",
        "set/expected.csv:4:15: error: invalid year '20300': a year (2030), a period (2021-2030)"
          + " or empty",
      ])
  }

  @Test func aMissingColumnIsNamed() throws {
    let dir = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "file,line,value\n".write(
      to: dir.appendingPathComponent("expected.csv"), atomically: true, encoding: .utf8)
    let error = try #require(throws: CatalogError.self) {
      try LabelledEvaluation.run(
        directory: dir, displayPath: "set", extractor: ExtractionFixture.extractor())
    }
    #expect(
      error.diagnostics.first?.description.hasPrefix(
        "set/expected.csv:1:1: error: missing columns 'value_high', 'comparator', 'year',"
          + " 'is_target'") == true)
  }
}
