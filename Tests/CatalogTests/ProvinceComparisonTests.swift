import TestSupport
import Testing

@testable import Catalog

@Suite struct ProvinceComparisonTests {
  let catalog = Catalog(
    indicators: [
      TestCatalog.indicator("de", unit: .percentOfGRDP, denominator: "grdp"),
      TestCatalog.indicator("ent"),
      TestCatalog.indicator("rd", unit: .percentOfGRDP, family: "fund", denominator: "grdp"),
      TestCatalog.indicator(
        "sti_local", unit: .percentOfLocalBudget, family: "fund", denominator: "local"),
      TestCatalog.indicator("only_tn"),
    ],
    targets: [
      TestCatalog.target("tn-de", geo: "tn", "de", unit: .percentOfGRDP, .atLeast, 40),
      TestCatalog.target(
        "lc-de", geo: "lc", "de", unit: .percentOfGRDP, .approximately, 9, high: 10),
      TestCatalog.target(
        "tn-de45", geo: "tn", "de", unit: .percentOfGRDP, year: 2045, .atLeast, 50),
      TestCatalog.target("tn-ent", geo: "tn", "ent", .greaterThan, 40),
      TestCatalog.target("lc-ent1", geo: "lc", "ent", .greaterThan, 40, document: "d1"),
      TestCatalog.target("lc-ent2", geo: "lc", "ent", .equal, 40, document: "d2"),
      TestCatalog.target("lc-ent3", geo: "lc", "ent", .greaterThan, 40, document: "d3"),
      TestCatalog.target("tn-rd", geo: "tn", "rd", unit: .percentOfGRDP, .equal, 2),
      TestCatalog.target("lc-sti", geo: "lc", "sti_local", unit: .percentOfLocalBudget, .equal, 2),
      TestCatalog.target("tn-only", geo: "tn", "only_tn", .equal, 1),
    ])

  @Test func alignsSameIndicatorAndYearWithIntervalGaps() throws {
    let c = catalog.compare("tn", "lc")
    let de = try #require(c.rows.first { $0.indicator == "de" })
    #expect(de.figures.difference == 30...31)
    #expect(de.figures.ambition == .first)
    #expect(de.verdict == .comparableWithCaveat([.approximate(target: "lc-de")]))
  }

  @Test func restatementsShareARowAndConflictsGetOneEach() {
    let c = catalog.compare("tn", "lc")
    let ent = c.rows.filter { $0.indicator == "ent" }
    #expect(ent.map { $0.second.map(\.id) } == [["lc-ent1", "lc-ent3"], ["lc-ent2"]])
    #expect(ent.map(\.figures.ambition) == [.same, .first])
    #expect(c.conflicts.map(\.kind) == [.differentFigures])
  }

  @Test func budgetSharesAreNotComparableWithTheReason() {
    let c = catalog.compare("tn", "lc")
    let rd = c.notComparable.first { $0.target.id == "tn-rd" }
    #expect(rd?.counterpart?.id == "lc-sti")
    #expect(rd?.reason == .differentDenominator("grdp", "local"))
    #expect(c.notComparable.contains { $0.target.id == "lc-sti" })
  }

  @Test func otherHorizonsAndOneSidedTargetsAreListed() {
    let c = catalog.compare("tn", "lc")
    let de45 = c.notComparable.first { $0.target.id == "tn-de45" }
    #expect(de45?.reason == .differentHorizon(Horizon(year: 2045), Horizon(year: 2030)))
    #expect(c.oneSided.map(\.target.id) == ["tn-only"])
    #expect(c.oneSided.first?.reason == .noCounterpart(geo: "lc"))
  }

  @Test func everyTargetOfBothProvincesIsAccountedFor() {
    let c = catalog.compare("tn", "lc")
    let inRows = c.rows.flatMap { $0.first + $0.second }.map(\.id)
    let listed = (c.notComparable + c.oneSided).map(\.target.id)
    let all = Set(catalog.targets.filter { ["tn", "lc"].contains($0.geo) }.map(\.id))
    #expect(Set(inRows + listed) == all)
  }
}
