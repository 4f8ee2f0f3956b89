import Foundation
import TestSupport
import Testing

/// `provbench sensitivity` on COINr's ASEM example and on the province ambition index.
@Suite struct SensitivityCommandTests {
  static let asem = ["sensitivity", "--spec", "datasets/composite/asem.json", "--runs", "200"]

  @Test func theSameForAnyJobsAndSeedDependent() throws {
    let one = try Runner.run(Self.asem + ["--jobs", "1", "--format", "json"])
    let two = try Runner.run(Self.asem + ["--jobs", "2", "--format", "json"])
    #expect(one.status == 0 && one.stderr.isEmpty, "\(one.stderr.prefix(300))")
    #expect(one.stdout == two.stdout)
    let other = try Runner.run(Self.asem + ["--seed", "2", "--format", "json"])
    #expect(other.stdout != one.stdout)
    #expect(one.stdout.contains("\"evaluations\": 1200"))
  }

  @Test func tableNamesEachInputInBothLanguages() throws {
    let en = try Runner.run(Self.asem)
    #expect(en.status == 0)
    for input in ["winsorisation", "normalisation", "weights", "aggregation"] {
      #expect(en.stdout.contains("\n" + input + " "), "no row for \(input)")
    }
    let vi = try Runner.run(Self.asem + ["--lang", "vi"])
    #expect(vi.stdout.contains("chỉ số bậc một") && vi.stdout.contains("lần dựng"))
    let md = try Runner.run(Self.asem + ["--format", "md"])
    #expect(md.stdout.contains("| input | first order |"))
  }

  /// The ambition index's three provinces never change places: no index, and the listing
  /// says why instead of printing NaN.
  @Test func ranksThatNeverMoveGiveNoIndicesAndSaySo() throws {
    let run = try Runner.run([
      "sensitivity", "--spec", "datasets/composite/nmm-targets-2030.json", "--runs", "50",
    ])
    #expect(run.status == 0 && !run.stdout.contains("nan"))
    #expect(run.stdout.contains("no indices: the ranks do not change"))
  }

  @Test func badOptionsAreUsageErrors() throws {
    let runs = try Runner.run([
      "sensitivity", "--spec", "datasets/composite/asem.json", "--runs", "1",
    ])
    #expect(runs.status == 64 && runs.stderr.hasPrefix("error: '--runs' must be between 2"))
    let boot = try Runner.run(Self.asem + ["--bootstrap", "-1"])
    #expect(boot.status == 64)
  }
}
