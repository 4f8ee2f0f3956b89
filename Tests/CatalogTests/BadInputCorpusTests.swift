import Catalog
import Foundation
import TestSupport
import Testing

/// The bad-input corpus under `Fixtures/bad/`: each case changes one thing in a copy of
/// `Fixtures/valid/` and `expected.txt` lists exactly the errors it must produce. Cases under
/// `Fixtures/good/` use the same overlay scheme and must load cleanly.
@Suite struct BadInputCorpusTests {
  @Test func corpusHasAtLeastThirtyCases() {
    #expect(BadInputCorpus.cases("bad").count >= 30)
  }

  @Test func validFixtureLoadsWithoutWarnings() throws {
    let valid = BadInputCorpus.fixtures.appendingPathComponent("valid")
    let loaded = try CatalogLoader.load(from: valid, displayPath: "datasets")
    #expect(loaded.warnings.map(\.description) == [])
  }

  @Test(arguments: BadInputCorpus.cases("bad"))
  func badCaseReportsExactlyItsErrors(_ name: String) throws {
    let expected = try BadInputCorpus.expectedLines(name)
    try #require(!expected.isEmpty, "\(name)/expected.txt lists no errors")
    let root = try BadInputCorpus.materialise("bad", name)
    defer { try? FileManager.default.removeItem(at: root) }

    let error = try #require(throws: CatalogError.self) {
      try CatalogLoader.load(from: root.appendingPathComponent("datasets"), displayPath: "datasets")
    }
    guard case .invalidData(let diagnostics) = error else {
      Issue.record("expected invalid data, got: \(error)")
      return
    }
    let errors = diagnostics.filter { $0.severity == .error }.map(\.description)
    #expect(Set(errors) == Set(expected))
  }

  @Test(arguments: BadInputCorpus.cases("good"))
  func goodCaseLoadsWithoutErrors(_ name: String) throws {
    let root = try BadInputCorpus.materialise("good", name)
    defer { try? FileManager.default.removeItem(at: root) }
    let loaded = try CatalogLoader.load(
      from: root.appendingPathComponent("datasets"), displayPath: "datasets")
    #expect(loaded.warnings.map(\.description) == [])
  }
}
