import Foundation
import Testing

/// Golden files: `Golden/<name>` holds the expected output. A missing file, or
/// `RECORD_GOLDEN=1`, writes the actual output and fails, so every change is reviewed.
public enum Golden {
  /// `Tests/provbenchTests/Golden`.
  public static let directory = Paths.packageRoot.appendingPathComponent(
    "Tests/provbenchTests/Golden")

  /// Checks `actual` against `Golden/<name>`.

  public static func check(
    _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = directory.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record(
        "golden file \(name) written; review it and run again", sourceLocation: sourceLocation)
      return
    }
    #expect(
      actual == expected, "output differs from Golden/\(name)", sourceLocation: sourceLocation)
  }
}
