import Testing

@testable import Composite

@Suite struct RankStatisticsTests {
  func quantile(_ values: [Double], _ p: Double) -> Double {
    values.sorted().withUnsafeBufferPointer { RankStatistics.quantile(sorted: $0, p) }
  }

  @Test func descendingRanksShareTheBestRankOnTiesAndKeepMissing() {
    #expect(RankStatistics.descendingRanks([5, 9, 5, .nan, 1]) == [2, 1, 2, nil, 4])
    #expect(RankStatistics.descendingRanks([Double]()) == [])
  }

  @Test func quantilesMatchRType7() {
    // R: quantile(1:10, c(0.05, 0.5, 0.95)) gives 1.45, 5.5, 9.55.
    let oneToTen = (1...10).map(Double.init)
    #expect(isClose(quantile(oneToTen, 0.05), 1.45, relative: 1e-15))
    #expect(quantile(oneToTen, 0.5) == 5.5)
    #expect(isClose(quantile(oneToTen, 0.95), 9.55, relative: 1e-15))
    // R: quantile(c(1, 1, 2, 5), 0.95) gives 4.55; ties at the bracket give the value itself.
    #expect(isClose(quantile([1, 1, 2, 5], 0.95), 4.55, relative: 1e-15))
    #expect(quantile([3, 3, 3, 7], 0.05) == 3)
    #expect(quantile([4], 0.95) == 4)
    #expect(quantile([2, 9], 0) == 2 && quantile([2, 9], 1) == 9)
  }

  @Test func medianOfOddAndEvenCounts() {
    #expect(
      [1, 3, 2, 4].sorted().withUnsafeBufferPointer { RankStatistics.median(sorted: $0) } == 2.5)
    #expect([7, 1, 3].sorted().withUnsafeBufferPointer { RankStatistics.median(sorted: $0) } == 3)
  }
}
