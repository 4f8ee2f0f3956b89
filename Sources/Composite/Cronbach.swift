/// Cronbach's alpha of a set of columns, as COINr's `get_cronbach()` computes it.
public enum Cronbach {
  /// `α = k² · σ̄ / Σ C`, where `C` is the k × k covariance matrix of the columns (pairwise
  /// complete, n − 1), `Σ C` the sum of all its entries and `σ̄` the mean of its off-diagonal
  /// entries (`(Σ C − tr C) / (k(k − 1))`); this equals the textbook
  /// `k/(k − 1) · (1 − Σ σᵢ² / σ²_total)`.
  ///
  /// Undefined covariances (fewer than two complete pairs) are left out of the sums, as COINr
  /// sums with `na.rm = TRUE`.
  /// - Returns: nil with fewer than two columns or when `Σ C` is zero.
  /// - Complexity: O(k² n).
  public static func alpha(_ columns: [[Double]]) -> Double? {
    let k = columns.count
    guard k >= 2 else { return nil }
    var total = 0.0
    var diagonal = 0.0
    for i in 0..<k {
      for j in 0..<k {
        guard let c = Correlation.covariance(columns[i], columns[j]) else { continue }
        total += c
        if i == j { diagonal += c }
      }
    }
    guard total != 0 else { return nil }
    let kk = Double(k)
    let meanCovariance = (total - diagonal) / (kk * (kk - 1))
    let alpha = kk * kk * meanCovariance / total
    return alpha.isFinite ? alpha : nil
  }
}
