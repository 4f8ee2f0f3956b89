import Foundation
import TestSupport
import Testing

/// The labelled extraction sets are hand-made; `check.py` (beside the first set) guards their
/// form: every phrase on its line, values that parse, allowed comparators, NFC text, sources
/// for every passage. A set that drifts from that form would score the extractor on typos.
@Suite struct LabelledSetCheckTests {
  static let fixtures = Paths.packageRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures")
  static let script = fixtures.appendingPathComponent("extraction/check.py")

  /// Runs `check.py` on `folder` the way a labeller does (`python3 check.py FOLDER`).
  static func check(_ folder: URL) throws -> (status: Int32, output: String) {
    let run = try Python.run(
      "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')",
      arguments: [script.path, folder.path])
    return (run.status, String(decoding: run.stdout, as: UTF8.self) + run.stderr)
  }

  @Test(arguments: [
    "extraction", "extraction-holdout", "extraction-third", "extraction-fourth",
    "extraction-fifth", "extraction-sixth", "extraction-seventh", "extraction-eighth",
    "extraction-ninth", "extraction-tenth", "extraction-eleventh", "extraction-twelfth",
    "extraction-thirteenth", "extraction-fourteenth", "extraction-fifteenth",
    "extraction-sixteenth", "extraction-seventeenth", "extraction-eighteenth",
    "extraction-nineteenth", "extraction-twentieth", "extraction-twenty-first",
    "extraction-twenty-second", "extraction-twenty-third", "extraction-twenty-fourth",
    "extraction-twenty-fifth", "extraction-twenty-sixth", "extraction-twenty-seventh",
    "extraction-twenty-eighth", "extraction-twenty-ninth", "extraction-thirtieth",
    "extraction-thirty-first", "extraction-thirty-second", "extraction-thirty-third",
    "extraction-thirty-fourth", "extraction-thirty-fifth", "extraction-thirty-sixth",
    "extraction-thirty-eighth", "extraction-thirty-ninth", "extraction-fortieth",
    "extraction-forty-first", "extraction-forty-third", "extraction-forty-fourth",
    "extraction-forty-fifth", "extraction-forty-sixth", "extraction-forty-seventh",
    "extraction-forty-eighth", "extraction-forty-ninth", "extraction-fiftieth",
  ])
  func labelledSetPassesItsCheck(_ name: String) throws {
    let run = try Self.check(Self.fixtures.appendingPathComponent(name))
    #expect(run.status == 0, "\(name): \(run.output)")
  }

  /// The check is not a formality: a phrase that is not on its line fails it.
  @Test func aPhraseMovedOffItsLineFailsTheCheck() throws {
    let copy = try Paths.scratch("provbench-labelled")
    defer { try? FileManager.default.removeItem(at: copy) }
    let source = Self.fixtures.appendingPathComponent("extraction-holdout")
    for name in try FileManager.default.contentsOfDirectory(atPath: source.path)
    where name.hasSuffix(".txt") || name.hasSuffix(".csv") {
      try FileManager.default.copyItem(
        at: source.appendingPathComponent(name), to: copy.appendingPathComponent(name))
    }
    let expected = copy.appendingPathComponent("expected.csv")
    var lines = try String(contentsOf: expected, encoding: .utf8).components(separatedBy: "\n")
    try #require(lines.count > 2)
    var fields = lines[1].components(separatedBy: ",")
    fields[1] = "999"
    lines[1] = fields.joined(separator: ",")
    try lines.joined(separator: "\n").write(to: expected, atomically: true, encoding: .utf8)
    let run = try Self.check(copy)
    #expect(run.status == 1, "\(run.output)")
    #expect(run.output.contains("999"), "\(run.output)")
  }
}
