import Catalog
import Foundation
import Testing

@testable import Benchmark

/// Nothing lost: every target of a province is in its gap analysis or listed with the reason.
@Suite struct AccountingTests {
  static let catalog = Result {
    try CatalogLoader.load(
      from: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets"),
      displayPath: "datasets"
    ).catalog
  }

  @Test(arguments: ["lai-chau", "thai-nguyen", "lao-cai", "dien-bien"])
  func gapsAccountForEveryTargetOfTheProvince(_ province: String) throws {
    let catalog = try Self.catalog.get()
    let gaps = catalog.gaps(of: province, geography: .before2025)
    let used = gaps.rows.flatMap(\.own.sources) + gaps.notBenchmarked.map(\.target.id)
    let own = catalog.targets.filter { $0.geo == province }.map(\.id)
    #expect(Set(used) == Set(own))
    #expect(used.count == own.count, "each target once")
  }

  @Test func draftProposesForEveryIndicatorTheProvinceTargets() throws {
    let catalog = try Self.catalog.get()
    let draft = catalog.draft(
      "lai-chau", year: 2030, rules: [.regionalMean], geography: .before2025)
    let targeted = Set(
      catalog.targets.filter {
        $0.geo == "lai-chau" && $0.horizon?.year == 2030 && $0.quantity != nil
      }
      .map(\.indicator))
    #expect(targeted.isSubset(of: Set(draft.proposals.map(\.indicator.id))))
    #expect(
      draft.proposals.filter { targeted.contains($0.indicator.id) }.allSatisfy {
        $0.proposed != nil
      })
  }
}
