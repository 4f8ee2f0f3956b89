import Foundation
import Support
import TestSupport
import Testing

@testable import Catalog
@testable import Extraction

/// A review sheet read back: decisions, the rows they add, located errors for bad rows.
@Suite struct ReviewDecisionsTests {
  static let header = ReviewSheet.columns.joined(separator: ",") + "\n"

  /// A row in `ReviewSheet.columns` order from the fields given by name.
  static func row(_ fields: [String: String]) -> String {
    var base: [String: String] = [
      "kind": "target", "id": "d-x01", "geo": "lai-chau",
      "indicator": "digital_economy_share_grdp", "unit": "percent_of_grdp", "year": "2030",
      "comparator": ">=", "value": "25", "target_kind": "quantitative", "document": "d",
      "quote": "Tỷ trọng kinh tế số đạt tối thiểu 25% GRDP",
    ]
    base.merge(fields) { _, new in new }
    return ReviewSheet.columns.map { CSVWriter.field(base[$0] ?? "") }.joined(separator: ",")
      + "\n"
  }

  static func read(_ rows: [String]) throws -> ReviewDecisions {
    let dir = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("d-review.csv")
    try (header + rows.joined()).write(to: url, atomically: true, encoding: .utf8)
    return try ReviewDecisions.read(
      url, displayPath: "d-review.csv",
      indicators: ExtractionFixture.catalog.get().catalog.indicators)
  }

  @Test func decisionsSortTheRows() throws {
    let decisions = try Self.read([
      Self.row(["decision": "accept"]),
      Self.row(["decision": "Edit", "id": "d-x02", "value": "30", "unit": ""]),
      Self.row(["decision": "reject", "id": "d-x03", "review_note": "a past result"]),
      Self.row(["id": "d-x04"]),
    ])
    #expect(decisions.accepted.map(\.id) == ["d-x01", "d-x02"])
    #expect(decisions.accepted.map { $0.fields["kind"] } == ["quantitative", "quantitative"])
    // an empty unit is the indicator's
    #expect(decisions.accepted[1].fields["unit"] == "percent_of_grdp")
    #expect(decisions.accepted[1].origin.line == 3)
    #expect(decisions.rejected == [.init(line: 4, id: "d-x03", reviewNote: "a past result")])
    #expect(decisions.undecided.map(\.id) == ["d-x04"])
    #expect(decisions.documents == ["d": "lai-chau"])
  }

  @Test func anObservationGoesToObservationsCSV() throws {
    let decisions = try Self.read([
      Self.row(["decision": "accept", "kind": "observation", "year": "2024", "comparator": "="])
    ])
    let row = try #require(decisions.accepted.first)
    #expect(row.record == .observation)
    #expect(row.fields["source"] == "d" && row.fields["confidence"] == "primary")
  }

  @Test func badRowsAreLocated() throws {
    let error = try #require(throws: CatalogError.self) {
      try Self.read([
        Self.row(["decision": "acept"]),
        Self.row(["decision": "accept", "id": "d-x02", "indicator": "unclassified"]),
        Self.row(["decision": "accept", "id": "d-x03", "value": "37,6", "quote": ""]),
        Self.row(["decision": "accept", "id": "d-x04", "indicator": "digital_economy_shar"]),
        Self.row(["decision": "accept", "id": "d-x05", "unit": "percent", "kind": "targt"]),
        Self.row(["decision": "accept", "id": "d-x06", "unit": "percent"]),
        Self.row(["decision": "accept", "id": "d-x06", "year": "2030-"]),
      ])
    }
    let messages = error.diagnostics.map(\.description)
    #expect(messages.count == 8, "\(messages)")
    #expect(
      messages[0]
        == "d-review.csv:2:1: error: unknown decision 'acept' (did you mean 'accept'?); expected"
        + " accept, edit, reject or an empty cell (not decided yet)")
    #expect(messages[1].hasPrefix("d-review.csv:3:") && messages[1].contains("'unclassified'"))
    #expect(messages.contains { $0.hasPrefix("d-review.csv:4:") && $0.contains("missing 'quote'") })
    #expect(
      messages.contains {
        $0.hasPrefix("d-review.csv:4:") && $0.contains("invalid number '37,6' in column 'value'")
      })
    #expect(
      messages.contains {
        $0.hasPrefix("d-review.csv:5:")
          && $0.contains(
            "unknown indicator 'digital_economy_shar' (did you mean 'digital_economy_share_grdp'?)")
      })
    #expect(messages.contains { $0.hasPrefix("d-review.csv:6:") && $0.contains("'targt'") })
    #expect(
      messages.contains {
        $0.hasPrefix("d-review.csv:7:") && $0.contains("unit 'percent' does not match")
      })
    #expect(messages.contains { $0.hasPrefix("d-review.csv:8:") && $0.contains("invalid year") })
  }

  @Test func aSheetWithoutTheColumnsIsRefused() throws {
    let dir = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("x.csv")
    try "id,geo\n".write(to: url, atomically: true, encoding: .utf8)
    let error = try #require(throws: CatalogError.self) {
      try ReviewDecisions.read(url, displayPath: "x.csv", indicators: [])
    }
    #expect(
      error.diagnostics.first?.description.hasPrefix("x.csv:1:1: error: missing columns") == true)
  }
}
