import Support

/// The per-run part of an uncertainty analysis: draw, aggregate, rank.
struct RunPlan: Sendable {
  let engine: CompositeEngine
  let unitCount: Int
  /// The node whose ranks are recorded.
  let target: Int
  /// Normalised indicators of each (treatment, normalisation) pair, treatment-major.
  let normalised: [[Double]]
  /// Logs of `normalised`, pair by pair, or empty (no geometric mean in any run).
  let logs: [[Double]]
  let treatmentCount: Int
  let specCount: Int
  /// Alternative aggregation methods (empty: nominal).
  let methods: [AggregationMethod]
  let nominal: Aggregation
  /// Noise factor by level.
  let noise: [Int: Double]
  let seed: UInt64

  /// Runs `runs` runs on up to `jobs` threads.
  /// - Returns: ranks run-major (`run * unitCount + unit`, 0 for missing) and failed runs.
  func runAll(_ runs: Int, jobs: Int) -> (ranks: [Int32], failed: Int) {
    let ranks = UnsafeSlots<Int32>(count: runs * unitCount, initial: 0)
    let width = max(1, min(jobs, runs))
    // one contiguous block of runs per job, so each job's generator streams stay its own
    let failures = parallelMap(width, jobs: width) { job in
      run((runs * job / width)..<(runs * (job + 1) / width), into: ranks)
    }
    return (ranks.array, failures.reduce(0, +))
  }

  /// Runs a contiguous block of runs; returns how many failed.
  private func run(_ runRange: Range<Int>, into ranks: UnsafeSlots<Int32>) -> Int {
    let framework = engine.framework
    let nodeCount = framework.nodes.count
    let indicatorValues = framework.indicatorCount * unitCount
    let nominalWeights = engine.weights(nominal)
    let nominalMethods = engine.methods(nominal)
    let noisy = framework.nodes.indices.compactMap { node in
      noise[framework.nodes[node].level].map { (node, $0) }
    }
    var weights = nominalWeights
    var stepMethods = nominalMethods
    var values = [Double](repeating: .nan, count: nodeCount * unitCount)
    var scratch = AggregationScratch()
    var order = [Int]()
    var failed = 0
    for run in runRange {
      var random = UncertaintyRandom(seed: seed, stream: UInt64(run))
      let treatment = random.nextIndex(below: treatmentCount)
      let normalisation = random.nextIndex(below: specCount)
      let method = random.nextIndex(below: max(methods.count, 1))
      for (node, factor) in noisy {
        weights[node] = nominalWeights[node] * (1 + factor * (2 * random.nextUnit() - 1))
      }
      if !methods.isEmpty {
        for step in stepMethods.indices { stepMethods[step] = methods[method] }
      }
      let pair = treatment * specCount + normalisation
      let source = normalised[pair]
      let failure = values.withUnsafeMutableBufferPointer { buffer in
        _ = UnsafeMutableBufferPointer(rebasing: buffer[0..<indicatorValues])
          .update(fromContentsOf: source[0..<indicatorValues])
        return (logs.isEmpty ? [] : logs[pair]).withUnsafeBufferPointer { logs in
          Aggregation.aggregate(
            buffer, unitCount: unitCount, steps: framework.steps, weights: weights,
            methods: stepMethods, threshold: nominal.dataThreshold, scratch: &scratch,
            logs: logs)
        }
      }
      if failure != nil {
        failed += 1
        continue
      }
      values.withUnsafeBufferPointer { buffer in
        let scores = UnsafeBufferPointer(
          rebasing: buffer[target * unitCount..<(target + 1) * unitCount])
        Ranking.competition(scores, descending: true, order: &order) { unit, rank in
          ranks[run * unitCount + unit] = Int32(rank)
        }
      }
    }
    return failed
  }
}
