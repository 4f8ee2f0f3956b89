import Foundation
import Testing

/// Every case of the bad-input corpus (`Tests/CatalogTests/Fixtures/bad/`) run through the
/// built binary: exit 65, nothing on stdout, each expected diagnostic line on stderr.
@Suite struct BadInputCLITests {
  static let commands = [["catalog", "validate"], ["catalog", "targets"]]

  @Test(arguments: BadInputCorpus.cases(), commands)
  func badCaseFailsWithItsErrors(_ name: String, _ command: [String]) throws {
    let expected = try BadInputCorpus.expectedLines(name)
    try #require(!expected.isEmpty, "\(name)/expected.txt lists no errors")
    let root = try BadInputCorpus.materialise(name)
    defer { try? FileManager.default.removeItem(at: root) }

    let run = try Runner.run(command + ["--data", "datasets"], in: root)
    #expect(run.status == 65)
    #expect(run.stdout == "")
    let printed = Set(run.stderr.split(separator: "\n").map(String.init))
    for line in expected {
      #expect(printed.contains(line), "missing from stderr: \(line)")
    }
  }
}

/// A trimmed copy of the corpus helper in `CatalogTests/BadInputCorpusTests.swift` (test
/// targets cannot share code): `valid/` copied to `<tmp>/datasets`, `remove.txt` applied, the
/// case's other files copied over it.
private enum BadInputCorpus {
  static let fixtures = Runner.packageRoot.appendingPathComponent("Tests/CatalogTests/Fixtures")
  static let bad = fixtures.appendingPathComponent("bad")

  static func cases() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: bad.path)) ?? []
    return names.filter { isDirectory(bad.appendingPathComponent($0)) }.sorted()
  }

  static func expectedLines(_ name: String) throws -> [String] {
    let url = bad.appendingPathComponent("\(name)/expected.txt")
    return try String(contentsOf: url, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  }

  static func materialise(_ name: String) throws -> URL {
    let files = FileManager.default
    let caseDirectory = bad.appendingPathComponent(name)
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
