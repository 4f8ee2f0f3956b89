/// The Nelder–Mead simplex minimiser of R's `stats::optim(method = "Nelder-Mead")` (J. C.
/// Nash, *Compact Numerical Methods for Computers*, 2nd ed., algorithm 19, as R's `nmmin`
/// implements it), so that COINr's `get_opt_weights()` can be reproduced step for step.
///
/// R's choices are kept because COINr stops it very early (`reltol = 0.1`), where another
/// minimiser would return other weights: reflection 1, contraction ½, expansion 2; the first
/// simplex steps one coordinate at a time by a tenth of the largest |start| (0.1 if all are
/// 0); it stops when the spread of values is within `reltol · (|f(start)| + reltol)`, after
/// `maxEvaluations` evaluations, or when a shrink does not make the simplex smaller. A
/// non-finite value counts as 1e35, as in R.
public struct NelderMead: Sendable {
  /// R's `reltol` (COINr's `toler`, 0.1 by default in `get_opt_weights`).
  public var relativeTolerance: Double
  /// R's `maxit` (COINr's `maxiter`, 500).
  public var maxEvaluations: Int

  /// Creates a minimiser with COINr's settings unless given.
  public init(relativeTolerance: Double = 0.1, maxEvaluations: Int = 500) {
    self.relativeTolerance = relativeTolerance
    self.maxEvaluations = maxEvaluations
  }

  /// What the minimiser found.
  public struct Result: Sendable, Hashable {
    /// The best point.
    public var point: [Double]
    /// The objective there.
    public var value: Double
    /// Evaluations used (R's `counts["function"]`).
    public var evaluations: Int
    /// R's `convergence`: 0 converged, 1 out of evaluations, 10 degenerate simplex.
    public var convergence: Int
  }

  /// Minimises `objective` from `start`.
  /// - Returns: nil when the objective is not finite at `start` (R stops there).
  /// - Complexity: O(`maxEvaluations` × (cost of `objective` + n)) plus O(n²) per shrink.
  public func minimise(_ start: [Double], _ objective: ([Double]) -> Double) -> Result? {
    let big = 1.0e35
    let n = start.count
    let first = objective(start)
    guard first.isFinite else { return nil }
    guard maxEvaluations > 0, n > 0 else {
      return Result(point: start, value: first, evaluations: 0, convergence: 0)
    }
    func evaluate(_ point: [Double]) -> Double {
      let value = objective(point)
      return value.isFinite ? value : big
    }
    var evaluations = 1
    let tolerance = relativeTolerance * (abs(first) + relativeTolerance)
    // vertices[j] is a point, values[j] its objective; vertex 0 is the start
    var vertices = [start]
    var values = [first]
    var step = start.map { 0.1 * abs($0) }.max() ?? 0
    if step == 0 { step = 0.1 }
    var size = 0.0
    for j in 0..<n {
      var vertex = start
      var trial = step
      while vertex[j] == start[j] {
        vertex[j] = start[j] + trial
        trial *= 10
      }
      size += trial
      vertices.append(vertex)
      values.append(0)
    }
    var oldSize = size
    var best = 0
    var recompute = true
    var convergence = 0
    while true {
      if recompute {
        for j in vertices.indices where j != best {
          values[j] = evaluate(vertices[j])
          evaluations += 1
        }
        recompute = false
      }
      var low = values[best]
      var high = low
      var worst = best
      for j in vertices.indices where j != best {
        if values[j] < low {
          best = j
          low = values[j]
        }
        if values[j] > high {
          worst = j
          high = values[j]
        }
      }
      if high <= low + tolerance { break }
      var centroid = [Double](repeating: 0, count: n)
      for i in 0..<n {
        var sum = -vertices[worst][i]
        for vertex in vertices { sum += vertex[i] }
        centroid[i] = sum / Double(n)
      }
      var trial = (0..<n).map { 2 * centroid[$0] - vertices[worst][$0] }
      let reflected = evaluate(trial)
      evaluations += 1
      if reflected < low {
        let expanded = (0..<n).map { 2 * trial[$0] + (1 - 2) * centroid[$0] }
        let expandedValue = evaluate(expanded)
        evaluations += 1
        if expandedValue < reflected {
          vertices[worst] = expanded
          values[worst] = expandedValue
        } else {
          vertices[worst] = trial
          values[worst] = reflected
        }
      } else {
        if reflected < high {
          vertices[worst] = trial
          values[worst] = reflected
        }
        trial = (0..<n).map { 0.5 * vertices[worst][$0] + 0.5 * centroid[$0] }
        let contracted = evaluate(trial)
        evaluations += 1
        if contracted < values[worst] {
          vertices[worst] = trial
          values[worst] = contracted
        } else if reflected >= high {
          recompute = true
          size = 0
          for j in vertices.indices where j != best {
            for i in 0..<n {
              vertices[j][i] = 0.5 * (vertices[j][i] - vertices[best][i]) + vertices[best][i]
              size += abs(vertices[j][i] - vertices[best][i])
            }
          }
          if size < oldSize {
            oldSize = size
          } else {
            convergence = 10
            break
          }
        }
      }
      if evaluations > maxEvaluations { break }
    }
    if evaluations > maxEvaluations { convergence = 1 }
    return Result(
      point: vertices[best], value: values[best], evaluations: evaluations,
      convergence: convergence)
  }
}
