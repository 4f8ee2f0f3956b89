import Foundation
import Support
import Testing

@testable import Composite

@Suite struct NormalisationTests {
  let nan = Double.nan
  let x: [Double] = [2, 4, 6, 8, .nan]

  func normalise(
    _ values: [Double], _ method: Normalisation, direction: Double = 1, target: Double? = nil,
    reference: Int? = nil
  ) -> [Double] {
    applied(values) {
      method.apply($0, direction: direction, target: target, referenceUnit: reference)
    }
  }

  func expectValues(
    _ actual: [Double], _ expected: [Double],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    #expect(
      actual.count == expected.count && zip(actual, expected).allSatisfy { isClose($0, $1) },
      "\(actual) ≠ \(expected)", sourceLocation: sourceLocation)
  }

  @Test func minMaxMapsOntoTheInterval() {
    expectValues(normalise(x, .minMax0To100), [0, 100.0 / 3, 200.0 / 3, 100, nan])
    expectValues(normalise(x, .minMax(lower: 1, upper: 100)), [1, 34, 67, 100, nan])
    expectValues(normalise(x, .minMax0To100, direction: -1), [100, 200.0 / 3, 100.0 / 3, 0, nan])
  }

  @Test func zScoreUsesTheSampleStandardDeviation() {
    let sd = (20.0 / 3).squareRoot()
    expectValues(
      normalise(x, .zScore(mean: 0, standardDeviation: 1)), [-3 / sd, -1 / sd, 1 / sd, 3 / sd, nan])
    expectValues(
      normalise(x, .zScore(mean: 10, standardDeviation: 2)),
      [10 - 6 / sd, 10 - 2 / sd, 10 + 2 / sd, 10 + 6 / sd, nan])
  }

  @Test func goalpostsTruncateAndFlipForNegativeIndicators() {
    let posts = Normalisation.goalposts(lower: 3, upper: 7, scale: 100, truncate: true)
    expectValues(normalise(x, posts), [0, 25, 75, 100, nan])
    expectValues(
      normalise(x, .goalposts(lower: 3, upper: 7, scale: 100, truncate: false)),
      [-25, 25, 75, 125, nan])
    expectValues(normalise(x, posts, direction: -1), [100, 75, 25, 0, nan])
  }

  @Test func distanceToTargetBothDirections() {
    expectValues(
      normalise(x, .distanceToTarget(capAtOne: false), target: 6), [0, 0.5, 1, 1.5, nan])
    expectValues(normalise(x, .distanceToTarget(capAtOne: true), target: 6), [0, 0.5, 1, 1, nan])
    // Lower is better, target 4: (max − x) / (max − target).
    expectValues(
      normalise(x, .distanceToTarget(capAtOne: false), direction: -1, target: 4),
      [1.5, 1, 0.5, 0, nan])
    expectValues(
      normalise(x, .distanceToTarget(capAtOne: true), direction: -1, target: 4),
      [1, 1, 0.5, 0, nan])
  }

  @Test func distanceToReferenceUnit() {
    let method = Normalisation.distanceToReference(unit: "B", capAtOne: false)
    expectValues(normalise(x, method, reference: 1), [0, 1, 2, 3, nan])
    expectValues(
      normalise(x, .distanceToReference(unit: "B", capAtOne: true), reference: 1),
      [0, 1, 1, 1, nan])
  }

  /// A reference or target at the minimum divides by 0. COINr 1.1.14 gives
  /// `n_dist2ref(c(2, 4, 6, 8, NA), 1)` = NaN Inf Inf Inf NA, and with `cap_max = TRUE`
  /// NaN 1 1 1 NA (the same for `n_dist2targ(x, 2)`); the engine keeps the finite values
  /// and makes the infinite ones missing.
  @Test func referenceOrTargetAtTheMinimumGivesNoInfinity() {
    let atMinimum = normalise(x, .distanceToReference(unit: "A", capAtOne: false), reference: 0)
    expectValues(atMinimum, [nan, nan, nan, nan, nan])
    expectValues(
      normalise(x, .distanceToReference(unit: "A", capAtOne: true), reference: 0),
      [nan, 1, 1, 1, nan])
    expectValues(
      normalise(x, .distanceToTarget(capAtOne: false), target: 2), [nan, nan, nan, nan, nan])
    expectValues(
      normalise(x, .distanceToTarget(capAtOne: true), target: 2), [nan, 1, 1, 1, nan])
  }

  @Test func rankAndPercentileRankShareTheLowestRankOnTies() {
    let tied: [Double] = [3, 1, 3, 2, .nan]
    expectValues(normalise(tied, .rank), [3, 1, 3, 2, nan])
    expectValues(normalise(tied, .percentileRank), [2.0 / 3, 0, 2.0 / 3, 1.0 / 3, nan])
    expectValues(normalise(tied, .rank, direction: -1), [1, 4, 1, 3, nan])
    expectValues(normalise(tied, .none, direction: -1), [-3, -1, -3, -2, nan])
  }

  @Test func scaledFractionOfMaximumBordaAndDistanceToMaximum() {
    let scaled = Normalisation.scaled(lower: 0, upper: 10, scale: 100)
    expectValues(normalise(x, scaled), [20, 40, 60, 80, nan])
    // lower is better: (upper − x) / (upper − lower), as COINr with iMeta parameters
    expectValues(normalise(x, scaled, direction: -1), [80, 60, 40, 20, nan])
    expectValues(normalise(x, .fractionOfMaximum), [0.25, 0.5, 0.75, 1, nan])
    // −x over a maximum of −2: COINr's n_fracmax after the direction flip
    expectValues(normalise(x, .fractionOfMaximum, direction: -1), [1, 2, 3, 4, nan])
    // a zero maximum cannot scale (R: −Inf and NaN): the column is missing
    #expect(normalise([0, -1, nan], .fractionOfMaximum).allSatisfy { $0.isNaN })
    expectValues(normalise([3, 1, 3, 2, nan], .borda), [2, 0, 2, 1, nan])
    expectValues(normalise(x, .distanceToMaximum), [0, 1.0 / 3, 2.0 / 3, 1, nan])
    #expect(normalise([5, 5, nan], .distanceToMaximum).allSatisfy { $0.isNaN })
  }

  @Test func boxCoxShiftsToOneThenTransforms() {
    // y = x − 2 + 1 = 1, 3, 5, 7
    expectValues(
      normalise(x, .boxCox(lambda: 0.5)),
      [0, 2 * (3.0.squareRoot() - 1), 2 * (5.0.squareRoot() - 1), 2 * (7.0.squareRoot() - 1), nan])
    expectValues(normalise(x, .boxCox(lambda: 0)), [0, log(3), log(5), log(7), nan])
    expectValues(normalise(x, .boxCox(lambda: 1)), [0, 2, 4, 6, nan])
  }

  @Test func pipelineResolvesTargetsReferencesAndOverrides() throws {
    let data = CompositeData(
      unitCodes: ["A", "B", "C"], indicatorCodes: ["x", "y"], rows: [[1, 10], [2, 20], [4, 30]])
    let meta = [
      IndicatorMeta(code: "x", level: 1, parent: "I", target: 3),
      IndicatorMeta(code: "y", level: 1, parent: "I", direction: .negative),
      IndicatorMeta(code: "I", level: 2, parent: nil),
    ]
    let framework = try CompositeFramework(meta)
    let spec = CompositeSpec(
      normalisation: .distanceToReference(unit: "B", capAtOne: false),
      normalisationByIndicator: ["x": .distanceToTarget(capAtOne: true)])
    let result = try CompositePipeline.run(data, framework: framework, spec: spec)
    #expect(result.normalised?.column("x").map(Array.init) == [0, 0.5, 1])
    // y is negative: −y = −10, −20, −30; reference −20, minimum −30.
    #expect(result.normalised?.column("y").map(Array.init) == [2, 1, 0])

    #expect(throws: CompositeError.missingTarget(indicator: "y")) {
      try CompositePipeline.run(
        data, framework: framework,
        spec: CompositeSpec(normalisation: .distanceToTarget(capAtOne: false)))
    }
    #expect(throws: CompositeError.self) {
      try CompositePipeline.run(
        data, framework: framework,
        spec: CompositeSpec(normalisation: .distanceToReference(unit: "Z", capAtOne: false)))
    }
  }
}
