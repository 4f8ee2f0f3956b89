import Foundation

/// Where the tests find the package, its fixtures and golden files.
public enum Paths {
  /// The package root (two levels above this file).
  public static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Tests/CatalogTests/Fixtures`: the small valid dataset and the bad- and good-input corpus.
  public static let catalogFixtures = packageRoot.appendingPathComponent(
    "Tests/CatalogTests/Fixtures")

  /// `Fuzz/`: the harnesses, their seeds and the crashers they found.
  public static let fuzz = packageRoot.appendingPathComponent("Fuzz")

  /// A new, empty temporary directory; the caller removes it.
  public static func scratch(_ prefix: String = "provbench") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
