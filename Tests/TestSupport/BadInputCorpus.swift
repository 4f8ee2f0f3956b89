import Foundation

/// Builds a case's dataset: `valid/` copied to `<tmp>/datasets`, the paths in `remove.txt`
/// deleted, then every other file of the case directory copied over it.
public enum BadInputCorpus {
  /// `Tests/CatalogTests/Fixtures`.
  public static let fixtures = Paths.catalogFixtures

  /// The case directories of `bad` or `good`, sorted by name.
  public static func cases(_ kind: String) -> [String] {
    let directory = fixtures.appendingPathComponent(kind)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { isDirectory(directory.appendingPathComponent($0)) }.sorted()
  }

  /// The lines of `bad/<name>/expected.txt`, blank lines left out.
  public static func expectedLines(_ name: String) throws -> [String] {
    let url = fixtures.appendingPathComponent("bad/\(name)/expected.txt")
    return try String(contentsOf: url, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  }

  /// A new temporary directory holding the case's dataset as `datasets/`; the caller removes it.
  public static func materialise(_ kind: String, _ name: String) throws -> URL {
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
