import Catalog
import Foundation
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

/// Builds a case's dataset: `valid/` copied to `<tmp>/datasets`, the paths in `remove.txt`
/// deleted, then every other file of the case directory copied over it.
private enum BadInputCorpus {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// The case directories of `bad` or `good`, sorted by name.
  static func cases(_ kind: String) -> [String] {
    let directory = fixtures.appendingPathComponent(kind)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { isDirectory(directory.appendingPathComponent($0)) }.sorted()
  }

  /// The lines of `bad/<name>/expected.txt`, blank lines left out.
  static func expectedLines(_ name: String) throws -> [String] {
    let url = fixtures.appendingPathComponent("bad/\(name)/expected.txt")
    return try String(contentsOf: url, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  }

  /// A new temporary directory holding the case's dataset as `datasets/`; the caller removes it.
  static func materialise(_ kind: String, _ name: String) throws -> URL {
    let files = FileManager.default
    let caseDirectory = fixtures.appendingPathComponent("\(kind)/\(name)")
    let root = files.temporaryDirectory.appendingPathComponent("provbench-\(UUID().uuidString)")
    let data = root.appendingPathComponent("datasets")
    try files.createDirectory(at: root, withIntermediateDirectories: true)
    try files.copyItem(at: fixtures.appendingPathComponent("valid"), to: data)

    let removals = caseDirectory.appendingPathComponent("remove.txt")
    if files.fileExists(atPath: removals.path) {
      for path in try String(contentsOf: removals, encoding: .utf8).split(separator: "\n") {
        try files.removeItem(at: data.appendingPathComponent(String(path)))
      }
    }
    for path in try files.subpathsOfDirectory(atPath: caseDirectory.path).sorted()
    where !["expected.txt", "remove.txt"].contains(path) {
      let source = caseDirectory.appendingPathComponent(path)
      let destination = data.appendingPathComponent(path)
      if isDirectory(source) {
        try files.createDirectory(at: destination, withIntermediateDirectories: true)
        continue
      }
      if files.fileExists(atPath: destination.path) { try files.removeItem(at: destination) }
      try files.copyItem(at: source, to: destination)
    }
    return root
  }

  private static func isDirectory(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }
}
