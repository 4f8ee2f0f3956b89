import Testing

@testable import Support

/// The one competition rank and the one type-7 quantile, against R.
@Suite struct RankingTests {
  func quantile(_ values: [Double], _ p: Double) -> Double? {
    values.sorted().withUnsafeBufferPointer { Ranking.quantile(sorted: $0, p) }
  }

  @Test func competitionRanksShareTheBestRankOnTiesAndKeepMissing() {
    // R: rank(-c(5, 9, 5, NA, 1), ties.method = "min", na.last = "keep") gives 2 1 2 NA 4
    #expect(Ranking.competition([5, 9, 5, .nan, 1], descending: true) == [2, 1, 2, nil, 4])
    // R: rank(c(5, 9, 5, NA, 1), ties.method = "min", na.last = "keep") gives 2 4 2 NA 1
    #expect(Ranking.competition([5, 9, 5, .nan, 1], descending: false) == [2, 4, 2, nil, 1])
    #expect(Ranking.competition([Double](), descending: true) == [])
    #expect(Ranking.competition([3, 3, 3], descending: true) == [1, 1, 1])
    // "1224": a block of ties takes the best rank, the next value skips
    #expect(Ranking.competition([10, 8, 8, 5], descending: true) == [1, 2, 2, 4])
  }

  @Test func theHotPathReusesItsOrderAndWritesInRankOrder() {
    var order: [Int] = [99, 98]
    var written: [(Int, Int)] = []
    [1.0, 7, .nan, 7].withUnsafeBufferPointer { buffer in
      Ranking.competition(buffer, descending: true, order: &order) { written.append(($0, $1)) }
    }
    #expect(written.map(\.0) == [1, 3, 0] && written.map(\.1) == [1, 1, 3])
  }

  @Test func quantilesMatchRType7() {
    // R: quantile(1:10, c(0.05, 0.5, 0.95)) gives 1.45, 5.5, 9.55.
    let oneToTen = (1...10).map(Double.init)
    #expect(abs((quantile(oneToTen, 0.05) ?? 0) - 1.45) < 1e-14)
    #expect(quantile(oneToTen, 0.5) == 5.5)
    #expect(abs((quantile(oneToTen, 0.95) ?? 0) - 9.55) < 1e-14)
    // R: quantile(c(1, 1, 2, 5), 0.95) gives 4.55; ties at the bracket give the value itself.
    #expect(abs((quantile([1, 1, 2, 5], 0.95) ?? 0) - 4.55) < 1e-14)
    #expect(quantile([3, 3, 3, 7], 0.05) == 3)
    #expect(quantile([4], 0.95) == 4)
    #expect(quantile([2, 9], 0) == 2 && quantile([2, 9], 1) == 9)
    // R: quantile(c(9, 2, 4), 0.75) gives 6.5 (unsorted input)
    #expect(Ranking.quantile([9, 2, 4], 0.75) == 6.5)
    #expect(quantile([], 0.5) == nil && quantile([1, 2], 1.5) == nil)
  }

  @Test func medianOfOddAndEvenCounts() {
    #expect([1, 3, 2, 4].sorted().withUnsafeBufferPointer { Ranking.median(sorted: $0) } == 2.5)
    #expect([7, 1, 3].sorted().withUnsafeBufferPointer { Ranking.median(sorted: $0) } == 3)
    #expect([Double]().withUnsafeBufferPointer { Ranking.median(sorted: $0) } == nil)
  }
}
