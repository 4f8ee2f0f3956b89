import Support

/// The rank distribution of one unit over the runs (a row of COINr's `RankStats`).
public struct UnitRankStatistics: Sendable, Hashable {
  /// The unit code.
  public var unit: String
  /// Score and rank in the nominal build (nil rank for a missing score).
  public var nominalScore: Double
  /// 1 for the highest nominal score; nil for a missing score.
  public var nominalRank: Int?
  /// Mean, median, 5th and 95th percentile (R's type 7) of the unit's ranks over the runs
  /// where it has one; `NaN` if it has none.
  public var meanRank: Double
  /// The median rank over the runs; `NaN` if the unit has no rank in any run.
  public var medianRank: Double
  /// The 5th percentile of the ranks over the runs; `NaN` if the unit has no rank in any run.
  public var q5Rank: Double
  /// The 95th percentile of the ranks over the runs; `NaN` if the unit has no rank in any run.
  public var q95Rank: Double
}

/// The outcome of an uncertainty analysis.
public struct UncertaintyResult: Sendable {
  /// The analysed node.
  public let target: String
  /// One entry per unit, in unit order.
  public let units: [UnitRankStatistics]
  /// The number of runs made.
  public let runs: Int
  /// Runs that failed because a geometric or harmonic mean met a value it cannot take; they
  /// count as missing, as a failed `Regen` does in COINr.
  public let failedRuns: Int
}

/// Monte Carlo uncertainty analysis of a composite indicator's ranks.
public enum UncertaintyAnalysis {
  /// Runs the composite `uncertainty.runs` times with randomly drawn assumptions.
  ///
  /// Denomination, imputation and screening do not vary and are done once; each distinct
  /// (winsorisation limit, normalisation) pair is treated and normalised once; each run then
  /// only draws its assumptions, aggregates and ranks. Every run uses its own random stream
  /// (`UncertaintyRandom(seed:stream:)` with the run number), so results are identical for
  /// any `jobs`.
  /// - Parameters:
  ///   - data: the composite's input.
  ///   - framework: the hierarchy.
  ///   - nominal: the nominal settings, also those of the assumptions not varied.
  ///   - uncertainty: the alternatives, runs, seed and jobs.
  /// - Returns: nominal rank and rank statistics per unit.
  /// - Throws: `CompositeError` when a setting names something the data lacks, or the nominal
  ///   build fails.
  /// - Complexity: O(runs × units × nodes) plus the treatment and normalisation of each
  ///   pair; memory O(runs × units) for the ranks.
  public static func run(
    _ data: CompositeData, framework: CompositeFramework, nominal: CompositeSpec,
    uncertainty: UncertaintySpec
  ) throws -> UncertaintyResult {
    let inputs = try UncertaintyInputs(
      data, framework: framework, nominal: nominal, uncertainty: uncertainty)
    let (engine, target, units, nominalScores, normalised) = (
      inputs.engine, inputs.target, inputs.units, inputs.nominalScores, inputs.normalised
    )
    let unitCount = units.count
    let (treatments, specs) = (inputs.treatmentCount, inputs.specCount)

    let plan = RunPlan(
      engine: engine, unitCount: unitCount, target: target, normalised: normalised,
      logs: inputs.logs,
      treatmentCount: treatments, specCount: specs,
      methods: uncertainty.aggregationMethods, nominal: nominal.aggregation,
      noise: uncertainty.weightNoise, seed: uncertainty.seed)
    let (ranks, failed) = plan.runAll(uncertainty.runs, jobs: uncertainty.jobs)
    let nominalRanks = Ranking.competition(nominalScores, descending: true)
    let statistics = summarise(ranks, runs: uncertainty.runs, unitCount: unitCount)
    return UncertaintyResult(
      target: framework.nodes[target].code,
      units: units.indices.map { unit in
        UnitRankStatistics(
          unit: units[unit], nominalScore: nominalScores[unit], nominalRank: nominalRanks[unit],
          meanRank: statistics[unit].mean, medianRank: statistics[unit].median,
          q5Rank: statistics[unit].q5, q95Rank: statistics[unit].q95)
      },
      runs: uncertainty.runs, failedRuns: failed)
  }

  /// Runs the analysis on loaded input (`CompositeLoader`).
  public static func run(
    _ input: CompositeInput, nominal: CompositeSpec, uncertainty: UncertaintySpec
  ) throws -> UncertaintyResult {
    try run(input.data, framework: input.framework, nominal: nominal, uncertainty: uncertainty)
  }

  private static func summarise(_ ranks: [Int32], runs: Int, unitCount: Int) -> [(
    mean: Double, median: Double, q5: Double, q95: Double
  )] {
    (0..<unitCount).map { unit in
      var sample: [Double] = []
      sample.reserveCapacity(runs)
      for run in 0..<runs where ranks[run * unitCount + unit] > 0 {
        sample.append(Double(ranks[run * unitCount + unit]))
      }
      guard !sample.isEmpty else { return (.nan, .nan, .nan, .nan) }
      sample.sort()
      return sample.withUnsafeBufferPointer {
        (
          $0.reduce(0, +) / Double($0.count), Ranking.median(sorted: $0) ?? .nan,
          Ranking.quantile(sorted: $0, 0.05) ?? .nan, Ranking.quantile(sorted: $0, 0.95) ?? .nan
        )
      }
    }
  }
}
