import Catalog
import Foundation
import Testing

@testable import Benchmark

/// Pace follows Open SDG's progress measure for a quantitative target (sdg-build
/// `ProgressMeasure.py`, methodology 2): observed growth base → latest, required growth
/// base → target year, ratio against the thresholds 0.95, 0.6 and 0.
@Suite struct PaceTests {
  func pace(
    _ target: Target, _ series: [(Int, Double)], polarity: Polarity = .higher,
    extra: [Observation] = []
  ) -> Pace {
    let catalog = Fixture.catalog(
      provinces: ["a"], indicators: [Fixture.indicator("x", polarity: polarity)], targets: [target],
      observations: series.map { Fixture.observation("a", "x", $0.0, $0.1) } + extra)
    return catalog.pace(of: target)
  }

  @Test func ratioOfObservedToRequiredGrowthFromTheBaseYear() throws {
    // observed 2020→2022: (12/10)^(1/2) − 1 = 0.095445; required 2020→2030 to 40:
    // (40/10)^(1/10) − 1 = 0.148698; ratio 0.641872: acceleration needed
    let p = pace(Fixture.target("t", "a", "x", .atLeast, 40), [(2020, 10), (2022, 12)])
    #expect(abs((p.observedGrowth ?? 0) - 0.0954451150103322) < 1e-12)
    #expect(abs((p.requiredGrowth ?? 0) - 0.1486983549970351) < 1e-12)
    #expect(abs((p.ratio ?? 0) - 0.6418706852018318) < 1e-12)
    #expect(p.status == .accelerationNeeded)
    #expect(p.baseYear == 2020 && p.latestYear == 2022)
    #expect(p.note == "observed 2020–2022, required 2020–2030")
  }

  @Test(arguments: [
    // target 70 in 2030 from 10 in 2020: required (7)^(1/10) − 1 = 0.214740
    (40.0, PaceStatus.onTrack),  // (4)^(1/4) − 1 = 0.414214, ratio 1.93
    (20.0, .accelerationNeeded),  // (2)^(1/4) − 1 = 0.189207, ratio 0.881
    (13.0, .limitedProgress),  // (1.3)^(1/4) − 1 = 0.067789, ratio 0.316
    (9.0, .deterioration),  // (0.9)^(1/4) − 1 = −0.025996, ratio −0.121
  ])
  func thresholds(_ latest: Double, _ expected: PaceStatus) {
    let p = pace(Fixture.target("t", "a", "x", .atLeast, 70), [(2020, 10), (2024, latest)])
    #expect(p.status == expected)
  }

  /// The boundaries themselves: each threshold belongs to the better category.
  @Test(arguments: [
    (0.95, PaceStatus.onTrack), (0.9499999, .accelerationNeeded), (0.6, .accelerationNeeded),
    (0.5999999, .limitedProgress), (0.0, .limitedProgress), (-0.0000001, .deterioration),
    (3.0, .onTrack), (-2.0, .deterioration),
  ])
  func thresholdBoundaries(_ ratio: Double, _ expected: PaceStatus) {
    #expect(PaceStatus(ratio: ratio) == expected)
  }

