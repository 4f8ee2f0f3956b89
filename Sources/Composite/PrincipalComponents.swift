import Foundation

/// A principal component analysis of standardised columns, as `stats::prcomp(center = TRUE,
/// scale. = TRUE)` inside COINr's `get_PCA()`.
///
/// Units with a missing value in any column are left out first (COINr's `na.omit`). The
/// components are the eigenvectors of the columns' correlation matrix, found by the cyclic
/// Jacobi method (exact to rounding for the few columns of a group); `prcomp`'s standard
/// deviations are the square roots of the eigenvalues.
///
/// **Sign.** An eigenvector's sign is arbitrary (`prcomp` returns whatever LAPACK's SVD
/// gives). Here each component is turned so that its loadings sum to a positive number, and
/// when they sum to zero so that its first non-zero loading is positive. For a group of
/// positively correlated indicators the first component, whose loadings COINr uses as
/// weights, then has positive weights.
public struct PrincipalComponents: Sendable, Hashable {
  /// The column codes, in input order.
  public var codes: [String]
  /// Units used (those with every column present).
  public var unitsUsed: Int
  /// Eigenvalues of the correlation matrix, largest first (`prcomp`'s `sdev²`).
  public var eigenvalues: [Double]
  /// `loadings[c][i]`: loading of column `i` on component `c` (`prcomp`'s `rotation[i, c]`).
  public var loadings: [[Double]]

  /// Standard deviation of each component (`sdev`).
  public var standardDeviations: [Double] { eigenvalues.map { max(0, $0).squareRoot() } }

  /// Share of the total variance of each component (`summary(prcomp)`'s "Proportion of
  /// Variance", unrounded).
  public var varianceShares: [Double] {
    let total = eigenvalues.reduce(0) { $0 + max(0, $1) }
    return eigenvalues.map { total > 0 ? max(0, $0) / total : 0 }
  }

  /// COINr's PCA weights: the loadings of the first component.
  public var weights: [Double] { loadings.first ?? [] }

  /// Why a PCA could not be made.
  public enum Problem: Error, Sendable, Hashable {
    /// Fewer than two units have every column (`prcomp` needs two).
    case tooFewCompleteUnits(Int)
    /// A column is constant over the complete units (`prcomp` cannot rescale it).
    case constantColumn(String)
  }

  /// The PCA of `columns` (one array of unit values per code).
  /// - Throws: `Problem` when it is undefined.
  /// - Complexity: O(k² n + k³ · sweeps) for k columns and n units.
  public init(codes: [String], columns: [[Double]]) throws(Problem) {
    let k = columns.count
    let unitCount = columns.first?.count ?? 0
    let complete = (0..<unitCount).filter { unit in columns.allSatisfy { !$0[unit].isNaN } }
    guard complete.count >= 2 else { throw .tooFewCompleteUnits(complete.count) }
    var standardised: [[Double]] = []
    for (index, column) in columns.enumerated() {
      let values = complete.map { column[$0] }
      let n = Double(values.count)
      let mean = values.reduce(0, +) / n
      let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
      guard sd > 0, sd.isFinite else { throw .constantColumn(codes[index]) }
      standardised.append(values.map { ($0 - mean) / sd })
    }
    let n1 = Double(complete.count - 1)
    var matrix = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    for i in 0..<k {
      for j in i..<k {
        var sum = 0.0
        for unit in 0..<complete.count { sum += standardised[i][unit] * standardised[j][unit] }
        matrix[i][j] = sum / n1
        matrix[j][i] = sum / n1
      }
    }
    let (values, vectors) = Self.jacobi(matrix)
    let order = (0..<k).sorted { (values[$0], -$0) > (values[$1], -$1) }
    self.codes = codes
    unitsUsed = complete.count
    eigenvalues = order.map { values[$0] }
    loadings = order.map { component in
      let vector = (0..<k).map { vectors[$0][component] }
      let sum = vector.reduce(0, +)
      let flip = sum < 0 || (sum == 0 && (vector.first { $0 != 0 } ?? 0) < 0)
      return flip ? vector.map { -$0 } : vector
    }
  }

  /// Eigenvalues and eigenvectors (columns of the returned matrix) of a symmetric matrix by
  /// cyclic Jacobi rotations (Golub and Van Loan, *Matrix Computations*, §8.5), until the
  /// off-diagonal part vanishes to rounding or after 100 sweeps.
  static func jacobi(_ input: [[Double]]) -> (values: [Double], vectors: [[Double]]) {
    var a = input
    let n = a.count
    var v = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
    for _ in 0..<100 {
      var off = 0.0
      var norm = 0.0
      for i in 0..<n {
        for j in 0..<n {
          norm += a[i][j] * a[i][j]
          if i != j { off += a[i][j] * a[i][j] }
        }
      }
      if off <= 1e-30 * norm || off == 0 { break }
      for p in 0..<n {
        for q in (p + 1)..<n where a[p][q] != 0 {
          let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
          let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
          let c = 1 / (t * t + 1).squareRoot()
          let s = t * c
          for r in 0..<n {
            let arp = a[r][p]
            let arq = a[r][q]
            a[r][p] = c * arp - s * arq
            a[r][q] = s * arp + c * arq
          }
          for r in 0..<n {
            let apr = a[p][r]
            let aqr = a[q][r]
            a[p][r] = c * apr - s * aqr
            a[q][r] = s * apr + c * aqr
          }
          for r in 0..<n {
            let vrp = v[r][p]
            let vrq = v[r][q]
            v[r][p] = c * vrp - s * vrq
            v[r][q] = s * vrp + c * vrq
          }
        }
      }
    }
    return ((0..<n).map { a[$0][$0] }, v)
  }
}
