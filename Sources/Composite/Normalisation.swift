import Foundation
import Support

/// How each indicator is brought onto a common scale, following COINr's `n_*` functions.
///
/// As in `Normalise.numeric()`, values are first multiplied by the indicator's direction
/// (−1 for "lower is better"), then normalised; missing values stay missing. Goalposts and
/// targets are given in the indicator's own units and flipped with it, as COINr does when it
/// reads them from `iMeta`, so "lower is better" works without negating them by hand.
public enum Normalisation: Sendable, Hashable {
  /// Keep the (direction-adjusted) values (`f_n = "none"`).
  case none
  /// `(x − min) / (max − min) · (upper − lower) + lower` (`n_minmax`, `l_u`).
  case minMax(lower: Double, upper: Double)
  /// `(x − mean) / sd · standardDeviation + mean` with the n−1 sample sd (`n_zscore`, `m_sd`).
  case zScore(mean: Double, standardDeviation: Double)
  /// `(x − lower) / (upper − lower)`, or `(upper − x) / (upper − lower)` for a negative
  /// indicator, optionally truncated to 0…1, times `scale` (`n_goalposts`, `gposts`).
  case goalposts(lower: Double, upper: Double, scale: Double, truncate: Bool)
  /// `(x − min) / (target − min)`, or `(max − x) / (max − target)` for a negative indicator,
  /// optionally capped at 1 (`n_dist2targ`); the target is the indicator's `IndicatorMeta.target`.
  case distanceToTarget(capAtOne: Bool)
  /// `1 − (x_ref − x) / (x_ref − min)` with `x_ref` the value of the reference unit, optionally
  /// capped at 1 (`n_dist2ref`, `iref`).
  case distanceToReference(unit: String, capAtOne: Bool)
  /// `(rank − 1) / (available − 1)` with ranks from the lowest value, ties sharing the lowest
  /// rank (`n_prank`: `rank(ties.method = "min")`).
  case percentileRank
  /// The rank from the lowest value, ties sharing the lowest rank (`n_rank`).
  case rank
  /// `(x − lower) / (upper − lower) · scale`, or `(upper − x) / (upper − lower) · scale` for a
  /// negative indicator, never truncated (`n_scaled`, `npara`, `scale_factor`).
  case scaled(lower: Double, upper: Double, scale: Double)
  /// `x / max` (`n_fracmax`); missing for every unit when the maximum is 0.
  case fractionOfMaximum
  /// The number of units with a lower value: `rank − 1`, ties sharing the lowest (`n_borda`).
  case borda
  /// `1 − (max − x) / (max − min)` (`n_dist2max`); `NaN` for a constant column, as in R.
  case distanceToMaximum
  /// COINr's `boxcox(x, lambda)`: shifted to `x − min + 1`, then `(x^λ − 1) / λ`, or `log` for
  /// λ = 0; the minimum is over the available values.
  case boxCox(lambda: Double)

  /// COINr's default and the ASEM example's choice: min-max onto 0…100.
  public static let minMax0To100 = Normalisation.minMax(lower: 0, upper: 100)

