import Testing

@testable import Catalog

@Suite struct QuantityTests {
  @Test func boundsBecomeHalfOpenIntervals() {
    let atLeast = Quantity(.atLeast, 40).interval
    #expect(atLeast.contains(40) && atLeast.contains(1000) && !atLeast.contains(39.99))
    let above = Quantity(.greaterThan, 40).interval
    #expect(!above.contains(40) && above.contains(40.01))
    let atMost = Quantity(.atMost, 10).interval
    #expect(atMost.contains(10) && !atMost.contains(10.5) && atMost.contains(-5))
    let below = Quantity(.lessThan, 10).interval
    #expect(!below.contains(10) && below.contains(9.99))
  }

  @Test func rangesAndApproximationsAreClosed() {
    #expect(Quantity(.range, 16, high: 18).interval == .closed(16, 18))
    #expect(Quantity(.approximately, 9, high: 10).interval == .closed(9, 10))
    #expect(Quantity(.approximately, 20).interval == .closed(20, 20))
    #expect(Quantity(.equal, 85).interval == .closed(85, 85))
  }

  @Test func comparatorSpellings() {
    #expect(Comparison(csv: ">=") == .atLeast)
    #expect(Comparison(csv: "≥") == .atLeast)
    #expect(Comparison(csv: "≤") == .atMost)
    #expect(Comparison(csv: "≈") == .approximately)
    #expect(Comparison(csv: "range") == .range)
    #expect(Comparison(csv: "=>") == nil)
    #expect(Comparison.allCases.filter(\.allowsHighValue) == [.approximately, .range])
  }

  @Test func horizonParsesYearsAndPeriods() {
    #expect(Horizon(csv: "2030") == Horizon(year: 2030))
    #expect(Horizon(csv: "2021-2030") == Horizon(year: 2030, startYear: 2021))
    #expect(Horizon(csv: "2021–2030")?.description == "2021–2030")
    #expect(Horizon(csv: "2021-2030")?.csv == "2021-2030")
    for bad in ["30", "2030-2021", "năm 2030", "2030-", "20301", "2030.0", "2021-2025-2030"] {
      #expect(Horizon(csv: bad) == nil, "\(bad)")
    }
  }

  @Test func dayParsesISODates() {
    #expect(Day(iso: "2025-07-01") == Day(year: 2025, month: 7, day: 1))
    #expect(Day(iso: "2025-07-01")?.description == "2025-07-01")
    #expect(Day(iso: "01/07/2025") == nil)
    #expect(Day(iso: "2025-13-01") == nil)
    #expect(Day(year: 2025, month: 6, day: 30) < Day(year: 2025, month: 7, day: 1))
  }

  @Test func unitsKnowWhichAreShares() {
    #expect(Unit.percentOfGRDP.isShare && Unit.percentOfLocalBudget.isShare)
    #expect(!Unit.percentPerYear.isShare && !Unit.per10kPeople.isShare && !Unit.rank.isShare)
  }
}
