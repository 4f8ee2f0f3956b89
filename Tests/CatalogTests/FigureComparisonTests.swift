import Testing

@testable import Catalog

@Suite struct FigureComparisonTests {
  @Test func minimumAgainstApproximateRangeGivesAnIntervalGap() {
    let f = FigureComparison(
      Quantity(.atLeast, 40), Quantity(.approximately, 9, high: 10), polarity: .higher)
    #expect(f.difference == 30...31)
    #expect(f.ambition == .first)
    #expect(f.firstReading == .minimum && f.secondReading == .approximate)
    #expect(f.firstReading.isOpenEnded && !f.secondReading.isOpenEnded)
  }

  @Test func rangesSubtractEndToEnd() {
    let f = FigureComparison(
      Quantity(.range, 16, high: 18), Quantity(.range, 8, high: 10), polarity: .higher)
    #expect(f.difference == 6...10)
    #expect(f.ambition == .first)
  }

  @Test func overlappingRangesAreNotOrdered() {
    let f = FigureComparison(
      Quantity(.range, 8, high: 12), Quantity(.range, 10, high: 14), polarity: .higher)
    #expect(f.ambition == .overlapping)
    #expect(f.difference == -6...2)
  }

  @Test func strictBoundBeatsClosedBoundOnTheSameFigure() {
    #expect(
      FigureComparison(Quantity(.greaterThan, 40), Quantity(.equal, 40), polarity: .higher).ambition
        == .first)
    #expect(
      FigureComparison(Quantity(.atLeast, 40), Quantity(.greaterThan, 40), polarity: .higher)
        .ambition == .second)
    #expect(
      FigureComparison(Quantity(.atLeast, 40), Quantity(.equal, 40), polarity: .higher).ambition
        == .same)
    #expect(
      FigureComparison(Quantity(.greaterThan, 80), Quantity(.greaterThan, 80), polarity: .higher)
        .ambition == .same)
  }

  @Test func lowerIsBetterFlipsAmbition() {
    let f = FigureComparison(Quantity(.atMost, 5), Quantity(.atMost, 10), polarity: .lower)
    #expect(f.ambition == .first)
    #expect(f.difference == -5...(-5))
    let strict = FigureComparison(Quantity(.lessThan, 10), Quantity(.atMost, 10), polarity: .lower)
    #expect(strict.ambition == .first, "'dưới 10' asks for less than 'tối đa 10'")
  }
}
