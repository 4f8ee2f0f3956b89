import Foundation
import TestSupport
import Testing

/// `draft`, its dataset export and the what-if runs of compare and gaps.
@Suite struct DraftCommandTests {
  @Test func laiChauRegionalMeanProposesDigitalEconomyAndResearchers() throws {
    let run = try Runner.run(["draft", "lai-chau", "--rule", "regional-mean", "--lang", "en"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let digital = lines.first { $0.hasPrefix("digital_economy_share_grdp ") }
    #expect(digital?.contains("regional-mean") == true)
    #expect(
      digital?.contains("≥ 24.31 ") == true,
      """
      the mean of the eight provinces' midpoints, Hòa Bình's and Lạng Sơn's preferred targets \
      (~ 30 each) among their disagreeing ones: 194.5 / 8 = 24.3125
      """)
    let researchers = lines.first { $0.hasPrefix("researchers_per_10k ") }
    #expect(researchers?.contains("≥ 12.5") == true)
    #expect(
      run.stdout.contains("digital_economy_share_grdp: lc57-06, ext-t-066, ext-t-081, ext-t-005"))
    // the nation's place among countries is no province's target to draft
    #expect(!run.stdout.contains("gii_rank_world") && !run.stdout.contains("ai_rnd_rank_sea"))
    Golden.check(run.stdout, "draft-lai-chau-regional-mean.txt")
  }

  @Test func draftExportLoadsBackAsAValidDataset() throws {
    let dir = try Paths.scratch("provbench-draft")
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("lai-chau-draft")
    let run = try Runner.run([
      "draft", "lai-chau", "--rule", "regional-mean,national", "--combine", "max", "--out",
      out.path, "--format", "csv",
    ])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("id,geo,indicator,unit,year,comparator,value"))
    let validate = try Runner.run(["catalog", "validate", "--data", out.path])
    #expect(validate.status == 0, "\(validate.stderr)")
    let again = try Runner.run(["draft", "lai-chau", "--out", out.path])
    #expect(again.status == 1 && again.stderr.contains("it exists; choose a new directory"))
    let whatIf = try Runner.run(["gaps", "lai-chau", "--year", "2030", "--with", out.path])
    #expect(whatIf.status == 0)
    #expect(whatIf.stdout.hasPrefix("What changes\n"))
    #expect(whatIf.stdout.contains("== After (with \(out.path)) =="))
    let change = whatIf.stdout.split(separator: "\n").first {
      $0.hasPrefix("digital_economy_share_grdp")
    }
    #expect(
      change?.contains("~ 9–10 → ≥ 30") == true, "max of the regional mean and the national 30%")
    let compare = try Runner.run([
      "compare", "thai-nguyen", "lai-chau", "--with", out.path, "--format", "json",
    ])
    #expect(
      compare.status == 0
        && compare.stdout.hasPrefix("{\n\"schema\": \"provbench.whatif/1\",\n\"before\": {"))
  }

  @Test func whatIfWithACSVFileOfTargets() throws {
    let dir = try Paths.scratch("provbench-draft")
    defer { try? FileManager.default.removeItem(at: dir) }
    let csv = """
      id,geo,indicator,unit,year,comparator,value,value_high,kind,document,section,quote,label,note
      w1,lai-chau,digital_economy_share_grdp,percent_of_grdp,2030,>=,25,,quantitative,lc-ctr-57,II.2,Ty trong kinh té s6 dat khoang 9-10% GRDP,thử,what-if
      """
    try csv.write(to: dir.appendingPathComponent("w.csv"), atomically: true, encoding: .utf8)
    let run = try Runner.run(
      ["gaps", "lai-chau", "--year", "2030", "--with", dir.appendingPathComponent("w.csv").path],
      environment: [:])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("~ 9–10 → ≥ 25"))
    let bad = csv.replacingOccurrences(of: ">=,25", with: ">=,25%")
    try bad.write(to: dir.appendingPathComponent("w.csv"), atomically: true, encoding: .utf8)
    let failed = try Runner.run([
      "gaps", "lai-chau", "--with", dir.appendingPathComponent("w.csv").path,
    ])
    #expect(failed.status == 65 && failed.stdout.isEmpty)
    #expect(failed.stderr.contains("w.csv:2:64: error: invalid number '25%'"))
  }

  /// `draft --format csv` rows are a what-if file as they are: `compare` and `gaps --with`
  /// accept them, and the draft's "with the draft in the mean" gap is the gap `gaps --with`
  /// shows after.
  @Test func draftRowsAreAWhatIfFileAndTheGapsAgree() throws {
    let dir = try Paths.scratch("provbench-draft")
    defer { try? FileManager.default.removeItem(at: dir) }
    let draft = try Runner.run(["draft", "lai-chau", "--format", "csv"])
    #expect(draft.status == 0)
    let file = dir.appendingPathComponent("d.csv")
    try draft.stdout.write(to: file, atomically: true, encoding: .utf8)
    let compare = try Runner.run(["compare", "thai-nguyen", "lai-chau", "--with", file.path])
    #expect(compare.status == 0, "\(compare.stderr.prefix(300))")
    #expect(compare.stdout.contains("== After (with \(file.path)) =="))
    let gaps = try Runner.run(["gaps", "lai-chau", "--year", "2030", "--with", file.path])
    #expect(gaps.status == 0, "\(gaps.stderr.prefix(300))")
    let change = gaps.stdout.split(separator: "\n").first {
      $0.hasPrefix("digital_economy_share_grdp ")
    }
    // before: ~ 9–10 against the mean 24.25–24.38; after: 24.31 against the new mean 26.16
    #expect(change?.contains("~ 9–10 → ≥ 24.31") == true, "\(change ?? "")")
    #expect(change?.contains("-15.38 to -14.25 → -1.85") == true, "\(change ?? "")")
    let table = try Runner.run(["draft", "lai-chau", "--lang", "en"])
    let row = table.stdout.split(separator: "\n").first {
      $0.hasPrefix("digital_economy_share_grdp ")
    }
    #expect(row?.contains("-15.38 to -14.25 → -0.07 to 0.06  -1.85") == true, "\(row ?? "")")
  }

  /// A proposal keeps the strictness and the precision of the target its figure comes from.
  @Test func strictnessAndPrecisionAreKept() throws {
    let run = try Runner.run(["draft", "lai-chau", "--rule", "national", "--lang", "en"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    // the national TFP target is "trên 55%": > 55, not ≥ 55
    let tfp = lines.first { $0.hasPrefix("tfp_contribution ") }
    #expect(tfp?.contains("> 55 ") == true, "\(tfp ?? "")")
    // Lai Châu's HDI target > 0.623 is kept as it is, not rounded to 0.62 and flagged
    let hdi = lines.first { $0.hasPrefix("hdi ") }
    #expect(hdi?.contains("> 0.623         > 0.623") == true, "\(hdi ?? "")")
    #expect(!run.stdout.contains("0.62,"), "no figure cut to two decimals")
  }

  @Test func unknownRuleIsAUsageError() throws {
    let run = try Runner.run(["draft", "lai-chau", "--rule", "mean"])
    #expect(run.status == 64 && run.stderr.hasPrefix("error: unknown rule 'mean'"))
  }

  @Test(arguments: ["md", "html"])
  func draftPageInVietnamese(_ format: String) throws {
    let run = try Runner.run(["draft", "lai-chau", "--format", format])
    #expect(run.status == 0)
    #expect(
      run.stdout.contains("đề xuất ≥ 24,31 % GRDP đến năm 2030 (quy tắc đạt trung bình vùng)"))
  }
}
