import Foundation
import Testing

@testable import Composite

@Suite struct SensitivityAnalysisTests {
  /// y = x₁ + 2x₂ on uniforms: V = 5/12, S₁ = S_T1 = 1/5, S₂ = S_T2 = 4/5, no interaction. The
  /// estimators on a Saltelli design of this function converge to them; at N = 20,000 the
  /// first-order estimator's standard error is about 0.02 (the total-order one's 0.005).
  @Test func estimatorsRecoverAnAdditiveModel() {
    let n = 20_000
    var random = UncertaintyRandom(seed: 7)
    let rows = (0..<n).map { _ in (0..<4).map { _ in random.nextUnit() } }
    func y(_ x: [Double]) -> Double { x[0] + 2 * x[1] }
    var outputs = rows.map { y([$0[0], $0[1]]) } + rows.map { y([$0[2], $0[3]]) }
    outputs += rows.map { y([$0[2], $0[1]]) } + rows.map { y([$0[0], $0[3]]) }
    let estimate = SobolEstimate(
      outputs: outputs, rows: n, inputs: 2, bootstrap: 50, seed: 1, jobs: 2)
    #expect(agree(estimate.variance, 5.0 / 12, within: 0.01))
    #expect(
      agree(estimate.first[0], 0.2, within: 0.03) && agree(estimate.first[1], 0.8, within: 0.03))
    #expect(
      agree(estimate.total[0], 0.2, within: 0.03) && agree(estimate.total[1], 0.8, within: 0.03))
    let interval = estimate.totalInterval[1]
    #expect(interval.map { $0.q5 < 0.8 && 0.8 < $0.q95 } == true, "\(String(describing: interval))")
  }

  @Test func failedRowsAreLeftOutAndAConstantOutputHasNoIndices() {
    let constant = SobolEstimate(
      outputs: [Double](repeating: 1, count: 12), rows: 3, inputs: 2, bootstrap: 10, seed: 1,
      jobs: 1)
    #expect(constant.variance == 0 && constant.first == [nil, nil] && constant.rowsUsed == 3)
    var outputs = (0..<12).map(Double.init)
    outputs[5] = .nan  // row 2 of B
    let partial = SobolEstimate(
      outputs: outputs, rows: 3, inputs: 2, bootstrap: 0, seed: 1, jobs: 1)
    #expect(partial.rowsUsed == 2 && partial.firstInterval.allSatisfy { $0 == nil })
  }

  @Test func oneUncertainInputIsRefused() throws {
    let input = try AuditFixtures.asem.get()
    let spec = UncertaintySpec(runs: 10, winsorisationLimits: [1, 2, 3])
    #expect(throws: CompositeError.tooFewUncertainInputs(count: 1)) {
      try SensitivityAnalysis.run(input, nominal: .coinrASEM, uncertainty: spec, bootstrap: 0)
    }
  }

  @Test func resultsDoNotDependOnJobs() throws {
    let input = try AuditFixtures.asem.get()
    func indices(_ jobs: Int) throws -> [SensitivityIndex] {
      var spec = UncertaintySpec.coinrVignette(runs: 50, seed: 9)
      spec.jobs = jobs
      return try SensitivityAnalysis.run(
        input, nominal: .coinrASEM, uncertainty: spec, bootstrap: 100
      ).indices
    }
    let one = try indices(1)
    let two = try indices(2)
    let seven = try indices(7)
    #expect(one == two && one == seven)
  }

  /// COINr's `get_sensitivity(SA_type = "SA")` on the vignette's spec: its published run (N =
  /// 100, 100 bootstraps) and our COINr runs (N = 100 and 500, 1,000 bootstraps). The engine's
  /// estimate at N = 4,000 must fall within COINr's 5–95% bootstrap interval, widened by the
  /// half-width of the engine's own interval (the two are independent Monte Carlo estimates:
  /// different generators, and COINr's `cut()` against the engine's ⌊u·k⌋).
  @Test func indicesAgreeWithCOINrWithinItsBootstrapIntervals() throws {
    let input = try AuditFixtures.asem.get()
    let ours = try SensitivityAnalysis.run(
      input, nominal: .coinrASEM, uncertainty: .coinrVignette(runs: 4000, seed: 1),
      bootstrap: 1000)
    #expect(ours.failedRuns == 0 && ours.rowsUsed == 4000 && ours.evaluations == 24_000)
    let names: [String: SensitivityInput] = [
      "Winmax": .winsorisation, "Normalisation": .normalisation, "Weights": .weights,
      "Aggregation": .aggregation,
    ]
    let files = try FileManager.default.contentsOfDirectory(atPath: AuditFixtures.directory.path)
      .filter { $0.hasPrefix("sensitivity_") }.sorted()
    #expect(files.count >= 2)
    for file in files {
      for row in try AuditFixtures.rows(file) {
        let index = try #require(ours.indices.first { $0.input == names[row["Variable"]] })
        for (kind, value, low, high, ownLow, ownHigh) in [
          (
            "Si", index.first, row.number("Si_q5"), row.number("Si_q95"), index.firstQ5,
            index.firstQ95
          ),
          (
            "STi", index.total, row.number("STi_q5"), row.number("STi_q95"), index.totalQ5,
            index.totalQ95
          ),
        ] {
          let value = try #require(value)
          let slack = ((ownHigh ?? value) - (ownLow ?? value)) / 2
          let (low, high) = (try #require(low), try #require(high))
          #expect(
            low - slack <= value && value <= high + slack,
            "\(file) \(row["Variable"]) \(kind): \(value) outside \(low)…\(high) ± \(slack)")
        }
      }
    }
  }
}
