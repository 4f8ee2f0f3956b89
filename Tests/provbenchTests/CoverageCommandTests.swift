import Foundation
import TestSupport
import Testing

/// `provbench coverage` on the bundled data: what the regional-coverage issue asks to be known.
@Suite struct CoverageCommandTests {
  static let indicators = "digital_economy_share_grdp,grdp_per_capita,grdp_growth_rate,dti_rank"

  /// The indicator objects of `coverage --format json`.
  func rows(_ arguments: [String] = []) throws -> [String: [String: Any]] {
    let run = try Runner.run(["coverage", "--format", "json"] + arguments)
    #expect(run.status == 0 && run.stderr.isEmpty)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let list = try #require(root["indicators"] as? [[String: Any]])
    var byID: [String: [String: Any]] = [:]
    for row in list { if let id = row["indicator"] as? String { byID[id] = row } }
    return byID
  }

  /// Provinces with a target whose period starts in `start` (nil: any target for 2030).
  func provincesWithTarget(_ row: [String: Any]?, start: Int? = nil) -> Int {
    let cells = row?["cells"] as? [[String: Any]] ?? []
    return cells.filter { cell in
      let targets = cell["targets"] as? [[String: Any]] ?? []
      return targets.contains { start == nil || ($0["period_start"] as? Int) == start }
    }.count
  }

  @Test func theRegionIsCoveredAsTheIssueRequires() throws {
    let byID = try rows()
    #expect(byID["digital_economy_share_grdp"]?["m"] as? Int == 14)
    #expect(provincesWithTarget(byID["digital_economy_share_grdp"]) >= 8)
    #expect(provincesWithTarget(byID["grdp_per_capita"]) >= 9)
    #expect(provincesWithTarget(byID["grdp_growth_rate"], start: 2021) >= 11)
    // observed: 13 annual growth rates and Sơn La's 2021–2025 average; DTI 2022 for all
    #expect(byID["grdp_growth_rate"]?["observed_n"] as? Int == 14)
    #expect(byID["dti_rank"]?["observed_n"] as? Int == 14)
  }

  @Test func theMergedRegionHasNineProvinces() throws {
    let byID = try rows(["--geography", "2025"])
    #expect(byID["digital_economy_share_grdp"]?["m"] as? Int == 9)
  }

  @Test(arguments: ["table", "csv", "json", "md"])
  func formats(_ format: String) throws {
    let run = try Runner.run(["coverage", "--indicator", Self.indicators, "--format", format])
    #expect(run.status == 0 && run.stderr.isEmpty)
    Golden.check(run.stdout, "coverage.\(format == "table" ? "txt" : format)")
  }

  @Test func csvHasOneRowPerProvinceAndIndicator() throws {
    let run = try Runner.run(["coverage", "--indicator", Self.indicators, "--format", "csv"])
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 1 + 4 * 14)
    #expect(lines.first?.hasPrefix("region,geography,year,indicator,unit,province,") == true)
  }

  @Test func badIndicatorsAreRefused() throws {
    let empty = try Runner.run(["coverage", "--indicator", "a,,b"])
    #expect(empty.status == 64 && empty.stdout.isEmpty)
    let unknown = try Runner.run(["coverage", "--indicator", "no_such_indicator"])
    #expect(unknown.status != 0 && unknown.stdout.isEmpty)
    #expect(unknown.stderr.contains("no_such_indicator"))
  }
}

/// `gaps` for any province of the region shows observed values against the region, and the
/// GRDP-per-capita series give a pace for at least five provinces.
@Suite struct ObservedGapsCommandTests {
  static let members = [
    "ha-giang", "cao-bang", "bac-kan", "tuyen-quang", "lao-cai", "dien-bien", "lai-chau",
    "son-la", "yen-bai", "hoa-binh", "thai-nguyen", "lang-son", "bac-giang", "phu-tho",
  ]

  func gaps(_ province: String) throws -> [String: Any] {
    let run = try Runner.run(["gaps", province, "--format", "json"])
    #expect(run.status == 0 && run.stderr.isEmpty)
    return try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
  }

  @Test func everyProvinceHasObservedRowsWithTheirYears() throws {
    var paced = Set<String>()
    for province in Self.members {
      let json = try gaps(province)
      let observed = json["observed"] as? [[String: Any]] ?? []
      #expect(!observed.isEmpty, "\(province) shows no observed value")
      for row in observed {
        let contributors = row["contributors"] as? [[String: Any]] ?? []
        #expect(contributors.allSatisfy { $0["year"] is Int }, "every value has its year")
      }
      let rows = json["rows"] as? [[String: Any]] ?? []
      for row in rows where row["indicator"] as? String == "grdp_per_capita" {
        let pace = row["pace"] as? String ?? ""
        if pace != "insufficient data" && pace != "not applicable" { paced.insert(province) }
      }
    }
    #expect(paced.count >= 5, "\(paced.sorted())")
  }

  /// A text listing says which years the observed statistic used.
  @Test func theTableShowsTheYearsUsed() throws {
    let run = try Runner.run(["gaps", "thai-nguyen"])
    #expect(run.stdout.contains("Observed values against the region"))
    #expect(run.stdout.contains("2023, 2024 (each member's latest)"))
  }
}