  @Test func achievedWhenTheLatestObservationMeetsTheTarget() {
    #expect(pace(Fixture.target("t", "a", "x", .atLeast, 40), [(2024, 40)]).status == .achieved)
    #expect(
      pace(Fixture.target("t", "a", "x", .atMost, 5), [(2024, 4)], polarity: .lower).status
        == .achieved)
    // a target met in an earlier year but missed in the latest is not achieved
    #expect(
      pace(Fixture.target("t", "a", "x", .atLeast, 40), [(2022, 45), (2024, 38)]).status
        == .deterioration)
  }

  /// `> 40` with the latest value exactly 40: not met, and no division by zero where the base
  /// also sits on the bound.
  @Test func strictBoundIsNotMetOnTheBound() {
    let rising = pace(Fixture.target("t", "a", "x", .greaterThan, 40), [(2020, 30), (2024, 40)])
    #expect(rising.status != .achieved)
    // required (40/30)^(1/10) − 1 = 0.029186; observed (40/30)^(1/4) − 1 = 0.074570
    #expect(rising.status == .onTrack)
    let flatOnBound = pace(
      Fixture.target("t", "a", "x", .greaterThan, 40), [(2020, 40), (2024, 40)])
    #expect(flatOnBound.status == .limitedProgress)
    #expect(flatOnBound.ratio == nil)
    #expect(flatOnBound.observedGrowth == 0 && flatOnBound.requiredGrowth == 0)
    #expect(flatOnBound.note.contains("ratio is undefined"))
  }

  @Test func flatSeriesIsLimitedProgress() {
    let p = pace(Fixture.target("t", "a", "x", .atLeast, 40), [(2020, 20), (2024, 20)])
    #expect(p.ratio == 0)
    #expect(p.status == .limitedProgress)
  }

  @Test func fallingSeriesIsDeterioration() {
    let p = pace(Fixture.target("t", "a", "x", .atLeast, 40), [(2020, 20), (2024, 18)])
    #expect((p.ratio ?? 0) < 0)
    #expect(p.status == .deterioration)
    // fell below a figure the base year had already reached: ratio undefined, deterioration
    let back = pace(Fixture.target("t", "a", "x", .atLeast, 40), [(2020, 45), (2024, 39)])
    #expect(back.ratio == nil && back.status == .deterioration)
  }

  @Test func lowerIsBetterGrowthIsNegative() {
    let p = pace(
      Fixture.target("t", "a", "x", .atMost, 5), [(2020, 20), (2024, 10)], polarity: .lower)
    #expect((p.requiredGrowth ?? 0) < 0 && (p.observedGrowth ?? 0) < 0)
    #expect(p.status == .onTrack)
    let worse = pace(
      Fixture.target("t", "a", "x", .atMost, 5), [(2020, 10), (2024, 20)], polarity: .lower)
    #expect(worse.status == .deterioration)
  }

  @Test func tooLittleDataSaysSo() {
    #expect(pace(Fixture.target("t", "a", "x", .atLeast, 40), []).status == .insufficientData)
    #expect(
      pace(Fixture.target("t", "a", "x", .atLeast, 40), [(2024, 12)]).status == .insufficientData)
    #expect(
      pace(Fixture.target("t", "a", "x", .atLeast, 40), [(2020, 0), (2024, 12)]).status
        == .insufficientData)
    let growth = Fixture.target("t", "a", "x", .equal, 10, unit: .percentPerYear)
    #expect(pace(growth, [(2020, 5), (2024, 6)]).status == .notApplicable)
  }

  /// Two sources for one year: the documented rule picks one, the pace says so, and a
  /// period average is never read as a year's value.
  @Test func sourcesOfOneYearAndPeriodAverages() {
    var secondary = Fixture.observation("a", "x", 2024, 30)
    secondary.id = "press"
    secondary.provenance.confidence = .secondary
    var period = Fixture.observation("a", "x", 2024, 1)
    period.id = "average"
    period.firstYear = 2020
    // the primary 2024 figure (20) is used, not the press figure listed first (30)
    let p = pace(
      Fixture.target("t", "a", "x", .atLeast, 40), [(2020, 10)],
      extra: [secondary, Fixture.observation("a", "x", 2024, 20), period])
    #expect(p.observations == ["a-x-2020", "a-x-2024"])
    #expect(abs((p.observedGrowth ?? 0) - (pow(2.0, 0.25) - 1)) < 1e-12)
    #expect(p.choices.count == 1)
    #expect(p.choices.first?.contains("a-x-2024 = 20 used") == true)
    #expect(p.choices.first?.contains("also press = 30") == true)
  }
}
