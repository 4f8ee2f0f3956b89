import TestSupport
import Testing

@testable import Catalog

@Suite struct ComparabilityTests {
  let catalog = Catalog(indicators: [
    TestCatalog.indicator("de", unit: .percentOfGRDP, denominator: "grdp"),
    TestCatalog.indicator("rd", unit: .percentOfGRDP, family: "fund", denominator: "grdp"),
    TestCatalog.indicator(
      "sti_local", unit: .percentOfLocalBudget, family: "fund", denominator: "local_budget"),
    TestCatalog.indicator(
      "stidt_local", unit: .percentOfLocalBudget, family: "fund", denominator: "local_budget"),
    TestCatalog.indicator("hdi", unit: .index, family: "hdi"),
    TestCatalog.indicator("hdi_rank", unit: .rank, polarity: .lower, family: "hdi"),
    TestCatalog.indicator("other"),
  ])

  @Test func sameIndicatorAndYearIsComparable() {
    let a = TestCatalog.target("a", geo: "x", "de", unit: .percentOfGRDP, .atLeast, 40)
    let b = TestCatalog.target("b", geo: "y", "de", unit: .percentOfGRDP, .greaterThan, 30)
    #expect(catalog.comparability(a, b) == .comparable)
  }

  @Test func caveatsComeFromDataApproximationAndSources() {
    let a = TestCatalog.target(
      "a", geo: "x", "de", unit: .percentOfGRDP, .atLeast, 40, caveat: "counts X")
    let b = TestCatalog.target(
      "b", geo: "y", "de", unit: .percentOfGRDP, .approximately, 9, high: 10,
      confidence: .translation)
    #expect(
      catalog.comparability(a, b)
        == .comparableWithCaveat([
          .stated(target: "a", "counts X"), .approximate(target: "b"),
          .confidence(target: "b", .translation),
        ]))
  }

  @Test(arguments: [
    (
      TestCatalog.target("a", geo: "x", "rd", unit: .percentOfGRDP, .equal, 2),
      TestCatalog.target("b", geo: "y", "sti_local", unit: .percentOfLocalBudget, .equal, 2),
      NotComparableReason.differentDenominator("grdp", "local_budget")
    ),
    (
      TestCatalog.target("a", geo: "x", "sti_local", unit: .percentOfLocalBudget, .equal, 2),
      TestCatalog.target("b", geo: "y", "stidt_local", unit: .percentOfLocalBudget, .equal, 3),
      .differentScope("sti_local", "stidt_local")
    ),
    (
      TestCatalog.target("a", geo: "x", "de", unit: .percentOfGRDP, nil, nil),
      TestCatalog.target("b", geo: "y", "de", unit: .percentOfGRDP, .equal, 3),
      .qualitative(target: "a")
    ),
    (
      TestCatalog.target("a", geo: "x", "de", unit: .percentOfGRDP, year: 2030, .equal, 40),
      TestCatalog.target("b", geo: "y", "de", unit: .percentOfGRDP, year: 2045, .equal, 50),
      .differentHorizon(Horizon(year: 2030), Horizon(year: 2045))
    ),
    (
      TestCatalog.target("a", geo: "x", "de", unit: .percentOfGRDP, year: nil, .equal, 40),
      TestCatalog.target("b", geo: "y", "de", unit: .percentOfGRDP, .equal, 50),
      .missingYear(target: "a")
    ),
    (
      TestCatalog.target("a", geo: "x", "hdi", unit: .index, .greaterThan, 0.7),
      TestCatalog.target("b", geo: "y", "hdi_rank", unit: .rank, .atMost, 10),
      .differentUnit(.index, .rank)
    ),
    (
      TestCatalog.target("a", geo: "x", "de", unit: .percentOfGRDP, .equal, 40),
      TestCatalog.target("b", geo: "y", "other", .equal, 40),
      .differentIndicator("de", "other")
    ),
  ])
  func notComparableSaysWhy(_ a: Target, _ b: Target, _ reason: NotComparableReason) {
    #expect(catalog.comparability(a, b) == .notComparable(reason))
    #expect(!catalog.comparability(a, b).isComparable)
  }

  @Test func growthTargetsOverDifferentPeriodsCarryACaveat() {
    var a = TestCatalog.target("a", geo: "x", "other", .equal, 10)
    var b = TestCatalog.target("b", geo: "y", "other", .equal, 12)
    a.horizon = Horizon(year: 2030, startYear: 2021)
    b.horizon = Horizon(year: 2030, startYear: 2026)
    #expect(
      catalog.comparability(a, b)
        == .comparableWithCaveat([.differentPeriods(a.horizon!, b.horizon!)]))
  }

  @Test func verdictWordsAreTheThreeOfTheIssue() {
    #expect(Comparability.comparable.verdict == "comparable")
    #expect(Comparability.comparableWithCaveat([]).verdict == "comparable with caveat")
    #expect(Comparability.notComparable(.rankVersusFigure).verdict == "not comparable")
  }
}
