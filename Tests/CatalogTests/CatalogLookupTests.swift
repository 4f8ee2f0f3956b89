import Foundation
import Support
import Testing

@testable import Catalog

@Suite struct CatalogLookupTests {
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/valid")

  func catalog() throws -> Catalog {
    try CatalogLoader.load(from: Self.fixture, displayPath: "datasets").catalog
  }

  @Test func geoLookupAcceptsIdsNamesAndLooseSpellings() throws {
    let catalog = try catalog()
    for spelling in ["beta", "Bắc Beta", "bac beta", "BAC-BETA", "Beta"] {
      #expect(try catalog.geoID(matching: spelling) == "beta", "\(spelling)")
    }
    #expect(try catalog.geoID(matching: "VN") == "VN")
    #expect(throws: CatalogError.unknownGeo("betta", suggestion: "beta")) {
      try catalog.geoID(matching: "betta")
    }
  }

  @Test func indicatorAndTargetLookupsSuggest() throws {
    let catalog = try catalog()
    #expect(try catalog.indicatorID(matching: "HDI-rank") == "hdi_rank")
    #expect(throws: CatalogError.unknownIndicator("hdi_rnk", suggestion: "hdi_rank")) {
      try catalog.indicatorID(matching: "hdi_rnk")
    }
    #expect(throws: CatalogError.unknownTarget("t9", suggestion: "t1")) {
      try catalog.target(matching: "t9")
    }
  }

  @Test func loadedTargetsCarryTheirDomainValues() throws {
    let catalog = try catalog()
    let t3 = try #require(catalog.target(id: "t3"))
    #expect(t3.quantity == Quantity(.approximately, 9, high: 10))
    #expect(t3.horizon == Horizon(year: 2045))
    #expect(t3.location == SourceLocation(file: "datasets/targets.csv", line: 5, column: 1))
    #expect(catalog.quoteLines(of: t3) == 6...6)
    let t1 = try #require(catalog.target(id: "t1"))
    #expect(catalog.quoteLines(of: t1) == 3...4)
    let t2 = try #require(catalog.target(id: "t2"))
    #expect(t2.provenance.confidence == .primary)
    let t4 = try #require(catalog.target(id: "t4"))
    #expect(t4.kind == .qualitative && t4.quantity == nil && t4.horizon == nil)
    #expect(t4.provenance.confidence == .secondary, "inherited from its document")
    #expect(catalog.observations.first?.isApproximate == true)
  }

  @Test func provincesKnowTheirValidity() throws {
    let catalog = try catalog()
    let alpha = try #require(catalog.province(id: "alpha"))
    #expect(alpha.exists(on: Day(year: 2025, month: 6, day: 30)))
    #expect(!alpha.exists(on: Day(year: 2025, month: 7, day: 1)))
    #expect(alpha.successor == "gamma")
    #expect(catalog.province(id: "gamma")?.exists(on: Day(year: 2025, month: 7, day: 1)) == true)
  }

  @Test func dataDirectoryResolutionOrder() throws {
    let root = Self.fixture.deletingLastPathComponent().path
    let byOption = try DataDirectory.resolve(
      option: "valid", environment: ["PROVBENCH_DATA": "nope"], currentDirectory: root)
    #expect(byOption.displayPath == "valid")
    let byEnvironment = try DataDirectory.resolve(
      option: nil, environment: ["PROVBENCH_DATA": Self.fixture.path], currentDirectory: "/")
    #expect(byEnvironment.url.path == Self.fixture.path)
    #expect(throws: CatalogError.self) {
      try DataDirectory.resolve(option: nil, environment: [:], currentDirectory: root)
    }
  }
}
