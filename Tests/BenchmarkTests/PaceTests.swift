import Catalog
import Foundation
import Testing

@testable import Benchmark

@Suite struct PaceTests {
  func pace(_ target: Target, _ series: [(Int, Double)], polarity: Polarity = .higher) -> Pace {
    let catalog = Fixture.catalog(
      provinces: ["a"], indicators: [Fixture.indicator("x", polarity: polarity)], targets: [target],
      observations: series.map { Fixture.observation("a", "x", $0.0, $0.1) })
    return catalog.pace(of: target)
  }

  @Test func ratioOfObservedToRequiredGrowth() throws {
    // observed: (12/10)^(1/2) − 1; required: (40/12)^(1/8) − 1
    let p = pace(Fixture.target("t", "a", "x", .atLeast, 40), [(2020, 10), (2022, 12)])
    let observed = pow(1.2, 0.5) - 1
    let required = pow(40.0 / 12, 1.0 / 8) - 1
    #expect(abs((p.observedGrowth ?? 0) - observed) < 1e-12)
    #expect(abs((p.requiredGrowth ?? 0) - required) < 1e-12)
    #expect(abs((p.ratio ?? 0) - observed / required) < 1e-12)
    #expect(p.status == .limitedProgress)  // 0.095 / 0.162 ≈ 0.59
  }

  @Test(arguments: [
    (60.0, PaceStatus.onTrack), (20.0, .accelerationNeeded), (13.0, .limitedProgress),
    (9.0, .deterioration),
  ])
  func thresholds(_ latest: Double, _ expected: PaceStatus) {
    // required growth 2024→2030 to reach 40 from latest; observed growth 2020→2024 from 10
    let p = pace(Fixture.target("t", "a", "x", .atLeast, 70), [(2020, 10), (2024, latest)])
    let observed = pow(latest / 10, 0.25) - 1
    let required = pow(70 / latest, 1.0 / 6) - 1
    let ratio = observed / required
    let status: PaceStatus =
      ratio >= 0.95
      ? .onTrack
      : ratio >= 0.6 ? .accelerationNeeded : ratio >= 0 ? .limitedProgress : .deterioration
    #expect(status == expected, "fixture chosen for \(expected): ratio \(ratio)")
    #expect(p.status == expected)
  }

  @Test func achievedWhenTheLatestObservationMeetsTheTarget() {
    #expect(pace(Fixture.target("t", "a", "x", .atLeast, 40), [(2024, 40)]).status == .achieved)
    #expect(
      pace(Fixture.target("t", "a", "x", .greaterThan, 40), [(2023, 30), (2024, 40)]).status
        != .achieved)
    #expect(
      pace(Fixture.target("t", "a", "x", .atMost, 5), [(2024, 4)], polarity: .lower).status
        == .achieved)
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
}
