import Catalog
import Testing

@testable import Benchmark

@Suite struct StatisticsTests {
  @Test func meanMedianAndSampleStandardDeviation() {
    #expect(Statistics.mean([2, 4, 9]) == 5)
    #expect(Statistics.mean([]) == nil)
    #expect(Statistics.median([9, 2, 4]) == 4)
    #expect(Statistics.median([9, 2, 4, 5]) == 4.5)
    // (2−5)² + (4−5)² + (9−5)² = 26; 26 / 2 = 13
    #expect(Statistics.standardDeviation([2, 4, 9]) == 13.0.squareRoot())
    #expect(Statistics.standardDeviation([7]) == nil)
  }

  @Test func weightedMean() {
    #expect(Statistics.weightedMean([40, 10], weights: [100, 300]) == 17.5)
    #expect(Statistics.weightedMean([40, 10], weights: [0, 0]) == nil)
    // weights from data: a negative, infinite or overflowing one gives no mean, not a trap
    #expect(Statistics.weightedMean([40, 10], weights: [-1, 300]) == nil)
    #expect(Statistics.weightedMean([40, 10], weights: [.infinity, 300]) == nil)
    #expect(Statistics.weightedMean([40, 10], weights: [1e308, 1e308]) == nil)
    #expect(Statistics.weightedMean([40, 10], weights: [1e307, 3e307]) == nil)
  }

  @Test func competitionRanksShareTheBestRankOfATie() {
    #expect(Statistics.competitionRanks([40, 30, 30, 10], polarity: .higher) == [1, 2, 2, 4])
    #expect(Statistics.competitionRanks([40, 30, 30, 10], polarity: .lower) == [4, 2, 2, 1])
    #expect(Statistics.competitionRanks([5, 5, 5], polarity: .higher) == [1, 1, 1])
    #expect(Statistics.competitionRanks([3], polarity: .higher) == [1])
  }

  @Test func percentileIsPolarityAwareAndCountsTiesHalf() {
    let values: [Double] = [10, 20, 20, 40]
    #expect(Statistics.percentile(of: 40, among: values, polarity: .higher) == 100)
    #expect(Statistics.percentile(of: 10, among: values, polarity: .higher) == 0)
    // one worse (10), one tie: (1 + 0.5) / 3
    #expect(Statistics.percentile(of: 20, among: values, polarity: .higher) == 50)
    #expect(Statistics.percentile(of: 10, among: values, polarity: .lower) == 100)
    #expect(Statistics.percentile(of: 7, among: [7], polarity: .higher) == 50)
  }

  @Test func figureRangesSubtractAndOrient() {
    let a = FigureRange(Quantity(.atLeast, 40))
    let b = FigureRange(Quantity(.approximately, 9, high: 10))
    #expect(a.minus(b) == FigureRange(30, 31))
    #expect(FigureRange(2, 5).oriented(.lower) == FigureRange(-5, -2))
    #expect(
      FigureRange.covering([FigureRange(40, 40), FigureRange(38, 39)]) == FigureRange(38, 40))
    #expect(FigureRange(-15.1666, -13.1666).display(decimals: 2) == "-15.17 to -13.17")
    #expect(FigureRange(9, 10).display(decimals: 2) == "9–10")
  }

  @Test func gapsArePositiveWhenBetter() {
    let higher = Gap(FigureRange(9, 10), to: FigureRange(23, 24), polarity: .higher)
    #expect(higher.absolute == FigureRange(-15, -13))
    #expect(higher.relative == FigureRange(-15 / 23.5 * 100, -13 / 23.5 * 100))
    let lower = Gap(FigureRange(5, 5), to: FigureRange(10, 10), polarity: .lower)
    #expect(lower.absolute == FigureRange(5, 5), "5 against 10 when lower is better is 5 ahead")
    #expect(Gap(FigureRange(1, 1), to: FigureRange(0, 0), polarity: .higher).relative == nil)
  }
}
