import Foundation
import TestSupport
import Testing

/// End-to-end runs of align, compare, catalog conflicts, gaps and rank on the bundled data.
@Suite struct AlignmentCommandTests {
  @Test func compareThaiNguyenWithLaiChauShowsTheIssueRows() throws {
    let run = try Runner.run(["compare", "thai-nguyen", "lai-chau"])
    #expect(run.status == 0 && run.stderr.isEmpty)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    func row(_ indicator: String, _ year: String) -> String? {
      lines.first { $0.hasPrefix(indicator + " ") && $0.contains("  \(year)  ") }
    }
    #expect(row("digital_economy_share_grdp", "2030")?.contains("≥ 40 (tn62-06)") == true)
    #expect(row("digital_economy_share_grdp", "2030")?.contains("~ 9–10 (lc57-06)") == true)
    #expect(row("digital_economy_share_grdp", "2030")?.contains("30 to 31") == true)
    #expect(row("digital_economy_share_grdp", "2045")?.contains("≥ 50") == true)
    #expect(row("researchers_per_10k", "2030")?.contains("= 15") == true)
    #expect(row("tfp_contribution", "2030")?.contains("comparable with caveat") == true)
    #expect(row("online_public_service_usage", "2030")?.contains("> 80") == true)
    #expect(row("hdi", "2030")?.contains("> 0.623") == true)
    #expect(row("coverage_5g", "2030") != nil)
    #expect(row("innovative_enterprise_share", "2030") != nil)
    #expect(run.stdout.contains("tn62-11   rd_spending_share_grdp"))
    #expect(run.stdout.contains("different denominator: grdp vs local budget expenditure"))
    Golden.check(run.stdout, "compare-thai-nguyen-lai-chau.txt")
  }

  @Test(arguments: ["md", "csv", "json"])
  func compareFormats(_ format: String) throws {
    let run = try Runner.run(["compare", "Thái Nguyên", "lai chau", "--format", format])
    #expect(run.status == 0)
    Golden.check(run.stdout, "compare-thai-nguyen-lai-chau.\(format)")
  }

  @Test func conflictsReportLaiChausBudgetShares() throws {
    let run = try Runner.run(["catalog", "conflicts", "--geo", "lai-chau"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("lai-chau  2030  overlapping scope  lc57-12"))
    #expect(run.stdout.contains("lai-chau  2030  overlapping scope  lc569-03"))
    #expect(run.stdout.contains("lai-chau  2030  different figures  lc569-07"))
    Golden.check(run.stdout, "conflicts-lai-chau.txt")
  }

  @Test(arguments: ["2024", "2025"])
  func alignEachGeography(_ geography: String) throws {
    let run = try Runner.run([
      "align", "--geography", geography, "--indicator", "digital_economy_share_grdp",
    ])
    #expect(run.status == 0)
    #expect(
      run.stdout.contains(
        geography == "2025" ? "membership inferred, not official" : "official membership"))
    Golden.check(run.stdout, "align-digital-economy-\(geography).txt")
  }

  @Test func gapsOfLaiChau() throws {
    let run = try Runner.run(["gaps", "lai-chau"])
    #expect(run.status == 0)
    let digital = run.stdout.split(separator: "\n").first {
      $0.hasPrefix("digital_economy_share_grdp")
    }
    #expect(digital?.contains("(8 of 14)") == true)
    #expect(digital?.contains("≥ 30") == true, "the national target")
    #expect(digital?.contains("weakness") == true)
    Golden.check(run.stdout, "gaps-lai-chau.txt")
  }

  @Test(arguments: ["json", "md", "csv"])
  func gapsFormats(_ format: String) throws {
    let run = try Runner.run(["gaps", "lai-chau", "--year", "2030", "--format", format])
    #expect(run.status == 0)
    Golden.check(run.stdout, "gaps-lai-chau-2030.\(format)")
  }

  @Test func rankDigitalEconomy() throws {
    let run = try Runner.run([
      "rank", "--indicator", "digital_economy_share_grdp", "--year", "2030",
    ])
    #expect(run.status == 0)
    #expect(run.stdout.contains("coverage: 8 of 14 provinces"))
    // Weighted by GRDP 2024 (trillion VND), the year most contributors share; by hand:
    // Cao Bằng 20 × 25.204, Tuyên Quang 30 × 50.424, Lào Cai 20 × 77.223 (the exact figure,
    // preferred to the estimate 78.0 of the same year), Hòa Bình 30 × 72.18:
    // 5726.66 / 225.031 = 25.448; Điện Biên, Lai Châu, Thái Nguyên, Lạng Sơn have no 2024 GRDP.
    #expect(
      run.stdout.contains(
        "weighted 25.45 (weighted by grdp (2024) over 4 of 8 provinces; no grdp for 2024 for "
          + "dien-bien, lai-chau, thai-nguyen, lang-son"))
    Golden.check(run.stdout, "rank-digital-economy-2030.txt")
    let missing = try Runner.run(["rank"])
    #expect(missing.status == 64 && missing.stderr.hasPrefix("error: missing option '--indicator'"))
  }

  @Test func compareNeedsTwoDifferentProvinces() throws {
    let run = try Runner.run(["compare", "lai-chau", "Lai Châu"])
    #expect(run.status == 64)
    #expect(run.stderr.hasPrefix("error: compare needs two different provinces"))
  }
}
