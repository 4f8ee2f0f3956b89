import TestSupport
import Testing

@testable import Catalog

@Suite struct ConflictsTests {
  let indicators = [
    TestCatalog.indicator("ent"),
    TestCatalog.indicator(
      "sti_local", unit: .percentOfLocalBudget, family: "fund", denominator: "local_budget"),
    TestCatalog.indicator(
      "stidt_local", unit: .percentOfLocalBudget, family: "fund", denominator: "local_budget"),
    TestCatalog.indicator("rd", unit: .percentOfGRDP, family: "fund", denominator: "grdp"),
  ]

  @Test func differentFiguresForOneIndicatorAndYear() {
    let catalog = Catalog(
      indicators: indicators,
      targets: [
        TestCatalog.target("a", geo: "lc", "ent", .greaterThan, 40, document: "d1"),
        TestCatalog.target("b", geo: "lc", "ent", .equal, 40, document: "d2"),
        TestCatalog.target("c", geo: "tn", "ent", .equal, 40),
      ])
    let conflicts = catalog.conflicts()
    #expect(conflicts.count == 1)
    #expect(conflicts.first?.kind == .differentFigures)
    #expect(conflicts.first?.targets.map(\.id) == ["a", "b"])
    #expect(conflicts.first?.geo == "lc" && conflicts.first?.year == 2030)
    #expect(catalog.conflicts(geo: "tn").isEmpty)
  }

  @Test func restatementsAreNotConflicts() {
    let catalog = Catalog(
      indicators: indicators,
      targets: [
        TestCatalog.target("a", geo: "lc", "ent", .atLeast, 37.6, document: "d1"),
        TestCatalog.target("b", geo: "lc", "ent", .atLeast, 37.6, document: "d2"),
        TestCatalog.target("c", geo: "lc", "ent", year: 2045, .atLeast, 50),
      ])
    #expect(catalog.conflicts().isEmpty)
  }

  @Test func nestedBudgetScopesAreReportedRDIsNot() {
    let catalog = Catalog(
      indicators: indicators,
      targets: [
        TestCatalog.target("lc3", geo: "lc", "stidt_local", unit: .percentOfLocalBudget, .equal, 3),
        TestCatalog.target("lc2", geo: "lc", "sti_local", unit: .percentOfLocalBudget, .equal, 2),
        TestCatalog.target("lcrd", geo: "lc", "rd", unit: .percentOfGRDP, .equal, 2),
      ])
    let conflicts = catalog.conflicts()
    #expect(conflicts.map(\.kind) == [.overlappingScope])
    #expect(conflicts.first?.targets.map(\.id) == ["lc3", "lc2"])
    #expect(conflicts.first?.indicators == ["stidt_local", "sti_local"])
  }

  @Test func qualitativeAndYearlessTargetsCannotConflict() {
    let catalog = Catalog(
      indicators: indicators,
      targets: [
        TestCatalog.target("a", geo: "lc", "ent", nil, nil),
        TestCatalog.target("b", geo: "lc", "ent", .equal, 40),
        TestCatalog.target("c", geo: "lc", "ent", year: nil, .equal, 50),
      ])
    #expect(catalog.conflicts().isEmpty)
  }
}
