import Catalog
import Support

/// The summary statistics the benchmark engine uses, each documented in docs/methodology.md.
public enum Statistics {
  /// The arithmetic mean; nil for no values.
  public static func mean(_ values: [Double]) -> Double? {
    values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
  }

  /// The median (mean of the two middle values for an even count); nil for no values.
  public static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// The sample standard deviation (n − 1 in the denominator); nil for fewer than two values.
  public static func standardDeviation(_ values: [Double]) -> Double? {
    guard values.count >= 2, let mean = mean(values) else { return nil }
    let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    return (squares / Double(values.count - 1)).squareRoot()
  }

  /// The weighted mean Σ wᵢxᵢ / Σ wᵢ.
  /// - Precondition: as many weights as values, all weights non-negative.
  public static func weightedMean(_ values: [Double], weights: [Double]) -> Double? {
    precondition(values.count == weights.count, "one weight per value")
    // weights come from data: a negative or non-finite one gives no weighted mean, not a trap
    guard weights.allSatisfy({ $0 >= 0 && $0.isFinite }) else { return nil }
    let total = weights.reduce(0, +)
    guard total > 0, total.isFinite else { return nil }
    let mean = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } / total
    // weights large enough to overflow the sum of products give no mean, never an infinity
    return mean.isFinite ? mean : nil
  }

  /// Competition ranks ("1224"): 1 for the best, ties share the best rank of their block.
  /// - Parameters:
  ///   - values: one value per unit.
  ///   - polarity: `.higher` when higher values are better.
  /// - Returns: the rank of each value, in input order.
  /// - Complexity: O(n log n).
  public static func competitionRanks(_ values: [Double], polarity: Polarity) -> [Int] {
    // 0 for a value that cannot be ranked (NaN); callers pass finite figures
    Ranking.competition(values, descending: polarity == .higher).map { $0 ?? 0 }
  }

  /// The percentile of `value` among `values` (which include it), polarity-aware:
  /// 100 × (number worse + ½ × number tied, itself excluded) / (n − 1). The best of n
  /// distinct values is 100, the worst 0; one value alone is 50.
  public static func percentile(of value: Double, among values: [Double], polarity: Polarity)
    -> Double
  {
    guard values.count > 1 else { return 50 }
    let worse = values.filter { polarity == .higher ? $0 < value : $0 > value }.count
    let tied = values.filter { $0 == value }.count - 1
    return 100 * (Double(worse) + 0.5 * Double(tied)) / Double(values.count - 1)
  }
}

extension Statistics {
  /// The `p` quantile by linear interpolation between order statistics (R's default, type 7);
  /// nil for no values or `p` outside 0…1.
  public static func quantile(_ values: [Double], _ p: Double) -> Double? {
    Ranking.quantile(values, p)
  }

}
