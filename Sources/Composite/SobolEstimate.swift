import Support

/// COINr's `SA_estimate()`: first-order (Saltelli 2010) and total-order (Jansen 1999) indices
/// from the outputs of a Saltelli design, with bootstrap quantiles.
///
/// Rows whose d + 2 builds did not all succeed are left out (COINr would return `NaN` for every
/// index); `rowsUsed` says how many remain.
struct SobolEstimate: Sendable {
  var rowsUsed: Int
  var variance: Double?
  var first: [Double?]
  var total: [Double?]
  var firstInterval: [(q5: Double, q95: Double)?]
  var totalInterval: [(q5: Double, q95: Double)?]

  init(outputs: [Double], rows n: Int, inputs d: Int, bootstrap: Int, seed: UInt64, jobs: Int) {
    let complete = (0..<n).filter { row in
      (0..<(d + 2)).allSatisfy { outputs[$0 * n + row].isFinite }
    }
    let m = complete.count
    rowsUsed = m
    first = [Double?](repeating: nil, count: d)
    total = first
    firstInterval = [(q5: Double, q95: Double)?](repeating: nil, count: d)
    totalInterval = firstInterval
    let yA = complete.map { outputs[$0] }
    let yB = complete.map { outputs[n + $0] }
    guard m >= 2 else { return }
    let both = yA + yB
    let mean = both.reduce(0, +) / Double(2 * m)
    let v = both.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(2 * m - 1)
    variance = v
    guard v > 0 else { return }
    // the terms whose mean (first order) or sum of squares (total) is the estimate
    let firstTerms = (0..<d).map { i in
      complete.indices.map { k in yB[k] * (outputs[(i + 2) * n + complete[k]] - yA[k]) }
    }
    let totalTerms = (0..<d).map { i in
      complete.indices.map { k in
        let difference = yA[k] - outputs[(i + 2) * n + complete[k]]
        return difference * difference
      }
    }
    let scale = Double(2 * m) * v
    for i in 0..<d {
      first[i] = firstTerms[i].reduce(0, +) / Double(m) / v
      total[i] = totalTerms[i].reduce(0, +) / scale
    }
    guard bootstrap > 0 else { return }
    let replications = parallelMap(bootstrap, jobs: jobs) { b -> [Double] in
      var random = UncertaintyRandom(
        seed: seed, stream: SensitivityPlan.bootstrapStreams + UInt64(b))
      var estimates: [Double] = []
      for i in 0..<d {
        var sum = 0.0
        for _ in 0..<m { sum += firstTerms[i][random.nextIndex(below: m)] }
        estimates.append(sum / Double(m) / v)
        sum = 0
        for _ in 0..<m { sum += totalTerms[i][random.nextIndex(below: m)] }
        estimates.append(sum / scale)
      }
      return estimates
    }
    for i in 0..<d {
      for (slot, isFirst) in [(2 * i, true), (2 * i + 1, false)] {
        let sample = replications.map { $0[slot] }.sorted()
        let interval = sample.withUnsafeBufferPointer { buffer in
          Ranking.quantile(sorted: buffer, 0.05).flatMap { q5 in
            Ranking.quantile(sorted: buffer, 0.95).map { (q5: q5, q95: $0) }
          }
        }
        if isFirst { firstInterval[i] = interval } else { totalInterval[i] = interval }
      }
    }
  }
}
