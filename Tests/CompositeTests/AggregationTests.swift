import Foundation
import Testing

@testable import Composite

@Suite struct AggregationTests {
  /// Two indicators (weights 1 and 3) into one index; units A, B, C.
  func build(
    _ rows: [[Double?]], _ aggregation: Aggregation, normalisation: Normalisation = .none
  ) throws -> [Double] {
    let data = CompositeData(unitCodes: ["A", "B", "C"], indicatorCodes: ["x", "y"], rows: rows)
    let framework = try CompositeFramework([
      IndicatorMeta(code: "x", level: 1, parent: "I", weight: 1),
      IndicatorMeta(code: "y", level: 1, parent: "I", weight: 3),
      IndicatorMeta(code: "I", level: 2, parent: nil),
    ])
    let spec = CompositeSpec(normalisation: normalisation, aggregation: aggregation)
    let result = try CompositePipeline.run(data, framework: framework, spec: spec)
    return Array(try #require(result.scores("I")))
  }

  let rows: [[Double?]] = [[2, 8], [4, 4], [1, nil]]

  @Test func arithmeticMeanRenormalisesWeightsOverAvailableValues() throws {
    let scores = try build(rows, Aggregation(method: .arithmetic))
    #expect(allClose(scores, [(2 + 24) / 4.0, 4, 1]))
  }

  @Test func geometricMean() throws {
    let scores = try build(rows, Aggregation(method: .geometric))
    #expect(allClose(scores, [exp((log(2.0) + 3 * log(8.0)) / 4), 4, 1]))
  }

  @Test func harmonicMean() throws {
    let scores = try build(rows, Aggregation(method: .harmonic))
    #expect(allClose(scores, [4 / (1 / 2.0 + 3 / 8.0), 4, 1]))
  }

  @Test func dataThresholdMakesSparseUnitsMissing() throws {
    let scores = try build(rows, Aggregation(dataThreshold: 0.6))
    #expect(scores[0] == 6.5 && scores[1] == 4 && scores[2].isNaN)
    let lenient = try build(rows, Aggregation(dataThreshold: 0.5))
    #expect(lenient[2] == 1)
    let empty = try build([[2, 8], [4, 4], [nil, nil]], Aggregation())
    #expect(empty[2].isNaN)
  }

  @Test func weightOverridesAndLevelMethods() throws {
    let scores = try build(rows, Aggregation(weights: ["y": 1]))
    #expect(scores == [5, 4, 1])
    let geometric = try build(rows, Aggregation(method: .harmonic, methodByLevel: [2: .geometric]))
    #expect(allClose(geometric, [exp((log(2.0) + 3 * log(8.0)) / 4), 4, 1]))
  }

  @Test func unknownWeightCodesAndLevelsAreErrors() {
    #expect(
      throws: CompositeError.unknownCompositeName(kind: "weight code", name: "yy", suggestion: "y")
    ) {
      try build(rows, Aggregation(weights: ["yy": 2]))
    }
    #expect(
      throws: CompositeError.unknownCompositeName(
        kind: "aggregation level", name: "3", suggestion: nil)
    ) {
      try build(rows, Aggregation(methodByLevel: [3: .geometric]))
    }
  }

  @Test func nonPositiveValuesStopTheGeometricMean() {
    // Min-max onto 0…100 gives unit B a 0 on y: COINr stops there too.
    #expect(
      throws: CompositeError.invalidAggregationInput(
        method: "geometric", need: "positive values", aggregate: "I", unit: "B", value: 0)
    ) {
      try build(rows, Aggregation(method: .geometric), normalisation: .minMax0To100)
    }
    #expect(
      throws: CompositeError.invalidAggregationInput(
        method: "harmonic", need: "non-zero values", aggregate: "I", unit: "A", value: 0)
    ) {
      try build([[0, 8], [4, 4], [1, 2]], Aggregation(method: .harmonic))
    }
  }

  @Test func generalisedMeanRenormalisesWeightsOverAvailableValues() throws {
    // (Σ w x² / Σ w)^½: A (2² + 3·8²) / 4 = 49. COINr's a_genmean gives C NA here (it sets the
    // weight of a missing value to NA and sums without na.rm); the engine skips it as a_amean.
    let scores = try build(rows, Aggregation(method: .generalised(p: 2)))
    #expect(allClose(scores, [7, 4, 1]))
    let harmonic = try build(rows, Aggregation(method: .generalised(p: -1)))
    #expect(allClose(harmonic, [4 / (1 / 2.0 + 3 / 8.0), 4, 1]))
  }

  @Test func generalisedMeanStopsOnValuesItCannotTake() {
    // z-scores are negative for A on x; p = 2 would square −0.58 into +0.33 (COINr does)
    #expect(
      throws: CompositeError.invalidAggregationInput(
        method: "generalised (p = 2)", need: "values that are not negative", aggregate: "I",
        unit: "A", value: -1)
    ) {
      try build([[-1, 8], [4, 4], [1, 2]], Aggregation(method: .generalised(p: 2)))
    }
    #expect(
      throws: CompositeError.invalidAggregationInput(
        method: "generalised (p = -0.5)", need: "positive values", aggregate: "I", unit: "B",
        value: 0)
    ) {
      try build([[2, 8], [0, 4], [1, 2]], Aggregation(method: .generalised(p: -0.5)))
    }
  }

  @Test func copelandCountsPairwiseWinsAndLosses() throws {
    // weights ¼ and ¾. A–B: A higher on y (¾ > ½): A +1, B −1. A–C and B–C: C lacks y, so
    // only x counts (A and B higher): C −1 twice. COINr would score C +2 here: it takes
    // o_CA = 1 − o_AC = 1 − ¼, counting the comparison that could not be made for C.
    #expect(try build(rows, Aggregation(method: .copeland)) == [2, 0, -2])
    // A and B equal everywhere: o = ½, 0 against each other; both beat C
    #expect(try build([[1, 1], [1, 1], [0, 0]], Aggregation(method: .copeland)) == [1, 1, -2])
    // below the data threshold C takes no part
    let sparse = try build(rows, Aggregation(method: .copeland, dataThreshold: 0.6))
    #expect(sparse[0] == 1 && sparse[1] == -1 && sparse[2].isNaN)
  }

  @Test func multiLevelHierarchyAggregatesBottomUp() throws {
    let data = CompositeData(
      unitCodes: ["A", "B"], indicatorCodes: ["a", "b", "c"], rows: [[1, 3, 10], [5, 5, 0]])
    let framework = try CompositeFramework([
      IndicatorMeta(code: "Index", level: 3, parent: nil),
      IndicatorMeta(code: "P1", level: 2, parent: "Index", weight: 1),
      IndicatorMeta(code: "P2", level: 2, parent: "Index", weight: 3),
      IndicatorMeta(code: "a", level: 1, parent: "P1"),
      IndicatorMeta(code: "b", level: 1, parent: "P1"),
      IndicatorMeta(code: "c", level: 1, parent: "P2"),
    ])
    let result = try CompositePipeline.run(
      data, framework: framework, spec: CompositeSpec(normalisation: .none))
    #expect(result.scores("P1").map(Array.init) == [2, 5])
    let index: [Double] = [(2 + 30) / 4.0, 5 / 4.0]
    #expect(result.scores("Index").map(Array.init) == index)
    #expect(result.ranks("Index") == [1, 2])
    #expect(result.aggregated.columnCodes == ["a", "b", "c", "P1", "P2", "Index"])
  }
}
