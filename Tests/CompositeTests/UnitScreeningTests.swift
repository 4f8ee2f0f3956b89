import Testing

@testable import Composite

@Suite struct UnitScreeningTests {
  let nan = Double.nan
  let codes = ["A", "B", "C"]
  /// Four indicators, column-major: A has everything, B misses one, C misses two and has a 0.
  var values: [Double] {
    [
      1, 1, nan,
      2, nan, 0,
      3, 3, nan,
      4, 4, 4,
    ]
  }

  @Test func byMissingKeepsUnitsAtOrAboveTheThreshold() {
    #expect(
      UnitScreening(dataThreshold: 0.75).keep(values: values, unitCodes: codes)
        == [true, true, false])
    #expect(
      UnitScreening(dataThreshold: 0.5).keep(values: values, unitCodes: codes)
        == [true, true, true])
    #expect(
      UnitScreening(dataThreshold: 1).keep(values: values, unitCodes: codes)
        == [true, false, false])
  }

  @Test func byZerosCountsZerosAmongAvailableValues() {
    // C: one zero among two available values = 50% non-zero.
    let zeros = UnitScreening(rule: .zeros, nonZeroThreshold: 0.6)
    #expect(zeros.keep(values: values, unitCodes: codes) == [true, true, false])
    let either = UnitScreening(rule: .missingOrZeros, dataThreshold: 0.75, nonZeroThreshold: 0.4)
    #expect(either.keep(values: values, unitCodes: codes) == [true, true, false])
  }

  @Test func forcedUnitsOverrideTheRule() {
    let screening = UnitScreening(
      dataThreshold: 0.75, forceInclude: ["C"], forceExclude: ["A"])
    #expect(screening.keep(values: values, unitCodes: codes) == [false, true, true])
  }

  @Test func asemKeepsEveryUnitAfterImputationButNotBefore() throws {
    let input = try ReferenceFixtures.asem.get()
    var spec = CompositeSpec.coinrASEM
    spec.screening?.basis = .dataBeforeImputation
    let result = try CompositePipeline.run(input.data, framework: input.framework, spec: spec)
    #expect(result.removedUnits == ["BGD", "BRN", "KHM", "LAO", "MMR"])
    #expect(result.unitCodes.count == 46)
    #expect(result.screened?.unitCodes == result.unitCodes)
  }

  @Test func screeningEveryUnitOutIsAnError() throws {
    let data = CompositeData(
      unitCodes: ["A"], indicatorCodes: ["x", "y"], rows: [[1, nil]])
    let framework = try CompositeFramework([
      IndicatorMeta(code: "x", level: 1, parent: "I"),
      IndicatorMeta(code: "y", level: 1, parent: "I"),
      IndicatorMeta(code: "I", level: 2, parent: nil),
    ])
    let spec = CompositeSpec(screening: UnitScreening(dataThreshold: 0.9))
    #expect(throws: CompositeError.noUnitsLeft(threshold: 0.9)) {
      try CompositePipeline.run(data, framework: framework, spec: spec)
    }
    let typo = CompositeSpec(screening: UnitScreening(forceInclude: ["a"]))
    #expect(throws: CompositeError.self) {
      try CompositePipeline.run(data, framework: framework, spec: typo)
    }
  }
}
