import Foundation
import Support
import TestSupport
import Testing

@testable import Catalog

/// Reviewed rows appended to a dataset: validated first, written all at once, never twice.
@Suite struct CatalogAdditionTests {
  static let source = "KE HOACH 2\n1. Muc tieu den nam 2030\n- Ty le che phu rung dat 62%.\n"

  /// A copy of the valid fixture with `sources/doc-b.txt`.
  static func dataset() throws -> (scratch: URL, data: URL) {
    let scratch = try Paths.scratch("provbench-addition")
    let data = scratch.appendingPathComponent("data")
    try FileManager.default.copyItem(
      at: Paths.catalogFixtures.appendingPathComponent("valid"), to: data)
    try source.write(
      to: data.appendingPathComponent("sources/doc-b.txt"), atomically: true, encoding: .utf8)
    return (scratch, data)
  }

  static let document: [String: String] = [
    "id": "doc-b", "geo": "alpha", "issuer": "", "number": "", "date": "", "kind": "plan",
    "title": "KE HOACH 2", "implements": "", "file": "doc-b.txt", "url": "", "language": "vi",
    "confidence": "primary", "note": "", "sha256": SHA256.hex(Array(source.utf8)),
  ]

  static func target(_ id: String, quote: String = "Ty le che phu rung dat 62%")
    -> CatalogAddition.Row
  {
    CatalogAddition.Row(
      record: .target,
      fields: [
        "id": id, "geo": "alpha", "indicator": "digital_economy_share_grdp",
        "unit": "percent_of_grdp", "year": "2030", "comparator": "=", "value": "62",
        "kind": "quantitative", "document": "doc-b", "section": "1. Muc tieu den nam 2030",
        "quote": quote,
        "label": "Tỷ lệ", "note": "",
      ],
      origin: SourceLocation(file: "sheet.csv", line: 2, column: 1))
  }

  @Test func rowsAndTheirDocumentAreAppended() throws {
    let (scratch, data) = try Self.dataset()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let documentsBefore = try String(
      contentsOf: data.appendingPathComponent("documents.csv"), encoding: .utf8)
    let outcome = try CatalogAddition.add(
      [Self.target("b1")], documents: [Self.document], to: data, displayPath: "data")
    #expect(outcome.added.map(\.id) == ["b1"] && outcome.addedDocuments == ["doc-b"])
    let documents = try String(
      contentsOf: data.appendingPathComponent("documents.csv"), encoding: .utf8)
    // the column is added at the end of each line; nothing else of the old lines changes
    let widened = documentsBefore.split(separator: "\n").enumerated().map { index, line in
      line + (index == 0 ? ",sha256" : ",")
    }.joined(separator: "\n")
    #expect(documents.hasPrefix(widened + "\n"))
    #expect(documents.hasSuffix(",\(Self.document["sha256"] ?? "")\n"))
    let loaded = try CatalogLoader.load(from: data, displayPath: "data")
    #expect(loaded.catalog.document(id: "doc-b")?.sha256 == Self.document["sha256"])
    #expect(loaded.catalog.targets.contains { $0.id == "b1" })
    // the same row again, by id and by content
    let again = try CatalogAddition.add(
      [Self.target("b1"), Self.target("b2")], documents: [Self.document], to: data,
      displayPath: "data")
    #expect(again.added.isEmpty && again.addedDocuments.isEmpty)
    #expect(again.duplicates.map(\.row.id) == ["b1", "b2"])
  }

  @Test func aRowThatWouldNotValidateChangesNothing() throws {
    let (scratch, data) = try Self.dataset()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let before = try FileManager.default.contentsOfDirectory(atPath: data.path).sorted().map {
      FileManager.default.contents(atPath: data.appendingPathComponent($0).path)
    }
    let error = try #require(throws: CatalogError.self) {
      try CatalogAddition.add(
        [Self.target("b1", quote: "words the source does not hold 62%")],
        documents: [Self.document], to: data, displayPath: "data")
    }
    #expect(error.diagnostics.contains { $0.location.file == "data/targets.csv" })
    let after = try FileManager.default.contentsOfDirectory(atPath: data.path).sorted().map {
      FileManager.default.contents(atPath: data.appendingPathComponent($0).path)
    }
    #expect(before == after)
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["data"])
  }

  @Test func aWrongDigestIsReportedAtItsCell() throws {
    let (scratch, data) = try Self.dataset()
    defer { try? FileManager.default.removeItem(at: scratch) }
    var document = Self.document
    document["sha256"] = String(repeating: "0", count: 64)
    let error = try #require(throws: CatalogError.self) {
      try CatalogAddition.add(
        [Self.target("b1")], documents: [document], to: data, displayPath: "data")
    }
    let message = try #require(error.diagnostics.first { $0.message.contains("SHA-256") })
    #expect(message.location.file == "data/documents.csv" && message.location.line == 4)
    #expect(message.message.hasPrefix("source file 'data/sources/doc-b.txt' has SHA-256 "))
  }
}
