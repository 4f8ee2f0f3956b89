import Support

/// One uncertain input of a sensitivity analysis: an entry of COINr's `SA_specs`.
public enum SensitivityInput: String, Sendable, Hashable, CaseIterable {
  /// The winsorisation limit (`$Log$Treat$global_specs$f1_para$winmax`).
  case winsorisation
  /// The normalisation (`$Log$Normalise$global_specs`).
  case normalisation
  /// One of `SensitivityAnalysis.weightSets` noisy weight sets (`$Log$Aggregate$w`).
  case weights
  /// The aggregation method (`$Log$Aggregate$f_ag`).
  case aggregation
}

/// The first-order and total-order Sobol index of one input, with bootstrap intervals.
public struct SensitivityIndex: Sendable, Hashable {
  /// The input.
  public var input: SensitivityInput
  /// First-order index `Sᵢ` (Saltelli 2010); nil when the output does not vary.
  public var first: Double?
  /// Total-order index `S_Tᵢ` (Jansen 1999); nil when the output does not vary.
  public var total: Double?
  /// 5% and 95% bootstrap quantiles of `Sᵢ` (R's type 7); nil without bootstrap.
  public var firstQ5: Double?
  /// The 95% quantile of `Sᵢ`.
  public var firstQ95: Double?
  /// 5% bootstrap quantile of `S_Tᵢ`.
  public var totalQ5: Double?
  /// 95% bootstrap quantile of `S_Tᵢ`.
  public var totalQ95: Double?
}

/// The result of a variance-based sensitivity analysis.
public struct SensitivityResult: Sendable {
  /// The node whose ranks were analysed.
  public let target: String
  /// The base sample size N.
  public let runs: Int
  /// Builds made: N(d + 2) for d inputs.
  public let evaluations: Int
  /// Builds that failed (a geometric or harmonic mean met a value it cannot take).
  public let failedRuns: Int
  /// Rows of the design used: those whose d + 2 builds all succeeded.
  public let rowsUsed: Int
  /// The variance of the output over the A and B samples; nil with fewer than two rows.
  public let outputVariance: Double?
  /// Bootstrap replications.
  public let bootstrap: Int
  /// One index per uncertain input, in `SensitivityInput` order.
  public let indices: [SensitivityIndex]
}

/// Variance-based sensitivity analysis of a composite's ranks, as COINr's
/// `get_sensitivity(SA_type = "SA")` with `SA_sample()` and `SA_estimate()`.
///
/// The inputs are those that the uncertainty spec varies (more than one winsorisation limit,
/// normalisation or aggregation method; any weight noise). For N rows of two independent
/// uniform samples A and B (d columns each), the design is A, B and, for each input i, A with
/// column i taken from B (Saltelli 2002, 2010): N(d + 2) builds. The output of a build is
/// COINr's: the mean over units of |rank − nominal rank| of the target. With `V` the variance
/// (n − 1) of the 2N outputs of A and B,
///
///     Sᵢ  = mean(y_B (y_ABᵢ − y_A)) / V                  (Saltelli et al. 2010)
///     S_Tᵢ = Σ (y_A − y_ABᵢ)² / (2N V)                    (Jansen 1999)
///
/// and the bootstrap resamples, with replacement, the N terms of each sum, separately for Sᵢ and
/// S_Tᵢ and for each input, `bootstrap` times; the intervals are the 5% and 95% quantiles.
public enum SensitivityAnalysis {
  /// How many noisy weight sets the weights input chooses from (COINr's vignette:
  /// `get_noisy_weights(Nrep = 100)`).
  public static let weightSets = 100

  /// Runs the analysis.
  /// - Parameters:
  ///   - uncertainty: the alternatives; its `runs` is N, its `seed` and `jobs` as for the
  ///     uncertainty analysis (results do not depend on `jobs`).
  ///   - bootstrap: replications for the intervals; 0 for none.
  /// - Throws: `CompositeError.tooFewUncertainInputs` with fewer than two inputs, and what
  ///   `UncertaintyAnalysis.run` throws.
  /// - Complexity: O(N(d + 2) × units × nodes + bootstrap × d × N).
  public static func run(
    _ data: CompositeData, framework: CompositeFramework, nominal: CompositeSpec,
    uncertainty: UncertaintySpec, bootstrap: Int
  ) throws -> SensitivityResult {
    let prepared = try UncertaintyInputs(
      data, framework: framework, nominal: nominal, uncertainty: uncertainty)
    let inputs = SensitivityInput.allCases.filter { input in
      switch input {
      case .winsorisation: return prepared.treatmentCount > 1
      case .normalisation: return prepared.specCount > 1
      case .weights: return uncertainty.weightNoise.values.contains { $0 > 0 }
      case .aggregation: return uncertainty.aggregationMethods.count > 1
      }
    }
    guard inputs.count >= 2 else { throw CompositeError.tooFewUncertainInputs(count: inputs.count) }
    let plan = SensitivityPlan(
      prepared: prepared, inputs: inputs, nominal: nominal.aggregation,
      methods: uncertainty.aggregationMethods, noise: uncertainty.weightNoise,
      seed: uncertainty.seed)
    let n = uncertainty.runs
    let outputs = plan.outputs(rows: n, jobs: uncertainty.jobs)
    let estimate = SobolEstimate(
      outputs: outputs, rows: n, inputs: inputs.count, bootstrap: bootstrap,
      seed: uncertainty.seed, jobs: uncertainty.jobs)
    return SensitivityResult(
      target: framework.nodes[prepared.target].code, runs: n, evaluations: outputs.count,
      failedRuns: outputs.count { $0.isNaN }, rowsUsed: estimate.rowsUsed,
      outputVariance: estimate.variance, bootstrap: bootstrap,
      indices: inputs.enumerated().map { index, input in
        SensitivityIndex(
          input: input, first: estimate.first[index], total: estimate.total[index],
          firstQ5: estimate.firstInterval[index]?.q5, firstQ95: estimate.firstInterval[index]?.q95,
          totalQ5: estimate.totalInterval[index]?.q5, totalQ95: estimate.totalInterval[index]?.q95)
      })
  }

  /// Runs the analysis on loaded input (`CompositeLoader`).
  public static func run(
    _ input: CompositeInput, nominal: CompositeSpec, uncertainty: UncertaintySpec,
    bootstrap: Int
  ) throws -> SensitivityResult {
    try run(
      input.data, framework: input.framework, nominal: nominal, uncertainty: uncertainty,
      bootstrap: bootstrap)
  }
}
