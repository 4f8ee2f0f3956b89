import Foundation
import TestSupport
import Testing

@testable import Composite

/// COINr 1.1.14's ASEM example (inputs and every step's output) and helpers to compare with it.
///
/// The files live in `Fixtures/coinr-asem/` next to this file, copied from the peer directory
/// `shared/peer/coinr-asem/` beside the repository; the copy is used when present, the peer
/// directory otherwise, and a test fails with both paths when neither has them.
enum ReferenceFixtures {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/coinr-asem")
  static let peer = Paths.packageRoot.appendingPathComponent("../shared/peer/coinr-asem")
    .standardizedFileURL

  struct Missing: Error, CustomStringConvertible {
    var description: String {
      "COINr ASEM reference files not found: looked for idata.csv in \(fixtures.path) "
        + "and in \(peer.path)"
    }
  }

  /// The directory holding the reference files.
  static func directory() throws -> URL {
    for candidate in [fixtures, peer]
    where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("idata.csv").path)
    {
      return candidate
    }
    throw Missing()
  }

  /// A reference CSV written by R's `write.csv` (no quoted commas): header and rows.
  static func csv(_ name: String) throws -> (header: [String], rows: [[String]]) {
    let url = try directory().appendingPathComponent(name)
    let text = try String(contentsOf: url, encoding: .utf8)
    let lines = text.split(whereSeparator: \.isNewline).map(String.init)
    func fields(_ line: String) -> [String] {
      line.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
      }
    }
    return (fields(lines[0]), lines.dropFirst().map(fields))
  }

  /// A reference data set as a table; rows are units in sorted `uCode` order (COINr's order).
  static func table(_ name: String, unitCodes: [String]) throws -> CompositeTable {
    let (header, rows) = try csv(name)
    let sortedCodes = unitCodes.sorted()
    #expect(rows.count == sortedCodes.count, "\(name) has one row per unit")
    var values = [Double](repeating: .nan, count: header.count * rows.count)
    for (row, fields) in rows.enumerated() {
      for (column, field) in fields.enumerated() {
        values[column * rows.count + row] = field == "NA" ? .nan : Double(field) ?? .nan
      }
    }
    return CompositeTable(unitCodes: sortedCodes, columnCodes: header, values: values)
  }

  /// The ASEM input, loaded once.
  static let asem: Result<CompositeInput, any Error> = Result {
    try CompositeLoader.load(directory: try directory())
  }

  /// The ASEM build with COINr's example settings, run once.
  static let asemResult: Result<CompositeResult, any Error> = Result {
    let input = try asem.get()
    return try CompositePipeline.run(input.data, framework: input.framework, spec: .coinrASEM)
  }

  /// Every cell of `expected` compared with the same unit and column of `actual`.
  /// - Returns: the largest relative error over cells with `|expected| > 1e-9`, and a
  ///   description of each cell that is not `isClose`.
  static func compare(_ actual: CompositeTable, _ expected: CompositeTable) -> (
    maxRelative: Double, mismatches: [String]
  ) {
    var worst = 0.0
    var mismatches: [String] = []
    for column in expected.columnCodes {
      for unit in expected.unitCodes {
        guard let want = expected.value(unit: unit, column: column),
          let got = actual.value(unit: unit, column: column)
        else {
          mismatches.append("\(unit)/\(column): missing")
          continue
        }
        if !isClose(got, want) { mismatches.append("\(unit)/\(column): \(got) vs \(want)") }
        if !want.isNaN, !got.isNaN, abs(want) > 1e-9 {
          worst = max(worst, abs(got - want) / abs(want))
        }
      }
    }
    return (worst, mismatches)
  }
}

/// `|actual − expected| ≤ 1e-6 |expected|`, or ≤ 1e-9 absolute near zero.
func isClose(_ actual: Double, _ expected: Double, relative: Double = 1e-6, absolute: Double = 1e-9)
  -> Bool
{
  if actual.isNaN || expected.isNaN { return actual.isNaN && expected.isNaN }
  return abs(actual - expected) <= max(relative * abs(expected), absolute)
}

/// Element-wise `isClose` of two sequences of the same length.
func allClose(_ actual: some Collection<Double>, _ expected: [Double], relative: Double = 1e-6)
  -> Bool
{
  actual.count == expected.count
    && zip(actual, expected).allSatisfy { isClose($0, $1, relative: relative) }
}
