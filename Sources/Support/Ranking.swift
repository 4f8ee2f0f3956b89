/// Competition ranks and quantiles: the one implementation of each that regional statistics,
/// the composite engine and its uncertainty analysis share.
public enum Ranking {
  /// Competition ranks ("1224", R's `ties.method = "min"`) of the values at `indices` of
  /// `values`: 1 for the best, ties sharing the best rank of their block; `NaN` values are
  /// not ranked (R's `na.last = "keep"`). `write(index, rank)` is called once per ranked
  /// value, in rank order.
  /// - Parameters:
  ///   - descending: true when higher values are better (rank 1 is the largest).
  ///   - order: scratch space, reused across calls on hot paths.
  /// - Complexity: O(n log n).
  @inlinable
  package static func competition(
    _ values: UnsafeBufferPointer<Double>, descending: Bool, order: inout [Int],
    _ write: (_ index: Int, _ rank: Int) -> Void
  ) {
    order.removeAll(keepingCapacity: true)
    for index in values.indices where !values[index].isNaN { order.append(index) }
    // ties keep index order, so the calls come in the same order on every platform
    if descending {
      order.sort { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
    } else {
      order.sort { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
    }
    var rank = 0
    for (position, index) in order.enumerated() {
      if position == 0 || values[order[position - 1]] != values[index] { rank = position + 1 }
      write(index, rank)
    }
  }

  /// Competition ranks of `values` in input order, nil for `NaN`.
  /// - Parameter descending: true when higher values are better.
  public static func competition<Values: Collection<Double>>(
    _ values: Values, descending: Bool
  ) -> [Int?] {
    let array = Array(values)
    var ranks = [Int?](repeating: nil, count: array.count)
    var order: [Int] = []
    array.withUnsafeBufferPointer { buffer in
      competition(buffer, descending: descending, order: &order) { ranks[$0] = $1 }
    }
    return ranks
  }

  /// R's `quantile(x, p, type = 7)` of ascending `sorted` values: with `h = 1 + (n − 1) p`,
  /// `(1 − f) x[⌊h⌋] + f x[⌈h⌉]` where `f = h − ⌊h⌋` (1-based), computed in R's order so the
  /// result is R's to the last bit.
  /// - Returns: nil for no values or `p` outside 0…1.
  public static func quantile(sorted: UnsafeBufferPointer<Double>, _ p: Double) -> Double? {
    guard !sorted.isEmpty, (0...1).contains(p) else { return nil }
    let index = 1 + Double(sorted.count - 1) * p
    let low = index.rounded(.down)
    let lowValue = sorted[Int(low) - 1]
    let highValue = sorted[Int(index.rounded(.up)) - 1]
    guard index > low, highValue != lowValue else { return lowValue }
    let fraction = index - low
    return (1 - fraction) * lowValue + fraction * highValue
  }

  /// R's type-7 quantile of `values` in any order; nil for no values or `p` outside 0…1.
  public static func quantile(_ values: [Double], _ p: Double) -> Double? {
    values.sorted().withUnsafeBufferPointer { quantile(sorted: $0, p) }
  }

  /// R's `median` of ascending `sorted` values: the middle value, or the mean of the two
  /// middle values (R's arithmetic, which can differ in the last bit from the type-7 quantile
  /// at ½); nil for no values.
  public static func median(sorted: UnsafeBufferPointer<Double>) -> Double? {
    guard !sorted.isEmpty else { return nil }
    let half = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2
  }
}
