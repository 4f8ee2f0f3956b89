import Foundation
import TestSupport
import Testing

/// The shared CLI runner reads stdout and stderr at once: a run that writes far more to
/// stderr than a pipe holds (64 KiB) finishes instead of blocking both sides.
@Suite struct RunnerTests {
  @Test(.timeLimit(.minutes(1)))
  func aRunWithMuchOnStderrFinishes() throws {
    let root = try Paths.scratch()
    defer { try? FileManager.default.removeItem(at: root) }
    let data = root.appendingPathComponent("datasets")
    try FileManager.default.copyItem(
      at: Paths.catalogFixtures.appendingPathComponent("valid"), to: data)
    let targets = data.appendingPathComponent("targets.csv")
    var text = try String(contentsOf: targets, encoding: .utf8)
    // 3,000 rows, each with a value that is not a number: one located error per row
    for row in 1...3_000 {
      text +=
        "bad\(row),alpha,digital_economy_share_grdp,percent_of_grdp,2030,>=,x\(row)"
        + ",,quantitative,doc-a,1,q,q,\n"
    }
    try Data(text.utf8).write(to: targets)
    let run = try Runner.run(["catalog", "validate", "--data", data.path])
    #expect(run.status == 65)
    #expect(run.stderr.utf8.count > 200_000, "\(run.stderr.utf8.count) bytes on stderr")
    #expect(run.stderr.split(separator: "\n").count > 3_000)
  }
}
