import Foundation
import Support
import Testing

@testable import Composite

/// COINr 1.1.14's analysis functions on its ASEM example (`Fixtures/coinr-asem-audit/`, made
/// by `Benchmarks/coinr-audit-reference.R`), read as records keyed by column name.
enum AuditFixtures {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/coinr-asem-audit")

  /// COINr's `ASEM_iData` and `ASEM_iMeta` at 17 digits (the copies in `../coinr-asem/` have
  /// R's 15, which merges a few near-equal values into ties and so moves Spearman's ranks).
  static let asem: Result<CompositeInput, any Error> = Result {
    try CompositeLoader.load(directory: directory)
  }

  /// The audit of the ASEM build with COINr's example settings, run once.
  static let audit: Result<CompositeAudit, any Error> = Result {
    try CompositeAudit.run(try asem.get(), spec: .coinrASEM)
  }

  /// One row of a fixture: field by column name.
  struct Row {
    var fields: [String: String]

    /// The text of `column` (empty if the column is absent).
    subscript(_ column: String) -> String { fields[column] ?? "" }

    /// The number in `column`; nil for R's `NA` or an absent column.
    func number(_ column: String) -> Double? {
      guard let text = fields[column], text != "NA" else { return nil }
      return Double(text)
    }
  }

  /// The rows of `name` in `folder` (R's `write.csv`: quoted fields, no commas inside them).
  static func rows(_ name: String, in folder: URL = directory) throws -> [Row] {
    let text = try String(
      contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    let lines = text.split(whereSeparator: \.isNewline).map(String.init)
    func fields(_ line: String) -> [String] {
      line.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
      }
    }
    guard let first = lines.first else { return [] }
    let header = fields(first)
    return lines.dropFirst().map { Row(fields: Dictionary(zip(header, fields($0))) { a, _ in a }) }
  }

  /// The rows of `name` read as RFC 4180 CSV, for fixtures whose names hold commas.
  static func quotedRows(_ name: String) throws -> [Row] {
    let table = try CSVReader.read(
      contentsOf: directory.appendingPathComponent(name), displayPath: name)
    return table.records.map {
      Row(fields: Dictionary(zip(table.header, $0.fields)) { a, _ in a })
    }
  }

  /// A wide correlation matrix (`Code` column, then one column per code): value by pair.
  static func matrix(_ name: String) throws -> [String: [String: Double?]] {
    var result: [String: [String: Double?]] = [:]
    for row in try rows(name) {
      var line: [String: Double?] = [:]
      for (column, _) in row.fields where column != "Code" { line[column] = row.number(column) }
      result[row["Code"]] = line
    }
    return result
  }
}

/// `|actual − expected| ≤ tolerance`, both nil counting as equal.
func agree(_ actual: Double?, _ expected: Double?, within tolerance: Double = 1e-9) -> Bool {
  switch (actual, expected) {
  case (nil, nil): return true
  case (let a?, let e?): return abs(a - e) <= tolerance
  default: return false
  }
}
