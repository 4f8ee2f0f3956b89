/// R's `sum()` of doubles: it accumulates in `long double` (80 bits on x86-64) and rounds once
/// at the end. Copeland compares sums of weights with exactly one half, so the last bit
/// decides a tie; summing as R does keeps every decision COINr's.
#if arch(x86_64) && !os(Windows)
  typealias RSum = Float80
#else
  typealias RSum = Double
#endif

extension Aggregation {
  /// COINr's `a_copeland(X, w)` over the units whose aggregate is not missing (`output` holds
  /// 0 for them and `NaN` for the others): each pair of units is compared child by child.
  ///
  /// With the weights `w / Σw` over all children, `o = Σ w[x_i > x_j] + Σ w[x_i = x_j] / 2`
  /// (`outrankMatrix()`); unit i gets +1 if `o > ½`, −1 if `o < ½` and 0 if `o = ½`, and j
  /// the opposite, since COINr sets `o_ji = 1 − o_ij`. When a child is missing for either
  /// unit, COINr leaves it out of `o_ij` but still takes `o_ji = 1 − o_ij` (counting what
  /// could not be compared for j); the engine instead compares the weight of the children
  /// where i is higher with that where j is higher, which is the same rule when none is
  /// missing.
  /// - Complexity: O(units² × children).
  static func copeland(
    _ values: UnsafeMutableBufferPointer<Double>, unitCount: Int, children: [Int],
    weights: [Double], into output: UnsafeMutableBufferPointer<Double>
  ) {
    var total: RSum = 0
    for child in children { total += RSum(weights[child]) }
    let share = children.map { weights[$0] / Double(total) }
    let taking = (0..<unitCount).filter { !output[$0].isNaN }
    for (position, i) in taking.enumerated() {
      for j in taking[(position + 1)...] {
        var higher: RSum = 0
        var lower: RSum = 0
        var equal: RSum = 0
        var complete = true
        for (k, child) in children.enumerated() {
          let a = values[child * unitCount + i]
          let b = values[child * unitCount + j]
          if a > b {
            higher += RSum(share[k])
          } else if a < b {
            lower += RSum(share[k])
          } else if a == b {
            equal += RSum(share[k])
          } else {
            complete = false
          }
        }
        if complete {
          // R: sum(sum(w[gt]), sum(w[eq]) / 2), each sum rounded to a double; o_ji = 1 − o_ij
          let o = Double(RSum(Double(higher)) + RSum(Double(equal) / 2))
          output[i] += Self.copelandPoint(o)
          output[j] += Self.copelandPoint(1 - o)
        } else {
          let (up, down) = (Double(higher), Double(lower))
          let sign: Double = up > down ? 1 : up < down ? -1 : 0
          output[i] += sign
          output[j] -= sign
        }
      }
    }
  }

  /// `a_copeland`'s recoding of an outranking share: 1 above one half, −1 below, 0 at it.
  @inline(__always) static func copelandPoint(_ o: Double) -> Double {
    o > 0.5 ? 1 : o < 0.5 ? -1 : 0
  }
}
