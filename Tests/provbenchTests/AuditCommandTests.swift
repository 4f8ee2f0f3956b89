import Foundation
import TestSupport
import Testing

/// `provbench audit` on COINr's ASEM example: every format, both languages.
@Suite struct AuditCommandTests {
  static let spec = ["audit", "--spec", "datasets/composite/asem.json"]

  @Test func tableShowsEachSectionWithCOINrsNumbers() throws {
    let run = try Runner.run(Self.spec)
    #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr.prefix(300))")
    for title in [
      "indicator statistics", "reliability per group", "PCA weights", "correlation with parent",
      "flagged pairs", "strong denominator correlations", "equal-influence weights",
    ] {
      #expect(run.stdout.contains(title), "no section '\(title)'")
    }
    // get_cronbach(coin, "Aggregated", "P2P", 1) = 0.8501684; get_opt_weights Level 3
    #expect(run.stdout.contains("P2P        2      0.85 "))
    #expect(run.stdout.contains("Sust       0.61 "))
  }

  @Test func vietnameseTableAndMarkdown() throws {
    let table = try Runner.run(Self.spec + ["--lang", "vi"])
    #expect(table.status == 0)
    #expect(table.stdout.contains("độ tin cậy theo nhóm") && table.stdout.contains("0,85 "))
    let md = try Runner.run(Self.spec + ["--lang", "vi", "--format", "md"])
    #expect(md.stdout.contains("## trọng số ảnh hưởng đều") && md.stdout.contains("| --- |"))
    let bad = try Runner.run(Self.spec + ["--lang", "xx"])
    #expect(bad.status == 64)
  }

  @Test func machineFormatsAreTheSameInBothLanguagesAndCarryTheMatrices() throws {
    for format in ["csv", "json"] {
      let en = try Runner.run(Self.spec + ["--format", format])
      let vi = try Runner.run(Self.spec + ["--format", format, "--lang", "vi"])
      #expect(en.status == 0 && en.stdout == vi.stdout, "\(format)")
    }
    let csv = try Runner.run(Self.spec + ["--format", "csv"])
    // 60 nodes × 60 nodes × 2 methods
    let matrix = csv.stdout.split(separator: "\n").filter { $0.hasPrefix("correlation,") }
    #expect(matrix.count == 7200)
    #expect(csv.stdout.contains("optimised_weight,3,,Sust,,,weight,0.609756097561\n"))
  }

  @Test func aSpecWithoutAFileIsAUsageError() throws {
    let run = try Runner.run(["audit"])
    #expect(run.status == 64 && run.stderr.hasPrefix("error: missing option '--spec'"))
  }
}
