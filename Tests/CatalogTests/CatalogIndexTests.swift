import TestSupport
import Testing

@testable import Catalog

@Suite struct CatalogIndexTests {
  @Test func lookupsFollowChangesToTheCatalog() {
    var catalog = Catalog(
      provinces: [TestCatalog.province("a"), TestCatalog.province("b")],
      indicators: [TestCatalog.indicator("x")],
      targets: [TestCatalog.target("t1", geo: "a", "x", .equal, 1)])
    #expect(catalog.target(id: "t1")?.geo == "a")
    #expect(catalog.members(of: "R", in: .before2025).map(\.id) == ["a", "b"])
    catalog.targets[0].geo = "b"
    catalog.targets.append(TestCatalog.target("t2", geo: "a", "x", .equal, 2))
    #expect(catalog.target(id: "t1")?.geo == "b")
    #expect(catalog.target(id: "t2")?.geo == "a")
    #expect(
      catalog.align(region: "R", geography: .before2025).groups.first?.entries.map(\.target.id) == [
        "t2", "t1",
      ])
    catalog.provinces.removeLast()
    #expect(catalog.members(of: "R", in: .before2025).map(\.id) == ["a"])
  }

  @Test func duplicateIdsAnswerWithTheFirst() {
    let catalog = Catalog(
      indicators: [
        TestCatalog.indicator("x", unit: .percent), TestCatalog.indicator("x", unit: .count),
      ])
    #expect(catalog.indicator(id: "x")?.unit == .percent)
  }
}