  /// Normalises one column in place.
  /// - Parameters:
  ///   - column: the indicator's values, `NaN` for missing.
  ///   - direction: +1 or −1.
  ///   - target: the indicator's target, required by `.distanceToTarget`.
  ///   - referenceUnit: the row of the reference unit, required by `.distanceToReference`.
  /// - Complexity: O(n), O(n log n) for the rank methods.
  func apply(
    _ column: UnsafeMutableBufferPointer<Double>, direction: Double, target: Double?,
    referenceUnit: Int?
  ) {
    if direction != 1 {
      for index in column.indices { column[index] *= direction }
    }
    switch self {
    case .none:
      return
    case .minMax(let lower, let upper):
      let (low, high) = Self.range(column)
      map(column) { ($0 - low) / (high - low) * (upper - lower) + lower }
    case .zScore(let mean, let deviation):
      let (sampleMean, sampleDeviation) = Self.meanAndDeviation(column)
      map(column) { ($0 - sampleMean) / sampleDeviation * deviation + mean }
    case .goalposts(let lower, let upper, let scale, let truncate):
      // x arrives as x·direction, so the posts are flipped too (COINr's get_iMeta_norm_paras).
      let from = direction == 1 ? lower : -upper
      let to = direction == 1 ? upper : -lower
      map(column) {
        let y = ($0 - from) / (to - from)
        return (truncate ? min(max(y, 0), 1) : y) * scale
      }
    case .distanceToTarget(let cap):
      guard let target else { preconditionFailure("distance to target needs a target") }
      let low = Self.range(column).low
      let flipped = target * direction
      map(column) { Self.finite(($0 - low) / (flipped - low), cap: cap) }
    case .distanceToReference(_, let cap):
      guard let referenceUnit else { preconditionFailure("distance to reference needs a unit") }
      let low = Self.range(column).low
      let reference = column[referenceUnit]
      map(column) { Self.finite(1 - (reference - $0) / (reference - low), cap: cap) }
    case .scaled(let lower, let upper, let scale):
      // as the goalposts: COINr's get_iMeta_norm_paras flips npara for a negative indicator
      let from = direction == 1 ? lower : -upper
      let to = direction == 1 ? upper : -lower
      map(column) { ($0 - from) / (to - from) * scale }
    case .fractionOfMaximum:
      let high = Self.range(column).high
      // R gives ±Inf and NaN for a zero maximum; a column that cannot be scaled is missing
      map(column) { high == 0 ? .nan : $0 / high }
    case .distanceToMaximum:
      let (low, high) = Self.range(column)
      map(column) { 1 - (high - $0) / (high - low) }
    case .boxCox(let lambda):
      Self.boxCox(column, lambda: lambda)
    case .percentileRank, .rank, .borda:
      // R's rank(x, ties.method = "min", na.last = "keep"), NaN for missing
      var ranks = [Double](repeating: .nan, count: column.count)
      var order: [Int] = []
      Ranking.competition(UnsafeBufferPointer(column), descending: false, order: &order) {
        ranks[$0] = Double($1)
      }
      let available = Double(ranks.lazy.filter { !$0.isNaN }.count)
      for index in column.indices {
        switch self {
        case .rank: column[index] = ranks[index]
        case .borda: column[index] = ranks[index] - 1
        default: column[index] = (ranks[index] - 1) / (available - 1)
        }
      }
    }
  }

  /// COINr's `boxcox(x, lambda, makepos = TRUE, na.rm = TRUE)` in place: `y = x − min + 1`
  /// (so `y ≥ 1`), then `(y^λ − 1) / λ`, or `log y` for λ = 0.
  ///
  /// COINr's default `na.rm = FALSE` takes the minimum with the missing values, which makes
  /// every value missing when one is; the engine takes it over the available values.
  static func boxCox(_ column: UnsafeMutableBufferPointer<Double>, lambda: Double) {
    let low = range(column).low
    for index in column.indices where !column[index].isNaN {
      let y = column[index] - low + 1
      let z = lambda == 0 ? log(y) : (pow(y, lambda) - 1) / lambda
      column[index] = z.isFinite ? z : .nan  // y^λ overflowed: no value rather than ∞
    }
  }

  /// `y` capped at 1 if `cap`, then missing if still infinite: a target or reference at the
  /// minimum divides by 0, where R gives ±∞ (and COINr's `cap_max` makes +∞ a 1, kept here).
  private static func finite(_ y: Double, cap: Bool) -> Double {
    let capped = cap && y > 1 ? 1 : y
    return capped.isInfinite ? .nan : capped
  }

  private func map(_ column: UnsafeMutableBufferPointer<Double>, _ f: (Double) -> Double) {
    for index in column.indices where !column[index].isNaN { column[index] = f(column[index]) }
  }

  /// The minimum and maximum of the available values (±∞ if none).
  static func range(_ column: UnsafeMutableBufferPointer<Double>) -> (low: Double, high: Double) {
    var low = Double.infinity
    var high = -Double.infinity
    for value in column where !value.isNaN {
      if value < low { low = value }
      if value > high { high = value }
    }
    return (low, high)
  }

  /// The mean and the n−1 standard deviation of the available values (R's `mean`, `sd`).
  static func meanAndDeviation(_ column: UnsafeMutableBufferPointer<Double>) -> (Double, Double) {
    var count = 0.0
    var sum = 0.0
    for value in column where !value.isNaN {
      count += 1
      sum += value
    }
    let mean = sum / count
    var squares = 0.0
    for value in column where !value.isNaN { squares += (value - mean) * (value - mean) }
    return (mean, (squares / (count - 1)).squareRoot())
  }

}
