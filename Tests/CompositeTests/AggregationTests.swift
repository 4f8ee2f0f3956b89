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
        method: "geometric", aggregate: "I", unit: "B", value: 0)
    ) {
      try build(rows, Aggregation(method: .geometric), normalisation: .minMax0To100)
    }
    #expect(
      throws: CompositeError.invalidAggregationInput(
        method: "harmonic", aggregate: "I", unit: "A", value: 0)
    ) {
      try build([[0, 8], [4, 4], [1, 2]], Aggregation(method: .harmonic))
    }
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
