import Foundation
import TestSupport
import Testing

/// Same inputs, same bytes: every command that prints results, run twice on a synthetic
/// dataset large enough for the multi-core paths (gaps and the composite compute their
/// regional statistics in parallel), and `synth` itself run twice with one seed.
@Suite struct DeterminismTests {
  static let commands: [[String]] = [
    ["catalog", "validate"],
    ["catalog", "targets", "--geo", "p00003", "--format", "json"],
    ["catalog", "conflicts"],
    ["align", "--indicator", "i0002", "--format", "csv"],
    ["compare", "p00001", "p00002", "--format", "json"],
    ["gaps", "p00001", "--format", "json"],
    ["gaps", "p00002", "--format", "md"],
    ["rank", "--indicator", "i0003"],
    ["index", "--spec", "composite/spec.json", "--format", "csv"],
    ["draft", "p00004", "--format", "csv"],
  ]

  static func synthesize(_ seed: Int) throws -> URL {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("provbench-determinism-\(UUID().uuidString)")
    let run = try Runner.run([
      "synth", "--units", "60", "--indicators", "24", "--seed", "\(seed)", "--out", dir.path,
    ])
    try #require(run.status == 0, "\(run.stderr)")
    return dir
  }

  @Test(arguments: commands)
  func commandPrintsTheSameBytesTwice(_ command: [String]) throws {
    let dir = try Self.synthesize(7)
    defer { try? FileManager.default.removeItem(at: dir) }
    let arguments = command.map { $0 == "composite/spec.json" ? dir.path + "/" + $0 : $0 }
    let first = try Runner.run(arguments + ["--data", dir.path])
    let second = try Runner.run(arguments + ["--data", dir.path])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(!first.stdout.isEmpty)
    #expect(first.stdout == second.stdout)
    #expect(first.stderr == second.stderr)
  }

  @Test func synthWritesTheSameFilesForTheSameSeed() throws {
    let a = try Self.synthesize(3)
    let b = try Self.synthesize(3)
    let c = try Self.synthesize(4)
    defer { for dir in [a, b, c] { try? FileManager.default.removeItem(at: dir) } }
    let files = try Self.files(a)
    #expect(files.count > 10)
    #expect(files == (try Self.files(b)))
    #expect(files != (try Self.files(c)), "another seed gives another dataset")
  }

  /// Every regular file under `root`, by relative path, with its bytes.
  static func files(_ root: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let walker = FileManager.default.enumerator(atPath: root.path)
    while let path = walker?.nextObject() as? String {
      let url = root.appendingPathComponent(path)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        result[path] = try Data(contentsOf: url)
      }
    }
    return result
  }
}
