import Catalog
import Testing

@testable import Benchmark

/// Progress without a target follows Open SDG's fixed thresholds on the observed compound
/// annual growth in the better direction: 1.5 %, 0.5 % and 0 a year.
@Suite struct TrendTests {
  func trend(
    _ series: [(Int, Double)], polarity: Polarity = .higher, unit: Unit = .percent,
    upTo year: Int = .max
  ) -> Pace {
    let catalog = Fixture.catalog(
      provinces: ["a"], indicators: [Fixture.indicator("x", unit: unit, polarity: polarity)],
      targets: [], observations: series.map { Fixture.observation("a", "x", $0.0, $0.1) })
    return catalog.trend(geo: "a", indicator: "x", upTo: year)
  }

  @Test(arguments: [
    // 2020 → 2024 from 100: 1.10^(1/4) − 1 = 0.024114, 1.03^(1/4) − 1 = 0.007417,
    // 1.01^(1/4) − 1 = 0.002491, 0.99^(1/4) − 1 = −0.002509
    (110.0, PaceStatus.onTrack), (103.0, .accelerationNeeded), (101.0, .limitedProgress),
    (99.0, .deterioration),
  ])
  func higherIsBetter(_ latest: Double, _ expected: PaceStatus) {
    let t = trend([(2020, 100), (2024, latest)])
    #expect(t.status == expected)
    #expect(t.baseYear == 2020 && t.latestYear == 2024)
    #expect(t.ratio == nil && t.requiredGrowth == nil)
  }

  @Test func growthIsTheCompoundAnnualRate() {
    let t = trend([(2020, 100), (2022, 105), (2024, 110)])
    #expect(abs((t.observedGrowth ?? 0) - 0.02411368908444511) < 1e-12)
    #expect(t.observations == ["a-x-2020", "a-x-2024"])
  }

  /// A fall is progress when lower is better: 0.9^(1/4) − 1 = −0.025996 → on track.
  @Test func lowerIsBetterTurnsTheDirection() {
    #expect(trend([(2020, 100), (2024, 90)], polarity: .lower).status == .onTrack)
    #expect(trend([(2020, 100), (2024, 110)], polarity: .lower).status == .deterioration)
  }

  /// Each threshold belongs to the better category.
  @Test(arguments: [
    (0.015, PaceStatus.onTrack), (0.0149999, .accelerationNeeded), (0.005, .accelerationNeeded),
    (0.0049999, .limitedProgress), (0.0, .limitedProgress), (-0.0000001, .deterioration),
  ])
  func thresholdBoundaries(_ growth: Double, _ expected: PaceStatus) {
    #expect(PaceStatus(directedGrowth: growth) == expected)
  }

  @Test func observationsAfterTheYearAreLeftOut() {
    // 2020–2022: 1.1^(1/2) − 1 = 0.0488 → on track; with 2026 (50) it would be deterioration
    let t = trend([(2020, 100), (2022, 110), (2026, 50)], upTo: 2024)
    #expect(t.status == .onTrack && t.latestYear == 2022)
  }

  @Test func tooLittleDataOrNoLevel() {
    #expect(trend([(2024, 10)]).status == .insufficientData)
    #expect(trend([]).status == .insufficientData)
    #expect(trend([(2020, 0), (2024, 10)]).status == .insufficientData)
    #expect(trend([(2020, 5), (2024, 6)], unit: .percentPerYear).status == .notApplicable)
    #expect(trend([(2020, 5), (2024, 6)], unit: .rank).status == .notApplicable)
    let empty = trend([(2020, 0), (2024, 10)])
    #expect(empty.observedGrowth == nil)
  }
}
