import Testing

@testable import Composite

/// Runs a column step on a copy of `values` and returns the result.
func applied(_ values: [Double], _ step: (UnsafeMutableBufferPointer<Double>) -> Void) -> [Double] {
  var copy = values
  copy.withUnsafeMutableBufferPointer { step($0) }
  return copy
}

@Suite struct ImputationTests {
  let nan = Double.nan
  // Groups: a, a, b, b, b, unknown.
  let groups = (ids: [0, 0, 1, 1, 1, -1], count: 2)

  @Test func meanAndMedianFillEveryGap() {
    let column = [1, nan, 2, 10, nan, 3]
    #expect(applied(column) { Imputation.mean.impute($0, groups: nil) } == [1, 4, 2, 10, 4, 3])
    #expect(
      applied(column) { Imputation.median.impute($0, groups: nil) } == [1, 2.5, 2, 10, 2.5, 3])
  }

  @Test func groupMeanAndMedianUseTheUnitsGroup() {
    let column = [2, nan, 1, 3, nan, 8]
    // group a has only 2; group b has 1 and 3; the unknown-group unit is not used.
    #expect(
      applied(column) {
        Imputation.groupMean("g").impute($0, groups: groups)
      } == [2, 2, 1, 3, 2, 8])
    let skewed = [2, nan, 1, 3, 20, nan]
    #expect(
      applied(skewed) { Imputation.groupMedian("g").impute($0, groups: groups) }
        .elementsEqual([2, 2, 1, 3, 20, nan]) { $0 == $1 || ($0.isNaN && $1.isNaN) })
    #expect(
      applied([2, nan, 1, 4, nan, nan]) { Imputation.groupMedian("g").impute($0, groups: groups) }
        .prefix(5) == [2, 2, 1, 4, 2.5])
  }

  @Test func aGroupWithoutDataAndAnUnknownGroupStayMissing() {
    let column = [nan, nan, 1, 3, 5, nan]
    let result = applied(column) { Imputation.groupMean("g").impute($0, groups: groups) }
    #expect(result[0].isNaN && result[1].isNaN && result[5].isNaN)
    #expect(Array(result[2...4]) == [1, 3, 5])
  }

  @Test func noneLeavesGaps() {
    let result = applied([1, nan]) { Imputation.none.impute($0, groups: nil) }
    #expect(result[0] == 1 && result[1].isNaN)
  }

  @Test func pipelineImputesByNamedGroupAndRejectsUnknownNames() throws {
    let data = CompositeData(
      unitCodes: ["A", "B", "C", "D"], indicatorCodes: ["x", "y"],
      rows: [[1, 4], [nil, 6], [5, 1], [7, nil]],
      groups: ["region": ["N", "N", "S", "S"]])
    let framework = try CompositeFramework([
      IndicatorMeta(code: "x", level: 1, parent: "I"),
      IndicatorMeta(code: "y", level: 1, parent: "I"),
      IndicatorMeta(code: "I", level: 2, parent: nil),
    ])
    let spec = CompositeSpec(imputation: .groupMean("region"))
    let result = try CompositePipeline.run(data, framework: framework, spec: spec)
    #expect(result.imputed?.column("x").map(Array.init) == [1, 1, 5, 7])
    #expect(result.imputed?.column("y").map(Array.init) == [4, 6, 1, 1])
    #expect(
      throws: CompositeError.unknownCompositeName(
        kind: "group variable", name: "regoin", suggestion: "region")
    ) {
      try CompositePipeline.run(
        data, framework: framework, spec: CompositeSpec(imputation: .groupMedian("regoin")))
    }
  }
}
