import Catalog
import Testing

@testable import Benchmark

/// The coverage matrix: what is known of each member and indicator, and nothing of others.
@Suite struct CoverageTests {
  func matrix(indicators: [String]? = nil) -> CoverageMatrix {
    var period = Fixture.observation("b", "y", 2025, 5.12)
    period.id = "b-y-avg"
    period.firstYear = 2021
    var press = Fixture.observation("a", "y", 2024, 9.04)
    press.id = "a-y-press"
    press.provenance.confidence = .secondary
    let catalog = Fixture.catalog(
      provinces: ["a", "b", "c"], indicators: [Fixture.indicator("x"), Fixture.indicator("y")],
      targets: [
        Fixture.target("ta", "a", "x", .atLeast, 20),
        Fixture.target("ta25", "a", "x", .atLeast, 10, year: 2025),
        Fixture.target("tb1", "b", "x", .equal, 30),
        Fixture.target("tb2", "b", "x", .greaterThan, 30),
        Fixture.target("to", "outside", "x", .equal, 99),
      ],
      observations: [
        press, Fixture.observation("a", "y", 2024, 9.02), Fixture.observation("a", "y", 2022, 7),
        period, Fixture.observation("outside", "y", 2024, 1),
      ])
    return catalog.coverage(
      region: "R", geography: .before2025, year: 2030, indicators: indicators)
  }

  @Test func countsTargetsForTheYearAndObservedValues() throws {
    let m = matrix()
    #expect(m.provinces.map(\.id) == ["a", "b", "c"], "members only")
    #expect(m.indicators.map(\.id) == ["x", "y"])
    let x = try #require(m.row(of: "x"))
    let y = try #require(m.row(of: "y"))
    #expect(m.targetCount(x) == 2 && m.observedCount(x) == 0)
    #expect(m.targetCount(y) == 0 && m.observedCount(y) == 2, "a period average counts")
    #expect(m.cells[x][0].targets.map(\.id) == ["ta"], "the 2025 target is another year")
    #expect(m.cells[x][1].targets.map(\.id) == ["tb1", "tb2"], "both disagreeing targets")
    #expect(m.cells[x][2].targets.isEmpty)
  }

  @Test func latestObservedValueFollowsTheRule() throws {
    let m = matrix()
    let y = try #require(m.row(of: "y"))
    let a = try #require(m.cells[y][0].latest)
    #expect(a.year == 2024 && a.chosen.id == "a-y-2024", "primary over the press figure")
    #expect(a.others.map(\.id) == ["a-y-press"] && a.isConflicting)
    #expect(m.cells[y][1].latest == nil)
    #expect(m.cells[y][1].periodAverage?.id == "b-y-avg")
  }

  @Test func selectedIndicatorsInTheGivenOrder() {
    #expect(matrix(indicators: ["y", "x"]).indicators.map(\.id) == ["y", "x"])
  }
}
