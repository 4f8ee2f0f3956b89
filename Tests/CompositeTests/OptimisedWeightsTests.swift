import Foundation
import Testing

@testable import Composite

@Suite struct OptimisedWeightsTests {
  /// R: `optim(c(-1.2, 1), fr)` for Rosenbrock's function (the example of `?optim`) gives
  /// par 1.000260 1.000506, value 8.825241e-08 after 195 evaluations.
  @Test func nelderMeadFollowsROnRosenbrock() throws {
    let minimiser = NelderMead(relativeTolerance: 1.490116119384765625e-8, maxEvaluations: 500)
    let found = try #require(
      minimiser.minimise([-1.2, 1]) { x in
        100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0]) + (1 - x[0]) * (1 - x[0])
      })
    #expect(found.evaluations == 195 && found.convergence == 0)
    #expect(agree(found.point[0], 1.000260, within: 5e-7))
    #expect(agree(found.point[1], 1.000506, within: 5e-7))
    #expect(agree(found.value, 8.825241e-08, within: 5e-14))
  }

  /// `get_opt_weights(itarg = "equal", dset = "Aggregated", Level = 2, 3)`: the same weights,
  /// objective and number of evaluations.
  @Test func weightsMatchCOINr() throws {
    let audit = try AuditFixtures.audit.get()
    let runs = try AuditFixtures.rows("opt_weights_runs.csv")
    let rows = try AuditFixtures.rows("opt_weights.csv")
    #expect(audit.optimisedWeights.map(\.level) == [2, 3])
    for result in audit.optimisedWeights {
      let run = try #require(runs.first { $0["Level"] == String(result.level) })
      #expect(agree(result.optimiser.value, run.number("Value"), within: 1e-9))
      #expect(String(result.optimiser.evaluations) == run["FunctionCount"])
      #expect(String(result.optimiser.convergence) == run["Convergence"])
      for (code, weight) in zip(result.codes, result.weights) {
        let row = rows.first { $0["Level"] == String(result.level) && $0["iCode"] == code }
        #expect(agree(weight, row?.number("OptWeight"), within: 1e-12), "\(code)")
        #expect(agree(result.desired[0], row?.number("Desired"), within: 1e-15))
      }
    }
  }
}
