import Foundation

/// The correlation coefficient an audit uses (the `method` of R's `stats::cor`).
public enum CorrelationMethod: String, Sendable, Hashable, CaseIterable {
  /// Pearson's product-moment correlation.
  case pearson
  /// Spearman's rank correlation: Pearson's on average ranks (R's `rank`, ties averaged).
  case spearman
}

/// Correlations of columns with missing values, as R's
/// `stats::cor(x, y, use = "pairwise.complete.obs")`, which every COINr correlation function
/// calls.
public enum Correlation {
  /// The correlation of `x` and `y` over the positions where both are present.
  ///
  /// For Spearman the complete pairs are ranked on their own (average ranks for ties), as R
  /// ranks each pair of columns separately under `pairwise.complete.obs`.
  /// - Returns: nil (R's `NA`) with fewer than two complete pairs or when either column is
  ///   constant over them.
  /// - Complexity: O(n) for Pearson, O(n log n) for Spearman.
  public static func pairwise(
    _ x: some Collection<Double>, _ y: some Collection<Double>, method: CorrelationMethod
  ) -> Double? {
    var xs: [Double] = []
    var ys: [Double] = []
    for (a, b) in zip(x, y) where !a.isNaN && !b.isNaN {
      xs.append(a)
      ys.append(b)
    }
    switch method {
    case .pearson: return pearson(xs, ys)
    case .spearman: return pearson(averageRanks(xs), averageRanks(ys))
    }
  }

  /// How many units have both values: the sample a pairwise-complete correlation of `x` and
  /// `y` is computed over.
  /// - Complexity: O(n).
  public static func completePairs(_ x: some Collection<Double>, _ y: some Collection<Double>)
    -> Int
  {
    zip(x, y).count { !$0.0.isNaN && !$0.1.isNaN }
  }

  /// The smallest `completePairs` over every two of `columns` (each with itself: its values);
  /// 0 for no columns.
  /// - Complexity: O(k² n).
  public static func fewestPairs(_ columns: [[Double]]) -> Int {
    var fewest: Int?
    for i in columns.indices {
      for j in i..<columns.count {
        let n = completePairs(columns[i], columns[j])
        fewest = min(fewest ?? n, n)
      }
    }
    return fewest ?? 0
  }

  /// Every correlation between `rows` and `columns` (each a column of unit values).
  /// - Complexity: O(rows × columns × n log n).
  public static func matrix(
    rows: [[Double]], columns: [[Double]], method: CorrelationMethod
  ) -> [[Double?]] {
    rows.map { row in columns.map { pairwise(row, $0, method: method) } }
  }

  /// Pearson's r of complete vectors, computed as R's C code does (means first, then sums
  /// of products of deviations) and clamped to −1…1.
  static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
    let n = x.count
    guard n >= 2, y.count == n else { return nil }
    let xMean = x.reduce(0, +) / Double(n)
    let yMean = y.reduce(0, +) / Double(n)
    var sxy = 0.0
    var sxx = 0.0
    var syy = 0.0
    for index in 0..<n {
      let dx = x[index] - xMean
      let dy = y[index] - yMean
      sxy += dx * dy
      sxx += dx * dx
      syy += dy * dy
    }
    guard sxx > 0, syy > 0 else { return nil }
    let r = sxy / (sxx.squareRoot() * syy.squareRoot())
    return min(1, max(-1, r))
  }

  /// R's `rank(x)` (ties get the mean of the ranks they span) of complete values.
  /// - Complexity: O(n log n).
  static func averageRanks(_ values: [Double]) -> [Double] {
    let order = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
    var ranks = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
      let rank = Double(start + end + 2) / 2
      for position in start...end { ranks[order[position]] = rank }
      start = end + 1
    }
    return ranks
  }

  /// The covariance of `x` and `y` over complete pairs (R's `cov(use = "pairwise")`,
  /// denominator n − 1); nil with fewer than two pairs.
  static func covariance(_ x: some Collection<Double>, _ y: some Collection<Double>) -> Double? {
    var xs: [Double] = []
    var ys: [Double] = []
    for (a, b) in zip(x, y) where !a.isNaN && !b.isNaN {
      xs.append(a)
      ys.append(b)
    }
    let n = xs.count
    guard n >= 2 else { return nil }
    let xMean = xs.reduce(0, +) / Double(n)
    let yMean = ys.reduce(0, +) / Double(n)
    var sum = 0.0
    for index in 0..<n { sum += (xs[index] - xMean) * (ys[index] - yMean) }
    return sum / Double(n - 1)
  }
}
