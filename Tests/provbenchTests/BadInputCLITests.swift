import Foundation
import TestSupport
import Testing

/// Every case of the bad-input corpus (`Tests/CatalogTests/Fixtures/bad/`) run through the
/// built binary: exit 65, nothing on stdout, each expected diagnostic line on stderr.
@Suite struct BadInputCLITests {
  static let commands = [["catalog", "validate"], ["catalog", "targets"]]

  @Test(arguments: BadInputCorpus.cases("bad"), commands)
  func badCaseFailsWithItsErrors(_ name: String, _ command: [String]) throws {
    let expected = try BadInputCorpus.expectedLines(name)
    try #require(!expected.isEmpty, "\(name)/expected.txt lists no errors")
    let root = try BadInputCorpus.materialise("bad", name)
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
