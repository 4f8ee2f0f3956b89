/// Ranks and rank summaries as R computes them for COINr's results and uncertainty analysis.
enum RankStatistics {
  /// R's `rank(-x, ties.method = "min", na.last = "keep")`: 1 for the highest score, ties
  /// sharing the best rank of their block ("1224"), nil for `NaN`.
  /// - Complexity: O(n log n).
  static func descendingRanks<Scores: Collection<Double>>(_ scores: Scores) -> [Int?] {
    let values = Array(scores)
    var order = values.indices.filter { !values[$0].isNaN }
    order.sort { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
    var ranks = [Int?](repeating: nil, count: values.count)
    var rank = 0
    for (position, index) in order.enumerated() {
      if position == 0 || values[order[position - 1]] != values[index] { rank = position + 1 }
      ranks[index] = rank
    }
    return ranks
  }

  /// R's `quantile(x, p, type = 7)` of ascending `sorted` values: with `h = 1 + (n − 1) p`,
  /// `(1 − f) x[⌊h⌋] + f x[⌈h⌉]` where `f = h − ⌊h⌋` (1-based), computed in R's order.
  /// - Precondition: `sorted` is not empty and ascending; `p` in 0…1.
  static func quantile(sorted: UnsafeBufferPointer<Double>, _ p: Double) -> Double {
    precondition(!sorted.isEmpty && (0...1).contains(p), "a quantile needs values and p in 0...1")
    let index = 1 + Double(sorted.count - 1) * p
    let low = index.rounded(.down)
    let lowValue = sorted[Int(low) - 1]
    let highValue = sorted[Int(index.rounded(.up)) - 1]
    guard index > low, highValue != lowValue else { return lowValue }
    let fraction = index - low
    return (1 - fraction) * lowValue + fraction * highValue
  }

  /// R's `median`: the middle value, or the mean of the two middle values.
  static func median(sorted: UnsafeBufferPointer<Double>) -> Double {
    precondition(!sorted.isEmpty, "a median needs values")
    let half = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2
  }
}
