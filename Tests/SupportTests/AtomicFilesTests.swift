import Foundation
import Testing

@testable import Support

/// Several files written all together or not at all.
@Suite struct AtomicFilesTests {
  func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "provbench-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func writesAndReplaces() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let a = dir.appendingPathComponent("a.txt")
    let b = dir.appendingPathComponent("sub/b.txt")
    try Data("old".utf8).write(to: a)
    try AtomicFiles.write([(a, Array("new a".utf8)), (b, Array("new b".utf8))])
    #expect(try String(contentsOf: a, encoding: .utf8) == "new a")
    #expect(try String(contentsOf: b, encoding: .utf8) == "new b")
    // no temporary or aside file is left beside them
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a.txt", "sub"])
  }

  /// The second file cannot be written (its directory is a file): the first is not changed.
  @Test func aFailureChangesNothing() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let a = dir.appendingPathComponent("a.txt")
    try Data("old".utf8).write(to: a)
    let blocker = dir.appendingPathComponent("blocker")
    try Data().write(to: blocker)
    let b = blocker.appendingPathComponent("b.txt")
    let failure = try #require(throws: AtomicFiles.Failure.self) {
      try AtomicFiles.write([(a, Array("new".utf8)), (b, Array("x".utf8))])
    }
    #expect(failure.path == b.path)
    #expect(try String(contentsOf: a, encoding: .utf8) == "old")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [
        "a.txt", "blocker",
      ])
  }
}
