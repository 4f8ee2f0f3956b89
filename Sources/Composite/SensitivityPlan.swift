import Support

/// The builds of a sensitivity analysis: the Saltelli design and one output per build.
///
/// Random streams (`UncertaintyRandom(seed:stream:)`): row r of the base sample draws its 2d
/// uniforms (A's d, then B's d) from stream r; weight set k draws one uniform per noisy
/// weight, in node order, from stream 2⁶² + k; bootstrap replication b uses stream 2⁶³ + b. A
/// result therefore depends on the seed only, never on `jobs`.
struct SensitivityPlan: Sendable {
  let prepared: UncertaintyInputs
  let inputs: [SensitivityInput]
  let nominal: Aggregation
  let methods: [AggregationMethod]
  let noise: [Int: Double]
  let seed: UInt64

  static let weightStreams: UInt64 = 1 << 62
  static let bootstrapStreams: UInt64 = 1 << 63

  /// The output of each of the N(d + 2) builds, in COINr's order (A, B, AB₁, …, AB_d, N
  /// each); `NaN` for a build that failed.
  func outputs(rows n: Int, jobs: Int) -> [Double] {
    let d = inputs.count
    let base = (0..<n).map { row -> [Double] in
      var random = UncertaintyRandom(seed: seed, stream: UInt64(row))
      return (0..<(2 * d)).map { _ in random.nextUnit() }
    }
    let engine = prepared.engine
    let nominalWeights = engine.weights(nominal)
    let noisy = engine.framework.nodes.indices.compactMap { node in
      noise[engine.framework.nodes[node].level].map { (node, $0) }
    }
    let weightSets =
      inputs.contains(.weights)
      ? (0..<SensitivityAnalysis.weightSets).map { set -> [Double] in
        var random = UncertaintyRandom(seed: seed, stream: Self.weightStreams + UInt64(set))
        var weights = nominalWeights
        for (node, factor) in noisy {
          weights[node] = nominalWeights[node] * (1 + factor * (2 * random.nextUnit() - 1))
        }
        return weights
      } : [nominalWeights]
    let total = n * (d + 2)
    let outputs = UnsafeSlots<Double>(count: total, initial: .nan)
    let width = max(1, min(jobs, total))
    _ = parallelMap(width, jobs: width) { job in
      build(
        (total * job / width)..<(total * (job + 1) / width), base: base, rows: n,
        weightSets: weightSets, into: outputs)
    }
    return outputs.array
  }

  /// The d uniforms of build `run`: row `run % n` of A, of B, or of A with one column of B.
  private func point(_ run: Int, base: [[Double]], rows n: Int) -> [Double] {
    let d = inputs.count
    let (block, row) = (run / n, run % n)
    switch block {
    case 0: return Array(base[row][0..<d])
    case 1: return Array(base[row][d..<(2 * d)])
    default:
      var point = Array(base[row][0..<d])
      point[block - 2] = base[row][d + block - 2]
      return point
    }
  }

  private func build(
    _ runs: Range<Int>, base: [[Double]], rows n: Int, weightSets: [[Double]],
    into outputs: UnsafeSlots<Double>
  ) {
    let engine = prepared.engine
    let framework = engine.framework
    let unitCount = prepared.units.count
    let target = prepared.target
    let indicatorValues = framework.indicatorCount * unitCount
    let nominalMethods = engine.methods(nominal)
    let nominalRanks = Ranking.competition(prepared.nominalScores, descending: true)
    var values = [Double](repeating: .nan, count: framework.nodes.count * unitCount)
    var scratch = AggregationScratch()
    var order: [Int] = []
    var ranks = [Int](repeating: 0, count: unitCount)
    func pick(_ u: Double, _ count: Int) -> Int { min(Int(u * Double(count)), count - 1) }
    for run in runs {
      let x = point(run, base: base, rows: n)
      var treatment = 0
      var normalisation = 0
      var weights = weightSets[0]
      var stepMethods = methods.count == 1 ? nominalMethods.map { _ in methods[0] } : nominalMethods
      for (position, input) in inputs.enumerated() {
        switch input {
        case .winsorisation: treatment = pick(x[position], prepared.treatmentCount)
        case .normalisation: normalisation = pick(x[position], prepared.specCount)
        case .weights: weights = weightSets[pick(x[position], weightSets.count)]
        case .aggregation:
          let method = methods[pick(x[position], methods.count)]
          stepMethods = nominalMethods.map { _ in method }
        }
      }
      let pair = treatment * prepared.specCount + normalisation
      let source = prepared.normalised[pair]
      let failure = values.withUnsafeMutableBufferPointer { buffer in
        _ = UnsafeMutableBufferPointer(rebasing: buffer[0..<indicatorValues])
          .update(fromContentsOf: source[0..<indicatorValues])
        return (prepared.logs.isEmpty ? [] : prepared.logs[pair]).withUnsafeBufferPointer {
          Aggregation.aggregate(
            buffer, unitCount: unitCount, steps: framework.steps, weights: weights,
            methods: stepMethods, threshold: nominal.dataThreshold, scratch: &scratch,
            logs: $0)
        }
      }
      guard failure == nil else { continue }
      for unit in ranks.indices { ranks[unit] = 0 }
      values.withUnsafeBufferPointer { buffer in
        let scores = UnsafeBufferPointer(
          rebasing: buffer[target * unitCount..<(target + 1) * unitCount])
        Ranking.competition(scores, descending: true, order: &order) { ranks[$0] = $1 }
      }
      var sum = 0.0
      var count = 0
      for unit in 0..<unitCount where ranks[unit] > 0 {
        guard let nominalRank = nominalRanks[unit] else { continue }
        sum += Double(abs(ranks[unit] - nominalRank))
        count += 1
      }
      if count > 0 { outputs[run] = sum / Double(count) }
    }
  }
}
