import Foundation

/// Weights of one level chosen so that each of its items is equally (or as stated)
/// correlated with the index, as COINr's `get_opt_weights(optype = "balance")`.
///
/// For weights `w` of the level's items (scaled to sum to 1; other levels keep theirs), the
/// aggregates are recomputed from the normalised indicators and each item's Pearson
/// correlation `r` with its top-level ancestor is taken; with `r̂ = r / Σ r` and the targets
/// `t` (scaled to sum to 1), the objective is `log(Σ (t − r̂)² / m)` for m items. It is
/// minimised from `w = t` by R's Nelder–Mead (`NelderMead`, `reltol = 0.1`, 500
/// evaluations), as COINr does, so the weights are COINr's.
public struct OptimisedWeights: Sendable, Hashable {
  /// The level whose weights were optimised.
  public var level: Int
  /// Its items, in framework order.
  public var codes: [String]
  /// The targets, scaled to sum to 1 (COINr's `Desired`).
  public var desired: [Double]
  /// The optimised weights, summing to 1 (`OptWeight`).
  public var weights: [Double]
  /// Each item's share of the summed correlations at these weights; nil where a
  /// correlation is undefined.
  public var obtained: [Double?]
  /// What the minimiser reports (value, evaluations, convergence code).
  public var optimiser: NelderMead.Result

  /// Optimises the weights of `level`.
  /// - Parameters:
  ///   - normalised: one column per level-1 indicator of `framework`, in its order.
  ///   - targets: one relative target per item of the level, in framework order; nil for
  ///     equal influence (`itarg = "equal"`).
  /// - Throws: `CompositeError.invalidFramework` when `level` has no items below the top
  ///   level or `targets` has the wrong length or a non-positive sum.
  /// - Complexity: O(evaluations × units × nodes).
  public static func optimise(
    normalised: [[Double]], framework: CompositeFramework, aggregation: Aggregation,
    level: Int, targets: [Double]? = nil, minimiser: NelderMead = NelderMead()
  ) throws -> OptimisedWeights {
    let items = framework.nodes.indices.filter { framework.nodes[$0].level == level }
    guard level < framework.levelCount, !items.isEmpty else {
      throw CompositeError.invalidFramework(
        "no weights to optimise at level \(level) (levels 1…\(framework.levelCount - 1) have)")
    }
    let raw = targets ?? [Double](repeating: 1, count: items.count)
    let targetSum = raw.reduce(0, +)
    guard raw.count == items.count, targetSum > 0, targetSum.isFinite else {
      throw CompositeError.invalidFramework(
        "\(raw.count) targets for the \(items.count) items of level \(level)")
    }
    let desired = raw.map { $0 / targetSum }
    let unitCount = normalised.first?.count ?? 0
    let top = items.map { framework.ancestor(of: $0, atLevel: framework.levelCount) }
    let baseWeights = framework.nodes.map { aggregation.weights[$0.code] ?? $0.weight }
    let methods = framework.steps.map { aggregation.method(forLevel: $0.level) }
    var buffer = normalised.flatMap { $0 }
    let indicatorCells = buffer.count
    buffer.append(
      contentsOf: repeatElement(.nan, count: (framework.nodes.count * unitCount) - indicatorCells))
    var scratch = AggregationScratch()

    func shares(_ w: [Double]) -> [Double?] {
      let sum = w.reduce(0, +)
      var weights = baseWeights
      for (position, item) in items.enumerated() { weights[item] = w[position] / sum }
      let failure = buffer.withUnsafeMutableBufferPointer { values in
        Aggregation.aggregate(
          values, unitCount: unitCount, steps: framework.steps, weights: weights,
          methods: methods, threshold: aggregation.dataThreshold, scratch: &scratch)
      }
      guard failure == nil else { return items.map { _ in nil } }
      let column = { (node: Int) in buffer[node * unitCount..<(node + 1) * unitCount] }
      let r = zip(items, top).map { item, ancestor in
        ancestor.flatMap { Correlation.pairwise(column(item), column($0), method: .pearson) }
      }
      let total = r.reduce(0) { $0 + ($1 ?? .nan) }
      return r.map { $0.map { $0 / total } }
    }
    let objective = { (w: [Double]) -> Double in
      let s = shares(w)
      var sum = 0.0
      for (t, share) in zip(desired, s) {
        guard let share else { return .nan }
        sum += (t - share) * (t - share)
      }
      return log(sum / Double(items.count))
    }
    guard let found = minimiser.minimise(desired, objective) else {
      throw CompositeError.invalidFramework(
        "the correlations of level \(level) with the index are undefined at equal weights")
    }
    let sum = found.point.reduce(0, +)
    let weights = found.point.map { $0 / sum }
    guard weights.allSatisfy(\.isFinite) else {
      throw CompositeError.invalidFramework(
        "the optimised weights of level \(level) sum to \(sum) and cannot be scaled to 1")
    }
    let obtained = shares(found.point).map { $0.flatMap { $0.isFinite ? $0 : nil } }
    return OptimisedWeights(
      level: level, codes: items.map { framework.nodes[$0].code }, desired: desired,
      weights: weights, obtained: obtained, optimiser: found)
  }
}
